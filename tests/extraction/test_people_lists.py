"""Tests for titles written once for several names and the other ways a list of officials is written
(`extraction.people.line_lists`, `memberships`), "title – Name" order, titles at a distance from the name, central
titles, and bodies' names read to the end of their words."""

from __future__ import annotations

from tests.conftest import make_context
from transforms.extraction.people.extract import extract_roles


def triples(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (r.person_name, r.position, r.organization_type, r.level)
        for r in extract_roles(make_context(text))
        if r.position
    }


def titles(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in extract_roles(make_context(text)):
        out.setdefault(r.person_name, set()).add(r.title_text)
    return out


# --- one title for a list of names ---------------------------------------------------------------------------------


def test_names_before_a_shared_title_take_it() -> None:
    text = (
        "Các đồng chí Đinh Văn Quế - Chủ tịch UBND huyện; Lương Quốc Hưng, Khổng Thái Bảo, Phó Chủ tịch UBND "
        "huyện chủ trì hội nghị."
    )
    assert triples(text) == {
        ("Đinh Văn Quế", "chair", "peoples_committee", "district"),
        ("Lương Quốc Hưng", "vice_chair", "peoples_committee", "district"),
        ("Khổng Thái Bảo", "vice_chair", "peoples_committee", "district"),
    }


def test_a_title_only_one_person_holds_is_not_shared_back() -> None:
    text = "Dự có Lương Quốc Hưng, Khổng Thái Bảo, Chủ tịch UBND huyện."
    assert triples(text) == {("Khổng Thái Bảo", "chair", "peoples_committee", "district")}


def test_a_name_with_its_own_title_in_parentheses_does_not_lend_it() -> None:
    text = "Dự có Lương Quốc Hưng, Khổng Thái Bảo (Phó Chủ tịch UBND huyện)."
    assert triples(text) == {("Khổng Thái Bảo", "vice_chair", "peoples_committee", "district")}


def test_a_title_given_to_a_list_after_gom() -> None:
    text = "Tỉnh Hòa Sơn hiện có ba phó chủ tịch, gồm các ông: Tôn Văn Ân, Quan Văn Bách và Tống Văn Cừ."
    assert triples(text) == {
        (name, "vice_chair", "peoples_committee", "province") for name in ("Tôn Văn Ân", "Quan Văn Bách", "Tống Văn Cừ")
    }


def test_a_plural_heading_is_added_to_each_title_listed() -> None:
    text = (
        "Dự hội nghị có các Ủy viên Trung ương Đảng: Phó Trưởng Ban Tổ chức Trung ương Kiều Văn Định, "
        "Bí thư Tỉnh ủy Mẫn Thị Hà, Bộ trưởng Bộ Công Thương Thiều Quang Vinh, đại diện các sở."
    )
    central = ("member_of_committee", "party_committee", "central")
    assert triples(text) == {
        ("Kiều Văn Định", "deputy_head", "organization_board", "central"),
        ("Kiều Văn Định", *central),
        ("Mẫn Thị Hà", "secretary", "party_committee", "province"),
        ("Mẫn Thị Hà", *central),
        ("Thiều Quang Vinh", "head", "other", "central"),
        ("Thiều Quang Vinh", *central),
    }


def test_a_seat_heading_a_list_of_the_newly_elected() -> None:
    text = "Ban Thường vụ Huyện ủy khóa mới gồm các đồng chí: Nhữ Văn Khoa, Sầm Thị Lan (Chủ tịch UBND huyện)."
    seat = ("standing_committee_member", "party_committee", "district")
    assert triples(text) == {
        ("Nhữ Văn Khoa", *seat),
        ("Sầm Thị Lan", *seat),
        ("Sầm Thị Lan", "chair", "peoples_committee", "district"),
    }


# --- title then name, and titles at a distance ---------------------------------------------------------------------


def test_title_dash_name() -> None:
    text = (
        "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Cù Văn Thái và Phó Chủ tịch Thường trực HĐND tỉnh – Mông Văn Hải "
        "điều hành phiên chất vấn. Quyền Giám đốc Sở Kế hoạch và Đầu tư - Khúc Văn Bình trả lời."
    )
    assert triples(text) == {
        ("Cù Văn Thái", "secretary", "party_committee", "province"),
        ("Cù Văn Thái", "chair", "peoples_council", "province"),
        ("Mông Văn Hải", "standing_vice_chair", "peoples_council", "province"),
        ("Khúc Văn Bình", "director", "other", "province"),
    }


def test_a_title_reaches_its_name_across_a_few_words() -> None:
    text = "Phó Chủ tịch UBND tỉnh nhận được nhiều phiếu tín nhiệm thấp nhất là ông Lường Văn Sơn (3 phiếu)."
    assert triples(text) == {("Lường Văn Sơn", "vice_chair", "peoples_committee", "province")}


def test_names_in_reported_speech() -> None:
    text = '"Tỉnh sẽ hỗ trợ tiếp cho huyện", ông Kim Văn Thạch, Chủ tịch UBND tỉnh nói.'
    assert triples(text) == {("Kim Văn Thạch", "chair", "peoples_committee", "province")}
    text = "Bí thư Huyện ủy Mai Xuân Trường cho biết: “Huyện đã hoàn thành 19 tiêu chí”."
    assert triples(text) == {("Mai Xuân Trường", "secretary", "party_committee", "district")}


# --- seats on a committee given with a post ------------------------------------------------------------------------


def test_seats_and_a_post_given_together() -> None:
    text = "Ban Bí thư chỉ định ông Lê Văn Khang tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Phó Bí thư Tỉnh ủy."
    assert triples(text) == {
        ("Lê Văn Khang", "member_of_committee", "party_committee", "province"),
        ("Lê Văn Khang", "standing_committee_member", "party_committee", "province"),
        ("Lê Văn Khang", "deputy_secretary", "party_committee", "province"),
    }


def test_seats_left_and_seats_taken() -> None:
    text = (
        "Bộ Chính trị luân chuyển ông Mã Văn Tường thôi tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy Khối "
        "Doanh nghiệp Trung ương, để tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy Hòa Sơn."
    )
    assert triples(text) == {
        ("Mã Văn Tường", "member_of_committee", "party_committee", "province"),
        ("Mã Văn Tường", "standing_committee_member", "party_committee", "province"),
    }


def test_a_seat_takes_the_level_of_the_post_given_with_it() -> None:
    text = "Ông Hà Văn Phúc được chỉ định tham gia Ban Chấp hành và giữ chức Bí thư Đảng ủy Đặc khu Hòn Ngọc."
    assert triples(text) == {
        ("Hà Văn Phúc", "member_of_committee", "party_committee", "commune"),
        ("Hà Văn Phúc", "secretary", "party_committee", "commune"),
    }


# --- central titles ------------------------------------------------------------------------------------------------


def test_central_party_bodies_are_bodies_not_the_post_of_secretary() -> None:
    assert triples("Thường trực Ban Bí thư Vương Đình Huấn đã ký quyết định.") == {
        ("Vương Đình Huấn", "member", "party_committee", "central")
    }
    assert triples("Ủy viên Bộ Chính trị, Phó Thủ tướng Lữ Văn Minh dự lễ.") == {
        ("Lữ Văn Minh", "member", "party_committee", "central"),
        ("Lữ Văn Minh", "deputy_head", "other", "central"),
    }


def test_deputy_heads_of_general_departments() -> None:
    assert triples("Phó Tổng cục trưởng Tổng cục Du lịch Thân Văn Kỳ làm việc với tỉnh.") == {
        ("Thân Văn Kỳ", "deputy_head", "other", "central")
    }


# --- bodies' names read to the end of their words ------------------------------------------------------------------


def test_a_body_name_is_not_cut_inside_a_word() -> None:
    assert titles("Ông Doãn Văn Bắc (Phó giám đốc Sở Quy hoạch Kiến trúc) trúng cử.") == {
        "Doãn Văn Bắc": {"Phó giám đốc Sở Quy hoạch Kiến trúc"}
    }
    assert titles("Chủ tịch Hội Luật gia tỉnh Hòa Sơn Đậu Thị Mai phát biểu.") == {
        "Đậu Thị Mai": {"Chủ tịch Hội Luật gia tỉnh Hòa Sơn"}
    }


def test_a_body_word_that_begins_another_word_ends_the_title() -> None:
    assert titles("Ông Khương Văn An – Phó Chủ tịch UBND huyện ban hành quyết định.") == {
        "Khương Văn An": {"Phó Chủ tịch UBND huyện"}
    }


def test_a_news_agency_is_not_a_commune() -> None:
    assert triples("Tổng Giám đốc Thông tấn xã Việt Nam Cao Văn Đức dự lễ.") == {
        ("Cao Văn Đức", "director", "other", "central")
    }


def test_posts_given_to_as_many_names_go_in_order() -> None:
    text = "Ông Nông Văn Thái và bà Lò Thị Mai được bầu giữ chức Chủ tịch UBND tỉnh và Chủ tịch HĐND tỉnh."
    assert triples(text) == {
        ("Nông Văn Thái", "chair", "peoples_committee", "province"),
        ("Lò Thị Mai", "chair", "peoples_council", "province"),
    }


def test_a_place_named_with_a_dash_and_the_next_persons_cue() -> None:
    assert titles("Bí thư Tỉnh ủy Hòa Sơn - Bắc Lạc Phùng Văn Lực dự hội nghị.") == {
        "Phùng Văn Lực": {"Bí thư Tỉnh ủy Hòa Sơn - Bắc Lạc"}
    }
    text = "Ông Ma Văn Sinh - Bí thư Huyện ủy Lạc Yên và bà Vi Thị Hoa - Bí thư Quận ủy Bắc Sơn trúng cử."
    assert titles(text) == {"Ma Văn Sinh": {"Bí thư Huyện ủy Lạc Yên"}, "Vi Thị Hoa": {"Bí thư Quận ủy Bắc Sơn"}}


def test_a_funeral_board_is_not_an_office() -> None:
    text = "Trưởng Ban lễ tang là đồng chí Hồ Văn Lượng, Chủ tịch UBND tỉnh."
    assert triples(text) == {("Hồ Văn Lượng", "chair", "peoples_committee", "province")}


def test_a_firm_named_with_a_foreign_word_is_not_a_state_body() -> None:
    assert triples("Ông Đinh Văn Mười - Tổng Giám đốc Hòa Phát Group cho biết tiến độ.") == set()


def test_chairs_of_a_list_share_the_body_named_with_its_first_chair() -> None:
    text = (
        "Chức danh chủ chốt gồm: Bà Lạc Thị Dung - Chủ tịch Hội Nông dân tỉnh, ông Mẫn Văn Thọ - Phó Chủ tịch "
        "thường trực; ông Viên Văn Cảnh và bà Xa Thị Lý - Phó Chủ tịch."
    )
    body = ("mass_organization", "province")
    assert triples(text) == {
        ("Lạc Thị Dung", "chair", *body),
        ("Mẫn Văn Thọ", "standing_vice_chair", *body),
        ("Viên Văn Cảnh", "vice_chair", *body),
        ("Xa Thị Lý", "vice_chair", *body),
    }


def test_a_ministrys_party_committee_is_a_party_organisation() -> None:
    assert triples("Đồng chí Lê Văn Hậu, Ủy viên Ban Chấp hành Đảng bộ Bộ Tài chính dự.") == {
        ("Lê Văn Hậu", "member_of_committee", "party_organization", "central")
    }

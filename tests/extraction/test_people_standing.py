"""Tests for who holds a post when the article was written (`extraction.people.standing`, `removals`): posts taken
away or only proposed for removal, former titles, the official replaced, titles said of a past time; and the people
named with no current role, who are kept with no position."""

from __future__ import annotations

from datetime import datetime

from tests.conftest import make_context
from transforms.extraction.people.extract import extract_roles


def triples(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (r.person_name, r.position, r.organization_type, r.level)
        for r in extract_roles(make_context(text))
        if r.position
    }


def without_roles(text: str) -> set[str]:
    return {r.person_name for r in extract_roles(make_context(text)) if r.position is None}


# --- posts taken away by the act reported ------------------------------------------------------------------------


def test_a_post_removed_from_a_named_person_is_not_a_role() -> None:
    text = "Kỳ họp đã miễn nhiệm chức danh Trưởng ban Pháp chế HĐND tỉnh đối với ông Lại Văn Đông."
    assert triples(text) == set()
    assert without_roles(text) == {"Lại Văn Đông"}


def test_the_removal_holds_in_every_mention_of_the_person() -> None:
    text = (
        "Phó Chủ tịch UBND tỉnh Quách Văn Tiến đã nhiều lần vắng mặt. "
        "Thủ tướng đã ký quyết định cách chức Phó Chủ tịch UBND tỉnh đối với ông Quách Văn Tiến."
    )
    assert triples(text) == set()
    assert without_roles(text) == {"Quách Văn Tiến"}


def test_a_removal_said_after_the_name() -> None:
    assert without_roles("Ông Đoàn Hữu Lộc bị cách chức Chủ tịch UBND huyện.") == {"Đoàn Hữu Lộc"}
    text = "Ông Đoàn Hữu Lộc, Phó Bí thư Huyện ủy, thôi giữ chức Chủ tịch UBND xã."
    assert triples(text) == {("Đoàn Hữu Lộc", "deputy_secretary", "party_committee", "district")}
    assert without_roles("Quyết định miễn nhiệm ông Vi Văn Tâm khỏi chức vụ Giám đốc Sở Y tế.") == {"Vi Văn Tâm"}


def test_a_removal_by_voi_and_a_body_shared_over_a_comma() -> None:
    text = "HĐND đã bãi nhiệm chức Chủ tịch và đại biểu HĐND tỉnh với ông Mạc Văn Toàn."
    assert triples(text) == set() and without_roles(text) == {"Mạc Văn Toàn"}


def test_a_removal_only_proposed_or_asked_for_leaves_the_post_held() -> None:
    text = (
        "Tờ trình về việc cho thôi làm nhiệm vụ đại biểu Hội đồng nhân dân phường Hòa Lạc đối với 2 đại biểu: "
        "Lâm Văn Chiến và Tạ Thị Bích Thủy."
    )
    assert triples(text) == {
        (name, "delegate", "peoples_council", "commune") for name in ("Lâm Văn Chiến", "Tạ Thị Bích Thủy")
    }
    assert triples("Ông Kiều Văn Lam xin thôi giữ chức Chủ tịch UBND huyện.") == {
        ("Kiều Văn Lam", "chair", "peoples_committee", "district")
    }
    text = "Kỳ họp sẽ xem xét miễn nhiệm chức danh Phó Chủ tịch HĐND tỉnh đối với bà Hà Thị Loan."
    assert triples(text) == {("Hà Thị Loan", "vice_chair", "peoples_council", "province")}


def test_a_request_acted_on_is_not_a_proposal() -> None:
    text = "Theo đề nghị của UBND tỉnh, HĐND đã miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với ông Tăng Văn Quý."
    assert triples(text) == set() and without_roles(text) == {"Tăng Văn Quý"}


def test_several_titles_removed_from_as_many_names_go_in_order() -> None:
    text = (
        "Dự kiến kỳ họp sẽ miễn nhiệm chức danh Chủ tịch, Phó Chủ tịch HĐND tỉnh đối với bà Ninh Thị Hoa "
        "và Kha Văn Lợi."
    )
    assert triples(text) == {
        ("Ninh Thị Hoa", "chair", "peoples_council", "province"),
        ("Kha Văn Lợi", "vice_chair", "peoples_council", "province"),
    }


# --- former titles -------------------------------------------------------------------------------------------------


def test_a_post_called_former_elsewhere_is_not_held_anywhere() -> None:
    text = (
        "HĐND tỉnh bầu ông Lục Văn Khải, Chánh Văn phòng Tỉnh ủy giữ chức Phó Chủ tịch UBND tỉnh. "
        "Ông Lục Văn Khải - nguyên Chánh Văn phòng Tỉnh ủy vừa được bầu làm Phó Chủ tịch tỉnh này."
    )
    assert triples(text) == {("Lục Văn Khải", "vice_chair", "peoples_committee", "province")}


def test_a_post_held_now_overrides_a_former_one() -> None:
    text = (
        "Ông Từ Văn Nghĩa, nguyên Bí thư Đảng ủy xã, Chủ tịch HĐND xã bị kỷ luật. "
        "Hiện ông Từ Văn Nghĩa vẫn đang giữ chức Bí thư Đảng ủy xã."
    )
    assert ("Từ Văn Nghĩa", "secretary", "party_committee", "commune") in triples(text)


def test_two_offices_of_one_code_are_told_apart() -> None:
    text = "Ông Bạch Văn Thịnh – Trưởng phòng Nông nghiệp huyện, nguyên Trưởng phòng Nội vụ huyện bị phê bình."
    assert triples(text) == {("Bạch Văn Thịnh", "head", "other", "district")}


def test_a_former_title_before_the_name() -> None:
    assert without_roles("Nguyên Bí thư Huyện ủy Hòa Bình Lò Văn Dũng bị kỷ luật cảnh cáo.") == {"Lò Văn Dũng"}


def test_a_business_post_does_not_make_an_official() -> None:
    assert without_roles("Ông Giang Văn Hậu, nguyên Tổng giám đốc Công ty Cổ phần Sông Xanh, phát biểu.") == set()


# --- the official replaced, and titles of a past time --------------------------------------------------------------


def test_the_official_replaced_is_named_without_the_post() -> None:
    text = "Ông Ung Văn Hòa được bầu giữ chức Bí thư Tỉnh ủy thay ông Âu Văn Mạnh nghỉ hưu theo chế độ."
    assert triples(text) == {("Ung Văn Hòa", "secretary", "party_committee", "province")}
    assert without_roles(text) == {"Âu Văn Mạnh"}


def test_a_title_stated_of_an_earlier_time_is_not_held() -> None:
    text = "Trước đó, Bí thư Tỉnh ủy là ông Đàm Văn Thụ."
    assert triples(text) == set() and without_roles(text) == {"Đàm Văn Thụ"}
    text = "Năm 2014, Thống đốc Ngân hàng đương nhiệm khi đó là ông Phí Văn Hợp đã ký quyết định."
    assert triples(text) == set() and without_roles(text) == {"Phí Văn Hợp"}
    # "hiện là" says now, whatever the sentence opens with
    text = (
        "Trước đó, Đại hội bầu 2 Phó Bí thư Tỉnh ủy gồm: bà Lã Thị Nga (hiện là Phó Bí thư Thường trực), "
        "ông Vi Văn Kha."
    )
    assert ("Lã Thị Nga", "standing_deputy_secretary", "party_committee", "province") in triples(text)


def test_candidates_for_a_post_do_not_hold_it() -> None:
    text = "Tỉnh ủy đã chọn 2 người cho chức danh Bí thư Tỉnh ủy gồm: ông Hầu Văn Lực, ông Doãn Văn Tú."
    assert triples(text) == set()


# --- the given name alone ("ông Bảo") tells what holds for the person named in full ---------------------------------


def test_a_given_name_alone_carries_a_removal_to_the_full_name() -> None:
    text = (
        "Bà Ninh Thị Thu Hà, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố được điều động. "
        "Theo quyết định, bà Hà thôi giữ chức Phó Bí thư Thành ủy."
    )
    assert ("Ninh Thị Thu Hà", "deputy_secretary", "party_committee", "district") not in triples(text)
    assert ("Ninh Thị Thu Hà", "chair", "peoples_council", "district") in triples(text)


def test_a_given_name_alone_saying_the_post_is_held_now() -> None:
    text = (
        "Vắng mặt có ông Quản Văn Lâm, nguyên Giám đốc Sở Tài chính, đại biểu HĐND tỉnh. "
        "Hiện ông Lâm giữ chức danh đại biểu HĐND tỉnh."
    )
    assert triples(text) == {("Quản Văn Lâm", "delegate", "peoples_council", "province")}


def test_a_given_name_shared_by_two_people_tells_nothing() -> None:
    text = (
        "Ông Quản Văn Lâm, Phó Chủ tịch UBND tỉnh và ông Tô Đức Lâm, Giám đốc Sở Y tế dự. "
        "Ông Lâm thôi giữ chức Phó Chủ tịch UBND tỉnh."
    )
    assert ("Quản Văn Lâm", "vice_chair", "peoples_committee", "province") in triples(text)


def test_a_firm_named_by_its_name_alone_is_not_a_state_body() -> None:
    text = (
        "Ông Lạc Văn Hòa, thành viên HĐQT kiêm Tổng giám đốc Sonbank phát biểu. Ông Trịnh Văn Ba, Giám đốc Sở Y tế dự."
    )
    assert triples(text) == {("Trịnh Văn Ba", "director", "other", "province")}


def test_a_removal_the_sentence_says_is_still_to_come() -> None:
    text = "Việc miễn nhiệm đại biểu HĐND tỉnh với ông Cầm Văn Tiến sẽ được quyết định tại kỳ họp tới."
    assert triples(text) == {("Cầm Văn Tiến", "delegate", "peoples_council", "province")}


def test_posts_of_a_span_of_years_that_is_over() -> None:
    text = "Từ năm 2003-2014, ông Sái Văn Hưng giữ chức Trưởng Ban Tổ chức Tỉnh ủy."
    ctx = make_context(text, published_at=datetime(2018, 5, 1))
    assert [(r.person_name, r.position) for r in extract_roles(ctx)] == [("Sái Văn Hưng", None)]


def test_a_count_between_the_removal_and_the_post() -> None:
    text = "Kỳ họp miễn nhiệm 2 Ủy viên UBND tỉnh là ông Hà Văn Tiệp và bà Lục Thị Mến."
    assert triples(text) == set() and without_roles(text) == {"Hà Văn Tiệp", "Lục Thị Mến"}


def test_a_period_after_a_stack_is_the_whole_stacks() -> None:
    text = "Ông Tạ Văn Hòa, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố giai đoạn 2011 – 2016 bị phê bình."
    ctx = make_context(text, published_at=datetime(2017, 9, 1))
    assert [(r.person_name, r.position) for r in extract_roles(ctx)] == [("Tạ Văn Hòa", None)]


def test_the_dead_hold_no_post() -> None:
    text = "Đại biểu dành một phút mặc niệm Bí thư Tỉnh ủy Hồ Văn Tâm và Chủ tịch HĐND tỉnh Lương Văn Phú."
    assert triples(text) == set() and without_roles(text) == {"Hồ Văn Tâm", "Lương Văn Phú"}
    assert without_roles("Ông Đậu Văn Hùng, con trai cố Bí thư Thành ủy Đậu Văn Bình, phát biểu.") == {"Đậu Văn Bình"}


def test_a_dated_step_of_a_career_years_before_the_article_is_over() -> None:
    text = (
        "Ngày 2/3/2019, ông Hà Văn Lực được bầu làm Bí thư Tỉnh ủy. "
        "Tháng 6/2014, ông Hà Văn Lực được bổ nhiệm làm Giám đốc Sở Xây dựng. "
        "Tháng 5/2015, bà Ninh Thị Lan được bổ nhiệm làm Giám đốc Sở Tài chính cho tới nay."
    )
    assert triples(text) == {
        ("Hà Văn Lực", "secretary", "party_committee", "province"),
        ("Ninh Thị Lan", "director", "other", "province"),
    }


def test_a_post_held_while_something_else_happened_is_past() -> None:
    text = "Tháng 6, khi đang là Phó Chủ tịch UBND tỉnh, ông Khúc Văn Tài được bổ nhiệm làm Thứ trưởng Bộ Tài chính."
    assert triples(text) == {("Khúc Văn Tài", "deputy_head", "other", "central")}


def test_an_official_the_article_says_died_holds_no_post() -> None:
    text = "Kẻ gian đã sát hại ông Lò Văn Khánh (Chủ tịch HĐND tỉnh). Chủ tịch HĐND tỉnh Lò Văn Khánh từng dự họp."
    assert triples(text) == set() and without_roles(text) == {"Lò Văn Khánh"}
    text = "Sau khi Chủ tịch UBND tỉnh Hà Văn Phú qua đời, Phó Chủ tịch Mạc Văn Hải điều hành."
    assert without_roles(text) == {"Hà Văn Phú"}
    text = "Ông Lê Văn Mạnh, Chủ tịch UBND xã, cho biết vụ tai nạn làm 2 người tử vong."
    assert triples(text) == {("Lê Văn Mạnh", "chair", "peoples_committee", "commune")}


def test_a_communes_youth_union_secretary_is_not_the_party_committees() -> None:
    roles = extract_roles(make_context("Ông Phạm Văn Tú, Bí thư Đoàn xã Yên Lạc, phát biểu tại hội nghị."))
    assert [(r.organization_type, r.level, r.place_name) for r in roles] == [
        ("mass_organization", "commune", "Yên Lạc")
    ]
    roles = extract_roles(make_context("Ông Phạm Văn Tú, Bí thư Đảng ủy xã Yên Lạc, phát biểu tại hội nghị."))
    assert [(r.organization_type, r.level) for r in roles] == [("party_committee", "commune")]

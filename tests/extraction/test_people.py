"""Tests for `transforms.extraction.people.extract`: named officials and their roles, with offsets into the text."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import RAW, make_context
from transforms.codes import LEVELS, ORGANIZATION_TYPES, POSITIONS
from transforms.extraction.people.extract import extract_roles
from transforms.model import DocumentContext, RoleMention, Sentence
from transforms.text.keys import match_key, nfc


def roles_of(text: str) -> list[RoleMention]:
    return extract_roles(make_context(text))


def triples(text: str) -> set[tuple[str, str, str, str]]:
    """The roles read, as (name, position, organization type, level); people named with no role left out."""
    return {(r.person_name, r.position, r.organization_type, r.level) for r in roles_of(text) if r.position}


def without_roles(text: str) -> set[str]:
    """The people named with no current role (one mention each, position None)."""
    return {r.person_name for r in roles_of(text) if r.position is None}


def names(text: str) -> set[str]:
    return {r.person_name for r in roles_of(text)}


# --- names and their boundaries ----------------------------------------------------------------------------------


def test_cue_name_comma_title() -> None:
    got = triples("Dự có đồng chí Trần Văn Bình, Huyện ủy viên, Chủ tịch UBND xã.")
    assert got == {
        ("Trần Văn Bình", "member_of_committee", "party_committee", "district"),
        ("Trần Văn Bình", "chair", "peoples_committee", "commune"),
    }


@pytest.mark.parametrize("dash", ["-", "–", "- ", " - ", " – "])
def test_name_before_a_dash(dash: str) -> None:
    text = f"Đồng chí Lê Thị Mai{dash}Phó Bí thư Huyện ủy{dash}Chủ tịch UBND huyện phát biểu."
    assert triples(text) == {
        ("Lê Thị Mai", "deputy_secretary", "party_committee", "district"),
        ("Lê Thị Mai", "chair", "peoples_committee", "district"),
    }


def test_name_without_cue_before_a_dash() -> None:
    text = "Tham dự có Phạm Quang Huy – TUV, Bí thư Huyện ủy."
    assert names(text) == {"Phạm Quang Huy"}


def test_name_followed_by_parenthesised_title() -> None:
    text = "Ông Võ Minh Tâm (Phó bí thư thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh) được giới thiệu."
    assert triples(text) == {
        ("Võ Minh Tâm", "standing_deputy_secretary", "party_committee", "province"),
        ("Võ Minh Tâm", "chair", "peoples_council", "province"),
    }


def test_rank_before_name() -> None:
    text = "Tham dự có Thượng tá Đỗ Văn Hải, Chỉ huy trưởng Ban CHQS huyện."
    assert triples(text) == {("Đỗ Văn Hải", "commander", "military_command", "district")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đ/c Y Bhin Niê – TUV, PCT HĐND tỉnh dự họp.", "Y Bhin Niê"),
        ("Đ/c K Hoa – TUV, Bí thư Huyện ủy dự họp.", "K Hoa"),
        ("Đồng chí Ksor Phước, Phó Chủ tịch UBND tỉnh dự họp.", "Ksor Phước"),
    ],
)
def test_ethnic_minority_names_with_a_cue(text: str, name: str) -> None:
    assert names(text) == {name}


def test_uncued_name_must_look_like_a_name() -> None:
    # no cue and no common surname: not taken for a person
    assert roles_of("Buôn Ma Thuột, Chủ tịch UBND tỉnh dự họp.") == []


def test_former_titles_are_not_roles_but_the_person_is_named() -> None:
    text = "Đồng chí Bùi Văn Nam, nguyên Bí thư Huyện ủy đến dự."
    assert triples(text) == set()
    [mention] = roles_of(text)
    assert (mention.person_name, mention.position, mention.organization_type, mention.level) == (
        "Bùi Văn Nam",
        None,
        None,
        None,
    )
    assert mention.title_text == "nguyên Bí thư Huyện ủy"
    text = "Ông Hà Văn Sơn, Phó Bí thư Tỉnh ủy, nguyên Chủ tịch UBND tỉnh đến dự."
    assert triples(text) == {("Hà Văn Sơn", "deputy_secretary", "party_committee", "province")}
    assert without_roles(text) == set()


def test_run_on_name_is_cut_back_to_the_name_used_elsewhere() -> None:
    text = (
        "Phó Chủ tịch UBND tỉnh Trần Văn Khải Phản hồi ý kiến đại biểu.\n"
        "Phó Chủ tịch UBND tỉnh Trần Văn Khải khẳng định như vậy."
    )
    roles = roles_of(text)
    assert [r.person_name for r in roles] == ["Trần Văn Khải"]
    assert text[roles[0].char_start : roles[0].char_end] == "Trần Văn Khải"


def test_tung_la_marks_a_former_title() -> None:
    text = "Ông Lò Văn Pấng, từng là Bí thư Huyện ủy, nay nghỉ hưu."
    assert triples(text) == set() and without_roles(text) == {"Lò Văn Pấng"}


def test_title_then_name() -> None:
    text = "Phó trưởng ban Thường trực Ban Tổ chức Trung ương Nguyễn Thanh Bình trao quyết định."
    assert triples(text) == {("Nguyễn Thanh Bình", "standing_deputy_head", "organization_board", "central")}
    text = "Bí thư Tỉnh ủy Phú Thọ Hoàng Dân Mạc tái cử."
    assert triples(text) == {("Hoàng Dân Mạc", "secretary", "party_committee", "province")}
    assert roles_of(text)[0].place_name == "Phú Thọ"


def test_title_stack_then_name() -> None:
    text = "Dự có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lê Văn Minh."
    assert triples(text) == {
        ("Lê Văn Minh", "member_of_committee", "party_committee", "central"),
        ("Lê Văn Minh", "secretary", "party_committee", "province"),
    }


def test_a_title_after_cua_is_not_the_next_names() -> None:
    text = "Theo ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng Phạm Văn Long đọc tờ trình."
    assert triples(text) == {("Phạm Văn Long", "deputy_head", "other", "central")}


def test_list_after_cac_dong_chi() -> None:
    text = "Về dự có các đồng chí: Vũ Văn An, Bí thư Huyện ủy, Đặng Thị Hoa, Chủ tịch UBND huyện."
    assert triples(text) == {
        ("Vũ Văn An", "secretary", "party_committee", "district"),
        ("Đặng Thị Hoa", "chair", "peoples_committee", "district"),
    }


def test_generic_plurals_and_nameless_titles_yield_nobody() -> None:
    text = (
        "Dự có các đồng chí Thường trực HĐND huyện; Bí thư, Phó bí thư Đảng ủy các xã.\n"
        "Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị."
    )
    assert roles_of(text) == []


def test_place_after_unit_word_is_not_a_person() -> None:
    assert roles_of("Chủ tịch UBND huyện Đinh Lập phát biểu.") == []


def test_place_after_a_lower_unit_word_is_not_a_person_even_if_it_reads_like_a_name() -> None:
    # a three-syllable place that starts with a surname, after "huyện" or "phường"
    text = "Ông Lò Văn Vinh từng là Bí thư Huyện ủy, Chủ tịch HĐND huyện Hoàng Su Phì; ông nghỉ hưu."
    assert names(text) == without_roles(text) == {"Lò Văn Vinh"}
    assert roles_of("Chủ tịch UBND phường Trần Hưng Đạo phát biểu.") == []
    # after "tỉnh" a title goes on to the name; after "huyện" too when the article names that person with a cue
    assert names("Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn phát biểu.") == {"Nguyễn Văn Sơn"}
    text = "Chủ tịch UBND huyện Lê Tấn Tài phát biểu. Ông Lê Tấn Tài cho biết thêm."
    assert triples(text) == {("Lê Tấn Tài", "chair", "peoples_committee", "district")}


def test_unit_words_never_begin_a_name() -> None:
    assert roles_of("Dự có ông Huyện Văn Thành, Chủ tịch UBND xã.") == []


def test_a_post_for_an_ended_term_is_not_current() -> None:
    text = "Ông Phan Văn Tâm, Bí thư Tỉnh ủy nhiệm kỳ 2010-2015, Chủ tịch HĐND tỉnh phát biểu."
    ctx = DocumentContext(clean_text=text, sentences=(), published_at=datetime(2017, 3, 1))
    assert {(r.position, r.organization_type) for r in extract_roles(ctx)} == {("chair", "peoples_council")}
    # the term is over when the article names the next one, or when it was published after it
    text = "Đại hội nhiệm kỳ 2015-2020 đã họp. Ông Lê Văn Hải, Phó Bí thư Tỉnh ủy nhiệm kỳ 2010 - 2015 dự."
    assert triples(text) == set() and without_roles(text) == {"Lê Văn Hải"}
    ctx = DocumentContext(
        clean_text="Ông Lê Văn Hải, Phó Bí thư Tỉnh ủy nhiệm kỳ 2010-2015 dự.", sentences=(), published_at=None
    )
    assert [r.position for r in extract_roles(ctx)] == ["deputy_secretary"]  # nothing says the term is over
    # a current term stays, and the stack reads on after it
    text = "Ông Trần Văn Lâm, Phó Bí thư Tỉnh ủy khóa XVIII, Chủ tịch UBND tỉnh dự."
    assert triples(text) == {
        ("Trần Văn Lâm", "deputy_secretary", "party_committee", "province"),
        ("Trần Văn Lâm", "chair", "peoples_committee", "province"),
    }


def test_re_election_keeps_the_post_of_the_ended_term() -> None:
    text = "Đại hội nhiệm kỳ 2016-2021. Bà Hà Thị Lan, Chủ tịch HĐND tỉnh nhiệm kỳ 2011-2016 tái cử nhiệm kỳ mới."
    assert triples(text) == {("Hà Thị Lan", "chair", "peoples_council", "province")}


def test_nguyen_at_the_head_of_a_stack_makes_every_post_former() -> None:
    text = "Ông Đỗ Văn Bình, nguyên Bí thư Thành ủy, Chủ tịch HĐND thành phố phát biểu."
    assert triples(text) == set() and without_roles(text) == {"Đỗ Văn Bình"}


def test_a_post_just_given_is_a_role() -> None:
    text = "Ông Nguyễn Văn Cường, Phó Chủ tịch UBND tỉnh, được bầu làm Bí thư Tỉnh ủy."
    assert triples(text) == {
        ("Nguyễn Văn Cường", "vice_chair", "peoples_committee", "province"),
        ("Nguyễn Văn Cường", "secretary", "party_committee", "province"),
    }
    assert triples("Hội nghị đã bầu ông Trần Văn Trung làm Bí thư Tỉnh ủy.") == {
        ("Trần Văn Trung", "secretary", "party_committee", "province")
    }
    assert triples("Ông Phạm Văn Sinh được tín nhiệm tái cử chức Bí thư Tỉnh ủy.") == {
        ("Phạm Văn Sinh", "secretary", "party_committee", "province")
    }
    assert triples("HĐND tỉnh bầu ông Đặng Văn Hưng (Phó trưởng ban Tổ chức Tỉnh ủy) làm Phó Chủ tịch UBND tỉnh.") == {
        ("Đặng Văn Hưng", "deputy_head", "organization_board", "province"),
        ("Đặng Văn Hưng", "vice_chair", "peoples_committee", "province"),
    }
    assert triples("Ông Lê Văn Sáu được HĐND bầu làm Chủ tịch tỉnh.") == {
        ("Lê Văn Sáu", "chair", "peoples_committee", "province")
    }


def test_names_listed_before_a_given_post_share_it() -> None:
    text = "Các ông Bùi Văn Châu, Nguyễn Hữu Đông và bà Lê Thị Hà được bầu giữ chức Phó Bí thư Tỉnh ủy."
    assert triples(text) == {
        (name, "deputy_secretary", "party_committee", "province")
        for name in ("Bùi Văn Châu", "Nguyễn Hữu Đông", "Lê Thị Hà")
    }


def test_proposals_and_past_posts_are_not_given_posts() -> None:
    assert roles_of("Tỉnh ủy giới thiệu ông Trần Văn Bốn để HĐND bầu giữ chức Chủ tịch UBND tỉnh.") == []
    assert roles_of("Ông Ngô Văn Tập đề xuất ông Vũ Văn Hùng giữ chức Bí thư Thành ủy.") == []
    for text in ("Ông Vũ Văn Hùng từng giữ chức Bí thư Thành ủy.", "Ông Vũ Văn Hùng thôi giữ chức Bí thư Thành ủy."):
        assert triples(text) == set() and without_roles(text) == {"Vũ Văn Hùng"}


def test_a_title_given_to_names_by_la_or_gom() -> None:
    assert triples("Hiện, Bí thư Thành ủy Hải Phòng là ông Dương Văn Điền.") == {
        ("Dương Văn Điền", "secretary", "party_committee", "province")
    }
    text = "Hai Phó Chủ tịch HĐND tỉnh tái cử là ông Nguyễn Ngọc Tuấn và bà Phùng Thị Hà."
    assert triples(text) == {
        ("Nguyễn Ngọc Tuấn", "vice_chair", "peoples_council", "province"),
        ("Phùng Thị Hà", "vice_chair", "peoples_council", "province"),
    }
    assert triples("Ông Trần Văn Nam là Bí thư Tỉnh ủy Bình Dương.") == {
        ("Trần Văn Nam", "secretary", "party_committee", "province")
    }


def test_a_title_before_a_list_after_gom_or_a_colon() -> None:
    text = "Thành ủy có 3 Phó Bí thư, gồm: ông Trần Lưu Quang, ông Nguyễn Thành Phong và bà Võ Thị Dung."
    assert names(text) == {"Trần Lưu Quang", "Nguyễn Thành Phong", "Võ Thị Dung"}
    text = "Dự có các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Xuân Đường – Chủ tịch UBND tỉnh; Lê Quang Huy."
    assert triples(text) == {
        ("Nguyễn Xuân Đường", "deputy_secretary", "party_committee", "province"),
        ("Nguyễn Xuân Đường", "chair", "peoples_committee", "province"),
        ("Lê Quang Huy", "deputy_secretary", "party_committee", "province"),
    }


def test_a_title_then_a_comma_and_a_cued_name() -> None:
    assert triples("Bí thư Thành ủy Hà Nội, ông Phạm Quang Nghị nhận xét.") == {
        ("Phạm Quang Nghị", "secretary", "party_committee", "province")
    }


def test_more_ways_of_giving_a_post() -> None:
    text = "Ông Trần Sỹ Thanh, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương về làm Bí thư Tỉnh ủy."
    assert ("Trần Sỹ Thanh", "secretary", "party_committee", "province") in triples(text)
    text = "Ban Chấp hành bầu ông Hoàng Văn Chất tái giữ chức Bí thư Tỉnh ủy."
    assert triples(text) == {("Hoàng Văn Chất", "secretary", "party_committee", "province")}
    text = "Các ông Lê Khắc Nam, Nguyễn Xuân Bình tiếp tục tái đắc cử vị trí Phó Chủ tịch UBND tỉnh."
    assert names(text) == {"Lê Khắc Nam", "Nguyễn Xuân Bình"}


def test_business_posts_are_not_officials_roles() -> None:
    assert roles_of("Ông Trịnh Văn Quang, Chủ tịch Hội đồng quản trị, Giám đốc Công ty cổ phần An Phát dự.") == []
    text = "Ông Phạm Gia Lý - Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty, Tỉnh ủy viên phát biểu."
    assert triples(text) == {("Phạm Gia Lý", "member_of_committee", "party_committee", "province")}


def test_a_career_timeline_sentence_names_past_posts() -> None:
    text = (
        "Tháng 5/2007 đến 12/5/2011: Ông Ngô Minh Châu được bổ nhiệm là Phó Giám đốc Công an thành phố. "
        "Hiện nay, ông Ngô Minh Châu là Giám đốc Công an thành phố."
    )
    assert {(r.position, r.organization_type) for r in roles_of(text)} == {("director", "police")}


def test_an_aside_after_the_name_is_read_past() -> None:
    text = "Ông Vũ Văn Muộn (60 tuổi), trưởng thôn kiêm Phó Bí thư chi bộ thôn, bị kỷ luật."
    assert triples(text) == {
        ("Vũ Văn Muộn", "head", "other", "commune"),
        ("Vũ Văn Muộn", "deputy_secretary", "party_cell", "commune"),
    }


def test_a_bullet_opens_a_clause() -> None:
    assert names("* Bà Hoàng Thị Lan - Bí thư Tỉnh ủy chịu trách nhiệm.") == {"Hoàng Thị Lan"}


def test_a_standing_deputy_is_not_also_listed_as_a_plain_deputy() -> None:
    text = "Bà Lê Thị Nữ, Phó Chủ tịch HĐND tỉnh, phát biểu. Bà Lê Thị Nữ, Phó Chủ tịch Thường trực HĐND tỉnh, nói."
    assert triples(text) == {("Lê Thị Nữ", "standing_vice_chair", "peoples_council", "province")}


def test_byline_is_not_a_person() -> None:
    assert roles_of("Hội nghị đã thành công./.\n\nThanh Bình - Nguyễn Thắm\n\nUBND huyện") == []


def test_two_people_sharing_surname_and_last_name_stay_two() -> None:
    text = (
        "Dự có đồng chí Nguyễn Mạnh Thắng- Phó Bí thư Huyện ủy- Chủ tịch UBND huyện; "
        "đồng chí Nguyễn Minh Thắng- Phó Bí thư Thường trực Huyện ủy- Chủ tịch HĐND huyện."
    )
    assert names(text) == {"Nguyễn Mạnh Thắng", "Nguyễn Minh Thắng"}


def test_repeated_mentions_yield_each_role_once_at_first_mention() -> None:
    text = (
        "Dự có đồng chí Hoàng Văn Tuấn, Tỉnh ủy viên, Bí thư Huyện ủy.\n"
        "Đồng chí Bí thư Huyện ủy phát biểu.\n"
        "Kết luận, đồng chí Hoàng Văn Tuấn - Tỉnh ủy viên, Bí thư Huyện ủy nhấn mạnh.\n"
        "Đồng chí Hoàng Văn Tuấn cảm ơn."
    )
    roles = roles_of(text)
    assert len(roles) == 2
    assert all(r.char_start == text.index("Hoàng Văn Tuấn") for r in roles)


def test_tone_styles_are_one_person() -> None:
    text = "Dự có ông Ngô Văn Thuỷ, Chủ tịch UBND tỉnh.\nÔng Ngô Văn Thủy, Chủ tịch UBND tỉnh phát biểu."
    assert len(roles_of(text)) == 1


def test_bare_title_takes_the_persons_stated_role() -> None:
    text = "Bí thư Thành ủy TP. HCM Lê Minh Tuấn dự họp.\nBí thư Lê Minh Tuấn nhấn mạnh."
    assert triples(text) == {("Lê Minh Tuấn", "secretary", "party_committee", "province")}


def test_offsets_and_sentences() -> None:
    text = "Hội nghị khai mạc. Dự có đồng chí Lương Văn Tú, Phó Chủ tịch HĐND tỉnh. Hội nghị bế mạc."
    ctx = make_context(text)
    (role,) = extract_roles(ctx)
    assert text[role.char_start : role.char_end] == "Lương Văn Tú"
    assert role.sentence_start <= role.char_start < role.char_end <= role.sentence_end
    assert "Lương Văn Tú" in text[role.sentence_start : role.sentence_end]
    assert role.title_text == "Phó Chủ tịch HĐND tỉnh"


# --- the seed articles -------------------------------------------------------------------------------------------

SEEDS: dict[str, set[tuple[str, str, str, str]]] = {
    "000_7a80510609716b7c": set(),
    "001_c6919bca00d5da6a": {
        ("Hoàng Văn Tạo", "member_of_committee", "party_committee", "province"),
        ("Hoàng Văn Tạo", "secretary", "party_committee", "district"),
        ("Hoàng Văn Hồng", "standing_deputy_secretary", "party_committee", "district"),
        ("Hoàng Văn Hồng", "chair", "peoples_council", "district"),
        ("Nguyễn Ngọc Thiều", "deputy_secretary", "party_committee", "district"),
        ("Nguyễn Ngọc Thiều", "chair", "peoples_committee", "district"),
    },
    "002_15333318591f4556": {
        ("Đào Ngọc Huấn", "member_of_committee", "party_committee", "province"),
        ("Đào Ngọc Huấn", "secretary", "party_committee", "district"),
        ("Đào Ngọc Huấn", "chair", "peoples_council", "district"),
        ("Nguyễn Đức Sơn", "deputy_secretary", "party_committee", "district"),
        ("Nguyễn Đức Sơn", "chair", "peoples_committee", "district"),
        ("Nguyễn Tường Tuấn", "standing_vice_chair", "peoples_council", "district"),
        ("Nguyễn Tường Tuấn", "secretary", "party_organization", "district"),
    },
    "003_4dbf0cd97c90c73c": {
        ("Nguyễn Mạnh Hồng", "deputy_secretary", "party_committee", "district"),
        ("Nguyễn Mạnh Hồng", "chair", "peoples_committee", "district"),
        ("Nguyễn Minh Hồng", "standing_deputy_secretary", "party_committee", "district"),
        ("Nguyễn Minh Hồng", "chair", "peoples_council", "district"),
        ("Cấn Văn Hương", "standing_committee_member", "party_committee", "district"),
        ("Cấn Văn Hương", "vice_chair", "peoples_council", "district"),
    },
    "004_d04be4df1517faf1": {
        ("Lê Hồng Nhân", "standing_committee_member", "party_committee", "province"),
        ("Lê Hồng Nhân", "commander", "military_command", "province"),
        ("Ngô Văn Huỳnh", "member_of_committee", "party_committee", "province"),
        ("Ngô Văn Huỳnh", "standing_deputy_head", "mass_mobilization_board", "province"),
        ("Đặng Thanh Hải", "member_of_committee", "party_committee", "province"),
        ("Đặng Thanh Hải", "secretary", "party_committee", "district"),
        ("Đặng Thanh Hải", "chair", "peoples_council", "district"),
        ("Nguyễn Thăng Long", "standing_deputy_secretary", "party_committee", "district"),
        ("Nguyễn Huy Hùng", "chair", "peoples_committee", "district"),
        ("Đinh Thị Hương", "standing_committee_member", "party_committee", "district"),
        ("Đinh Thị Hương", "head", "mass_mobilization_board", "district"),
    },
}


@pytest.mark.parametrize("source_id", sorted(SEEDS))
def test_seed_articles(source_id: str) -> None:
    ctx = make_context((RAW / f"{source_id}.txt").read_text(encoding="utf-8"))
    roles = extract_roles(ctx)
    got = {(" ".join(match_key(r.person_name).split()), r.position, r.organization_type, r.level) for r in roles}
    want = {(match_key(n), p, o, lv) for n, p, o, lv in SEEDS[source_id]}
    assert got == want
    for role in roles:
        assert ctx.clean_text[role.char_start : role.char_end] == role.person_name


# --- properties --------------------------------------------------------------------------------------------------

WORDS = [
    "đồng chí", "Đ/c", "ông", "Bà", "Đại tá", "các đồng chí:", "Nguyễn", "Văn", "An", "Hồng", "Lê", "Thị", "K", "Y",
    "Bí thư", "Phó", "Chủ tịch", "HĐND", "UBND", "huyện", "tỉnh", "Tỉnh uỷ", "Huyện ủy", "TUV", "PBTHU", "BTV",
    ",", "-", "–", "(", ")", ";", ".", ":", "kiêm", "và", "nguyên", "Phú Thọ", "Thành ủy", "TP.", "\n", "  ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join) | st.text(max_size=80))
def test_extract_roles_properties(text: str) -> None:
    text = nfc(text)
    ctx = DocumentContext(clean_text=text, sentences=(Sentence(0, len(text)),))
    for role in extract_roles(ctx):
        assert 0 <= role.char_start < role.char_end <= len(text)
        assert text[role.char_start : role.char_end] == role.person_name
        assert role.sentence_start <= role.char_start and role.char_end <= role.sentence_end
        if role.position is None:  # a person named with no current role
            assert role.organization_type is None and role.level is None
        else:
            assert role.position in POSITIONS
            assert role.organization_type in ORGANIZATION_TYPES
            assert role.level in LEVELS


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_extract_roles_without_sentences(text: str) -> None:
    for role in extract_roles(DocumentContext(clean_text=text, sentences=())):
        assert text[role.char_start : role.char_end] == role.person_name
        assert role.sentence_start <= role.char_start < role.char_end <= role.sentence_end

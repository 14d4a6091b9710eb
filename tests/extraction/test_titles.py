"""Tests for `extraction.people.titles`: stacked titles split into (position, organization type, level, words)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.codes import LEVELS, ORGANIZATION_TYPES, POSITIONS
from transforms.extraction.people.body_vocabulary import ORG_CUES
from transforms.extraction.people.title_names import split_run
from transforms.extraction.people.title_terms import term_tail
from transforms.extraction.people.title_vocabulary import ABBREVIATIONS, POSITION_CUES
from transforms.extraction.people.title_words import expand, tokenize
from transforms.extraction.people.titles import parse_title
from transforms.text.keys import nfc


def triples(title: str, **kwargs: object) -> list[tuple[str, str, str]]:
    return [(p, o, lv) for p, o, lv, _ in parse_title(title, **kwargs)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Tỉnh ủy viên, Bí thư Huyện ủy",
            [("member_of_committee", "party_committee", "province"), ("secretary", "party_committee", "district")],
        ),
        (
            "TUV, Bí thư huyện ủy, Chủ tịch HĐND huyện",
            [
                ("member_of_committee", "party_committee", "province"),
                ("secretary", "party_committee", "district"),
                ("chair", "peoples_council", "district"),
            ],
        ),
        (
            "PBTHU, Chủ tịch UBND huyện",
            [("deputy_secretary", "party_committee", "district"), ("chair", "peoples_committee", "district")],
        ),
        (
            "PCT TT HĐND, Bí thư Đảng bộ CQCQ huyện",
            [("standing_vice_chair", "peoples_council", "district"), ("secretary", "party_organization", "district")],
        ),
        (
            "Uỷ viên BTV Tỉnh uỷ, Chỉ huy trưởng BCH quân sự tỉnh",
            [
                ("standing_committee_member", "party_committee", "province"),
                ("commander", "military_command", "province"),
            ],
        ),
        (
            "Phó trưởng ban thường trực Ban Dân vận Tỉnh uỷ",
            [("standing_deputy_head", "mass_mobilization_board", "province")],
        ),
        (
            "Uỷ viên BTV, Trưởng ban Dân vận Thị uỷ",
            [
                ("standing_committee_member", "party_committee", "district"),
                ("head", "mass_mobilization_board", "district"),
            ],
        ),
        ("Phó Bí thư thường trực Thị uỷ", [("standing_deputy_secretary", "party_committee", "district")]),
        (
            "Ủy viên Ban Thường vụ Huyện ủy- Phó Chủ tịch HĐND huyện",
            [
                ("standing_committee_member", "party_committee", "district"),
                ("vice_chair", "peoples_council", "district"),
            ],
        ),
        ("Phó CT UBND tỉnh", [("vice_chair", "peoples_committee", "province")]),
        ("PCT HĐND tỉnh", [("vice_chair", "peoples_council", "province")]),
        ("Chủ tịch HLHPN huyện", [("chair", "mass_organization", "district")]),
        ("Chủ tịch UBMTTQ VN huyện", [("chair", "fatherland_front", "district")]),
        ("Trưởng ban Tổ chức Huyện ủy", [("head", "organization_board", "district")]),
        ("Chủ nhiệm UBKT Tỉnh ủy", [("head", "inspection_commission", "province")]),
        ("Giám đốc Sở Tài nguyên và Môi trường", [("director", "other", "province")]),
        ("Trưởng Công an huyện", [("head", "police", "district")]),
        ("Đại biểu Quốc hội", [("delegate", "national_assembly", "central")]),
        ("Bí thư Đảng ủy xã", [("secretary", "party_committee", "commune")]),
        (
            "Phó trưởng ban Thường trực Ban Tổ chức Trung ương",
            [("standing_deputy_head", "organization_board", "central")],
        ),
        ("Thứ trưởng Bộ Xây dựng", [("deputy_head", "other", "central")]),
        ("Bí thư Thành ủy Hà Nội", [("secretary", "party_committee", "province")]),
        ("Bí thư Thành uỷ Vinh", [("secretary", "party_committee", "district")]),
        ("Chủ tịch UBND TP. Hồ Chí Minh", [("chair", "peoples_committee", "province")]),
        ("Trưởng ban Kinh tế - Xã hội HĐND tỉnh", [("head", "peoples_council", "province")]),
        ("Chánh Văn phòng HĐND và UBND huyện", [("head", "council_office", "district")]),
        ("Đại biểu HĐND tỉnh", [("delegate", "peoples_council", "province")]),
        ("Bí thư Chi bộ Văn phòng", [("secretary", "party_cell", "district")]),
        ("Chủ tịch Hội Cựu chiến binh xã", [("chair", "mass_organization", "commune")]),
        ("Giám đốc Công an tỉnh", [("director", "police", "province")]),
        ("Trưởng đoàn ĐBQH tỉnh", [("head", "national_assembly", "province")]),
        ("Ủy viên Trung ương Đảng", [("member_of_committee", "party_committee", "central")]),
        ("Phó Chủ tịch Thường trực UBND tỉnh", [("standing_vice_chair", "peoples_committee", "province")]),
        # titles that used to stop a stack
        (
            "Chính ủy Bộ Chỉ huy Quân sự tỉnh, Tỉnh ủy viên",
            [("head", "military_command", "province"), ("member_of_committee", "party_committee", "province")],
        ),
        ("Tổng Giám đốc Trung tâm Xây dựng tỉnh", [("director", "other", "province")]),
        # a business's post is not an official's, but the stack reads on past it
        (
            "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty, Tỉnh ủy viên",
            [("member_of_committee", "party_committee", "province")],
        ),
        ("Hiệu trưởng Học viện Cán bộ tỉnh", [("head", "other", "province")]),
        # a People's Council's committee names it; a national body's name ends in "Việt Nam"
        ("Trưởng ban Văn hóa - Xã hội", [("head", "peoples_council", "district")]),
        ("Phó Trưởng ban Kinh tế Trung ương", [("deputy_head", "other", "central")]),
        ("Chủ tịch MTTQ Việt Nam", [("chair", "fatherland_front", "central")]),
        ("Chủ tịch Mặt trận Tổ quốc Việt Nam (MTTQVN) tỉnh", [("chair", "fatherland_front", "province")]),
        ("Chánh Văn phòng Bộ Nội vụ", [("head", "council_office", "central")]),
        ("Tổng Thanh tra Chính phủ", [("head", "other", "central")]),
        ("Phó Trưởng ban Thường trực Ban TCTW", [("standing_deputy_head", "organization_board", "central")]),
        ("Chủ tịch tỉnh", [("chair", "peoples_committee", "province")]),
        (
            "Phó Chủ tịch – Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam",
            [("vice_chair", "fatherland_front", "central"), ("head", "fatherland_front", "central")],
        ),
        (
            "Ủy viên BTV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy",
            [
                ("standing_committee_member", "party_committee", "district"),
                ("head", "inspection_commission", "district"),
            ],
        ),
        (
            "Trưởng Công an huyện, Huyện ủy viên",
            [
                ("head", "police", "district"),
                ("member_of_committee", "party_committee", "district"),
            ],
        ),
        (
            "Giám đốc Sở Nội vụ, Tỉnh ủy viên",
            [
                ("director", "other", "province"),
                ("member_of_committee", "party_committee", "province"),
            ],
        ),
        ("Phó Ban thường trực Ban Tổ chức Tỉnh ủy", [("standing_deputy_head", "organization_board", "province")]),
        ("Trưởng đoàn ĐBQH", [("head", "national_assembly", "province")]),
        ("Chánh Văn phòng Đoàn ĐBQH", [("head", "council_office", "province")]),
        ("Bí thư Thành ủy TPHCM", [("secretary", "party_committee", "province")]),
        ("Chủ tịch Ủy ban MTTQVN tỉnh", [("chair", "fatherland_front", "province")]),
        ("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", [("member_of_committee", "party_committee", "central")]),
        ("Chi ủy viên Chi bộ thôn", [("member", "party_cell", "commune")]),
        ("Hiệu trưởng Trường Chính trị tỉnh", [("head", "other", "province")]),
    ],
)
def test_parse_title_examples(title: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(title) == expected


def test_each_role_keeps_its_own_words() -> None:
    roles = parse_title("Uỷ viên BTV Tỉnh uỷ, Chỉ huy trưởng BCH quân sự tỉnh")
    assert [r[3] for r in roles] == ["Uỷ viên BTV Tỉnh uỷ", "Chỉ huy trưởng BCH quân sự tỉnh"]


def test_old_and_new_tone_styles_read_alike() -> None:
    assert triples("Uỷ viên Ban Thường vụ Tỉnh uỷ") == triples("Ủy viên Ban Thường vụ Tỉnh ủy")


def test_ranks_and_honorifics_are_not_roles() -> None:
    assert triples("Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh") == [("commander", "military_command", "province")]
    assert triples("Thiếu tướng") == []
    assert triples("PGS.TS, Giám đốc Sở Y tế") == [("director", "other", "province")]


def test_former_titles_are_skipped() -> None:
    assert triples("nguyên Bí thư Huyện ủy") == []
    assert triples("nguyên Bí thư Thành ủy kiêm Chủ tịch HĐND thành phố") == []
    assert triples("Phó Bí thư Tỉnh ủy, nguyên Chủ tịch UBND tỉnh") == [
        ("deputy_secretary", "party_committee", "province")
    ]


def test_kiem_joins_two_roles() -> None:
    assert triples("Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện") == [
        ("secretary", "party_committee", "district"),
        ("chair", "peoples_council", "district"),
    ]


def test_working_delegations_are_not_standing_roles() -> None:
    assert triples("Trưởng đoàn công tác của Tỉnh ủy") == []
    assert triples("Chỉ huy trưởng BCH quân sự tỉnh, Trưởng đoàn chỉ đạo của BTV Tỉnh uỷ") == [
        ("commander", "military_command", "province")
    ]


def test_bare_chair_without_a_body_is_not_a_role() -> None:
    assert triples("Chủ tịch") == []


def test_level_hint_and_central_city() -> None:
    assert triples("Phó Bí thư", doc_level_hint="province") == [("deputy_secretary", "party_committee", "province")]
    assert triples("Bí thư Thành ủy", central_city=True) == [("secretary", "party_committee", "province")]
    assert triples("Bí thư Thành ủy") == [("secretary", "party_committee", "district")]


def test_unknown_body_is_other() -> None:
    assert triples("Giám đốc Trung tâm Văn hóa huyện") == [("director", "other", "district")]


def test_tokens_keep_offsets_and_whole_abbreviations() -> None:
    text = "Đ/c K Thanh – TUV, Bí thư TP. Gia Nghĩa"
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.text for t in toks][:3] == ["Đ/c", "K", "Thanh"]
    assert "TP." in [t.text for t in toks]


def test_bch_reads_by_context() -> None:
    assert expand(tokenize("BCH quân sự")).words[:3] == ["bộ", "chỉ", "huy"]
    assert expand(tokenize("BCH Đảng bộ")).words[:3] == ["ban", "chấp", "hành"]


def test_a_term_after_a_title_is_part_of_it() -> None:
    assert triples("Bí thư Tỉnh ủy khóa XV, nhiệm kỳ 2015-2020, Chủ tịch HĐND tỉnh") == [
        ("secretary", "party_committee", "province"),
        ("chair", "peoples_council", "province"),
    ]
    assert term_tail(["bí", "thư", "tỉnh", "ủy", "(", "khóa", "ix", ")", "giữ", "chức"], 4, 10) == (4, None)
    assert term_tail(["nhiệm", "kỳ", "2010", "–", "2015"], 0, 5) == (5, (2010, 2015))
    # a term after a city's Thành ủy is not another city
    assert triples("Bí thư Thành ủy khóa XV nhiệm kỳ 2015-2020", central_city=True) == [
        ("secretary", "party_committee", "province")
    ]


def test_split_run_separates_place_from_name() -> None:
    assert split_run(["phú", "thọ", "hoàng", "dân", "mạc"], True) == 2
    assert split_run(["hà", "tĩnh", "lê", "đình", "sơn"], True) == 2
    assert split_run(["bắc", "sơn"], True) is None
    assert split_run(["hồ", "chí", "minh"], True) is None
    assert split_run(["nguyễn", "thanh", "bình"], False) == 0
    assert split_run(["hoàng", "su", "phì"], True, place_first=True) is None
    assert split_run(["hoàng", "su", "phì", "lê", "văn", "an"], True, place_first=True) == 3


def test_tables_hold_only_taxonomy_codes() -> None:
    for cue in POSITION_CUES.values():
        assert cue.position in POSITIONS
        assert cue.org is None or cue.org in ORGANIZATION_TYPES
        assert cue.level is None or cue.level in LEVELS
    for org in ORG_CUES.values():
        assert org.org is None or org.org in ORGANIZATION_TYPES
        assert org.level is None or org.level in LEVELS
    assert all(k == k.lower() for k in ABBREVIATIONS)


TITLE_WORDS = [
    "Bí thư", "Phó", "Chủ tịch", "HĐND", "UBND", "huyện", "tỉnh", "Tỉnh ủy", "Huyện uỷ", "TUV", "PBTHU", "BTV", ",",
    "-", "–", "kiêm", "và", "nguyên", "Đại tá", "Nguyễn", "Văn", "An", "xã", "Thành ủy", "TP.", "(", ")", "Trưởng ban",
    "Dân vận", "Sở", "Ủy viên", "Đoàn", "ĐBQH", "Trưởng đoàn", "Kinh tế", "Xã hội", " ", "  ", "\n", ".", ";", "Y",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TITLE_WORDS), max_size=14).map(" ".join) | st.text(max_size=40))
def test_parse_title_never_raises_and_emits_taxonomy_codes(title: str) -> None:
    for position, org, level, words in parse_title(title):
        assert position in POSITIONS
        assert org in ORGANIZATION_TYPES
        assert level in LEVELS
        assert words and words in nfc(title)


def test_a_city_committee_member_is_of_the_city_whatever_title_follows() -> None:
    # In a centrally-run city the city's committee is at province level; elsewhere the city is a district-level unit.
    assert triples("Thành ủy viên, Bí thư Quận ủy", central_city=True) == [
        ("member_of_committee", "party_committee", "province"),
        ("secretary", "party_committee", "district"),
    ]
    assert triples("Thành uỷ viên, Chủ tịch UBND thành phố", central_city=False) == [
        ("member_of_committee", "party_committee", "district"),
        ("chair", "peoples_committee", "district"),
    ]

"""The indicator catalogue: the data file is consistent with the code lists and TAXONOMY, a bad entry is refused with
a message that names it, and the codes it gives hold on made-up sentences of each kind."""

from __future__ import annotations

import re

import pytest

from tests.conftest import make_context, shared_path
from transforms.codes import INDICATOR_CODES, UNITS
from transforms.extraction.indicators import CATALOGUE, extract_indicators
from transforms.extraction.indicators.catalogue import CATEGORIES, CODE_RULES, CatalogueError, parse_catalogue

_ENTRY = """
[[indicator]]
code = "votes_for"
category = "elections_and_votes"
label_vi = "Phiếu tán thành"
label_en = "Votes for"
unit = "count"
kind = "level"
triggers = "N phiếu tán thành"
"""


def codes(text: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.indicator_code) for m in extract_indicators(make_context(text))]


def test_the_catalogue_and_the_code_list_name_the_same_codes_with_the_same_labels() -> None:
    assert {code: i.label_vi for code, i in CATALOGUE.items()} == INDICATOR_CODES


def test_every_entry_is_complete() -> None:
    for code, indicator in CATALOGUE.items():
        assert re.fullmatch(r"[a-z0-9_]+", code)
        assert indicator.category in CATEGORIES and indicator.unit in UNITS
        assert indicator.label_vi and indicator.label_en and indicator.triggers
    assert {i.category for i in CATALOGUE.values()} == set(CATEGORIES)
    assert {rule.code for rule in CODE_RULES} <= set(CATALOGUE)


def test_taxonomys_codes_are_kept() -> None:
    taxonomy = shared_path("domain", "TAXONOMY.md").read_text(encoding="utf-8")
    section = taxonomy.split("## Indicator codes", 1)[1]
    listed = {code for row in section.splitlines() if row.startswith("| `") for code in re.findall(r"`([a-z_]+)`", row)}
    assert listed and listed <= set(CATALOGUE)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('[[rule]]\ncode = "no_such_code"\n', "no_such_code"),
        ('[[rule]]\ncode = "votes_for"\nafter = "(unclosed"\n', "does not compile"),
        ('[[rule]]\ncode = "votes_for"\nafter = "{{missing}}"\n', "missing"),
        ('[[rule]]\ncode = "votes_for"\nbefor = "x"\n', "befor"),
        (_ENTRY.replace("votes_for", "votes_against").replace("level", "amount"), "kind"),
        (_ENTRY, "defined twice"),
    ],
)
def test_a_bad_entry_is_refused_with_a_message_naming_it(extra: str, message: str) -> None:
    with pytest.raises(CatalogueError, match=re.escape(message)):
        parse_catalogue(_ENTRY + extra)


def test_a_space_in_a_pattern_matches_any_white_space() -> None:
    rule = parse_catalogue(_ENTRY + '[[rule]]\ncode = "votes_for"\nafter = "^ phiếu tán thành"\n').rules[0]
    assert rule.after is not None and rule.after.search("  phiếu\n tán  thành")


# --- codes on made-up sentences ----------------------------------------------------------------------------------


def test_votes_and_their_share() -> None:
    assert codes("Ông Lê Văn Tâm trúng cử với 45/48 phiếu đồng ý, đạt tỷ lệ 93,75%.") == [
        (45, "votes_for"),
        (93.75, "vote_share"),
    ]
    assert codes("Kết quả có 40 đại biểu tán thành, 2 đại biểu không tán thành.") == [
        (40, "votes_for"),
        (2, "votes_against"),
    ]


def test_confidence_votes_by_level() -> None:
    text = "Bà Trần Thị Mai nhận 40 phiếu tín nhiệm cao, 6 phiếu tín nhiệm và 2 phiếu tín nhiệm thấp."
    assert codes(text) == [(40, "confidence_votes_high"), (6, "confidence_votes_medium"), (2, "confidence_votes_low")]
    assert codes("HĐND tỉnh lấy phiếu tín nhiệm đối với 25 chức danh do HĐND bầu.") == [
        (25, "officials_confidence_voted")
    ]


def test_elections_of_committees_and_deputies() -> None:
    assert codes("Đại hội bầu 45 đồng chí vào Ban Chấp hành Đảng bộ huyện khóa mới.") == [
        (45, "committee_members_elected")
    ]
    assert codes("Hội nghị bầu Ban Thường vụ Huyện ủy nhiệm kỳ 2020-2025 gồm 13 người.") == [
        (13, "standing_committee_members_elected")
    ]
    assert codes("Huyện đã bầu đủ 35 đại biểu HĐND huyện, tỷ lệ cử tri đi bầu đạt 99,5%.") == [
        (35, "deputies_elected"),
        (99.5, "voter_turnout"),
    ]


def test_a_part_is_not_the_whole() -> None:
    text = "Tổng thu ngân sách đạt 500 tỷ đồng, trong đó thu nội địa 320 tỷ đồng."
    assert codes(text) == [(500e9, "budget_revenue"), (320e9, "budget_revenue_domestic")]


def test_a_code_carries_to_follow_on_clauses() -> None:
    text = "Giá trị sản xuất đạt 1.200 tỷ đồng, bằng 98% kế hoạch, tăng 5,2% so cùng kỳ."
    assert codes(text) == [(1200e9, "production_value"), (98, "production_value_vs_plan"),
                           (5.2, "production_value_growth")]  # fmt: skip
    text = "Thu ngân sách tháng 5 đạt 2,5 tỷ đồng, lũy kế đạt 21 tỷ đồng, bằng 45% dự toán."
    assert codes(text) == [(2.5e9, "budget_revenue"), (21e9, "budget_revenue"), (45, "budget_revenue_vs_plan")]
    text = "Tổng mức bán lẻ hàng hóa đạt 900 tỷ đồng (tăng 2% so tháng trước và tăng 8% so cùng kỳ)."
    assert codes(text) == [(900e9, "retail_sales"), (2, None), (8, "retail_sales_growth")]


def test_a_comparison_stops_at_a_new_clause() -> None:
    assert codes("Kim ngạch xuất khẩu đạt 30 triệu USD; du lịch tăng 4%.") == [(30e6, "export_value"), (4, None)]


def test_an_ordinal_meeting_is_no_count_of_meetings() -> None:
    assert codes("Năm nay HĐND tổ chức 4 kỳ họp.") == [(4, "council_sessions_held")]
    assert [m.value for m in extract_indicators(make_context("Chiều 12/7 kỳ họp thứ 9 bế mạc."))] in ([], [12])
    assert all(c != "council_sessions_held" for _, c in codes("Chiều 12/7 kỳ họp thứ 9 bế mạc."))


def test_the_make_up_of_a_list_of_candidates() -> None:
    text = "Về cơ cấu, danh sách ứng cử có 12 người ngoài Đảng, 30 ứng viên nữ, 9 người dưới 35 tuổi, 4 người dân tộc."
    assert codes(text) == [(12, "candidates_non_party"), (30, "candidates_women"), (9, "candidates_young"),
                           (4, "candidates_ethnic_minority")]  # fmt: skip
    # elected deputies are not candidates
    assert codes("Trong số đại biểu trúng cử có 20 người ngoài Đảng.") == [(20, None)]


def test_the_posts_of_a_committee_in_office_and_elected() -> None:
    text = "Lãnh đạo UBND tỉnh hiện nay gồm ông Trần Văn Sơn làm Chủ tịch và 4 Phó Chủ tịch."
    assert codes(text) == [(4, "deputies_in_office")]
    assert codes("Ngoài ra, UBND tỉnh còn có 9 ủy viên UBND, gồm các giám đốc sở.") == [
        (9, "committee_members_in_office")
    ]
    text = "Kỳ họp bầu bổ sung 1 Phó Chủ tịch UBND huyện và 2 Ủy viên UBND huyện."
    assert codes(text) == [(1, "officials_elected"), (2, "officials_elected")]
    text = "HĐND sẽ lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND bầu (5 lãnh đạo HĐND, 12 lãnh đạo UBND)."
    assert codes(text) == [(5, "officials_confidence_voted"), (12, "officials_confidence_voted")]


def test_a_plans_targets_tasks_and_breakthroughs() -> None:
    text = "Nghị quyết đề ra 18 chỉ tiêu kinh tế - xã hội, 6 nhiệm vụ trọng tâm và 3 khâu đột phá của nhiệm kỳ."
    assert codes(text) == [(18, "plan_targets_total"), (6, "key_tasks"), (3, "breakthrough_programmes")]
    assert codes("Huyện tập trung thực hiện 4 chương trình đột phá.") == [(4, "breakthrough_programmes")]
    assert codes("Có 15 chỉ tiêu đạt và vượt kế hoạch năm 2024.") == [(15, "plan_targets_met")]


def test_a_growth_for_another_period_keeps_its_code() -> None:
    text = "GRDP của tỉnh năm nay tăng 7,1% (cùng kỳ tăng 6,4%)."
    assert codes(text) == [(7.1, "production_value_growth"), (6.4, "production_value_growth")]

"""Reported figures: what is a figure and what is not, units, qualifiers, codes, periods and offsets."""

from __future__ import annotations

import itertools
import json
import math
import subprocess
import sys
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import RAW, ROOT, make_context, shared_path
from transforms.codes import INDICATOR_CODES, MEASURES, QUALIFIERS, UNITS
from transforms.extraction.indicators.catalogue import CATALOGUE, CODE_RULES
from transforms.extraction.indicators.extract import extract_indicators
from transforms.extraction.indicators.vocabulary import MEASURE_UNITS, QUALIFIER_WORDS
from transforms.model import DocumentContext, IndicatorMention, Sentence
from transforms.text.keys import nfc


def figures(text: str, **kwargs) -> list[IndicatorMention]:
    return extract_indicators(make_context(text, **kwargs))


def facts(text: str, **kwargs) -> list[tuple[float, str, str | None, str | None]]:
    return [(m.value, m.unit, m.indicator_code, m.qualifier) for m in figures(text, **kwargs)]


# --- counts and their codes -------------------------------------------------------------------------------------


def test_council_work_counts() -> None:
    text = (
        "Trong năm 2022, HĐND huyện đã tổ chức 2 kỳ họp thường lệ và 3 kỳ họp chuyên đề, ban hành 35 nghị quyết; "
        "tổ chức 6 cuộc giám sát, 2 cuộc khảo sát và tiếp 45 lượt công dân."
    )
    assert facts(text) == [
        (2, "count", "council_sessions_held", None),
        (3, "count", "council_thematic_sessions_held", None),
        (35, "count", "resolutions_passed", None),
        (6, "count", "supervisions_held", None),
        (2, "count", "surveys_held", None),
        (45, "count", "citizen_receptions_held", None),
    ]


def test_voter_meetings_voters_and_opinions() -> None:
    text = "Đã tổ chức 24 cuộc tiếp xúc cử tri với hơn 3.500 cử tri tham dự, tiếp nhận 210 ý kiến, kiến nghị."
    assert facts(text) == [
        (24, "count", "voter_meetings_held", None),
        (3500, "count", "voters_attended", "over"),
        (210, "count", "voter_opinions", None),
    ]


def test_party_counts() -> None:
    assert facts("Năm qua, Đảng bộ kết nạp 47 đảng viên mới.") == [(47, "count", "party_members_admitted", None)]
    assert facts("Đại hội có 210 đảng viên về dự.") == [(210, "count", "party_members_attending", None)]
    assert facts("Đại hội đã bầu 33 đồng chí vào Ban Chấp hành Đảng bộ khóa mới.") == [
        (33, "count", "committee_members_elected", None)
    ]
    assert facts("Đã ban hành 120 văn bản chỉ đạo.") == [(120, "count", "documents_issued", None)]


def test_votes_are_counted_but_not_as_attendance() -> None:
    found = figures("Kết quả, có 48/50 đại biểu có mặt tán thành, đạt 96%.")
    assert [(m.value, m.unit, m.indicator_code) for m in found] == [
        (48, "count", "votes_for"),
        (96, "percent", "vote_share"),
    ]
    assert found[0].text == "48/50 đại biểu"


def test_criteria_fractions_take_the_numerator() -> None:
    assert facts("Xã hoàn thành 17/19 tiêu chí nông thôn mới.") == [(17, "count", "new_rural_criteria_met", None)]
    assert facts("Thị xã đạt 45/59 tiêu chí đô thị loại III.") == [(45, "count", "urban_criteria_met", None)]


# --- money, areas, points -------------------------------------------------------------------------------------------


def test_budget_and_its_comparisons() -> None:
    text = (
        "Tổng thu ngân sách ước đạt 245,6 tỷ đồng, bằng 128% cùng kỳ; "
        "tổng chi ngân sách đạt 310 tỷ đồng, bằng 85% dự toán."
    )
    assert facts(text) == [
        (245.6e9, "VND", "budget_revenue", "estimated"),
        (128, "percent", "budget_revenue_vs_same_period", None),
        (310e9, "VND", "budget_expenditure", None),
        (85, "percent", "budget_expenditure_vs_plan", None),
    ]


def test_a_comparison_needs_its_figure_next_to_it() -> None:
    found = facts("Thu ngân sách đạt 34 tỷ đồng; tỷ lệ hộ nghèo giảm 2% so với cùng kỳ.")
    assert found == [(34e9, "VND", "budget_revenue", None), (2, "percent", "poverty_reduction", None)]


def test_revenue_over_plan() -> None:
    assert facts("Thu ngân sách trên địa bàn hằng năm vượt trên 12% chỉ tiêu.") == [
        (12, "percent", "budget_revenue_over_plan", "over")
    ]


def test_compound_and_magnitude_amounts() -> None:
    assert facts("Nhân dân đóng góp 41 tỷ 951 triệu đồng.") == [(41_951_000_000, "VND", None, None)]
    assert facts("Vốn đầu tư toàn xã hội đạt 1,2 nghìn tỷ đồng.") == [(1.2e12, "VND", "total_social_investment", None)]
    assert facts("Dự án có tổng vốn 50 tỷ, khởi công năm 2021.") == [(50e9, "VND", None, None)]
    assert facts("Kim ngạch xuất khẩu đạt 1,5 triệu USD.") == [(1.5e6, "USD", "export_value", None)]


def test_per_capita_and_per_hectare_values() -> None:
    text = (
        "Thu nhập bình quân đầu người đạt 52 triệu đồng/người/năm; giá trị thu trên 1 ha canh tác đạt 180 triệu đồng."
    )
    found = figures(text)
    assert [(m.value, m.unit, m.indicator_code) for m in found] == [
        (52e6, "VND", "income_per_capita"),
        (180e6, "VND", "output_value_per_ha"),
    ]
    assert found[0].text == "52 triệu đồng/người/năm"


def test_areas_and_their_codes() -> None:
    text = (
        "Diện tích gieo trồng đạt 9.500 ha; trồng rừng mới 320ha, cây ăn quả xấp xỉ 40 ha; "
        "nhân dân hiến 12 nghìn m2 đất."
    )
    assert facts(text) == [
        (9500, "ha", "planted_area", None),
        (320, "ha", "new_forest_area", None),
        (40, "ha", "fruit_tree_area", "nearly"),
        (12000, "m2", "land_donated_area", None),
    ]


def test_other_measures() -> None:
    assert facts("Làm mới 12,5 km đường giao thông.") == [(12.5, "km", None, None)]
    assert facts("Sản lượng lương thực đạt 45.000 tấn.") == [(45000, "tonne", "crop_output", None)]
    assert facts("Huy động gần 600 nghìn ngày công.") == [(600_000, "count", "workdays_mobilized", "nearly")]
    assert facts("Tổng số điểm phân loại đô thị đạt 82,5 điểm.") == [
        (82.5, "point", "urban_classification_score", None)
    ]


# --- percentages ------------------------------------------------------------------------------------------------


def test_shares_growth_and_structure() -> None:
    text = (
        "Giá trị sản xuất tăng bình quân 9,2%/năm. Cơ cấu kinh tế: Công nghiệp - xây dựng 40,5%, "
        "Nông, lâm nghiệp 20,1%, Dịch vụ 39,4%. 98% đảng viên hoàn thành tốt nhiệm vụ; "
        "100% số xã đạt chuẩn nông thôn mới."
    )
    assert facts(text) == [
        (9.2, "percent", "production_value_growth", None),
        (40.5, "percent", "economic_structure_industry", None),
        (20.1, "percent", "economic_structure_agriculture", None),
        (39.4, "percent", "economic_structure_services", None),
        (98, "percent", "share_party_members_completing_tasks", None),
        (100, "percent", "share_communes_new_rural", None),
    ]


def test_vote_share() -> None:
    found = figures("Đồng chí được bầu với 96,6% phiếu bầu.")
    assert [(m.value, m.unit, m.indicator_code) for m in found] == [(96.6, "percent", "vote_share")]
    assert found[0].indicator_label == "Tỷ lệ phiếu bầu, phiếu tán thành"  # the catalogue's label


# --- qualifiers -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        ("trên", "over"),
        ("hơn", "over"),
        ("vượt", "over"),
        ("vượt trên", "over"),
        ("dưới", "under"),
        ("gần", "nearly"),
        ("xấp xỉ", "nearly"),
        ("khoảng", "about"),
        ("chừng", "about"),
        ("ước", "estimated"),
        ("ước đạt", "estimated"),
        ("ước tính", "estimated"),
        ("tối thiểu", "at_least"),
        ("ít nhất", "at_least"),
        ("không dưới", "at_least"),
        ("tối đa", "at_most"),
        ("không quá", "at_most"),
        ("", None),
    ],
)
def test_qualifiers(words: str, qualifier: str | None) -> None:
    found = figures(f"Năm nay huyện có {words} 1.250 hộ tham gia.".replace("  ", " "))
    assert [(m.value, m.qualifier) for m in found] == [(1250, qualifier)]
    assert found[0].text.startswith(words or "1.250")


def test_out_of_is_not_over() -> None:
    found = figures("Tái đắc cử với 102/102 phiếu, chiếm 97% trên 105 đại biểu.")
    assert [(m.value, m.unit, m.qualifier) for m in found] == [
        (102, "count", None),
        (97, "percent", None),
        (105, "count", None),
    ]
    assert [(m.value, m.qualifier) for m in figures("Cuộc họp có 54 trên 59 đại biểu tham dự.")] == [(54, None)]


def test_a_per_unit_denominator_is_no_figure_and_no_qualifier() -> None:
    found = figures("Giá trị thu trên 1ha canh tác đạt 220 triệu đồng/năm.")
    assert [(m.value, m.qualifier) for m in found] == [(220e6, None)]


# --- what is never a figure -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Chiều ngày 07/5/2020, Chi bộ tổ chức Đại hội nhiệm kỳ 2020-2025.",
        "Ngày 12/5, HĐND huyện khóa XX khai mạc kỳ họp thứ 4.",
        "Trong hai ngày 13- 14/5/2020, Đảng bộ tổ chức Đại hội lần thứ XVI.",
        "Thực hiện Nghị quyết số 02-NQ/TU ngày 12/5/2017 của BCH Đảng bộ tỉnh.",
        "Thực hiện Chỉ thị 05- CT/TW của Bộ Chính trị và Đề án số 15 của Huyện ủy.",
        "Công bố Quyết định số 439 – QĐNS/TW ngày 6/2/2017 của Ban Bí thư.",
        "Ông Nguyễn Văn B, 45 tuổi, số điện thoại 0912.345.678, ở số 12 đường Lê Lợi.",
        "Trong 5 năm qua, HĐND 3 cấp đã có nhiều đổi mới.",
        "Nhiệm vụ 3 tháng cuối năm 2020 còn nặng nề; Hội nghị lần thứ 2 diễn ra trong 2 ngày.",
        "Thực hiện Nghị quyết Trung ương 4 khóa XII, năm 2016.",
        "Từ 25% - 35% đối với xe chạy xăng.",
        "Có trên 2/3 đại biểu tán thành.",
        "Ảnh IMG_7289_0.jpg và Thống kê: 1.281.540",
        "Đường 3/2, khu phố 5, lúc 14h30.",
        "Sáng 12/5 tổ chức hội nghị tại hội trường.",
        "Năm 2011 Người dân phấn khởi.",
        "Nếu không trích lập dự phòng thì lợi nhuận cũng phải 3.000 tỷ đồng.",
        "Căn cứ điều 104, 105 Luật Tổ chức chính quyền địa phương.",
        "Chiều 12/12, các đại biểu bỏ phiếu tín nhiệm tại kỳ họp.",
    ],
)
def test_never_a_figure(sentence: str) -> None:
    assert figures(sentence) == []


def test_title_line_numbers_are_not_figures() -> None:
    text = "Huyện tổ chức 15 cuộc giám sát năm 2022\n\nNăm 2022, HĐND huyện tổ chức 15 cuộc giám sát."
    found = figures(text, title="Huyện tổ chức 15 cuộc giám sát năm 2022")
    assert len(found) == 1 and found[0].char_start > text.index("\n")


def measures(text: str, **kwargs) -> list[tuple[float, str]]:
    return [(m.value, m.measure) for m in figures(text, **kwargs)]


def test_a_figure_after_a_future_year_is_a_target() -> None:
    published = datetime(2021, 3, 1)
    assert measures("Đến năm 2025, 90% số xã đạt chuẩn nông thôn mới.", published_at=published) == [(90, "target")]
    assert measures("Đến năm 2020, 90% số xã đạt chuẩn nông thôn mới.", published_at=published) == [(90, "actual")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Phấn đấu 100% chi bộ hoàn thành tốt nhiệm vụ, 95% đảng viên hoàn thành nhiệm vụ.",
         [(100, "target"), (95, "target")]),
        ("Các chỉ tiêu chủ yếu năm tới như: thu ngân sách 52 tỷ đồng, tăng 8%.", [(52e9, "target"), (8, "target")]),
        ("Mục tiêu đến cuối nhiệm kỳ có 12 xã đạt chuẩn, đến nay đã có 9 xã đạt chuẩn.",
         [(12, "target"), (9, "actual")]),
        ("Kỳ họp sẽ xem xét 6 tờ trình và 3 báo cáo.", [(6, "target"), (3, "target")]),
        ("Huyện có kế hoạch di dời 240 hộ dân ra khỏi vùng sạt lở.", [(240, "target")]),
        ("Tỉnh đồng ý hỗ trợ thêm cho xã 15 tỷ đồng, 3 tỷ còn lại xã tự cân đối.", [(15e9, "target"), (3e9, "target")]),
        ("Chủ tịch yêu cầu các đơn vị phải thực hiện 7 giải pháp khắc phục.", [(7, "target")]),
        ("Nghị quyết đại hội xác định 4 khâu đột phá.", [(4, "target")]),
        ("Dự kiến tổng vốn đầu tư khoảng 300 tỷ đồng.", [(300e9, "target")]),
        ("Năm 2023 thu ngân sách đạt 40 tỷ đồng; năm tới sẽ thu 45 tỷ đồng.", [(40e9, "actual"), (45e9, "target")]),
    ],
)  # fmt: skip
def test_targets_plans_directives_and_commitments_are_figures_with_measure_target(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert measures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a request to be told about a fact: the fact is reported
        ("Đại biểu đề nghị Giám đốc Sở thông tin về việc công ty bị xử phạt hơn 2 tỷ đồng.", [(2e9, "actual")]),
        # a proposal for awards, which the meeting agreed on: the awards are reported
        ("Hội đồng thống nhất đề nghị tặng bằng khen cho 35 cá nhân và 12 tập thể.", [(35, "actual"), (12, "actual")]),
        # a target named as the measure of a result
        ("Tăng trưởng đạt 6,5%, đạt mục tiêu đề ra; thu nhập bình quân đạt 48 triệu đồng.",
         [(6.5, "actual"), (48e6, "actual")]),
        # the things that must be done, counted
        ("Tổng số vụ việc phải giải quyết là 320 vụ.", [(320, "actual")]),
    ],
)  # fmt: skip
def test_what_only_looks_like_a_target_is_reported_as_actual(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert measures(sentence) == expected


def test_the_items_of_a_list_of_targets_are_targets() -> None:
    text = (
        "Một số chỉ tiêu chủ yếu của Đảng bộ huyện nhiệm kỳ 2020-2025:\n"
        "- Thu nhập bình quân đầu người đến cuối nhiệm kỳ đạt 65 triệu đồng.\n"
        "- Tỷ lệ hộ nghèo giảm còn dưới 2%.\n"
        "Nhiệm kỳ qua, huyện đã có 9 xã đạt chuẩn nông thôn mới."
    )
    assert measures(text) == [(65e6, "target"), (2, "target"), (9, "actual")]


def test_a_supposed_figure_is_no_figure() -> None:
    assert figures("Nếu được bổ sung vốn thì huyện sẽ làm thêm 12 km đường.") == []


# --- periods, labels and offsets ----------------------------------------------------------------------------------


def test_period_of_the_sentence_or_of_the_paragraph() -> None:
    text = (
        "Trong 9 tháng đầu năm, kinh tế gặp khó khăn. Tổng diện tích gieo trồng đạt trên 11.800ha.\n"
        "Quý I/2021, tổng thu ngân sách đạt 50 tỷ đồng."
    )
    found = figures(text, published_at=datetime(2020, 10, 1))
    assert [(m.period_label, m.period_start, m.period_end) for m in found] == [
        ("9 tháng đầu năm", datetime(2020, 1, 1).date(), datetime(2020, 9, 30).date()),
        ("Quý I/2021", datetime(2021, 1, 1).date(), datetime(2021, 3, 31).date()),
    ]


def test_carried_period_is_the_paragraphs_framing_one() -> None:
    text = (
        "Trong 9 tháng đầu năm, kinh tế của huyện gặp khó khăn. "
        "Xã Tân An hoàn thành 19/19 tiêu chí nông thôn mới ngay trong 6 tháng đầu năm; xã Bình An đạt 15 tiêu chí. "
        "Tổng thu ngân sách đạt 30 tỷ đồng."
    )
    found = figures(text, published_at=datetime(2020, 10, 1))
    assert [(m.value, m.period_label) for m in found] == [
        (19, "6 tháng đầu năm"),
        (15, "9 tháng đầu năm"),
        (30e9, "9 tháng đầu năm"),
    ]
    assert found[-1].period_end == datetime(2020, 9, 30).date()


def test_a_period_without_its_year_takes_the_texts_year_when_the_date_is_unknown() -> None:
    text = "Chiều ngày 07/5/2020, huyện họp. Trong 6 tháng đầu năm, tổng thu ngân sách đạt 30 tỷ đồng."
    (found,) = figures(text)
    assert (found.period_start, found.period_end) == (datetime(2020, 1, 1).date(), datetime(2020, 6, 30).date())
    # but only a publication year tells a target year: an inferred one does not drop figures
    assert len(figures("Ngày 4/11/2011 ban hành quy hoạch. Đến năm 2016 có trên 5.020 lao động.")) == 1


def test_the_past_term_is_dated() -> None:
    text = "Đại hội nhiệm kỳ 2020-2025. Nhiệm kỳ qua, Đảng bộ kết nạp 32 đảng viên."
    (found,) = figures(text)
    assert (found.period_label, found.period_start) == ("Nhiệm kỳ qua", datetime(2015, 1, 1).date())


def test_spaced_vote_counts() -> None:
    assert facts("Ông A được bầu với số phiếu 3 9/4 0.") == [(39, "count", "votes_for", None)]
    assert [(m.value, m.text) for m in figures("đạt 100% (7 7/7 7 phiếu).")] == [(100, "100%"), (77, "7 7/7 7 phiếu")]
    assert all(m.value != 12 for m in figures("Ngày 1 2/3 4 tổ chức"))  # no votes spoken of


def test_zero_and_link_lines_are_not_figures() -> None:
    assert figures("HĐND có quyền thu phí mức 0 đồng.") == []
    text = "Kỳ họp thông qua 12 nghị quyết.\n> > Xem thêm: 105 đại biểu HĐND thành phố\nXem thêm: 22 Ủy viên UBND"
    assert facts(text) == [(12, "count", "resolutions_passed", None)]


def test_plans_obligations_and_totals_of_other_figures() -> None:
    found = figures("Trong 6 tháng cuối năm phải tăng từ 9,5% trở lên.")
    assert [(m.value, m.qualifier, m.measure, m.text) for m in found] == [(9.5, "at_least", "target", "từ 9,5%")]
    assert measures("Theo quy hoạch đến năm 2020 tỉnh có 50 cụm công nghiệp, tổng diện tích 920,4ha.") == [
        (50, "target"),
        (920.4, "target"),
    ]
    text = "Năm 2010 có 476.157 ha đất nông nghiệp, điều chỉnh đến năm 2020 có 473.449 ha."
    assert measures(text) == [(476157, "actual"), (473449, "target")]
    assert [m.value for m in figures("Đã tăng gần 2.000 người (trên tổng số 10.000 người).")] == [2000]


def test_a_stated_total_and_more_counted_nouns() -> None:
    text = "Tổng số cấp ủy viên được bầu là 3.504, trong đó có 61 bí thư và 273 tiến sĩ."
    assert [(m.value, m.unit) for m in figures(text)] == [(3504, "count"), (61, "count"), (273, "count")]
    assert figures("Tổng số đại biểu là 2020.") == []  # a year-like bare number stays out
    assert [m.unit for m in figures("Tổng số vốn là 50 tỷ, tăng.")] == ["VND"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Đoàn kiểm tra chỉ ra 6 nội dung vi phạm và 4 khuyết điểm.", [(6, "nội dung"), (4, "khuyết điểm")]),
        ("Hội nghị thống nhất 3 khâu đột phá và 8 nhóm giải pháp.", [(3, "khâu đột phá"), (8, "nhóm giải pháp")]),
        ("Cử tri nêu 14 đề xuất về giao thông nông thôn.", [(14, "đề xuất")]),
        ("Bộ phận một cửa đã tiếp nhận 213 bộ hồ sơ đất đai.", [(213, "bộ hồ sơ đất đai")]),
        ("Mặt trận trao 40 căn nhà đại đoàn kết và 25 chiếc xe lăn.", [(40, "căn nhà"), (25, "chiếc xe lăn")]),
    ],
)  # fmt: skip
def test_counted_nouns_of_work_items_and_classifiers(sentence: str, expected: list[tuple[float, str]]) -> None:
    found = figures(sentence)
    assert [m.value for m in found] == [value for value, _ in expected]
    assert all(noun in m.text for m, (_, noun) in zip(found, expected, strict=True))  # the noun is what is counted
    assert all(m.unit == "count" for m in found)


def test_a_vote_fraction_without_its_noun_is_a_count() -> None:
    found = figures("Ông Lê Văn Ba được bầu với số phiếu tuyệt đối 45/45 (100%).")
    assert [(m.value, m.unit, m.text) for m in found] == [(45, "count", "45/45"), (100, "percent", "100%")]
    assert figures("Sáng 14/12, kỳ họp biểu quyết thông qua tờ trình.") == []  # a day and month, not votes
    assert figures("Có 4/10 hộ tán thành.")[0].value == 4  # a noun after it: counted as ever


def test_magnitudes_without_dong_in_a_sentence_about_money() -> None:
    text = "Nợ đọng xây dựng cơ bản tăng từ 80 tỷ đồng lên 130 tỷ chỉ sau 2 năm; 20 tỷ còn lại huyện tự lo."
    assert [(m.value, m.unit) for m in figures(text)] == [(80e9, "VND"), (130e9, "VND"), (20e9, "VND")]
    assert [(m.value, m.unit) for m in figures("Công ty đưa 60 triệu cổ phiếu lên sàn.")] == []


def test_a_decimal_with_a_spaced_comma() -> None:
    found = figures("Bình quân mỗi xã đạt 16, 75 tiêu chí nông thôn mới.")
    assert [(m.value, m.unit, m.text) for m in found] == [(16.75, "count", "16, 75 tiêu chí")]
    assert [m.value for m in figures("Tổng mức đầu tư lên tới 52, 4 tỷ đồng.")] == [52.4e9]
    assert [m.value for m in figures("Học sinh đạt 8, 9 điểm trở lên được khen.")] != [8.9]  # 8 or 9: a list
    # no verb leads to "3, 13": a level's number, then a count
    assert [m.value for m in figures("Tỉnh cung cấp 808 dịch vụ công mức độ 3, 13 dịch vụ công mức độ 4.")] == [808, 13]


def test_comrade_abbreviated_is_counted_not_money() -> None:
    assert [(m.value, m.unit) for m in figures("Tại đại hội có 2 đ/c vắng mặt vì ốm.")] == [(2, "count")]


def test_labels_are_whole_words() -> None:
    found = figures("Nhà máy xử lý rác thải sinh hoạt có tổng mức đầu tư dự kiến hơn 900 tỷ đồng.")
    assert [m.indicator_label for m in found] == [CATALOGUE[found[0].indicator_code].label_vi]  # coded: the catalogue's
    found = figures("Đoàn kiểm tra chỉ ra 6 nội dung vi phạm.")
    assert [m.indicator_label for m in found] == ["chỉ ra nội dung vi phạm"]  # whole words: not "tra chỉ ra ..."
    found = figures("Tỷ lệ hộ nghèo của hai xã lần lượt là 4,25% và 3,6%.")
    assert len(found) == 2 and found[0].indicator_label == found[1].indicator_label  # the second takes the first's


def test_labels_are_the_catalogues_where_a_code_fits() -> None:
    found = figures("Tổng thu ngân sách đạt 34 tỷ đồng, bằng 135% cùng kỳ; tổ chức 49 cuộc giám sát.")
    assert [m.indicator_label for m in found] == [
        "Thu ngân sách",
        "Thu ngân sách so với cùng kỳ",
        "Cuộc giám sát",
    ]


def test_labels_without_a_code_are_the_phrase_that_states_the_figure() -> None:
    found = figures("Tại hội nghị, 12 tập thể tiêu biểu được tuyên dương; xã đã làm mới 3 cây cầu dân sinh.")
    assert [(m.indicator_code, m.indicator_label) for m in found] == [
        (None, "tập thể tiêu biểu được tuyên dương"),
        (None, "làm mới cây cầu dân sinh"),
    ]


def test_old_tone_spelling_keeps_offsets_and_text() -> None:
    text = "Thị uỷ đã tổ chức 12 cuộc giám sát và hơn 20 hội nghị."
    found = figures(text)
    assert [(m.text, m.indicator_code) for m in found] == [
        ("12 cuộc giám sát", "supervisions_held"),
        ("hơn 20 hội nghị", None),
    ]
    assert all(text[m.char_start : m.char_end] == m.text for m in found)


def test_sentences_fall_back_to_lines() -> None:
    text = "Tổ chức 3 kỳ họp.\nBan hành 20 nghị quyết."
    found = extract_indicators(DocumentContext(clean_text=text, sentences=()))
    assert [(m.value, m.sentence_start, m.sentence_end) for m in found] == [(3, 0, 17), (20, 18, len(text))]


# --- the seed articles --------------------------------------------------------------------------------------------

# A few figures per seed, as (value, unit, code, qualifier), and numbers that must not be read as figures.
SEED_FIGURES = {
    "000_7a80510609716b7c": (
        {
            (13, "count", "council_sessions_held", None),
            (83, "count", "resolutions_passed", None),
            (1800, "count", "voter_meetings_held", "over"),
            (128000, "count", "voters_attended", "over"),
            (13000, "count", "voter_opinions", "over"),
            (100, "percent", "share_party_members_completing_tasks", None),
        },
        {2020, 2025, 2015, 7, 3, 7289},
    ),
    "001_c6919bca00d5da6a": (
        {
            (11800, "ha", "planted_area", "over"),
            (76, "ha", "fruit_tree_area", "nearly"),
            (19, "count", "new_rural_criteria_met", None),
            (34e9, "VND", "budget_revenue", None),
            (135, "percent", "budget_revenue_vs_same_period", None),
            (90, "percent", "budget_expenditure_vs_plan", None),
        },
        {2, 9, 15, 6, 2020},
    ),
    "002_15333318591f4556": (
        {
            (157, "count", "party_members_attending", None),
            (11.63, "percent", "production_value_growth", None),
            (45.9, "percent", "economic_structure_industry", None),
            (10, "percent", "budget_revenue_over_plan", "over"),
            (75e6, "VND", "income_per_capita", "estimated"),
            (32, "count", "party_members_admitted", None),
            (15, "count", "committee_members_elected", None),
        },
        {1, 5, 4, 25, 2020, 13, 14},
    ),
    "003_4dbf0cd97c90c73c": (
        {
            (5, "count", "council_sessions_held", None),
            (3, "count", "council_thematic_sessions_held", None),
            (46, "count", "council_sessions_held", None),
            (177, "count", "supervisions_held", None),
            (3, "count", "surveys_held", None),
        },
        {20, 15, 2022, 2023},
    ),
    "004_d04be4df1517faf1": (
        {
            (180, "count", "documents_issued", None),
            (143, "count", "citizen_receptions_held", None),
            (18000, "m2", "land_donated_area", "over"),
            (528000, "count", "workdays_mobilized", "nearly"),
            (4950e9, "VND", "total_social_investment", "over"),
            (50, "count", "urban_criteria_met", None),
            (73.95, "point", "urban_classification_score", None),
            (8.7, "percent", "production_value_growth", None),
        },
        {1281540, 57, 2, 2017, 12},
    ),
}


def _seed_context(source_id: str) -> DocumentContext:
    raw = (RAW / f"{source_id}.txt").read_text(encoding="utf-8")
    first_line = next((line for line in raw.split("\n") if line.strip()), None)
    return make_context(raw, title=first_line)


@pytest.mark.parametrize("source_id", sorted(SEED_FIGURES))
def test_seed_figures(source_id: str) -> None:
    expected, never = SEED_FIGURES[source_id]
    found = extract_indicators(_seed_context(source_id))
    got = {(m.value, m.unit, m.indicator_code, m.qualifier) for m in found}
    missing = {e for e in expected if not any(_same(e, g) for g in got)}
    assert not missing
    assert not {m.value for m in found} & never


def _same(a: tuple, b: tuple) -> bool:
    return math.isclose(a[0], b[0], rel_tol=0.005) and a[1:] == b[1:]


def test_seeds_against_the_shared_gold() -> None:
    """Precision and recall on the seeds, matched as the warehouse scorer does (value within 0.5% and unit). The
    seeds' gold lists reported results only (it was written before targets were figures), so targets are left out."""
    gold_path = shared_path("gold", "seeds.jsonl")
    tp = fp = fn = code_ok = code_all = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        if not (RAW / f"{gold['source_id']}.txt").exists():
            continue
        left = [m for m in extract_indicators(_seed_context(gold["source_id"])) if m.measure == "actual"]
        for g in sorted(gold["indicators"], key=lambda g: g.get("optional", False)):
            hit = next(
                (p for p in left if math.isclose(p.value, g["value"], rel_tol=0.005) and p.unit == g["unit"]), None
            )
            if hit is None:
                fn += 0 if g.get("optional") else 1
                continue
            left.remove(hit)
            if not g.get("optional"):
                tp += 1
                if g.get("code"):
                    code_all += 1
                    code_ok += hit.indicator_code == g["code"]
        fp += len(left)
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.95
    assert code_ok / code_all >= 0.9


def test_rules_use_only_taxonomy_codes() -> None:
    assert {rule.code for rule in CODE_RULES} <= set(INDICATOR_CODES)
    assert {unit for unit, _, _ in MEASURE_UNITS} <= UNITS
    assert {qualifier for _, qualifier in QUALIFIER_WORDS} <= QUALIFIERS
    assert {"at_least", "at_most"} <= QUALIFIERS


# --- invariants ---------------------------------------------------------------------------------------------------

_WORDS = [
    "đạt", "trên", "hơn", "gần", "khoảng", "ước đạt", "vượt", "dưới", "tỷ", "triệu", "nghìn", "đồng", "%", "ha", "m2",
    "km", "tấn", "điểm", "cuộc giám sát", "kỳ họp", "nghị quyết", "cử tri", "đảng viên", "tiêu chí", "năm", "tháng",
    "ngày", "số", "thứ", "khóa", "nhiệm kỳ", "quý", "thu ngân sách", "bằng", "cùng kỳ", "dự toán", "Phấn đấu", "/",
    "-", ",", ".", ";", ":", "\n", "(", ")", "Uỷ", "hoá", "1.800", "11,63", "3.5", "02", "19/19", "2020", "07/5/2020",
    "41 tỷ 951 triệu", "9" * 30, "0,5", "1", "100",
]  # fmt: skip


@st.composite
def _documents(draw: st.DrawFn) -> DocumentContext:
    parts = draw(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=6)), max_size=40))
    text = nfc(" ".join(parts))
    cuts = sorted({0, len(text), *draw(st.lists(st.integers(min_value=0, max_value=len(text)), max_size=6))})
    sentences = tuple(Sentence(a, b) for a, b in itertools.pairwise(cuts) if a < b)
    title = draw(st.one_of(st.none(), st.just(text.split("\n", 1)[0])))
    return DocumentContext(clean_text=text, sentences=sentences, title=title)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_documents())
def test_extract_indicators_invariants(ctx: DocumentContext) -> None:
    for m in extract_indicators(ctx):
        assert math.isfinite(m.value)
        assert 0 <= m.sentence_start <= m.char_start < m.char_end <= m.sentence_end <= len(ctx.clean_text)
        assert ctx.clean_text[m.char_start : m.char_end] == m.text
        assert m.text in ctx.clean_text[m.sentence_start : m.sentence_end]
        assert m.unit in UNITS
        assert m.qualifier is None or m.qualifier in QUALIFIERS
        assert m.measure in MEASURES
        assert m.indicator_code is None or m.indicator_code in INDICATOR_CODES
        assert m.indicator_label.strip()
        assert m.period_start is None or m.period_end is None or m.period_start <= m.period_end


@given(st.text(max_size=200))
def test_extract_indicators_never_raises_on_any_text(text: str) -> None:
    ctx = DocumentContext(clean_text=text, sentences=(Sentence(0, len(text)),) if text else ())
    for m in extract_indicators(ctx):
        assert text[m.char_start : m.char_end] == m.text


def test_labels_in_whole_words_from_many_threads_at_once() -> None:
    """underthesea loads its word model on first use, unsafely: the first calls from several threads at once must
    still all succeed (a fresh interpreter, so the model is not loaded yet)."""
    code = (
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from transforms.extraction.indicators.words import last_words\n"
        "texts = [f'Nhà máy xử lý rác thải có tổng mức đầu tư dự kiến số {i}' for i in range(64)]\n"
        "with ThreadPoolExecutor(8) as pool:\n"
        "    print(sum(1 for w in pool.map(lambda t: last_words(t, 6), texts) if w))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "64"

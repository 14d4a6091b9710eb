"""The period a reported figure covers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.extraction.indicators.periods import (
    find_period,
    find_periods,
    framing_period,
    period_at,
    pick_period,
)
from transforms.extraction.indicators.text_years import resolve_past_term, text_year


@pytest.mark.parametrize(
    ("sentence", "default_year", "expected"),
    [
        (
            "9 tháng đầu năm 2020, thu ngân sách đạt 34 tỷ",
            None,
            ("9 tháng đầu năm 2020", date(2020, 1, 1), date(2020, 9, 30)),
        ),
        ("Trong 6 tháng đầu năm, huyện đã", 2021, ("6 tháng đầu năm", date(2021, 1, 1), date(2021, 6, 30))),
        ("nhiệm vụ 3 tháng cuối năm 2020", None, ("3 tháng cuối năm 2020", date(2020, 10, 1), date(2020, 12, 31))),
        ("trong nhiệm kỳ 2015-2020 đã", None, ("nhiệm kỳ 2015-2020", date(2015, 1, 1), date(2020, 12, 31))),
        ("nhiệm kỳ 2020 – 2025", None, ("nhiệm kỳ 2020 – 2025", date(2020, 1, 1), date(2025, 12, 31))),
        ("giai đoạn 2016 - 2020", None, ("giai đoạn 2016 - 2020", date(2016, 1, 1), date(2020, 12, 31))),
        ("Trong năm 2022, HĐND huyện", None, ("năm 2022", date(2022, 1, 1), date(2022, 12, 31))),
        ("quý I/2021 thu ngân sách", None, ("quý I/2021", date(2021, 1, 1), date(2021, 3, 31))),
        ("Quý IV năm 2019", None, ("Quý IV năm 2019", date(2019, 10, 1), date(2019, 12, 31))),
        ("trong quý 3", 2022, ("quý 3", date(2022, 7, 1), date(2022, 9, 30))),
        ("tháng 5/2020 đã", None, ("tháng 5/2020", date(2020, 5, 1), date(2020, 5, 31))),
        ("từ đầu năm đến nay", 2023, ("từ đầu năm đến nay", date(2023, 1, 1), None)),
        ("Trong 5 năm qua, kết nạp 32 quần chúng", 2020, ("5 năm qua", None, None)),
        ("Nhiệm kỳ qua, Đảng bộ", None, ("Nhiệm kỳ qua", None, None)),
        ("6 tháng  đầu năm", None, ("6 tháng đầu năm", None, None)),  # no year known: a label only
        ("tháng 2 năm 2020", None, ("tháng 2 năm 2020", date(2020, 2, 1), date(2020, 2, 29))),
    ],
)
def test_find_period(sentence: str, default_year: int | None, expected: tuple) -> None:
    assert find_period(sentence, default_year) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "tăng 8% so với cùng kỳ năm 2019",  # the base of a comparison
        "Ngày 07/5/2020, Chi bộ tổ chức Đại hội",  # a date is not a period
        "Nghị quyết số 02-NQ/TU ngày 12/5/2017",
        "đã tổ chức 13 kỳ họp",
        "",
    ],
)
def test_no_period(sentence: str) -> None:
    assert find_period(sentence, 2020) == (None, None, None)


def test_old_tone_spelling_of_quarter() -> None:
    assert find_period("qúy II/2022")[1:] == (date(2022, 4, 1), date(2022, 6, 30))


def test_nearest_period_before_the_figure_wins() -> None:
    sentence = "Năm 2021 thu 30 tỷ đồng, 6 tháng đầu năm 2022 thu 20 tỷ đồng"
    assert find_period(sentence, None, sentence.index("30"))[0] == "Năm 2021"
    assert find_period(sentence, None, sentence.index("20 tỷ"))[0] == "6 tháng đầu năm 2022"
    later = "Thu 20 tỷ đồng trong 9 tháng đầu năm 2020"
    assert find_period(later, None, 4)[0] == "9 tháng đầu năm 2020"


def test_find_periods_lists_each_once_in_order() -> None:
    found = find_periods("Trong 5 năm qua và năm 2022, quý I/2023")
    assert [p[0] for _, _, p in found] == ["5 năm qua", "năm 2022", "quý I/2023"]
    assert pick_period([]) == (None, None, None)


@given(st.text(max_size=60), st.one_of(st.none(), st.integers(min_value=1900, max_value=2100)))
def test_find_period_never_raises(sentence: str, year: int | None) -> None:
    label, start, end = find_period(sentence, year, len(sentence) // 2)
    assert label is None or label.strip()
    assert start is None or end is None or start <= end


@given(st.integers(min_value=1, max_value=11), st.integers(min_value=1900, max_value=2099))
def test_first_months_end_on_the_last_day(n: int, year: int) -> None:
    _, start, end = find_period(f"{n} tháng đầu năm {year}")
    assert start == date(year, 1, 1)
    assert end is not None and end.month == n and (end.replace(day=28) <= end)


def test_a_period_said_in_another_clause_does_not_leak() -> None:
    s = "Trong năm 2022, xã A thu 5 tỷ đồng; xã B đạt 19/19 tiêu chí ngay trong 6 tháng đầu năm; xã C chi 7 tỷ đồng"
    periods = find_periods(s)
    assert period_at(s, periods, s.index("5 tỷ"))[0] == "năm 2022"
    assert period_at(s, periods, s.index("19/19"))[0] == "6 tháng đầu năm"
    assert period_at(s, periods, s.index("7 tỷ"))[0] == "năm 2022"  # the opening frames the sentence
    s = "Xã B đạt 19 tiêu chí trong 6 tháng đầu năm; xã C chi 7 tỷ đồng"
    assert period_at(s, find_periods(s), s.index("7 tỷ")) == (None, None, None)


def test_only_an_opening_period_frames_the_next_sentences() -> None:
    assert framing_period("Trong 9 tháng đầu năm, kinh tế của huyện gặp khó khăn", 2020)[1:] == (
        date(2020, 1, 1),
        date(2020, 9, 30),
    )
    assert framing_period("Năm 2022, HĐND huyện tổ chức 5 kỳ họp")[0] == "Năm 2022"
    assert framing_period("Xã A hoàn thành 19/19 tiêu chí ngay trong 6 tháng đầu năm", 2020) == (None, None, None)
    assert framing_period("Hội nghị thông qua báo cáo 9 tháng đầu năm 2020") == (None, None, None)


def test_text_year_prefers_its_latest_full_date_then_its_most_named_year() -> None:
    assert text_year("Quyết định ngày 12/5/2011; sáng ngày 07/5/2020 Đại hội khai mạc") == 2020
    assert text_year("ngày 5 tháng 3 năm 2019, họp") == 2019
    assert text_year("Ông A sinh năm 1960. Nhiệm vụ năm 2020 và 3 tháng cuối năm 2020; năm 2021") == 2020
    assert text_year("tăng so với cùng kỳ năm 2019, năm 2020") == 2020
    assert text_year("Ngày 15/9, hội nghị") is None


def test_past_term_is_dated_by_the_current_term_of_the_text() -> None:
    text = "Đại hội Chi bộ nhiệm kỳ 2020-2025. Nhiệm kỳ qua, chi bộ kết nạp 5 đảng viên."
    assert resolve_past_term(("Nhiệm kỳ qua", None, None), text, 2020) == (
        "Nhiệm kỳ qua",
        date(2015, 1, 1),
        date(2020, 12, 31),
    )
    # a term that has not begun by the year is not the current one
    assert resolve_past_term(("nhiệm kỳ qua", None, None), text, 2018) == ("nhiệm kỳ qua", None, None)
    assert resolve_past_term(("năm 2022", date(2022, 1, 1), date(2022, 12, 31)), text, 2022)[0] == "năm 2022"

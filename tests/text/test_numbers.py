"""Vietnamese number parsing: digit formats, number words, magnitude words and compound amounts."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.text.numbers import AMOUNT_RE, apply_magnitude, magnitude_factor, parse_amount, parse_vietnamese_number
from transforms.text.ordinals import parse_number_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.800", 1800),
        ("11,63", 11.63),
        ("1.281.540", 1281540),
        ("4950", 4950),
        ("02", 2),
        ("73,95", 73.95),
        ("1,5", 1.5),
        ("3.5", 3.5),  # a single "." before other than three digits: a decimal point in sloppy text
        ("12.75", 12.75),
        ("128.000", 128000),  # "." before three digits groups thousands
        ("1.234,5", 1234.5),
        ("1,281,540", 1281540),  # two or more comma groups can only be thousands
        (" 45 ", 45),
        ("0", 0),
    ],
)
def test_parse_vietnamese_number_formats(text: str, expected: float) -> None:
    assert parse_vietnamese_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text", ["", "  ", "12/5", "1.2.3", "07/5/2020", "2015-2020", "abc", "1,2,3", "1.23.456", "5%"]
)
def test_parse_vietnamese_number_rejects_non_numbers(text: str) -> None:
    assert parse_vietnamese_number(text) is None


def test_parse_vietnamese_number_rejects_non_ascii_digits_and_overflow() -> None:
    assert parse_vietnamese_number("٣") is None
    assert parse_vietnamese_number("9" * 400) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("hai", 2), ("Ba", 3), ("mười", 10), ("mười lăm", 15), ("hai mươi", 20), ("ba mươi mốt", 31), ("bảy", 7)],
)
def test_number_words(text: str, expected: int) -> None:
    assert parse_number_words(text) == expected
    assert parse_vietnamese_number(text) == expected


@pytest.mark.parametrize("text", ["hai ngày", "một số", "mười mươi", "", "trăm"])
def test_number_words_reject_phrases(text: str) -> None:
    assert parse_number_words(text) is None


@pytest.mark.parametrize(
    ("value", "words", "expected"),
    [
        (18, "nghìn", 18_000),
        (528, "ngàn", 528_000),
        (220, "triệu", 220_000_000),
        (34, "tỷ", 34_000_000_000),
        (34, "tỉ", 34_000_000_000),
        (1.2, "nghìn tỷ", 1_200_000_000_000),
        (5, "", 5),
        (5, ["Triệu"], 5_000_000),
    ],
)
def test_apply_magnitude(value: float, words: str | list[str], expected: float) -> None:
    assert apply_magnitude(value, words) == pytest.approx(expected)


def test_magnitude_words_ignore_rate_and_share() -> None:
    assert magnitude_factor("tỷ lệ") == 1.0
    assert magnitude_factor("tỷ trọng") == 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("41 tỷ 951 triệu", 41_951_000_000),
        ("960 tỷ 533 triệu", 960_533_000_000),
        ("126 tỷ 090 triệu", 126_090_000_000),
        ("1 tỷ 200 triệu 500 nghìn", 1_200_500_000),
        ("34 tỷ", 34_000_000_000),
        ("4950 tỷ", 4_950_000_000_000),
        ("1,5 nghìn tỷ", 1_500_000_000_000),
        ("18 nghìn", 18_000),
        ("1.800", 1800),
    ],
)
def test_parse_amount(text: str, expected: float) -> None:
    assert parse_amount(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["5 triệu 3 tỷ", "tỷ", "", "hai tỷ", "3 tỷ lệ"])
def test_parse_amount_rejects(text: str) -> None:
    assert parse_amount(text) is None


def test_amount_pattern_takes_compound_amounts_whole() -> None:
    m = AMOUNT_RE.match("41 tỷ 951 triệu đồng")
    assert m is not None and m.group(0) == "41 tỷ 951 triệu"
    m = AMOUNT_RE.match("5 tỷ lệ")
    assert m is not None and m.group(0) == "5"


_NUMBERISH = st.text(alphabet="0123456789.,/ -tỷriệuệnghìn%", max_size=30)


@given(_NUMBERISH)
def test_parse_vietnamese_number_never_raises(s: str) -> None:
    value = parse_vietnamese_number(s)
    assert value is None or math.isfinite(value)


@given(st.text(max_size=40))
def test_parsers_never_raise_on_any_text(s: str) -> None:
    for value in (parse_vietnamese_number(s), parse_amount(s)):
        assert value is None or math.isfinite(value)
    assert parse_number_words(s) is None or parse_number_words(s) >= 0


@given(st.integers(min_value=0, max_value=10**12))
def test_thousands_grouping_round_trips(n: int) -> None:
    grouped = f"{n:,}".replace(",", ".")
    assert parse_vietnamese_number(grouped) == n

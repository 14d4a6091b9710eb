"""Ordinals in digits, Roman numerals and Vietnamese words, and Roman numerals both ways."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.text.ordinals import parse_number_words, parse_ordinal, parse_roman, roman


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2", 2),
        ("thứ 12", 12),
        ("lần thứ 2", 2),
        ("kỳ họp thứ 15", 15),
        ("XVI", 16),
        ("XXII", 22),
        ("IV", 4),
        ("lần thứ XIII", 13),
        ("xxiv", 24),
        ("thứ nhất", 1),
        ("thứ hai", 2),
        ("thứ tư", 4),
        ("Tám", 8),
        ("thứ mười", 10),
        ("thứ mười hai", 12),
        ("thứ mười lăm", 15),
        ("thứ hai mươi", 20),
        ("thứ hai mươi mốt", 21),
        ("thứ ba mươi tư", 34),
        ("đầu tiên", 1),
        ("Thứ Năm", 5),
    ],
)
def test_parse_ordinal(text: str, expected: int) -> None:
    assert parse_ordinal(text) == expected


@pytest.mark.parametrize("text", ["", "thứ", "IIII", "VV", "abc", "thứ 0", "hai chín ba", "mười mười", "2020a"])
def test_parse_ordinal_rejects_what_is_not_a_number(text: str) -> None:
    assert parse_ordinal(text) is None


def test_roman_and_parse_roman() -> None:
    assert [roman(n) for n in (1, 4, 9, 14, 16, 22, 24, 40, 90, 2024)] == [
        "I", "IV", "IX", "XIV", "XVI", "XXII", "XXIV", "XL", "XC", "MMXXIV",
    ]  # fmt: skip
    assert parse_roman("MCMXC") == 1990
    assert parse_roman("IC") is None  # not well formed
    with pytest.raises(ValueError):
        roman(0)


def test_number_words_are_not_ordinals_alone_when_ambiguous() -> None:
    assert parse_number_words("mười bốn") == 14
    assert parse_number_words("bốn mươi lăm") == 45
    assert parse_number_words("năm mươi") == 50
    assert parse_number_words("hai hai") is None


@given(st.integers(min_value=1, max_value=3999))
def test_roman_round_trip(n: int) -> None:
    assert parse_roman(roman(n)) == n
    assert parse_ordinal(f"lần thứ {roman(n)}") == n


@given(st.text(max_size=30))
def test_parse_ordinal_never_raises(text: str) -> None:
    value = parse_ordinal(text)
    assert value is None or value > 0

"""Ordinal numbers as Vietnamese articles write them: Arabic ("thứ 12"), Roman ("XXII") or words ("thứ mười hai").

Sessions are numbered ("Hội nghị lần thứ 2", "Kỳ họp thứ Tám", "Đại hội lần thứ XVI") and terms are Roman ("khóa XXII",
sometimes "khóa 20"); these functions turn any of those spellings into an int and back.
"""

from __future__ import annotations

import re

from transforms.text.keys import match_key

_ROMAN_VALUES = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_ROMAN_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")

# The words of a spelt-out number; "nhất" only as an ordinal ("thứ nhất"), "tư" after "thứ" or a ten.
_UNIT_WORDS = {
    "một": 1, "mốt": 1, "nhất": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}  # fmt: skip
_FILLER_WORDS = ("kỳ họp thứ", "lần thứ", "thứ", "lần", "số")
NUMBER_WORDS = frozenset(_UNIT_WORDS) | {"mười", "mươi", "linh", "lẻ"}


def roman(n: int) -> str:
    """The Roman numeral of a positive int.

    >>> roman(22), roman(4), roman(2024)
    ('XXII', 'IV', 'MMXXIV')
    """
    if n <= 0:
        raise ValueError(f"no Roman numeral for {n}")
    out = []
    for value, letters in _ROMAN_VALUES:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def parse_roman(s: str) -> int | None:
    """A well-formed Roman numeral's value, or None.

    >>> parse_roman("XXII"), parse_roman("xvi"), parse_roman("IIII"), parse_roman("ABC")
    (22, 16, None, None)
    """
    s = s.strip().upper()
    if not s or not _ROMAN_RE.fullmatch(s):
        return None
    total, i = 0, 0
    for value, letters in _ROMAN_VALUES:
        while s.startswith(letters, i):
            total += value
            i += len(letters)
    return total


def parse_number_words(s: str) -> int | None:
    """A number spelt in Vietnamese words, up to 99, or None.

    >>> parse_number_words("mười hai"), parse_number_words("hai mươi mốt"), parse_number_words("mười lăm")
    (12, 21, 15)
    >>> parse_number_words("tư"), parse_number_words("ba mươi"), parse_number_words("hai chín ba")
    (4, 30, None)
    """
    words = match_key(s).replace("-", " ").split()
    if not words:
        return None
    if "mười" in words or "mươi" in words:
        split = words.index("mười") if "mười" in words else words.index("mươi")
        tens_words, rest = words[:split], words[split + 1 :]
        if "mười" in words:
            tens = 1 if not tens_words else None
        else:
            tens = _UNIT_WORDS.get(tens_words[0]) if len(tens_words) == 1 else None
        if tens is None:
            return None
        rest = [w for w in rest if w not in ("linh", "lẻ")]
        if not rest:
            return tens * 10
        unit = _UNIT_WORDS.get(rest[0]) if len(rest) == 1 else None
        return None if unit is None else tens * 10 + unit
    if len(words) == 1:
        return _UNIT_WORDS.get(words[0])
    return None


def parse_ordinal(s: str) -> int | None:
    """The number of an ordinal written in digits, Roman numerals or words, with or without "lần thứ"/"thứ".

    >>> [parse_ordinal(x) for x in ("2", "thứ 12", "XVI", "lần thứ XXII", "thứ nhất", "thứ tư", "Tám")]
    [2, 12, 16, 22, 1, 4, 8]
    >>> parse_ordinal("thứ hai mươi mốt"), parse_ordinal("đầu tiên"), parse_ordinal("thứ 0")
    (21, 1, None)
    """
    key = match_key(s).strip(" .,;:()")
    for filler in _FILLER_WORDS:
        if key.startswith(filler + " "):
            key = key[len(filler) + 1 :].strip()
            break
    if key == "đầu tiên":
        return 1
    if key.isdecimal():  # not isdigit: "²" is a digit that int() refuses
        return int(key) if 0 < int(key) < 1000 else None
    value = parse_roman(key)
    if value is not None:
        return value
    return parse_number_words(key)

"""Vietnamese number parsing: digit strings, magnitude words and compound money amounts.

Vietnamese writes "." to group thousands and "," as the decimal mark ("1.281.540", "11,63"). Sloppy text also
writes "3.5" for three and a half, so a single "." followed by other than three digits is read as a decimal point.
Magnitude words ("nghìn"/"ngàn", "triệu", "tỷ"/"tỉ") multiply the number before them, and amounts are often
written in parts ("41 tỷ 951 triệu").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from transforms.text.keys import unify_tones

MAGNITUDES: dict[str, float] = {
    "nghìn": 1e3,
    "ngàn": 1e3,
    "vạn": 1e4,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
}

NUMBER_WORDS: dict[str, int] = {
    "không": 0,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}

# A run of digits with "." and "," separators; `parse_vietnamese_number` decides what the separators mean.
NUMBER_PATTERN = r"\d+(?:[.,]\d+)*"
# A magnitude word; "tỷ lệ" (rate) and "tỷ trọng" (share) are not magnitudes.
MAGNITUDE_PATTERN = r"(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?![^\W\d_])(?!\s+(?:lệ|trọng)(?![^\W\d_]))"
# A number with its magnitude words, and the further parts of a compound amount: "41 tỷ 951 triệu", "1,2 nghìn tỷ".
AMOUNT_RE = re.compile(
    rf"{NUMBER_PATTERN}(?:\s*{MAGNITUDE_PATTERN}(?:\s+{MAGNITUDE_PATTERN})*"
    rf"(?:\s+{NUMBER_PATTERN}\s*{MAGNITUDE_PATTERN}(?:\s+{MAGNITUDE_PATTERN})*)*)?",
    re.IGNORECASE,
)

_THOUSANDS_DOT_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_THOUSANDS_COMMA_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
_DECIMAL_COMMA_RE = re.compile(r"\d+,\d+")
_DECIMAL_DOT_RE = re.compile(r"\d+\.\d+")
_PLAIN_RE = re.compile(r"\d+")
_AMOUNT_PART_RE = re.compile(rf"({NUMBER_PATTERN})\s*((?:{MAGNITUDE_PATTERN}\s*)*)", re.IGNORECASE)
_MAGNITUDE_WORD_RE = re.compile(MAGNITUDE_PATTERN, re.IGNORECASE)


def parse_vietnamese_number(s: str) -> float | None:
    """Read a number written the Vietnamese way; None when `s` is not one number.

    >>> [parse_vietnamese_number(x) for x in ("1.800", "11,63", "1.281.540", "4950", "02", "73,95")]
    [1800.0, 11.63, 1281540.0, 4950.0, 2.0, 73.95]
    >>> parse_vietnamese_number("1,5"), parse_vietnamese_number("3.5"), parse_vietnamese_number("1.234,5")
    (1.5, 3.5, 1234.5)
    >>> parse_vietnamese_number("hai"), parse_vietnamese_number("12/5"), parse_vietnamese_number("")
    (2.0, None, None)
    """
    if not isinstance(s, str):
        return None
    s = s.strip()
    if not s:
        return None
    if not s[0].isdigit():
        word = parse_number_words(s)
        return float(word) if word is not None else None
    value = _digits_value(s)
    if value is None or not math.isfinite(value):
        return None
    return value


def _digits_value(s: str) -> float | None:
    """The value of a digit string by the first format it fits: thousands dots, then decimal comma or dot.

    >>> _digits_value("1.800"), _digits_value("1,281,540"), _digits_value("1.2.3")
    (1800.0, 1281540.0, None)
    """
    if not s.isascii():
        return None
    if _THOUSANDS_DOT_RE.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _THOUSANDS_COMMA_RE.fullmatch(s):  # "1,281,540": English grouping, unambiguous with two or more groups
        return float(s.replace(",", ""))
    if _DECIMAL_COMMA_RE.fullmatch(s):
        return float(s.replace(",", "."))
    if _DECIMAL_DOT_RE.fullmatch(s) or _PLAIN_RE.fullmatch(s):
        return float(s)
    return None


def parse_number_words(s: str) -> int | None:
    """Read a small count written in words (0-99); None for anything else.

    >>> parse_number_words("hai"), parse_number_words("Mười lăm"), parse_number_words("ba mươi mốt")
    (2, 15, 31)
    >>> parse_number_words("hai ngày") is None
    True
    """
    words = unify_tones(s).casefold().split()
    if not words:
        return None
    if len(words) == 1:
        return NUMBER_WORDS.get(words[0])
    if words[0] == "mười" and len(words) == 2:
        unit = NUMBER_WORDS.get(words[1])
        return 10 + unit if unit is not None and 1 <= unit <= 9 else None
    if len(words) in (2, 3) and words[1] == "mươi":
        tens = NUMBER_WORDS.get(words[0])
        if tens is None or not 2 <= tens <= 9:
            return None
        if len(words) == 2:
            return tens * 10
        unit = 1 if words[2] == "mốt" else NUMBER_WORDS.get(words[2])
        return tens * 10 + unit if unit is not None and 1 <= unit <= 9 else None
    return None


def magnitude_factor(words: str | Iterable[str]) -> float:
    """The product of the magnitude words in `words`; 1 when there is none.

    >>> magnitude_factor("triệu"), magnitude_factor("nghìn tỷ"), magnitude_factor(["Tỉ"]), magnitude_factor("")
    (1000000.0, 1000000000000.0, 1000000000.0, 1.0)
    """
    text = words if isinstance(words, str) else " ".join(words)
    factor = 1.0
    for m in _MAGNITUDE_WORD_RE.finditer(unify_tones(text)):
        factor *= MAGNITUDES[m.group(0).casefold()]
    return factor


def apply_magnitude(value: float, words: str | Iterable[str]) -> float:
    """`value` times the magnitude words that follow it.

    >>> apply_magnitude(34, "tỷ"), apply_magnitude(18, "nghìn"), apply_magnitude(1.2, "nghìn tỷ")
    (34000000000.0, 18000.0, 1200000000000.0)
    >>> apply_magnitude(5, "")
    5.0
    """
    return float(value) * magnitude_factor(words)


def parse_amount(s: str) -> float | None:
    """Read a number with magnitude words, including compound amounts; None when `s` is not one.

    >>> parse_amount("41 tỷ 951 triệu")
    41951000000.0
    >>> parse_amount("34 tỷ"), parse_amount("1,2 nghìn tỷ"), parse_amount("1.800")
    (34000000000.0, 1200000000000.0, 1800.0)
    >>> parse_amount("tỷ lệ") is None
    True
    """
    if not isinstance(s, str):
        return None
    text = s.strip()
    if text.isascii() and text.isdigit():  # one plain number, the most common amount: what the loop reads it as
        value = float(text)
        return value if math.isfinite(value) else None
    total = 0.0
    pos = 0
    previous_factor = math.inf
    while pos < len(text):
        m = _AMOUNT_PART_RE.match(text, pos)
        if m is None:
            return None
        number = parse_vietnamese_number(m.group(1))
        if number is None:
            return None
        factor = magnitude_factor(m.group(2))
        if factor >= previous_factor:  # parts must fall in size: "41 tỷ 951 triệu", not "5 triệu 3 tỷ"
            return None
        total += number * factor
        previous_factor = factor
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    if pos == 0 or not math.isfinite(total):
        return None
    return total

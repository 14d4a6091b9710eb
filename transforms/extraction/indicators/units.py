"""What a number measures or counts: the unit, or the counted noun, written right after it."""

from __future__ import annotations

import re

from transforms.extraction.indicators.vocabulary import (
    BARE_MONEY_BEFORE_WORD_RE,
    BARE_MONEY_END_RE,
    CLASSIFIER_NOUN_RE,
    CLASSIFIERS,
    COUNT_NOUN_RE,
    LABEL_STOP_RE,
    MEASURE_UNITS,
    MONEY_CONTEXT_RE,
    POINT_RE,
    SCORE_CUE_RE,
)
from transforms.extraction.indicators.words import first_words_end
from transforms.text import match_key


def _unit_after(s: str, pos: int, number: str, is_fraction: bool) -> tuple[str | None, float, int, int | None]:
    """The unit after a number at `pos`: (unit, factor, end, counted noun's start); unit None when none follows.

    A number with magnitude words and no unit is money where it reads as money ("dự án 50 tỷ", "nợ đọng tăng lên
    211 tỷ chỉ sau 1 năm"); a classifier counts the noun after it ("127 bộ hồ sơ").
    """
    has_magnitude = re.search(r"tỷ|tỉ|triệu", number, re.I) is not None
    for unit, pattern, factor in MEASURE_UNITS:
        m = pattern.match(s, pos)
        if m is not None:
            return (None, 1.0, pos, None) if is_fraction and unit == "percent" else (unit, factor, m.end(), None)
    if not is_fraction:
        point = POINT_RE.match(s, pos)
        if point is not None and (re.search(r"[.,]\d", number) or SCORE_CUE_RE.search(s)):
            return "point", 1.0, point.end(), None
    noun = COUNT_NOUN_RE.match(s, pos) or CLASSIFIER_NOUN_RE.match(s, pos)
    if noun is not None:
        return "count", 1.0, _noun_end(s, noun), noun.start(1)
    if has_magnitude and not is_fraction and _is_bare_money(s, pos):
        return "VND", 1.0, pos, None
    return None, 1.0, pos, None


def _is_bare_money(s: str, pos: int) -> bool:
    """Whether a number with magnitude words and no unit, ending at `pos`, is money: it ends its phrase, or a word
    that cannot begin a noun follows it in a sentence that speaks of money.

    >>> _is_bare_money("nợ tăng lên 211 tỷ chỉ sau 1 năm", 18), _is_bare_money("đưa 90 triệu cổ phiếu lên sàn", 12)
    (True, False)
    """
    if BARE_MONEY_END_RE.match(s, pos):
        return True
    return bool(BARE_MONEY_BEFORE_WORD_RE.match(s, pos)) and bool(MONEY_CONTEXT_RE.search(s))


def _noun_end(s: str, noun: re.Match[str]) -> int:
    """Where a counted noun's words end: a classifier takes the whole words naming its thing, at most four
    syllables ("cuộc giám sát", "bộ hồ sơ hưu trí")."""
    word = match_key(noun.group(1))
    if word not in CLASSIFIERS:
        return noun.end()
    rest = s[noun.end() :]
    stop = LABEL_STOP_RE.search(rest)
    return noun.end() + first_words_end(rest[: stop.start() if stop else len(rest)], 4)

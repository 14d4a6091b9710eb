"""The years that marked days and ages give an article: "kỷ niệm 92 năm Ngày Báo chí (21/6/1925 - 21/6/2017)" is told
in 2017, "Sơ kết 5 năm thực hiện Nghị quyết ... ngày 12/5/2017" in 2022, a profile of a man of 47 born in 1970 in
2017. The origin of an anniversary is never the article's year.
"""

from __future__ import annotations

import functools
import re

from transforms.text import find_dates, match_key

_FLAGS = re.IGNORECASE
# Written to begin with its digit (the look-behind then reads the character before it), so that a search skips to
# the digits instead of trying the look-behind at every character.
_ANNIVERSARY_RE = re.compile(r"(\d(?<![\d,.]\d)\d{0,2})\s+năm\s+(?!\d)", _FLAGS)
_ANNIVERSARY_CUES = ("thực hiện", "triển khai", "thi hành", "ngày thành lập", "kỷ niệm", "sơ kết", "tổng kết", "sau")
_MARKED_RE = re.compile(r"(?:kỷ|kỉ)\s+niệm\s*$", _FLAGS)  # "kỷ niệm 92 năm Ngày Báo chí ...": any day marked
_YEAR_ANYWHERE_RE = re.compile(r"(?<![\d/])((?:19|20)\d{2})(?![\d/])")
_FOUNDED_RE = re.compile(r"(?<!\w)(?:được\s+)?thành\s+lập(?!\w)", _FLAGS)
# A profile's age and birth year ("Ông A, 47 tuổi, ... sinh ngày 20-5-1970"): the article's year is the sum, as the
# press counts ages. Not after "khoảng", "chừng", "gần", "hơn", "trên", a digit, "," or "."; written to begin with its
# digit, like `_ANNIVERSARY_RE`.
_AGE_RE = re.compile(
    r"(\d(?<![\d,.]\d)(?<!khoảng\s\d)(?<!chừng\s\d)(?<!gần\s\d)(?<!hơn\s\d)(?<!trên\s\d)\d)\s+tuổi(?!\w)", _FLAGS
)
_AGE_WORD_RE = re.compile("tuổi", _FLAGS)  # in every match of `_AGE_RE`
_BIRTH_YEAR_RE = re.compile(
    r"(?<!\w)(?:sinh|sn)\s*(?:ngày\s*)?(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|năm\s+|tháng\s+\d{1,2}\s*[/.-]\s*)?"
    r"((?:19|20)\d{2})(?!\d)",
    _FLAGS,
)


def age_year(text: str) -> int | None:
    """The year an article with one age and one birth year speaks in: "47 tuổi" and "sinh ngày 20-5-1970" give 2017.

    >>> age_year("Ông A, 47 tuổi, trở thành Phó Bí thư. Ông A sinh ngày 20-5-1970."), age_year("Ông B, 50 tuổi.")
    (2017, None)
    """
    if not _AGE_WORD_RE.search(text):  # most texts give no age: one search for its word rules them out
        return None
    ages = {int(m.group(1)) for m in _AGE_RE.finditer(text)}  # an age told exactly: a profile's, not a passer-by's
    if len(ages) != 1:
        return None
    births = {int(m.group(1)) for m in _BIRTH_YEAR_RE.finditer(text)}
    return births.pop() + ages.pop() if len(births) == 1 else None


def anniversary_year(text: str) -> int | None:
    """Y + N for "N năm thực hiện <something dated Y>" or "kỷ niệm N năm <a day of Y>": a review of N years of a
    resolution of Y, or the Nth anniversary of a day of Y, happens in Y + N.

    >>> anniversary_year("Sơ kết 5 năm thực hiện Nghị quyết số 02-NQ/TU ngày 12/5/2017 của BCH")
    2022
    >>> anniversary_year("Nhân kỷ niệm 92 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 - 21/6/2017), chiều 15/6")
    2017
    """
    return _anniversary_year(text)


@functools.lru_cache(maxsize=64)
def _anniversary_year(text: str) -> int | None:
    for m in _ANNIVERSARY_RE.finditer(text):
        span = int(m.group(1))
        tail = text[m.end() : m.end() + 160]
        tail_key = match_key(tail)
        marked = _MARKED_RE.search(text, max(0, m.start() - 20), m.start())
        if not 1 <= span <= 200 or not (marked or any(tail_key.startswith(c) for c in _ANNIVERSARY_CUES)):
            continue
        # the day marked is named right after ("kỷ niệm 92 năm Ngày Báo chí (21/6/1925 - ...)"), before any comma
        tail = re.split(r"[,;.!?\n](?:\s|$)" if marked else r"[;.!?\n](?:\s|$)", tail)[0]
        dated = [d.year for d in find_dates(tail) if d.year is not None]
        years = dated or [int(y) for y in _YEAR_ANYWHERE_RE.findall(tail)]
        if not years and match_key(tail).startswith(("thành lập", "ngày thành lập")):
            years = _founded(text)
        if years:
            return min(years) + span
    return None


def _founded(text: str) -> list[int]:
    """The year the article says its subject was founded: "thành lập theo Quyết định số 32 ngày 11/4/2007" (not
    an anniversary of it: "kỷ niệm 10 năm thành lập")."""
    for m in _FOUNDED_RE.finditer(text):
        if _ANNIVERSARY_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        clause = re.split(r"[,;.!?\n](?:\s|$)", text[m.end() : m.end() + 120])[0]
        years = [d.year for d in find_dates(clause) if d.year is not None] or [
            int(y) for y in _YEAR_ANYWHERE_RE.findall(clause)
        ]
        if years:
            return years[:1]
    return []

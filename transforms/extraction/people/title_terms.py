"""The term of office written after a title: "khóa XV", "nhiệm kỳ 2015 - 2020", "(khóa IX)", and the years it
gives.
"""

from __future__ import annotations

import re

from transforms.extraction.people.title_words import DASHES

_TERM_NUMBER_RE = re.compile(r"[ivxl]+|\d{1,2}")
_YEAR_WORD_RE = re.compile(r"(?:19|20)\d{2}")


def term_tail(words: list[str], k: int, stop: int) -> tuple[int, tuple[int, int] | None]:
    """The words of a term written after a title, from word `k`: "khóa XV", "nhiệm kỳ 2015 - 2020", "(khóa IX)",
    ", nhiệm kỳ 2010-2015", "giai đoạn 2011 - 2016"; returns how many words it covers (0 if none) and its years.

    >>> term_tail("bí thư tỉnh ủy khóa xv , nhiệm kỳ 2015 - 2020 phát biểu".split(), 4, 13)
    (8, (2015, 2020))
    >>> term_tail("( khóa ix ) giữ chức".split(), 0, 6), term_tail(", chủ tịch".split(), 0, 3)
    ((4, None), (0, None))
    """
    j = k
    opened = j < stop and words[j] == "("
    if j < stop and words[j] in (",", "("):
        j += 1
    found = False
    years: tuple[int, int] | None = None
    if j + 1 < stop and words[j] == "khóa" and _TERM_NUMBER_RE.fullmatch(words[j + 1]):
        j += 2
        found = True
        if j + 1 < stop and words[j] == "," and words[j + 1] == "nhiệm":
            j += 1
    if j + 4 < stop and words[j : j + 2] in (["nhiệm", "kỳ"], ["giai", "đoạn"]) and words[j + 3] in DASHES:
        first, last = words[j + 2], words[j + 4]
        if _YEAR_WORD_RE.fullmatch(first) and _YEAR_WORD_RE.fullmatch(last):
            years = (int(first), int(last))
            j += 5
            found = True
    if not found:
        return 0, None
    if opened:
        if j < stop and words[j] == ")":
            j += 1
        else:
            return 0, None
    return j - k, years

"""Bare numbers that are counts with no noun after them: the N of "N/M" ("19/19 tiêu chí" is 19), a total a
"tổng số ..." subject is said to be ("Tổng số cấp ủy viên được bầu là 3.504") and a vote count ("57/57")."""

from __future__ import annotations

import re

from transforms.extraction.indicators.not_figures import NOT_AFTER_RE, TIME_BEFORE_RE
from transforms.text import parse_vietnamese_number

_FRACTION_RE = re.compile(r"\s*(?:/|trên\s+(?:tổng\s+số\s+)?)\s*(\d+(?:[.,]\d+)*)(?![.,]?\d)", re.I)
# "Tổng số cấp ủy viên được bầu là 3.504, trong đó ...": a bare number that a "tổng số"/"số lượng" subject is said
# to be, ending its clause, is a count of that subject.
_TOTAL_SUBJECT_RE = re.compile(r"(?<!\w)(?:tổng\s+số|số\s+lượng)(?!\w)[^;:,.()]{1,80}?\s(?:là|đạt|có)\s*$", re.I)
_CLAUSE_END_RE = re.compile(r"\s*(?:[,;.)]|$|\s(?:trong|người|và)(?!\w))", re.I)


def is_stated_total(before: str, s: str, end: int, number: str) -> bool:
    """Whether a bare number is the count a "tổng số ..." subject is said to be.

    >>> is_stated_total("Tổng số cấp ủy viên được bầu là ", "là 3.504, trong đó", 8, "3.504")
    True
    >>> is_stated_total("Tổng số cấp ủy viên được bầu là ", "là 3.504 tỷ", 8, "3.504")
    False
    """
    if re.search(r"[^\d.,]", number):
        return False  # a magnitude word without its unit is no count
    return bool(_TOTAL_SUBJECT_RE.search(before[-90:])) and bool(_CLAUSE_END_RE.match(s, end))


_VOTE_WORDS_RE = re.compile(r"(?<!\w)(?:phiếu|biểu\s+quyết|tán\s+thành|nhất\s+trí|đồng\s+ý)(?!\w)", re.I)


def is_vote_fraction(s: str, before: str, end: int, fraction_end: int) -> bool:
    """Whether a bare "N/M" with no noun after it is a vote count: the sentence speaks of votes, M is more than a
    month number (so the fraction is no day and month) and no time word comes before it.

    >>> s = "Với số phiếu tuyệt đối 57/57 (100%), ông A được bầu."
    >>> is_vote_fraction(s, s[:23], 25, 28), is_vote_fraction("Chiều 12/12, HĐND bỏ phiếu.", "Chiều ", 8, 11)
    (True, False)
    """
    denominator = parse_vietnamese_number(s[end:fraction_end].strip(" /"))
    return (
        denominator is not None
        and denominator > 12
        and not TIME_BEFORE_RE.search(before[-12:])
        and bool(_VOTE_WORDS_RE.search(s))
    )


def past_fraction(s: str, end: int, number: str, value: float | None) -> int | None:
    """Past "N/M" or "N trên (tổng số) M" after a plain number (the figure is N); `end` when there is no fraction;
    None when the fraction is no figure: a date, a proportion such as "2/3", or N above M.

    >>> past_fraction("19/19 tiêu chí", 2, "19", 19.0), past_fraction("đạt 2/3 số", 5, "2", 2.0)
    (5, None)
    """
    m = _FRACTION_RE.match(s, end)
    if m is None or not re.fullmatch(r"\d+(?:[.,]\d+)*", number):
        return end
    denominator = parse_vietnamese_number(m.group(1))
    if denominator is None or value is None or value > denominator or NOT_AFTER_RE.match(s, m.end()):
        return None
    if m.group(0).lstrip().startswith("/") and denominator <= 4 and value < denominator:
        return None
    return m.end()

"""Sentences that tell of an earlier time, and deaths: the posts named there are not held when the article was
written. A career timeline's span ("5/2001-6/2006: ..."), a span of years that is over ("Từ năm 2003-2014, ..."), a
dated step of a career told two or more years before the article ("Tháng 6/2013, ông A được bổ nhiệm ...", unless
the sentence says the post is held "đến nay"), and an official the sentence says died ("... sát hại ông A", "A và B
đều được xác định tử vong").
"""

from __future__ import annotations

import re

from transforms.extraction.people.title_reading import Segment

_MONTH_YEAR = r"(?:(?:ngày\s+)?\d{1,2}\s*/\s*)?(?:tháng\s+)?\d{1,2}\s*/\s*(?:19|20)\d{2}|(?:19|20)\d{2}"
_LAST_YEAR = r"(?:(?:ngày\s+)?\d{1,2}\s*/\s*)?(?:tháng\s+)?(?:\d{1,2}\s*/\s*)?(?P<last>(?:19|20)\d{2})"
# A span of time that opens a sentence: "5/2001-6/2006:", "Tháng 5/2007 đến 12/05/2011:", "Từ năm 2003-2014,".
_SPAN_OPENING_RE = re.compile(
    rf"\s*(?:từ\s+)?(?:năm\s+)?(?:tháng\s+)?(?:{_MONTH_YEAR})\s*(?:[-–—]|đến)\s*(?:năm\s+)?(?:tháng\s+)?{_LAST_YEAR}"
    r"\s*(?P<mark>[:,])",
    re.I,
)
# One date that opens a sentence: "Tháng 6/2013, ...", "Năm 2009 ông ...", "Sau đó, ngày 9/4/2016, ...".
_DATE_OPENING_RE = re.compile(
    r"\s*(?:(?:sau đó|đến|từ|vào|cuối|đầu|giữa)\s*,?\s*)?(?:(?:ngày\s+)?\d{1,2}\s*/\s*)?(?:tháng\s+)?"
    r"(?:\d{1,2}\s*/\s*)?(?:năm\s+)?(?P<year>(?:19|20)\d{2})(?!\s*[-–—/]\s*\d)",
    re.I,
)
_STILL_RE = re.compile(r"(?<!\w)(?:đến nay|tới nay|cho tới nay|cho đến nay|hiện nay|hiện là|hiện đang)(?!\w)", re.I)
_YEARS_BACK = 2  # a dated step this many years before the article is over (a recent one may not be)
# A death the sentence reports: before the name ("sát hại ông A") or after it ("A ... đều tử vong").
_KILLED_RE = re.compile(r"(?<!\w)(?:sát hại|giết hại|bắn chết|giết chết)(?:\s+cả)?\s+", re.I)
_DEATH = r"(?:tử vong|từ trần|qua đời|tạ thế|thiệt mạng)(?!\w)"
# After the name: the death right after it (an aside in parentheses between), or the clause's "đều ... tử vong".
_DIED_AFTER_RE = re.compile(
    rf"^(?:\s*\([^()]{{0,80}}\))?\s*(?:(?:đã|vừa|bị|đột ngột)\s+)*{_DEATH}|^[^.;:!?]{{0,160}}?(?<!\w)đều\s+"
    rf"(?:(?:được xác định|đã|bị)\s+)*{_DEATH}",
    re.I,
)
# Between "sát hại" and the name: a cue or a title, a few words with no punctuation.
_BETWEEN_RE = re.compile(r"(?:[^\s,;.]+\s+){0,8}")


def past_opening(text: str, start: int, end: int, reference_year: int | None) -> bool:
    """Whether the sentence text[start:end] opens with a time that is over, so that the posts it names are past.

    >>> past_opening("Tháng 6/2013, ông A được bổ nhiệm làm Giám đốc.", 0, 48, 2018)
    True
    >>> past_opening("Tháng 6/2013, bà được bổ nhiệm làm Giám đốc cho tới nay.", 0, 56, 2018)
    False
    >>> past_opening("Ngày 20/12/2017, HĐND bầu ông A làm Chủ tịch.", 0, 45, 2018)
    False
    """
    m = _SPAN_OPENING_RE.match(text, start, end)
    if m is not None:
        return m.group("mark") == ":" or (reference_year is not None and int(m.group("last")) < reference_year)
    m = _DATE_OPENING_RE.match(text, start, end)
    if m is None or reference_year is None or int(m.group("year")) > reference_year - _YEARS_BACK:
        return False
    return not _STILL_RE.search(text, start, end)


def died(text: str, sent_start: int, sent_end: int, name_start: int, name_end: int) -> bool:
    """Whether the sentence says the person named at text[name_start:name_end] died.

    >>> text = "Chi cục trưởng đã sát hại ông Lê Văn A. Ông Lê Văn B và Bí thư Trần C đều tử vong."
    >>> died(text, 0, 39, 30, 38), died(text, 40, 84, 44, 52), died(text, 40, 84, 66, 73)
    (True, True, True)
    """
    before = text[sent_start:name_start]
    killed = list(_KILLED_RE.finditer(before))
    if killed and _BETWEEN_RE.fullmatch(before[killed[-1].end() :]):
        return True
    return _DIED_AFTER_RE.match(text[name_end:sent_end]) is not None


def drop_all(segments: list[Segment]) -> None:
    """Mark every role of a mention as not standing."""
    for seg in segments:
        seg.former = seg.dropped = True

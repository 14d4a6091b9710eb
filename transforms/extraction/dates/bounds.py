"""The bounds an article's dated days set on the year of a date it leaves without one: the latest day it tells as
past (a lower bound, "từ ngày 18-12-2017 đến nay" too), the earliest deadline it sets (an upper bound), and the year
of a document cited a few days before a meeting, which the meeting acts on.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from transforms.extraction.dates.clues import clause_of, in_plan_clause
from transforms.text import DateMatch, find_dates, match_key

_FLAGS = re.IGNORECASE
# Words right before a dated day or month that make it a deadline, a plan or a start still to come, not a past event:
# "trước ngày 31/3/2017", "áp dụng từ ngày 1/1/2018", "đến hết tháng 6-2019" ("từ ngày X đến nay" is past).
_NOT_PAST_BEFORE_RE = re.compile(
    r"(?:trước|đến|tới|từ|hạn|chậm\s+nhất|muộn\s+nhất|sẽ|dự\s+kiến|áp\s+dụng|hiệu\s+lực|thời\s+điểm|sinh)"
    r"(?:\s+(?:ngày|hôm|tháng|thời\s+điểm|năm|hết|cuối|đầu))*\s*:?\s*$",
    _FLAGS,
)
_UNTIL_NOW_RE = re.compile(r"\s*(?:đến|tới|cho\s+đến)\s+(?:nay|hiện\s+nay|hiện\s+tại|bây\s+giờ)(?!\w)", _FLAGS)
# A deadline: the article is told before it ("hoàn thành trước ngày 31/3/2018", "chậm nhất ngày 15/7").
_DEADLINE_BEFORE_RE = re.compile(
    r"(?:trước|chậm\s+nhất|muộn\s+nhất|hạn\s+chót|hạn)(?:\s+(?:ngày|hết\s+ngày|tháng))?\s*:?\s*$", _FLAGS
)
# A document announced or handed over at the meeting ("công bố Quyết định số 12 ngày 6/2/2017"): recent news, so
# its date bounds the meeting's year, where a regulation merely cited ("theo Quy định 181 ngày 30-3-2013") does not.
_ANNOUNCED_RE = re.compile(
    r"(?<!\w)(?:công\s+bố|trao)\s+(?:các\s+)?(?:quyết\s+định|nghị\s+quyết)[^.;!?\n]{0,80}$", _FLAGS
)
_DONE_RE = re.compile(r"(?<!\w)(?:đã|trước đó|vừa)(?!\w)", _FLAGS)


def past_bound(text: str, cited: bool = False) -> date | None:
    """The latest day the article speaks of as past: a dated event ("từ ngày 18-12-2017 đến nay" too), a document
    announced at the meeting ("công bố Quyết định số 439 ngày 6/2/2017"), or the first day of a dated month ("cuối
    tháng 12/2018"; "từ tháng 3/2017" is not: a start may lie ahead). A meeting the article reports happens on or
    after it. Deadlines, plans, starts and births are not past; documents merely cited count only when `cited`.

    >>> past_bound("theo Quyết định số 439-QĐNS/TW ngày 6/2/2017; tháng 5/2016; hoàn thành trước ngày 31/3/2018")
    datetime.date(2016, 5, 1)
    >>> past_bound("công bố Quyết định số 439-QĐNS/TW ngày 6/2/2017"), past_bound("Sáng 8/2, Tỉnh ủy họp.")
    (datetime.date(2017, 2, 6), None)
    """
    return _past_bound(text, cited)


@functools.lru_cache(maxsize=64)  # asked again for every date of the article whose year is inferred
def _past_bound(text: str, cited: bool) -> date | None:
    days = [
        d.start
        for d in find_dates(text)
        if d.year is not None and d.start is not None and (cited or not d.reference or _announced(text, d))
        and _is_past(text, d)
    ]  # fmt: skip
    return max(days, default=None)


def _announced(text: str, d: DateMatch) -> bool:
    return bool(_ANNOUNCED_RE.search(text, max(0, d.char_start - 120), d.char_start))


# A document dated this few days before a meeting's day is what the meeting acts on ("Công văn số 7143 ngày
# 12/7/2018" for a meeting on 13/7): an old regulation cited falls that close to the day only by chance.
_TRIGGER_DAYS = 14


def trigger_year(text: str, month: int, day: int) -> int | None:
    """The year of a cited document dated a few days before `day`/`month` (see `_TRIGGER_DAYS`).

    >>> trigger_year("theo Công văn số 7143-CV/VPTW ngày 12/7/2018 của Văn phòng Trung ương", 7, 13)
    2018
    >>> trigger_year("theo Quy định số 181-QĐ/TW, ngày 30-3-2013", 5, 25)
    >>> trigger_year("theo Công văn số 12 ngày 28/12/2016", 1, 3)
    2017
    """
    for d in find_dates(text):
        if d.year is None or d.start is None or not d.reference:
            continue
        for year in (d.year, d.year + 1):
            try:
                gap = (date(year, month, day) - d.start).days
            except ValueError:
                continue
            if 0 <= gap <= _TRIGGER_DAYS:
                return year
    return None


def deadline_bound(text: str) -> date | None:
    """The earliest deadline the article sets ("hoàn thành trước ngày 31/3/2018"): it is told before it.

    >>> deadline_bound("yêu cầu các sở hoàn thành trước ngày 31/3/2018, chậm nhất ngày 15/7/2018")
    datetime.date(2018, 3, 31)
    """
    return _deadline_bound(text)


@functools.lru_cache(maxsize=64)
def _deadline_bound(text: str) -> date | None:
    days = [
        d.start
        for d in find_dates(text)
        if d.year is not None and d.start is not None and not d.reference
        and _DEADLINE_BEFORE_RE.search(text, max(0, d.char_start - 30), d.char_start)
    ]  # fmt: skip
    return min(days, default=None)


def _is_past(text: str, d: DateMatch) -> bool:
    """Whether a dated day or month is told as past: no deadline or start word right before it (a start "đến nay",
    or told done, is past), no plan in its clause.

    >>> t = "Ngày 12/5/2017, Tỉnh ủy ban hành kế hoạch. Quốc hội sẽ bế mạc vào ngày 21/6/2017."
    >>> [_is_past(t, d) for d in find_dates(t)]
    [True, False]
    >>> [_is_past(t, d) for t in ["Từ ngày 18-12-2017 đến nay, ông A vắng mặt."] for d in find_dates(t)]
    [True]
    """
    before = _NOT_PAST_BEFORE_RE.search(text, max(0, d.char_start - 30), d.char_start)
    if before and not (match_key(before.group(0)).startswith("từ") and _started_before_now(text, d)):
        return False
    return not in_plan_clause(text, d.char_start, d.char_end)


def _started_before_now(text: str, d: DateMatch) -> bool:
    """Whether what began on a "từ" date has begun: "từ ngày 18-12-2017 đến nay", "Trước đó, từ tháng 3/2017, Ban
    Thường vụ đã điều động ông A"."""
    return bool(
        _UNTIL_NOW_RE.match(text, d.char_end) or _DONE_RE.search(text, *clause_of(text, d.char_start, d.char_end))
    )

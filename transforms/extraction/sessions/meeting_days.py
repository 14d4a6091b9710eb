"""The days of a meeting a sentence tells: the day it gives (the sitting reported), and from it the meeting's first
and last days, where the words around say which sitting that day was ("ngày làm việc thứ 2", "bế mạc sau hai ngày
làm việc", "phiên làm việc chiều 11/12 của kỳ họp"): a meeting's start is its first day, never the day of a later
sitting or its closing day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import regex

from transforms.extraction.dates import article_year, dates_in
from transforms.extraction.sessions.bodies import FLAGS, WORD_END
from transforms.model import DocumentContext, Sentence
from transforms.text import DateMatch, parse_ordinal

# Between a meeting's phrase and a day told as its own: "kỳ họp thứ 11 | diễn ra sáng | 11/12", ", khai mạc ngày ",
# ", dự kiến sẽ tổ chức vào sáng ngày ".
_DATE_AFTER_RE = regex.compile(
    r"\s*,?\s*(?:(?:đã|được|chính\s+thức|dự\s+kiến|sẽ)\s+)*(?:diễn\s+ra|khai\s+mạc|bế\s+mạc|họp|tổ\s+chức)?\s*"
    r"(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:nay\s+)?)*\(?\s*",
    FLAGS,
)
# "thu phí từ 1/1/2018": a day something starts from; "kỳ họp diễn ra từ ngày 5/7" is the meeting's own.
_START_BEFORE_RE = regex.compile(
    r"(?<!(?:diễn\s+ra|khai\s+mạc|họp|tổ\s+chức|làm\s+việc)\s+)(?:kể\s+)?từ(?:\s+ngày)?\s*$", FLAGS
)
_NUMBER = r"(?P<n>\d{1,2}|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)"
# "ngày làm việc thứ 2": the day given is the Nth of the meeting.
_NTH_DAY_RE = regex.compile(r"ngày\s+(?:làm\s+việc|họp)\s+thứ\s+" + _NUMBER + WORD_END, FLAGS)
# "bế mạc sau hai ngày làm việc", "sau 3 ngày làm việc, ... đã bế mạc": the day given is the last of N.
_CLOSED_AFTER_RE = regex.compile(
    r"bế\s+mạc\s+sau\s+" + _NUMBER + r"\s+ngày" + WORD_END + r"|sau\s+" + _NUMBER + r"\s+ngày\s+(?:làm\s+việc|họp)"
    + WORD_END + r"[^.;!?\n]{0,120}?bế\s+mạc" + WORD_END,
    FLAGS,
)  # fmt: skip
# "Chiều cùng ngày", "ngày hôm đó": the day the text told last.
_SAME_DAY_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:cùng\s+ngày|(?:ngày\s+)?hôm\s+(?:đó|ấy))" + WORD_END, FLAGS)
_CLOSING_RE = regex.compile(r"(?<![\p{L}\p{M}])bế\s+mạc" + WORD_END, FLAGS)
# A sitting of the meeting named after it: "phiên làm việc chiều 11/12 của kỳ họp", "Tại phiên họp sáng 4/7, kỳ họp".
_SITTING_BEFORE_RE = regex.compile(
    r"phiên(?!\s+(?:khai\s+mạc|trù\s+bị|thứ\s+nhất))(?P<words>(?:\s+[\p{L}\p{M}]+){0,3}?)\s+"
    r"(?:(?:sáng|chiều|tối|trưa|ngày)\s+)*$",
    FLAGS,
)
_SITTING_AFTER_RE = regex.compile(r"\s*(?:,\s*)?(?:(?:của|thuộc|trong)\s+)?", FLAGS)
# Meetings that may last several days: a later sitting's day is not their start.
_LONG_KINDS = frozenset({"conf", "cong", "council"})


@dataclass(frozen=True, slots=True)
class Days:
    """A meeting's days as one sentence tells them: the day given and how its year is known, and the first and last
    days it implies (None where the sentence does not say)."""

    start: date | None
    end: date | None
    day: date | None
    basis: str | None


def _count(m: regex.Match[str]) -> int | None:
    word = next(g for g in m.captures("n"))
    return int(word) if word.isdecimal() else parse_ordinal(word)


def meeting_day(key: str, sentence: Sentence, d: DateMatch) -> bool:
    """Whether a date of `sentence` may be a meeting's day: a day, not a cited document's, not one something starts
    from ("thu phí từ 1/1/2018")."""
    return (
        d.is_day
        and not d.reference
        and not (d.start == d.end and _START_BEFORE_RE.search(key, sentence.start, d.char_start))
    )


def own_days(
    ctx: DocumentContext,
    key: str,
    sentence: Sentence,
    mention: tuple[int, int],
    kind: str,
    congress: bool = False,
    term_start: int | None = None,
    window: tuple[int, int] | None = None,
) -> Days | None:
    """The days of a meeting (`mention`: its phrase's start and end in `key`; `kind`: its noun's kind): a day inside
    its phrase or told right after it ("kỳ họp thứ 11 diễn ra sáng 11/12"), else the sentence's last own day before
    it, else its first after it. `term_start` is the first year of the term a congress opens; `window` the years of
    the meeting's term (see `transforms.extraction.dates.dates_in`). None when the sentence gives no day."""
    days = [
        d
        for d in dates_in(ctx, sentence, congress, term_start, window)
        if d.is_day
        and not d.reference
        and not (d.start == d.end and _START_BEFORE_RE.search(key, sentence.start, d.char_start))
    ]  # a day something starts from ("thu phí từ 1/1/2018") is no meeting's
    start, end = mention
    if not days and (same := _SAME_DAY_RE.search(key, sentence.start, sentence.end)) and same.start() < end:
        now = article_year(ctx)
        earlier = [
            d
            for d in dates_in(ctx, Sentence(0, sentence.start), congress, term_start, window)
            if d.is_day and not d.reference and (d.year is None or now is None or d.year >= now - 1)
        ]  # a day long before the article's time is history, not the day "cùng ngày" repeats
        if earlier:  # "Chiều cùng ngày, ... kỳ họp thứ 8": the day the text last told
            d = earlier[-1]
            return Days(d.start, d.start, d.start, d.basis) if d.start else Days(None, None, None, None)
    own = [
        d
        for d in days
        if start <= d.char_start and (d.char_start < end or _DATE_AFTER_RE.fullmatch(key, end, d.char_start))
    ]
    before = [d for d in days if d.char_end <= start]
    chosen = own[0] if own else before[-1] if before else (days[0] if days else None)
    if chosen is None:
        return None
    if kind not in _LONG_KINDS or chosen.start is None:
        return Days(chosen.start, chosen.end, chosen.start, chosen.basis)
    return _sitting(key, sentence, mention, chosen)


def _sitting(key: str, sentence: Sentence, mention: tuple[int, int], chosen: DateMatch) -> Days:
    """The first and last days of a meeting that may last several days, from the day `chosen` and the sitting the
    sentence says it was."""
    day = chosen.start
    assert day is not None
    keep = Days(chosen.start, chosen.end, day, chosen.basis)
    if chosen.start != chosen.end:  # "trong hai ngày 13-14/5": the span is the meeting's
        return keep
    clause = key[sentence.start : sentence.end]
    if (m := _CLOSED_AFTER_RE.search(clause)) and (n := _count(m)):
        return Days(day - timedelta(days=n - 1), day, day, chosen.basis)
    if (m := _NTH_DAY_RE.search(clause)) and (n := _count(m)):
        return Days(day - timedelta(days=n - 1), None, day, chosen.basis)
    before = key[max(sentence.start, chosen.char_start - 40) : chosen.char_start]
    between = key[chosen.char_end : mention[0]] if chosen.char_end <= mention[0] else None
    if (sitting := _SITTING_BEFORE_RE.search(before)) and between is not None and _SITTING_AFTER_RE.fullmatch(between):
        if _CLOSING_RE.search(sitting.group("words")):
            return Days(None, day, day, chosen.basis)  # "phiên bế mạc sáng 12/7, kỳ họp": its closing day
        return Days(None, None, day, chosen.basis)  # a sitting of it: which day of the meeting, the text does not say
    if _CLOSING_RE.search(key, mention[1], min(sentence.end, mention[1] + 30)) or _CLOSING_RE.search(
        key, max(sentence.start, mention[0] - 20), mention[0]
    ):
        return Days(None, day, day, chosen.basis)  # its closing day: the first is not told
    return keep

"""The period a reported figure covers: "9 tháng đầu năm 2020", "quý I/2021", "nhiệm kỳ 2015-2020", "năm 2022".

`find_period` reads one sentence and returns `(label, start, end)`: the period's words as written and its first and
last day. A period without a year ("6 tháng đầu năm") takes `default_year` (e.g. the publication year); a period
that no calendar fixes ("5 năm qua", "nhiệm kỳ qua") has a label only. A year after "so với" or "cùng kỳ" is the
base of a comparison, not the period of the figure. What the whole text says (the year it is about, the term
"nhiệm kỳ qua" means) is read by `text_years`.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from transforms.text import unify_tones

Period = tuple[str | None, date | None, date | None]

_YEAR = r"(?:19|20)\d{2}"
_YEAR_SUFFIX = rf"(?:\s*(?:/|-)?\s*(?P<year>{_YEAR}))?"  # "9 tháng đầu năm 2020", "6 tháng đầu năm/2021"
_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_COMPARISON_BASE_RE = re.compile(r"(?:so\s+với|cùng\s+kỳ|so\s+cùng\s+kỳ)(?:\s+(?:cùng\s+kỳ|với))?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    period: Period


def _year_of(m: re.Match[str], default_year: int | None) -> int | None:
    year = m.groupdict().get("year")
    return int(year) if year else default_year


def _months(year: int | None, first: int, last: int) -> tuple[date | None, date | None]:
    """First day of month `first` to last day of month `last` of `year`; no dates without a year.

    >>> _months(2020, 1, 9)
    (datetime.date(2020, 1, 1), datetime.date(2020, 9, 30))
    """
    if year is None or not 1 <= first <= last <= 12:
        return None, None
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def _first_months(m: re.Match[str], default_year: int | None) -> tuple[date | None, date | None]:
    """ "9 tháng đầu năm 2020" -> January to September."""
    return _months(_year_of(m, default_year), 1, int(m.group("n")))


def _last_months(m: re.Match[str], default_year: int | None) -> tuple[date | None, date | None]:
    """ "3 tháng cuối năm 2020" -> October to December."""
    n = int(m.group("n"))
    return _months(_year_of(m, default_year), 13 - n, 12)


def _quarter(m: re.Match[str], default_year: int | None) -> tuple[date | None, date | None]:
    """ "quý I/2021" -> January to March 2021."""
    q = _ROMAN_QUARTERS[m.group("q").casefold()]
    return _months(_year_of(m, default_year), 3 * q - 2, 3 * q)


def _month(m: re.Match[str], default_year: int | None) -> tuple[date | None, date | None]:
    """ "tháng 5/2020" -> May 2020."""
    n = int(m.group("n"))
    return _months(_year_of(m, default_year), n, n)


def _year_span(m: re.Match[str], default_year: int | None) -> tuple[date | None, date | None]:
    """ "nhiệm kỳ 2015-2020" -> 2015-01-01 to 2020-12-31."""
    first, last = int(m.group("y1")), int(m.group("y2"))
    if last < first:
        return None, None
    return date(first, 1, 1), date(last, 12, 31)


def _one_year(m: re.Match[str], default_year: int | None) -> tuple[date | None, date | None]:
    """ "năm 2022" -> the whole of 2022; "năm nay" -> the whole default year."""
    year = _year_of(m, default_year)
    return (date(year, 1, 1), date(year, 12, 31)) if year else (None, None)


def _since_new_year(m: re.Match[str], default_year: int | None) -> tuple[date | None, date | None]:
    """ "từ đầu năm đến nay" -> from 1 January of the default year, end unknown."""
    year = _year_of(m, default_year)
    return (date(year, 1, 1) if year else None), None


def _label_only(m: re.Match[str], default_year: int | None) -> tuple[date | None, date | None]:
    """ "5 năm qua", "nhiệm kỳ qua": no calendar dates."""
    return None, None


_FIRST_MONTHS_RE = re.compile(rf"(?P<n>[1-9]|1[01])\s+tháng\s+đầu\s+năm{_YEAR_SUFFIX}", re.I)
_LAST_MONTHS_RE = re.compile(rf"(?P<n>[1-9]|1[01])\s+tháng\s+cuối\s+năm{_YEAR_SUFFIX}", re.I)
# "quý" is spelt "qúy" once tones are unified the new way, so both spellings are accepted.
_QUARTER_RE = re.compile(rf"q(?:uý|úy)\s+(?P<q>IV|I{{1,3}}|[1-4])(?!\w)(?:\s*(?:/|-|năm)\s*(?P<year>{_YEAR}))?", re.I)
_YEAR_SPAN_RE = re.compile(
    rf"(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|năm)\s*(?P<y1>{_YEAR})\s*[-–—]\s*(?P<y2>{_YEAR})", re.I
)
_MONTH_RE = re.compile(rf"(?<![\w/])tháng\s+(?P<n>1[0-2]|0?[1-9])\s*(?:/|năm)\s*(?P<year>{_YEAR})(?![\w/])", re.I)
_SINCE_NEW_YEAR_RE = re.compile(rf"từ\s+đầu\s+năm(?:\s+(?P<year>{_YEAR}))?(?:\s+(?:đến|tới)\s+nay)?", re.I)
_ONE_YEAR_RE = re.compile(rf"(?<!\w)năm\s+(?P<year>{_YEAR})(?![\w/-])", re.I)
_THIS_YEAR_RE = re.compile(r"(?<!\w)năm\s+nay(?!\w)", re.I)
_PAST_SPAN_RE = re.compile(
    r"(?:(?:\d+|hai|ba|bốn|năm|mười)\s+năm|nhiệm\s+kỳ|năm|thời\s+gian)\s+(?:qua|vừa\s+qua)(?!\w)", re.I
)

# Every period pattern has one of these words: a cheap test that a sentence has none.
_PERIOD_WORDS = ("năm", "tháng", "quý", "qúy", "kỳ", "đoạn", "gian")
_PERIOD_WORD_RE = re.compile("|".join(_PERIOD_WORDS), re.I)


def _has_period_word(text: str) -> bool:
    """Whether `_PERIOD_WORD_RE` finds a word in `text`, looked up in its lower case: what matches those words without
    regard to case lower-cases to them, but for "ı" and "İ" (they match "i" and lower-case to "ı" and "i̇"), which
    only the pattern reads right.

    >>> _has_period_word("6 THÁNG ĐẦU NĂM"), _has_period_word("thời gıan qua"), _has_period_word("ngày 5/9")
    (True, True, False)
    """
    lowered = text.lower()
    if any(word in lowered for word in _PERIOD_WORDS):
        return True
    return ("ı" in lowered or "\u0307" in lowered) and _PERIOD_WORD_RE.search(text) is not None


_Builder = Callable[[re.Match[str], int | None], tuple[date | None, date | None]]
# (pattern, dates builder), most specific first; an earlier pattern's match hides later ones over the same words.
_PATTERNS: tuple[tuple[re.Pattern[str], _Builder], ...] = (
    (_FIRST_MONTHS_RE, _first_months),
    (_LAST_MONTHS_RE, _last_months),
    (_QUARTER_RE, _quarter),
    (_YEAR_SPAN_RE, _year_span),
    (_MONTH_RE, _month),
    (_SINCE_NEW_YEAR_RE, _since_new_year),
    (_ONE_YEAR_RE, _one_year),
    (_THIS_YEAR_RE, _one_year),
    (_PAST_SPAN_RE, _label_only),
)


def find_periods(sentence: str, default_year: int | None = None) -> list[tuple[int, int, Period]]:
    """Every period expression in `sentence`, as (start, end, period), in text order.

    >>> [(s, e, p[0]) for s, e, p in find_periods("Trong 5 năm qua, năm 2022 đạt")]
    [(6, 15, '5 năm qua'), (17, 25, 'năm 2022')]
    """
    return list(_find_periods(sentence, default_year))


@functools.lru_cache(maxsize=256)  # a paragraph's sentences are read again for each figure after them
def _find_periods(sentence: str, default_year: int | None) -> tuple[tuple[int, int, Period], ...]:
    unified = unify_tones(sentence)
    text = unified if len(unified) == len(sentence) else sentence
    if not _has_period_word(text):
        return ()
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for pattern, build in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if _COMPARISON_BASE_RE.search(text[max(0, m.start() - 30) : m.start()]):
                continue
            label = " ".join(sentence[m.start() : m.end()].split())
            start, end = build(m, default_year)
            found.append(_Found(m.start(), m.end(), (label, start, end)))
            taken.append((m.start(), m.end()))
    return tuple((f.start, f.end, f.period) for f in sorted(found, key=lambda f: f.start))


def find_period(sentence: str, default_year: int | None = None, position: int | None = None) -> Period:
    """The period that a figure at `position` in `sentence` covers (see `period_at`); with no `position`, the first
    period of the sentence. `(None, None, None)` when there is none.

    >>> find_period("9 tháng đầu năm 2020, thu ngân sách đạt 34 tỷ đồng")
    ('9 tháng đầu năm 2020', datetime.date(2020, 1, 1), datetime.date(2020, 9, 30))
    >>> find_period("nhiệm kỳ 2015-2020")
    ('nhiệm kỳ 2015-2020', datetime.date(2015, 1, 1), datetime.date(2020, 12, 31))
    >>> find_period("6 tháng đầu năm", default_year=2021)
    ('6 tháng đầu năm', datetime.date(2021, 1, 1), datetime.date(2021, 6, 30))
    >>> find_period("quý I/2021")
    ('quý I/2021', datetime.date(2021, 1, 1), datetime.date(2021, 3, 31))
    >>> find_period("Trong 5 năm qua, kết nạp 32 đảng viên")
    ('5 năm qua', None, None)
    >>> find_period("tăng 5% so với cùng kỳ năm 2019")
    (None, None, None)
    """
    periods = find_periods(sentence, default_year)
    if position is None:
        return pick_period(periods)
    return period_at(sentence, periods, position)


def pick_period(periods: list[tuple[int, int, Period]], position: int | None = None) -> Period:
    """From `find_periods`' answer, the period of a figure at `position`: the nearest one before it, else the first
    after it; with no `position`, the first. `(None, None, None)` when there is none.

    >>> pick_period([(0, 8, ("năm 2022", None, None)), (20, 30, ("quý I/2023", None, None))], 15)
    ('năm 2022', None, None)
    """
    if not periods:
        return None, None, None
    if position is None:
        return periods[0][2]
    before = [p for s, _, p in periods if s < position]
    return before[-1] if before else periods[0][2]


# ---------------------------------------------------------------------------------------------------------------------
# Which period a figure takes: its own clause's, else the one framing its sentence, else its paragraph's.

# Clauses of a sentence, for periods: a period written in another clause belongs to that clause ("xã A đạt 19/19
# tiêu chí ngay trong 6 tháng đầu năm; tổng thu ngân sách đạt 34 tỷ đồng": the revenue is not the half year's).
_CLAUSE_BREAK_RE = re.compile(r";")
# A period frames what follows when it opens the sentence: at most this many words before it, none of them a number.
_MAX_FRAMING_LEAD_WORDS = 3


def frames_sentence(sentence: str, start: int) -> bool:
    """Whether a period starting at `start` opens `sentence`, so that it frames all of it (and the sentences after
    it in its paragraph): "Trong 9 tháng đầu năm, ...", "Năm 2022, ...", "Theo báo cáo, trong quý I ...".

    >>> s = "Trong 9 tháng đầu năm kinh tế khó khăn, xã A đạt 19 tiêu chí ngay trong 6 tháng đầu năm"
    >>> frames_sentence(s, 6), frames_sentence(s, s.rindex("6 tháng"))
    (True, False)
    """
    lead = sentence[:start]
    if _CLAUSE_BREAK_RE.search(lead) or re.search(r"\d", lead):
        return False
    return len(re.findall(r"\w+", lead)) <= _MAX_FRAMING_LEAD_WORDS


def _clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """The ';'-delimited clause of `sentence` holding `position`, as (start, end)."""
    start = 0
    for m in _CLAUSE_BREAK_RE.finditer(sentence):
        if m.start() >= position:
            return start, m.start()
        start = m.end()
    return start, len(sentence)


def period_at(sentence: str, periods: list[tuple[int, int, Period]], position: int) -> Period:
    """The period of a figure at `position` in `sentence`, from `find_periods(sentence)`: the nearest period before
    it in its own clause, else the first after it in that clause, else the period that opens the sentence.
    `(None, None, None)` when none applies (the caller may then look at the paragraph, see `framing_period`).

    >>> s = "Trong năm 2022, A thu 5 tỷ; B đạt 19 tiêu chí ngay trong 6 tháng đầu năm; C chi 7 tỷ"
    >>> [period_at(s, find_periods(s), s.index(n))[0] for n in ("5 tỷ", "19", "7 tỷ")]
    ['năm 2022', '6 tháng đầu năm', 'năm 2022']
    """
    lo, hi = _clause_bounds(sentence, position)
    own = [(s, p) for s, e, p in periods if lo <= s < hi]
    before = [p for s, p in own if s < position]
    if before:
        return before[-1]
    if own:
        return own[0][1]
    opening = [p for s, _, p in periods if s < position and frames_sentence(sentence, s)]
    return opening[0] if opening else (None, None, None)


def framing_period(sentence: str, default_year: int | None = None) -> Period:
    """The period that opens `sentence` and so frames the sentences after it in its paragraph; a period written
    inside a clause ("... ngay trong 6 tháng đầu năm") frames nothing beyond it.

    >>> framing_period("Trong 9 tháng đầu năm, kinh tế của huyện gặp nhiều khó khăn", 2020)[0]
    '9 tháng đầu năm'
    >>> framing_period("Xã A hoàn thành 19/19 tiêu chí ngay trong 6 tháng đầu năm", 2020)
    (None, None, None)
    """
    return _framing_period(sentence, default_year)


@functools.lru_cache(maxsize=256)  # a paragraph's sentences are read again for each figure after them
def _framing_period(sentence: str, default_year: int | None) -> Period:
    for start, _, period in find_periods(sentence, default_year):
        if frames_sentence(sentence, start):
            return period
    return None, None, None

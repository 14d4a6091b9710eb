"""The year a date omits, and how it is known: from the publication stamp or the fetch date where the input gives one,
else from the article's own clues (`clues`), kept within the term of the meeting it dates. No year is a better
answer than a guess the evidence does not bound: a term alone, a cited regulation or a founding anniversary never
gives one.
"""

from __future__ import annotations

import calendar
import functools
from collections import Counter
from datetime import date, datetime, timedelta

from transforms.extraction.dates.bounds import deadline_bound, past_bound, trigger_year
from transforms.extraction.dates.clues import own_years, terms
from transforms.extraction.dates.marks import anniversary_year
from transforms.model import DocumentContext

# A date's month may lie this much after the publication (or reference) month and still be in its year: a plan told
# a few weeks ahead ("Kỳ họp sẽ khai mạc ngày 5/1" in late December is next year's, 12/12 in early January last year's).
_SLACK_DAYS = 45

# A day this much before the latest day the text tells as past is still in that day's year: texts tell plans and
# schedules a few weeks ahead without a word of plan ("tuyển sinh từ ngày 23/6 đến ngày 26/6/2017").
_BOUND_SLACK_DAYS = 60

# How the year of a date is known (`mart.documents.event_date_basis`).
STATED, PUBLISHED, FETCHED, INFERRED = "stated", "published", "fetched", "inferred"


def year_before(anchor: date | datetime, month: int | None) -> int:
    """The year of a day/month told near `anchor` (a publication, fetch or reference date): the anchor's own year,
    or the one before when the month lies well after the anchor's (a December meeting told in January).

    >>> year_before(date(2021, 1, 3), 12), year_before(date(2021, 9, 16), 9), year_before(date(2024, 2, 29), 3)
    (2020, 2021, 2024)
    """
    if month is not None and (month - anchor.month) * 30 > _SLACK_DAYS:
        return anchor.year - 1
    return anchor.year


def anchor_of(ctx: DocumentContext) -> tuple[datetime | None, str | None]:
    """The date the input gives for the document, and its basis: the publication stamp, else the fetch date (a page
    is fetched after it is written, and a crawl keeps to recent news)."""
    if ctx.published_at is not None:
        return ctx.published_at, PUBLISHED
    if ctx.fetched_at is not None:
        return ctx.fetched_at, FETCHED
    return None, None


def infer_year(
    ctx: DocumentContext,
    month: int | None = None,
    congress: bool = False,
    day: int | None = None,
    term_start: int | None = None,
    window: tuple[int, int] | None = None,
) -> int | None:
    """The year of a date written without one (`day`/`month`, where known); see `year_of`."""
    return year_of(ctx, month, congress, day, term_start, window)[0]


def year_of(
    ctx: DocumentContext,
    month: int | None = None,
    congress: bool = False,
    day: int | None = None,
    term_start: int | None = None,
    window: tuple[int, int] | None = None,
) -> tuple[int | None, str | None]:
    """The year of a date written without one, and its basis (`PUBLISHED`, `FETCHED`, `INFERRED`; None, None when
    nothing bounds it).

    The publication stamp decides where there is one, else the fetch date: the year of the anchor, or the one before
    when `month` lies well after it. Otherwise the article's clues: a congress that opens a term (`term_start`,
    "Đại hội ... nhiệm kỳ 2020-2025") is held in its first year; else the year of an anniversary it marks; else the
    latest year it states about as often as the most stated one (or the one before in the last quarter, when both
    are stated: "tổng kết năm 2020, nhiệm vụ năm 2021"); else the year of a document cited a few days before the
    day, which the meeting acts on (`clues.trigger_year`). Any guess then moves forward to after the latest day the
    article tells as past (`clues.past_bound`), which alone gives the first year after it; a deadline it sets bounds
    it from above, and the latest start of a term it names (every such term has begun) from below. `window`, the
    years of the term of the meeting being dated, bounds every guess: a guess outside it is no answer, and where
    nothing else speaks a term with one leap year dates a 29 February. None when the clues disagree or say nothing.
    """
    anchor, basis = anchor_of(ctx)
    if anchor is not None:
        return year_before(anchor, month), basis
    year = _guess_year(ctx.clean_text, month, congress, day, term_start, window)
    return (year, INFERRED) if year is not None else (None, None)


def _within(year: int | None, window: tuple[int, int] | None) -> bool:
    return year is not None and (window is None or window[0] <= year <= window[1])


@functools.lru_cache(maxsize=64)  # asked again for each date of the article told without its year
def _guess_year(
    text: str,
    month: int | None,
    congress: bool,
    day: int | None,
    term_start: int | None,
    window: tuple[int, int] | None,
) -> int | None:
    named = terms(text)
    # Every term an article names (but one still to come) has begun: its time is not before the latest start.
    floor = max((start for start, _ in named), default=None)
    if floor is not None:
        window = (max(window[0], floor), window[1]) if window else (floor, 9999)
        if window[0] > window[1]:
            return None
    stated = [y for y in own_years(text, month) if _within(y, window)]
    if congress and term_start:
        guess: int | None = term_start
    elif (marked := anniversary_year(text)) is not None and _within(marked, window):
        guess = marked
    else:
        guess = _likely_year(stated, month) if stated else None
    if (
        guess is None
        and month is not None
        and day is not None
        and _within(trigger := trigger_year(text, month, day), window)
    ):
        guess = trigger  # a document dated days before the meeting is what it acts on
    # Alone, a cited document's date is too weak a clue: "Quyết định 49 (ngày 1/9/2011)" may be years old.
    guess = _after_bound(guess, past_bound(text, cited=guess is not None), month, day)
    deadline = deadline_bound(text)
    if guess is not None and deadline is not None and _day_of(guess, month, day) > deadline:
        return None  # the article is told before its deadlines: the clues disagree
    if guess is None and month == 2 and day == 29:
        guess = _leap_year(_union(named) if window is None or window[1] == 9999 else window)
    return guess if _within(guess, window) else None


def _day_of(year: int, month: int | None, day: int | None) -> date:
    month = month or 1
    return date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))


def _union(spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None


def _leap_year(window: tuple[int, int] | None) -> int | None:
    """The one leap year of a term's window, where it has exactly one: the only year a 29 February can be in.

    >>> _leap_year((2021, 2026)), _leap_year((2016, 2021)), _leap_year(None)
    (2024, None, None)
    """
    if window is None:
        return None
    leap = [y for y in range(window[0], window[1] + 1) if calendar.isleap(y)]
    return leap[0] if len(leap) == 1 else None


def _after_bound(year: int | None, bound: date | None, month: int | None, day: int | None) -> int | None:
    """`year`, moved forward to the first year in which day/month does not fall well before `bound` (a few weeks
    before it stays: a day the text tells as past may be one still planned, "từ ngày 23/6 đến ngày 26/6/2017").

    >>> _after_bound(2016, date(2017, 2, 6), 2, 8), _after_bound(2016, date(2016, 8, 18), 2, 8)
    (2017, 2017)
    >>> _after_bound(2020, date(2017, 2, 6), 9, 1), _after_bound(None, date(2017, 2, 6), None, None)
    (2020, 2017)
    >>> _after_bound(None, date(2017, 6, 26), 5, 30), _after_bound(None, date(2017, 7, 12), 2, 5)
    (2017, 2018)
    """
    if bound is None:
        return year
    earliest = bound.year
    if month is not None and _day_of(bound.year, month, day) < bound - timedelta(days=_BOUND_SLACK_DAYS):
        earliest += 1
    return earliest if year is None or year < earliest else year


def _likely_year(years: list[int], month: int | None) -> int:
    """The latest year stated about as often as the most stated one; the one before it when the meeting falls in
    the last quarter and that one is stated too ("tổng kết năm 2020, nhiệm vụ năm 2021" in December).

    >>> _likely_year([2017, 2017, 2017, 2018], None), _likely_year([2022, 2023, 2023], 1)
    (2017, 2023)
    >>> _likely_year([2020, 2021], 12)
    2020
    """
    counts = Counter(years)
    top = max(counts.values())
    latest = max(y for y, n in counts.items() if 2 * n >= top)
    if month is not None and month >= 10 and latest - 1 in counts:
        return latest - 1
    return latest


@functools.lru_cache(maxsize=64)
def article_year(ctx: DocumentContext) -> int | None:
    """The year of the article's own time, where anything says: its anchor's, else its clues' (see `year_of`)."""
    return year_of(ctx)[0]

"""The date of the meeting an article reports, and the spans it is read in: the document's sentences, its title's,
its lead's, and the dates of one sentence with the years they omit filled in from the document.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date

from transforms.extraction.dates.clues import in_plan_clause
from transforms.extraction.dates.years import INFERRED, PUBLISHED, article_year, year_before, year_of
from transforms.model import DocumentContext, Sentence, SessionMention
from transforms.text import DateMatch, find_dates, is_reference, match_key, with_year

_LINE_SPLIT_RE = re.compile(r"[^\n]+")
# The lead says the meeting is today: "Sáng nay", "Hôm nay", "chiều nay (16/5)".
_TODAY_RE = re.compile(r"(?<!\w)(?:hôm|sáng|chiều|trưa|tối|đêm)\s+nay(?!\w)", re.IGNORECASE)
_FALLBACK_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def sentence_spans(ctx: DocumentContext) -> list[Sentence]:
    """The document's sentences, cut again at line breaks and trimmed; the whole text split simply if none are given."""
    return list(_sentence_spans(ctx.clean_text, tuple(ctx.sentences)))


@functools.lru_cache(maxsize=16)  # the session, lead and event-date readers of a document each ask
def _sentence_spans(text: str, given: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    sentences = given or (Sentence(0, len(text)),)
    spans: list[Sentence] = []
    for s in sentences:
        for line in _LINE_SPLIT_RE.finditer(text, s.start, s.end):
            pieces = [line] if given else list(_FALLBACK_SENTENCE_RE.finditer(text, line.start(), line.end()))
            for piece in pieces:
                chunk = piece.group(0)
                left = len(chunk) - len(chunk.lstrip())
                right = len(chunk.rstrip())
                if right > left:
                    spans.append(Sentence(piece.start() + left, piece.start() + right))
    return tuple(spans)


def title_span(ctx: DocumentContext, spans: list[Sentence] | None = None) -> Sentence | None:
    """The title's sentence: the first line of the text when the document has a title."""
    if not ctx.title:
        return None
    spans = spans if spans is not None else sentence_spans(ctx)
    first_line_end = ctx.clean_text.find("\n")
    first_line_end = len(ctx.clean_text) if first_line_end < 0 else first_line_end
    if spans and spans[0].start < first_line_end and _opens_with_title(ctx.title, ctx.clean_text[:200]):
        return Sentence(spans[0].start, min(first_line_end, spans[0].end))
    return None


@functools.lru_cache(maxsize=16)  # the session, lead and event-date readers of a document each ask
def _opens_with_title(title: str, opening: str) -> bool:
    """Whether the opening of a text holds the start of its title, compared by their keys."""
    return match_key(title)[:20] in match_key(opening)


def lead_spans(ctx: DocumentContext, count: int = 2) -> list[Sentence]:
    """The opening of the article: its title (if any) and the first `count` sentences of a real size after it."""
    spans = sentence_spans(ctx)
    title = title_span(ctx, spans)
    lead = [title] if title else []
    for s in spans:
        if title and s.start < title.end:
            continue
        if s.end - s.start >= 25:
            lead.append(s)
        if len(lead) - (1 if title else 0) >= count:
            break
    return lead


def dates_in(
    ctx: DocumentContext,
    span: Sentence,
    congress: bool = False,
    term_start: int | None = None,
    window: tuple[int, int] | None = None,
) -> list[DateMatch]:
    """The dates of one sentence, offsets into `clean_text`, years filled in from the document (`congress`: the
    dates of a congress, which opens the term the article names, or `term_start`'s term where its words name it;
    `window`: the years of the term of the meeting they date)."""
    text = ctx.clean_text
    out = []
    for d in find_dates(text[span.start : span.end]):
        start = d.char_start + span.start
        shifted = replace(d, char_start=start, char_end=d.char_end + span.start,
                          reference=d.reference or is_reference(text, start))  # fmt: skip
        if shifted.start is None:
            shifted = with_year(shifted, *_resolve(ctx, d.month, d.day, congress, term_start, window))
        out.append(shifted)
    return out


def _resolve(
    ctx: DocumentContext,
    month: int,
    day: int | None,
    congress: bool,
    term_start: int | None,
    window: tuple[int, int] | None,
) -> tuple[int | None, str | None]:
    """The year of a day/month the text leaves without one, and its basis: the input's anchor; a congress's own
    term; else the article's reference date (its lead's day); else its clues (`years.year_of`)."""
    if ctx.published_at is not None or ctx.fetched_at is not None or (congress and term_start):
        return year_of(ctx, month, congress, day, term_start, window)
    reference = reference_date(ctx)
    if reference is not None:
        year = year_before(reference, month)
        if window is None or window[0] <= year <= window[1]:
            return year, INFERRED
    return year_of(ctx, month, congress, day, term_start, window)


@functools.lru_cache(maxsize=16)
def reference_date(ctx: DocumentContext) -> date | None:
    """The day the article's own time is told from, where it has no publication or fetch date: the first day its
    lead tells (not a cited document's, a plan's or one long past), its year as written or inferred (`year_of`)."""
    for d in _lead_days(ctx, resolve=False):
        if d.year is not None:
            return d.start
        year = year_of(ctx, d.month, False, d.day)[0]
        if year is not None:
            return with_year(d, year).start
    return None


def _lead_days(ctx: DocumentContext, resolve: bool = True) -> list[DateMatch]:
    """The days the lead tells as the article's own (`resolve`: their years filled in), in order; a day long before
    the article's time ("Ngày 20/5/1947, Bác Hồ ...", in an article marking its anniversary) is history, not news."""
    text = ctx.clean_text
    now: int | None = None  # the article's year, read only for a day that states its own: most leads have none
    now_read = False
    days = []
    for span in lead_spans(ctx):
        found = dates_in(ctx, span) if resolve else [
            replace(d, char_start=d.char_start + span.start, char_end=d.char_end + span.start,
                    reference=d.reference or is_reference(text, d.char_start + span.start))
            for d in find_dates(text[span.start : span.end])
        ]  # fmt: skip
        for d in found:
            if not d.is_day or d.reference or in_plan_clause(text, d.char_start, d.char_end):
                continue
            if d.year is not None and not now_read:
                now, now_read = article_year(ctx), True
            if d.year is not None and now is not None and d.year < now - 1:
                continue
            days.append(d)
    return days


def infer_event_date(ctx: DocumentContext, sessions: list[SessionMention]) -> tuple[date | None, str | None]:
    """The date of the main meeting reported, and how its year is known (`years.STATED`, `PUBLISHED`, `FETCHED`,
    `INFERRED`): the day the article tells the first dated session of its lead on (the sitting reported, not the
    computed first day of a longer meeting), else the first own day of the lead, else the day of the first dated
    session told later, else the publication day when the lead says the meeting is today ("Sáng nay", "Hôm nay").
    None, None when the text gives no date.
    """
    lead = lead_spans(ctx)
    told = [s for s in sessions if s.day is not None]
    for s in told:
        if any(span.start <= s.sentence_start < span.end for span in lead):
            return s.day, s.day_basis
    for d in _lead_days(ctx):
        if d.start is not None:
            return d.start, d.basis
    if told:
        return told[0].day, told[0].day_basis
    if ctx.published_at is not None and any(_TODAY_RE.search(ctx.clean_text, s.start, s.end) for s in lead):
        return ctx.published_at.date(), PUBLISHED
    return None, None

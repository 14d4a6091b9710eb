"""The date of the meeting an article reports, and the spans it is read in: the document's sentences, its title's,
its lead's, and the dates of one sentence with the years they omit filled in from the document.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date

from transforms.extraction.dates.years import infer_year
from transforms.model import DocumentContext, Sentence, SessionMention
from transforms.text import DateMatch, find_dates, is_reference, match_key, with_year

_LINE_SPLIT_RE = re.compile(r"[^\n]+")
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
    if spans and spans[0].start < first_line_end and match_key(ctx.title)[:20] in match_key(ctx.clean_text[:200]):
        return Sentence(spans[0].start, min(first_line_end, spans[0].end))
    return None


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
    ctx: DocumentContext, span: Sentence, congress: bool = False, term_start: int | None = None
) -> list[DateMatch]:
    """The dates of one sentence, offsets into `clean_text`, years filled in from the document (`congress`: the
    dates of a congress, which opens the term the article names, or `term_start`'s term where its words name it)."""
    text = ctx.clean_text
    out = []
    for d in find_dates(text[span.start : span.end]):
        start = d.char_start + span.start
        shifted = replace(d, char_start=start, char_end=d.char_end + span.start,
                          reference=d.reference or is_reference(text, start))  # fmt: skip
        if shifted.start is None:
            shifted = with_year(shifted, infer_year(ctx, d.month, congress, d.day, term_start))
        out.append(shifted)
    return out


def infer_event_date(ctx: DocumentContext, sessions: list[SessionMention]) -> date | None:
    """The date of the main meeting reported: the first session's start, else the first own date of the lead.

    None when the text gives no date.
    """
    for s in sessions:
        if s.start_date is not None:
            return s.start_date
    for span in lead_spans(ctx):
        for d in dates_in(ctx, span):
            if d.is_day and not d.reference and d.start is not None:
                return d.start
    return None

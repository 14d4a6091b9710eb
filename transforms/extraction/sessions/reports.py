"""The meetings an article reports: congresses, conferences, council sessions, briefings, reviews, voter meetings,
hearings and supervision visits, each once, with the body that held it, its number, term and dates.

A meeting counts when the article reports it as happening: named in the headline or the lead, or held on a date in
a later sentence ("Ngày 15/09, Ban Chấp hành Đảng bộ huyện ... tổ chức Hội nghị lần thứ 2"). A meeting named only as
context is not one: "Nghị quyết Đại hội ... lần thứ XXII", "trình Đại hội lần thứ XIII", "đi dự đại hội cấp trên",
"tổ chức thành công Đại hội ...", "tổ chức 5 kỳ họp", "các kỳ họp", "Kỳ họp thứ 4 sẽ khai mạc". Every mention of the
same meeting (headline, lead, "Phát biểu kết luận Hội nghị") merges into one `SessionMention`.

A "kỳ họp" is a `council_session` only when a People's Council (HĐND) holds it, as the taxonomy defines the code; a
Party committee's is a `conference` (its plenum), and one of the National Assembly, of an inspection commission or of
any other body is `other`: their sessions are not local councils' and must not be counted with them. A "kỳ họp" whose
holder the text never names is a People's Council's, unless the article names the National Assembly and no People's
Council.

The meetings of one sentence are read by `meetings`, the bodies holding them by `bodies`; this
module merges them across the article.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from transforms.extraction.dates import dates_in, lead_spans, sentence_spans, title_span
from transforms.extraction.sessions.bodies import Body, is_audience
from transforms.extraction.sessions.meeting_days import meeting_day
from transforms.extraction.sessions.meetings import MeetingMention, document_facts, meetings_in
from transforms.extraction.sessions.session_terms import fill_term
from transforms.model import DocumentContext, Sentence, SessionMention
from transforms.text import DateMatch, document_tones


def _compatible(a: MeetingMention, b: MeetingMention) -> bool:
    """Whether two mentions can be the same meeting: the same type (a plain "hội nghị" fits any kind of conference)
    and no number or day that differs."""
    same_type = a.session_type == b.session_type or b.session_type in a.bare or a.session_type in b.bare
    return same_type and (a.ordinal is None or b.ordinal is None or a.ordinal == b.ordinal) and _same_days(a, b)


# A sitting told without the meeting's first day ("ngày làm việc thứ 2", "phiên bế mạc") is of the same meeting as
# another mention's days up to this far apart.
_SITTING_REACH = timedelta(days=7)


def _same_days(a: MeetingMention, b: MeetingMention) -> bool:
    """Whether two mentions' days can be one meeting's: either undated, or one's first day within the other's days
    ("sáng 12/12" of a session held "từ 11 - 13/12"), or a sitting's day near the other's when either does not know
    the meeting's first day."""
    sa, sb = a.span, b.span
    if sa is None or sb is None:
        return True
    if sa[0] <= sb[0] <= sa[1] or sb[0] <= sa[0] <= sb[1]:
        return True
    partial = (a.days is not None and a.days.start is None) or (b.days is not None and b.days.start is None)
    return partial and sa[0] - _SITTING_REACH <= sb[0] <= sa[1] + _SITTING_REACH


def _merge(group: list[MeetingMention]) -> SessionMention:
    """One session from all mentions of a meeting: the first value each field has; its first and last days from the
    first mention that knows its first day; the day it is told on from the first that tells one; evidence from that
    one."""
    told = next((m for m in group if m.days is not None and m.days.day is not None), None)
    dated = next((m for m in group if m.days is not None and m.days.start is not None), None)
    closing = next((m.days.end for m in group if m.days is not None and m.days.end is not None), None)
    evidence = told or next((m for m in group if m.days is not None), group[0])

    def first(attr: str):
        return next((getattr(m, attr) for m in group if getattr(m, attr) is not None), None)

    named = (m.body for m in group if m.body is not None and not is_audience(m.body))
    body: Body | None = next(named, None) or first("body")
    years = first("years")
    start = dated.days.start if dated and dated.days else None
    end = dated.days.end if dated and dated.days else closing
    return SessionMention(
        session_type=next((m.session_type for m in group if not m.bare), group[0].session_type),
        body_name=body.name if body else None,
        body_type=body.body_type if body else None,
        level=body.level if body else None,
        ordinal=first("ordinal"),
        term=first("term"),
        term_start_year=years[0] if years else None,
        term_end_year=years[1] if years else None,
        start_date=start,
        end_date=end,
        char_start=evidence.start,
        char_end=evidence.end,
        sentence_start=evidence.sentence.start,
        sentence_end=evidence.sentence.end,
        place_name=body.place_name if body else None,
        day=told.days.day if told and told.days else None,
        day_basis=told.days.basis if told and told.days else None,
    )


def _lead_date(ctx: DocumentContext, key: str, lead: list[Sentence], session: SessionMention) -> DateMatch | None:
    """The first own day the lead gives: the date of a meeting the lead names without a date of its own (a
    congress's year, where the text omits it, is that of the term it opens)."""
    congress = session.session_type == "congress"
    window = (session.term_start_year, session.term_end_year) if session.term_end_year else None
    for span in lead:
        for d in dates_in(ctx, span, congress, session.term_start_year if congress else None, window):
            if meeting_day(key, span, d) and d.start and d.end:
                return d
    return None


def _within_term(s: SessionMention) -> SessionMention:
    """A session whose days fall outside its own term's years loses them: a meeting is held within its term, so a
    day the text gives for it there belongs to something else, and an inferred year there is no answer."""
    if s.term_start_year is None or s.term_end_year is None:
        return s
    window = range(s.term_start_year, s.term_end_year + 1)
    if any(d.year not in window for d in (s.start_date, s.end_date) if d is not None):
        s = replace(s, start_date=None, end_date=None)
    if s.day is not None and s.day.year not in window:
        s = replace(s, day=None, day_basis=None)
    return s


def extract_sessions(ctx: DocumentContext) -> list[SessionMention]:
    """Every meeting the article reports, once each, in the order the article first names them."""
    key = document_tones(ctx.clean_text)
    spans = sentence_spans(ctx)
    lead = lead_spans(ctx)
    lead_starts = {s.start for s in lead}
    title = title_span(ctx, spans)
    sentences = ([title] if title else []) + [s for s in spans if not (title and s.start < title.end)]
    groups: list[list[MeetingMention]] = []
    folded: str | None = key.casefold()
    if len(folded) != len(key):
        folded = None
    doc = document_facts(key, folded)
    for sentence in sentences:
        for mention in meetings_in(ctx, key, sentence, sentence.start in lead_starts, doc, folded):
            group = next((g for g in groups if all(_compatible(mention, other) for other in g)), None)
            if group is None:
                groups.append([mention])
            else:
                group.append(mention)
    sessions = [fill_term(ctx, key, _merge(g), [m.sentence for m in g], doc.central_city) for g in groups]
    for i, s in enumerate(sessions):  # a meeting the lead names undated is the lead's day's; one named later is not
        told = any(m.days is not None for m in groups[i])
        named_in_lead = any(m.sentence.start in lead_starts for m in groups[i])
        if named_in_lead and not told and s.start_date is None and (fallback := _lead_date(ctx, key, lead, s)):
            sessions[i] = replace(s, start_date=fallback.start, end_date=fallback.end, day=fallback.start,
                                  day_basis=fallback.basis)  # fmt: skip
    return [_within_term(s) for s in sessions]

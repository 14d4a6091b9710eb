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
from datetime import date

from transforms.extraction.dates import dates_in, lead_spans, sentence_spans, title_span
from transforms.extraction.sessions.bodies import Body
from transforms.extraction.sessions.meetings import MeetingMention, document_facts, meetings_in
from transforms.model import DocumentContext, Sentence, SessionMention
from transforms.text import document_tones


def _compatible(a: MeetingMention, b: MeetingMention) -> bool:
    """Whether two mentions can be the same meeting: the same type (a plain "hội nghị" fits any kind of conference)
    and no number or day that differs."""
    same_type = a.session_type == b.session_type or b.session_type in a.bare or a.session_type in b.bare
    return same_type and (a.ordinal is None or b.ordinal is None or a.ordinal == b.ordinal) and _same_days(a, b)


def _same_days(a: MeetingMention, b: MeetingMention) -> bool:
    """Whether two mentions' days can be one meeting's: either undated, or one's first day within the other's days
    ("sáng 12/12" of a session held "từ 11 - 13/12")."""
    if a.dates is None or b.dates is None:
        return True
    return a.dates[0] <= b.dates[0] <= a.dates[1] or b.dates[0] <= a.dates[0] <= b.dates[1]


def _merge(group: list[MeetingMention]) -> SessionMention:
    """One session from all mentions of a meeting: the first value each field has, evidence from a dated mention."""
    evidence = next((m for m in group if m.dates), group[0])

    def first(attr: str):
        return next((getattr(m, attr) for m in group if getattr(m, attr) is not None), None)

    body: Body | None = first("body")
    years, dates = first("years"), first("dates")
    return SessionMention(
        session_type=next((m.session_type for m in group if not m.bare), group[0].session_type),
        body_name=body.name if body else None,
        body_type=body.body_type if body else None,
        level=body.level if body else None,
        ordinal=first("ordinal"),
        term=first("term"),
        term_start_year=years[0] if years else None,
        term_end_year=years[1] if years else None,
        start_date=dates[0] if dates else None,
        end_date=dates[1] if dates else None,
        char_start=evidence.start,
        char_end=evidence.end,
        sentence_start=evidence.sentence.start,
        sentence_end=evidence.sentence.end,
        place_name=body.place_name if body else None,
    )


def _lead_date(ctx: DocumentContext, lead: list[Sentence], session: SessionMention) -> tuple[date, date] | None:
    """The first own day the lead gives: the date of a meeting the lead names without a date of its own (a
    congress's year, where the text omits it, is that of the term it opens)."""
    congress = session.session_type == "congress"
    for span in lead:
        for d in dates_in(ctx, span, congress, session.term_start_year if congress else None):
            if d.is_day and not d.reference and d.start and d.end:
                return d.start, d.end
    return None


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
    sessions = [_merge(g) for g in groups]
    for i, s in enumerate(sessions):
        if s.start_date is None and (fallback := _lead_date(ctx, lead, s)):
            sessions[i] = replace(s, start_date=fallback[0], end_date=fallback[1])
    return sessions

"""The meetings one sentence reports, each with the body holding it, its number, term and days; a meeting named
only as context, a plan or a count is left out (see `transforms.extraction.sessions.reports`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

import regex

from transforms.extraction.sessions.bodies import FLAGS, WORD_END, Body, find_bodies, is_audience
from transforms.extraction.sessions.meeting_context import _governed, _is_context
from transforms.extraction.sessions.meeting_days import Days, own_days
from transforms.extraction.sessions.meeting_holders import (
    QUALIFIERS_RE,
    clause_subject,
    council_body,
    council_type,
    held_by,
    holds_sessions,
    subject,
)
from transforms.extraction.sessions.meeting_nouns import (
    _MEETING_NOUN_RE,
    _MEETING_RE,
    HELD_KINDS,
    _bare,
    _session_type,
    held_type,
)
from transforms.model import DocumentContext, Sentence
from transforms.text import parse_ordinal, parse_roman, parse_term_years, roman

_CITY_NAMES = r"hà\s+nội|hồ\s+chí\s+minh|hcm|hải\s+phòng|đà\s+nẵng|cần\s+thơ"
_CENTRAL_CITY = r"tphcm|tp\.hcm|(?:thành\s+phố|tp\.?|thành\s+ủy|hđnd|ubnd)\s*(?:" + _CITY_NAMES + ")"
_CENTRAL_CITY_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _CENTRAL_CITY + ")" + WORD_END, FLAGS)
_HDND_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:hđnd|hội\s+đồng\s+nhân\s+dân)" + WORD_END, FLAGS)
_NATIONWIDE_RE = regex.compile(r"(?<![\p{L}\p{M}])toàn\s+quốc" + WORD_END, FLAGS)  # a meeting of the whole country
_ASSEMBLY = r"quốc\s+hội|qh"
_QUOC_HOI_RE = regex.compile(r"(?<![\p{L}\p{M}])(?<!toàn\s+)(?:" + _ASSEMBLY + ")" + WORD_END, FLAGS)
# The words of `_CENTRAL_CITY_RE` and `_QUOC_HOI_RE` alone, searched case-sensitively in the case-folded text (see
# `_MEETING_NOUN_RE`; `re`'s \s takes every space `regex`'s does): a text without them needs no search for those,
# which try their look-behinds at every character of the article.
_CENTRAL_CITY_WORDS_RE = re.compile(_CENTRAL_CITY)
_ASSEMBLY_WORDS_RE = re.compile(_ASSEMBLY)

_ORDINAL_RE = regex.compile(
    r"(?:(?<!phiên\s+)(?:lần\s+)?thứ|lần|(?<=hội\s+nghị\s+)trung\s+ương)\s+(?P<n>\d{1,3}" + WORD_END
    + r"|[IVXLC]+" + WORD_END
    + r"|(?:(?:mười|hai|ba|bốn|năm|sáu|bảy|tám|chín|một|mốt|tư|lăm|nhất|mươi|linh|lẻ)" + WORD_END + r"\s*)+)",
    FLAGS,
)  # fmt: skip
_TERM_RE = regex.compile(r"kh[óo]a\s+(?P<t>[IVXLC]+|\d{1,2})(?![\p{L}\p{M}\d])", FLAGS)
_TERM_YEARS_RE = regex.compile(r"nhiệm\s+kỳ\s*(?P<y>(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2})", FLAGS)
# Where a meeting's own phrase ends: a clause break or a verb ("Hội nghị lần thứ 2 ... tổ chức").
_PHRASE_END_RE = regex.compile(
    r"[;:!?\n“\"]|\.(?!\S|\s+(?-i:\p{Lu}))|,(?!\s*(?:kh[óo]a|nhiệm\s+kỳ|lần\s+thứ|hđnd|hội\s+đồng\s+nhân\s+dân|quốc\s+hội|qh)"
    + WORD_END
    + r")"
    r"|(?<!k[ỳì])\s(?:đã|được|sẽ|tổ\s+chức|diễn\s+ra|khai\s+mạc|bế\s+mạc|với|nhằm|để|đánh\s+giá|triển\s+khai|thông\s+qua|tại|"
    r"vào|có|là|do|về|bàn|xem\s+xét|quyết\s+định|tiến\s+hành|họp|chủ\s+trì|làm\s+việc|bầu|tiếp\s+tục)" + WORD_END,
    FLAGS,
)
_NUMBERED_SESSION_RE = regex.compile(
    r"(?<![\p{L}\p{M}])k[ỳì]\s+họp\s+(?:lần\s+)?thứ\s+(?P<n>\d{1,3}|[IVXLC]+|[\p{L}]+)" + WORD_END, FLAGS
)
_JOINER_RE = regex.compile(r"[\s,]*(?:(?:và|cùng)\s*)?$", FLAGS)
# What stands between a plain word of meeting and another meeting it is a sitting of: "phiên họp sáng 4/7, kỳ họp
# thứ 4", "cuộc họp lần thứ 2 của hội nghị".
_SITTING_GAP_RE = regex.compile(
    r"(?:\s+|,|của|thuộc|trong|tại|(?:sáng|chiều|tối|trưa|ngày|hôm)(?:\s+nay)?|(?:lần\s+)?thứ\s+[\p{L}\d]+|"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|làm\s+việc|khai\s+mạc|bế\s+mạc)*",
    FLAGS,
)
_LONG_KINDS = frozenset({"conf", "cong", "council"})


@dataclass(slots=True)
class MeetingMention:
    """One mention of a meeting in a sentence; the mentions of one meeting merge into a `SessionMention`."""

    session_type: str
    start: int
    end: int
    sentence: Sentence
    body: Body | None = None
    ordinal: int | None = None
    term: str | None = None
    years: tuple[int, int] | None = None
    days: Days | None = None  # the days the sentence tells, where it tells one
    # A plain "hội nghị" or "Đại hội" with nothing of its own is a back-reference: the types it may stand for.
    bare: frozenset[str] = frozenset()

    @property
    def span(self) -> tuple[date, date] | None:
        """The days this mention puts the meeting on, for telling meetings apart: its first to last day, or the
        day of the sitting it tells."""
        if self.days is None:
            return None
        first = self.days.start or self.days.day
        last = self.days.end or self.days.day or first
        return (first, last) if first is not None and last is not None else None


def _phrase_end(key: str, start: int, limit: int) -> int:
    m = _PHRASE_END_RE.search(key, start, limit)
    return m.start() if m else limit


def _term_parts(key: str, start: int, end: int) -> tuple[int | None, str | None, tuple[int, int] | None]:
    """(ordinal, Roman term, term years) stated in a meeting's or a body's phrase, `key[start:end]` (the words
    before it stay visible: "Hội nghị Trung ương 5" is numbered by "Trung ương 5").

    >>> _term_parts("Hội nghị Trung ương 5 khóa XII", 8, 30)
    (5, 'XII', None)
    """
    ordinal = term = years = None
    if m := _ORDINAL_RE.search(key, start, end):
        ordinal = parse_ordinal(m.group("n"))
    if m := _TERM_RE.search(key, start, end):
        raw = m.group("t")
        value = int(raw) if raw.isdecimal() else parse_roman(raw)
        term = roman(value) if value else None
    if m := _TERM_YEARS_RE.search(key, start, end):
        years = parse_term_years(m.group("y"))
    return ordinal, term, years


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What the whole article says that a sentence's meetings depend on."""

    central_city: bool  # it names a centrally governed city ("TP. HCM"): an unnamed "thành phố" is a province
    council: str  # the session type of a "kỳ họp" whose holder no sentence names: of a People's Council, unless
    # the article names the National Assembly and no People's Council ("other")


def document_facts(key: str, folded: str | None = None) -> DocumentFacts:
    """The article-wide facts of `DocumentFacts`, read from the whole text (`folded`: `key` case-folded, when that
    keeps its length).

    >>> document_facts("Quốc hội khai mạc kỳ họp thứ 6"), document_facts("HĐND TP. HCM khai mạc kỳ họp")
    (DocumentFacts(central_city=False, council='other'), DocumentFacts(central_city=True, council='council_session'))
    """
    names_assembly = folded is None or _ASSEMBLY_WORDS_RE.search(folded) is not None
    national_only = names_assembly and _QUOC_HOI_RE.search(key) is not None and _HDND_RE.search(key) is None
    names_city = folded is None or _CENTRAL_CITY_WORDS_RE.search(folded) is not None
    central_city = names_city and _CENTRAL_CITY_RE.search(key) is not None
    return DocumentFacts(central_city, "other" if national_only else "council_session")


def _appositions(key: str, meetings: list[regex.Match[str]]) -> set[int]:
    """Indexes of meetings in brackets right after another: "kỳ họp thứ 13 (kỳ họp bất thường)" is one meeting."""
    return {i for i in range(1, len(meetings)) if key[: meetings[i].start()].rstrip().endswith("(")}


def _sitting_of_another(key: str, end: int, others: list[regex.Match[str]]) -> bool:
    """Whether a plain word of meeting is a sitting of a longer meeting named right after it ("phiên họp sáng 4/7,
    kỳ họp thứ 4"): that meeting is the one reported."""
    nxt = next((o for o in others if o.start() >= end), None)
    return nxt is not None and nxt.lastgroup in _LONG_KINDS and bool(_SITTING_GAP_RE.fullmatch(key, end, nxt.start()))


# How far back a session's number is looked for with its holder.
_EARLIER_REACH = 3000


def _earlier_holder(ctx: DocumentContext, key: str, ordinal: int, before: int, doc: DocumentFacts) -> Body | None:
    """The holder the text gave the same numbered session earlier, in context or not ("chương trình kỳ họp thứ 7
    Quốc hội khoá XIV. Theo đó, kỳ họp thứ 7 sẽ khai mạc ..."): the assembly right after its number."""
    for m in reversed(list(_NUMBERED_SESSION_RE.finditer(key, max(0, before - _EARLIER_REACH), before))):
        if parse_ordinal(m.group("n")) != ordinal:
            continue
        held = [b for b in find_bodies(ctx.clean_text, m.end(), min(len(key), m.end() + 80), doc.central_city)]
        first = next(iter(held), None)
        if first is not None and holds_sessions(first) and QUALIFIERS_RE.fullmatch(key, m.end(), first.start):
            return first
    return None


def _last_council(found: list[MeetingMention]) -> MeetingMention | None:
    """The council session named last before, in the same sentence: "Kỳ họp ..., HĐND tỉnh ... bước vào phiên chất
    vấn" holds the hearing."""
    return next((f for f in reversed(found) if f.session_type == "council_session" and f.body is not None), None)


def meetings_in(
    ctx: DocumentContext, key: str, sentence: Sentence, in_lead: bool, doc: DocumentFacts, folded: str | None = None
) -> list[MeetingMention]:
    """The meetings a sentence reports; outside the lead only those it says were held ("tổ chức", "tại"), on a day
    it gives or by a body it names.

    `folded`: `key` case-folded, when that keeps its length (see `_MEETING_NOUN_RE`)."""
    found: list[MeetingMention] = []
    bodies: list[Body] | None = None
    previous: tuple[int, Body | None, str | None, tuple[int, int] | None] | None = None  # end, subject, term, years
    if folded is not None and not _MEETING_NOUN_RE.search(folded, sentence.start, sentence.end):
        return found
    meetings = list(_MEETING_RE.finditer(key, sentence.start, sentence.end))
    skip = _appositions(key, meetings)
    meetings = [m for i, m in enumerate(meetings) if i not in skip]
    for i, m in enumerate(meetings):
        following = meetings[i + 1] if i + 1 < len(meetings) else None
        kind = m.lastgroup or ""
        after = key[m.end() : sentence.end]
        session_type = _session_type(kind, after)
        if _is_context(key, m.start(), m.end(), sentence, folded):
            continue
        end = _phrase_end(key, m.end(), following.start() if following else sentence.end)
        end -= len(_JOINER_RE.search(key, m.end(), end).group(0))  # "Kỳ họp thứ 12 và hội nghị": stop before "và"
        if kind in HELD_KINDS and _sitting_of_another(key, max(end, m.end()), meetings[i + 1 :]):
            continue
        if bodies is None:
            bodies = find_bodies(ctx.clean_text, sentence.start, sentence.end, doc.central_city)
        ordinal, term, years = _term_parts(key, m.end(), end)
        inside = [b for b in bodies if m.end() <= b.start < end]
        own = next((b for b in inside if QUALIFIERS_RE.fullmatch(key, m.end(), b.start)), None)
        audience = None  # "Tỉnh ủy X tổ chức hội nghị cán bộ chủ chốt": a holder named comes before its audience
        if own is not None and is_audience(own):
            audience, own = own, None
        subject_body, sub_term, sub_years = None, None, None
        if found_subject := subject(bodies, key, m.start()):
            subject_body, trail_end = found_subject
            _, sub_term, sub_years = _term_parts(key, subject_body.end, trail_end)
        elif previous and _JOINER_RE.fullmatch(key, previous[0], m.start()):
            subject_body, sub_term, sub_years = previous[1:]  # "tổ chức Kỳ họp thứ 12 và hội nghị tổng kết"
        if kind == "verb" and found_subject is None:
            continue  # "họp" is a meeting only with its body right before it
        by = held_by(bodies, key, end, sentence.end) if not (own or subject_body) else None
        opener = None if own or subject_body or by else clause_subject(bodies, key, sentence.start, (m.start(), end))
        body = own or subject_body or by or opener or audience
        body = body or (None if kind in HELD_KINDS else next(iter(inside), None))
        if body in inside and _NATIONWIDE_RE.search(key, m.start(), body.start):  # "Đại hội đại biểu toàn quốc MTTQ"
            body = replace(body, level="central")
        term, years = term or sub_term, years or sub_years
        previous = (end, subject_body, sub_term, sub_years)
        if kind in HELD_KINDS and (session_type := held_type(kind, body, after)) is None:
            continue
        # A congress opens its term, and so do a council's first session and a committee's first plenum: their year is
        # the term's first; the one term their sentence names is theirs ("Đại hội, ... lần thứ V (nhiệm kỳ 2019 -
        # 2024)", "HĐND ... họp kỳ thứ nhất bầu các chức danh ... nhiệm kỳ 2016-2021").
        opens = session_type == "congress" or (session_type in ("council_session", "conference") and ordinal == 1)
        if opens and years is None and len(terms := _TERM_YEARS_RE.findall(key, sentence.start, sentence.end)) == 1:
            years = parse_term_years(terms[0])
        days = own_days(ctx, key, sentence, (m.start(), end), kind, opens, years[0] if opens and years else None,
                        years)  # fmt: skip
        # outside the lead: held ("tổ chức", "tại"), and on a day it gives or by a body named with it ("do X tổ chức")
        if not in_lead and not (_governed(key, m.start(), end, sentence) and (days or own or by)):
            continue
        if kind == "sup" and body is None:
            continue
        if session_type == "council_session" and kind == "council":
            if not holds_sessions(body):
                body = council_body(bodies, m.start()) or body
            if body is None and ordinal is not None:  # "kỳ họp thứ 7" named earlier with its holder
                body = _earlier_holder(ctx, key, ordinal, sentence.start, doc)
            session_type, body = council_type(body, doc.council)
        if session_type == "congress" and term is None and ordinal is not None:
            term = roman(ordinal)  # a congress elects the committee of its own number: "Đại hội lần thứ XVI"
        if session_type == "hearing" and body is None and (council := _last_council(found)):
            body, term, years = council.body, term or council.term, years or council.years  # a sitting of it
        found.append(
            MeetingMention(session_type, m.start(), max(end, m.end()), sentence, body, ordinal, term, years, days,
                           _bare(kind, session_type, ordinal, own, term or years))
        )  # fmt: skip
    return found

"""The meetings one sentence reports, each with the body holding it, its number, term and days; a meeting named
only as context, a plan or a count is left out (see `transforms.extraction.sessions.reports`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import regex

from transforms.extraction.dates import dates_in
from transforms.extraction.sessions.bodies import CAP_WORD, FLAGS, WORD_END, Body, find_bodies
from transforms.extraction.sessions.meeting_context import _governed, _is_context
from transforms.extraction.sessions.meeting_nouns import _MEETING_NOUN_RE, _MEETING_RE, _bare, _session_type
from transforms.model import DocumentContext, Sentence
from transforms.text import parse_ordinal, parse_roman, parse_term_years, roman

_CITY_NAMES = r"hà\s+nội|hồ\s+chí\s+minh|hcm|hải\s+phòng|đà\s+nẵng|cần\s+thơ"
_CENTRAL_CITY_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:tphcm|tp\.hcm|(?:thành\s+phố|tp\.?|thành\s+ủy|hđnd|ubnd)\s*(?:"
    + _CITY_NAMES
    + "))"
    + WORD_END,
    FLAGS,
)
# Every match of `_CENTRAL_CITY_RE` names a city: a text without one (case-folded, see `_MEETING_NOUN_RE`) needs no
# search for it.
_CITY_NAME_RE = re.compile(_CITY_NAMES)
# The bodies that hold a "kỳ họp": People's Councils, the National Assembly, the Party's inspection commissions.
_ASSEMBLIES = ("peoples_council", "national_assembly", "inspection_commission")
_HDND_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:hđnd|hội\s+đồng\s+nhân\s+dân)" + WORD_END, FLAGS)
_QUOC_HOI_RE = regex.compile(r"(?<![\p{L}\p{M}])(?<!toàn\s+)(?:quốc\s+hội|qh)" + WORD_END, FLAGS)

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
# What may stand between a meeting's noun and the body holding it: "Hội nghị lần thứ 2 Ban Chấp hành ...".
_QUALIFIERS_RE = regex.compile(
    r"(?:\s+|\s*[(),]\s*|(?:lần\s+)?thứ\s+[\p{L}\d]+|lần\s+\d+|đại\s+biểu|mở\s+rộng|giao\s+ban|sơ\s+kết|tổng\s+kết|"
    r"toàn\s+thể|trực\s+tuyến|lần\s+đầu|của|thường\s+kỳ|thường\s+lệ|chuyên\s+đề|bất\s+thường)*",
    FLAGS,
)
# A subject's own trailers ("Ban Chấp hành ..., khóa XXII, nhiệm kỳ 2020-2025"), then the verb that holds a meeting.
_SUBJECT_TRAIL_RE = regex.compile(
    r"(?:\s*,?\s*(?:kh[óo]a\s+[IVXLC\d]+|nhiệm\s+kỳ\s*\d{4}\s*[-–]\s*\d{4})|\s*\([^()]{0,60}\))*", FLAGS
)
_SUBJECT_GAP_RE = regex.compile(
    r"(?:\s+" + CAP_WORD + r"(?:\s+" + CAP_WORD + r"){1,3})?"
    r"(?:[\s,]|(?:đã|vừa|sẽ|long\s+trọng|chính\s+thức|đồng\s+loạt|"
    r"tổ\s+chức|khai\s+mạc|bế\s+mạc|triệu\s+tập|tiến\s+hành|chủ\s+trì|họp|có\s+buổi|lần\s+đầu|cùng|"
    r"tiếp\s+tục)" + WORD_END + ")*",
    FLAGS,
)
# Between a meeting's phrase and a day told as its own: "kỳ họp thứ 11 | diễn ra sáng | 11/12", ", khai mạc ngày ".
_DATE_AFTER_RE = regex.compile(
    r"\s*,?\s*(?:(?:đã|được|chính\s+thức)\s+)*(?:diễn\s+ra|khai\s+mạc|bế\s+mạc|họp|tổ\s+chức)?\s*(?:vào\s+)?"
    r"(?:(?:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:nay\s+)?)*\(?\s*",
    FLAGS,
)
_JOINER_RE = regex.compile(r"[\s,]*(?:(?:và|cùng)\s*)?$", FLAGS)
_HELD_BY_RE = regex.compile(r"\s*(?:do|của)\s+", FLAGS)


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
    dates: tuple[date, date] | None = None
    # A plain "hội nghị" or "Đại hội" with nothing of its own is a back-reference: the types it may stand for.
    bare: frozenset[str] = frozenset()


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


def _subject(bodies: list[Body], key: str, mention_start: int) -> tuple[Body, int] | None:
    """The body holding the meeting as the sentence's subject ("Thị ủy X tổ chức Hội nghị"), with the end of its
    trailers ("khóa ..., nhiệm kỳ ...")."""
    for body in bodies:
        if body.end > mention_start:
            break
        trail_end = _SUBJECT_TRAIL_RE.match(key, body.end, mention_start).end()
        if _SUBJECT_GAP_RE.fullmatch(key, trail_end, mention_start):
            return body, trail_end
    return None


def _own_dates(
    ctx: DocumentContext,
    sentence: Sentence,
    mention: tuple[int, int],
    congress: bool,
    term_start: int | None = None,
    key: str = "",
) -> tuple[date, date] | None:
    """The days of a meeting (`mention`: its phrase's start and end in `key`): a day inside its phrase or told right
    after it ("kỳ họp thứ 11 diễn ra sáng 11/12"), else the sentence's last own date before it, else its first after
    it (`term_start`: the first year of the term a congress opens, the year of its days where the text gives none)."""
    days = [
        d for d in dates_in(ctx, sentence, congress, term_start) if d.is_day and not d.reference and d.start and d.end
    ]
    start, end = mention
    own = [
        d
        for d in days
        if start <= d.char_start and (d.char_start < end or _DATE_AFTER_RE.fullmatch(key, end, d.char_start))
    ]
    before = [d for d in days if d.char_end <= start]
    chosen = own[0] if own else before[-1] if before else (days[0] if days else None)
    return (chosen.start, chosen.end) if chosen and chosen.start and chosen.end else None


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
    national_only = _QUOC_HOI_RE.search(key) is not None and _HDND_RE.search(key) is None
    names_city = folded is None or _CITY_NAME_RE.search(folded) is not None
    central_city = names_city and _CENTRAL_CITY_RE.search(key) is not None
    return DocumentFacts(central_city, "other" if national_only else "council_session")


def _appositions(key: str, meetings: list[regex.Match[str]]) -> set[int]:
    """Indexes of meetings in brackets right after another: "kỳ họp thứ 13 (kỳ họp bất thường)" is one meeting."""
    return {i for i in range(1, len(meetings)) if key[: meetings[i].start()].rstrip().endswith("(")}


def _council_body(bodies: list[Body], start: int) -> Body | None:
    """The holder of a "kỳ họp" whose phrase names none: the sentence's People's Council, National Assembly or
    inspection commission nearest to it ("HĐND tỉnh Nghệ An tại kỳ họp thứ 9")."""
    held = [b for b in bodies if b.body_type in _ASSEMBLIES]
    return min(held, key=lambda b: abs(b.start - start), default=None)


def _council_type(body: Body | None, doc: DocumentFacts) -> tuple[str, Body | None]:
    """The session type of a "kỳ họp" by its holder, and the holder kept: a People's Council's is a council session,
    a Party committee's a conference (its plenum), any other body's (National Assembly, inspection commission,
    an intergovernmental commission) `other`; a People's Committee holds none, so it is dropped."""
    if body is None or body.body_type == "peoples_committee":
        return doc.council, None
    if body.body_type == "peoples_council":
        return "council_session", body
    return ("conference" if body.body_type.startswith("party_") else "other"), body


def meetings_in(
    ctx: DocumentContext, key: str, sentence: Sentence, in_lead: bool, doc: DocumentFacts, folded: str | None = None
) -> list[MeetingMention]:
    """The meetings a sentence reports; outside the lead only those it says were held, on a date it gives.

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
        kind = next(k for k, v in m.groupdict().items() if v is not None)
        session_type = _session_type(kind, key[m.end() : sentence.end])
        if _is_context(key, m.start(), m.end(), sentence, folded):
            continue
        end = _phrase_end(key, m.end(), following.start() if following else sentence.end)
        end -= len(_JOINER_RE.search(key, m.end(), end).group(0))  # "Kỳ họp thứ 12 và hội nghị": stop before "và"
        dates = _own_dates(ctx, sentence, (m.start(), end), session_type == "congress", key=key)
        if not in_lead and (dates is None or not _governed(key, m.start(), end, sentence)):
            continue
        if bodies is None:
            bodies = find_bodies(ctx.clean_text, sentence.start, sentence.end, doc.central_city)
        ordinal, term, years = _term_parts(key, m.end(), end)
        inside = [b for b in bodies if m.end() <= b.start < end]
        own = next((b for b in inside if _QUALIFIERS_RE.fullmatch(key, m.end(), b.start)), None)
        subject, sub_term, sub_years = None, None, None
        if found_subject := _subject(bodies, key, m.start()):
            subject, trail_end = found_subject
            _, sub_term, sub_years = _term_parts(key, subject.end, trail_end)
        elif previous and _JOINER_RE.fullmatch(key, previous[0], m.start()):
            subject, sub_term, sub_years = previous[1:]  # "tổ chức Kỳ họp thứ 12 và hội nghị tổng kết"
        held_by = _HELD_BY_RE.match(key, end, sentence.end) if not (own or subject) else None
        by = next((b for b in bodies if held_by and b.start == held_by.end()), None)
        body = own or subject or by or next(iter(inside), None)
        term, years = term or sub_term, years or sub_years
        if session_type == "congress" and years and dates:  # the year of the term it opens, where the text omits it
            dates = _own_dates(ctx, sentence, (m.start(), end), True, years[0], key)
        previous = (end, subject, sub_term, sub_years)
        if kind == "sup" and body is None:
            continue
        if session_type == "council_session":
            if body is None or (body.body_type not in _ASSEMBLIES and not body.body_type.startswith("party_")):
                body = _council_body(bodies, m.start()) or body
            session_type, body = _council_type(body, doc)
        if session_type == "congress" and term is None and ordinal is not None:
            term = roman(ordinal)  # a congress elects the committee of its own number: "Đại hội lần thứ XVI"
        found.append(
            MeetingMention(session_type, m.start(), max(end, m.end()), sentence, body, ordinal, term, years, dates,
                     _bare(kind, session_type, ordinal, own, term or years))
        )  # fmt: skip
    return found

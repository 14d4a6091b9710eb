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
from transforms.model import DocumentContext, Sentence
from transforms.text import match_key, parse_ordinal, parse_roman, parse_term_years, roman

# Inside a sentence a full stop followed by a capital or a letter is an abbreviation's ("TP. HCM", "T.Ư"), not an end.
_NOT_STOP = r"(?:[^,;.]|\.(?=\S|\s+(?-i:\p{Lu})))"
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

# The meetings, by the noun that names them.
_MEETING_NOUNS = {
    "conf": r"hội\s+nghị",
    "cong": r"đại\s+hội",
    "council": r"k[ỳì]\s+họp",
    "hear": r"phiên\s+(?:họp\s+)?(?:chất\s+vấn|giải\s+trình)",
    "voter": r"tiếp\s+xúc(?:\s+với)?\s+cử\s+tri",
    "sup": r"đoàn\s+(?:giám\s+sát|khảo\s+sát)",
    "rev": r"sơ\s+kết|tổng\s+kết",
}
_MEETING_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:"
    + "|".join(rf"(?P<{kind}>{noun})" if kind != "rev" else rf"(?<=tổ\s+chức\s+)(?P<{kind}>{noun})"
               for kind, noun in _MEETING_NOUNS.items())
    + ")" + WORD_END,
    FLAGS,
)  # fmt: skip
# The nouns alone, without the word boundaries and context `_MEETING_RE` asks for, searched case-sensitively in the
# case-folded text: a sentence with none of them names no meeting, and this is far quicker to rule out. Where
# case-folding keeps the text's length, each character folds to one, and every character the case-insensitive
# `_MEETING_RE` takes for a letter of these nouns folds to that letter.
_MEETING_NOUN_RE = re.compile("|".join(_MEETING_NOUNS.values()))
_CONFERENCE_KIND_RE = regex.compile(
    r"^(?:\s+(?:\(?mở\s+rộng\)?|trực\s+tuyến|toàn\s+thể|đánh\s+giá,?|thường\s+kỳ|cán\s+bộ\s+chủ\s+chốt)){0,3}\s+"
    r"(?P<kind>giao\s+ban|sơ\s+kết|tổng\s+kết|tiếp\s+xúc(?:\s+với)?\s+cử\s+tri|chất\s+vấn|giải\s+trình)",
    FLAGS,
)
_OTHER_CONGRESS_RE = regex.compile(r"^\s+(?:thể\s+dục|tdtt|thể\s+thao|đồng\s+cổ\s+đông|đồng" + WORD_END + ")", FLAGS)
_CONFERENCE_FAMILY = frozenset({"conference", "briefing", "review", "voter_meeting", "hearing"})
# Right before a meeting: words that make it context, a venue, a plan, a count or a plural.
_CONTEXT_BEFORE_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:nghị\s+quyết|nq|văn\s+kiện|báo\s+cáo\s+chính\s+trị|dự\s+thảo|trình(?:\s+tại)?|"
    r"chuẩn\s+bị(?:\s+cho)?|tiến\s+tới|chào\s+mừng|hướng\s+tới|đi\s+dự|đại\s+biểu\s+dự|kết\s+luận(?:\s+của)?|"
    r"tinh\s+thần|phục\s+vụ|(?<!đã\s+(?:tổ\s+chức|tiến\s+hành)\s+)thành\s+công|thông\s+qua\s+tại|"
    r"trước(?:\s+thềm)?|sau|giữa|các|những|mỗi|từng|nhiều|một\s+số|cuộc|"
    r"(?<![/\d.,-]|kh[óo]a\s|thứ\s|lần\s|số\s)\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|sẽ|dự\s+kiến|"
    r"(?:chuẩn\s+bị|dự\s+kiến|kế\s+hoạch)\s+tổ\s+chức|hoạt\s+động|công\s+tác|"
    r"kết\s+quả|chương\s+trình|kế\s+hoạch|quy\s+trình|chất\s+lượng|về|gửi(?:\s+đến|\s+tới)?|đến|tới|từ|"
    r"trung\s+tâm|cung|hội\s+trường)\s*$",
    FLAGS,
)
# In the clause before a meeting: a plan, or a document put to it ("dự thảo Báo cáo chính trị ... tại Đại hội").
_CONTEXT_CLAUSE_RE = regex.compile(
    r"(?:(?<![\p{L}\p{M}])(?:sẽ|sắp|dự\s+kiến)" + WORD_END + r"[^,;]*"
    r"|(?:dự\s+thảo|văn\s+kiện|báo\s+cáo\s+chính\s+trị)[^,;]*(?:tại|trình|gửi)\s*"
    r"|(?<![\p{L}\p{M}])(?:để|nhằm)\s+trình" + WORD_END + r"[^,;]*(?:vào|tại)\s*"
    r"|(?<![\p{L}\p{M}])theo\s+(?:kế\s+hoạch|chương\s+trình|dự\s+kiến)" + WORD_END + r"[^;]*"
    # many holders at once: "68/68 Đảng bộ ... đã tổ chức thành công Đại hội", "hàng loạt tỉnh cũng tổ chức"
    r"|(?:(?<![\p{L}\p{M}])(?:các|những|toàn\s+bộ|hàng\s+loạt|nhiều)" + WORD_END + r"|\d+\s*/\s*\d+|100\s*%)[^,;]*"
    r"tổ\s+chức(?:\s+thành\s+công)?\s*)$",
    FLAGS,
)
_LATER_WORDS = r"cấp\s+trên|sắp\s+tới|tiếp\s+theo|các\s+cấp|lần\s+trước|cơ\s+sở"
_PLAN_WORDS = r"sẽ|dự\s+kiến|sắp"
# The words of `_CONTEXT_AFTER_RE` begin at most this many characters after the noun: where the case-folded text (see
# `_MEETING_NOUN_RE`) has none of them by then, it does not match.
_CONTEXT_AFTER_REACH = 80
_CONTEXT_AFTER_RE = regex.compile(  # used with match(): anchored where the meeting's noun ends
    _NOT_STOP + r"{0,60}?(?<![\p{L}\p{M}])(?:" + _LATER_WORDS + ")" + WORD_END
    + r"|(?:[^.;]|\.(?=\S|\s+(?-i:\p{Lu}))){0," + str(_CONTEXT_AFTER_REACH) + r"}?(?<![\p{L}\p{M}])(?:" + _PLAN_WORDS
    + ")" + WORD_END,
    FLAGS,
)  # fmt: skip
_CONTEXT_AFTER_WORD_RE = re.compile(_LATER_WORDS + "|" + _PLAN_WORDS)
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
# Outside the lead a meeting must be what the sentence says was held: "tổ chức Hội nghị", "Kỳ họp ... khai mạc".
_GOVERNED_BEFORE_RE = regex.compile(
    r"(?:tổ\s+chức|khai\s+mạc|bế\s+mạc|triệu\s+tập|tiến\s+hành|chủ\s+trì|họp|dự)\s*$", FLAGS
)
_GOVERNED_AFTER_RE = regex.compile(
    r"\s*,?\s*(?:đã\s+|chính\s+thức\s+|cũng\s+)*(?:khai\s+mạc|bế\s+mạc|diễn\s+ra|được\s+tổ\s+chức|họp|tiến\s+hành)"
    + WORD_END,
    FLAGS,
)  # fmt: skip
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


def _session_type(kind: str, after: str) -> str:
    """The session type of a meeting noun, from the words after it ("Hội nghị giao ban" -> briefing)."""
    if kind == "conf":
        m = _CONFERENCE_KIND_RE.match(after)
        word = match_key(m.group("kind")) if m else ""
        if word in ("", "chất vấn", "giải trình"):
            return "hearing" if word else "conference"
        return {"giao ban": "briefing", "sơ kết": "review", "tổng kết": "review"}.get(word, "voter_meeting")
    if kind == "cong":
        return "other" if _OTHER_CONGRESS_RE.match(after) else "congress"
    return {"council": "council_session", "hear": "hearing", "voter": "voter_meeting", "sup": "supervision",
            "rev": "review"}[kind]  # fmt: skip


def _is_context(key: str, start: int, end: int, sentence: Sentence, folded: str | None = None) -> bool:
    """True when the words around a meeting make it context, a plan or a count rather than a report of it
    (`folded`: `key` case-folded, when that keeps its length)."""
    before = key[max(sentence.start, start - 80) : start]
    if _CONTEXT_BEFORE_RE.search(before[-40:]) or _CONTEXT_CLAUSE_RE.search(before):
        return True
    if folded is not None:
        word = _CONTEXT_AFTER_WORD_RE.search(folded, end, sentence.end)
        if word is None or word.start() > end + _CONTEXT_AFTER_REACH:
            return False
    return bool(_CONTEXT_AFTER_RE.match(key, end, sentence.end))


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


def _governed(key: str, start: int, phrase_end: int, sentence: Sentence) -> bool:
    """Whether the sentence says the meeting was held: a holding verb right before it or right after its phrase."""
    return bool(
        _GOVERNED_BEFORE_RE.search(key, max(sentence.start, start - 25), start)
        or _GOVERNED_AFTER_RE.match(key, phrase_end, sentence.end)
    )


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


def _bare(kind: str, session_type: str, ordinal: int | None, own: Body | None, term: object) -> frozenset[str]:
    """The types a plain back-reference may stand for: a "hội nghị" without a number or a body named after it any
    conference, an "Đại hội" with no number, body or term of its own any congress (or one of shareholders); empty
    for any other mention."""
    if kind == "conf" and session_type == "conference" and ordinal is None and own is None:
        return _CONFERENCE_FAMILY
    if kind == "cong" and session_type == "congress" and ordinal is None and own is None and not term:
        return frozenset({"congress", "other"})
    return frozenset()

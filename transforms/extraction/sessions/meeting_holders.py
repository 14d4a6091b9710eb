"""Which body holds a meeting a sentence names: the body right after its noun ("Hội nghị lần thứ 2 Ban Chấp hành
..."), the sentence's subject ("Thị ủy X tổ chức Hội nghị", "Hội đồng thi đua khen thưởng huyện họp"), an
organiser told after it ("do HĐND thành phố tổ chức"), or the subject of the clause a meeting opens ("Tại phiên họp
ngày 17-12, Ban Bí thư đã kết luận"); and the type of a "kỳ họp" by its holder.
"""

from __future__ import annotations

import regex

from transforms.extraction.sessions.bodies import CAP_WORD, FLAGS, WORD_END, Body

# The bodies that hold a "kỳ họp": People's Councils, the National Assembly, the Party's inspection commissions.
_ASSEMBLIES = ("peoples_council", "national_assembly", "inspection_commission")
# What may stand between a meeting's noun and the body holding it: "Hội nghị lần thứ 2 Ban Chấp hành ...".
QUALIFIERS_RE = regex.compile(
    r"(?:\s+|\s*[(),]\s*|(?:lần\s+)?thứ\s+[\p{L}\d]+|lần\s+\d+|đại\s+biểu|mở\s+rộng|giao\s+ban|sơ\s+kết|tổng\s+kết|"
    r"toàn\s+thể|trực\s+tuyến|lần\s+đầu|của|thường\s+kỳ|thường\s+lệ|chuyên\s+đề|bất\s+thường)*",
    FLAGS,
)
# A subject's own trailers ("Ban Chấp hành ..., khóa XXII, nhiệm kỳ 2020-2025"), then the verb that holds a meeting.
SUBJECT_TRAIL_RE = regex.compile(
    r"(?:\s*,?\s*(?:kh[óo]a\s+[IVXLC\d]+|nhiệm\s+kỳ\s*\d{4}\s*[-–]\s*\d{4})|\s*\([^()]{0,60}\))*", FLAGS
)
_SUBJECT_GAP_RE = regex.compile(
    r"(?:\s+" + CAP_WORD + r"(?:\s+" + CAP_WORD + r"){1,3})?"
    r"(?:[\s,]|(?:đã|vừa|sẽ|long\s+trọng|chính\s+thức|đồng\s+loạt|"
    r"tổ\s+chức|khai\s+mạc|bế\s+mạc|triệu\s+tập|tiến\s+hành|chủ\s+trì|họp|có\s+buổi|lần\s+đầu|cùng|"
    r"tiếp\s+tục)" + WORD_END + ")*",
    FLAGS,
)
# An organiser told after the meeting's phrase, past a quoted name: "hội nghị chuyên đề “...” do HĐND thành phố tổ
# chức".
_HELD_BY_RE = regex.compile(r"(?:\s*“[^”\n]{0,300}”)?\s*(?:do|của)\s+", FLAGS)
# A sentence that opens with the meeting ("Tại phiên họp ngày 17-12 ..., ", after a short lead-in such as "Trước
# đó, "), up to the comma after which its holder is the subject.
_OPENING_RE = regex.compile(r"(?:[^,;.]{0,40},\s*)?(?:tại|trong)\s+", FLAGS)
_CLAUSE_COMMA_RE = regex.compile(r"[^,;.“”]{0,120}?,\s*", FLAGS)


def subject(bodies: list[Body], key: str, mention_start: int) -> tuple[Body, int] | None:
    """The body holding the meeting as the sentence's subject ("Thị ủy X tổ chức Hội nghị"), with the end of its
    trailers ("khóa ..., nhiệm kỳ ...")."""
    for body in bodies:
        if body.end > mention_start:
            break
        trail_end = SUBJECT_TRAIL_RE.match(key, body.end, mention_start).end()
        if _SUBJECT_GAP_RE.fullmatch(key, trail_end, mention_start):
            return body, trail_end
    return None


def held_by(bodies: list[Body], key: str, phrase_end: int, sentence_end: int) -> Body | None:
    """The organiser named right after a meeting's phrase: "do HĐND thành phố tổ chức", "của Ban Bí thư"."""
    m = _HELD_BY_RE.match(key, phrase_end, sentence_end)
    return next((b for b in bodies if m and b.start == m.end()), None)


def clause_subject(bodies: list[Body], key: str, sentence_start: int, mention: tuple[int, int]) -> Body | None:
    """The holder of a meeting that opens its clause: the body that is the subject after it ("Tại phiên họp ngày
    17-12 tại trụ sở Trung ương Đảng, Ban Bí thư đã kết luận ..."). None unless the clause after the comma opens
    with a body."""
    start, end = mention
    if not _OPENING_RE.fullmatch(key, sentence_start, start):
        return None
    comma = _CLAUSE_COMMA_RE.match(key, end)
    return next((b for b in bodies if comma and b.start == comma.end()), None)


def council_body(bodies: list[Body], start: int) -> Body | None:
    """The holder of a "kỳ họp" whose phrase names none: the sentence's People's Council, National Assembly or
    inspection commission nearest to it ("HĐND tỉnh Nghệ An tại kỳ họp thứ 9")."""
    held = [b for b in bodies if b.body_type in _ASSEMBLIES]
    return min(held, key=lambda b: abs(b.start - start), default=None)


def holds_sessions(body: Body | None) -> bool:
    """Whether a body may hold a "kỳ họp" itself: an assembly or a Party committee."""
    return body is not None and (body.body_type in _ASSEMBLIES or body.body_type.startswith("party_"))


def council_type(body: Body | None, default: str) -> tuple[str, Body | None]:
    """The session type of a "kỳ họp" by its holder, and the holder kept: a People's Council's is a council session,
    a Party committee's a conference (its plenum), any other body's (National Assembly, inspection commission,
    an intergovernmental commission) `other`; a People's Committee holds none, so it is dropped (`default`: the type
    of one whose holder the text never names)."""
    if body is None or body.body_type == "peoples_committee":
        return default, None
    if body.body_type == "peoples_council":
        return "council_session", body
    return ("conference" if body.body_type.startswith("party_") else "other"), body

"""The nouns that name a meeting ("hội nghị", "đại hội", "kỳ họp", "tiếp xúc cử tri", "phiên họp", "cuộc họp", "họp
báo", the verb "họp" after its body...), and the session type each names: read from the words after it, or, for the
plain words of meeting ("phiên họp", "cuộc họp", "họp"), from the body that holds it.
"""

from __future__ import annotations

import re

import regex

from transforms.extraction.sessions.bodies import FLAGS, WORD_END, Body
from transforms.text import match_key

# The meetings, by the noun that names them, most specific first.
_MEETING_NOUNS = {
    "conf": r"hội\s+nghị",
    "cong": r"đại\s+hội",
    "council": r"k[ỳì]\s+họp",
    "hear": r"phiên\s+(?:họp\s+)?(?:chất\s+vấn|giải\s+trình)",
    "voter": r"tiếp\s+xúc(?:\s+với)?\s+cử\s+tri",
    "sup": r"đoàn\s+(?:giám\s+sát|khảo\s+sát)",
    "rev": r"sơ\s+kết|tổng\s+kết",
    "press": r"(?:(?:cuộc|buổi)\s+)?họp\s+báo",  # a press conference
    "brief": r"(?:(?:cuộc|buổi)\s+)?họp\s+giao\s+ban",
    "sit": r"phiên\s+họp",  # a sitting: of a People's Committee, a standing committee, an extraordinary council
    "meet": r"(?:cuộc|buổi)\s+họp(?!\s+mặt)",
    # The verb, with its body right before it ("Hội đồng thi đua khen thưởng huyện họp xét ..."): not a room, a
    # get-together, or someone attending.
    "verb": r"(?<!(?:phòng|hội|dự|tham\s+gia|vắng|k[ỳì]|cuộc|buổi|phiên)\s+)họp(?!\s+(?:mặt|lớp|dân))",
}
_MEETING_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:"
    + "|".join(rf"(?P<{kind}>{noun})" if kind != "rev" else rf"(?<=tổ\s+chức\s+)(?P<{kind}>{noun})"
               for kind, noun in _MEETING_NOUNS.items())
    + ")" + WORD_END,
    FLAGS,
)  # fmt: skip
# The plain words of meeting, typed by their holder (`held_type`); without a holder they name no meeting the text
# reports.
HELD_KINDS = frozenset({"sit", "meet", "verb"})
# The nouns alone, without the word boundaries and context `_MEETING_RE` asks for, searched case-sensitively in the
# case-folded text: a sentence with none of them names no meeting, and this is far quicker to rule out. Where
# case-folding keeps the text's length, each character folds to one, and every character the case-insensitive
# `_MEETING_RE` takes for a letter of these nouns folds to that letter.
_MEETING_NOUN_RE = re.compile(r"hội\s+nghị|đại\s+hội|họp|chất\s+vấn|giải\s+trình|tiếp\s+xúc|giám\s+sát|khảo\s+sát|"
                              r"sơ\s+kết|tổng\s+kết")  # fmt: skip
_CONFERENCE_KIND_RE = regex.compile(
    r"^(?:\s+(?:\(?mở\s+rộng\)?|trực\s+tuyến|toàn\s+thể|đánh\s+giá,?|thường\s+kỳ|cán\s+bộ\s+chủ\s+chốt)){0,3}\s+"
    r"(?P<kind>giao\s+ban|sơ\s+kết|tổng\s+kết|tiếp\s+xúc(?:\s+với)?\s+cử\s+tri|chất\s+vấn|giải\s+trình)",
    FLAGS,
)
_OTHER_CONGRESS_RE = regex.compile(r"^\s+(?:thể\s+dục|tdtt|thể\s+thao|đồng\s+cổ\s+đông|đồng" + WORD_END + ")", FLAGS)
# What a plain "hội nghị" may stand for when it refers back to a meeting already named.
_CONFERENCE_FAMILY = frozenset(
    {"conference", "briefing", "review", "voter_meeting", "hearing", "committee_meeting", "other"}
)
# A standing committee's body name: "Thường trực HĐND huyện".
_STANDING_RE = regex.compile(r"^thường\s+trực" + WORD_END, FLAGS)
_BOARD_RE = regex.compile(r"^ban" + WORD_END, FLAGS)
_PLENUM_RE = regex.compile(r"^(?:ban\s+chấp\s+hành|bch)" + WORD_END, FLAGS)


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
            "rev": "review", "press": "other", "brief": "briefing"}.get(kind, "other")  # fmt: skip


def held_type(kind: str, body: Body | None, after: str) -> str | None:
    """The session type of a plain word of meeting ("phiên họp", "cuộc họp", "họp"), from its holder and the words
    after it: a People's Committee's, or a council's Standing Committee's, is a `committee_meeting` (its regular or
    thematic sitting, one held to agree on reports); a People's Council's own is a sitting of the council, a
    `council_session` ("phiên họp bất thường"); a Party Executive Committee's is its plenum, a `conference`; "...
    giao ban" is a `briefing`; any other body's is `other` (the Secretariat's or a standing board's sitting, an
    election committee's announcement). None without a holder.

    >>> held_type("sit", Body("UBND huyện", "peoples_committee", "district", None, 0, 10), " thường kỳ tháng 5")
    'committee_meeting'
    >>> held_type("verb", Body("HĐND tỉnh", "peoples_council", "province", None, 0, 9), " bất thường")
    'council_session'
    """
    if regex.match(r"\s*(?:định\s+kỳ\s+)?giao\s+ban" + WORD_END, after, FLAGS):
        return "briefing"
    if body is None:
        return None
    if body.body_type == "peoples_committee":
        return "committee_meeting"
    if body.body_type == "peoples_council":  # its Standing Committee, a board of it ("Ban Pháp chế HĐND"), or itself
        if _STANDING_RE.match(body.name):
            return "committee_meeting"
        return "other" if _BOARD_RE.match(body.name) else "council_session"
    if body.body_type == "party_committee" and _PLENUM_RE.match(body.name):
        return "conference"  # a sitting of a Party Executive Committee is its plenum ("Hội nghị lần thứ N")
    return "other"


def _bare(kind: str, session_type: str, ordinal: int | None, own: Body | None, term: object) -> frozenset[str]:
    """The types a plain back-reference may stand for: a "hội nghị" without a number or a body named after it any
    conference, an "Đại hội" with no number, body or term of its own any congress (or one of shareholders); empty
    for any other mention."""
    if kind == "conf" and session_type == "conference" and ordinal is None and own is None:
        return _CONFERENCE_FAMILY
    if kind == "cong" and session_type == "congress" and ordinal is None and own is None and not term:
        return frozenset({"congress", "other"})
    return frozenset()

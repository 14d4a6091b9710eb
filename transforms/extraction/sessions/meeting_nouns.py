"""The nouns that name a meeting ("hội nghị", "đại hội", "kỳ họp", "tiếp xúc cử tri"...), and the session type each
names, read from the words after it.
"""

from __future__ import annotations

import re

import regex

from transforms.extraction.sessions.bodies import FLAGS, WORD_END, Body
from transforms.text import match_key

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


def _bare(kind: str, session_type: str, ordinal: int | None, own: Body | None, term: object) -> frozenset[str]:
    """The types a plain back-reference may stand for: a "hội nghị" without a number or a body named after it any
    conference, an "Đại hội" with no number, body or term of its own any congress (or one of shareholders); empty
    for any other mention."""
    if kind == "conf" and session_type == "conference" and ordinal is None and own is None:
        return _CONFERENCE_FAMILY
    if kind == "cong" and session_type == "congress" and ordinal is None and own is None and not term:
        return frozenset({"congress", "other"})
    return frozenset()

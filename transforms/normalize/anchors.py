"""The councils, committees and Party committees a sentence names with their place, wherever it names them (the body
of a meeting, a past post, an election): where a bare title of the same kind that follows in the sentence belongs.

"HĐND tỉnh Thanh Hóa khóa XVII tiếp tục bầu ông A giữ chức Chủ tịch HĐND": A chairs Thanh Hóa's council, whatever
province the article is placed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from transforms.text import unify_tones

_PLACE = r"((?-i:[A-ZĐ\d])[^\W_]*(?:[\s-]+(?-i:[A-ZĐ])[^\W\d_]*){0,3})"
# A body's words and unit word, then its place: "HĐND tỉnh Thanh Hóa", "Đảng bộ huyện Yên Lạc", "Tỉnh ủy Lâm Đồng".
_BODY_RE = re.compile(
    r"(?<![^\W\d_])(?:(HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|Ban Chấp hành Đảng bộ|Đảng bộ)\s+"
    r"(tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s*"
    + _PLACE
    + r"|(Tỉnh|Thành|Huyện|Quận|Thị) ủy\s+(?:(?:TP|thành phố|tỉnh)\.?\s*)?"
    + _PLACE
    + ")",
    re.IGNORECASE,
)
_TYPES = {"hđnd": "peoples_council", "hội đồng nhân dân": "peoples_council", "ubnd": "peoples_committee",
          "ủy ban nhân dân": "peoples_committee"}  # fmt: skip
_LEVELS = {"tỉnh": ("province",), "huyện": ("district",), "quận": ("district",), "thị xã": ("district",),
           "thị": ("district",)}  # fmt: skip


def named_in(sentence: str) -> Iterator[tuple[int, str, tuple[str, ...], str, str]]:
    """(offset in the sentence, body type, the levels it may be at, its words as written, its place) of each
    council, people's committee or Party committee the sentence names with its place.

    >>> [(t, lv, p) for _, t, lv, _, p in named_in("Cùng ngày, HĐND tỉnh Thanh Hoá bầu ông A giữ chức Chủ tịch HĐND.")]
    [('peoples_council', ('province',), 'Thanh Hoá')]
    >>> [(t, lv, p) for _, t, lv, _, p in named_in("Ông B từng là Bí thư Thành uỷ Đà Nẵng.")]
    [('party_committee', ('province', 'district'), 'Đà Nẵng')]
    """
    for m in _BODY_RE.finditer(unify_tones(sentence)):
        words, unit_word = (m.group(1), m.group(2)) if m.group(1) else ("ủy", m.group(4))
        body_type = _TYPES.get(words.lower(), "party_committee")
        levels = _LEVELS.get(unit_word.lower().rstrip("."), ("province", "district"))
        place = m.span(3) if m.group(3) else m.span(5)
        yield m.start(), body_type, levels, sentence[m.start() : m.end()], sentence[place[0] : place[1]]

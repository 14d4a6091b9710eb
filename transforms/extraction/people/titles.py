"""Official titles: a stacked title ("Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện") split into its roles.

Each role is a (position, organization_type, level) triple of the taxonomy (`transforms.codes`) plus the role's own
words as written. Cue words, abbreviations and unit words are data tables (`title_vocabulary`, `body_vocabulary`); the
reading works on words keyed with `match_key` (`title_words`), so "Uỷ"/"Ủy" and "HĐND"/"hđnd" read the
same, and offsets always refer to the original text. This module reads a stack: roles joined by commas, dashes or
"kiêm", each read by `transforms.extraction.people.title_segments`.

>>> for role in parse_title("Tỉnh ủy viên, Bí thư Huyện ủy"):
...     print(role)
('member_of_committee', 'party_committee', 'province', 'Tỉnh ủy viên')
('secretary', 'party_committee', 'district', 'Bí thư Huyện ủy')
"""

from __future__ import annotations

from dataclasses import dataclass

from transforms.extraction.people.body_vocabulary import LEVEL_FALLBACK
from transforms.extraction.people.prefix_vocabulary import ACTING, FORMER_LIST_WORDS, HONORIFICS, RANKS
from transforms.extraction.people.title_reading import Reading, Segment
from transforms.extraction.people.title_segments import read_segment
from transforms.extraction.people.title_vocabulary import JOINERS, POSITION_CUES
from transforms.extraction.people.title_words import (
    DASHES,
    POSITION_INDEX,
    Words,
    expand,
    longest_match,
    phrase_index,
    position_at,
    tokenize,
)
from transforms.text import nfc

_RANK_INDEX = phrase_index(RANKS)
_HONORIFIC_INDEX = phrase_index(HONORIFICS + ACTING)
_FORMER_LIST_INDEX = phrase_index(FORMER_LIST_WORDS)
# Positions that need their body named ("Phó Chủ tịch", "đại biểu"): one listed with another shares its body.
_BODY_POSITIONS = frozenset(cue.position for cue in POSITION_CUES.values() if cue.needs_body)
# The words a position or a prefix before one (a rank, an honorific) can begin with: at any other word neither
# `position_at` nor `skip_prefixes` reads anything.
TITLE_FIRST_WORDS = frozenset(POSITION_INDEX) | frozenset(_RANK_INDEX) | frozenset(_HONORIFIC_INDEX)


@dataclass(slots=True)
class Stack:
    """The roles read one after another, and where reading stopped."""

    segments: list[Segment]
    token_end: int


def skip_prefixes(w: Words, k: int, stop: int) -> int:
    """Skip ranks, academic prefixes and "acting" ('Đại tá', 'PGS.TS', 'Quyền'): they are not roles.

    >>> skip_prefixes(expand(tokenize("Đại tá Chỉ huy trưởng")), 0, 5)
    2
    """
    while k < stop:
        word = w.words[k]
        if word not in _RANK_INDEX and word not in _HONORIFIC_INDEX:  # the common case
            return k
        n = longest_match(w.words, k, _RANK_INDEX, stop) or longest_match(w.words, k, _HONORIFIC_INDEX, stop)
        if not n:
            return k
        k += n
        while k < stop and w.words[k] == ".":
            k += 1
    return k


def read_stack(w: Words, k: int, stop: int, reading: Reading) -> Stack:
    """Read roles from word `k` while each part starts with a position (ranks and 'nguyên ...' parts are read and
    dropped); stop at a part that does not, at ';', ')' or '.', or before a part that runs into another name."""
    segments: list[Segment] = []
    joins: list[str] = []  # the word joining each role to the next
    token_end = w.owner[k] if k < len(w.words) else len(w.tokens)
    carry_former = False  # "nguyên Bí thư Thành ủy kiêm Chủ tịch HĐND": every role after a former one is former
    listed_former = False  # "từng là Bí thư Huyện ủy, Chủ tịch HĐND huyện; ...": every role after it is former
    while k < stop:
        k = skip_prefixes(w, k, stop)
        n = longest_match(w.words, k, _FORMER_LIST_INDEX, stop)
        if n and position_at(w, k + n)[1] is not None:
            listed_former = True
            k += n
        seg = read_segment(w, k, stop, reading)
        if seg is None:
            break
        if carry_former or listed_former:
            seg.former = seg.dropped = True
        if seg.name_start is not None:
            if segments:  # this role belongs to the name it runs into, not to the stack's owner
                break
            segments.append(seg)
            token_end = seg.token_end
            break
        segments.append(seg)
        token_end = seg.token_end
        k = w.first_word[seg.token_end] if seg.token_end < len(w.tokens) else len(w.words)
        if k >= stop:
            break
        tok = w.tokens[w.owner[k]]
        if tok.key == "và" and position_at(w, k + 1)[1] is None:
            break
        if (
            tok.key in JOINERS
            or tok.key == "và"
            or tok.text in (",", "-", "–", "—", "/")
            or (listed_former and tok.text == ";")
        ):
            carry_former = seg.former and not seg.past_term  # "nguyên Bí thư Thành ủy, Chủ tịch HĐND": both former
            joins.append(tok.key)
            k += 1
            continue
        break
    _share_bodies(segments, joins)
    if len(segments) > 1 and segments[-1].past_term and segments[-1].period:
        for seg in segments[:-1]:  # "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố giai đoạn 2011 - 2016": both
            seg.past_term = seg.former = seg.dropped = True
    resolve_levels(segments, reading)
    return Stack(segments, token_end)


def _share_bodies(segments: list[Segment], joins: list[str]) -> None:
    """A position written without its body takes the body of the role it is joined to by a dash or 'kiêm':
    "Phó Chủ tịch – Tổng Thư ký Ủy ban Trung ương MTTQ" is a Vice-Chair of that committee too; and by a comma or
    'và' when that role's position also needs a body: "Chủ tịch, Phó Chủ tịch HĐND", "Chủ tịch và đại biểu HĐND"."""
    for i in range(len(segments) - 2, -1, -1):
        seg, nxt = segments[i], segments[i + 1]
        if not seg.bodiless or nxt.bodiless:
            continue
        dash = joins[i] in DASHES or joins[i] in JOINERS
        if not dash and (joins[i] not in (",", "và") or nxt.position not in _BODY_POSITIONS):
            continue
        if not dash and nxt.org == "council_office":  # "Phó Tổng thư ký, Chánh Văn phòng": no chair of an office
            continue
        seg.org, seg.bodiless = nxt.org, False
        if not seg.explicit_level:
            seg.level, seg.explicit_level = nxt.level, nxt.explicit_level
        seg.dropped = seg.former


def resolve_levels(segments: list[Segment], reading: Reading) -> None:
    """A role whose words name no level takes the next role's level, else the previous one's, else the document's.

    "Uỷ viên BTV, Trưởng ban Dân vận Thị uỷ": the BTV is the Thị ủy's.
    """
    known = [s.level for s in segments]
    for i, seg in enumerate(segments):
        if seg.level is not None and seg.explicit_level:
            continue
        later = next((known[j] for j in range(i + 1, len(segments)) if segments[j].explicit_level), None)
        earlier = next((known[j] for j in range(i - 1, -1, -1) if segments[j].explicit_level), None)
        own = None if seg.level_guessed else seg.level  # a guess made before the stack grew is read again
        seg.level_guessed = not (later or earlier or own)
        seg.level = later or earlier or own or reading.doc_level_hint or LEVEL_FALLBACK


def parse_title(
    title_text: str, *, doc_level_hint: str | None = None, central_city: bool = False
) -> list[tuple[str, str, str, str]]:
    """A stacked title split into roles: (position, organization_type, level, the role's words as written).

    Ranks, honorifics and former ("nguyên ...") titles are left out; a role with no stated level takes its
    neighbour's, else `doc_level_hint`. `central_city`: a bare "Thành ủy" is that of a centrally-run city.

    >>> for role in parse_title("PBTHU, Chủ tịch UBND huyện"):
    ...     print(role)
    ('deputy_secretary', 'party_committee', 'district', 'PBTHU')
    ('chair', 'peoples_committee', 'district', 'Chủ tịch UBND huyện')
    >>> parse_title("Đại tá, nguyên Bí thư Huyện ủy")
    []
    """
    text = nfc(title_text)
    tokens = tokenize(text)
    if not tokens:
        return []
    w = expand(tokens)
    reading = Reading(doc_level_hint=doc_level_hint, central_city=central_city)
    out: list[tuple[str, str, str, str]] = []
    k = 0
    while k < len(w.words):
        stack = read_stack(w, k, len(w.words), reading)
        for seg in stack.segments:
            if not seg.dropped:
                out.append((seg.position, seg.org, seg.level or LEVEL_FALLBACK, text[seg.start : seg.end]))
        nxt = w.first_word[stack.token_end] if stack.token_end < len(tokens) else len(w.words)
        k = max(nxt, k + 1)
    return out

"""Titles shared by a list of names, as Vietnamese writes them once for several people: after the list ("Phạm
Văn A, Nguyễn Văn B, Phó Chủ tịch UBND huyện"), as its heading ("các Ủy viên Trung ương Đảng: Bí thư Tỉnh ủy C,
Bộ trưởng D"), one title each in order ("miễn nhiệm Chủ tịch, Phó Chủ tịch HĐND đối với bà E và bà F"), and
a unit's chairs said without their committee ("Tỉnh X hiện có năm phó chủ tịch, gồm các ông: ...").
"""

from __future__ import annotations

import copy

from transforms.extraction.people.body_vocabulary import UNIT_WORDS
from transforms.extraction.people.line_names import Name
from transforms.extraction.people.title_codes import UNIT_CHAIRS
from transforms.extraction.people.title_reading import Reading, Segment
from transforms.extraction.people.title_words import SEPARATORS, Words

# Positions several people hold at once in one body: a title written once after a list of names is each one's.
PLURAL_POSITIONS = frozenset(
    {"vice_chair", "deputy_secretary", "deputy_head", "member", "member_of_committee", "standing_committee_member",
     "delegate"}
)  # fmt: skip
NUMBER_WORDS = frozenset({"hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})
_PLURAL_MARKS = frozenset({"các", "những"}) | NUMBER_WORDS
_NOW_WORDS = frozenset({"hiện", "nay", "đang", "hiện nay"})


def copies(segments: list[Segment]) -> list[Segment]:
    """Each person's own copy of a shared title, so that what is later decided for one is not decided for all."""
    return [copy.copy(s) for s in segments]


def heading_end(w: Words, start: int, token_end: int) -> int | None:
    """Where the list begins, if a title read from word `start` to token `token_end` is the plural heading of a
    list: "các Ủy viên Trung ương Đảng: ...", "3 Phó Bí thư: ..."; None otherwise.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> w = expand(tokenize("Dự có các Ủy viên Trung ương Đảng: Bí thư"))
    >>> heading_end(w, 3, 8)
    9
    """
    if token_end >= len(w.tokens) or w.tokens[token_end].text != ":" or start == 0:
        return None
    before = w.words[start - 1]
    return token_end + 1 if before in _PLURAL_MARKS or before.isdigit() else None


def share_back(group: list[tuple[Name, list[Segment]]], name: Name, stated: list[Segment]) -> None:
    """The names listed right before `name` with no title of their own take the title written after it (after a
    comma or a dash, not in parentheses, which hold a name's own title), when it is one that several people hold
    at once ("A, B, Phó Chủ tịch UBND huyện"; not "A, B, Chủ tịch ..."), and they were introduced alike (each with
    a cue, or none with one).

    >>> seg = Segment("vice_chair", "peoples_committee", "district", 0, 0, 0)
    >>> first = (Name(0, 3, False), [])
    >>> share_back([first], Name(4, 7, False), [seg])
    >>> [s.position for s in first[1]]
    ['vice_chair']
    """
    if not stated or any(s.dropped or s.position not in PLURAL_POSITIONS for s in stated):
        return
    for earlier, roles in reversed(group):
        if roles or earlier.cued != name.cued:
            break
        roles.extend(copies(stated))


def respective(group: list[list[Segment]], shared: list[Segment]) -> None:
    """As many titles as names, each a different post ("Chủ tịch, Phó Chủ tịch HĐND ... đối với bà A và bà B",
    "A và B được bầu giữ chức Chủ tịch UBND tỉnh và Chủ tịch HĐND tỉnh"): each name keeps only the title in its own
    place.

    >>> chair = Segment("chair", "peoples_council", "province", 0, 0, 0)
    >>> vice = Segment("vice_chair", "peoples_council", "province", 0, 0, 0)
    >>> a, b = [chair, vice], copies([chair, vice])
    >>> respective([a, b], [chair, vice])
    >>> [s.position for s in a], [s.position for s in b]
    (['chair'], ['vice_chair'])
    """
    posts = [(s.position, s.org) for s in shared]
    if len(group) != len(shared) or len(shared) < 2 or len(set(posts)) != len(posts):
        return
    for i, roles in enumerate(group):
        roles[:] = [s for s in roles if (s.position, s.org) not in posts or (s.position, s.org) == posts[i]]


def lend_body(body: Segment, roles: list[Segment]) -> None:
    """A chair's title said without its body in a list that named the body with an earlier chair ("Bà A - Chủ tịch
    Hội Luật gia tỉnh; ông B - Phó Chủ tịch thường trực; ông C và bà D - Phó Chủ tịch") is a chair of that body.

    >>> body = Segment("chair", "mass_organization", "province", 0, 0, 0, explicit_level=True)
    >>> vice = Segment("vice_chair", "other", "district", 0, 0, 0, dropped=True, bodiless=True)
    >>> lend_body(body, [vice])
    >>> vice.org, vice.level, vice.dropped
    ('mass_organization', 'province', False)
    """
    for seg in roles:
        if seg.bodiless and seg.position in UNIT_CHAIRS:
            seg.org, seg.level, seg.explicit_level, seg.bodiless = body.org, body.level, body.explicit_level, False
            seg.level_guessed = body.level_guessed
            seg.dropped = seg.former


def chair_body(roles: list[Segment]) -> Segment | None:
    """The first chair's title with its body named, among a name's roles."""
    return next((s for s in roles if s.position in UNIT_CHAIRS and not s.bodiless and not s.dropped), None)


def territorial_chairs(w: Words, start: int, segments: list[Segment], reading: Reading) -> None:
    """Chairs said without their body after a unit that "has" them ("Tỉnh Quảng Nam hiện có năm phó chủ tịch"): the
    chairs of that unit's People's Committee.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> w = expand(tokenize("Tỉnh Hà Nam hiện có ba phó chủ tịch"))
    >>> seg = Segment("vice_chair", "other", None, 0, 0, 0, dropped=True, bodiless=True)
    >>> territorial_chairs(w, 6, [seg], Reading())
    >>> seg.org, seg.level, seg.dropped
    ('peoples_committee', 'province', False)
    """
    j = start - 1
    if j >= 0 and (w.words[j] in NUMBER_WORDS or w.words[j].isdigit()):
        j -= 1
    if j < 0 or w.words[j] != "có":
        return
    j -= 1
    while j >= 0 and w.words[j] in _NOW_WORDS:
        j -= 1
    while j >= 0 and w.tokens[w.owner[j]].is_capitalised and w.words[j] not in UNIT_WORDS:
        j -= 1
    unit = " ".join(w.words[j - 1 : j + 1]) if j >= 1 and w.words[j - 1 : j + 1] == ["thành", "phố"] else w.words[j]
    lo = j - len(unit.split()) + 1
    if j < 0 or unit not in UNIT_WORDS or (lo > 0 and w.words[lo - 1] not in SEPARATORS):
        return
    level = UNIT_WORDS[unit] or ("province" if reading.central_city else "district")
    for seg in segments:
        if seg.bodiless and seg.position in UNIT_CHAIRS:
            seg.org, seg.level, seg.explicit_level, seg.bodiless = "peoples_committee", level, True, False
            seg.dropped = seg.former

"""The test before cleaning: whether a page's text, as read, holds any trace of a local body and of an event.

The stage-1 gate (`cues.passes_gate`) reads the clean text's headline and opening; cleaning only takes lines away
(site chrome, photo credits, bylines), so a page whose whole text, headline included, names no body (nor a meeting
a locality may hold) or no event or act cannot pass it, and needs no cleaning to be judged irrelevant. This test is
the gate's own phrases (the keys of its automata, searched as one DFA each) over the whole decoded text, and looser
than the gate where the gate looks closer (a meeting phrase counts without the capitalised locality before it, a
locality followed by an act verb without opening its clause): it must never stop a page that the gate would let
through.
"""

from __future__ import annotations

import unicodedata

import ahocorasick_rs

from transforms.relevance.cues import _GATE_BODY, _GATE_EVENT
from transforms.relevance.locality import _AFTER, BODY_ASPECT_RE, department_personnel
from transforms.relevance.rules import GATE_REASON

# The reason of a page ruled out before cleaning: the gate's, and that its text is stored as read.
RULED_OUT_REASON = f"{GATE_REASON} anywhere on the page (stored as read, not cleaned)"


def _scanner(words: list[str]) -> ahocorasick_rs.AhoCorasick:
    """The gate's phrases as a deterministic automaton: this test reads every page of a crawl whole, and a DFA
    reads text about three times as fast as the gate's own automata (which `passes_gate` keeps for the short
    window it reads in order). Every hit of the gate's automata is a hit here (overlapping search)."""
    return ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.DFA)


_BODY_WORDS, _BODY_VALUES = zip(*_GATE_BODY.items(), strict=True)  # a hit's value by its index
_BODY_SCANNER = _scanner(list(_BODY_WORDS))
_EVENT_SCANNER = _scanner(list(_GATE_EVENT.keys()))


def may_be_relevant(text: str, title: str | None = None, *, text_in_nfc: bool = False) -> bool:
    """False when `text` (with `title`, a headline known from elsewhere) names no local body, no meeting phrase and
    no locality governing an act, or no event or act, in any spelling the gate knows; True otherwise (the page then
    goes through cleaning and the verdict). `text_in_nfc`: the caller knows `text` is in NFC (`normalize`'s output),
    so it is not checked again.

    >>> may_be_relevant("Trang chủ\\nSáng 5/7, HĐND tỉnh khai mạc kỳ họp thứ 4.\\nBản quyền")
    True
    >>> may_be_relevant("Đội chủ nhà thắng 3-0 trên sân nhà", title="Bóng đá")
    False
    >>> may_be_relevant("Sáng 5/7, Hội đồng nhân dân tỉnh khai mạc", title="Kỳ họp thứ 4")
    True
    >>> may_be_relevant("Trang chủ\\nUBND thành phố X vừa di dời 6 hộ dân")
    True
    """
    # NFC composes nothing across a line break: the two parts are brought to it apart
    if not text_in_nfc and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if title and not unicodedata.is_normalized("NFC", title):
        title = unicodedata.normalize("NFC", title)
    window = f"{title}\n{text}" if title else text
    bodies = [(end, _BODY_VALUES[index]) for index, _, end in _BODY_SCANNER.find_matches_as_indexes(window, True)]
    if not any(_names_actor(window, end, value) for end, value in bodies):
        return False
    if _EVENT_SCANNER.find_matches_as_indexes(window):
        return True
    # a body acting with no event word ("UBND X vừa ..."), as the gate lets through
    return any(value is True and BODY_ASPECT_RE.match(window, end) for end, value in bodies)


def _names_actor(window: str, end: int, value: bool | tuple[str, int]) -> bool:
    """Whether a hit of the gate's body automaton may make the gate pass: a body (True) or a meeting a locality may
    hold (False) always (the gate also wants the locality's name before it: not asked here); a province or a level
    word when an act verb follows it as in `locality.locality_acts` (which also wants it to open its clause: not
    asked here, since cleaning may take away what stood before it); a department's head when the page tells a
    personnel decision anywhere. `end`: where the hit ends (the index after its last character)."""
    if isinstance(value, bool):
        return True
    kind = value[0]
    if kind == "department":
        return department_personnel(window)
    return _AFTER[kind].match(window, end) is not None

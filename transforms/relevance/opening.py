"""Reading the opening of a page for `verdict`: the title and each lead sentence become a `UnitCues` that
records which bodies it names, which events, which acts a body governs (a decision verb after a body that is neither
a source nor the addressee of a request, a document noun of a body), and what speaks against relevance (an incident,
a national actor, an answer to the press, a festival headline).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from transforms.relevance.actors import _addressed, _directs, _heads_title, _locality_holds, actors_of, governed
from transforms.relevance.cues import Cue, find_cues, fold, sentence_spans
from transforms.relevance.vocabulary import (
    ASSEMBLY_WORDS,
    CAPTION_CHARS,
    CAPTION_EVENTS,
    COUNCIL_WORDS,
    DEPUTY_CORRIDOR,
    DEPUTY_DISCUSSION,
    DEPUTY_WORDS,
    IMPERATIVE_OPENINGS,
    INCIDENT_CUES,
    LEISURE_CUES,
    NATIONAL_CUES,
    NOT_CASE_VU,
    PRESS_CUES,
    QUOTE_MARKS,
    SPEAKER_COLON_WITHIN,
    SPEAKER_WORDS,
)

WINDOW_CHARS = 1200  # the title and this much of the text are read; the verdict never looks further
# A body named with one of these frames the article as its meeting, even in the third sentence.
ASSEMBLY_EVENTS = frozenset(("session", "hearing"))  # events a unit telling of the Assembly's sitting names
DEPUTY_UNITS = 6  # the title and five sentences are read for the National Assembly's sitting (captions come first)
MEETING_EVENTS = frozenset(("session", "conference", "congress", "voter meeting", "briefing", "hearing", "election"))

_INCIDENT_RE = re.compile(INCIDENT_CUES)
_CASE_VU_RE = re.compile(r"(\w*)\s+vụ\s+(?!việc)\w")
_NATIONAL_RE = re.compile(NATIONAL_CUES)
_CORRIDOR_RE = re.compile(DEPUTY_CORRIDOR)
_DISCUSSION_RE = re.compile(DEPUTY_DISCUSSION)
_ASSEMBLY_RE = re.compile(ASSEMBLY_WORDS)
_COUNCIL_RE = re.compile(COUNCIL_WORDS)
_PRESS_RE = re.compile(PRESS_CUES)
_LEISURE_RE = re.compile(LEISURE_CUES)
_IMPERATIVE_RE = re.compile(r"['\"“‘]?(?:" + "|".join(map(re.escape, IMPERATIVE_OPENINGS)) + r")\b")
_SPEAKER_RE = re.compile(SPEAKER_WORDS)
_CAPTION_RE = re.compile(
    r"\(?ảnh(?: minh họa)?\s*(?::|$)|ảnh minh họa\b|nguồn ảnh\b|(?:quang|toàn) cảnh\b|"
    rf".*\bphát biểu(?: chỉ đạo)?(?: tại)? (?:{CAPTION_EVENTS})$"
)


@dataclass(slots=True)
class UnitCues:
    """What one unit of the opening (the title or a sentence) says, as cue names."""

    bodies: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    acts: list[str] = field(default_factory=list)  # acts a body governs (in the title also one opening it)
    acting: bool = False  # a body of the unit is its subject, not the object of another's act
    incident: bool = False
    national: bool = False
    press: bool = False
    leisure: bool = False  # a festival, tourism or sport headline
    speaker: bool = False  # a headline "<body or office holder>: <quote>"
    addressed: bool = False  # every body of the unit is the addressee of another's request ("đề nghị UBND tỉnh")
    directs: bool = False  # a body of the unit governs a directive or decision verb ("UBND tỉnh yêu cầu")
    deputy: bool = False  # set on the title and lead: it tells of the National Assembly's sitting ("thảo luận tại tổ")

    @property
    def paired(self) -> bool:
        """A body named with an event or an act it governs; not a body only asked to act ("đề nghị UBND tỉnh giao
        UBND huyện giám sát việc...")."""
        return bool(self.bodies and (self.events or self.acts)) and not self.addressed

    @property
    def meeting(self) -> bool:
        """A body named with one of its formal meetings (a session, conference, congress...)."""
        return bool(self.bodies and MEETING_EVENTS.intersection(self.events))

    @property
    def body_acts(self) -> bool:
        """A body acts as the subject of the unit: it governs a decision or holds a meeting ("UBND TP tổ chức cuộc
        họp", not "Sở Y tế họp với UBND quận")."""
        return self.acting and bool(self.acts or self.events)

    def add(self, kind: str, name: str) -> None:
        names = {"body": self.bodies, "event": self.events, "act": self.acts}[kind]
        if name not in names:
            names.append(name)


def read_against(unit: UnitCues, text: str) -> None:
    """Set the cues that speak against relevance (title and first sentence only).

    >>> unit = UnitCues(); read_against(unit, "chủ tịch yêu cầu báo cáo vụ cô giáo đánh trẻ"); unit.incident
    True
    """
    unit.incident = _INCIDENT_RE.search(text) is not None or _names_a_case(text)
    unit.national = _NATIONAL_RE.search(text) is not None
    unit.press = _PRESS_RE.search(text) is not None
    unit.leisure = _LEISURE_RE.search(text) is not None


def _names_a_case(text: str) -> bool:
    """True when "vụ" introduces a case (an incident), not a word such as "nhiệm vụ" or "dịch vụ".

    >>> _names_a_case("triển khai nhiệm vụ năm 2023")
    False
    """
    if "vụ" not in text:  # the pattern's word, found far faster than the pattern
        return False
    return any(match.group(1) not in NOT_CASE_VU for match in _CASE_VU_RE.finditer(" " + text))


@dataclass(slots=True)
class Opening:
    """The opening as read: its folded text, the span of each unit (the title first), the cues found in each unit and
    what each unit says (`UnitCues`)."""

    folded: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)
    cues: list[list[Cue]] = field(default_factory=list)
    units: list[UnitCues] = field(default_factory=list)


def read_units(title: str | None, clean_text: str) -> Opening:
    """Read the title and each sentence of the opening. `clean_text` starts with the title line when there is one (it
    is not read twice); without a title the first sentence stands in for it.

    >>> opening = read_units("Hội nghị Huyện ủy", "Hội nghị Huyện ủy\\nSáng 5/5, Huyện ủy họp bàn. Dự có...")
    >>> [u.paired for u in opening.units], [c.name for c in opening.cues[1]]
    ([True, True, False], ['party committee', 'meeting'])
    """
    window = clean_text[:WINDOW_CHARS].lstrip()
    head = (title or "").strip()
    if head and window.startswith(head):
        window = window[len(head) :]
    folded = fold(head + "\n" + window) if head else fold(window)
    spans = sentence_spans(folded)
    if head:
        title_end = folded.find("\n")
        spans = [(0, title_end), *((s, e) for s, e in spans if s > title_end)]
    spans = _story_units(folded, spans)
    if not spans:
        return Opening(folded)
    units = [UnitCues() for _ in spans]
    per_unit: list[list[Cue]] = [[] for _ in spans]
    starts = [s for s, _ in spans]
    for cue in find_cues(folded):
        i = bisect.bisect_right(starts, cue.start) - 1
        if i >= 0 and cue.end <= spans[i][1]:
            per_unit[i].append(cue)
    for i, (cues, (start, end)) in enumerate(zip(per_unit, spans, strict=True)):
        _fill_unit(units[i], folded, cues, start, end, is_title=i == 0)
    for i in range(min(2, len(units))):
        read_against(units[i], folded[spans[i][0] : spans[i][1]])
    _mark_deputies(folded, spans[:DEPUTY_UNITS], units)
    return Opening(folded, spans, per_unit, units)


def read_opening(title: str | None, clean_text: str) -> tuple[UnitCues, list[UnitCues]]:
    """The cues of the title and of each sentence of the opening (see `read_units`).

    >>> head, sentences = read_opening("Hội nghị Huyện ủy", "Hội nghị Huyện ủy\\nSáng 5/5, Huyện ủy họp bàn. Dự có...")
    >>> head.paired, [s.paired for s in sentences]
    (True, [True, False])
    """
    units = read_units(title, clean_text).units
    return (units[0], units[1:]) if units else (UnitCues(), [])


def _mark_deputies(folded: str, spans: list[tuple[int, int]], units: list[UnitCues]) -> None:
    """Mark the units of the title and lead that tell of the National Assembly's sitting: its corridor, or a group or
    plenary discussion or a draft law when the opening names the Assembly and no council. Their session and
    questioning events are dropped: the sitting is the Assembly's.

    >>> units = [UnitCues(), UnitCues()]
    >>> _mark_deputies("tin\\nchiều 5/6, thảo luận tại tổ, đại biểu quốc hội nói", [(0, 3), (4, 52)], units)
    >>> [u.deputy for u in units]
    [False, True]
    """
    if not spans:
        return
    opening = (spans[0][0], spans[-1][1])
    text = folded[opening[0] : opening[1]]
    if not any(word in text for word in DEPUTY_WORDS):
        return  # the common case, found by substring tests (a regex search over the opening costs more)
    national = _ASSEMBLY_RE.search(folded, *opening) is not None and _COUNCIL_RE.search(folded, *opening) is None
    for unit, (start, end) in zip(units, spans, strict=False):
        unit.deputy = _CORRIDOR_RE.search(folded, start, end) is not None or (
            national and _DISCUSSION_RE.search(folded, start, end) is not None
        )
        if unit.deputy:  # the sitting or questioning told there is the Assembly's, not a local council's
            unit.events = [e for e in unit.events if e not in ASSEMBLY_EVENTS]


def _imperative_after_colon(folded: str, start: int, end: int) -> bool:
    """True when the part of a headline after its colon opens with an imperative ("ô nhiễm kênh: khẩn trương xử lý").

    >>> _imperative_after_colon("ô nhiễm kênh: khẩn trương xử lý", 0, 31), _imperative_after_colon("ô nhiễm", 0, 7)
    (True, False)
    """
    colon = folded.find(":", start, min(end, start + SPEAKER_COLON_WITHIN))
    return colon >= 0 and _IMPERATIVE_RE.match(folded[colon + 1 : end].lstrip()) is not None


def _story_units(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without photo captions ("Ảnh minh họa: TTXVN") and without a sentence repeated from earlier (pages
    repeat the headline or the lead), so that the lead sentences are the story's.

    >>> text = "họp hđnd\\nhđnd họp.\\nảnh: ttxvn.\\nhđnd họp.\\nngày 5/5, hđnd tỉnh họp."
    >>> [text[s:e] for s, e in _story_units(text, sentence_spans(text))]
    ['họp hđnd', 'hđnd họp.', 'ngày 5/5, hđnd tỉnh họp.']
    """
    seen: set[str] = set()
    kept = []
    for start, end in spans:
        text = folded[start:end].rstrip(".!?… ")
        if text in seen or (len(text) <= CAPTION_CHARS and _CAPTION_RE.match(text)):
            continue
        seen.add(text)
        kept.append((start, end))
    return kept


def _fill_unit(unit: UnitCues, folded: str, cues: list[Cue], start: int, end: int, *, is_title: bool) -> None:
    """Record a unit's bodies, events and acts. A province counts as a body when it governs an act. In the title an
    act that opens the headline counts as well ("Hủy nhiều văn bản..."), but nothing in the quote of a speaker
    headline ("Chủ tịch Hà Nội: Tháng 7 công bố kết luận") and no act after a source verb ("Bí thư X lý giải ... đề
    nghị"); a province opening the headline with a colon ("Hà Nội: ...") counts as a body when the headline names an
    event, and an imperative opening the headline or its part after a colon is an act ("Vụ X: Khẩn trương làm rõ")."""
    bodies = [c for c in cues if c.kind == "body"]
    actors = actors_of(folded, cues, start)
    unit.acting = any(a.kind == "body" for a in actors)
    unit.addressed = bool(bodies) and all(_addressed(folded, start, body) for body in bodies)
    colon = folded.find(":", start, min(end, start + SPEAKER_COLON_WITHIN)) if is_title else -1
    if colon > 0 and any(c.end <= colon for c in bodies):
        quoted = folded[colon + 1 : colon + 3].strip()[:1] in QUOTE_MARKS
        unit.speaker = quoted or _SPEAKER_RE.search(folded, start, colon) is not None
    for cue in cues:
        if is_title and unit.speaker and cue.start > colon and cue.kind != "body":
            continue  # the quote of a speaker headline is what was said, not what was done
        if cue.kind in ("body", "event"):
            unit.add(cue.kind, cue.name)
            if cue.kind == "event" and _locality_holds(folded, start, cue):
                unit.add("body", "locality holds meeting")
                unit.acting = True
        elif cue.kind in ("verb", "noun"):
            if governed(folded, cue, actors, bodies):
                unit.add("act", cue.name)
                unit.directs = unit.directs or _directs(folded, start, cue, actors, cues)
            elif is_title and _heads_title(folded, start, cue, actors):
                unit.add("act", cue.name)
            else:
                continue
            places = [a for a in actors if a.kind == "place" and a.end <= cue.start]
            if places and governed(folded, cue, places[-1:], []):
                unit.add("body", "province as actor")
    if is_title:
        if _IMPERATIVE_RE.match(folded, start) or (not unit.speaker and _imperative_after_colon(folded, start, end)):
            unit.add("act", "imperative headline")
        first = next((c for c in cues if c.kind == "place"), None)
        if first is not None and folded[first.end : first.end + 2].strip().startswith(":") and unit.events:
            unit.add("body", "province headline")

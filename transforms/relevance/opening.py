"""Reading the opening of a page for `transforms.relevance.verdict`: the title and each lead sentence become a `UnitCues` that
records which bodies it names, which events, which acts a body governs (a decision verb after a body that is neither
a source nor the addressee of a request, a document noun of a body), and what speaks against relevance (an incident,
a national actor, an answer to the press, a festival headline).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from transforms.relevance.cues import Cue, find_cues, fold, sentence_spans
from transforms.relevance.vocabulary import (
    ACT_REACH,
    ADDRESSEE_MARKERS,
    ASSEMBLY_WORDS,
    CAPTION_CHARS,
    CAPTION_EVENTS,
    CONTEXT_BEFORE_NOUN,
    CONTEXT_REACH,
    COUNCIL_WORDS,
    DEPUTY_CORRIDOR,
    DEPUTY_DISCUSSION,
    DEPUTY_WORDS,
    DIRECTIVE_VERBS,
    IMPERATIVE_OPENINGS,
    INCIDENT_CUES,
    LEISURE_CUES,
    LIST_WORDS,
    LOCALITY_LEVELS,
    LOCALITY_MEETINGS,
    NATIONAL_CUES,
    NOT_CASE_VU,
    NOUN_REACH,
    OBJECT_MARKERS,
    PLACE_ACTOR_AFTER,
    PLACE_LEVELS,
    PLACE_REACH,
    PLACE_VERBS,
    PRESS_CUES,
    PROVINCES,
    QUOTE_MARKS,
    SOURCE_VERBS,
    SPEAKER_COLON_WITHIN,
    SPEAKER_WORDS,
    TITLE_MODALS,
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
_SOURCE_RE = re.compile(rf"\b(?:{SOURCE_VERBS})\b")
_CONTEXT_BEFORE_RE = re.compile(rf"\b(?:{CONTEXT_BEFORE_NOUN})(?: (?:các|văn bản|nội dung|tinh thần))? $")
_NOUN_LINK_RE = re.compile(r"[\w\s/.\-]*?\b(?:của|do)\s+|\s*")
_IMPERATIVE_RE = re.compile(r"['\"“‘]?(?:" + "|".join(map(re.escape, IMPERATIVE_OPENINGS)) + r")\b")
_SPEAKER_RE = re.compile(SPEAKER_WORDS)
# The clause before a meeting event when a locality holds it: "quảng nam tổ chức ", "huyện na hang vừa ".
_LOCALITY_SUBJECT_RE = re.compile(
    rf"(?:(?P<level>{LOCALITY_LEVELS}) )?(?P<name>\w[\w\-.]*(?: \w[\w\-.]*){{0,3}}?)"
    r"(?: (?:đã|vừa|sẽ|cũng))?(?: tổ chức(?: cuộc| buổi| phiên)?)? "
)
_PROVINCE_NAMES = frozenset(PROVINCES)
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
    return any(match.group(1) not in NOT_CASE_VU for match in _CASE_VU_RE.finditer(" " + text))


def governed(folded: str, cue: Cue, actors: list[Cue], bodies: list[Cue]) -> bool:
    """True when an actor of the unit governs an act cue: a body or a province stands just before a verb with no
    comma or source verb between ("UBND tỉnh vừa yêu cầu"), or a body follows a document noun ("công văn của UBND
    tỉnh"). `actors` are the unit's bodies and provinces that can act (see `actors_of`), `bodies` all its bodies.

    >>> text = "chủ tịch ubnd tp hà nội nguyễn đức chung vừa ký công văn"
    >>> cues = find_cues(text)
    >>> verb = next(c for c in cues if c.kind == "verb")
    >>> governed(text, verb, actors_of(text, cues, 0), cues[:1])
    True
    >>> text = "ubnd xã cho biết đã kiểm tra"
    >>> cues = find_cues(text)
    >>> governed(text, cues[-1], actors_of(text, cues, 0), cues[:1])
    False
    """
    if cue.kind == "noun":
        if _CONTEXT_BEFORE_RE.search(folded, max(0, cue.start - CONTEXT_REACH), cue.start):
            return False  # "theo văn bản của UBND tỉnh": the body's document is the cause of another's act
        return any(
            0 <= body.start - cue.end <= NOUN_REACH and _NOUN_LINK_RE.fullmatch(folded, cue.end, body.start)
            for body in bodies
        )
    for actor in actors:
        if actor.end > cue.start:
            break
        gap = folded[actor.end : cue.start]
        if actor.kind == "place":
            if len(gap) <= PLACE_REACH and folded[cue.start : cue.end] in PLACE_VERBS and "," not in gap:
                return True
        elif len(gap) <= ACT_REACH and "," not in gap and not _SOURCE_RE.search(gap):
            return True
    return False


def actors_of(folded: str, cues: list[Cue], unit_start: int) -> list[Cue]:
    """The bodies and provinces of a unit that can govern an act: not the object of another's act ("đề nghị UBND
    tỉnh"), and a province only at the start of the unit, after "được", "do", "và", or opening a clause with its
    level word ("Ngày 9/5, tỉnh Bình Thuận yêu cầu").

    >>> text = "phó thủ tướng trương hòa bình đến thăm, tỉnh quảng nam đề xuất"
    >>> [text[c.start:c.end] for c in actors_of(text, find_cues(text), 0)]
    ['quảng nam']
    """
    actors = []
    for cue in cues:
        if cue.kind not in ("body", "place"):
            continue
        text_before = folded[unit_start : cue.start]
        before = text_before.rstrip(" '\"“‘").split()
        if cue.kind == "place":
            if text_before.rfind("(") > text_before.rfind(")"):
                continue  # an address in brackets: "(phường Đông Hương, thành phố Thanh Hóa)"
            level = before[-2:] == ["thành", "phố"] or bool(before and before[-1] in PLACE_LEVELS)
            if level:
                before = before[:-2] if before[-1] == "phố" else before[:-1]
            after_comma = bool(before) and before[-1].endswith(",")
            if before and before[-1] not in PLACE_ACTOR_AFTER and not (after_comma and level):
                continue  # a bare name after a comma locates the noun before it: "Công an huyện X, Thái Nguyên"
        if _is_object(before):
            continue
        actors.append(cue)
    return actors


def _is_object(before: list[str]) -> bool:
    """True when the words before a body make it an object: an object marker right before it, or before the list it
    closes ("họp với Chi cục ATVSTP và UBND quận").

    >>> _is_object("sở y tế đã có cuộc họp với chi cục và".split()), _is_object("sáng nay,".split())
    (True, False)
    """
    if before and (before[-1] in OBJECT_MARKERS or " ".join(before[-2:]) in OBJECT_MARKERS):
        return True
    if before and before[-1] == "và":
        clause = " ".join(before[-LIST_WORDS:]).rpartition(",")[2].split()
        return any(w in OBJECT_MARKERS for w in clause)
    return False


def read_opening(title: str | None, clean_text: str) -> tuple[UnitCues, list[UnitCues]]:
    """The cues of the title and of each sentence of the opening. `clean_text` starts with the title line when there
    is one (it is not read twice); without a title the first sentence stands in for it.

    >>> head, sentences = read_opening("Hội nghị Huyện ủy", "Hội nghị Huyện ủy\\nSáng 5/5, Huyện ủy họp bàn. Dự có...")
    >>> head.paired, [s.paired for s in sentences]
    (True, [True, False])
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
        return UnitCues(), []
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
    return units[0], units[1:]


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


def _directs(folded: str, start: int, cue: Cue, actors: list[Cue], cues: list[Cue]) -> bool:
    """True when a directive verb is the first act verb after the body acting in its clause ("UBND tỉnh yêu cầu",
    not "UBND tỉnh tổ chức họp báo công bố kết luận"), and the unit does not report it as someone's words ("ông X cho
    biết: UBND huyện đang chỉ đạo").

    >>> text = "ubnd tỉnh công bố kết luận"
    >>> cues = find_cues(text)
    >>> _directs(text, 0, cues[-1], actors_of(text, cues, 0), cues)
    False
    """
    if cue.kind != "verb" or folded[cue.start : cue.end] not in DIRECTIVE_VERBS:
        return False
    if _SOURCE_RE.search(folded, start, cue.start):
        return False
    body = next((a for a in reversed(actors) if a.kind == "body" and a.end <= cue.start), None)
    return body is not None and not any(c.kind == "verb" and body.end <= c.start < cue.start for c in cues)


def _addressed(folded: str, start: int, body: Cue) -> bool:
    """True when a body is the addressee of a request or report ("đề nghị UBND tỉnh", "báo cáo UBND tỉnh").

    >>> text = "sở đề nghị ubnd tỉnh có công văn"
    >>> _addressed(text, 0, find_cues(text)[1])
    True
    """
    before = folded[start : body.start].split()
    return bool(before) and (before[-1] in ADDRESSEE_MARKERS or " ".join(before[-2:]) in ADDRESSEE_MARKERS)


def _heads_title(folded: str, start: int, cue: Cue, actors: list[Cue]) -> bool:
    """True when an act word opens the headline or its part after a colon, after at most a modal ("Hủy nhiều văn
    bản...", "Vụ tai nạn X: Khen thưởng...", "Sẽ kỷ luật..."), and no body precedes it: the headline is then the
    announcement of a decision, not a story whose subject acts ("Trường mầm non X tuyên bố giải thể").

    >>> text = "vụ tai nạn: khen thưởng các cá nhân"
    >>> _heads_title(text, 0, find_cues(text)[-1], [])
    True
    """
    if any(actor.kind == "body" and actor.end <= cue.start for actor in actors):
        return False
    head = folded[max(start, folded.rfind(":", start, cue.start) + 1) : cue.start]
    words = head.strip(" '\"“‘").split()
    return len(words) <= 1 and all(w in TITLE_MODALS for w in words)


def _imperative_after_colon(folded: str, start: int, end: int) -> bool:
    """True when the part of a headline after its colon opens with an imperative ("ô nhiễm kênh: khẩn trương xử lý").

    >>> _imperative_after_colon("ô nhiễm kênh: khẩn trương xử lý", 0, 31), _imperative_after_colon("ô nhiễm", 0, 7)
    (True, False)
    """
    colon = folded.find(":", start, min(end, start + SPEAKER_COLON_WITHIN))
    return colon >= 0 and _IMPERATIVE_RE.match(folded[colon + 1 : end].lstrip()) is not None


def _locality_holds(folded: str, start: int, event: Cue) -> bool:
    """True when a province, or a district named with its level word, opens the clause of a meeting event as its
    subject ("Ngày 7/2, Quảng Nam tổ chức Hội nghị", "Huyện Na Hang họp bàn"): the locality's government holds it.
    A name inside a longer subject ("Sở Y tế Quảng Nam tổ chức") or after a preposition ("tại Quảng Nam, Bộ X tổ
    chức") is not the subject.

    >>> text = "ngày 7/2, quảng nam tổ chức hội nghị"
    >>> _locality_holds(text, 0, find_cues(text)[-1])
    True
    >>> text = "ngày 7/2, sở y tế quảng nam tổ chức hội nghị"
    >>> _locality_holds(text, 0, find_cues(text)[-1])
    False
    """
    if event.kind != "event" or event.name not in LOCALITY_MEETINGS:
        return False
    clause = folded[start : event.start]
    cut = max(clause.rfind(", "), clause.rfind(": "))
    clause = clause[cut + 2 :] if cut >= 0 else clause
    match = _LOCALITY_SUBJECT_RE.fullmatch(clause.lstrip(" '\"“‘"))
    return match is not None and (match.group("level") is not None or match.group("name") in _PROVINCE_NAMES)


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

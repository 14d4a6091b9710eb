"""Who acts in one unit of a page's opening (the title or a sentence), and which acts it governs: the bodies and
provinces that can act, the decision verbs and document nouns they govern, a directive they give, a request they
are only the addressee of, an act that opens a headline, and a locality holding a meeting.
"""

from __future__ import annotations

import re

from transforms.relevance.cues import Cue
from transforms.relevance.vocabulary import (
    ACT_REACH,
    ADDRESSEE_MARKERS,
    CONTEXT_BEFORE_NOUN,
    CONTEXT_REACH,
    DIRECTIVE_VERBS,
    LIST_WORDS,
    LOCALITY_LEVELS,
    LOCALITY_MEETINGS,
    NOUN_REACH,
    OBJECT_MARKERS,
    PLACE_ACTOR_AFTER,
    PLACE_LEVELS,
    PLACE_REACH,
    PLACE_VERBS,
    PROVINCES,
    SOURCE_VERBS,
    TITLE_MODALS,
)

_SOURCE_RE = re.compile(rf"\b(?:{SOURCE_VERBS})\b")
_CONTEXT_BEFORE_RE = re.compile(rf"\b(?:{CONTEXT_BEFORE_NOUN})(?: (?:các|văn bản|nội dung|tinh thần))? $")
_NOUN_LINK_RE = re.compile(r"[\w\s/.\-]*?\b(?:của|do)\s+|\s*")
# The clause before a meeting event when a locality holds it: "quảng nam tổ chức ", "huyện na hang vừa ".
_LOCALITY_SUBJECT_RE = re.compile(
    rf"(?:(?P<level>{LOCALITY_LEVELS}) )?(?P<name>\w[\w\-.]*(?: \w[\w\-.]*){{0,3}}?)"
    r"(?: (?:đã|vừa|sẽ|cũng))?(?: tổ chức(?: cuộc| buổi| phiên)?)? "
)
_PROVINCE_NAMES = frozenset(PROVINCES)


def governed(folded: str, cue: Cue, actors: list[Cue], bodies: list[Cue]) -> bool:
    """True when an actor of the unit governs an act cue: a body or a province stands just before a verb with no
    comma or source verb between ("UBND tỉnh vừa yêu cầu"), or a body follows a document noun ("công văn của UBND
    tỉnh"). `actors` are the unit's bodies and provinces that can act (see `actors_of`), `bodies` all its bodies.

    >>> from transforms.relevance.cues import find_cues
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

    >>> from transforms.relevance.cues import find_cues
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


def _directs(folded: str, start: int, cue: Cue, actors: list[Cue], cues: list[Cue]) -> bool:
    """True when a directive verb is the first act verb after the body acting in its clause ("UBND tỉnh yêu cầu",
    not "UBND tỉnh tổ chức họp báo công bố kết luận"), and the unit does not report it as someone's words ("ông X cho
    biết: UBND huyện đang chỉ đạo").

    >>> from transforms.relevance.cues import find_cues
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

    >>> from transforms.relevance.cues import find_cues
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

    >>> from transforms.relevance.cues import find_cues
    >>> text = "vụ tai nạn: khen thưởng các cá nhân"
    >>> _heads_title(text, 0, find_cues(text)[-1], [])
    True
    """
    if any(actor.kind == "body" and actor.end <= cue.start for actor in actors):
        return False
    head = folded[max(start, folded.rfind(":", start, cue.start) + 1) : cue.start]
    words = head.strip(" '\"“‘").split()
    return len(words) <= 1 and all(w in TITLE_MODALS for w in words)


def _locality_holds(folded: str, start: int, event: Cue) -> bool:
    """True when a province, or a district named with its level word, opens the clause of a meeting event as its
    subject ("Ngày 7/2, Quảng Nam tổ chức Hội nghị", "Huyện Na Hang họp bàn"): the locality's government holds it.
    A name inside a longer subject ("Sở Y tế Quảng Nam tổ chức") or after a preposition ("tại Quảng Nam, Bộ X tổ
    chức") is not the subject.

    >>> from transforms.relevance.cues import find_cues
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

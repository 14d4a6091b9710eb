"""Finding the cues of `transforms.relevance.verdict` in a page: the stage-1 gate (two Aho-Corasick automata over every
surface form of the phrase tables, each stopping at its first hit), folding, and the stage-2 matcher that finds body,
place, event and act cues on word boundaries, drops those inside longer masking phrases, events a national body or an
international forum owns and generic plurals, and cuts folded text into sentences.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from transforms.relevance.locality import BODY_ASPECT_RE, DEPARTMENT_HEADS, locality_acts, place_forms
from transforms.relevance.vocabulary import (
    ABBREVIATION_WORDS,
    ABBREVIATIONS,
    ACT_NOUNS,
    ACT_VERBS,
    BODY_PHRASES,
    EVENT_PHRASES,
    INTERNATIONAL_EVENTS,
    INTERNATIONAL_SCOPE,
    KEPT_BEFORE_NATIONAL,
    LOCALITY_GATE_PATTERN,
    LOCALITY_GATE_PHRASES,
    MASKING_PHRASES,
    NATIONAL_AFTER_CHARS,
    NATIONAL_CUES,
    NATIONAL_SCOPE,
    PROVINCES,
    SLOTS,
)
from transforms.text import unify_tones

# --- building the automata -----------------------------------------------------------------------------------------


def expand(template: str, slots: dict[str, tuple[str, ...]] = SLOTS) -> list[str]:
    """Every phrase a template stands for.

    >>> expand("{party_level} ủy")[:2]
    ['tỉnh ủy', 'thành ủy']
    >>> expand("hội nghị")
    ['hội nghị']
    """
    names = re.findall(r"{(\w+)}", template)
    if not names:
        return [template]
    combos = itertools.product(*(slots[n] for n in names))
    return [template.format(**dict(zip(names, combo, strict=True))) for combo in combos]


def _phrases(table: dict[str, tuple[str, ...]]) -> Iterator[tuple[str, str]]:
    for name, templates in table.items():
        for template in templates:
            for phrase in expand(template):
                yield phrase, name


def surface_forms(phrase: str) -> set[str]:
    """How a folded phrase may be written on a page: each word lower or capitalised (an abbreviation also upper),
    all upper, either tone style.

    >>> sorted(surface_forms("chi bộ"))
    ['CHI BỘ', 'Chi Bộ', 'Chi bộ', 'chi Bộ', 'chi bộ']
    >>> "Hội đồng Nhân dân" in surface_forms("hội đồng nhân dân"), "LĐLĐ tỉnh" in surface_forms("lđlđ tỉnh")
    (True, True)
    """
    forms: set[str] = set()
    for spelling in {phrase, _old_tones(phrase)}:
        variants = [_word_forms(word) for word in spelling.split(" ")]
        forms.update(" ".join(combo) for combo in itertools.product(*variants))
        forms.add(spelling.upper())
    return forms


def _word_forms(word: str) -> tuple[str, ...]:
    forms = (word, word[:1].upper() + word[1:])
    return (*forms, word.upper()) if word in ABBREVIATION_WORDS else forms


def _old_tones(phrase: str) -> str:
    """The old tone placement that pages still use ("uỷ" for "ủy", "hoá" for "hóa").

    >>> _old_tones("tỉnh ủy văn hóa")
    'tỉnh uỷ văn hoá'
    """
    for new, old in (("ủy", "uỷ"), ("óa", "oá"), ("òa", "oà"), ("ỏa", "oả"), ("ọa", "oạ"), ("úy", "uý")):
        phrase = re.sub(rf"{new}(?!\w)", old, phrase)
    return phrase


@dataclass(frozen=True, slots=True)
class _Key:
    kind: str  # "body", "place", "event", "verb", "noun" or "mask"
    name: str
    length: int
    word_end: bool  # the phrase ends in a letter, so the next character must not be one


def _entries() -> list[tuple[str, str, str]]:
    """(kind, folded phrase, cue name) of every phrase the two stages look for."""
    entries = [("body", p, n) for p, n in _phrases(BODY_PHRASES)]
    entries += [("place", p, "province") for p in PROVINCES]
    entries += [("event", p, n) for p, n in _phrases(EVENT_PHRASES)]
    entries += [("verb", p, "decision or directive") for p in ACT_VERBS]
    entries += [("noun", p, "decision or directive") for p in ACT_NOUNS]
    return entries


def _build_automata() -> tuple[ahocorasick.Automaton, ahocorasick.Automaton, ahocorasick.Automaton]:
    """The gate's two automata (every surface form of the bodies, valued True, and of the meetings a locality may
    hold, valued False; of the events and acts) and the stage-2 matcher (folded phrases with their kinds and cue
    names)."""
    gate_body, gate_event, folded = ahocorasick.Automaton(), ahocorasick.Automaton(), ahocorasick.Automaton()
    entries = _entries()
    for kind, phrase, _name in entries:
        if kind == "place":
            continue  # a province alone names no body; with an office it is a "local leadership" body phrase
        gate = gate_body if kind == "body" else gate_event
        for form in surface_forms(phrase):
            gate.add_word(form, True)
    heads = [(form, ("department", len(form))) for phrase in DEPARTMENT_HEADS for form in surface_forms(phrase)]
    for form, place in heads + place_forms():  # what a locality acting without a body word is named by
        if gate_body.get(form, None) is None:
            gate_body.add_word(form, place)
    for phrase in LOCALITY_GATE_PHRASES:
        for form in surface_forms(phrase):
            if gate_body.get(form, None) is None:
                gate_body.add_word(form, False)
    for kind, phrase, name in entries + [("mask", p, "mask") for p in MASKING_PHRASES]:
        key = _Key(kind, name, len(phrase), phrase[-1].isalnum())
        known = folded.get(phrase, [])
        if all(k.kind != kind or k.name != name for k in known):
            folded.add_word(phrase, [*known, key])
    for automaton in (gate_body, gate_event, folded):
        automaton.make_automaton()
    return gate_body, gate_event, folded


_GATE_BODY, _GATE_EVENT, _MATCHER = _build_automata()
_LOCALITY_GATE_RE = re.compile(LOCALITY_GATE_PATTERN)


def passes_gate(window: str) -> bool:
    """Stage 1: True when the text names a local body, a capitalised name holding a meeting (`LOCALITY_GATE_PATTERN`)
    or a locality governing an act (`locality.locality_acts`), and an event or act, in any spelling `surface_forms`
    lists (no folding; the body automaton stops at its first body), or a body then "vừa"/"đã" (`BODY_ASPECT_RE`).

    >>> passes_gate("Sáng 5/7, HĐND tỉnh khai mạc kỳ họp thứ 4."), passes_gate("Thị Uỷ tổ chức Hội nghị")
    (True, True)
    >>> passes_gate("Ngày 7/2, Quảng Nam tổ chức Hội nghị"), passes_gate("Ngày 7/2, công ty tổ chức hội nghị")
    (True, False)
    >>> passes_gate("Hà Nội báo cáo Thủ tướng vụ việc"), passes_gate("Đội chủ nhà thắng 3-0 trên sân nhà")
    (True, False)
    """
    if not unicodedata.is_normalized("NFC", window):
        window = unicodedata.normalize("NFC", window)
    body, locality, body_end, places = False, False, 0, []
    for end, value in _GATE_BODY.iter(window):
        if value is True:
            body, body_end = True, end + 1
            break
        if value is False:
            locality = True  # a meeting phrase: keep looking for a body
        else:
            places.append((end, value))  # a province, a level word or a department's head
    if not (body or (locality and _LOCALITY_GATE_RE.search(window)) or locality_acts(window, places)):
        return False
    event = next(_GATE_EVENT.iter(window), None) is not None
    return event or (body and BODY_ASPECT_RE.match(window, body_end) is not None)


_NATIONAL_AFTER_RE = re.compile(f"{NATIONAL_CUES}|{NATIONAL_SCOPE}")
_INTERNATIONAL_AFTER_RE = re.compile(rf"\b(?:{INTERNATIONAL_SCOPE})\b")
_BREAK_RE = re.compile(r"[.!?…]+[\s\"'”’)]*\s|\n")
_PLURAL_BEFORE = ("các ", "nhiều ")
_PLURAL_AFTER = re.compile(
    r" (?:các|nhiều) (?:tỉnh|thành phố|địa phương|quận|huyện|xã|phường|cấp|sở|ngành)\b|"
    r" cấp (?:xã|huyện|tỉnh|cơ sở)\b| các cấp\b"
)


def fold(text: str) -> str:
    """The matching key of a stretch of text, line breaks kept: new tone style, lower case, single spaces.

    >>> fold("Thị  Uỷ HỒNG LĨNH\\nHĐND  huyện")
    'thị ủy hồng lĩnh\\nhđnd huyện'
    """
    return "\n".join(" ".join(line.split()) for line in unify_tones(text).casefold().split("\n"))


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue found in the folded opening."""

    kind: str
    name: str
    start: int
    end: int


def find_cues(folded: str) -> list[Cue]:
    """Body, place, event and act cues in folded text, on word boundaries, without generic plurals or masked phrases.

    >>> [c.name for c in find_cues("sáng nay, hđnd tỉnh khai mạc kỳ họp thứ 4")]
    ['council', 'session']
    >>> find_cues("yêu cầu ubnd các tỉnh tổ chức buổi họp báo về giao thông")[0].kind
    'verb'
    """
    found: list[Cue] = []
    masks: list[tuple[int, int]] = []
    size = len(folded)
    for last, keys in _MATCHER.iter(folded):
        end = last + 1
        for key in keys:
            start = end - key.length
            if start > 0 and folded[start - 1].isalnum():
                continue
            if key.word_end and end < size and folded[end].isalnum():
                continue
            if key.kind == "mask":
                masks.append((start, end))
            else:
                found.append(Cue(key.kind, key.name, start, end))
    if masks:
        found = [c for c in found if not any(_inside(c, start, end) for start, end in masks)]
    found.sort(key=lambda c: (c.start, c.end))
    return _without_plurals(folded, _without_national_events(folded, found))


def _inside(cue: Cue, start: int, end: int) -> bool:
    """True when a cue lies inside a longer masking phrase (a mask of the same span does not cancel it)."""
    return start <= cue.start and cue.end <= end and (start, end) != (cue.start, cue.end)


def _without_national_events(folded: str, cues: list[Cue]) -> list[Cue]:
    """Drop events that a national body or scope names right after them, with no local body between: "kỳ họp thứ 6
    Quốc hội", "Hội nghị Trung ương 5", "Đại hội đại biểu toàn quốc". Voter meetings ("tiếp xúc cử tri trước kỳ họp
    Quốc hội") and personnel moves ("điều động ra Trung ương") stay: they concern a locality and its office holders.
    A conference or congress of an international forum ("hội nghị quốc tế về khí hậu") is dropped as well.

    >>> [c.name for c in _without_national_events("kỳ họp thứ 6 quốc hội", find_cues("kỳ họp thứ 6 quốc hội"))]
    []
    >>> [c.name for c in find_cues("hội nghị quốc tế về khí hậu")], [c.name for c in find_cues("hội nghị tỉnh ủy")]
    ([], ['conference', 'party committee'])
    """
    bodies = [c.start for c in cues if c.kind == "body"]
    kept = []
    for cue in cues:
        if cue.kind == "event" and cue.name not in KEPT_BEFORE_NATIONAL:
            window = (cue.end, cue.end + NATIONAL_AFTER_CHARS)
            national = _NATIONAL_AFTER_RE.search(folded, *window)
            if cue.name in INTERNATIONAL_EVENTS and national is None:
                national = _INTERNATIONAL_AFTER_RE.search(folded, *window)
            if national is not None and not any(cue.end <= b < national.start() for b in bodies):
                continue
        kept.append(cue)
    return kept


def _without_plurals(folded: str, cues: list[Cue]) -> list[Cue]:
    """Drop bodies named as a generic plural: "các tỉnh ủy, thành ủy", "UBND các tỉnh", "lãnh đạo các sở"."""
    kept: list[Cue] = []
    plural_end = -10
    for cue in cues:
        if cue.kind == "body":
            before = folded[max(0, cue.start - 6) : cue.start]
            listed = cue.start - plural_end <= 5 and folded[plural_end : cue.start].strip() in {",", "và", ", và"}
            if before.endswith(_PLURAL_BEFORE) or listed or _PLURAL_AFTER.match(folded, cue.end):
                plural_end = cue.end
                continue
        kept.append(cue)
    return kept


def sentence_spans(folded: str) -> list[tuple[int, int]]:
    """Sentence spans of folded text: breaks at line ends and at final punctuation that does not close an
    abbreviation.

    >>> text = "sáng 5/5, ubnd tp. hcm họp. dự có...\\nquang cảnh"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['sáng 5/5, ubnd tp. hcm họp.', 'dự có...', 'quang cảnh']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK_RE.finditer(folded):
        word = folded[folded.rfind(" ", start, match.start()) + 1 : match.start()]
        if match.group() != "\n" and word in ABBREVIATIONS:
            continue
        if folded[start : match.start()].strip():
            spans.append((start, match.end()))
        start = match.end()
    if folded[start:].strip():
        spans.append((start, len(folded)))
    return [(s + len(folded[s:e]) - len(folded[s:e].lstrip()), s + len(folded[s:e].rstrip())) for s, e in spans]

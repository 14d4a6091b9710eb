"""What the relevance model reads of a page: the words of its headline and of its opening, and what the rules know
about it (the bodies, meetings and acts each unit of the opening names, the level of each body, what speaks against
relevance, the rules that fired and their score), what the headline and first sentence are about (`headline`) and who
acts in them with what kind of act (`actors_terms`), each as a named term.

A page's headline is its title (or, without one, its first line when that reads as a headline); its opening is the
first `OPENING_CHARS` characters after the headline, as much as the labels were made from. Words are folded (new tone
style, lower case) and every digit run becomes "0", so that dates and figures do not split the vocabulary; the terms
are words and pairs of adjacent words (Vietnamese writes a compound word as two syllables: "kỳ họp", "ủy ban").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from transforms.relevance.actors_terms import actor_terms
from transforms.relevance.cues import Cue, fold
from transforms.relevance.headline import story_terms
from transforms.relevance.opening import Opening, UnitCues, read_units
from transforms.relevance.rules import score_opening

OPENING_CHARS = 1100  # the labels were made from the headline and this much of the text
LEAD_CHARS = 250  # the lead: who does what in the first sentence or two (the length chosen by cross-validation)
UNIT_POSITIONS = ("title", "sentence 1", "sentence 2", "sentence 3", "sentence 4", "later")
UNITS_READ = 7  # the title and six sentences
# The score of the rules, in the ranges where their verdict changes ("rule score 2 to 3": just relevant).
SCORE_BOUNDS: tuple[float, ...] = (-1.0, 0.5, 2.0, 3.0, 4.5)
UNIT_FLAGS = ("acting", "incident", "national", "press", "leisure", "speaker", "addressed", "directs", "deputy")
# The level a body names: in its own phrase ("huyện ủy", "ubnd tỉnh") or in the word after it ("hđnd thành phố").
_LEVEL_WORDS = {
    "tỉnh": "province", "thành phố": "province", "tp": "province", "tp.": "province", "thành": "province",
    "huyện": "district", "quận": "district", "thị xã": "district", "tx": "district", "tx.": "district",
    "thị": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune",
}  # fmt: skip
_LEVEL_PHRASE_RE = re.compile(r"^(tỉnh|thành|huyện|quận|thị) ủy\b|\b(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx\.?|xã|"
                              r"phường|thị trấn)$")  # fmt: skip
# after the body, past the country's name of the Front and its organisations: "MTTQ Việt Nam huyện X"
_LEVEL_AFTER_RE = re.compile(r" (?:việt nam |vn )?(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx\.?|xã|phường|thị trấn)\b")
_WORD_RE = re.compile(r"\w+")
_COUNTRY_IN_NAME_RE = re.compile(
    r"\b(?:việt nam|vn) (?=(?:tỉnh|thành phố|tp|huyện|quận|thị xã|tx|xã|phường|thị trấn)\b)"
)
_SENTENCE_END_RE = re.compile(r"[.!?…](?=\s|$)")
_DIGITS_RE = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class PageFeatures:
    """The terms of a page for the model, by block, and the rules' score and fired rules behind the cue terms."""

    headline: list[str]
    opening: list[str]
    lead: list[str]
    cues: list[str]
    rule_score: float


def headline_and_opening(title: str | None, clean_text: str) -> tuple[str, str]:
    """The headline and the opening of a page, unfolded. Without a title, the first sentence of the first line stands
    in for the headline, as the rules read such a page.

    >>> headline_and_opening(None, "Khai mạc kỳ họp HĐND tỉnh\\nSáng 5/7, HĐND tỉnh khai mạc kỳ họp thứ 4.")
    ('Khai mạc kỳ họp HĐND tỉnh', 'Sáng 5/7, HĐND tỉnh khai mạc kỳ họp thứ 4.')
    >>> headline_and_opening(None, "Sáng 5/7, HĐND tỉnh khai mạc kỳ họp thứ 4. Dự có 40 đại biểu.")
    ('Sáng 5/7, HĐND tỉnh khai mạc kỳ họp thứ 4.', 'Dự có 40 đại biểu.')
    """
    text = clean_text.lstrip()
    head = (title or "").strip()
    if not head:
        first = text.partition("\n")[0].strip()
        end = _SENTENCE_END_RE.search(first)
        head = first if end is None else first[: end.end()]
    if head and text.startswith(head):
        text = text[len(head) :].lstrip()
    return head, text[:OPENING_CHARS]


def word_terms(text: str) -> list[str]:
    """The folded words of a text, digit runs as "0", and each pair of adjacent words.

    >>> word_terms("Kỳ họp thứ 4 HĐND Tỉnh")
    ['kỳ', 'họp', 'thứ', '0', 'hđnd', 'tỉnh', 'kỳ họp', 'họp thứ', 'thứ 0', '0 hđnd', 'hđnd tỉnh']
    """
    return _folded_word_terms(fold(text))


def _folded_word_terms(folded: str) -> list[str]:
    """`word_terms` of a text folded already."""
    words = _WORD_RE.findall(_DIGITS_RE.sub("0", _local_name(folded)))
    return words + list(map(" ".join, itertools.pairwise(words)))


def _local_name(folded: str) -> str:
    """The text without the country's name inside a local body's name: "mttq việt nam huyện x" is a district's Front,
    and its "việt nam" no sign of a national story.

    >>> _local_name("ủy ban mttq việt nam huyện a và hội nông dân vn tỉnh b; hội nông dân việt nam")
    'ủy ban mttq huyện a và hội nông dân tỉnh b; hội nông dân việt nam'
    """
    if "việt nam " not in folded and "vn " not in folded:  # what the pattern needs, found far faster than it
        return folded
    return _COUNTRY_IN_NAME_RE.sub("", folded)


def lead_words(opening: str) -> list[str]:
    """The folded words of the first `LEAD_CHARS` characters of the opening, digit runs as "0" (no pairs: the lead
    block weighs the words the opening's own block already pairs, by where they stand).

    >>> lead_words("Sáng 5/7, UBND huyện họp.")
    ['sáng', '0', '0', 'ubnd', 'huyện', 'họp']
    """
    return _WORD_RE.findall(_DIGITS_RE.sub("0", _local_name(fold(opening[:LEAD_CHARS]))))


def body_level(folded: str, body: Cue) -> str:
    """The level a body cue names: province, district, commune, or "unnamed".

    >>> from transforms.relevance.cues import find_cues
    >>> [body_level(t, find_cues(t)[0]) for t in ("huyện ủy họp", "hđnd tỉnh họp", "ubnd phường 5", "ubnd đã họp")]
    ['district', 'province', 'commune', 'unnamed']
    >>> body_level("mttq việt nam huyện a họp", find_cues("mttq việt nam huyện a họp")[0])
    'district'
    """
    phrase = folded[body.start : body.end]
    match = _LEVEL_PHRASE_RE.search(phrase) or _LEVEL_AFTER_RE.match(folded, body.end)
    if match is None:
        return "unnamed"
    return _LEVEL_WORDS[next(group for group in match.groups() if group)]


def _unit_terms(position: str, unit: UnitCues, levels: list[str]) -> list[str]:
    """The cue terms of one unit: its bodies and their levels, events, acts, their pairs, and its flags."""
    terms = [f"{position}: {b}" for b in unit.bodies] + [f"{position}: {e}" for e in unit.events]
    if unit.acts:
        terms.append(f"{position}: act")
    terms += [f"{position}: {b} + {e}" for b in unit.bodies for e in unit.events]
    if unit.acts:
        terms += [f"{position}: {b} + act" for b in unit.bodies]
    terms += [f"{position}: {flag}" for flag in UNIT_FLAGS if getattr(unit, flag)]
    if unit.paired:
        terms.append(f"{position}: body with event or act")
    if unit.meeting:
        terms.append(f"{position}: body with formal meeting")
    for level in dict.fromkeys(levels):
        terms.append(f"{position}: {level}-level body")
        if unit.acting:
            terms.append(f"{position}: {level}-level body acting")
    return terms


def score_term(score: float) -> str:
    """The range of the rules' score as a term.

    >>> score_term(2.5), score_term(-3.0), score_term(6.0)
    ('rule score 2 to 3', 'rule score below -1', 'rule score 4.5 or more')
    """
    if score < SCORE_BOUNDS[0]:
        return f"rule score below {SCORE_BOUNDS[0]:g}"
    for low, high in itertools.pairwise(SCORE_BOUNDS):
        if score < high:
            return f"rule score {low:g} to {high:g}"
    return f"rule score {SCORE_BOUNDS[-1]:g} or more"


def cue_terms(opening: Opening) -> tuple[list[str], float]:
    """The rules' knowledge of an opening as terms, and the rules' score."""
    if not opening.units:
        return ["no opening"], 0.0
    score, fired = score_opening(opening.units[0], opening.units[1:])
    terms = [f"rule: {rule.partition(' (')[0]}" for rule in fired]
    terms.append(score_term(score))
    for i, (unit, cues) in enumerate(zip(opening.units[:UNITS_READ], opening.cues, strict=False)):
        levels = [body_level(opening.folded, cue) for cue in cues if cue.kind == "body"]
        terms += _unit_terms(UNIT_POSITIONS[min(i, len(UNIT_POSITIONS) - 1)], unit, levels)
    return list(dict.fromkeys(terms)), score


def page_features(title: str | None, clean_text: str) -> PageFeatures:
    """The model's terms for a page (`title` may be None; `clean_text` may start with it).

    >>> features = page_features("Khai mạc kỳ họp HĐND huyện", "Sáng 5/7, HĐND huyện khai mạc kỳ họp thứ 4.")
    >>> features.headline[:3], "sentence 1: council + session" in features.cues, features.rule_score
    (['khai', 'mạc', 'kỳ'], True, 5.0)
    """
    head, opening = headline_and_opening(title, clean_text)
    cues, score = cue_terms(read_units(title, clean_text))
    end = _SENTENCE_END_RE.search(opening)
    lead = opening if end is None else opening[: end.end()]
    folded_head, folded_lead = fold(head), fold(lead)
    cues += story_terms("title", folded_head) + story_terms("sentence 1", folded_lead)
    cues += actor_terms("title", folded_head) + actor_terms("sentence 1", folded_lead)
    return PageFeatures(_folded_word_terms(folded_head), word_terms(opening), lead_words(opening), cues, score)

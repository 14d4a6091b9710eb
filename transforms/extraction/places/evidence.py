"""Mentions of unit names read as weighted evidence for provinces, districts and communes: by their type word, as
items of a list, narrowed by a parent named after them ("xã Kiến Thiết (Tiên Lãng, Hải Phòng)"), and from the
headline, the banner and the place names other extractors found with bodies and titles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from transforms.extraction.places.gazetteer import Gazetteer, NameEntry
from transforms.extraction.places.keys import exact_key
from transforms.extraction.places.mentions import CUES, Mention, Scanned, find_mentions, normalised
from transforms.model import DocumentContext
from transforms.text import unify_tones

# A type word opening a hint: "huyện Bắc Sơn".
_HINT_CUE_RE = re.compile(r"(?i)(" + "|".join(re.escape(c) for c in CUES) + r")\s+")

# Evidence weights. A typed district mention ("huyện Bắc Sơn") is the unit of strength.
W_TYPED = 3.0  # "huyện X", "Huyện ủy X", "thị xã X", "tỉnh X"
W_TYPE_CHANGED = 2.0  # "huyện X" where X is now a thị xã or thành phố (or the reverse)
W_PAIR = 3.0  # "X, Hải Phòng", "X (Hải Phòng)": a name placed in its province
W_LIST = 1.5  # "các huyện A, B và C": B and C
W_BARE = 1.0  # a bare name
W_COMMUNE = 1.0  # a typed commune mention, as evidence for its district
W_HINT = 2.0  # a place named with a body or a title by the other extractors
W_BANNER_PROVINCE = 3.0  # a province named in the site's slogan banner
TITLE_FACTOR = 2.0  # a name in the headline counts double


@dataclass(slots=True)
class Evidence:
    """A mention read as support for some units of one level; several codes = not yet disambiguated."""

    level: str  # province | district | commune
    codes: tuple[str, ...]
    weight: float
    order: float  # where it was seen: the headline first, then the text by offset
    kind: str  # typed | bare | pair | list | hint | banner | host | former | predecessor
    mention: Mention | None = None
    fallback: str | None = None  # of several candidates, the one to count where nothing else supports any


def _prefer_exact(gazetteer: Gazetteer, level: str, codes: Sequence[str], text: str) -> tuple[str, ...]:
    """Of candidates found tone-free, those spelt with the text's tones, if any ("Tân Thạnh" is not "Tân Thành")."""
    key = exact_key(text)
    exact = tuple(c for c in codes if gazetteer.exact[(level, c)] == key)
    return exact or tuple(codes)


def _of_type(gazetteer: Gazetteer, level: str, codes: Sequence[str], unit_type: str) -> tuple[str, ...]:
    return tuple(c for c in codes if gazetteer.unit(level, c).unit_type == unit_type)


def interpret(mention: Mention, gazetteer: Gazetteer, cue: str | None = None) -> Evidence | None:
    """What a mention supports, by its cue (or the one given, for a list item); None if it names nothing usable.

    A typed name must exist at the level its type word says; a bare name counts for a province or a district only.
    """
    name = gazetteer.names[mention.key]
    cue = cue if cue is not None else mention.cue
    order = float(mention.start)
    if " " not in mention.key and exact_key(mention.text) not in name.spellings:
        return None  # a one-syllable name found only tone-free is another word: "Chủ" is not "Chũ"
    if cue is None:
        return _interpret_bare(mention, gazetteer, name, order)
    if cue == "province":
        return Evidence("province", name.provinces, W_TYPED, order, "typed", mention) if name.provinces else None
    if cue == "city":
        return _interpret_city(mention, gazetteer, name, order)
    level, _, unit_type = cue.partition(":")
    candidates = name.districts if level == "district" else name.communes
    if not candidates:
        return None
    candidates = _prefer_exact(gazetteer, level, candidates, mention.text)
    same_type = _of_type(gazetteer, level, candidates, unit_type)
    sub_level = level == gazetteer.sub_level  # a district before the reform, a commune after it
    weight = W_TYPED if sub_level else W_COMMUNE
    if same_type:
        return Evidence(level, same_type, weight, order, "typed", mention)
    return Evidence(level, candidates, W_TYPE_CHANGED if sub_level else weight, order, "typed", mention)


def _interpret_bare(mention: Mention, gazetteer: Gazetteer, name: NameEntry, order: float) -> Evidence | None:
    """A name without a type word: a province's, or a district's of two syllables or more.

    A one-syllable district name ("Chũ", "Vinh") is too often a word to stand alone.
    """
    if name.provinces:
        return Evidence("province", name.provinces, W_BARE, order, "bare", mention)
    if name.districts and " " in mention.key:
        codes = _prefer_exact(gazetteer, "district", name.districts, mention.text)
        return Evidence("district", codes, W_BARE, order, "bare", mention)
    return None


def _interpret_city(mention: Mention, gazetteer: Gazetteer, name: NameEntry, order: float) -> Evidence | None:
    """'thành phố X', 'TP X', 'Thành ủy X': a provincial city if there is one, else a centrally-run city (a province).

    "TP Lạng Sơn" is the city in Lạng Sơn province; "TP Hà Nội" and "TP. HCM" are provinces.
    """
    cities = _of_type(gazetteer, "district", name.districts, "Thành phố")
    if cities:
        return Evidence("district", _prefer_exact(gazetteer, "district", cities, mention.text), W_TYPED, order,
                        "typed", mention)  # fmt: skip
    if name.provinces:
        city_provinces = _of_type(gazetteer, "province", name.provinces, "Thành phố")
        weight = W_TYPED if city_provinces else W_TYPE_CHANGED
        return Evidence("province", city_provinces or name.provinces, weight, order, "typed", mention)
    if name.districts:
        return Evidence("district", name.districts, W_TYPE_CHANGED, order, "typed", mention)
    return None


# Between a unit and its parent: "Tiên Lãng, Hải Phòng", "Kiến Thiết (Tiên Lãng", "huyện X - tỉnh Y".
_PARENT_GAP_RE = re.compile(r"\s*(?:,|\(|-|–)\s*(?:(?:huyện|thị xã|quận|thành phố|tp\.?|tỉnh)\s*)?")
# Between two items of one list: "các xã A, B và C".
_LIST_GAP_RE = re.compile(r"\s*(?:,|;|và|,\s*và)\s*")


def mentions_to_evidence(mentions: Sequence[Mention], low: str, gazetteer: Gazetteer) -> list[Evidence]:
    """Evidence from one text's mentions, in order: list items inherit their type word, parents narrow children.

    `low` is the text the mentions' offsets point into, in lower case with new-style tones.
    """
    items: list[Evidence | None] = []
    list_cue: str | None = None  # the type word the next bare item of a list would inherit
    for i, m in enumerate(mentions):
        # A province's name never inherits a district's type: "huyện Bắc Sơn, Lạng Sơn" names the province.
        inherited = m.cue is None and list_cue is not None and i > 0 and not gazetteer.names[m.key].provinces
        inherited = inherited and _LIST_GAP_RE.fullmatch(low[mentions[i - 1].end : m.start]) is not None
        ev = interpret(m, gazetteer, list_cue) if inherited else None
        if ev is not None:
            ev.kind, ev.weight = "list", min(ev.weight, W_LIST)
        else:
            inherited = False
            ev = interpret(m, gazetteer)
        items.append(ev)
        cue = list_cue if inherited else m.cue
        list_cue = cue if ev is not None and cue is not None and ev.level != "province" else None
    for i in range(len(items) - 2, -1, -1):
        child, parent = items[i], items[i + 1]
        if child is None or parent is None:
            continue
        if _PARENT_GAP_RE.fullmatch(low[mentions[i].end : mentions[i + 1].start]):
            items[i] = _narrow(child, parent, gazetteer)
    return [ev for ev in items if ev is not None]


def _narrow(child: Evidence, parent: Evidence, gazetteer: Gazetteer) -> Evidence | None:
    """A unit followed by its parent's name keeps only the candidates inside that parent (and the parent, if a
    district, only those holding the unit): "xã Kiến Thiết (Tiên Lãng, Hải Phòng)".

    A bare district with no candidate inside the named province is dropped; a typed one is kept as it was.
    """
    rank = {"commune": 0, "district": 1, "province": 2}
    if rank[child.level] >= rank[parent.level]:
        return child
    if parent.level == "province":
        inside = tuple(c for c in child.codes if gazetteer.province_of(child.level, c) in parent.codes)
    else:
        inside = tuple(c for c in child.codes if gazetteer.district_of_commune(c) in parent.codes)
    if not inside:
        return None if child.kind == "bare" else child
    if parent.level == "district":
        parent.codes = tuple(dict.fromkeys(gazetteer.district_of_commune(c) for c in inside))
        parent.weight, parent.kind = max(parent.weight, W_PAIR), "pair"
        return replace(child, codes=inside)
    weight = max(child.weight, W_PAIR) if child.level == "district" else child.weight
    return replace(child, codes=inside, weight=weight, kind="pair")


def hint_evidence(hints: Sequence[str], gazetteer: Gazetteer) -> list[Evidence]:
    """Place names the other extractors attached to bodies and titles ("Bắc Sơn", "huyện Bắc Sơn", "Hà Tĩnh").

    Each distinct name counts once, at `W_HINT` (on top of its mentions in the text). A name that is a
    province's is read as the province (a city of the same name is not assumed).
    """
    out: list[Evidence] = []
    for hint in dict.fromkeys(normalised(h).strip() for h in hints):
        m = _HINT_CUE_RE.match(unify_tones(hint))
        mentions = _hint_mentions(hint[m.end() :] if m else hint, gazetteer)
        if len(mentions) != 1:
            continue
        ev = interpret(replace(mentions[0], cue=CUES[m.group(1).lower()] if m else None), gazetteer)
        if ev is None or ev.level not in ("province", gazetteer.sub_level):
            continue
        ev.weight, ev.kind, ev.order = W_HINT, "hint", 0.0
        out.append(ev)
    return out


def _hint_mentions(name: str, gazetteer: Gazetteer) -> list[Mention]:
    """The unit names in a hint; where it names none, in the hint less its last word or two: a title's place may
    have taken in the start of a person's name ("Sơn La Tòng" of "tỉnh Sơn La Tòng Thị Phóng").

    >>> from transforms.model import PlaceRef
    >>> g = Gazetteer([(PlaceRef("province", "14", "Sơn La", "Tỉnh", "14", "Sơn La"), None)])
    >>> [m.text for m in _hint_mentions("Sơn La Tòng", g)], [m.text for m in _hint_mentions("Sơn La", g)]
    (['Sơn La'], ['Sơn La'])
    """
    words = name.split()
    for drop in range(min(3, len(words))):
        mentions = find_mentions(Scanned.of(" ".join(words[: len(words) - drop])), gazetteer)
        if mentions:
            return mentions
    return []


def text_evidence(text: str | None, gazetteer: Gazetteer, factor: float = 1.0, offset: float = 0.0) -> list[Evidence]:
    """All evidence in one text, weights multiplied by `factor` and positions shifted by `offset`."""
    if not text:
        return []
    scanned = Scanned.of(text)
    evidence = mentions_to_evidence(find_mentions(scanned, gazetteer), scanned.low, gazetteer)
    for ev in evidence:
        ev.weight *= factor
        ev.order += offset
    return evidence


def document_evidence(ctx: DocumentContext, gazetteer: Gazetteer, hints: Sequence[str] = ()) -> list[Evidence]:
    """Evidence from the headline (double weight), the text, the banner (its province only) and the hints."""
    evidence = hint_evidence(hints, gazetteer)
    evidence += text_evidence(ctx.title, gazetteer, TITLE_FACTOR, -1e9)
    evidence += text_evidence(ctx.clean_text, gazetteer)
    for ev in text_evidence(ctx.banner, gazetteer, 1.0, 1e9):
        if ev.level == "province":
            evidence.append(replace(ev, weight=W_BANNER_PROVINCE, kind="banner"))
        elif ev.level == gazetteer.sub_level:  # the site of one unit names it in its slogan: its province counts
            provinces = tuple(dict.fromkeys(gazetteer.province_of(ev.level, c) for c in ev.codes))
            if len(provinces) == 1:
                evidence.append(Evidence("province", provinces, W_BANNER_PROVINCE, ev.order, "banner"))
    return evidence

"""The administrative unit a body belongs to, read in the structure of its article's era.

An article read in the structure in force since 2025-07-01 (`DocumentPlace.era`, told by its publication or meeting
date, else its words or the units it names) speaks of the 34 provinces and their communes, wards and special zones:
"HĐND phường" is its 2025 ward, "Tỉnh ủy Lâm Đồng" the 2025 province. A body of the old structure keeps its legacy
unit even there: a district's body (the 2025 structure has no districts), a body named as former ("UBND xã X cũ"),
a province named that the reform merged into another ("Tỉnh ủy Quảng Nam" in an article of September 2025 is the
committee of the province that was, not Đà Nẵng's), and a named unit the 2025 gazetteer does not hold. An older
article's bodies are read in the legacy gazetteer; where the article's era is unknown, a name found only in the
2025 gazetteer is of that structure.

A district-level unit is read on the article's day (`on`, its event date): a unit dissolved before the legacy
snapshot (`Gazetteer.history`: Quận 2 until 2020) is the unit of a body named with it on a day it existed, and its
successor's after that; a unit formed later (the city of Thủ Đức, from 2021) is no body's unit before it existed.
Where the day is unknown, the kind of unit the name states tells a dissolved unit from a namesake ("quận Thủ Đức"
is the district, not the later city), and the article's province a dissolved unit from one of another province.
"""

from __future__ import annotations

import re
from datetime import date

from transforms.extraction.places import Gazetteer, Places, loose_key
from transforms.model import DocumentPlace, PlaceRef
from transforms.text import match_key

LEGACY, REFORM = "legacy", "2025"
LEVELS = ("province", "district", "commune")

UNIT_WORDS_RE = re.compile(
    r"\b(?:tỉnh|thành phố|tp\.?|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu|việt nam|vn)\b\.?", re.IGNORECASE
)
_FORMER_RE = re.compile(r"\(?\bcũ\b\)?")


def body_era(name: str, level: str | None, place: DocumentPlace) -> str:
    """The structure a body is read in first: its article's, but the legacy one for a district's body or a body
    named as former.

    >>> body_era("HĐND phường", "commune", DocumentPlace(era="2025")), body_era("Huyện ủy", "district", DocumentPlace(era="2025"))
    ('2025', 'legacy')
    >>> body_era("UBND xã Hòa Mỹ (cũ)", "commune", DocumentPlace(era="2025"))
    'legacy'
    """  # noqa: E501
    if place.era != REFORM or level == "district" or _FORMER_RE.search(match_key(name)):
        return LEGACY
    return REFORM


def resolve_unit(
    name: str,
    place_name: str | None,
    level: str | None,
    place: DocumentPlace,
    places: Places,
    on: date | None = None,
) -> PlaceRef | None:
    """The unit a body belongs to: the place its name holds, at the body's level, in the structure of its era
    (preferring the article's own province), else the article's own unit at that level in that structure; `on`:
    the article's day, if known."""
    if level not in LEVELS:
        return None
    era = body_era(name, level, place)
    if not place_name:
        return _article_unit(name, level, place, era, places, on)
    place_name = _FORMER_RE.sub(" ", place_name)
    if era == REFORM:
        unit = (
            None if _merged_away(place_name, level, places) else _named_unit(place_name, level, place, places, REFORM)
        )
        return unit or _named_unit(place_name, level, place, places, LEGACY, on, written_type(name, level))
    unit = _named_unit(place_name, level, place, places, LEGACY, on, written_type(name, level))
    if unit is None and place.era is None and level != "district":
        unit = _named_unit(place_name, level, place, places, REFORM)
    return unit


def _article_unit(
    name: str, level: str, place: DocumentPlace, era: str, places: Places, on: date | None
) -> PlaceRef | None:
    """The article's own unit at a level, unless the name states another kind of unit ("UBND huyện" in an article
    about a city, "HĐND xã" where the article's commune is a ward, "UBND TP" in a province's article), or the unit
    did not exist yet on the article's day (a 2017 article placed in a city formed in 2021 speaks of one of the
    districts it was formed from, which a bare name does not tell)."""
    district, history = place.district, places.legacy.history
    if level == "district" and era == LEGACY and district and on and not history.existed(district.code, on):
        return None
    if era == REFORM:
        unit = place.province_2025 if level == "province" else place.commune_2025
    elif level == "province":
        unit = place.province
    elif level == "district":
        unit = place.district
    else:
        unit = place.communes[0] if len(place.communes) == 1 else None
    written = written_type(name, level)
    return None if unit is None or (written is not None and written != unit.unit_type) else unit


# The kinds of unit a body's name states, by level: (pattern on the folded name, the gazetteer's unit type).
_TYPE_WORDS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "province": (
        (re.compile(r"\btỉnh\b"), "Tỉnh"),
        (re.compile(r"\b(?:thành phố|tp|thành ủy)(?!\w)"), "Thành phố"),
    ),
    "district": (
        (re.compile(r"\bhuyện\b"), "Huyện"),
        (re.compile(r"\bquận\b"), "Quận"),
        (re.compile(r"\bthị (?:xã|ủy)\b"), "Thị xã"),
        (re.compile(r"\b(?:thành phố|tp|thành ủy)(?!\w)"), "Thành phố"),
    ),
    "commune": (
        (re.compile(r"(?<!thị )\bxã\b"), "Xã"),
        (re.compile(r"\bphường\b"), "Phường"),
        (re.compile(r"\bthị trấn\b"), "Thị trấn"),
        (re.compile(r"\bđặc khu\b"), "Đặc khu"),
    ),
}


def written_type(name: str, level: str) -> str | None:
    """The kind of unit a body's name states at its level, if it states exactly one.

    >>> written_type("Chủ tịch UBND huyện", "district"), written_type("HĐND TP", "province")
    ('Huyện', 'Thành phố')
    >>> written_type("Bí thư Đảng ủy xã", "commune"), written_type("HĐND", "province") is None
    ('Xã', True)
    """
    key = match_key(name)
    found = {kind for pattern, kind in _TYPE_WORDS.get(level, ()) if pattern.search(key)}
    return found.pop() if len(found) == 1 else None


def _gazetteer(places: Places, era: str) -> Gazetteer:
    return places.reform if era == REFORM else places.legacy


def _named_unit(
    name: str,
    level: str,
    place: DocumentPlace,
    places: Places,
    era: str,
    on: date | None = None,
    written: str | None = None,
) -> PlaceRef | None:
    if level == "district" and era == REFORM:  # the 2025 structure has no districts
        return None
    gazetteer = _gazetteer(places, era)
    name = UNIT_WORDS_RE.sub(" ", name).strip(" .-")
    province = place.province_2025 if era == REFORM else place.province
    name, province = _province_after(name, level, gazetteer, province)
    codes, matched = _codes(gazetteer, name, level)
    units = [gazetteer.unit(level, code) for code in codes]
    if level == "district" and era == LEGACY:
        units = _in_time(units, matched or name, gazetteer, on, written, province)
    if len(units) > 1 and province is not None:
        units = [u for u in units if u.province_code == province.code] or units
    elif len(units) > 1 and era == LEGACY and place.province_2025 is not None:  # a former unit of a merged province
        after = place.province_2025.code
        units = [u for u in units if places.bridge.successor("province", u.province_code, "province") == after] or units
    if len(units) > 1 and era == LEGACY and level == "commune" and place.district is not None:
        units = [u for u in units if gazetteer.district_of_commune(u.code) == place.district.code] or units
    return units[0] if len(units) == 1 else None


def _codes(gazetteer: Gazetteer, name: str, level: str) -> tuple[tuple[str, ...], str | None]:
    """The codes of the units of a level a name may stand for, and the words they were found under: a number with
    its unit word ("1" -> "Quận 1"); a name followed by words that are not its own ("Yên Bái Theo", a title cut at
    the next sentence) by its first words."""
    name = _numbered(name, level)
    words = name.split()
    for end in range(len(words), min(len(words), 2) - 1, -1):
        found = " ".join(words[:end])
        entry = gazetteer.lookup(found)
        codes = {"province": entry.provinces, "district": entry.districts, "commune": entry.communes}[level]
        if codes or entry.provinces or entry.districts or entry.communes:
            return codes, found
        if level == "district" and gazetteer.history.named(found):
            return (), found
    return (), None


def _numbered(name: str, level: str) -> str:
    """A bare number as the name of a numbered unit: "1" -> "Quận 1"."""
    word = {"district": "Quận", "commune": "Phường"}.get(level)
    return f"{word} {name}" if word and name.isdigit() else name


def _key(name: str) -> str:
    return " ".join(loose_key(name).split())


def _in_time(
    units: list[PlaceRef], name: str, gazetteer: Gazetteer, on: date | None, written: str | None,
    province: PlaceRef | None,
) -> list[PlaceRef]:  # fmt: skip
    """The district-level units a name stands for on the article's day (`on`), with the dissolved units of that
    name (`Gazetteer.history`): on a day a dissolved unit existed, it and the units of that name that existed too,
    never the successor it is an alias of; after its last day, its successor; undated, a dissolved unit of the kind
    the body's name states, else the article's province tells, else the unit the snapshot holds."""
    history = gazetteer.history
    formers = history.named(name)
    if not formers:
        return units
    own = [u for u in units if _key(u.name) == _key(name)]  # found by their own name, not as a former unit's
    if on is not None:
        live = [f.unit for f in formers if f.existed(on)]
        if live:
            return live + [u for u in own if history.existed(u.code, on)]
        after = [gazetteer.districts[f.successors[0]] for f in formers if on > f.valid_to and len(f.successors) == 1]
        return [u for u in {u.key: u for u in units + after}.values() if history.existed(u.code, on)]
    typed = [f.unit for f in formers if written is not None and f.unit.unit_type == written]
    if typed and not any(u.unit_type == written for u in own):
        return typed
    both = own + [f.unit for f in formers]
    if province is not None:
        both = [u for u in both if u.province_code == province.code] or both
    return ([u for u in both if u in own] or both) if len(both) > 1 else both


def _province_after(
    name: str, level: str, gazetteer: Gazetteer, province: PlaceRef | None
) -> tuple[str, PlaceRef | None]:
    """A unit's name followed by its province's ("Hòa Lợi TPHCM"): the unit's name, and that province.

    A name the gazetteer knows whole is left as it is.
    """
    words, whole = name.split(), gazetteer.lookup(name)
    if level == "province" or len(words) < 2 or whole.provinces or whole.districts or whole.communes:
        return name, province
    for cut in range(len(words) - 1, 0, -1):
        tail = gazetteer.lookup(" ".join(words[cut:])).provinces
        if len(tail) == 1:
            return " ".join(words[:cut]), gazetteer.provinces[tail[0]]
    return name, province


def _merged_away(name: str, level: str, places: Places) -> bool:
    """Whether a province's name is that of a legacy province the reform merged with others into a province of
    another name (the 2025 gazetteer knows it as a former name of that province)."""
    if level != "province":
        return False
    entry = places.legacy.lookup(UNIT_WORDS_RE.sub(" ", name).strip(" .-"))
    for code in entry.provinces:
        after = places.bridge.successor("province", code, "province")
        if after and len(places.bridge.predecessors("province", after, "province")) > 1:
            return match_key(places.reform.provinces[after].name) != match_key(places.legacy.provinces[code].name)
    return False

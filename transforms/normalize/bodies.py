"""Canonical bodies: a body named in an article ("HĐND tỉnh Gia Lai", "HĐND", "Thường trực HĐND huyện") becomes one
body of the warehouse, keyed by its type, level, administrative unit and era, plus its own name where the type has
many bodies in one unit (a Party cell, a mass organisation); the part of it that acted ("Thường trực", "Ban Pháp
chế") is told apart by `part`, not as another body.

The unit comes from the place the name holds, resolved in the gazetteer at the body's level and preferring the
article's own province ("HĐND tỉnh Gia Lai" -> province 64); a bare name ("HĐND huyện") takes the article's unit at
that level. Both are read in the structure of the article's era (`units`): the bodies of an article from 2025-07-01
on are those of the 2025 provinces and communes, and the era is part of the key. A body below the centre whose unit
cannot be told (a name holding a place the gazetteer cannot resolve, a bare name in an article whose place is
unknown) gets no id: it is left out of the dimension rather than merged with the bodies of other places.

>>> canonical_key("peoples_council", "province", "legacy:province:64", None)
'peoples_council|province|legacy:province:64|'
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from transforms.extraction.places import Places
from transforms.model import DocumentPlace, PlaceRef
from transforms.normalize.units import LEVELS, UNIT_WORDS_RE, resolve_unit
from transforms.text import match_key

# Types with one body per unit: the unit names the body. Any other type needs its own name as well.
TERRITORIAL = frozenset(
    {
        "peoples_council",
        "peoples_committee",
        "party_committee",
        "fatherland_front",
        "inspection_commission",
        "propaganda_board",
        "organization_board",
        "mass_mobilization_board",
        "military_command",
        "police",
    }
)
# The bodies of the centre, one each, and their names; a central post in any other type is no body of the warehouse.
CENTRAL_NAMES = {
    "party_committee": "Ban Chấp hành Trung ương Đảng",
    "inspection_commission": "Ủy ban Kiểm tra Trung ương",
    "organization_board": "Ban Tổ chức Trung ương",
    "propaganda_board": "Ban Tuyên giáo Trung ương",
    "mass_mobilization_board": "Ban Dân vận Trung ương",
    "fatherland_front": "Ủy ban Trung ương MTTQ Việt Nam",
    "national_assembly": "Quốc hội",
}
# Abbreviations an own name is written with, spelt out so that the two spellings meet.
_ABBREVIATIONS = {
    "đbqh": "đại biểu quốc hội", "lđlđ": "liên đoàn lao động", "hlhpn": "hội liên hiệp phụ nữ",
    "lhpn": "liên hiệp phụ nữ", "ccb": "cựu chiến binh", "mttq": "mặt trận tổ quốc", "ub": "ủy ban",
    "tncs": "thanh niên cộng sản", "hcm": "hồ chí minh", "đtn": "đoàn thanh niên",
}  # fmt: skip

# The boards of a council and the standing committee of a Party committee, as words a name or a title holds:
# (pattern, part code). Anchored at the start of a body's name here, anywhere in a title (`people`).
BOARD_PARTS: tuple[tuple[str, str], ...] = (
    (r"(?:ban thường vụ|btv)\b", "standing_committee"),
    (r"ban pháp chế\b", "legal_board"),
    (r"ban (?:kinh tế|kt)", "economic_budget_board"),
    (r"ban (?:văn hóa|vh)", "culture_social_board"),
    (r"ban dân tộc\b", "ethnic_board"),
    (r"ban đô thị\b", "urban_board"),
)
# The parts of a council or a Party committee that act for it: (pattern on the folded name, part code).
_PARTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:thường trực|tt)\b"), "standing_committee"),
    *((re.compile("^" + words), part) for words, part in BOARD_PARTS),
)
PARTS = frozenset(part for _, part in _PARTS)

_MILITARY_REGION_RE = re.compile(r"\b(?:quân khu|quân đoàn|quân chủng|binh đoàn)\b")
# A Party committee of a bloc (of the central agencies, of central enterprises): its boards are not the centre's.
_BLOC_RE = re.compile(r"\bđảng (?:ủy|bộ) khối\b")

# The short names that head a territorial body's canonical name, by type.
_HEADS = {
    "peoples_council": "HĐND",
    "peoples_committee": "UBND",
    "fatherland_front": "Ủy ban MTTQ Việt Nam",
    "inspection_commission": "Ủy ban Kiểm tra",
    "propaganda_board": "Ban Tuyên giáo",
    "organization_board": "Ban Tổ chức",
    "mass_mobilization_board": "Ban Dân vận",
    "military_command": "Ban Chỉ huy quân sự",
    "police": "Công an",
}
_PARTY_BOARDS = frozenset(
    {"inspection_commission", "propaganda_board", "organization_board", "mass_mobilization_board"}
)


@dataclass(frozen=True, slots=True)
class CanonicalBody:
    """A body of the warehouse: `body_id` is a hash of the key fields, so every article naming it gets the same."""

    body_id: str | None  # None for a body below the centre whose unit is unknown
    body_type: str
    level: str | None
    unit: PlaceRef | None
    unit_key: str | None  # core.dim_admin_unit.unit_key: "legacy:district:178" (or a 2025 unit's key)
    own_name: str | None  # the folded name that tells apart bodies of one type in one unit; None for territorial ones
    part: str | None  # the part of it that acted: standing_committee, legal_board ...
    name: str  # the canonical name: "HĐND tỉnh Gia Lai", or the name as written where there is none


def canonical_key(body_type: str, level: str | None, unit_key: str | None, own_name: str | None) -> str:
    """The fields a body is known by, joined: what its id is hashed from."""
    return "|".join((body_type, level or "", unit_key or "", own_name or ""))


def body_id(body_type: str, level: str | None, unit_key: str | None, own_name: str | None) -> str:
    """The id of a body: the md5 of its key fields (re-runs and other articles get the same)."""
    return hashlib.md5(canonical_key(body_type, level, unit_key, own_name).encode()).hexdigest()


def unit_key_of(unit: PlaceRef | None) -> str | None:
    """The dimension key of a unit of the gazetteer, in its era: 'legacy:district:178', '2025:commune:05395'."""
    return unit.key if unit else None


def body_part(name: str) -> str | None:
    """The part of a body a name speaks of, if any.

    >>> body_part("Thường trực HĐND huyện"), body_part("Ban Pháp chế HĐND tỉnh"), body_part("HĐND tỉnh")
    ('standing_committee', 'legal_board', None)
    """
    key = match_key(name)
    return next((part for pattern, part in _PARTS if pattern.search(key)), None)


def canonical_body(
    name: str,
    body_type: str,
    level: str | None,
    place_name: str | None,
    place: DocumentPlace,
    places: Places,
    unit: PlaceRef | None = None,
    on: date | None = None,
) -> CanonicalBody:
    """The canonical body a name written in an article stands for (`place`: the article's place; `unit`: its unit
    where another title of the same person already told it; `on`: the article's day, which tells a district
    dissolved since from its successor)."""
    if body_type == "party_organization" and level in LEVELS:
        # "Đảng bộ Hà Nội", "Đảng bộ tỉnh": the territory's Party organisation, led by its committee
        own = _own_name(name, place_name)
        rest = own.removeprefix("đảng bộ").strip()
        if own.split()[:2] == ["đảng", "bộ"] and (not rest or resolve_unit(name, rest, level, place, places, on)):
            body_type, place_name = "party_committee", place_name or rest or None
    if level is None and body_type in TERRITORIAL:
        level = "district" if place.district is not None else "province" if place.province is not None else None
    # a National Assembly delegation is the province's; the Assembly itself is one body
    delegation = body_type == "national_assembly" and (bool(place_name) or "đoàn" in match_key(name))
    unit_level = "province" if delegation else level
    unit = unit or resolve_unit(name, place_name, unit_level, place, places, on)
    if body_type == "military_command" and _MILITARY_REGION_RE.search(match_key(name)):
        unit = None  # a military region or corps spans provinces: no command of a unit
    own_name = None
    if delegation:
        own_name = "đoàn đại biểu quốc hội"
    elif body_type not in TERRITORIAL and not (level == "central" and body_type in CENTRAL_NAMES):
        own_name = _own_name(name, place_name)
    key = unit_key_of(unit)
    if level == "central" and not delegation:
        key = unit = None
        known = not _BLOC_RE.search(match_key(name)) and (
            body_type in CENTRAL_NAMES or (own_name is not None and body_type not in TERRITORIAL)
        )
        canonical = CENTRAL_NAMES.get(body_type)
    else:
        known = unit is not None
        canonical = (
            _canonical_name(body_type, unit) if unit is not None and (body_type in TERRITORIAL or delegation) else None
        )
    return CanonicalBody(
        body_id=body_id(body_type, level, key, own_name) if known else None,
        body_type=body_type,
        level=level,
        unit=unit,
        unit_key=key,
        own_name=own_name,
        part=body_part(name),
        name=canonical or " ".join(name.split()),
    )


def _own_name(name: str, place_name: str | None) -> str:
    """The folded name without its place and unit words: "Hội Luật gia tỉnh Hà Giang" -> "hội luật gia".

    >>> _own_name("Hội Luật gia tỉnh Hà Giang", "Hà Giang")
    'hội luật gia'
    """
    key = re.sub(r"\([^()]*\)", " ", match_key(name))
    if place_name:
        key = key.replace(match_key(place_name), " ")
    words = UNIT_WORDS_RE.sub(" ", key).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def _canonical_name(body_type: str, unit: PlaceRef) -> str | None:
    """A territorial body's name from its type and unit: "HĐND tỉnh Gia Lai", "Huyện ủy Bắc Sơn"; a Party board
    is named after its committee: "Ban Tổ chức Tỉnh ủy Hải Dương".

    >>> from transforms.model import PlaceRef
    >>> _canonical_name("party_committee", PlaceRef("district", "178", "Bắc Sơn", "Huyện", "20", "Lạng Sơn"))
    'Huyện ủy Bắc Sơn'
    >>> _canonical_name("peoples_committee", PlaceRef("district", "760", "Quận 1", "Quận", "79", "Hồ Chí Minh"))
    'UBND Quận 1'
    >>> _canonical_name("organization_board", PlaceRef("province", "30", "Hải Dương", "Tỉnh", "30", "Hải Dương"))
    'Ban Tổ chức Tỉnh ủy Hải Dương'
    """
    kind = unit.unit_type.lower()
    where = unit.name if unit.name.lower().startswith(f"{kind} ") else f"{kind} {unit.name}"  # "Quận 1"
    if body_type == "party_committee":
        if unit.level == "commune":
            return f"Đảng ủy {where}"
        if unit.level == "province":
            return f"Thành ủy {unit.name}" if unit.unit_type == "Thành phố" else f"Tỉnh ủy {unit.name}"
        word = {"Huyện": "Huyện", "Thị xã": "Thị", "Quận": "Quận", "Thành phố": "Thành"}.get(unit.unit_type, "Huyện")
        return f"{word} ủy {unit.name}"
    if body_type == "national_assembly":
        return f"Đoàn đại biểu Quốc hội {where}"
    if body_type == "military_command" and unit.level == "province":
        return "Bộ Tư lệnh Thủ đô Hà Nội" if unit.code == "01" else f"Bộ Chỉ huy Quân sự {where}"
    if body_type in _PARTY_BOARDS:
        committee = _canonical_name("party_committee", unit)
        return f"{_HEADS[body_type]} {committee}" if committee else None
    head = _HEADS.get(body_type)
    return f"{head} {where}" if head else None

"""Who a named official is across articles: the scope that, with the folded name, makes a person's id, and the part of
a body a title names.

A person is the same across documents only where name and roles agree: the same folded name in the same province,
and, for someone holding a post below the province, in the same district. A province's official and a district's
official of the same name stay two persons (the warehouse flags such pairs as possibly one; it does not merge them).
Someone named only with central posts has no province scope.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transforms.extraction.places import Places
from transforms.model import PlaceRef, RoleMention
from transforms.normalize.bodies import BOARD_PARTS, CanonicalBody
from transforms.text import match_key, unify_tones

# Parts of a council or Party committee a title may name, anywhere in it: (pattern on the folded title, part).
_ROLE_PARTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bthường trực (?:hđnd|hội đồng nhân dân)"), "standing_committee"),
    *((re.compile(r"\b" + words), part) for words, part in BOARD_PARTS),
)


# A place a title names after a unit word ("Chủ tịch UBND tỉnh Hà Tĩnh", "Bí thư Huyện ủy Phong Điền"), or a city
# written as one abbreviation ("UBND TP.HCM").
_TITLE_PLACE_RE = re.compile(
    r"(?:(?<![^\W\d_])(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|(?:tỉnh|huyện|thị|thành|quận) ủy)"
    r"\s*(?:(?:tp|thành phố|tỉnh)\.?\s*(?=[A-ZĐ\d]))?((?-i:[A-ZĐ\d])[^\W_]*(?:[\s-]+(?-i:[A-ZĐ])[^\W\d_]*){0,3}))"
    r"|((?-i:TP)\.?\s*(?-i:HCM)|TPHCM)",
    re.IGNORECASE,
)


def title_place(title: str | None) -> str | None:
    """The place a title names, if any.

    >>> title_place("Chủ tịch UBND tỉnh Hà Tĩnh"), title_place("Chủ tịch UBND TP.HCM"), title_place("Bí thư Tỉnh ủy")
    ('Hà Tĩnh', 'HCM', None)
    >>> title_place("Trưởng ban Tổ chức Thành ủy TP. Hà Nội"), title_place("Chủ tịch UBND quận 1")
    ('Hà Nội', '1')
    """
    m = _TITLE_PLACE_RE.search(unify_tones(title or ""))
    return (m.group(1) or m.group(2)) if m else None


def stack_units(roles: Sequence[RoleMention], bodies: Sequence[CanonicalBody | None]) -> list[PlaceRef | None]:
    """For each role whose title names no place: the one unit that the person's other titles of the same level in
    the same sentence resolve to, if there is one ("tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Phó Bí thư
    Huyện ủy X": the three posts are X's; "Bí thư Tỉnh ủy X giữ chức Chủ tịch HĐND tỉnh": the council is X's)."""
    named: dict[tuple[str, int, str | None], dict[str, PlaceRef]] = {}
    for role, body in zip(roles, bodies, strict=True):
        if body is not None and body.unit is not None and (role.place_name or title_place(role.title_text)):
            stack = named.setdefault((match_key(role.person_name), role.sentence_start, role.level), {})
            stack[body.unit.key] = body.unit
    units: list[PlaceRef | None] = []
    for role in roles:
        stack = named.get((match_key(role.person_name), role.sentence_start, role.level), {})
        own = role.place_name or title_place(role.title_text)
        units.append(next(iter(stack.values())) if len(stack) == 1 and not own else None)
    return units


# A body named with its place, where a sentence names it: (sentence start, body type, level, offset, its unit).
Anchor = tuple[int, str | None, str | None, int, PlaceRef]


def named_bodies(roles: Sequence[RoleMention], bodies: Sequence[CanonicalBody | None]) -> list[Anchor]:
    """The titles that name their body's place, as anchors for the bare titles of their sentence."""
    return [
        (role.sentence_start, role.organization_type, role.level, role.char_start, body.unit)
        for role, body in zip(roles, bodies, strict=True)
        if body is not None and body.unit is not None and (role.place_name or title_place(role.title_text))
    ]


def sentence_units(roles: Sequence[RoleMention], anchors: Sequence[Anchor]) -> list[PlaceRef | None]:
    """For each role whose title names no place: the unit of the nearest body before it in the same sentence, of the
    same type and level, named with its place, in a title of anyone or as the body of the meeting the sentence
    reports ("ông A tái đắc cử Bí thư Tỉnh ủy Lâm Đồng; ông B và ông C được bầu Phó Bí thư Tỉnh ủy": B's and C's
    committee is Lâm Đồng's; "HĐND tỉnh X bầu ông D giữ chức Chủ tịch HĐND": X's council), whatever province the
    article is placed in. A bare title with no such body before it takes the article's unit."""
    units: list[PlaceRef | None] = []
    for role in roles:
        found: tuple[int, PlaceRef] | None = None
        if role.organization_type is not None and not (role.place_name or title_place(role.title_text)):
            for sentence, body_type, level, start, unit in anchors:
                if (
                    (sentence, body_type, level) == (role.sentence_start, role.organization_type, role.level)
                    and start < role.char_start
                    and (found is None or start > found[0])
                ):
                    found = (start, unit)
        units.append(found[1] if found else None)
    return units


def role_part(title: str | None) -> str | None:
    """The part of a council or committee a title names, if any.

    >>> role_part("Trưởng ban Pháp chế HĐND tỉnh"), role_part("Phó Chủ tịch HĐND huyện")
    ('legal_board', None)
    """
    if not title:
        return None
    key = match_key(title)
    return next((part for pattern, part in _ROLE_PARTS if pattern.search(key)), None)


def person_scopes(
    roles: Sequence[RoleMention], bodies: Sequence[CanonicalBody | None], province: str | None, places: Places
) -> dict[str, tuple[str | None, str | None]]:
    """For each folded name of a document: (province scope, district scope).

    The province scope is the article's province, or None for a person named only with central posts. The district
    scope is the one district all the person's district and commune posts lie in (None if they hold none, or posts
    in several districts).
    """
    central: dict[str, bool] = {}
    districts: dict[str, set[str]] = {}
    for role, body in zip(roles, bodies, strict=True):
        key = match_key(role.person_name)
        if role.level is None or body is None:  # named with no current role: scoped by their roles elsewhere, if any
            continue
        central[key] = central.get(key, True) and role.level == "central"
        district = _district_of(body, places) if role.level in ("district", "commune") else None
        if district is not None:
            districts.setdefault(key, set()).add(district)
    scopes = {}
    for key in {match_key(role.person_name) for role in roles}:
        only_central = central.get(key, False)
        found = districts.get(key, set())
        district = next(iter(found)) if len(found) == 1 else None
        scopes[key] = (None if only_central else province, None if only_central else district)
    return scopes


def _district_of(body: CanonicalBody, places: Places) -> str | None:
    """The legacy district of a body's unit: a 2025 commune's where all of it was formed from one."""
    if body.unit is None or body.unit.level == "province":
        return None
    district = places.formed_from(body.unit)[1]
    return district.code if district else None

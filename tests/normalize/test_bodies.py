"""Canonical bodies: the names an article gives one body meet in one id; bodies of different places, eras or own
names stay apart; the part that acted is told apart by a column; a body whose unit is unknown gets no id."""

from __future__ import annotations

from functools import cache

import pytest

from transforms.codes import BODY_PARTS
from transforms.extraction.places import Gazetteer
from transforms.model import DocumentPlace, RoleMention
from transforms.normalize import canonical_body
from transforms.normalize.bodies import PARTS, body_id
from transforms.normalize.people import person_scopes, role_part


@cache
def gaz() -> Gazetteer:
    from flows.tasks import gazetteer

    return gazetteer().legacy


def place(province: str | None = None, district: str | None = None) -> DocumentPlace:
    g = gaz()
    return DocumentPlace(
        province=g.provinces[province] if province else None, district=g.districts[district] if district else None
    )


HCM = "79"


@pytest.mark.parametrize(
    ("name", "level", "place_name"),
    [
        ("HĐND TP Hồ Chí Minh", "province", "Hồ Chí Minh"),
        ("HĐND TPHCM", "province", "TPHCM"),
        ("Hội đồng nhân dân thành phố", "province", None),
        ("HĐND", None, None),
        ("Thường trực HĐND thành phố", "province", None),
    ],
)
def test_the_names_of_one_council_meet_in_one_body(name: str, level: str | None, place_name: str | None) -> None:
    body = canonical_body(name, "peoples_council", level, place_name, place(HCM), gaz())
    assert body.body_id == body_id("peoples_council", "province", f"legacy:province:{HCM}", None)
    assert body.name == "HĐND thành phố Hồ Chí Minh"


def test_a_place_in_the_name_wins_over_the_articles() -> None:
    body = canonical_body("HĐND tỉnh Gia Lai", "peoples_council", "province", "Gia Lai", place(HCM), gaz())
    assert (body.unit_key, body.name) == ("legacy:province:64", "HĐND tỉnh Gia Lai")
    lonely = canonical_body("Tỉnh uỷ Quảng Nam", "party_committee", "province", "Quảng Nam", place(), gaz())
    assert (lonely.unit_key, lonely.name) == ("legacy:province:49", "Tỉnh ủy Quảng Nam")


def test_a_bare_district_body_takes_the_articles_district() -> None:
    here = place("20", "185")  # Lạng Sơn, Bắc Sơn
    body = canonical_body("Huyện ủy", "party_committee", "district", None, here, gaz())
    assert (body.unit_key, body.name) == ("legacy:district:185", "Huyện ủy Bắc Sơn")
    assert canonical_body("Huyện uỷ Bắc Sơn", "party_committee", "district", "Bắc Sơn", here, gaz()).body_id == (
        body.body_id
    )


def test_bodies_of_other_types_or_places_stay_apart() -> None:
    here = place(HCM)
    council = canonical_body("HĐND TP", "peoples_council", "province", None, here, gaz())
    committee = canonical_body("UBND TP", "peoples_committee", "province", None, here, gaz())
    other = canonical_body("HĐND TP Hà Nội", "peoples_council", "province", "Hà Nội", here, gaz())
    assert len({council.body_id, committee.body_id, other.body_id}) == 3


def test_an_unknown_unit_gives_no_id_rather_than_a_merge() -> None:
    assert canonical_body("Huyện ủy", "party_committee", "district", None, place(), gaz()).body_id is None
    assert (
        canonical_body("HĐND xã Tân Tiến Mới", "peoples_council", "commune", "Tân Tiến Mới", place(), gaz()).body_id
        is None
    )
    assert canonical_body("Quốc hội", "national_assembly", "central", None, place(), gaz()).body_id is not None


def test_bodies_with_many_per_unit_keep_their_own_name() -> None:
    here = place("02")  # Hà Giang
    lawyers = canonical_body("Hội Luật gia tỉnh Hà Giang", "mass_organization", "province", "Hà Giang", here, gaz())
    farmers = canonical_body("Hội Nông dân tỉnh", "mass_organization", "province", None, here, gaz())
    assert lawyers.own_name == "hội luật gia" and lawyers.body_id != farmers.body_id
    again = canonical_body("Hội Luật gia tỉnh", "mass_organization", "province", None, here, gaz())
    assert again.body_id == lawyers.body_id


def test_the_part_that_acted_is_a_column() -> None:
    board = canonical_body("Ban Pháp chế HĐND tỉnh", "peoples_council", "province", None, place("20"), gaz())
    whole = canonical_body("HĐND tỉnh Lạng Sơn", "peoples_council", "province", "Lạng Sơn", place("20"), gaz())
    assert (board.part, board.body_id) == ("legal_board", whole.body_id)
    assert role_part("Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh") == "economic_budget_board"
    assert PARTS == BODY_PARTS


def _role(name: str, level: str) -> RoleMention:
    return RoleMention(name, "chair", "peoples_committee", level, "Chủ tịch UBND", 0, 1, 0, 1)


def test_a_person_below_the_province_is_scoped_by_district() -> None:
    here = place("20", "185")
    roles = [_role("Nguyễn Văn Hải", "district"), _role("Trần Thị Mơ", "province")]
    bodies = [canonical_body(r.title_text, r.organization_type, r.level, None, here, gaz()) for r in roles]
    assert person_scopes(roles, bodies, "20", gaz()) == {"nguyễn văn hải": ("20", "185"), "trần thị mơ": ("20", None)}

"""Bodies of district-level units dissolved before the legacy gazetteer's snapshot: on a day the unit existed, a body
named with it is that unit's own, never merged into its successor's; after its last day the name stands for the
successor; a unit formed later is no body's unit before its first day. Made-up sentences and people."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from tests.conftest import make_context
from transforms.extraction import extract_document
from transforms.extraction.places import Places
from transforms.model import DocumentPlace
from transforms.normalize import canonical_body, normalize_frames
from transforms.schemas import Facts

HOANH_BO, HA_LONG = "legacy:district:204@2019", "legacy:district:193"  # merged into the city on 2020-01-01
QUAN_THU_DUC, QUAN_2, TP_THU_DUC = "legacy:district:762@2020", "legacy:district:769@2020", "legacy:district:769"


@cache
def places() -> Places:
    from flows.tasks import gazetteer

    return gazetteer()


def place(province: str, district: str | None = None) -> DocumentPlace:
    legacy = places().legacy
    return DocumentPlace(
        province=legacy.provinces[province], district=legacy.districts[district] if district else None, era="legacy"
    )


def _normalized(text: str, published: datetime) -> Facts:
    extraction = extract_document(make_context(text, published_at=published), places())
    return normalize_frames([("d", text, extraction)], places())


def test_a_council_of_a_district_later_merged_is_its_own_body() -> None:
    facts = _normalized(
        "Sáng 12/7/2018, HĐND huyện Hoành Bồ khóa XIX tổ chức kỳ họp thứ 7. "
        "Ông Trịnh Văn Khải, Chủ tịch HĐND huyện Hoành Bồ, chủ trì kỳ họp.",
        datetime(2018, 7, 12),
    )
    session, chair = facts.sessions.row(0, named=True), facts.roles.row(0, named=True)
    assert (session["body_unit_key"], session["body_canonical_name"]) == (HOANH_BO, "HĐND huyện Hoành Bồ")
    assert (chair["unit_key"], chair["body_id"]) == (HOANH_BO, session["body_id"])
    later = _normalized("Sáng 12/7/2023, HĐND thành phố Hạ Long tổ chức kỳ họp thứ 12.", datetime(2023, 7, 12))
    successor = later.sessions.row(0, named=True)
    assert successor["body_unit_key"] == HA_LONG and successor["body_id"] != session["body_id"]


def test_after_its_last_day_a_dissolved_units_name_is_its_successors() -> None:
    here = place("22")
    before = canonical_body("UBND huyện Hoành Bồ", "peoples_committee", "district", "Hoành Bồ", here, places(),
                            on=date(2019, 3, 1))  # fmt: skip
    after = canonical_body("UBND huyện Hoành Bồ", "peoples_committee", "district", "Hoành Bồ", here, places(),
                           on=date(2021, 3, 1))  # fmt: skip
    assert (before.unit_key, after.unit_key) == (HOANH_BO, HA_LONG)


def test_a_district_and_the_later_city_of_its_name_are_two_units() -> None:
    hcm = place("79")
    front = "Ủy ban MTTQ quận Thủ Đức"
    dated = canonical_body(front, "fatherland_front", "district", "Thủ Đức", hcm, places(), on=date(2017, 5, 3))
    undated = canonical_body(front, "fatherland_front", "district", "Thủ Đức", hcm, places())  # "quận" tells
    city = canonical_body("UBND TP Thủ Đức", "peoples_committee", "district", "Thủ Đức", hcm, places(),
                          on=date(2023, 5, 3))  # fmt: skip
    assert (dated.unit_key, undated.unit_key, city.unit_key) == (QUAN_THU_DUC, QUAN_THU_DUC, TP_THU_DUC)
    assert dated.name == "Ủy ban MTTQ Việt Nam quận Thủ Đức"
    numbered = canonical_body("UBND Quận 2", "peoples_committee", "district", "2", hcm, places(), on=date(2019, 1, 9))
    assert numbered.unit_key == QUAN_2 and numbered.name == "UBND Quận 2"


def test_a_bare_name_in_an_article_placed_in_a_unit_formed_later_has_no_unit() -> None:
    city = place("79", "769")
    early = canonical_body("UBND thành phố", "peoples_committee", "district", None, city, places(), on=date(2019, 4, 2))
    late = canonical_body("UBND thành phố", "peoples_committee", "district", None, city, places(), on=date(2022, 4, 2))
    assert (early.body_id, late.unit_key) == (None, TP_THU_DUC)


def test_a_dissolved_district_is_told_from_a_namesake_by_the_articles_province() -> None:
    council = "HĐND huyện Kỳ Sơn"  # Hòa Bình's merged into its city in 2020; Nghệ An's still a district
    hoa_binh = canonical_body(council, "peoples_council", "district", "Kỳ Sơn", place("17"), places(),
                              on=date(2018, 6, 1))  # fmt: skip
    nghe_an = canonical_body(council, "peoples_council", "district", "Kỳ Sơn", place("40"), places(),
                             on=date(2018, 6, 1))  # fmt: skip
    undated = canonical_body(council, "peoples_council", "district", "Kỳ Sơn", place("17"), places())
    assert (hoa_binh.unit_key, nghe_an.unit_key) == ("legacy:district:151@2020", "legacy:district:417")
    assert undated.unit_key == "legacy:district:151@2020"

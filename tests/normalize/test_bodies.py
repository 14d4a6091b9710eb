"""Canonical bodies: the names an article gives one body meet in one id; bodies of different places, eras or own
names stay apart; the part that acted is told apart by a column; a body whose unit is unknown gets no id; a body
is read in the structure of its article's era."""

from __future__ import annotations

from datetime import datetime
from functools import cache

import pytest

from tests.conftest import make_context
from transforms.codes import BODY_PARTS
from transforms.extraction import extract_document
from transforms.extraction.places import Gazetteer, Places
from transforms.model import DocumentPlace, RoleMention
from transforms.normalize import canonical_body, normalize_frames
from transforms.normalize.bodies import PARTS, body_id
from transforms.normalize.people import person_scopes, role_part
from transforms.schemas import Facts


@cache
def places() -> Places:
    from flows.tasks import gazetteer

    return gazetteer()


def gaz() -> Gazetteer:
    return places().legacy


def place(province: str | None = None, district: str | None = None) -> DocumentPlace:
    g = gaz()
    return DocumentPlace(
        province=g.provinces[province] if province else None,
        district=g.districts[district] if district else None,
        era="legacy" if province else None,
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
    body = canonical_body(name, "peoples_council", level, place_name, place(HCM), places())
    assert body.body_id == body_id("peoples_council", "province", f"legacy:province:{HCM}", None)
    assert body.name == "HĐND thành phố Hồ Chí Minh"


def test_a_place_in_the_name_wins_over_the_articles() -> None:
    body = canonical_body("HĐND tỉnh Gia Lai", "peoples_council", "province", "Gia Lai", place(HCM), places())
    assert (body.unit_key, body.name) == ("legacy:province:64", "HĐND tỉnh Gia Lai")
    lonely = canonical_body("Tỉnh uỷ Quảng Nam", "party_committee", "province", "Quảng Nam", place(), places())
    assert (lonely.unit_key, lonely.name) == ("legacy:province:49", "Tỉnh ủy Quảng Nam")


def test_a_bare_district_body_takes_the_articles_district() -> None:
    here = place("20", "185")  # Lạng Sơn, Bắc Sơn
    body = canonical_body("Huyện ủy", "party_committee", "district", None, here, places())
    assert (body.unit_key, body.name) == ("legacy:district:185", "Huyện ủy Bắc Sơn")
    assert canonical_body("Huyện uỷ Bắc Sơn", "party_committee", "district", "Bắc Sơn", here, places()).body_id == (
        body.body_id
    )


def test_bodies_of_other_types_or_places_stay_apart() -> None:
    here = place(HCM)
    council = canonical_body("HĐND TP", "peoples_council", "province", None, here, places())
    committee = canonical_body("UBND TP", "peoples_committee", "province", None, here, places())
    other = canonical_body("HĐND TP Hà Nội", "peoples_council", "province", "Hà Nội", here, places())
    assert len({council.body_id, committee.body_id, other.body_id}) == 3


def test_an_unknown_unit_gives_no_id_rather_than_a_merge() -> None:
    assert canonical_body("Huyện ủy", "party_committee", "district", None, place(), places()).body_id is None
    assert (
        canonical_body("HĐND xã Tân Tiến Mới", "peoples_council", "commune", "Tân Tiến Mới", place(), places()).body_id
        is None
    )
    assert canonical_body("Quốc hội", "national_assembly", "central", None, place(), places()).body_id is not None


def test_bodies_with_many_per_unit_keep_their_own_name() -> None:
    here = place("02")  # Hà Giang
    lawyers = canonical_body("Hội Luật gia tỉnh Hà Giang", "mass_organization", "province", "Hà Giang", here, places())
    farmers = canonical_body("Hội Nông dân tỉnh", "mass_organization", "province", None, here, places())
    assert lawyers.own_name == "hội luật gia" and lawyers.body_id != farmers.body_id
    again = canonical_body("Hội Luật gia tỉnh", "mass_organization", "province", None, here, places())
    assert again.body_id == lawyers.body_id


def test_the_part_that_acted_is_a_column() -> None:
    board = canonical_body("Ban Pháp chế HĐND tỉnh", "peoples_council", "province", None, place("20"), places())
    whole = canonical_body("HĐND tỉnh Lạng Sơn", "peoples_council", "province", "Lạng Sơn", place("20"), places())
    assert (board.part, board.body_id) == ("legal_board", whole.body_id)
    assert role_part("Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh") == "economic_budget_board"
    assert PARTS == BODY_PARTS


def _role(name: str, level: str) -> RoleMention:
    return RoleMention(name, "chair", "peoples_committee", level, "Chủ tịch UBND", 0, 1, 0, 1)


def test_a_person_below_the_province_is_scoped_by_district() -> None:
    here = place("20", "185")
    roles = [_role("Nguyễn Văn Hải", "district"), _role("Trần Thị Mơ", "province")]
    bodies = [canonical_body(r.title_text, r.organization_type, r.level, None, here, places()) for r in roles]
    assert person_scopes(roles, bodies, "20", places()) == {
        "nguyễn văn hải": ("20", "185"),
        "trần thị mơ": ("20", None),
    }


# Made-up articles after the 2025-07-01 reform: their bodies are the 2025 units', the era part of the key.
def _normalized(text: str, published: datetime, placed_in: str | None = None) -> Facts:
    """The normalised facts of a made-up article; `placed_in`: the (legacy) province code its extraction is set to,
    maybe not its own."""
    extraction = extract_document(make_context(text, published_at=published), places())
    if placed_in is not None:
        extraction.place = DocumentPlace(province=gaz().provinces[placed_in], era="legacy")
    return normalize_frames([("d", text, extraction)], places())


def test_a_merged_communes_council_after_the_reform_is_the_2025_communes() -> None:
    text = (
        "Sáng 16/9/2025, HĐND xã Nam Ninh Hòa tổ chức kỳ họp thứ ba, HĐND xã khóa I. "
        "Bà Trần Thị Hoa, Chủ tịch HĐND xã, chủ trì kỳ họp."
    )
    facts = _normalized(text, datetime(2025, 9, 16))
    session, chair = facts.sessions.row(0, named=True), facts.roles.row(0, named=True)
    commune = "2025:commune:22597"  # Nam Ninh Hòa, formed from four communes of the town of Ninh Hòa
    assert (session["body_unit_key"], session["body_canonical_name"]) == (commune, "HĐND xã Nam Ninh Hòa")
    assert (session["province_code_2025"], session["commune_code_2025"]) == ("56", "22597")
    assert (session["province_code"], session["district_code"]) == ("56", "572")  # what it was formed from
    assert (chair["unit_key"], chair["body_id"]) == (commune, session["body_id"])
    assert session["body_id"] == body_id("peoples_council", "commune", commune, None)


def test_a_commune_name_of_both_eras_is_read_in_the_articles() -> None:
    text = "Sáng 16/9/2025, HĐND xã Diên Thọ tổ chức kỳ họp thứ ba, HĐND xã khóa I."
    session = _normalized(text, datetime(2025, 9, 16)).sessions.row(0, named=True)
    assert session["body_unit_key"] == "2025:commune:22672"


def test_a_merged_provinces_council_is_the_2025_province_and_another_body_than_before() -> None:
    after = _normalized(
        "Chiều 10/12/2025, HĐND tỉnh Khánh Hòa khóa VII khai mạc kỳ họp thứ 5. "
        "Ông Nguyễn Văn Tâm, Chủ tịch HĐND tỉnh, chủ trì.",
        datetime(2025, 12, 10),
    )
    before = _normalized(
        "Chiều 10/12/2023, HĐND tỉnh Khánh Hòa khóa VII khai mạc kỳ họp thứ 12.", datetime(2023, 12, 10)
    )
    new, old = after.sessions.row(0, named=True), before.sessions.row(0, named=True)
    assert new["body_unit_key"] == "2025:province:56" and old["body_unit_key"] == "legacy:province:56"
    assert new["body_id"] != old["body_id"]
    assert (new["province_code"], new["province_code_2025"]) == (None, "56")  # merged from two provinces
    assert after.roles.row(0, named=True)["unit_key"] == "2025:province:56"


def test_a_province_merged_away_or_a_unit_named_former_stays_legacy() -> None:
    facts = _normalized(
        "Chiều 10/12/2025, Tỉnh ủy Khánh Hòa tổ chức hội nghị. Ông Lê Văn Hải, Bí thư Tỉnh ủy Ninh Thuận, dự.",
        datetime(2025, 12, 10),
    )
    assert facts.sessions.row(0, named=True)["body_unit_key"] == "2025:province:56"
    assert facts.roles.row(0, named=True)["unit_key"] == "legacy:province:58"  # Ninh Thuận, now in Khánh Hòa
    here = DocumentPlace(era="2025", province_2025=places().reform.provinces["56"])
    district = canonical_body("Huyện ủy", "party_committee", "district", None, here, places())
    assert district.body_id is None  # a district's body is legacy: a 2025 article's place has no district
    former = canonical_body("UBND xã Cam An Bắc cũ", "peoples_committee", "commune", "Cam An Bắc", here, places())
    assert former.unit_key is not None and former.unit_key.startswith("legacy:commune:")


def test_a_units_name_followed_by_its_provinces_is_that_provinces_unit() -> None:
    here = DocumentPlace(era="2025")
    ward = canonical_body(
        "HĐND phường Bến Thành TPHCM", "peoples_council", "commune", "Bến Thành TPHCM", here, places()
    )
    assert ward.unit is not None and (ward.unit.name, ward.unit.province_code) == ("Bến Thành", "79")


def test_a_bare_name_of_another_kind_of_unit_is_not_the_articles() -> None:
    city = place("20", "178")  # Lạng Sơn and its city
    assert canonical_body("UBND huyện", "peoples_committee", "district", None, city, places()).body_id is None
    assert canonical_body("UBND thành phố", "peoples_committee", "district", None, city, places()).body_id is not None
    assert canonical_body("UBND TP", "peoples_committee", "province", None, city, places()).body_id is None
    region = canonical_body("Chính ủy Quân khu", "military_command", "province", None, city, places())
    assert region.body_id is None


def test_a_title_without_a_place_takes_the_place_of_the_persons_other_titles() -> None:
    text = "Hội nghị bầu ông Lê Văn Hải, Bí thư Tỉnh ủy Hà Nam, giữ chức Chủ tịch HĐND tỉnh."
    roles = _normalized(text, datetime(2020, 5, 4), "20").roles.to_dicts()  # an article placed elsewhere
    assert {(r["title_text"], r["unit_key"]) for r in roles} >= {("Chủ tịch HĐND tỉnh", "legacy:province:35")}
    text = "Ông Trần Văn Bình, Phó Bí thư Quận ủy, Chủ tịch UBND quận 3 phát biểu."
    roles = _normalized(text, datetime(2020, 5, 4), "79").roles.to_dicts()
    assert {r["unit_key"] for r in roles} == {"legacy:district:770"}


def test_a_territorys_party_organisation_is_its_committee() -> None:
    here = place("20")
    organisation = canonical_body("Đảng bộ Lạng Sơn", "party_organization", "province", None, here, places())
    committee = canonical_body("Tỉnh ủy Lạng Sơn", "party_committee", "province", "Lạng Sơn", here, places())
    assert (organisation.body_type, organisation.body_id) == ("party_committee", committee.body_id)
    cell = canonical_body("Đảng bộ Khối cơ quan tỉnh", "party_organization", "province", None, here, places())
    assert cell.body_type == "party_organization" and cell.body_id != committee.body_id


def test_a_bare_title_takes_the_province_a_title_before_it_in_the_sentence_names() -> None:
    text = (
        "Theo đó, ông Lê Minh Khôi tái đắc cử chức vụ Bí thư Tỉnh ủy Lâm Đồng khóa X; ông Phan Văn Định và ông "
        "Võ Thành Nhân được bầu chức vụ Phó Bí thư Tỉnh ủy. Ông Đặng Hữu Lực, Phó Bí thư Tỉnh ủy, phát biểu."
    )
    rows = _normalized(text, datetime(2020, 10, 16), "54").roles.to_dicts()  # an article placed elsewhere
    units = {r["person_name"]: r["unit_key"] for r in rows}
    assert units["Phan Văn Định"] == units["Võ Thành Nhân"] == units["Lê Minh Khôi"] == "legacy:province:68"
    assert units["Đặng Hữu Lực"] == "legacy:province:54"  # no title naming a province before it: the article's


def test_a_bare_title_takes_the_council_the_sentence_names_before_it() -> None:
    text = (
        "Cùng ngày, HĐND tỉnh Thanh Hóa khóa XVII tiếp tục bầu ông Lê Quang Vĩnh, Bí thư Tỉnh ủy, giữ chức Chủ "
        "tịch HĐND với 95/95 phiếu. Ông Nông Văn Tám giữ chức Chủ tịch HĐND tỉnh."
    )
    rows = _normalized(text, datetime(2016, 6, 30), "20").roles.to_dicts()  # a digest placed elsewhere
    units = {(r["person_name"], r["title_text"]): r["unit_key"] for r in rows}
    assert units[("Lê Quang Vĩnh", "Chủ tịch HĐND")] == "legacy:province:38"
    assert units[("Nông Văn Tám", "Chủ tịch HĐND tỉnh")] == "legacy:province:20"  # another sentence: the article's


def test_a_voter_meeting_is_the_provinces_delegations_and_a_blocs_commission_no_central_body() -> None:
    text = "Ngày 18/4, tổ đại biểu Quốc hội đã tiếp xúc cử tri trước kỳ họp thứ 7 tại quận Hà Đông."
    session = _normalized(text, datetime(2019, 4, 18), "01").sessions.row(0, named=True)
    assert session["session_type"] == "voter_meeting"
    assert session["body_canonical_name"] == "Đoàn đại biểu Quốc hội thành phố Hà Nội"
    central = place(None)
    bloc = "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy khối các cơ quan Trung ương"
    assert canonical_body(bloc, "inspection_commission", "central", None, central, places()).body_id is None
    commission = "Chủ nhiệm Ủy ban Kiểm tra Trung ương"
    assert canonical_body(commission, "inspection_commission", "central", None, central, places()).body_id is not None

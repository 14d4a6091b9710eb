"""The place an article is about in both structures: the era an article is written in, communes and wards of the
2025 structure with what they were formed from, merged provinces, the page's address, and pre-2025 articles mapped
forward. Every article here is made up; the units are the gazetteer's."""

from __future__ import annotations

import doctest
from dataclasses import replace
from datetime import date, datetime
from types import ModuleType

import pytest

import transforms.extraction.places.article as article_module
import transforms.extraction.places.era as era_module
import transforms.extraction.places.former as former_module
import transforms.extraction.places.hosts as hosts_module
import transforms.extraction.places.keys as keys_module
from flows.tasks import gazetteer
from tests.conftest import make_context
from transforms.extraction.document import extract_document
from transforms.extraction.places import Places, resolve_document_place
from transforms.extraction.places.era import article_era, era_of_words
from transforms.extraction.places.hosts import read_host
from transforms.model import DocumentPlace
from transforms.normalize import normalize_frames

Names = tuple[str | None, str | None, str | None, str | None]


@pytest.fixture(scope="module")
def places() -> Places:
    return gazetteer()


def resolve(
    places: Places,
    text: str,
    *,
    title: str | None = None,
    published: date | None = None,
    url: str | None = None,
    event_date: date | None = None,
    subject: str | None = None,
) -> DocumentPlace:
    when = datetime(published.year, published.month, published.day) if published else None
    ctx = replace(make_context(text, title, published_at=when), url=url)
    return resolve_document_place(ctx, places, (), event_date, subject)


def names(place: DocumentPlace) -> Names:
    """(legacy province, legacy district, 2025 province, 2025 commune) as short names, like the scorer compares."""
    units = (place.province, place.district, place.province_2025, place.commune_2025)
    return tuple(u.name if u else None for u in units)  # type: ignore[return-value]


# ---------------------------------------------------------------------------------------------------------------
# The era an article is written in


def test_the_date_decides_the_era_and_the_words_do_without_one() -> None:
    text = "Huyện ủy tổ chức hội nghị sơ kết."
    assert article_era(make_context(text, published_at=datetime(2025, 7, 1))) == "2025"
    assert article_era(make_context(text, published_at=datetime(2025, 6, 30, 23, 59))) == "legacy"
    assert article_era(make_context("Hội nghị sơ kết."), event_date=date(2025, 9, 2)) == "2025"
    assert article_era(make_context(text)) == "legacy"
    assert era_of_words("Cử tri bầu đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.") == "2025"
    assert era_of_words("HĐND phường Hòa Bình khóa I, nhiệm kỳ 2021-2026 họp kỳ thứ ba.") == "2025"
    assert era_of_words("Vận hành chính quyền địa phương hai cấp từ ngày đầu tháng.") == "2025"
    assert era_of_words("Đảng ủy đặc khu Vân Đồn họp.") == "2025"
    assert era_of_words("Đề án thành lập đặc khu kinh tế Vân Đồn.") is None
    assert era_of_words("Nhân dân xã Yên Lạc (huyện Như Xuân cũ) phấn khởi.") == "2025"
    # "cũng" is not "cũ"; a Party committee of a district at work is the old structure
    assert era_of_words("Ban Thường vụ tỉnh ủy Nghệ An cũng đã quyết định.") is None
    assert era_of_words("UBND huyện báo cáo; HĐND huyện thông qua nghị quyết.") == "legacy"


# ---------------------------------------------------------------------------------------------------------------
# Communes, wards and special zones of the 2025 structure


def test_a_new_commune_named_with_its_predecessors(places: Places) -> None:
    """Two 2025 communes are called Thanh Bình (Ninh Bình, Đồng Tháp): the communes it was formed from tell which,
    and what it was before: all three lay in Thanh Liêm, Hà Nam."""
    text = (
        "Sáng 20/8, Đảng bộ xã Thanh Bình tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Xã Thanh Bình "
        "được thành lập trên cơ sở sáp nhập toàn bộ diện tích tự nhiên, quy mô dân số của các xã Liêm Thuận, "
        "Liêm Túc và xã Liêm Sơn. Đại hội bầu 15 đồng chí vào Ban Chấp hành."
    )
    place = resolve(places, text, published=date(2025, 8, 20))
    assert names(place) == ("Hà Nam", "Thanh Liêm", "Ninh Bình", "Thanh Bình")
    assert place.commune_2025 is not None and place.commune_2025.key == "2025:commune:13483"
    assert place.era == "2025"
    without = text[: text.index(" Xã Thanh Bình")]
    assert names(resolve(places, without, published=date(2025, 8, 20)))[3] is None  # two of that name: no guess


def test_a_ward_and_what_it_was_formed_from(places: Places) -> None:
    text = (
        "Chiều 5/9, HĐND phường Hà Tu tổ chức kỳ họp thứ hai, HĐND phường khóa I, nhiệm kỳ 2021 - 2026. "
        "Kỳ họp thông qua 6 nghị quyết về ngân sách của phường."
    )
    assert names(resolve(places, text, published=date(2025, 9, 5))) == ("Quảng Ninh", "Hạ Long", "Quảng Ninh", "Hà Tu")
    # a ward whose main predecessors all lay in one district of Hà Nội
    text = "Ngày 2/10, Đảng ủy phường Ba Đình tổ chức hội nghị Ban Chấp hành Đảng bộ phường lần thứ 3."
    assert names(resolve(places, text, published=date(2025, 10, 2))) == ("Hà Nội", "Ba Đình", "Hà Nội", "Ba Đình")


def test_a_special_zone_from_an_island_district(places: Places) -> None:
    text = (
        "Ngày 9/9, Đảng ủy đặc khu Lý Sơn tổ chức hội nghị. Dự hội nghị có lãnh đạo Tỉnh ủy Quảng Ngãi; Phó Bí thư "
        "Tỉnh ủy Quảng Ngãi phát biểu chỉ đạo, Ban Thường vụ Tỉnh ủy Quảng Ngãi tặng hoa chúc mừng."
    )
    place = resolve(places, text, published=date(2025, 9, 9), subject="Đảng ủy đặc khu Lý Sơn")
    assert names(place) == ("Quảng Ngãi", "Lý Sơn", "Quảng Ngãi", "Lý Sơn")


def test_a_2025_commune_sharing_its_name_with_a_legacy_one_elsewhere(places: Places) -> None:
    """Xã Thiên Lộc of 2025 is in Hà Nội (formed from communes of Đông Anh); an older xã Thiên Lộc was in Can Lộc,
    Hà Tĩnh. The article's date says which structure it speaks of."""
    text = "Ngày 15/9, Đảng ủy xã Thiên Lộc tổ chức hội nghị Ban Chấp hành lần thứ 2. Xã Thiên Lộc có 28 thôn."
    assert names(resolve(places, text, published=date(2025, 9, 15))) == ("Hà Nội", "Đông Anh", "Hà Nội", "Thiên Lộc")
    older = text.replace("Xã Thiên Lộc có", "Xã Thiên Lộc (huyện Can Lộc) có")
    place = resolve(places, older, published=date(2020, 9, 15))
    assert names(place)[:3] == ("Hà Tĩnh", "Can Lộc", "Hà Tĩnh")
    assert place.era == "legacy"


def test_a_merged_provinces_congress_has_no_single_legacy_province(places: Places) -> None:
    text = (
        "Sáng 1/10, Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc. Đại hội có 450 "
        "đại biểu chính thức, đại diện cho hơn 180.000 đảng viên trong Đảng bộ tỉnh Gia Lai."
    )
    place = resolve(places, text)
    assert names(place) == (None, None, "Gia Lai", None)
    assert place.era == "2025"  # from the words: a first congress of the 2025-2030 term
    single = "Sáng 2/10, Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX, nhiệm kỳ 2025 - 2030 khai mạc."
    assert names(resolve(places, single, published=date(2025, 10, 2))) == ("Cao Bằng", None, "Cao Bằng", None)


def test_a_merged_province_named_by_its_former_name_after_the_reform(places: Places) -> None:
    text = "Ngày 3/11, Ban Thường vụ Tỉnh ủy làm việc với các xã thuộc tỉnh Thái Bình cũ về công tác cán bộ."
    # too little to read in the 2025 structure alone: the former province is read, and mapped forward
    assert names(resolve(places, text, published=date(2025, 11, 3))) == ("Thái Bình", None, "Hưng Yên", None)


# ---------------------------------------------------------------------------------------------------------------
# The page's address


def test_a_portal_page_placed_only_by_its_url(places: Places) -> None:
    text = "Sáng ngày 12/3, UBND huyện họp thường kỳ tháng 3 để đánh giá kết quả thực hiện nhiệm vụ quý I."
    url = "https://tienyen.quangninh.gov.vn/tin-tuc/ubnd-huyen-hop-thuong-ky.html"
    assert names(resolve(places, text, url=url, published=date(2023, 3, 12))) == (
        "Quảng Ninh", "Tiên Yên", "Quảng Ninh", None,
    )  # fmt: skip
    after = "Chiều 29/9, UBND xã họp giao ban định kỳ tháng 9 và triển khai nhiệm vụ tháng 10."
    url = "http://tienphong.nghean.gov.vn/tin-tuc/hop-giao-ban-thang-9"
    assert names(resolve(places, after, url=url, published=date(2025, 9, 29))) == (
        "Nghệ An", "Quế Phong", "Nghệ An", "Tiền Phong",
    )  # fmt: skip
    assert names(resolve(places, text, url="https://www.baothaibinh.com.vn/tin/1.html", published=date(2023, 3, 12)))[
        :3
    ] == ("Thái Bình", None, "Hưng Yên")


def test_an_undated_portal_page_is_of_the_structure_its_unit_exists_in(places: Places) -> None:
    """No date and no cue in the words: a host naming a 2025 commune that was no district reads as the new
    structure, one naming a district that is no 2025 commune as the old."""
    text = "UBND xã tổ chức hội nghị giao ban định kỳ, đánh giá kết quả thực hiện nhiệm vụ trong tháng."
    place = resolve(places, text, url="http://tienphong.nghean.gov.vn/tin-tuc/giao-ban")
    assert names(place) == ("Nghệ An", "Quế Phong", "Nghệ An", "Tiền Phong") and place.era == "2025"
    place = resolve(places, text, url="https://tienyen.quangninh.gov.vn/tin-tuc/giao-ban")
    assert names(place) == ("Quảng Ninh", "Tiên Yên", "Quảng Ninh", None) and place.era == "legacy"


def test_an_undated_article_is_of_the_structure_its_commune_names_exist_in(places: Places) -> None:
    """Xã Pù Luông exists only since the reform; townships (thị trấn) only before it."""
    text = "Đảng ủy xã Pù Luông tổ chức hội nghị Ban Chấp hành. Dự hội nghị có đại diện Ban Tổ chức Tỉnh ủy Thanh Hóa."
    place = resolve(places, text)
    assert names(place)[2:] == ("Thanh Hóa", "Pù Luông") and place.era == "2025"
    text = "Đảng ủy thị trấn Cành Nàng tổ chức hội nghị. Thị trấn Cành Nàng (huyện Bá Thước) đạt chuẩn văn minh đô thị."
    place = resolve(places, text)
    assert names(place)[:3] == ("Thanh Hóa", "Bá Thước", "Thanh Hóa") and place.era == "legacy"


def test_a_surviving_provinces_site_may_carry_a_merged_provinces_news(places: Places) -> None:
    """Tuyên Quang's newspaper took in Hà Giang's: a pre-2025 article there naming a district of Hà Giang is about
    Hà Giang; with no place in its text it is Tuyên Quang's."""
    text = "Ngày 4/5, HĐND huyện Bắc Mê tổ chức kỳ họp chuyên đề. HĐND huyện Bắc Mê thông qua 3 nghị quyết."
    url = "https://baotuyenquang.com.vn/chinh-tri/ky-hop-chuyen-de.html"
    assert names(resolve(places, text, url=url, published=date(2023, 5, 4))) == (
        "Hà Giang", "Bắc Mê", "Tuyên Quang", None,
    )  # fmt: skip
    plain = "Ngày 4/5, HĐND tỉnh tổ chức kỳ họp chuyên đề và thông qua 3 nghị quyết."
    assert names(resolve(places, plain, url=url, published=date(2023, 5, 4)))[:3] == (
        "Tuyên Quang",
        None,
        "Tuyên Quang",
    )


def test_hosts_are_read_on_label_boundaries(places: Places) -> None:
    def host(url: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
        found = read_host(url, places.sites, places.legacy, places.reform, places.bridge)
        return (found.province_2025, found.provinces_legacy, found.unit_labels) if found else None

    assert host("https://tienyen.quangninh.gov.vn/a") == ("22", ("22",), ("tienyen",))
    assert host("https://nothatinh.gov.vn/a") is None
    assert host("https://vnexpress.net/a") is None
    assert host("https://bnctu.kontum.dcs.vn/a") == ("51", ("62",), ("bnctu",))  # a Party portal, by its label
    assert host("not a url") is None and host("") is None


# ---------------------------------------------------------------------------------------------------------------
# Articles from before the reform, mapped forward


def test_a_pre_2025_article_mapped_forward(places: Places) -> None:
    text = "Ngày 12/7/2022, HĐND huyện Bắc Mê, tỉnh Hà Giang tổ chức kỳ họp thứ 7, HĐND huyện khóa XX."
    place = resolve(places, text, event_date=date(2022, 7, 12))
    assert names(place) == ("Hà Giang", "Bắc Mê", "Tuyên Quang", None)  # a district is no commune of 2025
    assert place.era == "legacy" and place.province_2025 is not None and place.province_2025.key == "2025:province:08"


def test_a_pre_2025_article_about_one_commune_names_the_commune_it_went_to(places: Places) -> None:
    text = (
        "Sáng 8/4/2019, Đảng ủy xã Nghi Lâm (huyện Nghi Lộc, tỉnh Nghệ An) tổ chức hội nghị sơ kết quý I.\n"
        "Hội nghị đánh giá kết quả thực hiện nghị quyết của Đảng ủy xã."
    )
    assert names(resolve(places, text)) == ("Nghệ An", "Nghi Lộc", "Nghệ An", "Phúc Lộc")
    passing = (
        "Sáng 8/4/2019, Huyện ủy Nghi Lộc (Nghệ An) tổ chức hội nghị sơ kết quý I.\n"
        "Hội nghị biểu dương xã Nghi Lâm có nhiều cách làm hay. Huyện ủy Nghi Lộc giao chỉ tiêu cho các xã."
    )
    assert names(resolve(places, passing)) == ("Nghệ An", "Nghi Lộc", "Nghệ An", None)


def test_a_special_zones_meeting_carries_its_2025_commune_to_the_session_row(places: Places) -> None:
    """The body of a special zone is commune-level; its session row takes the document's 2025 province and commune."""
    text = (
        "Ngày 9/9/2025, Đảng ủy đặc khu Bạch Long Vĩ tổ chức hội nghị Ban Chấp hành Đảng bộ đặc khu lần thứ hai. "
        "Dự hội nghị có đồng chí Phó Bí thư Thành ủy Hải Phòng."
    )
    extraction = extract_document(make_context(text), places)
    assert names(extraction.place) == ("Hải Phòng", "Bạch Long Vĩ", "Hải Phòng", "Bạch Long Vĩ")
    sessions = normalize_frames([("d", text, extraction)], places).sessions.to_dicts()
    assert sessions and sessions[0]["level"] == "commune"
    commune = extraction.place.commune_2025
    assert commune is not None
    assert (sessions[0]["province_code_2025"], sessions[0]["commune_code_2025"]) == ("31", commune.code)


@pytest.mark.parametrize("module", [article_module, era_module, former_module, hosts_module, keys_module])
def test_module_doctests(module: ModuleType) -> None:
    assert doctest.testmod(module).failed == 0

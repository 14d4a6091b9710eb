"""Resolving the district and province an article is about (in the structure before 2025-07-01): typed and bare
names, headline, banner, hints, spelling variants, people's names, the seed articles, and arbitrary text. The
structure after the reform is tested in test_places_2025.py."""

from __future__ import annotations

import doctest
import re
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import transforms.extraction.places.evidence as place_evidence_module
import transforms.extraction.places.gazetteer as gazetteer_module
import transforms.extraction.places.mentions as place_mentions_module
import transforms.extraction.places.resolve as places_module
from flows.tasks import gazetteer
from tests.conftest import RAW, make_context
from transforms.extraction.places import Places, resolve_document_place
from transforms.extraction.places.gazetteer import loose_key
from transforms.model import DocumentContext, DocumentPlace


@pytest.fixture(scope="module")
def places() -> Places:
    return gazetteer()


def resolve(places: Places, text: str, title: str | None = None, banner: str | None = None,
            hints: tuple[str, ...] = ()) -> DocumentPlace:  # fmt: skip
    return resolve_document_place(make_context(text, title, banner=banner), places, hints)


def names(place: DocumentPlace) -> tuple[str | None, str | None, str | None]:
    """(province, district, district type) as short names, like the scorer compares them."""
    district = place.district
    return (
        place.province.name if place.province else None,
        district.name if district else None,
        district.unit_type if district else None,
    )


# ---------------------------------------------------------------------------------------------------------------
# Typed mentions, headline, banner, hints


def test_typed_district_mention(places: Places) -> None:
    text = "Sáng 12/3, Huyện ủy Tiên Du tổ chức hội nghị. Bí thư Huyện ủy Tiên Du chủ trì hội nghị."
    assert names(resolve(places, text)) == ("Bắc Ninh", "Tiên Du", "Huyện")


def test_town_and_its_committee(places: Places) -> None:
    text = "Thị ủy Hồng Lĩnh tổ chức hội nghị sơ kết. UBND thị  xã Hồng Lĩnh báo cáo kết quả."
    assert names(resolve(places, text)) == ("Hà Tĩnh", "Hồng Lĩnh", "Thị xã")


def test_district_named_only_in_the_headline(places: Places) -> None:
    title = "Đại hội Đảng bộ huyện Bắc Sơn lần thứ XXII"
    text = "Ngày 15/7, Ban Chấp hành Đảng bộ huyện tổ chức đại hội. Bí thư Huyện ủy phát biểu khai mạc."
    assert names(resolve(places, text, title=title)) == ("Lạng Sơn", "Bắc Sơn", "Huyện")


def test_banner_gives_the_province_only(places: Places) -> None:
    banner = "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVI, nhiệm kỳ 2015 - 2020"
    text = "Chiều ngày 7/5, Chi bộ Văn phòng HĐND và UBND huyện tổ chức đại hội. Thường trực HĐND huyện dự."
    assert names(resolve(places, text, banner=banner)) == ("Lạng Sơn", None, None)


def test_district_and_province_agree_with_the_banner(places: Places) -> None:
    banner = "Chào mừng Đại hội Đảng bộ tỉnh Lạng Sơn"
    text = "Hội nghị Ban Chấp hành Đảng bộ huyện Bắc Sơn lần thứ 2 diễn ra ngày 15/9."
    assert names(resolve(places, text, banner=banner)) == ("Lạng Sơn", "Bắc Sơn", "Huyện")


def test_hints_name_the_district_or_the_province(places: Places) -> None:
    assert names(resolve(places, "Hội nghị diễn ra sáng nay.", hints=("Bắc Sơn",))) == (
        "Lạng Sơn",
        "Bắc Sơn",
        "Huyện",
    )
    assert names(resolve(places, "Hội nghị diễn ra sáng nay.", hints=("huyện Bắc Sơn",)))[1] == "Bắc Sơn"
    assert names(resolve(places, "Hội nghị diễn ra sáng nay.", hints=("Hà Tĩnh",))) == ("Hà Tĩnh", None, None)
    assert names(resolve(places, "Hội nghị diễn ra sáng nay.", hints=("Văn phòng",))) == (None, None, None)


# ---------------------------------------------------------------------------------------------------------------
# Bare names: unique, ambiguous, placed in their province


def test_bare_unique_district_name_resolves_its_province(places: Places) -> None:
    title = "Khoái Châu: tổng kết công tác năm"
    assert names(resolve(places, "Hội nghị tổng kết diễn ra sáng 5/1.", title=title)) == (
        "Hưng Yên", "Khoái Châu", "Huyện",
    )  # fmt: skip
    text = "Đoàn công tác làm việc tại Khoái Châu. Khoái Châu có nhiều đổi mới trong năm."
    assert names(resolve(places, text)) == ("Hưng Yên", "Khoái Châu", "Huyện")


def test_one_bare_mention_in_passing_is_not_enough(places: Places) -> None:
    assert names(resolve(places, "Đoàn công tác đã làm việc tại Khoái Châu.")) == (None, None, None)


def test_ambiguous_bare_name_is_none(places: Places) -> None:
    text = "Về Châu Thành hôm nay, đoàn đã làm việc với lãnh đạo. Châu Thành có nhiều đổi mới."
    assert names(resolve(places, text)) == (None, None, None)
    assert names(resolve(places, "Huyện ủy Châu Thành tổ chức hội nghị.")) == (None, None, None)


def test_ambiguous_name_settled_by_its_province(places: Places) -> None:
    text = "Huyện ủy Châu Thành, tỉnh Tây Ninh tổ chức hội nghị. Huyện Châu Thành đạt chuẩn nông thôn mới."
    assert names(resolve(places, text)) == ("Tây Ninh", "Châu Thành", "Huyện")
    assert names(resolve(places, text.replace("tỉnh Tây Ninh", "tỉnh Long An"))) == (
        "Long An",
        "Châu Thành",
        "Huyện",
    )


def test_commune_district_and_province_in_parentheses(places: Places) -> None:
    text = "Ngày 25/3, Đảng bộ xã Kiến Thiết (Tiên Lãng, Hải Phòng) tổ chức đại hội lần thứ 25."
    place = resolve(places, text)
    assert names(place) == ("Hải Phòng", "Tiên Lãng", "Huyện")
    assert [c.name for c in place.communes] == ["Kiến Thiết"]


def test_province_name_after_a_district_is_the_province(places: Places) -> None:
    text = "Huyện ủy Bắc Sơn, Lạng Sơn tổ chức hội nghị."
    assert names(resolve(places, text)) == ("Lạng Sơn", "Bắc Sơn", "Huyện")


# ---------------------------------------------------------------------------------------------------------------
# Spelling: Đăk/Đắk, old and new tone placement, spacing, decomposed text


def test_dak_spelling_variants(places: Places) -> None:
    for district, province in (
        ("Đăk Song", "Đăk Nông"),
        ("Đắk Song", "Đắk Nông"),
        ("Đăk Song", "Đắk Nông"),
        ("Đắk Song", "Đăk Nông"),
    ):
        text = f"Ngày 6/10, HĐND huyện {district}, tỉnh {province} tổ chức kỳ họp chuyên đề."
        place = resolve(places, text)
        assert names(place) == ("Đắk Nông", "Đắk Song", "Huyện")
    assert loose_key("Đăk Nông") == loose_key("Đắk Nông")


def test_tone_placement_variants(places: Places) -> None:
    old_style = "Thành uỷ Hải Phòng chỉ đạo. Huyện uỷ Thuỷ Nguyên tổ chức hội nghị tại huyện Thuỷ Nguyên."
    new_style = "Thành ủy Hải Phòng chỉ đạo. Huyện ủy Thủy Nguyên tổ chức hội nghị tại huyện Thủy Nguyên."
    assert names(resolve(places, old_style)) == names(resolve(places, new_style)) == (
        "Hải Phòng", "Thủy Nguyên", "Thành phố",
    )  # fmt: skip
    assert names(resolve(places, "Tỉnh uỷ Thanh Hoá họp. UBND tỉnh Thanh Hoá báo cáo.")) == ("Thanh Hóa", None, None)


def test_tone_free_match_prefers_the_exact_spelling(places: Places) -> None:
    # "Thanh Trì" (Hà Nội) and "Thạnh Trị" (Sóc Trăng), "Phù Ninh" (Phú Thọ) and "Phú Ninh" (Quảng Nam) differ in
    # tones only.
    assert names(resolve(places, "Huyện ủy Thạnh Trị tổ chức hội nghị.")) == ("Sóc Trăng", "Thạnh Trị", "Huyện")
    assert names(resolve(places, "Huyện ủy Thanh Trì tổ chức hội nghị.")) == ("Hà Nội", "Thanh Trì", "Huyện")
    assert names(resolve(places, "Huyện ủy Phú Ninh tổ chức hội nghị.")) == ("Quảng Nam", "Phú Ninh", "Huyện")
    assert names(resolve(places, "Huyện ủy Phù Ninh tổ chức hội nghị.")) == ("Phú Thọ", "Phù Ninh", "Huyện")


def test_decomposed_diacritics(places: Places) -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Huyện ủy Bắc Sơn tổ chức hội nghị. Huyện Bắc Sơn phát triển.")
    assert names(resolve(places, text)) == ("Lạng Sơn", "Bắc Sơn", "Huyện")


# ---------------------------------------------------------------------------------------------------------------
# Cities, numbered units, people's names, ordinary words, round-ups


def test_city_is_a_district_only_for_a_provincial_city(places: Places) -> None:
    provincial = "Thành ủy Lạng Sơn tổ chức hội nghị. Thành phố Lạng Sơn có 5 phường."
    assert names(resolve(places, provincial)) == ("Lạng Sơn", "Lạng Sơn", "Thành phố")
    central = "Thành ủy Hà Nội tổ chức hội nghị. HĐND thành phố Hà Nội họp phiên bế mạc."
    assert names(resolve(places, central)) == ("Hà Nội", None, None)
    assert names(resolve(places, "Kỳ họp HĐND TP. HCM khai mạc. UBND TP. HCM báo cáo.")) == (
        "Hồ Chí Minh",
        None,
        None,
    )


def test_city_alone_is_weak_and_the_district_decides(places: Places) -> None:
    text = (
        "Thường trực HĐND huyện Thạch Thất tổ chức hội nghị giao ban. Thực hiện chủ đề năm của Thành phố, "
        "theo chỉ đạo của Thành ủy và HĐND thành phố, HĐND huyện Thạch Thất đổi mới hoạt động."
    )
    assert names(resolve(places, text)) == ("Hà Nội", "Thạch Thất", "Huyện")


def test_numbered_district(places: Places) -> None:
    assert names(resolve(places, "Ông A giữ chức Phó bí thư Quận ủy quận 1.")) == ("Hồ Chí Minh", "Quận 1", "Quận")


def test_a_person_named_like_a_place_is_not_one(places: Places) -> None:
    # "Văn Lâm" and "Đức Trọng" are districts whose names are no other unit's; "Hòa Bình" is a province.
    for text in (
        "Đồng chí Nguyễn Văn Lâm phát biểu. Tiếp đó, ông Văn Lâm cho biết kế hoạch của Sở.",
        "Bà Lê Thị Đức Trọng và Trần Đức Trọng dự họp. Đức Trọng là con ông Trần Văn A.",
        "Phó Thủ tướng Trương Hòa Bình nhấn mạnh. Phó Thủ tướng Trương Hòa Bình kết luận.",
    ):
        assert names(resolve(places, text)) == (None, None, None), text
    assert names(resolve(places, "Huyện Văn Lâm tổ chức hội nghị.")) == ("Hưng Yên", "Văn Lâm", "Huyện")


def test_a_person_is_not_a_place(places: Places) -> None:
    text = "Đồng chí Lê Hồng Lĩnh phát biểu. Ông Nguyễn Hồng Lĩnh dự họp. Sau đó Trần Hồng Lĩnh kết luận."
    assert names(resolve(places, text)) == (None, None, None)
    text = "Đồng chí Hoàng Văn Hồng, Phó bí thư Thường trực Huyện ủy Bắc Sơn, Chủ tịch HĐND huyện phát biểu."
    place = resolve(places, text)
    assert names(place) == ("Lạng Sơn", "Bắc Sơn", "Huyện")
    assert place.communes == []


def test_ordinary_words_are_not_communes(places: Places) -> None:
    text = (
        "Huyện ủy Bắc Sơn tổ chức hội nghị. Tân Lập, Chiến Thắng là những mục tiêu; nhân dân thắng lợi, "
        "hòa bình, tân lập các tổ. Xã Vũ Lăng đạt chuẩn."
    )
    place = resolve(places, text)
    assert names(place) == ("Lạng Sơn", "Bắc Sơn", "Huyện")
    assert [c.name for c in place.communes] == ["Vũ Lăng"]


def test_typed_communes_within_the_district(places: Places) -> None:
    text = (
        "Huyện ủy Bắc Sơn chỉ đạo xã Tân Lập hoàn thành 19/19 tiêu chí; xã Chiến Thắng đạt chuẩn. "
        "Các xã Vũ Lăng và Tân Hương cũng đạt chuẩn nông thôn mới."
    )
    place = resolve(places, text)
    assert names(place)[:2] == ("Lạng Sơn", "Bắc Sơn")
    assert [c.name for c in place.communes] == ["Tân Lập", "Chiến Thắng", "Vũ Lăng", "Tân Hương"]
    assert all(places.legacy.district_of_commune(c.code) == place.district.code for c in place.communes)  # type: ignore[union-attr]


def test_a_round_up_of_provinces_is_about_none(places: Places) -> None:
    text = (
        "Đại hội Đảng bộ tỉnh Quảng Ninh bầu Bí thư Tỉnh ủy. Đại hội Đảng bộ tỉnh Nghệ An bầu Bí thư Tỉnh ủy. "
        "Đại hội Đảng bộ tỉnh Bình Thuận bầu Bí thư Tỉnh ủy."
    )
    assert names(resolve(places, text, title="Nhiều tỉnh có Bí thư mới")) == (None, None, None)


def test_a_province_article_naming_a_district_in_passing(places: Places) -> None:
    text = (
        "HĐND tỉnh Bắc Giang bầu Chủ tịch UBND tỉnh Bắc Giang. Tân Chủ tịch UBND tỉnh Bắc Giang quê ở huyện "
        "Tân Yên. Ông từng là Bí thư Tỉnh ủy Bắc Giang."
    )
    assert names(resolve(places, text, title="Bắc Giang có Chủ tịch mới")) == ("Bắc Giang", None, None)


def test_no_place_at_all(places: Places) -> None:
    assert resolve(places, "") == DocumentPlace()
    assert names(resolve(places, "Quốc hội thảo luận dự án luật. Chủ tịch nước phát biểu.")) == (None, None, None)


# ---------------------------------------------------------------------------------------------------------------
# The seed articles in raw/

SEEDS = {
    "000_7a80510609716b7c": ("Lạng Sơn", None, None),
    "001_c6919bca00d5da6a": ("Lạng Sơn", "Bắc Sơn", "Huyện"),
    "002_15333318591f4556": ("Hưng Yên", "Khoái Châu", "Huyện"),
    "003_4dbf0cd97c90c73c": ("Hà Nội", "Thạch Thất", "Huyện"),
    "004_d04be4df1517faf1": ("Hà Tĩnh", "Hồng Lĩnh", "Thị xã"),
}
_SLOGAN_RE = re.compile(r"^(?:Quyết tâm|Chào mừng|Nhiệt liệt)\b")


def seed_context(raw: str) -> DocumentContext:
    """The seed as the cleaner leaves it: page chrome and the slogan banner removed, a short first line the title."""
    lines = [line.strip() for line in raw.splitlines() if line.strip() and line.strip() != "Skip to main content"]
    banner = lines.pop(0) if lines and _SLOGAN_RE.match(lines[0]) else None
    title = lines.pop(0) if lines and len(lines[0]) < 200 else None
    return make_context("\n".join(lines), title=title, banner=banner)


@pytest.mark.parametrize("source_id", sorted(SEEDS))
def test_seed_articles(places: Places, source_id: str) -> None:
    raw = (RAW / f"{source_id}.txt").read_text(encoding="utf-8")
    assert names(resolve_document_place(seed_context(raw), places)) == SEEDS[source_id]


def test_seed_communes_are_inside_the_district(places: Places) -> None:
    raw = (RAW / "001_c6919bca00d5da6a.txt").read_text(encoding="utf-8")
    place = resolve_document_place(seed_context(raw), places)
    assert [c.name for c in place.communes] == ["Tân Lập", "Chiến Thắng"]


# ---------------------------------------------------------------------------------------------------------------
# Arbitrary text

_WORDS = st.sampled_from(
    ["huyện", "Huyện ủy", "thị xã", "Thị uỷ", "thành phố", "TP.", "tỉnh", "xã", "phường", "thị trấn", "quận", "và",
     ",", "(", ")", "-", "Bắc Sơn", "Lạng Sơn", "Châu Thành", "Hà Nội", "Đăk Nông", "Hồng", "Tân Lập", "Quận 1",
     "Hoàng Văn Hồng", "Kỳ Anh", "HCM", "ông", "\n", "  ", "Ủy ban", "1"]
)  # fmt: skip


def _check(place: DocumentPlace, places: Places) -> None:
    """Units of the right era, consistent with each other: a district in its province, communes in the district, a
    2025 commune in the 2025 province, and a legacy province that became part of the 2025 one."""
    gazetteer, reform = places.legacy, places.reform
    if place.province_2025 is not None:
        assert reform.provinces[place.province_2025.code] == place.province_2025
    if place.commune_2025 is not None:
        assert reform.communes[place.commune_2025.code] == place.commune_2025
        assert place.province_2025 is not None and place.commune_2025.province_code == place.province_2025.code
    if place.province is not None:
        assert place.province_2025 is not None
        assert places.bridge.successor("province", place.province.code, "province") == place.province_2025.code
        assert gazetteer.provinces[place.province.code] == place.province
    if place.district is not None:
        assert gazetteer.districts[place.district.code] == place.district
        assert place.province is not None and place.district.province_code == place.province.code
    else:
        assert place.communes == []
    for commune in place.communes:
        assert gazetteer.communes[commune.code] == commune
        assert place.district is not None and gazetteer.district_of_commune(commune.code) == place.district.code


# ---------------------------------------------------------------------------------------------------------------
# Former names, national news, headline precedence, hints


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Huyện ủy Hoành Bồ tổ chức hội nghị. UBND huyện Hoành Bồ báo cáo kết quả.",
            ("Quảng Ninh", "Hạ Long", "Thành phố"),
        ),
        ("Sáng 5/3, HĐND huyện Tĩnh Gia, tỉnh Thanh Hóa tổ chức kỳ họp.", ("Thanh Hóa", "Nghi Sơn", "Thị xã")),
        ("Quận ủy quận 2 tổ chức hội nghị; UBND quận 2 báo cáo.", ("Hồ Chí Minh", "Thủ Đức", "Thành phố")),
    ],
)
def test_a_former_district_resolves_to_the_unit_that_took_it_over(
    places: Places, text: str, expected: tuple[str, str, str]
) -> None:
    assert names(resolve(places, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "UBND tỉnh Thừa Thiên Huế họp phiên thường kỳ. Tỉnh ủy Thừa Thiên Huế chỉ đạo.",
        "Tỉnh ủy Thừa Thiên - Huế tổ chức hội nghị lần thứ 21.",
        "Tỉnh ủy TT-Huế họp; UBND tỉnh TT-Huế báo cáo.",
    ],
)
def test_the_former_province_name_of_hue_is_the_legacy_unit(places: Places, text: str) -> None:
    place = resolve(places, text)
    assert place.province is not None and (place.province.code, place.province.name) == ("46", "Thừa Thiên Huế")
    with_district = resolve(places, "Xã Lộc Điền (huyện Phú Lộc, tỉnh Thừa Thiên - Huế) tổ chức hội nghị.")
    assert names(with_district) == ("Thừa Thiên Huế", "Phú Lộc", "Huyện")


def test_national_news_is_not_about_a_province_it_names_in_passing(places: Places) -> None:
    text = (
        "Ngày 21-6, tại Hà Nội, Bộ Chính trị họp dưới sự chủ trì của Tổng Bí thư. Bộ Chính trị cho ý kiến về quy "
        "hoạch Ban Chấp hành Trung ương; Ban Bí thư và Chính phủ báo cáo. Hà Nội đón các đại biểu Trung ương."
    )
    assert names(resolve(places, text, title="Bộ Chính trị họp phiên thường kỳ")) == (None, None, None)
    local = "Ngày 21-6, tại Hà Nội, Thành ủy Hà Nội họp. UBND thành phố Hà Nội báo cáo."
    assert names(resolve(places, local, title="Thành ủy họp phiên thường kỳ"))[0] == "Hà Nội"


def test_the_headlines_province_wins_over_one_the_text_names_more(places: Places) -> None:
    text = (
        "Ông A, nguyên Chủ tịch UBND tỉnh Hà Tĩnh, sinh tại Hà Tĩnh, nhiều năm công tác ở tỉnh Hà Tĩnh. "
        "Ông từng là Phó Bí thư Tỉnh ủy Hà Tĩnh. Nay ông được phân công làm Bí thư Tỉnh ủy Hà Giang."
    )
    assert names(resolve(places, text, title="Chân dung tân Bí thư Tỉnh ủy Hà Giang")) == ("Hà Giang", None, None)


def test_a_hint_that_took_in_a_persons_name_still_names_its_place(places: Places) -> None:
    place = resolve(places, "Tổ đại biểu tiếp xúc cử tri tại nhà văn hóa.", hints=("tỉnh Sơn La Tòng",))
    assert names(place) == ("Sơn La", None, None)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300), title=st.none() | st.text(max_size=60), banner=st.none() | st.text(max_size=60))
def test_arbitrary_text_never_raises(places: Places, text: str, title: str | None, banner: str | None) -> None:
    _check(resolve(places, text, title=title, banner=banner, hints=(text[:20],)), places)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(_WORDS, max_size=40), hints=st.lists(_WORDS, max_size=3))
def test_place_like_text_gives_consistent_units(places: Places, words: list[str], hints: list[str]) -> None:
    text = " ".join(words)
    _check(resolve(places, text, title=text[:40], hints=tuple(hints)), places)


@pytest.mark.parametrize("module", [gazetteer_module, place_mentions_module, place_evidence_module, places_module])
def test_module_doctests(module: ModuleType) -> None:
    assert doctest.testmod(module).failed == 0

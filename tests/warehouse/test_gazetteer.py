"""The gazetteer frame: counts, keys, known units, parent links and validity dates."""

from __future__ import annotations

import doctest
from datetime import date

import polars as pl
import pytest

import warehouse.gazetteer as gazetteer_module
from warehouse.gazetteer import SCHEMA, load_admin_units


@pytest.fixture(scope="module")
def units() -> pl.DataFrame:
    return load_admin_units()


def _one(units: pl.DataFrame, era: str, level: str, code: str) -> dict:
    rows = units.filter((pl.col("era") == era) & (pl.col("level") == level) & (pl.col("code") == code)).to_dicts()
    assert len(rows) == 1
    return rows[0]


def test_columns_and_types(units: pl.DataFrame) -> None:
    assert units.schema == pl.Schema(SCHEMA)


def test_counts_per_era_and_level(units: pl.DataFrame) -> None:
    snapshot = units.filter(pl.col("successor_keys").is_null())
    counts = {(r["era"], r["level"]): r["len"] for r in snapshot.group_by("era", "level").len().to_dicts()}
    # The dataset's 10,040 legacy records are 10,035 communes plus 5 island districts that have none.
    assert counts == {
        ("legacy", "province"): 63,
        ("legacy", "district"): 696,
        ("legacy", "commune"): 10_035,
        ("2025", "province"): 34,
        ("2025", "commune"): 3_321,
    }


def test_unit_key_is_unique_and_made_of_era_level_code(units: pl.DataFrame) -> None:
    assert units["unit_key"].is_unique().all()
    made = units.select(pl.concat_str("era", "level", "code", separator=":").alias("k"))["k"]
    assert (made == units["unit_key"]).all()


def test_codes_keep_leading_zeros(units: pl.DataFrame) -> None:
    codes = units.with_columns(pl.col("code").str.split("@").list.first())  # "044@2020": a dissolved district
    lengths = {
        r["level"]: r["n"]
        for r in codes.group_by("level").agg(pl.col("code").str.len_chars().unique().alias("n")).to_dicts()
    }
    assert lengths == {"province": [2], "district": [3], "commune": [5]}


def test_known_province_and_district(units: pl.DataFrame) -> None:
    hanoi = _one(units, "legacy", "province", "01")
    assert (hanoi["name"], hanoi["short_name"], hanoi["unit_type"]) == ("Thành phố Hà Nội", "Hà Nội", "Thành phố")
    assert hanoi["parent_code"] is None and hanoi["district_code"] is None and hanoi["province_code"] == "01"
    bac_son = units.filter((pl.col("era") == "legacy") & (pl.col("name") == "Huyện Bắc Sơn")).to_dicts()
    assert len(bac_son) == 1
    row = bac_son[0]
    assert (row["short_name"], row["unit_type"], row["province_name"]) == ("Bắc Sơn", "Huyện", "Lạng Sơn")
    assert row["parent_code"] == row["province_code"] == "20" and row["district_code"] == row["code"]


def test_legacy_units_are_the_last_before_the_reform(units: pl.DataFrame) -> None:
    """Thừa Thiên Huế keeps the name it had for most of the legacy period (the package names it as the city it
    became in 2025-01); districts merged or renamed earlier (Hoành Bồ, Tĩnh Gia) are not units of the snapshot:
    `extraction.places.resolve` maps those older names to these units, and the dissolved ones are units of their
    own, with their last day (`test_dissolved_districts_are_units_of_their_own`)."""
    hue = _one(units, "legacy", "province", "46")
    assert (hue["name"], hue["short_name"], hue["unit_type"]) == ("Tỉnh Thừa Thiên Huế", "Thừa Thiên Huế", "Tỉnh")
    snapshot = units.filter(
        (pl.col("era") == "legacy") & (pl.col("level") == "district") & pl.col("successor_keys").is_null()
    )
    assert {"Hoành Bồ", "Tĩnh Gia"}.isdisjoint(set(snapshot["short_name"]))
    assert {"Hạ Long", "Nghi Sơn", "Thủ Đức"} <= set(snapshot["short_name"])


def test_dissolved_districts_are_units_of_their_own(units: pl.DataFrame) -> None:
    """Quận 2 had code 769 until 2020-12-31, when the city of Thủ Đức, formed of it and two other districts, took
    that code: the two are two units, and the city's first day is known."""
    quan_2 = _one(units, "legacy", "district", "769@2020")
    assert (quan_2["name"], quan_2["province_code"], quan_2["valid_to"]) == ("Quận 2", "79", date(2020, 12, 31))
    assert quan_2["successor_keys"] == ["legacy:district:769"]
    city = _one(units, "legacy", "district", "769")
    assert (city["name"], city["valid_from"], city["successor_keys"]) == ("Thành phố Thủ Đức", date(2021, 1, 1), None)
    hoanh_bo = _one(units, "legacy", "district", "204@2019")
    assert (hoanh_bo["name"], hoanh_bo["successor_keys"]) == ("Huyện Hoành Bồ", ["legacy:district:193"])
    assert _one(units, "legacy", "district", "193")["valid_from"] is None  # Hạ Long existed before it took Hoành Bồ


def test_codes_reused_after_the_reform_are_distinct_units(units: pl.DataFrame) -> None:
    assert _one(units, "legacy", "province", "15")["short_name"] == "Yên Bái"
    assert _one(units, "2025", "province", "15")["short_name"] == "Lào Cai"


def test_validity_dates(units: pl.DataFrame) -> None:
    legacy = units.filter((pl.col("era") == "legacy") & pl.col("successor_keys").is_null())
    reform = units.filter(pl.col("era") == "2025")
    formed = legacy.filter(pl.col("valid_from").is_not_null())
    # start unknown: null, not an invented date, but for the districts an arrangement formed since 2020
    assert 0 < formed.height < 10 and set(formed["level"]) == {"district"}
    assert legacy["valid_to"].unique().to_list() == [date(2025, 6, 30)]
    dissolved = units.filter(pl.col("successor_keys").is_not_null())
    assert (dissolved["valid_to"] < date(2025, 6, 30)).all() and set(dissolved["level"]) == {"district"}
    assert reform["valid_from"].unique().to_list() == [date(2025, 7, 1)]
    assert reform["valid_to"].null_count() == reform.height


def test_parent_links_are_consistent(units: pl.DataFrame) -> None:
    legacy = units.filter(pl.col("era") == "legacy")
    districts = legacy.filter(pl.col("level") == "district").select(
        pl.col("code").alias("parent_code"), pl.col("province_code").alias("district_province")
    )
    communes = legacy.filter(pl.col("level") == "commune").join(districts, on="parent_code", how="left")
    assert communes["district_province"].null_count() == 0
    assert (communes["district_province"] == communes["province_code"]).all()
    assert (communes["district_code"] == communes["parent_code"]).all()
    reform = units.filter((pl.col("era") == "2025") & (pl.col("level") == "commune"))
    assert reform["district_code"].null_count() == reform.height
    assert (reform["parent_code"] == reform["province_code"]).all()


def test_types_and_names_are_clean(units: pl.DataFrame) -> None:
    allowed = {"Tỉnh", "Thành phố", "Huyện", "Quận", "Thị xã", "Xã", "Phường", "Thị trấn", "Đặc khu"}
    assert set(units["unit_type"].unique()) <= allowed
    assert units.filter(pl.col("short_name").str.contains(r"\(")).height == 0  # no "(Huyện)" suffixes
    ky_anh = units.filter(
        (pl.col("era") == "legacy") & (pl.col("short_name") == "Kỳ Anh") & (pl.col("level") == "district")
    )
    assert sorted(ky_anh["name"]) == ["Huyện Kỳ Anh", "Thị xã Kỳ Anh"]
    assert units.filter(pl.col("name") == "Thành Phố Bắc Kạn").height == 0  # the dataset's casing, normalised
    district_types = set(units.filter(pl.col("level") == "district")["unit_type"].unique())
    assert district_types == {"Huyện", "Quận", "Thị xã", "Thành phố"}


def test_helpers_doctests() -> None:
    assert doctest.testmod(gazetteer_module).failed == 0

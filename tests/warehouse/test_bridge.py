"""The old→new bridge of the 2025 reform and the site table: coverage, agreement with the package's own converter,
and their place in the warehouse (`mart.admin_unit_bridge`, the 2025 columns of documents and sessions)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from tests.warehouse.test_export import _document, _session
from transforms.schemas import CLEANED, DOCUMENT_FACTS, SESSIONS, Facts
from warehouse.bridge import BRIDGE_SCHEMA, load_unit_bridge
from warehouse.db import connect
from warehouse.gazetteer import load_admin_units
from warehouse.load import load_batch
from warehouse.sites import SITES_CSV, SiteTableError, load_site_domains, site_rows


@pytest.fixture(scope="module")
def units() -> pl.DataFrame:
    return load_admin_units()


@pytest.fixture(scope="module")
def bridge() -> pl.DataFrame:
    return load_unit_bridge()


def test_every_legacy_unit_has_one_main_successor_per_level(units: pl.DataFrame, bridge: pl.DataFrame) -> None:
    assert bridge.schema == pl.Schema(BRIDGE_SCHEMA)
    assert bridge.select("legacy_unit_key", "unit_key_2025").is_unique().all()
    legacy_keys = set(units.filter(pl.col("era") == "legacy")["unit_key"])
    keys_2025 = set(units.filter(pl.col("era") == "2025")["unit_key"])
    assert set(bridge["legacy_unit_key"]) == legacy_keys  # all 63 provinces, 696 districts, 10,035 communes
    assert set(bridge["unit_key_2025"]) <= keys_2025
    mains = bridge.filter("is_main").with_columns(level=pl.col("unit_key_2025").str.split(":").list.get(1))
    assert mains.group_by("legacy_unit_key", "level").len()["len"].max() == 1
    communes_2025 = {k for k in keys_2025 if k.startswith("2025:commune:")}
    assert set(bridge["unit_key_2025"]) >= communes_2025  # each formed of some legacy unit or part of one
    formed_of_parts_only = communes_2025 - set(mains["unit_key_2025"])
    assert 0 < len(formed_of_parts_only) < 10  # Phường Yên Sở (Hà Nội) among them


def test_the_bridge_agrees_with_the_packages_converter(bridge: pl.DataFrame) -> None:
    from vietnamadminunits import convert_address

    main = {r["legacy_unit_key"]: r["unit_key_2025"] for r in bridge.filter("is_main").iter_rows(named=True)
            if r["unit_key_2025"].startswith("2025:commune:")}  # fmt: skip
    for address, legacy_code in (
        ("Xã Hương Minh, Huyện Vũ Quang, Tỉnh Hà Tĩnh", "18340"),  # moved whole
        ("Phường Kim Mã, Quận Ba Đình, Thành phố Hà Nội", "00028"),  # divided: the package's default part
        ("Xã Liêm Túc, Huyện Thanh Liêm, Tỉnh Hà Nam", None),
    ):
        converted = convert_address(address)
        old = converted.OldAdminUnit.ward_code
        assert legacy_code in (None, old)
        assert main[f"legacy:commune:{old}"] == f"2025:commune:{converted.ward_code}", address
    provinces = {r["legacy_unit_key"]: r["unit_key_2025"] for r in bridge.iter_rows(named=True)
                 if r["legacy_unit_key"].startswith("legacy:province:")}  # fmt: skip
    assert provinces["legacy:province:52"] == "2025:province:52"  # Bình Định -> Gia Lai, which kept its code
    assert provinces["legacy:province:64"] == "2025:province:52"  # Gia Lai -> Gia Lai
    assert provinces["legacy:province:77"] == "2025:province:79"  # Bà Rịa - Vũng Tàu -> Hồ Chí Minh


def test_the_site_table_resolves_and_agrees_with_the_bridge(units: pl.DataFrame, bridge: pl.DataFrame) -> None:
    sites = load_site_domains(units)
    with SITES_CSV.open(encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    assert sites.height == len(records) and sites["domain"].is_unique().all()
    assert all(r["source"].strip() for r in records)  # every row says where it came from
    successor = {r["legacy_unit_key"]: r["unit_key_2025"] for r in bridge.iter_rows(named=True)
                 if r["legacy_unit_key"].startswith("legacy:province:")}  # fmt: skip
    for row in sites.filter(pl.col("province_code_legacy").is_not_null()).iter_rows(named=True):
        assert (
            successor[f"legacy:province:{row['province_code_legacy']}"] == f"2025:province:{row['province_code_2025']}"
        )
    with pytest.raises(SiteTableError, match="no such province"):
        site_rows([{"domain": "x.vn", "kind": "portal", "province_legacy": "Atlantis", "province_2025": "Huế",
                    "source": "made up"}], units)  # fmt: skip


def test_2025_places_reach_the_mart_views(tmp_path: Path) -> None:
    """A ward's session of 2025 (its legacy province and district: what it was formed from) and a merged province's
    article without a legacy province; the bridge view names both ends."""
    text = "HĐND phường Hà Tu tổ chức kỳ họp thứ hai."
    docs = pl.DataFrame(
        [
            _document("w", text, event_date=date(2025, 9, 5), province_key="legacy:province:22",
                      district_key="legacy:district:193", province_key_2025="2025:province:22",
                      commune_key_2025="2025:commune:06652"),
            _document("g", "Đại hội Đảng bộ tỉnh.", province_key_2025="2025:province:52"),
        ],
        schema=CLEANED | DOCUMENT_FACTS,
    ).with_columns(pl.lit(None, dtype=pl.Binary).alias("minhash"))  # fmt: skip
    facts = Facts.empty()
    facts.sessions = pl.DataFrame(
        [_session("w", text, "HĐND phường Hà Tu tổ chức kỳ họp thứ hai", session_type="council_session",
                  body_name="HĐND phường Hà Tu", body_key="hđnd phường hà tu", body_type="peoples_council",
                  level="commune", province_code="22", district_code="193", province_code_2025="22",
                  commune_code_2025="06652")],
        schema=SESSIONS,
    )  # fmt: skip
    con = connect(tmp_path / "w.duckdb")
    try:
        load_batch(con, docs, facts, run_id="r", version="t")
        rows = con.execute(
            "select source_id, province_name, district_name, province_code_2025, province_name_2025, "
            "commune_code_2025, commune_name_2025 from mart.documents order by source_id"
        ).fetchall()
        assert rows == [
            ("g", None, None, "52", "Gia Lai", None, None),
            ("w", "Quảng Ninh", "Hạ Long", "22", "Quảng Ninh", "06652", "Hà Tu"),
        ]
        session = con.execute("select province_code, province_code_2025, commune_code_2025 from mart.sessions")
        assert session.fetchall() == [("22", "22", "06652")]
        ends = con.execute(
            "select legacy_name, legacy_type, name_2025, type_2025, overlap, is_main from mart.admin_unit_bridge "
            "where code_2025 = '06652' order by legacy_name"
        ).fetchall()
        assert ends == [("Hà Phong", "phường", "Hà Tu", "phường", "whole", True),
                        ("Hà Tu", "phường", "Hà Tu", "phường", "whole", True)]  # fmt: skip
    finally:
        con.close()

"""The administrative units and the old→new bridge in a warehouse: seeded once, and the district-level units dissolved
before the legacy snapshot (migration 013, `warehouse.history`) added to a warehouse seeded before them."""

from __future__ import annotations

import duckdb

ADMIN_UNIT_COLUMNS = (
    "unit_key, era, level, code, name, short_name, unit_type, parent_code, province_code, province_name, "
    "district_code, valid_from, valid_to, successor_keys"
)


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    return int(con.execute(sql).fetchall()[0][0])


def seed_admin_units(con: duckdb.DuckDBPyConnection) -> None:
    """Fill `core.dim_admin_unit` (`warehouse.gazetteer.load_admin_units`) and `core.bridge_admin_unit`
    (`warehouse.bridge.load_unit_bridge`), both read through `warehouse.reference_cache`, with the rows they lack,
    and the first days of the units formed since, where no dissolved district is there yet; a warehouse that has
    them is left as it is."""
    # the units once, and the dissolved districts (migration 013) into a warehouse seeded before them
    if not _scalar(con, "select count(*) from core.dim_admin_unit where successor_keys is not null"):
        from warehouse.reference_cache import admin_units

        con.register("seed_units", admin_units().to_arrow())
        con.execute(
            f"insert into core.dim_admin_unit by name select {ADMIN_UNIT_COLUMNS} from seed_units "
            "where unit_key not in (select unit_key from core.dim_admin_unit)"
        )
        con.execute(
            "update core.dim_admin_unit d set valid_from = s.valid_from from seed_units s "
            "where d.unit_key = s.unit_key and d.valid_from is distinct from s.valid_from"
        )
        con.unregister("seed_units")
    if not _scalar(con, "select count(*) from core.bridge_admin_unit where legacy_unit_key like '%@%'"):
        from warehouse.reference_cache import unit_bridge

        con.register("seed_bridge", unit_bridge().to_arrow())
        con.execute(
            "insert into core.bridge_admin_unit by name select * from seed_bridge s where not exists (select 1 "
            "from core.bridge_admin_unit b where (b.legacy_unit_key, b.unit_key_2025) = (s.legacy_unit_key, "
            "s.unit_key_2025))"
        )
        con.unregister("seed_bridge")

"""Opening the warehouse: one DuckDB file, its numbered DDL applied once each, the public views refreshed, and the
reference dimensions (administrative units, dates, indicator codes) filled on first use.

DuckDB admits one writing process per file. A second writer gets `WarehouseBusy` at once, with the holder's PID.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import polars as pl

from transforms.codes import INDICATOR_CODES

SQL_DIR = Path(__file__).with_name("sql")
DEFAULT_DB = Path("warehouse") / "localgov.duckdb"
_MIGRATION_RE = re.compile(r"^(\d{3})_[\w-]+\.sql$")
ADMIN_UNIT_COLUMNS = (
    "unit_key, era, level, code, name, short_name, unit_type, parent_code, province_code, province_name, "
    "district_code, valid_from, valid_to"
)


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse open for writing."""


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> object:
    """The first value of a query's result. (DuckDB 2 keeps a result open after fetchone(); fetchall() closes it.)"""
    rows = con.execute(sql, params).fetchall()
    return rows[0][0] if rows else None


def migrations() -> list[tuple[int, Path]]:
    """The numbered DDL files, in order: (version, path)."""
    found = [(int(m.group(1)), p) for p in SQL_DIR.iterdir() if (m := _MIGRATION_RE.match(p.name))]
    return sorted(found)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied, 0 for an empty file."""
    exists = scalar(
        con,
        "select count(*) from information_schema.tables where table_schema = 'meta' and table_name = 'schema_version'",
    )
    if not exists:
        return 0
    return int(scalar(con, "select coalesce(max(version), 0) from meta.schema_version") or 0)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply every migration newer than the file's schema version, each in its own transaction; then refresh the
    views. Returns the versions applied."""
    current = schema_version(con)
    applied = []
    for version, path in migrations():
        if version <= current:
            continue
        con.execute("begin transaction")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("insert into meta.schema_version (version, name) values (?, ?)", [version, path.name])
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        applied.append(version)
    # Re-creating a view drops its comments: both files run on every open.
    con.execute((SQL_DIR / "mart_views.sql").read_text(encoding="utf-8"))
    con.execute((SQL_DIR / "mart_comments.sql").read_text(encoding="utf-8"))
    return applied


def connect(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; for writing, bring its schema up to date and fill the reference dimensions."""
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `localgov run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseBusy(
                f"the warehouse {path} is in use by another process (a run is loading); "
                f"wait for it to finish and try again. DuckDB said: {str(exc).splitlines()[0]}"
            ) from exc
        raise
    if not read_only:
        migrate(con)
        seed_reference_dimensions(con)
    return con


def seed_reference_dimensions(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the dimensions that do not come from documents, once: dates, indicator codes, administrative units."""
    if not scalar(con, "select count(*) from core.dim_date"):
        con.execute(
            """
            insert into core.dim_date
            select d::date, year(d), quarter(d), month(d), day(d), weekofyear(d), isodow(d)
            from range(date '1945-01-01', date '2051-01-01', interval 1 day) t(d)
            """
        )
    indicators = pl.DataFrame(
        {"indicator_code": list(INDICATOR_CODES), "label_vi": list(INDICATOR_CODES.values())}
    ).to_arrow()
    con.register("seed_indicators", indicators)
    con.execute("insert or replace into core.dim_indicator select * from seed_indicators")
    con.unregister("seed_indicators")
    if not scalar(con, "select count(*) from core.dim_admin_unit"):
        from warehouse.gazetteer import load_admin_units

        con.register("seed_units", load_admin_units().to_arrow())
        con.execute(f"insert into core.dim_admin_unit by name select {ADMIN_UNIT_COLUMNS} from seed_units")
        con.unregister("seed_units")

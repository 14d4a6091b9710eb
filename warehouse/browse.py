"""The warehouse for a web browser: the public views copied into an SQLite file that datasette serves, with the data
dictionary's meanings as datasette metadata and facets on province, body type, year and indicator.

Each view gains `province_name` (its document's, where the view has none) and `year` (the meeting's start date,
else the document's event date, else its publication date), the facets people filter by. Lists become JSON text
and dates ISO text, as SQLite has neither; `clean_text` stays in DuckDB (the review page shows it).
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import sqlite3
from pathlib import Path
from typing import Any

import duckdb

from warehouse.dictionary import load_comments

DATABASE = "localgov"
_YEAR = "cast(year(coalesce({})) as integer) as year"
_DOC = "left join mart.documents d on d.source_id = v.source_id"
_MEETING = "left join mart.sessions s on s.session_id = v.session_id"

# view -> (the query copied, its facets)
VIEWS: dict[str, tuple[str, list[str]]] = {
    "documents": (
        f"select v.* exclude (clean_text), {_YEAR.format('v.event_date, v.published_at')} from mart.documents v",
        ["status", "province_name", "year"],
    ),
    "sessions": (
        f"select v.*, d.province_name, {_YEAR.format('v.start_date, d.event_date, d.published_at')} "
        f"from mart.sessions v {_DOC}",
        ["body_type", "session_type", "province_name", "year"],
    ),
    "person_roles": (
        f"select v.*, d.province_name, {_YEAR.format('s.start_date, d.event_date, d.published_at')} "
        f"from mart.person_roles v {_MEETING} {_DOC}",
        ["position", "organization_type", "province_name", "year"],
    ),
    "indicator_values": (
        f"select v.*, d.province_name, {_YEAR.format('s.start_date, d.event_date, d.published_at')} "
        f"from mart.indicator_values v {_MEETING} {_DOC}",
        ["indicator_code", "unit", "province_name", "year"],
    ),
}
ADDED = {
    "province_name": "Province of the row's document (added for browsing).",
    "year": "Year of the meeting's start date, else the document's event date, else its publication date.",
}


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def write_sqlite(con: duckdb.DuckDBPyConnection, path: Path) -> dict[str, int]:
    """Copy the views into a new SQLite file at `path`; returns rows per table."""
    path.unlink(missing_ok=True)
    rows: dict[str, int] = {}
    with sqlite3.connect(path) as target:
        for name, (sql, facets) in VIEWS.items():
            relation = con.sql(sql)
            columns = ", ".join(f'"{c}"' for c in relation.columns)
            target.execute(f'create table "{name}" ({columns})')
            insert = f'insert into "{name}" values ({", ".join("?" for _ in relation.columns)})'
            rows[name] = 0
            for batch in relation.to_arrow_reader(5000):
                values = zip(*(c.to_pylist() for c in batch.columns), strict=True)
                target.executemany(insert, ([_sqlite_value(v) for v in row] for row in values))
                rows[name] += batch.num_rows
            for column in (*facets, "source_id"):
                target.execute(f'create index "{name}_{column}" on "{name}" ("{column}")')
    return rows


def datasette_metadata(warehouse: Path) -> dict[str, Any]:
    """Datasette metadata: each table's grain and column meanings from the data dictionary, and its facets."""
    comments = load_comments()
    tables = {}
    for name, (_, facets) in VIEWS.items():
        prefix = f"mart.{name}."
        described = {k[len(prefix) :]: v for k, v in comments.columns.items() if k.startswith(prefix)}
        tables[name] = {
            "description": comments.tables.get(f"mart.{name}", ""),
            "columns": {**described, **{c: ADDED[c] for c in ("province_name", "year") if c not in described}},
            "facets": facets,
        }
    return {
        "title": "localgov-vn warehouse",
        "description": f"The public views of {warehouse}: each document's source_id opens its review page.",
        "databases": {DATABASE: {"tables": tables}},
        "plugins": {"localgov": {"warehouse": str(warehouse)}},
    }

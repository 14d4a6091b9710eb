"""Read-side queries over the warehouse that the CLI and reports share."""

from __future__ import annotations

from typing import Any

import duckdb


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    columns = [c[0] for c in cursor.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def run_record(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, Any]:
    """One run's row of meta.runs (by its whole id)."""
    rows = _dicts(con.execute("select * from meta.runs where run_id = ?", [run_id]))
    if not rows:
        raise KeyError(f"no run {run_id}")
    return rows[0]


def last_runs(con: duckdb.DuckDBPyConnection, limit: int = 5) -> list[dict[str, Any]]:
    """The latest runs, newest first."""
    return _dicts(con.execute("select * from meta.runs order by started_at desc limit ?", [limit]))


def documents_by_status(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """How many documents the warehouse holds in each status."""
    rows = con.execute("select status, count(*) from mart.documents group by status order by status").fetchall()
    return [(status, int(n)) for status, n in rows]


def quarantined_in_run(con: duckdb.DuckDBPyConnection, run_id: str, limit: int = 200) -> list[tuple[str, str]]:
    """The documents a run quarantined, with reasons."""
    rows = con.execute(
        "select source_id, status_reason from core.documents where run_id = ? and status = 'quarantined' "
        "order by source_id limit ?",
        [run_id, limit],
    ).fetchall()
    return [(source_id, reason) for source_id, reason in rows]


class UnknownRun(LookupError):
    """No run, or more than one, has the id or id prefix asked for."""


def resolve_run_id(con: duckdb.DuckDBPyConnection, prefix: str) -> str:
    """The whole id of the one run whose id starts with `prefix` (as git takes a commit's abbreviation)."""
    wanted = prefix.strip().lower()
    if not wanted:
        raise UnknownRun("give a run id (or its first characters)")
    rows = con.execute(
        "select run_id from meta.runs where starts_with(run_id, ?) order by started_at desc limit 6", [wanted]
    ).fetchall()
    if not rows:
        raise UnknownRun(f"no run {prefix!r} in the warehouse: `localgov status` lists the runs")
    if len(rows) > 1:
        shown = ", ".join(r[0][: len(wanted) + 4] for r in rows[:5])
        raise UnknownRun(f"{prefix!r} names more than one run ({shown}…): give more of the id")
    return str(rows[0][0])

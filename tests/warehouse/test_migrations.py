"""Schema versions: a warehouse records the migrations applied to it; an older one is brought up to date by opening
it (its data intact), a newer one is refused with a message saying to upgrade, and a migration that fails leaves
the warehouse as it was."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from tests.warehouse.test_warehouse import _documents, _facts
from warehouse import db as warehouse_db
from warehouse.db import (
    SQL_DIR,
    WarehouseError,
    WarehouseTooNew,
    connect,
    latest_version,
    migrations,
    schema_version,
    seed_reference_dimensions,
)
from warehouse.load import PROCESS_TOKEN, load_batch, start_run

PREVIOUS = 4  # the last schema version before meta.runs recorded the process that ran each run


# The tables a run fills with documents and facts (the reference dimensions are filled on opening).
DATA_TABLES = ("core.documents", "core.fact_session", "core.fact_person_role", "core.fact_indicator_value",
               "core.dim_body", "core.dim_person", "staging.sessions", "staging.person_roles",
               "staging.indicator_values")  # fmt: skip


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [c for c, *_ in con.execute(f"describe {table}").fetchall()]


def _warehouse_at(path: Path, version: int) -> None:
    """A warehouse as a localgov of schema `version` left it: its migrations only, its reference dimensions, a
    document loaded with its facts (their columns of that version), and a run it recorded (and never closed)."""
    current = path.with_name(f"current-{path.name}")
    con = connect(current)
    load_batch(con, _documents("old-doc", "sha-1"), _facts("old-doc", 34.0), run_id="old-run", version="0.0.9")
    con.close()
    con = duckdb.connect(str(path))
    try:
        for number, sql_file in migrations():
            if number <= version:
                con.execute(sql_file.read_text(encoding="utf-8"))
                con.execute("insert into meta.schema_version (version, name) values (?, ?)", [number, sql_file.name])
        seed_reference_dimensions(con)
        con.execute(f"attach '{current}' as current_warehouse (read_only)")
        for table in DATA_TABLES:
            columns = ", ".join(_columns(con, table))
            con.execute(f"insert into {table} ({columns}) select {columns} from current_warehouse.{table}")
        con.execute("detach current_warehouse")
        con.execute(
            "insert into meta.runs (run_id, started_at, status, pipeline_version) values (?, ?, 'running', '0.0.9')",
            ["old-run", datetime(2024, 1, 1)],
        )
    finally:
        con.close()
    current.unlink()


def _data(con: duckdb.DuckDBPyConnection, columns: dict[str, list[str]]) -> dict[str, list[tuple[object, ...]]]:
    """The rows of the data tables, in the given columns of each."""
    return {t: con.execute(f"select {', '.join(c)} from {t} order by all").fetchall() for t, c in columns.items()}


def test_the_next_migration_exists_and_is_the_latest() -> None:
    assert latest_version() > PREVIOUS
    numbers = [n for n, _ in migrations()]
    # Numbers go up, each once; while branches are in flight one may skip the numbers of the others.
    assert numbers == sorted(set(numbers)) and numbers[: PREVIOUS + 1] == list(range(1, PREVIOUS + 2))


def test_an_older_warehouse_is_migrated_with_its_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    _warehouse_at(path, PREVIOUS)
    con = duckdb.connect(str(path))
    old_columns = {table: _columns(con, table) for table in DATA_TABLES}
    before = _data(con, old_columns)
    con.close()
    assert before["core.fact_indicator_value"] and before["core.documents"]

    con = connect(path)
    try:
        assert schema_version(con) == latest_version()
        assert [v for (v,) in con.execute("select version from meta.schema_version order by 1").fetchall()] == [
            n for n, _ in migrations()
        ]
        assert _data(con, old_columns) == before
        for view in ("documents", "indicator_values"):
            assert con.execute(f"select count(*) from mart.{view}").fetchall() == [(1,)], view
        assert con.execute("select input_state from mart.documents").fetchall() == [("present",)]
        columns = {c for c, *_ in con.execute("describe meta.runs").fetchall()}
        assert {"hostname", "pid", "process_token"} <= columns
        assert start_run(con, "new-run", "0.1.0", ["raw"], None) == 1  # the old, never-closed run
        rows = con.execute("select run_id, status, error, process_token from meta.runs order by started_at")
        (old_id, old_status, old_error, old_token), (new_id, new_status, _, new_token) = rows.fetchall()
        assert (old_id, old_status, old_token) == ("old-run", "failed", None)
        assert old_error == "interrupted: process ? on an unknown host ended before the run finished"
        assert (new_id, new_status, new_token) == ("new-run", "running", PROCESS_TOKEN)
    finally:
        con.close()


def test_a_warehouse_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    connect(path).close()
    con = duckdb.connect(str(path))
    con.execute("insert into meta.schema_version (version, name) values (?, ?)", [latest_version() + 1, "future.sql"])
    con.close()
    for read_only in (False, True):
        with pytest.raises(WarehouseTooNew, match=r"schema version \d+, but this localgov .* Upgrade localgov-vn"):
            connect(path, read_only=read_only)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("select max(version) from meta.schema_version").fetchall()[0][0] == latest_version() + 1
    con.close()


def test_a_failing_migration_leaves_the_warehouse_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "w.duckdb"
    connect(path).close()
    sql_dir = tmp_path / "sql"
    shutil.copytree(SQL_DIR, sql_dir)
    broken = latest_version() + 1
    (sql_dir / f"{broken:03d}_broken.sql").write_text(
        "CREATE TABLE core.half_done (a INTEGER);\nALTER TABLE core.no_such_table ADD COLUMN b INTEGER;\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(warehouse_db, "SQL_DIR", sql_dir)
    with pytest.raises(duckdb.CatalogException):
        connect(path)
    monkeypatch.undo()
    con = connect(path)
    try:
        assert schema_version(con) == latest_version()
        tables = con.execute("select table_name from information_schema.tables where table_name = 'half_done'")
        assert tables.fetchall() == []
    finally:
        con.close()


def test_a_file_that_is_not_a_warehouse_is_named(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database " * 1000, encoding="utf-8")
    with pytest.raises(WarehouseError, match="is not a DuckDB warehouse"):
        connect(path)

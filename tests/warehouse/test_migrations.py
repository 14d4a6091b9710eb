"""Schema versions: a warehouse records the migrations applied to it; an older one is brought up to date by opening
it (its data intact), a newer one is refused with a message saying to upgrade, and a migration that fails leaves
the warehouse as it was."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from transforms.extraction.indicators import CATALOGUE
from warehouse import db as warehouse_db
from warehouse import indicator_catalogue
from warehouse import views as warehouse_views
from warehouse.db import (
    SQL_DIR,
    WarehouseError,
    WarehouseTooNew,
    connect,
    latest_version,
    migrations,
    schema_version,
)
from warehouse.load import PROCESS_TOKEN, start_run

PREVIOUS = 5  # the last schema version before figures had a measure (actual or target)
# Rows as a localgov of schema PREVIOUS wrote them: table -> (columns, one row).
_OLD_ROWS = {
    "core.documents": (
        ("source_id", "source_path", "content_sha256", "status", "title", "authors", "is_relevant", "clean_text",
         "run_id", "pipeline_version", "loaded_at"),
        ("old-doc", "old-doc.txt", "sha-1", "loaded", "Hội nghị", [], True, "Hội nghị. Thu ngân sách đạt 34 tỷ đồng.",
         "old-run", "0.0.9", datetime(2024, 1, 1)),
    ),
    "staging.indicator_values": (
        ("source_id", "seq", "indicator_code", "value", "unit", "figure_text", "char_start", "char_end",
         "sentence_start", "sentence_end", "evidence"),
        ("old-doc", 0, "budget_revenue", 34e9, "VND", "34 tỷ đồng", 25, 35, 10, 38, "Thu ngân sách đạt 34 tỷ đồng."),
    ),
    "core.fact_indicator_value": (
        ("figure_id", "source_id", "seq", "indicator_code", "value", "unit", "figure_text", "evidence", "char_start",
         "char_end", "pipeline_version"),
        ("f1", "old-doc", 0, "budget_revenue", 34e9, "VND", "34 tỷ đồng", "Thu ngân sách đạt 34 tỷ đồng.", 25, 35,
         "0.0.9"),
    ),
}  # fmt: skip


def _warehouse_at(path: Path, version: int) -> None:
    """A warehouse as a localgov of schema `version` left it: its migrations only, a document with a figure, and a
    run it recorded (and never closed)."""
    con = duckdb.connect(str(path))
    try:
        for number, sql_file in migrations():
            if number <= version:
                con.execute(sql_file.read_text(encoding="utf-8"))
                con.execute("insert into meta.schema_version (version, name) values (?, ?)", [number, sql_file.name])
        for table, (columns, row) in _OLD_ROWS.items():
            marks = ", ".join("?" for _ in columns)
            con.execute(f"insert into {table} ({', '.join(columns)}) values ({marks})", list(row))
        con.execute(
            "insert into meta.runs (run_id, started_at, status, pipeline_version) values (?, ?, 'running', '0.0.9')",
            ["old-run", datetime(2024, 1, 1)],
        )
    finally:
        con.close()


def _old_rows(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[object, ...]]]:
    return {
        t: con.execute(f"select {', '.join(c)} from {t} order by all").fetchall() for t, (c, _) in _OLD_ROWS.items()
    }


def test_the_next_migration_exists_and_is_the_latest() -> None:
    assert latest_version() > PREVIOUS
    numbers = [n for n, _ in migrations()]
    assert numbers == list(range(1, len(numbers) + 1))  # each number once, none skipped


def test_an_older_warehouse_is_migrated_with_its_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    _warehouse_at(path, PREVIOUS)
    con = duckdb.connect(str(path))
    before = _old_rows(con)
    con.close()
    assert all(before.values())

    con = connect(path)
    try:
        assert schema_version(con) == latest_version()
        assert [v for (v,) in con.execute("select version from meta.schema_version order by 1").fetchall()] == list(
            range(1, latest_version() + 1)
        )
        assert _old_rows(con) == before
        # the figures loaded before targets were extracted are reported results
        figures = con.execute("select source_id, value, measure from mart.indicator_values").fetchall()
        assert figures == [("old-doc", 34e9, "actual")]
        # a document loaded before inputs were tracked reads as present, its input path unknown
        states = con.execute("select source_id, input_state, input_path from core.documents").fetchall()
        assert states == [("old-doc", "present", None)]
        assert con.execute("select input_state from mart.documents").fetchall() == [("present",)]
        columns = {c for c, *_ in con.execute("describe meta.runs").fetchall()}
        assert {"hostname", "pid", "process_token", "input_roots", "n_kept", "n_missing"} <= columns
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


def test_a_warehouse_of_before_people_without_roles_takes_them_after_migrating(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    _warehouse_at(path, PREVIOUS + 1)  # before 013, position was NOT NULL
    con = connect(path)
    try:
        nullable = con.execute(
            "select column_name, is_nullable from information_schema.columns where table_schema = 'core' "
            "and table_name = 'fact_person_role' and column_name in ('position', 'organization_type', 'level')"
        ).fetchall()
        assert sorted(nullable) == [("level", "YES"), ("organization_type", "YES"), ("position", "YES")]
    finally:
        con.close()


def test_views_are_created_once_per_version_of_their_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "w.duckdb"
    connect(path).close()
    with duckdb.connect(str(path)) as con:  # a view changed by hand is left alone while the files are the same
        con.execute("create or replace view mart.documents as select 1 as x")
    connect(path).close()
    with duckdb.connect(str(path)) as con:
        assert [c[0] for c in con.execute("select * from mart.documents").description] == ["x"]
    changed = tmp_path / "sql"
    shutil.copytree(SQL_DIR, changed)
    with (changed / "mart_comments.sql").open("a", encoding="utf-8") as handle:
        handle.write("\nCOMMENT ON VIEW mart.documents IS 'changed';\n")
    monkeypatch.setattr(warehouse_views, "SQL_DIR", changed)
    connect(path).close()  # other files: the views are made again, with their comments
    with duckdb.connect(str(path)) as con:
        assert "x" not in [c[0] for c in con.execute("select * from mart.documents limit 0").description]
        comment = con.execute("select comment from duckdb_views() where view_name = 'documents'").fetchall()[0][0]
        assert comment == "changed"
        assert con.execute("select count(*) from meta.view_digest").fetchall()[0][0] == 1


def test_the_indicator_dimension_is_filled_once_per_version_of_the_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.duckdb"
    connect(path).close()
    with duckdb.connect(str(path)) as con:
        count = con.execute("select count(*) from core.dim_indicator").fetchall()[0][0]
        assert count == len(CATALOGUE) and count > 0
        con.execute("delete from core.dim_indicator where indicator_code = 'budget_revenue'")
    connect(path).close()  # the same catalogue: the dimension is left as it is
    with duckdb.connect(str(path)) as con:
        assert con.execute("select count(*) from core.dim_indicator").fetchall()[0][0] == count - 1
    monkeypatch.setattr(indicator_catalogue, "catalogue_digest", lambda: "another catalogue")
    connect(path).close()  # another catalogue: filled again
    with duckdb.connect(str(path)) as con:
        assert con.execute("select count(*) from core.dim_indicator").fetchall()[0][0] == count
        assert con.execute("select digest from meta.catalogue_digest").fetchall() == [("another catalogue",)]

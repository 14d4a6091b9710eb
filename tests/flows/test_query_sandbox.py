"""`localgov query` without --write can read the warehouse and nothing else: no statement writes it, replaces it,
attaches another copy of it, reads or writes any other file, or fetches or loads an extension; --write is the only
way out. The same holds for a file given as --db that is not a warehouse (no extension is fetched to read it)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.warehouse.test_export import build_sample_warehouse

runner = CliRunner(env={"COLUMNS": "200"})


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return build_sample_warehouse(tmp_path / "w.duckdb")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _escapes(db: Path, outside: Path) -> list[str]:
    link = db.with_name("hard-link.duckdb")
    os.link(db, link)
    secret = outside / "secret.csv"
    secret.write_text("a,b\n1,2\n", encoding="utf-8")
    return [
        f"COPY (select 1 as a) TO '{db}'",
        f"ATTACH '{link}' AS h (READ_WRITE); DELETE FROM h.core.documents",
        f"ATTACH '{outside / 'new.duckdb'}' AS n",
        f"COPY (select * from mart.documents) TO '{outside / 'out.csv'}'",
        f"EXPORT DATABASE '{outside / 'dump'}'",
        f"select * from read_csv('{secret}')",
        f"select * from read_text('{secret}')",
        "select * from read_text('/etc/passwd')",
        f"select * from glob('{outside}/*')",
        "INSTALL sqlite",
        "LOAD sqlite",
        "SET enable_external_access = true",
        "SET lock_configuration = false",
        "delete from core.documents",
        "create table core.scratch (a integer)",
    ]


def test_query_without_write_can_reach_nothing_but_the_warehouse(warehouse: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    before = _digest(warehouse)
    for sql in _escapes(warehouse, outside):
        result = runner.invoke(app, ["query", sql, "--db", str(warehouse)])
        assert result.exit_code == 1, (sql, result.output)
        assert "Traceback" not in result.output
    assert _digest(warehouse) == before
    assert sorted(p.name for p in outside.iterdir()) == ["secret.csv"]
    ok = runner.invoke(app, ["query", "select count(*) as n from mart.documents", "--db", str(warehouse)])
    assert ok.exit_code == 0 and "6" in ok.stdout


def test_write_is_the_way_out(warehouse: Path, tmp_path: Path) -> None:
    target = tmp_path / "documents.csv"
    sql = f"COPY (select source_id from mart.documents order by 1) TO '{target}'"
    result = runner.invoke(app, ["query", sql, "--db", str(warehouse), "--write"])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").splitlines()[0] == "source_id"


def test_a_sqlite_file_as_db_fetches_no_extension(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    path = tmp_path / "notes.db"
    sqlite3.connect(path).execute("create table t (a)").connection.commit()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # where DuckDB would put a downloaded extension
    for command in (["query", "select 1", "--db", str(path)], ["status", "--db", str(path)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2 and "is not a DuckDB warehouse" in result.output, result.output
    assert not (tmp_path / "home").exists()

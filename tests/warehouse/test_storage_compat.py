"""The warehouse opens in the DuckDB 1.x tools analysts have: a new warehouse is written in DuckDB 1.0's storage
format, and the `duckdb` command line of the `duckdb-cli` package (1.5, a dev dependency) reads every public view
of it (DuckDB 2 writes a storage version those tools refuse: "version number 69, but we can only read versions
between 64 and 68")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.warehouse.test_export import build_sample_warehouse
from warehouse.db import STORAGE_COMPATIBILITY, connect

DUCKDB_CLI = Path(sys.executable).with_name("duckdb")
VIEWS = ("documents", "sessions", "person_roles", "indicator_values")


def _cli(db: Path, sql: str) -> subprocess.CompletedProcess[str]:
    if not DUCKDB_CLI.exists():
        pytest.skip("the duckdb-cli package is not installed (a dev dependency): no DuckDB 1.x to open the file with")
    return subprocess.run(
        [str(DUCKDB_CLI), "-readonly", "-csv", str(db), "-c", sql], capture_output=True, text=True, timeout=120
    )


def test_a_new_warehouse_opens_in_the_duckdb_1x_command_line(tmp_path: Path) -> None:
    db = build_sample_warehouse(tmp_path / "w.duckdb")
    version = _cli(db, "select version()")
    assert version.returncode == 0, version.stderr
    assert version.stdout.splitlines()[1].startswith("v1."), version.stdout
    counts = " union all ".join(f"select '{v}', count(*) from mart.{v}" for v in VIEWS)
    done = _cli(db, f"{counts}; select source_id, authors from mart.documents order by 1 limit 1")
    assert done.returncode == 0, done.stderr
    con = connect(db, read_only=True)
    try:
        expected = {v: con.execute(f"select count(*) from mart.{v}").fetchall()[0][0] for v in VIEWS}
    finally:
        con.close()
    got = dict(line.split(",") for line in done.stdout.splitlines()[1:5])
    assert {k: int(v) for k, v in got.items()} == expected and expected["documents"] > 0


def test_the_storage_format_is_set_when_the_file_is_created(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    connect(db).close()
    con = connect(db, read_only=True)
    try:
        (storage,) = con.execute(
            "select tags['storage_version'] from duckdb_databases() where database_name = 'w'"
        ).fetchall()[0]
    finally:
        con.close()
    assert str(storage).startswith(STORAGE_COMPATIBILITY), storage

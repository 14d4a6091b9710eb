"""Every way a command can meet a bad warehouse or a bad place to write ends in one line saying what to do, never a
traceback: a folder given as --db, a damaged file, a WAL of another database, another program's DuckDB file (left
untouched), a full disk, a read-only folder; a busy warehouse exits 75 from every command, `status` included."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner, Result

from flows.cli import app
from tests.warehouse.test_export import build_sample_warehouse

runner = CliRunner()


def _one_line_error(result: Result, code: int, *words: str) -> None:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == code, result.output
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    assert all(w in lines[0] for w in words), lines[0]


EVERYTHING = (
    "select (select max(name) from core.dim_admin_unit), (select max(date_key) from core.dim_date), "
    "(select max(clean_text) from core.documents)"
)


def _commands(db: Path) -> list[list[str]]:
    empty = db.parent / "no-documents"
    empty.mkdir(exist_ok=True)
    return [["status", "--db", str(db)], ["query", EVERYTHING, "--db", str(db)], ["run", str(empty), "--db", str(db)]]


def test_a_folder_as_db(prefect_server: None, tmp_path: Path) -> None:
    for command in _commands(tmp_path):
        _one_line_error(runner.invoke(app, command), 2, "is a folder")


def _every_block_garbled(data: bytes) -> bytes:
    """A DuckDB file whose every data block (256 KiB each, after three 4 KiB headers) starts with random bytes: its
    checksum, and what follows, no longer match, whichever blocks the file's tables happen to use."""
    headers, block = 3 * 4096, 256 * 1024
    out = bytearray(data)
    for start in range(headers, len(out), block):
        out[start : start + 4096] = os.urandom(len(out[start : start + 4096]))
    return bytes(out)


def test_damaged_warehouses(prefect_server: None, tmp_path: Path) -> None:
    good = build_sample_warehouse(tmp_path / "good.duckdb")
    data = good.read_bytes()
    cases = {
        "garbage": (os.urandom(20_000), "is not a DuckDB warehouse"),
        "cut": (data[: len(data) // 2], "is damaged"),
        "checksum": (_every_block_garbled(data), "is damaged"),
    }
    for name, (content, words) in cases.items():
        path = tmp_path / f"{name}.duckdb"
        path.write_bytes(content)
        for command in _commands(path):
            _one_line_error(runner.invoke(app, command), 2, words)


def test_a_wal_of_another_database(prefect_server: None, tmp_path: Path) -> None:
    db = build_sample_warehouse(tmp_path / "w.duckdb")
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("create table x (a integer); checkpoint; insert into x values (1)")
    shutil.copy(other.with_name("other.duckdb.wal"), db.with_name("w.duckdb.wal"))
    con.close()
    for command in _commands(db):
        _one_line_error(runner.invoke(app, command), 2, ".wal belongs to another database file")


def test_another_programs_duckdb_file_is_left_as_it_is(prefect_server: None, tmp_path: Path) -> None:
    path = tmp_path / "sales.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create table orders as select range as id from range(10)")
    con.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for command in _commands(path):
        _one_line_error(runner.invoke(app, command), 2, "another program")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("select table_schema, table_name from information_schema.tables").fetchall() == [
        ("main", "orders")
    ]
    con.close()


@contextlib.contextmanager
def _tmpfs(where: Path, options: str) -> Iterator[Path]:
    where.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True).returncode:
        pytest.skip("mounting a small file system needs privileges this machine does not give")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)


def test_a_full_disk(tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "tiny", "size=1m") as tiny:
        _one_line_error(runner.invoke(app, ["run", "raw", "--db", str(tiny / "w.duckdb")]), 2, "is full")


def test_a_read_only_folder(tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "ro", "size=1m,ro") as ro:
        for db in (ro / "w.duckdb", ro / "sub" / "w.duckdb"):
            _one_line_error(runner.invoke(app, ["run", "raw", "--db", str(db)]), 2, "read-only file system")


def test_status_on_a_busy_warehouse_exits_75_like_the_others(tmp_path: Path) -> None:
    db = build_sample_warehouse(tmp_path / "w.duckdb")
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys; c = duckdb.connect({str(db)!r}); print('held', flush=True); "
         "sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        for command in (["status"], ["query", "select 1"], ["review", "x", "--out", str(tmp_path / "r.html")]):
            result = runner.invoke(app, [*command, "--db", str(db)])
            _one_line_error(result, 75, "in use by another process")
    finally:
        holder.communicate("", timeout=30)
    time.sleep(0)

"""A run's hold on the warehouse: kept from batch to batch until a reader knocks or it has lasted long."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

import warehouse.writer
from warehouse.db import connect
from warehouse.knock import knock, knock_path
from warehouse.writer import RunConnection


@pytest.fixture
def held(tmp_path: Path) -> RunConnection:
    run = RunConnection(tmp_path / "w.duckdb")
    run.con.execute("create table t as select 1 as x")
    return run


def test_a_run_keeps_the_warehouse_until_a_reader_knocks(held: RunConnection) -> None:
    held.yield_to_readers()
    assert held.held_for() > 0, "nobody knocked: the run keeps the file"
    knock(held.path)
    held.yield_to_readers()
    assert held.held_for() == 0 and not knock_path(held.path).exists(), "a knock is answered and taken away"


def test_a_run_lets_go_once_it_has_held_the_file_long(held: RunConnection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warehouse.writer, "YIELD_AFTER_SECONDS", 0.0)
    held.yield_to_readers()
    assert held.held_for() == 0


def test_a_waiting_reader_knocks_and_gets_in_at_the_next_yield(held: RunConnection, tmp_path: Path) -> None:
    reader = subprocess.Popen(
        [sys.executable, "-c", "import sys; from warehouse.db import connect; "
         f"print(connect({str(held.path)!r}, read_only=True, wait=30).execute('select x from t').fetchall())"],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while not knock_path(held.path).exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert knock_path(held.path).exists(), "the waiting reader should knock"
    held.yield_to_readers()
    out, _ = reader.communicate(timeout=30)
    assert out.strip() == "[(1,)]"
    assert not knock_path(held.path).exists(), "a reader that got in leaves no knock behind"
    con = connect(held.path, read_only=True)  # and the file is free again
    con.close()

"""Two runs never write one warehouse at once: a second `localgov run` (another process, or another flow run in the
same process) is refused at once with a clear message and exit code 75 while the first goes on and completes as if
alone; a `localgov query` while a run commits a batch waits for the commit and answers; `localgov query` opens the
warehouse read-only unless asked to write."""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.conftest import RAW
from tests.flows.test_crash_safety import FlowProcess, runs, snapshot
from warehouse.db import WarehouseBusy

pytestmark = pytest.mark.slow
EX_TEMPFAIL = 75


def _output(result: object) -> str:
    """Everything a CliRunner invocation wrote, stdout and stderr, with the console's line wrapping undone."""
    out = getattr(result, "output", "") or ""
    with contextlib.suppress(ValueError):  # stderr not captured apart from stdout
        out += getattr(result, "stderr", "") or ""
    return " ".join(out.split())


def test_a_second_run_is_refused_while_one_loads_and_the_first_completes(seed_warehouse: Path, tmp_path: Path) -> None:
    db, release = tmp_path / "busy.duckdb", tmp_path / "release"
    first = FlowProcess(RAW, db, hold=1, release=release)  # stops before committing its (only) batch
    try:
        first.wait_for("holding")
        started = time.perf_counter()
        second = CliRunner().invoke(app, ["run", str(RAW), "--db", str(db)])
        seconds = time.perf_counter() - started
        assert second.exit_code == EX_TEMPFAIL, _output(second)
        assert "is loading into the warehouse" in _output(second)
        assert seconds < 5, f"the refused run took {seconds:.1f} s to exit"
        answers: dict[str, object] = {}
        sql = "select count(*) as n from mart.documents"
        asking = threading.Thread(
            target=lambda: answers.update(q=CliRunner().invoke(app, ["query", sql, "--db", str(db), "--format", "csv"]))
        )
        asking.start()
        time.sleep(1)
        assert asking.is_alive(), "the query should wait while the run holds the warehouse in a commit"
    finally:
        release.touch()
    asking.join(timeout=60)
    query = answers["q"]
    assert query.exit_code == 0 and query.stdout.splitlines() == ["n", "5"], _output(query)  # type: ignore[attr-defined]
    assert first.process.wait(timeout=180) == 0, first.stderr()
    assert snapshot(db) == snapshot(seed_warehouse)
    assert runs(db) == [("succeeded", None, 0)]  # the refused run left no trace


def test_a_second_run_in_the_same_process_is_refused(
    seed_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.tasks as tasks
    from flows.pipeline import pipeline

    holding, release = threading.Event(), threading.Event()
    real_load_batch = tasks.load_batch

    def held_load_batch(*args: object, **kwargs: object) -> None:
        holding.set()
        release.wait(timeout=120)
        real_load_batch(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tasks, "load_batch", held_load_batch)
    db = tmp_path / "twice.duckdb"
    results: dict[str, object] = {}
    first = threading.Thread(target=lambda: results.update(first=pipeline(paths=[str(RAW)], db_path=str(db))))
    first.start()
    try:
        assert holding.wait(timeout=180), "the first run never reached its load"
        with pytest.raises(WarehouseBusy, match="still loading into this warehouse from this process"):
            pipeline(paths=[str(RAW)], db_path=str(db))
    finally:
        release.set()
        first.join(timeout=180)
    assert results["first"]["counts"]["loaded"] == len(list(RAW.glob("*.txt")))  # type: ignore[index]
    assert snapshot(db) == snapshot(seed_warehouse)
    assert runs(db) == [("succeeded", None, 0)]


def test_query_is_read_only_unless_asked_to_write(seed_warehouse: Path, tmp_path: Path) -> None:
    db = tmp_path / "query.duckdb"
    shutil.copy(seed_warehouse, db)
    runner = CliRunner()
    refused = runner.invoke(app, ["query", "create table core.scratch (a integer)", "--db", str(db)])
    assert refused.exit_code == 1 and "read-only" in _output(refused).lower()
    deleted = runner.invoke(app, ["query", "delete from core.documents", "--db", str(db)])
    assert deleted.exit_code == 1
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("select count(*) from core.documents").fetchall()[0][0] == len(list(RAW.glob("*.txt")))
    finally:
        con.close()
    written = runner.invoke(app, ["query", "create table core.scratch (a integer)", "--db", str(db), "--write"])
    assert written.exit_code == 0, _output(written)

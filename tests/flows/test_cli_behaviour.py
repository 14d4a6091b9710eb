"""The command line as a user meets it: a missing path is one line and exit 2 with nothing written; Ctrl-C stops a
run with worker processes in seconds and the next run resumes, and is an interruption even mid-statement, in a run
or a query; a query answers while a run goes on; a normal run's stderr is quiet (no leak report, no telemetry
notice) and its summary gives the whole run id and the command's own time; a dead Prefect API and a missing SQL file
are one line each; `--version`."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.prefect_api import free_port
from tests.conftest import RAW, ROOT
from tests.flows.test_crash_safety import write_corpus
from warehouse.db import WarehouseError, connect

LOCALGOV = [sys.executable, "-m", "flows.cli"]


def _one_line(text: str) -> bool:
    return len([line for line in text.splitlines() if line.strip()]) == 1


def test_a_missing_path_is_one_line_exit_2_and_nothing_written(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(app, ["run", str(RAW), str(tmp_path / "no" / "such"), "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert _one_line(result.output) and "no such file or directory" in result.output
    assert not db.exists() and list(tmp_path.iterdir()) == []


def test_serve_refuses_a_missing_path(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", str(tmp_path / "nope"), "--interval", "5"])
    assert result.exit_code == 2 and "no such file or directory" in result.output


def test_a_missing_sql_file_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["query", "-f", str(tmp_path / "missing.sql"), "--db", str(tmp_path / "w")])
    assert result.exit_code == 2 and _one_line(result.output) and "missing.sql" in result.output
    assert "Traceback" not in result.output


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and re.match(r"localgov-vn \d+\.\d+\.\d+ \(duckdb \d", result.stdout)


def test_a_dead_prefect_api_is_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "PREFECT_API_URL": f"http://127.0.0.1:{free_port()}/api"}
    done = subprocess.run(
        [*LOCALGOV, "run", str(RAW), "--db", str(tmp_path / "w.duckdb")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert _one_line(done.stderr) and "does not answer" in done.stderr and "PREFECT_API_URL" in done.stderr
    assert not (tmp_path / "w.duckdb").exists()


def _documents(db: Path) -> int | None:
    """Documents committed so far, read as `localgov query` reads while a run goes on, knocking for the file (None
    while it cannot be read)."""
    try:
        con = connect(db, read_only=True, wait=5.0)
    except (WarehouseError, FileNotFoundError):  # held for 5 s, or not made yet
        return None
    try:
        return int(con.execute("select count(*) from core.documents").fetchall()[0][0])
    except duckdb.Error:
        return None
    finally:
        con.close()


def _api_env() -> dict[str, str]:
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value() or ""), "COLUMNS": "120"}


@pytest.mark.slow
def test_a_normal_run_is_quiet_and_its_summary_true(prefect_server: None, tmp_path: Path) -> None:
    started = time.monotonic()
    done = subprocess.run(
        [*LOCALGOV, "run", str(RAW), "--db", str(tmp_path / "w.duckdb")],
        cwd=ROOT, env=_api_env(), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    wall = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert "leaked" not in done.stderr and "nanobind" not in done.stderr
    assert "telemetry" not in (done.stdout + done.stderr).lower()
    assert done.stderr.strip() == "", done.stderr
    first = done.stdout.splitlines()[0]
    found = re.match(r"run ([0-9a-f]{32}) done in ([\d.]+) s \(Prefect start-up ([\d.]+) s\)$", first)
    assert found, first
    said, startup = float(found.group(2)), float(found.group(3))
    assert 0.7 * wall <= said <= wall + 0.5 and 0 < startup < said  # the command's time, not the flow's alone


@pytest.mark.slow
def test_ctrl_c_stops_a_run_with_workers_in_seconds_and_the_next_run_resumes(
    prefect_server: None, tmp_path: Path
) -> None:
    from flows.pipeline import pipeline

    inputs, db = tmp_path / "many.jsonl", tmp_path / "w.duckdb"
    total = write_corpus(inputs, copies=60)
    run = subprocess.Popen(
        [*LOCALGOV, "run", str(inputs), "--db", str(db), "--workers", "2", "--batch-size", "20"],
        cwd=ROOT, env=_api_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 300
        while not (_documents(db) or 0) and time.monotonic() < deadline and run.poll() is None:
            time.sleep(0.5)
        assert run.poll() is None, f"the run ended before it could be interrupted: {run.stderr.read()[-2000:]}"
        workers = psutil.Process(run.pid).children(recursive=True)
        assert len(workers) >= 2, "the run should have worker processes"
        asked = time.monotonic()  # a reader answers while the run goes on
        answer = CliRunner().invoke(app, ["query", "select count(*) from mart.documents", "--db", str(db)])
        assert answer.exit_code == 0 and time.monotonic() - asked < 5, answer.output
        interrupted = time.monotonic()
        os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C in its terminal does
        run.wait(timeout=60)
        seconds = time.monotonic() - interrupted
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    stderr = run.stderr.read() if run.stderr else ""
    assert run.returncode == 130, stderr
    assert seconds < 5, f"the run took {seconds:.1f} s to stop"
    _, alive = psutil.wait_procs(workers, timeout=5)  # the resource tracker ends once it sees its parent gone
    assert not alive, f"left running: {[' '.join(p.cmdline())[:120] for p in alive]}"
    assert _one_line(stderr) and "interrupted" in stderr, stderr
    assert "Traceback" not in stderr and "leaked" not in stderr
    con = duckdb.connect(str(db), read_only=True)  # released: any process may open it
    try:
        (status, committed), *_ = con.execute(
            "select status, (select count(*) from core.documents) from meta.runs order by started_at desc"
        ).fetchall()
    finally:
        con.close()
    assert status == "interrupted" and 0 < committed < total
    resumed = pipeline(paths=[str(inputs)], db_path=str(db), batch_size=20)
    assert resumed["counts"]["unchanged"] == committed and _documents(db) == total


# A run whose last statement is a long one, and a Ctrl-C half a second into it (DuckDB runs Python's signal handler
# inside the statement, then raises RuntimeError("Query interrupted") instead of KeyboardInterrupt).
CTRL_C_MID_STATEMENT = """
import os, signal, sys, threading
import flows.pipeline
from flows.cli import console_script

def long_statement(con, *args):
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()
    con.execute("select count(*) from range(100000000000) t(i) where i % 7 = 3").fetchall()
    raise AssertionError("the statement ran to its end")

flows.pipeline.mark_vanished = long_statement
sys.argv = ["localgov", *sys.argv[1:]]
console_script()
"""


@pytest.mark.slow
def test_ctrl_c_during_a_duckdb_statement_is_an_interrupt_not_a_failure(prefect_server: None, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    done = subprocess.run(
        [sys.executable, "-c", CTRL_C_MID_STATEMENT, "run", str(RAW), "--db", str(db)],
        cwd=ROOT, env=_api_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 130, done.stderr
    assert _one_line(done.stderr) and "interrupted" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "leaked" not in done.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        status, error = con.execute("select status, error from meta.runs").fetchall()[0]
    finally:
        con.close()
    assert (status, error) == ("interrupted", "interrupted (Ctrl-C)")


# Any other command: a Ctrl-C a second into a long statement. On one thread DuckDB runs the statement in the calling
# one and stops at the next chunk; its worker threads would first finish what they hold (for `range`, the whole scan).
CTRL_C_IN_A_QUERY = """
import os, signal, sys, threading
from flows.cli import console_script

statement = "set threads = 1; select sum(hash(i) % 7) from range(100000000000) t(i)"
sys.argv = ["localgov", "query", "--write", statement, "--db", sys.argv[1]]
threading.Timer(1.0, os.kill, (os.getpid(), signal.SIGINT)).start()
console_script()
"""


def test_ctrl_c_during_a_query_is_one_line_and_exit_130(tmp_path: Path) -> None:
    from warehouse.db import connect

    db = tmp_path / "w.duckdb"
    connect(db).close()
    done = subprocess.run(
        [sys.executable, "-c", CTRL_C_IN_A_QUERY, str(db)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip() == "Aborted!" and not done.stdout, done.stderr

"""The command line: query in every format, read-only by default; status; a scheduled deployment that picks up a
document dropped into a watched folder; and the run report published as a Prefect artifact."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.conftest import RAW, ROOT

runner = CliRunner(env={"COLUMNS": "200"})


def test_query_formats(seed_warehouse: Path) -> None:
    sql = "select source_id, status from mart.documents order by source_id"
    as_json = runner.invoke(app, ["query", sql, "--db", str(seed_warehouse), "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.stdout)
    assert [r["source_id"] for r in rows] == sorted(p.stem for p in RAW.glob("*.txt"))
    as_csv = runner.invoke(app, ["query", sql, "--db", str(seed_warehouse), "--format", "csv"])
    assert as_csv.stdout.splitlines()[0] == "source_id,status" and len(as_csv.stdout.splitlines()) == len(rows) + 1
    table = runner.invoke(app, ["query", sql, "--db", str(seed_warehouse)])
    assert table.exit_code == 0 and "loaded" in table.stdout


def test_query_from_a_file_and_read_only_by_default(seed_warehouse: Path, tmp_path: Path) -> None:
    sql_file = tmp_path / "q.sql"
    sql_file.write_text("-- a comment first\nselect count(*) as n from mart.sessions\n", encoding="utf-8")
    result = runner.invoke(app, ["query", "-f", str(sql_file), "--db", str(seed_warehouse), "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)[0]["n"] > 0
    refused = runner.invoke(app, ["query", "delete from core.documents", "--db", str(seed_warehouse)])
    assert refused.exit_code == 1 and "read-only" in refused.output.lower()


def test_status_lists_documents_and_runs(seed_warehouse: Path) -> None:
    result = runner.invoke(app, ["status", "--db", str(seed_warehouse)])
    assert result.exit_code == 0, result.output
    assert "loaded" in result.stdout and "last runs" in result.stdout and "succeeded" in result.stdout
    assert "localgov run" in result.stdout and "indicators" in result.stdout  # the last run's report


@pytest.mark.slow
def test_a_run_publishes_its_report_as_an_artifact(seed_warehouse: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    con = duckdb.connect(str(seed_warehouse), read_only=True)
    (run_id,) = con.execute("select run_id from meta.runs order by started_at limit 1").fetchall()[0]
    con.close()
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["localgov-run-report"]))
        )
    reports = [a for a in artifacts if run_id in (a.description or "")]
    assert reports, "no artifact for the seed run"
    body = str(reports[0].data)
    assert "| loaded | 5 |" in body and "| indicators |" in body


def _loaded(db: Path, source_id: str) -> bool:
    if not db.exists():
        return False
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:  # a run holds the write lock right now
        return False
    try:
        rows = con.execute("select status from mart.documents where source_id = ?", [source_id]).fetchall()
    except duckdb.Error:
        return False
    finally:
        con.close()
    return rows == [("loaded",)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def prefect_server_with_scheduler(tmp_path: Path) -> Iterator[str]:
    """A real `prefect server start` on loopback (the temporary test server runs no scheduler), scheduling often."""
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
    }
    env.pop("PREFECT_API_URL", None)
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("prefect")), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(1)
        else:
            pytest.fail("prefect server did not start within 180 s")
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


@pytest.mark.slow
def test_serve_without_a_prefect_server_says_what_to_do(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "serve", str(tmp_path), "--interval", "5"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2 and "prefect server start" in " ".join((done.stdout + done.stderr).split())


@pytest.mark.slow
@pytest.mark.xfail(
    reason="open: the served deployment registers and polls, but no scheduled flow run has started in this test yet",
    strict=False,
)
def test_a_scheduled_deployment_loads_a_document_dropped_into_the_watched_folder(
    prefect_server_with_scheduler: str, tmp_path: Path
) -> None:
    watched, db = tmp_path / "inbox", tmp_path / "served.duckdb"
    watched.mkdir()
    env = {**os.environ, "PREFECT_API_URL": prefect_server_with_scheduler, "PREFECT_HOME": str(tmp_path / "home")}
    serve = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "serve", str(watched), "--db", str(db), "--interval", "5"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        seed = sorted(RAW.glob("*.txt"))[0]
        shutil.copy(seed, watched / seed.name)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not _loaded(db, seed.stem):
            assert serve.poll() is None, serve.stdout.read() if serve.stdout else ""
            time.sleep(2)
        assert _loaded(db, seed.stem), "the dropped document was not loaded by a scheduled run"
    finally:
        serve.send_signal(signal.SIGINT)
        try:
            serve.wait(timeout=60)
        except subprocess.TimeoutExpired:
            serve.kill()

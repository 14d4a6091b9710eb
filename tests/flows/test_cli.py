"""The command line: query in every format, read-only by default; status; a scheduled deployment that picks up a
document dropped into a watched folder; and the run report published as a Prefect artifact."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from uuid import UUID

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.prefect_api import free_port, wait_for_api
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


Rows = list[tuple[object, ...]]


def _read_warehouse(db: Path, sql: str, params: list[object] | None = None) -> Rows | None:
    """Rows from a read-only look at the warehouse, or None while it is absent or a run holds its write lock."""
    if not db.exists():
        return None
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None
    try:
        return con.execute(sql, params or []).fetchall()
    except duckdb.Error:
        return None
    finally:
        con.close()


def _tail(log: Path, lines: int = 40) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""


def _stop(process: subprocess.Popen[bytes], first: signal.Signals) -> None:
    """Stop a process started in its own session: `first`, then SIGKILL to whatever of its group is left (a flow
    run's process, or the process itself if it lingers)."""
    process.send_signal(first)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=30)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


@pytest.fixture
def prefect_server_with_scheduler(tmp_path: Path) -> Iterator[str]:
    """A real `prefect server start` on loopback (the temporary test server runs no scheduler), scheduling often."""
    port = free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
    }
    env.pop("PREFECT_API_URL", None)
    log = tmp_path / "prefect-server.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [str(Path(sys.executable).with_name("prefect")), "server", "start", "--host", "127.0.0.1",
             "--port", str(port)],
            env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}/api"
    try:
        if not wait_for_api(url, 180, alive=lambda: server.poll() is None):
            pytest.fail(f"prefect server did not start within 180 s:\n{_tail(log)}")
        yield url
    finally:
        _stop(server, signal.SIGTERM)


@pytest.mark.slow
def test_serve_without_a_prefect_server_says_what_to_do(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "serve", str(tmp_path), "--interval", "5"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2 and "prefect server start" in " ".join((done.stdout + done.stderr).split())


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--cron", "0 2 * *"], "Invalid cron string"),
        (["--cron", "0 2 * * *", "--timezone", "Mars/Olympus"], "unknown time zone"),
        (["--cron", "0 2 * * *", "--interval", "5"], "exactly one"),
        ([], "exactly one"),
        (["--interval", "0"], "positive"),
    ],
)
def test_serve_rejects_a_bad_schedule_before_serving(tmp_path: Path, args: list[str], complaint: str) -> None:
    result = runner.invoke(app, ["serve", str(tmp_path), *args])
    assert result.exit_code == 2 and complaint in " ".join(result.output.split())


@pytest.mark.slow
def test_serve_registers_a_cron_deployment(
    prefect_server: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`localgov serve --cron` registers the deployment with that schedule, its time zone, the watched paths and
    one run at a time (serving itself is replaced by registering, so the test does not block)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.objects import ConcurrencyLimitStrategy
    from prefect.client.schemas.schedules import CronSchedule
    from prefect.deployments.runner import RunnerDeployment

    import flows.serve

    def register_only(deployment: RunnerDeployment) -> None:
        deployment.apply()

    monkeypatch.setattr(flows.serve, "serve", register_only)
    result = runner.invoke(
        app,
        ["serve", str(tmp_path), "--db", str(tmp_path / "w.duckdb"), "--cron", "0 2 * * *",
         "--timezone", "Asia/Ho_Chi_Minh", "--name", "nightly"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("localgov-pipeline/nightly")
    [schedule] = deployment.schedules
    assert schedule.active
    assert isinstance(schedule.schedule, CronSchedule)
    assert (schedule.schedule.cron, schedule.schedule.timezone) == ("0 2 * * *", "Asia/Ho_Chi_Minh")
    watched, db = str(tmp_path.resolve()), str((tmp_path / "w.duckdb").resolve())
    assert deployment.parameters == {"paths": [watched], "db_path": db}
    assert deployment.entrypoint == "flows.pipeline.pipeline"  # a module path: runs from any working directory
    assert deployment.global_concurrency_limit is not None and deployment.global_concurrency_limit.limit == 1
    assert deployment.concurrency_options is not None
    assert deployment.concurrency_options.collision_strategy == ConcurrencyLimitStrategy.CANCEL_NEW


LOADED_BY = (
    "select r.flow_run_id from mart.documents d join meta.runs r using (run_id)"
    " where d.source_id = ? and d.status = 'loaded'"
)


def _wait_for(what: str, found: Callable[[], Rows | None], serve: subprocess.Popen[bytes], log: Path) -> Rows:
    """Poll `found` until it returns some rows, for at most 90 s, while the served process keeps running."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert serve.poll() is None, f"localgov serve exited:\n{_tail(log)}"
        if rows := found():
            return rows
        time.sleep(2)
    pytest.fail(f"no {what} within 90 s; localgov serve said:\n{_tail(log)}")


@pytest.mark.slow
def test_a_scheduled_deployment_loads_a_document_dropped_into_the_watched_folder(
    prefect_server_with_scheduler: str, tmp_path: Path
) -> None:
    """Served on a 5 s interval: the first scheduled run loads the document already in the folder; one dropped in
    after it is loaded by a later scheduled run, which skips the first document as unchanged; Ctrl-C stops serving
    (exit 130)."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    watched, db, log = tmp_path / "inbox", tmp_path / "served.duckdb", tmp_path / "serve.log"
    watched.mkdir()
    first, dropped = sorted(RAW.glob("*.txt"))[:2]
    shutil.copy(first, watched / first.name)
    env = {
        **os.environ,
        "PREFECT_API_URL": prefect_server_with_scheduler,
        "PREFECT_HOME": str(tmp_path / "home"),
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",  # the runner looks for due runs every 2 s instead of 10
    }
    with log.open("wb") as out:
        serve = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "serve", str(watched), "--db", str(db), "--interval", "5",
             "--name", "every-5-s"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        # the warehouse opens read-only only while no run holds it, so a run seen here has finished with it
        [(first_flow_run_id,)] = _wait_for(
            "scheduled run loading the first document", lambda: _read_warehouse(db, LOADED_BY, [first.stem]), serve, log
        )
        shutil.copy(dropped, watched / dropped.name)
        [(dropped_flow_run_id,)] = _wait_for(
            "scheduled run loading the dropped document",
            lambda: _read_warehouse(db, LOADED_BY, [dropped.stem]),
            serve,
            log,
        )
    finally:
        _stop(serve, signal.SIGINT)
    assert serve.returncode == 130, f"Ctrl-C did not stop localgov serve within 30 s:\n{_tail(log)}"
    assert dropped_flow_run_id != first_flow_run_id
    counts = "select n_seen, n_loaded, n_unchanged from meta.runs where flow_run_id = ?"
    assert _read_warehouse(db, counts, [dropped_flow_run_id]) == [(2, 1, 1)]  # the first one skipped by its hash
    with temporary_settings({PREFECT_API_URL: prefect_server_with_scheduler}), get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("localgov-pipeline/every-5-s")
        for flow_run_id in (first_flow_run_id, dropped_flow_run_id):
            flow_run = client.read_flow_run(UUID(str(flow_run_id)))
            # made by the server's scheduler for this deployment, not triggered by hand
            assert flow_run.auto_scheduled and flow_run.deployment_id == deployment.id
            assert flow_run.state is not None and flow_run.state.is_completed()

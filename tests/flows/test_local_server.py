"""The local background Prefect server: started once per Prefect home, even by two commands at once; outlives the
command that started it; holds no warehouse; reused by the next run; stopped by `localgov server stop`."""

from __future__ import annotations

import concurrent.futures
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import prefect
import psutil
import pytest

from flows import local_server
from tests.conftest import RAW, ROOT

LOCALGOV = [sys.executable, "-m", "flows.cli"]


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    """A Prefect home of the test's own; its background server is stopped afterwards, whatever the test did."""
    path = tmp_path / "prefect-home"
    try:
        yield path
    finally:
        local_server.stop(path)


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return {**env, "PREFECT_HOME": str(home)}


def _localgov(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*LOCALGOV, *args], cwd=ROOT, env=_env(home), capture_output=True, text=True, timeout=300)


def test_no_server_is_none_and_stop_says_so(home: Path) -> None:
    assert local_server.status(home) is None
    assert local_server.stop(home) is None
    done = _localgov(home, "server", "status")
    assert done.returncode == 1 and "no local Prefect server" in done.stdout


def test_a_stale_state_file_is_no_server(home: Path) -> None:
    home.mkdir()
    (home / local_server.STATE_FILE).write_text('{"url": "http://127.0.0.1:9/api", "pid": 1, "started_at": 0}')
    assert local_server.status(home) is None  # pid 1 is not a Prefect server


@pytest.mark.slow
def test_two_commands_at_once_start_one_server_that_outlives_them(home: Path) -> None:
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda _: _localgov(home, "server", "start"), range(2)))
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    assert results[0].stdout == results[1].stdout  # the same address and pid
    info = local_server.status(home)
    assert info is not None and info.answers and info.url in results[0].stdout
    assert psutil.Process(info.pid).status() != psutil.STATUS_ZOMBIE
    assert local_server.ensure_server(home) == info.url
    stopped = _localgov(home, "server", "stop")
    assert stopped.returncode == 0 and str(info.pid) in stopped.stdout
    assert not psutil.pid_exists(info.pid) and local_server.status(home) is None


def test_a_server_of_another_prefect_version_is_replaced(home: Path) -> None:
    local_server.ensure_server(home)
    state_path = home / local_server.STATE_FILE
    state = json.loads(state_path.read_text(encoding="utf-8"))
    assert state["prefect"] == prefect.__version__
    state_path.write_text(json.dumps({**state, "prefect": "0.0.1"}), encoding="utf-8")  # an older checkout's server
    second = local_server.ensure_server(home)
    info = local_server.status(home)
    assert info is not None and info.answers and info.url == second
    assert info.pid != state["pid"] and not psutil.pid_exists(state["pid"])
    assert info.prefect_version == prefect.__version__


@pytest.mark.slow
def test_a_run_starts_the_server_reuses_it_and_leaves_the_warehouse_free(home: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    first = _localgov(home, "run", str(RAW), "--db", str(db))
    assert first.returncode == 0, first.stderr
    info = local_server.status(home)
    assert info is not None and info.answers
    held = {Path(f.path).name for f in psutil.Process(info.pid).open_files()}
    assert not any(name.startswith("w.duckdb") for name in held)
    duckdb.connect(str(db)).close()  # no other process holds the warehouse
    again = _localgov(home, "run", str(RAW), "--db", str(db))
    assert again.returncode == 0, again.stderr
    after = local_server.status(home)
    assert after is not None and after.pid == info.pid  # the same server, not a second one

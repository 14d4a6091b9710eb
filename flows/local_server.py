"""The local Prefect API server that `localgov` starts once, in the background, and every later command reuses.

Without `PREFECT_API_URL`, Prefect would start a temporary API server for each command (7-15 s on a small machine).
Instead the first command starts the same server Prefect starts for itself (its API app in ephemeral mode: the run
records and their logs, no UI and no scheduler) as a process of its own session, on a free loopback port, and writes
its address and pid to `localgov-server.json` in the Prefect home; later commands read that file and find it
answering. The server outlives the command (it is not in the terminal's process group and holds none of the
command's files: no warehouse, no lock, no pipe), and stops with `localgov server stop`. Two commands that start at
once take turns on `localgov-server.lock`: the first starts the server, the second finds it running. A server
started by another Prefect version (an older checkout sharing the Prefect home) is replaced, not reused.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil

from flows.prefect_api import api_answers, free_port, wait_for_api

STATE_FILE = "localgov-server.json"
LOCK_FILE = "localgov-server.lock"
LOG_FILE = "localgov-server.log"
START_TIMEOUT_SECONDS = 120.0
STOP_TIMEOUT_SECONDS = 10.0
# The variables Prefect's own temporary server runs with (prefect.server.api.server.SubprocessASGIServer).
EPHEMERAL_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


class ServerError(RuntimeError):
    """The background server could not be started (the message says why, with the log's path)."""


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """Where the background server listens, its process, since when, and whether it answers now."""

    url: str
    pid: int
    started_at: float
    answers: bool
    prefect_version: str | None  # of the command that started it; None in a state file written before it was kept


def prefect_home() -> Path:
    """The Prefect home of this command (`PREFECT_HOME`, else Prefect's default)."""
    from prefect.settings import PREFECT_HOME

    return Path(PREFECT_HOME.value()).expanduser()


@contextlib.contextmanager
def _locked(home: Path) -> Iterator[None]:
    home.mkdir(parents=True, exist_ok=True)
    with (home / LOCK_FILE).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _read_state(home: Path) -> dict[str, object] | None:
    try:
        state = json.loads((home / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and {"url", "pid", "started_at"} <= state.keys() else None


def _is_our_server(pid: int) -> bool:
    """Whether `pid` is still the server this home started (not a process that reused its id)."""
    try:
        command = " ".join(psutil.Process(pid).cmdline())
    except psutil.Error:
        return False
    return "uvicorn" in command and "prefect.server.api.server:create_app" in command


def status(home: Path | None = None) -> ServerInfo | None:
    """The background server of this Prefect home, or None when none runs."""
    home = home or prefect_home()
    state = _read_state(home)
    if state is None or not _is_our_server(int(str(state["pid"]))):
        return None
    url = str(state["url"])
    version = state.get("prefect")
    return ServerInfo(
        url,
        int(str(state["pid"])),
        float(str(state["started_at"])),
        api_answers(url, timeout=2.0),
        str(version) if version is not None else None,
    )


def _prefect_version() -> str:
    import prefect

    return str(prefect.__version__)


def ensure_server(home: Path | None = None) -> str:
    """The API address of this Prefect home's background server, started first if none answers."""
    home = home or prefect_home()
    with _locked(home):
        running = status(home)
        if running is not None and running.answers and running.prefect_version == _prefect_version():
            return running.url
        if running is not None:  # alive but deaf, or another Prefect version's: replaced
            _terminate(running.pid)
        return _start(home)


def _start(home: Path) -> str:
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    command = [
        sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on",
    ]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(EPHEMERAL_ENV, PREFECT_HOME=str(home))
    log_path = home / LOG_FILE
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C in the terminal, or the end of the command's session, leaves it running
            close_fds=True,
            cwd=home,
        )
    if not wait_for_api(url, START_TIMEOUT_SECONDS, alive=lambda: process.poll() is None):
        _terminate(process.pid)
        raise ServerError(f"the local Prefect server did not start in {START_TIMEOUT_SECONDS:.0f} s; see {log_path}")
    state = {"url": url, "pid": process.pid, "started_at": time.time(), "prefect": _prefect_version()}
    tmp = home / f"{STATE_FILE}.tmp"
    tmp.write_text(json.dumps(state), encoding="utf-8")
    tmp.replace(home / STATE_FILE)
    return url


def _terminate(pid: int) -> None:
    with contextlib.suppress(psutil.Error):
        process = psutil.Process(pid)
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(STOP_TIMEOUT_SECONDS)
        except psutil.TimeoutExpired:
            process.kill()
            process.wait(STOP_TIMEOUT_SECONDS)


def stop(home: Path | None = None) -> ServerInfo | None:
    """Stop this Prefect home's background server; returns what it was, None when none ran."""
    home = home or prefect_home()
    with _locked(home):
        running = status(home)
        if running is not None:
            _terminate(running.pid)
        (home / STATE_FILE).unlink(missing_ok=True)
    return running

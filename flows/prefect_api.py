"""Which Prefect API a command's flow runs report to.

With `PREFECT_API_URL` set (a long-lived `prefect server start`, or Prefect Cloud), that one. Otherwise one local
server is started for the whole command, in the background while the pipeline's modules load (in a process that
dies with this one), and its address is put in the settings, so that worker processes of a process-pool task runner
report to the same server instead of each starting a server of its own (which costs 15-30 s per worker).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ClassVar

from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, temporary_settings

from flows.lifeline import watched_command


def _watched_server() -> Any:
    """Prefect's temporary API server, in a child process that dies with this one (`flows.lifeline`)."""
    import prefect
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import get_current_settings

    class WatchedServer(SubprocessASGIServer):
        _instances: ClassVar[dict[int | None, Any]] = {}  # not shared with Prefect's servers of the same port

        def _run_uvicorn_command(self) -> subprocess.Popen[Any]:
            # As Prefect's own (prefect 3.8), but started through flows.lifeline.
            uvicorn_args = ["--app-dir", str(prefect.__module_path__.parent), "--factory"]
            uvicorn_args += ["prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port)]
            uvicorn_args += ["--log-level", "error", "--lifespan", "on"]
            server_env = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
            env = {**os.environ, **server_env, **get_current_settings().to_environment_variables(exclude_unset=True)}
            return subprocess.Popen(watched_command("uvicorn", *uvicorn_args), env=env)

    return WatchedServer()


class LocalApi:
    """A local Prefect API server started in a background thread; `wait()` returns its address."""

    def __init__(self) -> None:
        self._server = _watched_server()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._start, name="prefect-api-start", daemon=True)
        self._thread.start()

    def _start(self) -> None:
        # The server process inherits this thread's blocked SIGINT: Ctrl-C in the terminal stops the run, whose end
        # the server must still hear; the server itself is stopped with SIGTERM (`stop`).
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            self._server.start(timeout=PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
        except BaseException as exc:  # re-raised in the caller's thread by wait()
            self._error = exc

    def wait(self) -> str:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._server.api_url

    def stop(self) -> None:
        self._thread.join()
        self._server.stop()


def start_api() -> LocalApi | None:
    """Start a local API server unless one is configured; call early, so it starts while other work goes on."""
    return None if PREFECT_API_URL.value() else LocalApi()


@contextmanager
def api_settings(local: LocalApi | None) -> Iterator[None]:
    """Run the block against the configured API or the local server; stop the local server afterwards."""
    if local is None:
        yield
        return
    try:
        with temporary_settings(updates={PREFECT_API_URL: local.wait()}):
            yield
    finally:
        _flush_to_api()
        local.stop()


def _flush_to_api(timeout: float = 5.0) -> None:
    """Send what Prefect still queues for the API (the run's last logs and events) while the server is up."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=timeout)


def api_answers(url: str, timeout: float = 5.0) -> bool:
    """Whether the Prefect API at `url` (".../api") answers its health check now (a stale PREFECT_API_URL does not)."""
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=timeout) as response:
            return bool(response.status == 200)
    except (OSError, ValueError):
        return False


def wait_for_api(url: str, timeout: float, alive: Callable[[], bool] = lambda: True) -> bool:
    """Whether the Prefect API at `url` (".../api") answered its health check within `timeout` seconds; gives up
    early once `alive()` (e.g. "the server process still runs") is false."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and alive():
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.5)
    return False


def free_port() -> int:
    """A TCP port on loopback that is free now, for a `prefect server start` of one's own."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])

"""Which Prefect API a command's flow runs report to.

With `PREFECT_API_URL` set (a long-lived `prefect server start`, or Prefect Cloud), that one. Otherwise the local
background server of `flows.local_server`, started by the first command that needs it and reused by every later
one; it is looked up (or started) in a background thread while the pipeline's modules load, and its address is put
in the settings, so that worker processes of a process-pool task runner report to the same server.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from prefect.settings import (
    PREFECT_API_URL,
    PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
    get_current_settings,
    temporary_settings,
)


class LocalApi:
    """The local background API server, found or started in a background thread; `wait()` returns its address."""

    def __init__(self) -> None:
        self._url: str | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._start, name="prefect-api-start", daemon=True)
        self._thread.start()

    def _start(self) -> None:
        from flows.local_server import ensure_server

        try:
            self._url = ensure_server()
        except BaseException as exc:  # re-raised in the caller's thread by wait()
            self._error = exc

    def wait(self) -> str:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._url is not None
        return self._url


def start_api() -> LocalApi | None:
    """Start a local API server unless one is configured; call early, so it starts while other work goes on."""
    return None if PREFECT_API_URL.value() else LocalApi()


@contextmanager
def api_settings(local: LocalApi | None) -> Iterator[None]:
    """Run the block against the configured API or the local background server (which stays up afterwards); what
    Prefect still queues for the API is sent before the block ends. The local server's address is also put in the
    environment and Prefect's global settings for the block: Prefect's threads and worker processes that carry no
    settings context would otherwise find no API and start a temporary server of their own, which outlives the run
    (and holds its output pipe)."""
    if local is None:
        try:
            yield
        finally:
            _flush_to_api()
        return
    from prefect.context import refresh_global_settings_context

    url = local.wait()
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = url
    refresh_global_settings_context()  # Prefect's own threads, which carry no settings context, read the global one
    try:
        with temporary_settings(updates={PREFECT_API_URL: url}):
            try:
                yield
            finally:
                _flush_to_api()
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
        refresh_global_settings_context()


@contextmanager
def no_heartbeats() -> Iterator[None]:
    """No flow-run heartbeats in the block, unless the user's settings ask for them (`PREFECT_FLOWS_HEARTBEAT_FREQUENCY`
    in the environment or profile). Heartbeats feed Prefect's automations that find crashed runs of deployments; a
    run of the command records its own end in the warehouse. Prefect's heartbeat thread sleeps in whole seconds and
    the flow waits for it to wake before it ends, which cost every run up to a second (half a second on average)."""
    if "heartbeat_frequency" in get_current_settings().flows.model_fields_set:
        yield
        return
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


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


def keep_one_client(api_url: str | None = None) -> None:
    """In a worker process: one Prefect API client for all the task runs it will run, of the API at `api_url` (by
    default the configured one). Without a client context, Prefect builds two clients a task run (each loading the
    certificate bundle into a new TLS context, about 20 ms of CPU, and opening new connections). Nothing is done
    where no API address is known: a client made here would start a temporary server of its own."""
    url = api_url or PREFECT_API_URL.value()
    if not url:
        return
    from prefect.context import SyncClientContext
    from prefect.settings import temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: url}):
        SyncClientContext().__enter__()  # left open for the life of the process, as the flow's process keeps its own


def free_port() -> int:
    """A TCP port on loopback that is free now, for a `prefect server start` of one's own."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])

"""Killing a run's process outright (kill -9, as the out-of-memory killer does) leaves nothing behind: its worker
processes end within seconds, as children would not by themselves; and no Prefect server is started behind the
command's back. (The background Prefect server a run may start is meant to outlive it: `flows.local_server`.)"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import psutil
import pytest

from flows import local_server
from flows.interrupts import start_worker
from flows.run_command import task_runner
from tests.conftest import ROOT

# A stand-in for `localgov run`'s process: a server started as flows.prefect_api starts Prefect's (through
# flows.lifeline), two spawned pool workers watching it, and two forked by the warm server (flows.worker_server) that
# watch it as flows.interrupts.start_worker does; then it waits to be killed.
PARENT = """
import concurrent.futures, multiprocessing, os, subprocess, time
from flows.lifeline import watch_ancestor, watch_parent, watched_command
from flows.worker_server import worker_context

server = subprocess.Popen(watched_command("http.server", "--bind", "127.0.0.1", "0"), stdout=subprocess.DEVNULL)
pool = concurrent.futures.ProcessPoolExecutor(
    2, mp_context=multiprocessing.get_context("spawn"), initializer=watch_parent, initargs=(os.getpid(),)
)
forked = concurrent.futures.ProcessPoolExecutor(
    2, mp_context=worker_context(), initializer=watch_ancestor, initargs=(os.getpid(),)
)
list(pool.map(time.sleep, [0.5, 0.5]))
list(forked.map(time.sleep, [0.5, 0.5]))
print("ready", flush=True)
time.sleep(600)
"""


def test_workers_and_a_watched_server_die_with_their_parent() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    children: list[psutil.Process] = []
    try:
        assert parent.stdout is not None and parent.stdout.readline().strip() == "ready"
        children = psutil.Process(parent.pid).children(recursive=True)
        commands = [" ".join(c.cmdline()) for c in children]
        assert any("http.server" in c for c in commands) and sum("multiprocessing" in c for c in commands) >= 3
        assert len(children) >= 6  # the server, its watcher, two spawned workers, the fork server and its workers
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        _, alive = psutil.wait_procs(children, timeout=10)
        assert not alive, [" ".join(c.cmdline()) for c in alive]
    finally:  # only what this test started: the session's Prefect server is a child of this process too
        for process in (psutil.Process(parent.pid), *children) if parent.poll() is None else children:
            with contextlib.suppress(psutil.Error):
                process.kill()


class _Started(Exception):
    pass


def test_the_pool_workers_are_started_watched_and_the_background_server_is_not(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    started: list[tuple[list[str], dict[str, Any]]] = []

    def popen(args: list[str], **kwargs: Any) -> object:
        started.append((args, kwargs))
        raise _Started

    with monkeypatch.context() as patched, pytest.raises(_Started):
        patched.setattr(local_server.subprocess, "Popen", popen)
        local_server.ensure_server(tmp_path)
    ((args, kwargs),) = started
    # the background server is meant to outlive the command: a session of its own, not watching its parent
    assert "flows.lifeline" not in args and kwargs["start_new_session"] is True
    assert "prefect.server.api.server:create_app" in args
    runner, _ = task_runner([Path("raw")], workers=2, dask_address=None, dask_workers=0)
    assert runner._initializer is start_worker and runner._initargs == (os.getpid(),)


def test_the_pool_forwards_its_workers_messages_to_the_commands_api(monkeypatch: pytest.MonkeyPatch) -> None:
    # Prefect's forwarding thread, started without the flow's context, would find no API address and start an
    # unwatched server of its own; it must see the one the command runs against.
    from prefect.settings import PREFECT_API_URL, temporary_settings
    from prefect.task_runners import ProcessPoolTaskRunner

    from flows.interrupts import StoppableProcessPoolTaskRunner

    seen: list[str | None] = []
    monkeypatch.setattr(ProcessPoolTaskRunner, "_forward_subprocess_messages", lambda self: seen.append(
        PREFECT_API_URL.value()))  # fmt: skip
    api = temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:9/api"})
    with api, StoppableProcessPoolTaskRunner(max_workers=1) as runner:
        assert runner._message_forwarding_thread is not None
        runner._message_forwarding_thread.join(timeout=10)
    assert seen == ["http://127.0.0.1:9/api"]

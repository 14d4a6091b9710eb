"""A run's pool workers are forks of a server that loaded what they need once (`flows.worker_server`): they start
with the stages imported, Prefect's collections and underthesea's model loaded, what was loaded frozen, and the
pool's initializer run; a worker still ends when the process it works for is gone."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from flows import worker_server
from flows.lifeline import watch_ancestor
from flows.run_command import process_pool_workers
from flows.worker_server import PROCESS_POOL_MIN_BYTES


def _worker_state() -> dict[str, Any]:
    from underthesea.pipeline import word_tokenize

    return {
        "pid": os.getpid(),
        "parent": os.getppid(),
        "stages": all(
            name in sys.modules
            for name in ("flows.tasks", "transforms.cleaning.frames", "transforms.extraction.document")
        ),
        "collections": "prefect_dask" in sys.modules,
        "model": word_tokenize.word_tokenize_model is not None,
        "frozen": gc.get_freeze_count(),
        "sigint": signal.getsignal(signal.SIGINT),
    }


def test_the_runs_pool_forks_warm_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect.task_runners import ProcessPoolTaskRunner

    from flows.interrupts import StoppableProcessPoolTaskRunner

    monkeypatch.setattr(ProcessPoolTaskRunner, "_forward_subprocess_messages", lambda self: None)
    with StoppableProcessPoolTaskRunner(max_workers=1) as runner:
        pool = runner._executor
        assert pool is not None and pool._mp_context.get_start_method() == "forkserver"
        state = pool.submit(_worker_state).result(timeout=120)
    assert state["parent"] != os.getpid()  # a fork of the server, not a child of this process
    assert state["stages"] and state["collections"] and state["model"]
    assert state["frozen"] > 100_000
    assert state["sigint"] == signal.SIG_IGN  # the runner's initializer ran in the fork


def _client_url() -> str | None:
    from prefect.context import SyncClientContext

    context = SyncClientContext.get()
    return str(context.client.api_url) if context is not None else None


def test_a_forked_worker_keeps_one_client_of_the_flows_api(
    prefect_server: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server forked before the flow knew its API address; the worker is told it, and its task runs then share
    one client (Prefect would otherwise build one, with a new TLS context, per task run)."""
    from prefect.settings import PREFECT_API_URL
    from prefect.task_runners import ProcessPoolTaskRunner

    from flows.interrupts import StoppableProcessPoolTaskRunner

    monkeypatch.setattr(ProcessPoolTaskRunner, "_forward_subprocess_messages", lambda self: None)
    with StoppableProcessPoolTaskRunner(max_workers=1) as runner:
        assert runner._executor is not None
        url = runner._executor.submit(_client_url).result(timeout=120)
    assert url is not None and url.rstrip("/") == str(PREFECT_API_URL.value()).rstrip("/")


def test_a_worker_whose_flow_process_is_gone_ends_at_once() -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    context = worker_server.worker_context()
    pool = ProcessPoolExecutor(1, mp_context=context, initializer=watch_ancestor, initargs=(gone.pid,))
    with pool, pytest.raises(BrokenProcessPool):
        pool.submit(os.getpid).result(timeout=120)


def test_a_worker_watches_the_server_that_forked_it() -> None:
    context = worker_server.worker_context()
    with ProcessPoolExecutor(1, mp_context=context, initializer=watch_ancestor, initargs=(os.getpid(),)) as pool:
        assert pool.submit(os.getppid).result(timeout=120) != os.getpid()


def test_a_pool_is_used_for_large_inputs_or_when_asked(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text("HĐND tỉnh họp", encoding="utf-8")
    large = tmp_path / "large.jsonl"
    large.write_bytes(b" " * PROCESS_POOL_MIN_BYTES)
    assert process_pool_workers([small], 0) == 1
    assert process_pool_workers([large], 0) == (os.cpu_count() or 1)
    assert process_pool_workers([small], 3) == 3
    assert process_pool_workers([large], 0, dask_workers=2) == 0


@pytest.mark.parametrize("workers", [0, 3])
def test_a_pool_is_told_before_the_command_loads_only_where_the_sizes_decide_it(tmp_path: Path, workers: int) -> None:
    small = tmp_path / "small.txt"
    small.write_text("HĐND tỉnh họp", encoding="utf-8")
    large = tmp_path / "large.jsonl"
    large.write_bytes(b" " * PROCESS_POOL_MIN_BYTES)
    for paths in ([small], [large], [small, large]):
        pooled = process_pool_workers(paths, workers) > 1
        assert worker_server.surely_pooled(paths, workers, dask=False) is pooled
        assert worker_server.surely_pooled(paths, workers, dask=True) is False
    # a folder, or a path that is missing, is left to the walk (and to the command's check of missing paths)
    assert worker_server.surely_pooled([tmp_path], workers, dask=False) is False
    assert worker_server.surely_pooled([large, tmp_path / "gone.jsonl"], workers, dask=False) is False

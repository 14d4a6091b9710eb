"""Which task runner runs the CPU-bound stages: threads for small inputs, worker processes (that die with the run's
process) for large ones, Dask when asked; and the batch size that suits each."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flows.lifeline import watch_parent

PROCESS_POOL_MIN_BYTES = 4 * 1024 * 1024  # below this, worker processes cost more to start than they save


def input_bytes(paths: list[Path]) -> int:
    """The size of the files under `paths` (as far as they can be listed)."""
    total = 0
    for path in paths:
        try:
            if path.is_file():
                total += path.stat().st_size
            elif path.is_dir():
                total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        except OSError:
            continue
    return total


def task_runner(paths: list[Path], workers: int, dask_address: str | None, dask_workers: int) -> tuple[Any, int]:
    """Threads for small inputs; a process pool (both cores) for large ones; Dask when asked. Returns the runner
    and its batch size: a task in another process costs far more to start than one in a thread."""
    if dask_address or dask_workers:
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address), 2000
        return DaskTaskRunner(
            cluster_kwargs={
                "n_workers": dask_workers,
                "threads_per_worker": 1,
                "processes": True,
                "host": "127.0.0.1",
                "dashboard_address": "127.0.0.1:0",
            }
        ), 2000
    if workers == 0:
        workers = (os.cpu_count() or 1) if input_bytes(paths) >= PROCESS_POOL_MIN_BYTES else 1
    if workers <= 1:
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=2), 500
    from prefect.task_runners import ProcessPoolTaskRunner

    # Each worker ends itself when this process dies, however it dies.
    return ProcessPoolTaskRunner(max_workers=workers, initializer=watch_parent, initargs=(os.getpid(),)), 1000

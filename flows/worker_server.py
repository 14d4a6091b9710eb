"""Worker processes forked from a warm server instead of started from scratch.

Prefect's process pool starts each worker with `spawn`: a fresh interpreter that imports Prefect, Polars, the stages
and underthesea (about 2.3 s of CPU), then loads Prefect's collections and the segmentation model at its first task
(1 s more), in every worker of every run. Here the pool's workers start with multiprocessing's `forkserver` method
instead: one server process does all that once (`flows.warm_worker`, its preload), and each worker is a fork of it,
ready at once. `localgov run` starts the server as soon as it knows it will use a process pool (`start`), so that it
loads on the second core while the command's own process loads and starts Prefect on the first; otherwise the first
worker starts it.

The server is multiprocessing's: its workers end when the process that started it does (each watches that process,
`flows.lifeline.watch_ancestor`), and the server, which lives as long as any of its forks, then ends too. Polars
starts its thread pool on first use, so the preload uses no Polars operation: a fork copies only the thread that
forks, and a pool whose threads were not copied would never answer.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import signal
import stat
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# "__main__" too, as by default: a command run as a script (`localgov`) is then imported once, not by each worker
PRELOAD = ["__main__", "flows.warm_worker"]
PROCESS_POOL_MIN_BYTES = 4 * 1024 * 1024  # below this, worker processes cost more to start than they save


def worker_context() -> multiprocessing.context.BaseContext:
    """Multiprocessing's forkserver context, its server to preload what the workers need."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)  # type: ignore[attr-defined]
    return context


def start() -> None:
    """Start the server in the background unless it runs already (it loads while the caller goes on), deaf to
    Ctrl-C as the workers are: the command's own process handles it (`flows.interrupts`)."""
    worker_context()  # the preload is multiprocessing's setting, read when the server starts
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def pool_size(input_bytes: int, workers: int) -> int:
    """Worker processes for a run over `input_bytes` of input (`--workers`; 0: one per core for an input of at least
    `PROCESS_POOL_MIN_BYTES`, else none); 0 or 1 means no pool."""
    if workers:
        return workers
    return (os.cpu_count() or 1) if input_bytes >= PROCESS_POOL_MIN_BYTES else 1


def surely_pooled(paths: list[Path], workers: int, dask: bool) -> bool:
    """Whether a run over `paths` will use a process pool, told before the command's own modules load (so that `start`
    can come first): only when every path is a regular file, whose sizes decide it (`pool_size`); a folder is left to
    `run_command.process_pool_workers`, which walks it."""
    if dask:
        return False
    total = 0
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            return False
        if not stat.S_ISREG(info.st_mode):
            return False
        total += info.st_size
    return pool_size(total, workers) > 1


def forked_pool(pool: ProcessPoolExecutor) -> ProcessPoolExecutor:
    """A pool like `pool` (one that has started no worker yet, which is shut down), its workers forked from the
    server: same size, same initializer."""
    forked = ProcessPoolExecutor(
        max_workers=pool._max_workers,  # type: ignore[attr-defined]
        mp_context=worker_context(),
        initializer=pool._initializer,  # type: ignore[attr-defined]
        initargs=pool._initargs,  # type: ignore[attr-defined]
    )
    pool.shutdown(wait=False)
    return forked

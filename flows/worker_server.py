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
import signal
from concurrent.futures import ProcessPoolExecutor

# "__main__" too, as by default: a command run as a script (`localgov`) is then imported once, not by each worker
PRELOAD = ["__main__", "flows.warm_worker"]


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

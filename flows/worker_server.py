"""Worker processes forked from a warm server instead of started from scratch.

Prefect's process pool starts each worker with `spawn`: a fresh interpreter that imports Prefect, Polars, the stages
and underthesea (about 2.5 s of CPU) and loads the segmentation model and Prefect's collections at its first task
(1 s more), every worker and every run. With multiprocessing's `forkserver` start method, one server process does
that once (`flows.warm_worker`), and each worker is a fork of it. The server is started as soon as the command knows
it will use a process pool (`start`), so it loads while Prefect starts, on a core that is otherwise idle then.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import signal
from concurrent.futures import ProcessPoolExecutor

PRELOAD = ["flows.warm_worker"]


def _context() -> multiprocessing.context.BaseContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)  # type: ignore[attr-defined]
    return context


def start() -> None:
    """Start the server in the background, if it is not running (it loads while the caller goes on)."""
    _context()
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # Ctrl-C is the flow's to handle
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def forked_workers(executor: ProcessPoolExecutor | None) -> ProcessPoolExecutor | None:
    """A pool like `executor` (not started yet), its workers forked from the server."""
    if executor is None:
        return None
    forked = ProcessPoolExecutor(
        max_workers=executor._max_workers,  # type: ignore[attr-defined]
        mp_context=_context(),
        initializer=executor._initializer,  # type: ignore[attr-defined]
        initargs=executor._initargs,  # type: ignore[attr-defined]
    )
    executor.shutdown(wait=False)
    return forked

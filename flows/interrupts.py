"""Ctrl-C during a run: the flow's process stops the run; worker processes and the local Prefect API never see it.

A terminal sends Ctrl-C (SIGINT) to every process of the foreground group: the flow's process, the worker processes
of a process-pool task runner and a temporary Prefect API server. Workers that got it would die mid-import or
mid-task with tracebacks, and an API server that got it would leave the flow unable to report its own end (pages of
connection errors). So those children start with SIGINT blocked (a blocked signal stays blocked across fork and
exec) and then ignore it; the flow's process alone gets KeyboardInterrupt, records the run as interrupted and
terminates its workers (`StoppableProcessPoolTaskRunner`) instead of waiting for their tasks to finish.
"""

from __future__ import annotations

import atexit
import contextvars
import logging
import multiprocessing.util
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from prefect.settings import PREFECT_API_URL
from prefect.task_runners import ProcessPoolTaskRunner

from flows import worker_server
from flows.lifeline import watch_ancestor
from flows.prefect_api import keep_one_client
from flows.quick_exit import exit_now
from flows.spool import Spool


@contextmanager
def sigint_blocked() -> Iterator[None]:
    """Block SIGINT in the calling thread for the block: processes and threads started in it inherit the mask."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def ignore_interrupts() -> None:
    """In a worker process: ignore SIGINT (the parent stops the run), then accept signals again (a SIGINT that came
    while blocked is dropped, being ignored); end promptly but cleanly on SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _end_worker)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def start_worker(flow_pid: int, api_url: str | None = None) -> None:
    """A worker process's initializer: Ctrl-C is the flow's process's to handle, the worker dies with that process,
    however it dies (`flows.lifeline`), its task runs share one Prefect client (of the API at `api_url`, the flow's:
    a worker forked from the server started before the flow knew it), and it ends without the interpreter's
    teardown."""
    ignore_interrupts()
    watch_ancestor(flow_pid)
    keep_one_client(api_url)
    # A worker leaves when the pool shuts down, after multiprocessing has flushed its queues: the interpreter's
    # teardown would then only free its heap (about a second of CPU while the flow waits for it to end).
    atexit.register(exit_now, 0)


def _end_worker(signum: int, frame: FrameType | None) -> None:
    """A worker told to stop mid-task: run multiprocessing's finalizers (which unregister the pool's semaphores from
    its resource tracker, else reported as leaked) and exit without finishing the task."""
    multiprocessing.util._run_finalizers(0)
    os._exit(128 + signum)


_INTERRUPT_NOTICE = "Crash detected! Execution was aborted by an interrupt signal"


class _NoInterruptNotice(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(_INTERRUPT_NOTICE)


def quiet_interrupt_notice() -> None:
    """Keep Prefect's "Crash detected!" line for a Ctrl-C off the terminal (the command says what happened in its
    own words); it still goes to the Prefect API, and every other crash is still printed."""
    for handler in logging.getLogger("prefect").handlers + logging.getLogger().handlers:
        if not any(isinstance(f, _NoInterruptNotice) for f in handler.filters):
            handler.addFilter(_NoInterruptNotice())


class StoppableProcessPoolTaskRunner(ProcessPoolTaskRunner):
    """Prefect's process-pool task runner, with workers forked from a warm server (`flows.worker_server`) that ignore
    Ctrl-C and are terminated, not waited for, when the flow ends by an exception (an interrupt, a failure), and that
    end themselves when the flow's process dies."""

    def __init__(self, max_workers: int | None = None, **kwargs: Any) -> None:
        if "initializer" not in kwargs:
            kwargs["initializer"], kwargs["initargs"] = start_worker, (os.getpid(),)
        super().__init__(max_workers=max_workers, **kwargs)
        self.spool: Spool | None = None  # the folder of frames handed to the workers, while the runner is entered

    def __enter__(self) -> StoppableProcessPoolTaskRunner:
        # Prefect's thread that forwards the workers' logs and events starts here without the flow's context, so it
        # would not see the command's API address and would start an API server of its own (unwatched, 15-30 s of
        # CPU): it runs in a copy of the context instead.
        self._flow_context = contextvars.copy_context()
        if getattr(self, "_initializer", None) is start_worker:
            self._initargs = (os.getpid(), PREFECT_API_URL.value() or None)
        with sigint_blocked():  # multiprocessing's resource tracker process starts here
            super().__enter__()
            if self._executor is not None:  # Prefect's pool, which would spawn its workers afresh
                self._executor = worker_server.forked_pool(self._executor)
        self.spool = Spool()
        return self

    def _forward_subprocess_messages(self) -> None:
        self._flow_context.run(super()._forward_subprocess_messages)

    def submit(self, *args: Any, **kwargs: Any) -> Any:
        # The pool starts its worker processes from the threads this call starts, on the first submissions.
        with sigint_blocked():
            return super().submit(*args, **kwargs)

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        if exc_type is not None:
            self.terminate_workers()
        try:
            super().__exit__(exc_type, exc_value, traceback)
        finally:
            if self.spool is not None:
                self.spool.remove()
                self.spool = None

    def terminate_workers(self) -> None:
        """Stop every worker process now; their running tasks are lost (the run records what it committed)."""
        executor = self._executor
        processes = dict(getattr(executor, "_processes", None) or {}) if executor is not None else {}
        for process in processes.values():
            if process.is_alive():
                process.terminate()
        for process in processes.values():
            process.join(timeout=5)
            if process.is_alive():  # inside a long native call: it cannot run its handler in time
                process.kill()
                process.join(timeout=5)

"""What `localgov run` does around the flow: input checks, the task runner, the progress bar, Ctrl-C, the summary.

The summary's time is the command's own wall time (from the process's start: imports and Prefect's start-up too),
with Prefect's start-up (until the flow's first step) on a line of its own. The progress bar's total is counted
cheaply (`flows.counting`) in a thread while Prefect starts. The first Ctrl-C stops the run: worker processes are
terminated, the run is recorded as `interrupted` and the warehouse released; a second one exits at once.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Any

import duckdb
import psutil
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from flows.counting import count_documents, input_bytes
from flows.ctrl_c import EXIT_INTERRUPTED, ctrl_c_pressed, forget_ctrl_c, note_ctrl_c
from flows.quick_exit import exit_now
from flows.terminal import console, fail, failures_told_once, warehouse_error
from flows.worker_server import pool_size


def missing_paths(paths: list[Path]) -> list[Path]:
    """The given paths that do not exist (a dangling symlink among them)."""
    return [p for p in paths if not p.exists()]


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
    workers = process_pool_workers(paths, workers)
    if workers <= 1:
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=2), 500
    from flows.interrupts import StoppableProcessPoolTaskRunner

    return StoppableProcessPoolTaskRunner(max_workers=workers), 2000


def process_pool_workers(
    paths: list[Path], workers: int, dask_address: str | None = None, dask_workers: int = 0
) -> int:
    """How many worker processes the run's pool has (0 or 1: no pool)."""
    if dask_address or dask_workers:
        return 0
    return pool_size(input_bytes(paths) if workers == 0 else 0, workers)


def command_seconds() -> float:
    """Seconds since this process started (the command's wall time so far): on Linux from the kernel's start time
    in clock ticks since boot (psutil's start time is read against a boot time rounded to the second)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])  # field 22, counted after the name
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.time() - psutil.Process().create_time()


class RunProgress:
    """The progress bar: documents done of a total counted in the background, with the time left."""

    def __init__(self, console: Console, paths: list[Path]) -> None:
        columns = (
            SpinnerColumn(),
            TextColumn("documents"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
        )
        self._progress = Progress(*columns, console=console, transient=True, disable=not console.is_terminal)
        self._bar = self._progress.add_task("run", total=None)
        self.started_at: float | None = None  # command seconds when the flow began its work
        self.done = 0
        if console.is_terminal:
            threading.Thread(target=self._count, args=(paths,), name="count-inputs", daemon=True).start()

    def _count(self, paths: list[Path]) -> None:
        self._progress.update(self._bar, total=count_documents(paths))

    def advance(self, n: int) -> None:
        """The pipeline's progress hook: n documents finished (0: the flow has started)."""
        if self.started_at is None:
            self.started_at = command_seconds()
        self.done += n
        self._progress.advance(self._bar, n)

    def __enter__(self) -> RunProgress:
        self._progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(None, None, None)


class InterruptHandler:
    """Ctrl-C during a run: the first raises KeyboardInterrupt in the flow (which stops cleanly), a second one
    terminates the worker processes and exits at once."""

    def __init__(self) -> None:
        self._previous: Any = None

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if not ctrl_c_pressed():
            note_ctrl_c()
            raise KeyboardInterrupt
        for child in psutil.Process().children(recursive=True):
            with contextlib.suppress(psutil.Error):
                child.terminate()
        console.show_cursor(True)  # the progress bar hid it, and will not live to show it again
        console.print("[yellow]stopped at once[/yellow]; the next `localgov run` marks this run failed and goes on")
        exit_now(EXIT_INTERRUPTED)  # multiprocessing's finalizers unlink the pool's semaphores

    def __enter__(self) -> InterruptHandler:
        forget_ctrl_c()
        self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.signal(signal.SIGINT, self._previous)
        forget_ctrl_c()


def summary_line(run_id: str, status: str, prefect_seconds: float | None) -> str:
    """The first line of the summary: the whole run id, the command's wall time and Prefect's start-up."""
    line = f"run {run_id} {status} in {command_seconds():.1f} s"
    if prefect_seconds is not None:
        line += f" (Prefect start-up {prefect_seconds:.1f} s)"
    return line


def summary_table(counts: dict[str, int]) -> Table:
    table = Table()
    table.add_column("documents")
    table.add_column("count", justify="right")
    for key in ("seen", "unchanged", "loaded", "irrelevant", "duplicate", "quarantined", "kept", "missing"):
        table.add_row(key, f"{counts.get(key, 0):,}")
    for key in ("sessions", "roles", "indicators"):
        table.add_row(f"new {key}", f"{counts.get(key, 0):,}", style="dim")
    return table


def run_command(
    paths: list[Path],
    db: Path,
    batch_size: int | None,
    workers: int,
    dask_address: str | None,
    dask_workers: int,
    reprocess: bool,
    follow_symlinks: bool = False,
) -> None:
    """`localgov run`: check the inputs and the warehouse in a second, then run the flow with a progress bar."""
    from flows import worker_server
    from warehouse.db import WarehouseError, check_writable
    from warehouse.runlock import run_lock

    if missing := missing_paths(paths):
        raise fail(f"no such file or directory: {missing[0]}")
    workers = process_pool_workers(paths, workers, dask_address, dask_workers)  # the inputs' size read once
    if workers > 1:
        worker_server.start()  # it loads what the workers need while this process loads and starts Prefect
    from prefect.settings import PREFECT_API_URL
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows.prefect_api import api_answers, api_settings, no_heartbeats, start_api
    from flows.stage_process import leave_stages_to_workers

    url = PREFECT_API_URL.value()
    if url and not api_answers(url):
        raise fail(
            f"the Prefect API at {url} (PREFECT_API_URL) does not answer: start it with `prefect server start`, "
            "or unset PREFECT_API_URL and localgov uses its own background server"
        )
    try:
        with run_lock(db):  # held until the command ends: a second run is refused at once
            check_writable(db, wait=30.0)
            local_api = start_api()  # starts while the pipeline's modules load
            runner, default_batch_size = task_runner(paths, workers, dask_address, dask_workers)
            if not isinstance(runner, ThreadPoolTaskRunner):
                leave_stages_to_workers()
            from flows.interrupts import quiet_interrupt_notice
            from flows.pipeline import on_progress, pipeline

            quiet_interrupt_notice()

            interrupted = False
            with InterruptHandler():
                with RunProgress(console, paths) as progress:
                    on_progress(progress.advance)
                    try:
                        with api_settings(local_api), no_heartbeats(), failures_told_once():
                            result = pipeline.with_options(task_runner=runner)(
                                paths=[str(p) for p in paths],
                                db_path=str(db),
                                batch_size=batch_size or default_batch_size,
                                reprocess=reprocess,
                                follow_symlinks=follow_symlinks,
                            )
                    except KeyboardInterrupt:
                        interrupted = True
                    finally:
                        on_progress(None)
                if interrupted:  # the progress bar is gone: the terminal is as it was
                    _report_interrupt(db, progress)
                    exit_now(EXIT_INTERRUPTED)
    except WarehouseError as exc:
        raise warehouse_error(exc, db) from None
    except (duckdb.Error, OSError) as exc:  # a full disk, a file gone read-only: the run is recorded as failed
        raise warehouse_error(exc, db, code=1) from None
    out = Console()
    out.print(summary_line(result["run_id"], "done", progress.started_at), soft_wrap=True, highlight=False)
    out.print(summary_table(result["counts"]))


def _report_interrupt(db: Path, progress: RunProgress) -> None:
    """One line on what an interrupted run kept."""
    from warehouse.db import connect
    from warehouse.queries import last_runs

    line = f"interrupted after {progress.done:,} documents"
    try:
        con = connect(db, read_only=True, wait=10.0)
        try:
            runs = last_runs(con, 1)
        finally:
            con.close()
        if runs:
            line = f"run {runs[0]['run_id']} {runs[0]['status']} after {progress.done:,} documents"
    except Exception:  # the line still says what happened
        pass
    console.print(
        f"[yellow]{line}[/yellow]; the warehouse keeps every batch it committed, and the next `localgov run` "
        "goes on from there",
        soft_wrap=True,
        highlight=False,
    )

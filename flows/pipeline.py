"""The pipeline flow: ingest -> clean -> extract -> normalize -> deduplicate -> load, batch by batch.

Batches are pipelined: while the task runner's workers clean, extract and normalise batch n+1 (one task a batch), the
flow reads batch n+2, marks the duplicates of batch n (dropping the facts of the copies it finds: extraction is per
document, so the others' rows are as if the copies had never been extracted) and loads finished batches together.
The warehouse has one writer (this process, holding `warehouse.runlock` for the whole run), and every batch loads in
one transaction; the flow opens the DuckDB file only while it reads or commits and releases it before it waits for
the workers, so readers get in between. The caller chooses the task runner (threads, processes or Dask).

A run stopped by Ctrl-C (even mid-statement: `flows.ctrl_c`) is recorded as `interrupted`, one that fails as
`failed`; either way the batches it committed stay, and the next run skips them as unchanged and goes on from there.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from importlib.metadata import version as package_version
from typing import Any

import polars as pl
from prefect import flow, get_run_logger
from prefect.context import get_run_context
from prefect.futures import PrefectFuture
from prefect.utilities.annotations import quote

from flows.ctrl_c import ctrl_c_pressed
from flows.load_groups import LOAD_TOGETHER, LoadGroup
from flows.memory import collections_paused, release_batch_garbage
from flows.raw_document import RawDocument
from flows.report import RunSummary, publish_run_report
from flows.run_state import RunState
from flows.sources import BATCH_BYTES, iter_batches, warehouse_files
from flows.spool import Spool, Spooled, taken
from flows.tasks import (
    STAGES_HERE,
    Extracted,
    Marked,
    Timed,
    clean,
    clean_and_extract,
    deduplicate,
    extract,
    ingest,
    load,
    only_loaded,
)
from transforms.ingest import Changes
from transforms.schemas import CLEANED, Facts
from warehouse.db import DEFAULT_DB
from warehouse.documents import mark_vanished
from warehouse.load import finish_run, start_run
from warehouse.runlock import run_lock
from warehouse.writer import RunConnection

PIPELINE_VERSION = package_version("localgov-vn")
# DuckDB during a run: a bounded buffer pool and one thread, since its work per batch is small and the cores belong to
# the cleaning and extraction workers. A load holds at most `flows.load_groups.LOAD_BYTES` of frames (or one batch, at
# most `flows.sources.BATCH_BYTES` of input), whose commit and checkpoint fit in this pool. What a load needs besides
# grows with the warehouse: the crawl's second load already failed in 48 MB (in the dimensions' refresh).
DUCKDB_MEMORY_LIMIT = "96MB"
DUCKDB_THREADS = 1
CLEAN_HERE_MAX = 50  # documents of a batch that the flow cleans itself rather than send to a worker
# A batch of at least this many fresh documents is cleaned and extracted in one task at a worker (a task there costs
# about 0.1 s of CPU around its work), its duplicates marked after: a batch of a crawl, where most pages are
# irrelevant and copies are rare. A smaller one (a folder of articles, the new documents of a re-run, often copies of
# stored ones), or one with more than `COPIES_MARKED_FIRST` of contents met before, is marked before its extraction,
# so that its copies are not extracted: a few copies cost less to extract for nothing than a second task and the wait
# for the flow's marking (a third of the crawl's batches of 2,000 hold one or two).
EXTRACT_WITH_CLEANING_MIN = 500
COPIES_MARKED_FIRST = 0.01
# Batches submitted and not yet finished: while the flow marks and loads the oldest, the two workers each have one
# (with two, one worker waited for the flow after every batch); few enough to bound the flow's memory.
IN_FLIGHT = 3
# How often the flow, waiting for a worker, looks whether a reader knocked (`warehouse.knock`).
KNOCK_POLL_SECONDS = 0.2

ProgressHook = Callable[[int], None]
_progress_hooks: list[ProgressHook] = []


def on_progress(hook: ProgressHook | None) -> None:
    """Let a caller (the CLI's progress bar) hear how many documents each finished batch held (0 when the run
    starts reading)."""
    _progress_hooks.clear()
    if hook is not None:
        _progress_hooks.append(hook)


def _flow_run_id() -> str | None:
    try:
        return str(get_run_context().flow_run.id)  # type: ignore[union-attr]
    except Exception:
        return None


@flow(name="localgov-pipeline", log_prints=True)
def pipeline(
    paths: Sequence[str] = ("raw",),
    db_path: str = str(DEFAULT_DB),
    batch_size: int = 500,
    reprocess: bool = False,
    duckdb_memory_limit: str = DUCKDB_MEMORY_LIMIT,
    batch_bytes: int = BATCH_BYTES,
    follow_symlinks: bool = False,
    load_together: int = LOAD_TOGETHER,
) -> dict[str, Any]:
    """Run every document under `paths` into the warehouse at `db_path`; documents the warehouse already holds in
    the same pipeline version are skipped unless `reprocess`. A batch holds at most `batch_size` documents and
    `batch_bytes` bytes. Symbolic links inside the input folders are followed only to the inputs unless
    `follow_symlinks`. Finished batches load together until they hold `load_together` documents or facts (0: each
    batch in a transaction of its own). Documents under `paths` that the warehouse holds but the run did not meet
    are marked missing (their content stays)."""
    started = time.perf_counter()
    summary = RunSummary(run_id=uuid.uuid4().hex, db_path=str(db_path))
    with run_lock(db_path):
        warehouse = RunConnection(db_path, memory_limit=duckdb_memory_limit, threads=DUCKDB_THREADS)
        try:
            with collections_paused():  # the first use prepares the warehouse (a fresh one: its dimensions seeded)
                state = RunState.start(warehouse.con, paths, PIPELINE_VERSION)
            summary.stale_runs_failed = start_run(
                warehouse.con, summary.run_id, PIPELINE_VERSION, list(paths), _flow_run_id(), state.roots
            )
            exclude = warehouse_files(warehouse.path)
            batches = iter_batches(paths, batch_size, batch_bytes, follow_symlinks, exclude)
            _run_batches(warehouse, summary, state, batches, reprocess, LoadGroup(load_together))
            missing, _ = mark_vanished(warehouse.con, summary.run_id, state.roots, list(state.seen))
            summary.counts["missing"] += missing
        except BaseException as exc:
            warehouse.release()  # a half-done statement's connection is not reused
            summary.wall_seconds = time.perf_counter() - started
            stopped = isinstance(exc, KeyboardInterrupt) or ctrl_c_pressed()
            finish_run(
                warehouse.con,
                summary.run_id,
                status="interrupted" if stopped else "failed",
                counts=summary.counts,
                stage_seconds=dict(summary.stage_seconds),
                error="interrupted (Ctrl-C)" if stopped else f"{type(exc).__name__}: {exc}",
            )
            warehouse.release()
            if stopped and not isinstance(exc, KeyboardInterrupt):
                raise KeyboardInterrupt from exc
            raise
        summary.wall_seconds = time.perf_counter() - started
        finish_run(
            warehouse.con,
            summary.run_id,
            status="succeeded",
            counts=summary.counts,
            stage_seconds=dict(summary.stage_seconds),
        )
        publish_run_report(warehouse.con, summary.run_id)
        warehouse.release()
    return summary.as_dict()


def _run_batches(
    warehouse: RunConnection,
    summary: RunSummary,
    state: RunState,
    batches: Iterator[list[RawDocument]],
    reprocess: bool,
    waiting: LoadGroup,
) -> None:
    logger = get_run_logger()
    for hook in _progress_hooks:
        hook(0)
    spool: Spool | None = getattr(get_run_context().task_runner, "spool", None)  # type: ignore[union-attr]
    # Batches at the workers: cleaned and extracted (`clean-extract`), or only cleaned (`clean`, to be marked before
    # its extraction); None: a few documents, done here in their turn.
    working: deque[tuple[Changes, PrefectFuture[Any] | None, bool]] = deque()

    def timed(stage: str, result: Timed[Any]) -> Any:
        summary.stage_seconds[stage] += result.seconds
        return result.value

    # Arguments of the tasks that run here are wrapped in `quote`: Prefect would otherwise walk every element of each
    # batch and of the run's maps looking for futures, which costs more than the work itself on a crawl. Submitted
    # tasks get bare frames (a frame is not walked, and a Dask runner would turn a `quote` into a plain tuple).
    def result(future: PrefectFuture[Any]) -> Any:
        """A worker's result; a reader that knocks while the flow waits for it gets the warehouse. The first wait
        also builds the near-duplicate index that marking the batch will need (importing its library takes half a
        second), at a time when this process has nothing else to do."""
        wrapped = getattr(future, "wrapped_future", None)
        if wrapped is None or not wrapped.done():
            state.index()
        if wrapped is None:
            warehouse.release()
        else:
            while not wrapped.done():
                warehouse.yield_to_readers()
                with contextlib.suppress(TimeoutError):
                    wrapped.exception(timeout=KNOCK_POLL_SECONDS)  # returns once done, raising or not
        return future.result()

    def start(changes: Changes) -> None:
        """Many documents go to the workers now (through the runner's spool, if any); a few (the copies an unchanged
        re-run reads again) wait to be cleaned here, by when they may have kept their verdicts without cleaning."""
        copies, fresh = state.copies_in(changes.fresh), changes.fresh.height
        if fresh <= CLEAN_HERE_MAX:
            working.append((changes, None, False))
            return
        with_extraction = fresh >= EXTRACT_WITH_CLEANING_MIN and copies <= fresh * COPIES_MARKED_FIRST
        docs: pl.DataFrame | Spooled = changes.fresh
        if spool is not None:  # the batch's bytes now wait in the file, not here
            docs, changes.fresh = spool.put(changes.fresh), changes.fresh.clear()
        working.append((changes, (clean_and_extract if with_extraction else clean).submit(docs), with_extraction))

    def extracted(done: Extracted | None, marked: Marked) -> Facts:
        """The facts of a batch's extraction, less those of the documents its marking found to be copies."""
        if done is None:
            return Facts.empty()
        timed("extract", done[0])
        return only_loaded(timed("normalize", done[1]), marked.cleaned)

    def marked_here(changes: Changes, cleaned_in: Timed[pl.DataFrame | Spooled]) -> Marked:
        cleaned = taken(timed("clean", cleaned_in))
        changes.fresh = changes.fresh.clear()  # its bytes are not needed past cleaning
        return timed("deduplicate", deduplicate(cleaned, changes, state))

    def marked_then_extracted(changes: Changes, cleaned_in: Timed[pl.DataFrame | Spooled]) -> tuple[Marked, Facts]:
        """A cleaned batch marked here, then its articles extracted by the task runner."""
        marked = marked_here(changes, cleaned_in)
        articles = marked.cleaned.filter(pl.col("status") == "loaded")
        return marked, extracted(result(extract.submit(articles)) if articles.height else None, marked)

    def done_here(changes: Changes) -> tuple[Marked, Facts] | None:
        """A batch of a few documents: cleaned and marked here, its articles extracted by the task runner (None:
        nothing to write)."""
        if kept := state.keep_copies_as_judged(changes):
            summary.counts["unchanged"] += kept
            for hook in _progress_hooks:
                hook(kept)
        if not changes.fresh.height:  # unchanged originals only (an unchanged re-run): marked here, without a task
            marked = timed("deduplicate", deduplicate(CLEANED.to_frame(), changes, state))
            if not (marked.demoted.height or changes.kept.height or changes.touched.height):
                return None
            return marked, Facts.empty()
        if not STAGES_HERE:  # this process leaves every stage to the workers
            return marked_then_extracted(changes, result(clean.submit(changes.fresh)))
        return marked_then_extracted(changes, clean(quote(changes.fresh), in_worker=False))

    def finish_batch() -> None:
        changes, future, with_extraction = working.popleft()
        if future is None:
            if (here := done_here(changes)) is None:
                return
            marked, facts = here
        elif with_extraction:  # cleaned and extracted at a worker
            cleaned_in, done = result(future)
            marked = marked_here(changes, cleaned_in)
            facts = extracted(done, marked)
        else:
            marked, facts = marked_then_extracted(changes, result(future))
        if waiting.overflows(marked, facts):
            load_waiting()
        if waiting.add(marked, changes, facts):
            load_waiting()
        for hook in _progress_hooks:
            hook(marked.cleaned.height)
        if marked.cleaned.height > CLEAN_HERE_MAX:  # a batch of a few documents leaves little to collect
            release_batch_garbage()

    def load_waiting() -> None:
        if (group := waiting.take()) is not None:
            loaded = load(warehouse.con, *group, run_id=summary.run_id, version=PIPELINE_VERSION)
            summary.counts.update(timed("load", loaded))

    for batch in batches:
        summary.counts["seen"] += len(batch)
        changes = timed("ingest", ingest(batch, warehouse.con, state, PIPELINE_VERSION, reprocess))
        summary.counts["unchanged"] += changes.unchanged
        for hook in _progress_hooks:
            hook(len(batch) - changes.fresh.height)
        quiet = not (changes.fresh.height or changes.stubs.height or changes.kept.height or changes.touched.height)
        if quiet:  # nothing to mark or write: no task for it
            warehouse.yield_to_readers()
            continue
        start(changes)
        if len(working) >= IN_FLIGHT:
            finish_batch()
        warehouse.yield_to_readers()
    while working:
        if _pending(working[0][1]):  # the input is all read: what waits loads while the workers finish, not after
            load_waiting()
        finish_batch()
    load_waiting()
    logger.info("run %s: %s", summary.run_id, dict(summary.counts))


def _pending(future: PrefectFuture[Any] | None) -> bool:
    """Whether a worker is still at this batch (a future of a process pool's that is not done)."""
    wrapped = getattr(future, "wrapped_future", None)
    return wrapped is not None and not wrapped.done()

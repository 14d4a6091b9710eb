"""The pipeline's stages, each over a batch of documents: Prefect tasks for the work a run is watched by, plain
steps for the bookkeeping between them.

Each is thin: it calls the pure transforms (`transforms.*`) or the warehouse functions (`warehouse.*`) and times
itself. clean and extract (with normalisation to warehouse rows) are CPU-bound and picklable, so a process-pool or
Dask task runner can run them elsewhere: a batch of many documents goes there as one `clean-extract` task, a batch of
a few is cleaned by `clean` in the flow's process and its articles extracted by `extract`. ingest, deduplicate and
load (the run's commit) are plain steps of the flow's process: they read and update the run's state and its one
DuckDB connection, so they can be neither retried, cached nor sent elsewhere, and as tasks they cost the API server a
task run each per batch (on the crawl, ingest and deduplicate were 72 of the run's 126 task runs and about 2 s of the
server's CPU; the loads, ten more task runs, 0.3 s of it and 0.2-0.5 s of the flow's). Their times are in the run's
summary and `meta.runs` with the others'.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import duckdb
import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.gazetteer_cache import cached_places
from flows.memory import collections_paused, release_batch_garbage
from flows.raw_document import RawDocument
from flows.run_state import RunState, held_ids
from flows.spool import Spooled, taken
from flows.stage_process import stages_run_here
from transforms.dedup import mark_duplicates as mark_duplicate_documents
from transforms.dedup import mark_exact_copies
from transforms.extraction.places import Places
from transforms.ingest import Changes, assign_ids, ingest_heads, split_changes, with_bodies
from transforms.normalize import document_rows, drop_unchanged_outcomes, normalize_frames
from transforms.schemas import FACT_FRAMES, INGESTED, Facts
from warehouse.documents import stored_rows
from warehouse.load import load_batch
from warehouse.reference_cache import admin_units, unit_bridge
from warehouse.sites import load_site_domains

# underthesea is imported with this module, before any flow runs, though only the clean and extract tasks use it: its
# first import reconfigures logging, shutting every handler down (Prefect's API log handler among them), which on a
# task runner's thread, mid-run, can deadlock against Prefect's own threads. A flow process that leaves every stage
# to its workers does without it (`flows.stage_process`). The cleaners and extractors themselves load when first used.
STAGES_HERE = stages_run_here()
if STAGES_HERE:
    import underthesea  # noqa: F401

T = TypeVar("T")


@dataclass(slots=True)
class Timed(Generic[T]):
    """A task's result with the seconds it took, so that stage timings survive a trip through a process pool."""

    value: T
    seconds: float


Extracted = tuple[Timed[None], Timed[Facts]]  # an extraction's time (no value: the rows come normalised) and its rows


def _timed(fn: Callable[[], T]) -> Timed[T]:
    started = time.perf_counter()
    value = fn()
    return Timed(value, time.perf_counter() - started)


@functools.cache
def gazetteer() -> Places:
    """The administrative-unit gazetteers of both eras, the bridge between them and the site table, once per process
    (and frozen out of later collections with the next batch's garbage, `flows.memory`): read from the machine's
    cache, else built from the reference frames and kept there (`flows.gazetteer_cache`)."""
    with collections_paused():
        return cached_places(_built_gazetteer)


def _built_gazetteer() -> Places:
    units = admin_units()
    return Places.from_frames(units, unit_bridge(), load_site_domains(units))


def ingest(
    batch: list[RawDocument], con: duckdb.DuckDBPyConnection, state: RunState, version: str, reprocess: bool
) -> Timed[Changes]:
    """Documents as a frame, each under an id of its own, split by what the warehouse holds of them."""

    def run() -> Changes:
        records = [{name: getattr(d, name) for name in INGESTED} for d in batch]
        docs = ingest_heads(records)  # the bodies are added to the fresh documents alone
        read = stored_rows(con, docs["source_id"].to_list(), state.stored)
        docs = assign_ids(docs, state.seen, held_ids(state, docs, read))
        # ids are seldom changed by assign_ids: only the rows of the ids it gave are looked up again
        given = docs.filter(~pl.col("source_id").is_in(read["source_id"].implode()))["source_id"].to_list()
        stored = read.filter(pl.col("source_id").is_in(docs["source_id"].implode())).unique("source_id", keep="first")
        if given:
            stored = pl.concat([stored, stored_rows(con, given, state.stored)])
        changes = split_changes(docs, stored, version=version, reprocess=reprocess, first_position=state.position)
        changes.fresh = with_bodies(changes.fresh, records)
        state.position += docs.height
        return changes

    return _timed(run)


@task(name="clean", cache_policy=NO_CACHE)
def clean(docs: pl.DataFrame | Spooled, in_worker: bool = True) -> Timed[pl.DataFrame | Spooled]:
    """Decode, strip chrome, read metadata, judge relevance (`in_worker`: first collect what the worker's previous
    task left; the flow's own process collects after each batch it finishes). A spooled batch is answered by a
    spooled frame (`flows.spool`)."""
    if in_worker:
        release_batch_garbage()
    return _answer(_cleaned(taken(docs)), docs)


def _cleaned(docs: pl.DataFrame) -> Timed[pl.DataFrame]:
    from transforms.cleaning import clean_frame  # here: a flow's process whose workers clean never loads it

    return _timed(lambda: clean_frame(docs))


def _answer(cleaned: Timed[pl.DataFrame], docs: pl.DataFrame | Spooled) -> Timed[pl.DataFrame | Spooled]:
    """A cleaned batch as the flow gets it back: spooled beside the batch when that came spooled."""
    if isinstance(docs, Spooled):
        return Timed(docs.put(cleaned.value, "cleaned"), cleaned.seconds)
    return Timed(cleaned.value, cleaned.seconds)


@dataclass(slots=True)
class Marked:
    """A batch after duplicate marking: its cleaned documents, the signatures of its new originals, and the
    unchanged originals that the run found to be copies of an earlier document (source_id, duplicate_of,
    status_reason)."""

    cleaned: pl.DataFrame
    signatures: dict[str, bytes]
    demoted: pl.DataFrame


def _note_originals(stubs: pl.DataFrame, state: RunState) -> None:
    """Note a batch's unchanged originals in reading order (keys, and signatures or texts of relevant ones)."""
    rows = stubs.sort("position").select("source_id", "text_key", "minhash", "clean_text", "is_relevant")
    for source_id, key, signature, text, relevant in rows.iter_rows():
        state.note_original(source_id, key, signature if relevant else None, text if relevant else None)


def _noted(stubs: pl.DataFrame, state: RunState) -> bool:
    """While the run is settled: note a batch of unchanged originals in order, unless the text of one of them is
    that of an earlier original (False: the batch is then marked in full)."""
    keys = [key for key in stubs["text_key"].to_list() if key is not None]
    if len(set(keys)) < len(keys) or any(key in state.keys for key in keys):
        return False
    _note_originals(stubs, state)
    return True


def deduplicate(cleaned: pl.DataFrame, changes: Changes, state: RunState) -> Timed[Marked]:
    """Exact and near copies of an earlier document of the run (or of one outside its inputs), in reading order:
    the batch's cleaned documents and its unchanged originals alike."""

    def run() -> Marked:
        none_demoted = changes.stubs.clear().select("source_id", "duplicate_of", "status_reason")
        if state.settled and not (cleaned.height or changes.touched.height) and _noted(changes.stubs, state):
            return Marked(cleaned, {}, none_demoted)
        fresh = cleaned.join(changes.judged.select("source_id", "position"), on="source_id", how="left")
        both = pl.concat([fresh, changes.stubs], how="diagonal_relaxed").sort("position")
        is_fresh = pl.col("source_id").is_in(fresh["source_id"].implode())
        new = set(fresh["source_id"].to_list())
        # The copies an unchanged re-run judges again, while the run is settled: no near-duplicate index needed.
        if state.settled and not changes.touched.height:
            copies = mark_exact_copies(both, new, state.keys)
            if copies is not None:
                _note_originals(changes.stubs, state)
                return Marked(copies.filter(is_fresh).select(cleaned.columns), {}, none_demoted)
        was_settled, state.settled = state.settled, False
        marked, signatures = mark_duplicate_documents(both, state.keys, state.index())
        demoted = marked.filter(~is_fresh & (pl.col("status") == "duplicate"))
        # A batch whose new documents all ended as copies (or unreadable) added no original to compare later ones
        # with, and demoted none: a settled run stays settled (the copies of an unchanged re-run, judged again).
        originals = marked.filter(is_fresh & pl.col("status").is_in(("loaded", "irrelevant"))).height
        state.settled = was_settled and not (originals or demoted.height or changes.touched.height)
        return Marked(
            cleaned=marked.filter(is_fresh).select(cleaned.columns),
            signatures={k: v for k, v in signatures.items() if k in new},
            demoted=demoted.select("source_id", "duplicate_of", "status_reason"),
        )

    return _timed(run)


@task(name="extract", cache_policy=NO_CACHE)
def extract(cleaned: pl.DataFrame) -> Extracted:
    """Sessions, roles, figures, places and dates of the batch's loaded documents, as warehouse rows: extraction and
    normalisation in the same worker, so that only rows travel back and the flow's process never builds the
    gazetteer. Returns each stage's time (the first value is empty)."""
    release_batch_garbage()  # what the worker's previous task left
    return _extracted(cleaned)


@task(name="clean-extract", cache_policy=NO_CACHE)
def clean_and_extract(docs: pl.DataFrame | Spooled) -> tuple[Timed[pl.DataFrame | Spooled], Extracted | None]:
    """A batch sent to a worker: cleaned, and its relevant documents extracted and normalised, in one task, since a
    task in a worker costs about a tenth of a second around its work (Prefect's context, state reports, collection).
    Duplicate marking comes after, in the flow's process: the facts of a document marked a copy then are dropped
    (`only_loaded`), extraction being per document. The extraction is None when the batch has no relevant
    document. A spooled batch is answered by a spooled frame (`flows.spool`)."""
    release_batch_garbage()
    cleaned = _cleaned(taken(docs))
    articles = cleaned.value.filter(pl.col("status") == "loaded")
    return _answer(cleaned, docs), _extracted(articles) if articles.height else None


def _extracted(articles: pl.DataFrame) -> Extracted:
    from transforms.extraction import extract_frame  # here: a run that extracts nothing never imports the extractors

    records = _timed(lambda: extract_frame(articles, gazetteer()))
    facts = _timed(lambda: normalize_frames(records.value, gazetteer()))
    return Timed(None, records.seconds), facts


def only_loaded(facts: Facts, cleaned: pl.DataFrame) -> Facts:
    """The facts of the documents that are still `loaded` in `cleaned` (after duplicate marking)."""
    loaded = cleaned.filter(pl.col("status") == "loaded")["source_id"].implode()
    kept = (getattr(facts, name).filter(pl.col("source_id").is_in(loaded)) for name in FACT_FRAMES)
    return Facts(*kept)


def load(
    con: duckdb.DuckDBPyConnection, marked: Marked, changes: Changes, facts: Facts, *, run_id: str, version: str
) -> Timed[dict[str, Any]]:
    """One transaction for the whole batch; returns the batch's counts by status and of facts (`unchanged`: the
    documents judged again to the outcome the warehouse held, `kept`: known documents whose input failed)."""

    def run() -> dict[str, Any]:
        rows = document_rows(marked.cleaned, facts.documents, marked.signatures)
        rows, same = drop_unchanged_outcomes(rows, changes.judged)
        load_batch(
            con,
            rows,
            facts,
            run_id=run_id,
            version=version,
            demoted=marked.demoted,
            kept=changes.kept,
            touched=changes.touched,
        )
        counts = dict(rows.group_by("status").len().iter_rows())
        counts["duplicate"] = counts.get("duplicate", 0) + marked.demoted.height
        return {**counts, **facts.counts, "unchanged": same - marked.demoted.height, "kept": changes.kept.height}

    return _timed(run)

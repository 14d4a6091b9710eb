"""The pipeline's Prefect tasks, one per stage, each over a batch of documents.

Tasks are thin: they call the pure transforms (`transforms.*`) or the warehouse functions (`warehouse.*`) and time
themselves. clean and extract (with normalisation to warehouse rows) are CPU-bound and picklable, so a process-pool
or Dask task runner can run them elsewhere; ingest, deduplicate and load touch the single DuckDB connection and run
in the flow's process.
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

from flows.memory import release_batch_garbage
from flows.raw_document import RawDocument
from transforms.cleaning import clean_frame
from transforms.dedup import NearDuplicateIndex
from transforms.dedup import mark_duplicates as mark_duplicate_documents
from transforms.extraction import extract_frame
from transforms.extraction.places import Places
from transforms.ingest import disambiguate_repeated_ids, drop_unchanged, ingest_frame
from transforms.normalize import document_rows, normalize_frames
from transforms.schemas import DOCUMENT_FACTS, INDICATORS, INGESTED, ROLES, SESSIONS, Facts
from warehouse.bridge import load_unit_bridge
from warehouse.gazetteer import load_admin_units
from warehouse.load import known_text_keys, known_versions, load_batch
from warehouse.sites import load_site_domains

T = TypeVar("T")


@dataclass(slots=True)
class Timed(Generic[T]):
    """A task's result with the seconds it took, so that stage timings survive a trip through a process pool."""

    value: T
    seconds: float


def _timed(fn: Callable[[], T]) -> Timed[T]:
    started = time.perf_counter()
    value = fn()
    return Timed(value, time.perf_counter() - started)


@functools.cache
def gazetteer() -> Places:
    """The administrative-unit gazetteers of both eras, the bridge between them and the site table, built once per
    process."""
    units = load_admin_units()
    return Places.from_frames(units, load_unit_bridge(), load_site_domains(units))


@dataclass(slots=True)
class Ingested:
    """A batch after ingest: the documents to process, and how many the warehouse already held unchanged."""

    fresh: pl.DataFrame
    unchanged: int


@task(name="ingest", cache_policy=NO_CACHE)
def ingest(
    batch: list[RawDocument], con: duckdb.DuckDBPyConnection, seen_ids: dict[str, str], reprocess: bool
) -> Timed[Ingested]:
    """Documents as a frame, less those the warehouse holds in the same version (unless reprocessing)."""

    def run() -> Ingested:
        docs = ingest_frame([{name: getattr(d, name) for name in INGESTED} for d in batch])
        docs = disambiguate_repeated_ids(docs, seen_ids)
        unchanged = 0
        if not reprocess:
            docs, unchanged = drop_unchanged(docs, known_versions(con, docs["source_id"].to_list()))
        return Ingested(docs, unchanged)

    return _timed(run)


@task(name="clean", cache_policy=NO_CACHE)
def clean(docs: pl.DataFrame) -> Timed[pl.DataFrame]:
    """Decode, strip chrome, read metadata, judge relevance."""
    release_batch_garbage()  # what the worker's previous task left
    return _timed(lambda: clean_frame(docs))


@task(name="deduplicate", cache_policy=NO_CACHE)
def deduplicate(
    cleaned: pl.DataFrame, con: duckdb.DuckDBPyConnection, run_keys: dict[str, str], index: NearDuplicateIndex
) -> Timed[tuple[pl.DataFrame, dict[str, bytes]]]:
    """Exact copies of documents already loaded or met earlier in the run, and near copies of relevant ones."""

    def run() -> tuple[pl.DataFrame, dict[str, bytes]]:
        keys = [k for k in cleaned["text_key"].to_list() if k]
        stored = known_text_keys(con, keys)
        for key, source_id in stored.items():
            run_keys.setdefault(key, source_id)
        return mark_duplicate_documents(cleaned, run_keys, index)

    return _timed(run)


@task(name="extract", cache_policy=NO_CACHE)
def extract(cleaned: pl.DataFrame) -> tuple[Timed[None], Timed[Facts]]:
    """Sessions, roles, figures, places and dates of the batch's loaded documents, as warehouse rows: extraction and
    normalisation in the same worker, so that only rows travel back and the flow's process never builds the
    gazetteer. Returns each stage's time (the first value is empty)."""
    release_batch_garbage()  # what the worker's previous task left
    records = _timed(lambda: extract_frame(cleaned, gazetteer()))
    facts = _timed(lambda: normalize_frames(records.value, gazetteer()))
    return Timed(None, records.seconds), facts


def no_facts() -> Facts:
    """The facts of a batch with nothing to extract."""
    return Facts(DOCUMENT_FACTS.to_frame(), SESSIONS.to_frame(), ROLES.to_frame(), INDICATORS.to_frame())


@task(name="load", cache_policy=NO_CACHE)
def load(
    con: duckdb.DuckDBPyConnection,
    cleaned: pl.DataFrame,
    signatures: dict[str, bytes],
    facts: Facts,
    *,
    run_id: str,
    version: str,
) -> Timed[dict[str, Any]]:
    """One transaction for the whole batch; returns the batch's counts by status and of facts."""

    def run() -> dict[str, Any]:
        rows = document_rows(cleaned, facts.documents, signatures)
        load_batch(con, rows, facts, run_id=run_id, version=version)
        counts = dict(rows.group_by("status").len().iter_rows())
        return {**counts, **facts.counts}

    return _timed(run)

"""Input records as the pipeline's first frame, less what the warehouse already holds; one row per input document."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import polars as pl

from transforms.schemas import INGESTED


def ingest_frame(records: Sequence[dict[str, Any]]) -> pl.DataFrame:
    """Input records (dicts with the `INGESTED` fields) as a frame."""
    return pl.DataFrame(list(records), schema=INGESTED, orient="row") if records else INGESTED.to_frame()


def drop_unchanged(docs: pl.DataFrame, known: pl.DataFrame) -> tuple[pl.DataFrame, int]:
    """Documents whose (source_id, content_sha256) the warehouse already holds are skipped: returns the rest and how
    many were unchanged. `known` has columns source_id, content_sha256."""
    fresh = docs.join(known.select("source_id", "content_sha256"), on=["source_id", "content_sha256"], how="anti")
    return fresh, docs.height - fresh.height


def disambiguate_repeated_ids(docs: pl.DataFrame, seen: dict[str, str]) -> pl.DataFrame:
    """A source_id met again in one run, from another input: that document is quarantined under the id plus a
    hash prefix, so nothing overwrites the first. The same input given twice is read once. `seen` maps source_id
    to source_path and is updated in place."""
    ids, paths, hashes = docs["source_id"].to_list(), docs["source_path"].to_list(), docs["content_sha256"].to_list()
    errors = docs["error"].to_list()
    keep = [True] * len(ids)
    for i, (source_id, path) in enumerate(zip(ids, paths, strict=True)):
        first_path = seen.get(source_id)
        if first_path is None:
            seen[source_id] = path
            continue
        if first_path == path:
            keep[i] = False
            continue
        ids[i] = f"{source_id}~{hashes[i][:12]}"
        errors[i] = f"repeated source_id: {source_id!r} was already read from {first_path}"
    return docs.with_columns(
        pl.Series("source_id", ids, dtype=pl.String), pl.Series("error", errors, dtype=pl.String)
    ).filter(pl.Series(keep))

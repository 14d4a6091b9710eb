"""The warehouse's document rows: cleaned documents joined with their document-level facts and signatures."""

from __future__ import annotations

import polars as pl

EXTRACTION_FAILED = "extraction failed: no facts came back for this document"


def document_rows(cleaned: pl.DataFrame, facts: pl.DataFrame, signatures: dict[str, bytes]) -> pl.DataFrame:
    """Cleaned documents with their document-level facts (event date, place keys) and near-duplicate signatures:
    the rows of the warehouse's documents table."""
    minhash = pl.DataFrame(
        {"source_id": list(signatures), "minhash": list(signatures.values())},
        schema={"source_id": pl.String, "minhash": pl.Binary},
    )
    rows = cleaned.join(facts, on="source_id", how="left").join(minhash, on="source_id", how="left")
    return quarantine_unextracted(rows, set(facts["source_id"].to_list()))


def quarantine_unextracted(rows: pl.DataFrame, extracted: set[str]) -> pl.DataFrame:
    """Documents marked `loaded` that extraction gave nothing back for (it failed on them) become quarantined with
    `EXTRACTION_FAILED`, and lose their near-duplicate signature (no later document is a copy of a failed one)."""
    pairs = zip(rows["source_id"], rows["status"], strict=True)
    failed = pl.Series([status == "loaded" and sid not in extracted for sid, status in pairs], dtype=pl.Boolean)
    if not failed.any():
        return rows
    return rows.with_columns(
        pl.when(failed).then(pl.lit("quarantined")).otherwise(pl.col("status")).alias("status"),
        pl.when(failed).then(pl.lit(EXTRACTION_FAILED)).otherwise(pl.col("status_reason")).alias("status_reason"),
        pl.when(failed).then(pl.lit(None, dtype=pl.Binary)).otherwise(pl.col("minhash")).alias("minhash"),
    )


def drop_unchanged_outcomes(rows: pl.DataFrame, judged: pl.DataFrame) -> tuple[pl.DataFrame, int]:
    """The document rows with their inputs' paths and hashes (from `judged`, `transforms.ingest.Changes.judged`),
    less those judged again whose outcome is the one the warehouse holds (nothing to write); returns them and how
    many went."""
    joined = rows.join(judged, on="source_id", how="left")
    same = (
        pl.col("rejudge").fill_null(False)
        & (pl.col("status") == pl.col("stored_status"))
        & pl.col("duplicate_of").eq_missing(pl.col("stored_duplicate_of"))
        & pl.col("status_reason").eq_missing(pl.col("stored_reason"))
        & (pl.col("source_path") == pl.col("stored_source_path"))
        & pl.col("input_path").eq_missing(pl.col("stored_input_path"))
        & pl.col("input_sha256").eq_missing(pl.col("stored_input_sha256"))
        & (pl.col("stored_state") == "present")
    )
    kept = joined.filter(~same.fill_null(False))
    return kept.select(*rows.columns, "input_path", "input_sha256"), joined.height - kept.height

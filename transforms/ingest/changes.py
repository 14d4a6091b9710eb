"""What a batch changes in the warehouse: documents to process, documents held as they are, inputs that failed.

The warehouse's row of each document of the batch (`STORED`) decides what becomes of it:

- **fresh**: new, changed (another content hash), made by another pipeline version, or to be judged again (a
  duplicate, whose original may have changed; a repeated id, whose first holder may have moved): cleaned and, if
  it is an original, extracted.
- **stub**: an unchanged original (loaded or irrelevant): not cleaned again; its stored text key and signature take
  its place in duplicate marking, which may now find it a copy of an earlier document.
- **unchanged**: an unchanged quarantined document (the same bytes, or the same read error).
- **kept**: an input that could not be read, or was blank, while the warehouse holds good content for its id: the
  content stays, and the failure is recorded.
- **touched**: a stub or unchanged document read from another path, or readable again: its row says so.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import polars as pl

from transforms.ingest.frames import REPEATED, is_blank

STORED = pl.Schema(
    {
        "source_id": pl.String,
        "stored_sha256": pl.String,
        "stored_version": pl.String,
        "stored_status": pl.String,
        "stored_reason": pl.String,
        "stored_duplicate_of": pl.String,
        "stored_source_path": pl.String,
        "stored_input_path": pl.String,
        "stored_input_sha256": pl.String,
        "stored_state": pl.String,
        "text_key": pl.String,
        "minhash": pl.Binary,
        "is_relevant": pl.Boolean,
        "clean_text": pl.String,
    }
)
GOOD = ("loaded", "irrelevant", "duplicate")  # statuses of a document read successfully: content worth keeping
JUDGED = (
    "source_id",
    "position",
    "input_path",
    "input_sha256",
    "rejudge",
    "copy_as_stored",
    *(c for c in STORED.names() if c.startswith("stored_")),
    "stored_text_key",
)


def input_sha256(raw: bytes | None, text: str | None, is_html: bool | None, url: str | None, title: str | None,
                 content_sha256: str) -> str:  # fmt: skip
    """A hash of what a document was read as: its content hash, and what else of the input cleaning reads (bytes
    or a record's text, HTML or not, a record's URL and title). Two reads that agree on it clean alike.

    >>> input_sha256(b"x", None, False, None, None, "h") == input_sha256(None, "x", False, None, None, "h")
    False
    """
    kind = "bytes" if raw is not None else "text" if text is not None else "none"
    fields = (kind, "html" if is_html else "plain", url or "", title or "", content_sha256)
    return hashlib.sha256("\x1f".join(fields).encode("utf-8", "surrogatepass")).hexdigest()


def _body_marks(docs: pl.DataFrame) -> pl.DataFrame:
    """Whether each document was given bytes, text, and whether that held nothing but white space: `BODY_MARKS`
    as `ingest_heads` gave them, or read off the bodies of an `ingest_frame` frame."""
    if "blank" in docs.columns:
        return docs.select("raw_given", "text_given", "blank")
    return docs.select(
        pl.col("raw").is_not_null().alias("raw_given"),
        pl.col("text").is_not_null().alias("text_given"),
        pl.Series("blank", [is_blank(r, t) for r, t in zip(docs["raw"], docs["text"], strict=True)], dtype=pl.Boolean),
    )


@dataclass(slots=True)
class Changes:
    """A batch split by what the warehouse holds (see the module's docstring); `judged` has one row per fresh
    document: its position in the run, its input, whether it is judged again (`copy_as_stored`: a copy read again
    as it was, from where it was), and its stored row."""

    fresh: pl.DataFrame
    judged: pl.DataFrame
    stubs: pl.DataFrame
    kept: pl.DataFrame
    touched: pl.DataFrame
    unchanged: int


def split_changes(
    docs: pl.DataFrame, stored: pl.DataFrame, *, version: str, reprocess: bool, first_position: int
) -> Changes:
    """Split a batch (`INGESTED`, or `ingest_heads` without the bodies; ids assigned) by its documents' stored rows
    (`STORED`, any subset of the ids). The frames of fresh documents have the columns of `docs`."""
    marks = _body_marks(docs)
    # Only whether there are bytes or text enters the hash: the bodies themselves are not copied out of the frame.
    kinds = pl.concat([marks, docs.select("is_html", "url", "title_hint", "content_sha256")], how="horizontal").select(
        pl.when(pl.col("raw_given")).then(pl.lit(b"")).alias("raw"),
        pl.when(pl.col("text_given")).then(pl.lit("")).alias("text"),
        "is_html", "url", "title_hint", "content_sha256",
    )  # fmt: skip
    read_as = [input_sha256(*row) for row in kinds.iter_rows()]
    rows = docs.with_columns(
        pl.int_range(first_position, first_position + docs.height, dtype=pl.Int64).alias("position"),
        marks["blank"],
        pl.Series("input_sha256", read_as, dtype=pl.String),
    ).join(stored, on="source_id", how="left")
    known = pl.col("stored_status").is_not_null()
    failed = pl.col("error").is_not_null() | pl.col("blank")
    repeated = pl.col("error").str.starts_with(REPEATED).fill_null(False)
    same = (
        known
        & (pl.col("stored_sha256") == pl.col("content_sha256"))
        & (pl.col("stored_input_sha256").is_null() | (pl.col("stored_input_sha256") == pl.col("input_sha256")))
        & (pl.col("stored_version") == version)
        & pl.lit(not reprocess)
        & (pl.col("error").is_null() | (pl.col("error") == pl.col("stored_reason")).fill_null(False))
    )
    kept = failed & pl.col("stored_status").is_in(GOOD) & ~repeated
    stub = ~kept & same & ~failed & pl.col("stored_status").is_in(("loaded", "irrelevant"))
    unchanged = ~kept & same & (pl.col("stored_status") == "quarantined") & ~repeated
    rejudge = ~kept & same & ((pl.col("stored_status") == "duplicate") | repeated)
    moved = (
        (pl.col("stored_source_path") != pl.col("source_path"))
        | pl.col("stored_input_path").ne_missing(pl.col("input_path"))
        | pl.col("stored_input_sha256").is_null()  # from before it was recorded
        | (pl.col("stored_state").fill_null("present") != "present")
    )
    copy = ~kept & same & (pl.col("stored_status") == "duplicate") & ~repeated & ~moved
    rows = rows.with_columns(
        moved.alias("moved"),
        copy.fill_null(False).alias("copy_as_stored"),
        pl.col("text_key").alias("stored_text_key"),
        pl.when(kept)
        .then(pl.lit("kept"))
        .when(stub)
        .then(pl.lit("stub"))
        .when(unchanged)
        .then(pl.lit("unchanged"))
        .otherwise(pl.lit("fresh"))
        .alias("change"),
        rejudge.fill_null(False).alias("rejudge"),
    )
    fresh = rows.filter(pl.col("change") == "fresh")
    held = rows.filter(pl.col("change").is_in(("stub", "unchanged")))
    stubs = rows.filter(pl.col("change") == "stub").select(
        "source_id",
        "position",
        pl.col("stored_status").alias("status"),
        pl.col("stored_reason").alias("status_reason"),
        pl.col("stored_duplicate_of").alias("duplicate_of"),
        "is_relevant",
        "text_key",
        "minhash",
        "clean_text",
    )
    return Changes(
        fresh=fresh.select(docs.columns),
        judged=fresh.select(JUDGED),
        stubs=stubs,
        kept=rows.filter(pl.col("change") == "kept").select(
            "source_id", pl.coalesce("error", pl.lit("empty: the input was blank when read")).alias("reason")
        ),
        touched=held.filter(pl.col("moved")).select("source_id", "source_path", "input_path", "input_sha256"),
        unchanged=held.height,
    )

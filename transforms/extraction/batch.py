"""Extraction over a batch: every extractor over the batch's loaded (relevant, not duplicate) documents."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import polars as pl

from transforms.extraction.document import extract_document
from transforms.extraction.places import Places
from transforms.model import DocumentContext, Extraction
from transforms.text import split_sentences


def _context(row: dict[str, Any]) -> DocumentContext:
    text = row["clean_text"]
    published, fetched = row["published_at"], row.get("fetched_at")
    return DocumentContext(
        clean_text=text,
        sentences=tuple(split_sentences(text)),
        title=row["title"],
        published_at=published if isinstance(published, datetime) else None,
        banner=row["banner"],
        url=row.get("url"),
        fetched_at=fetched if isinstance(fetched, datetime) else None,
    )


def extract_frame(cleaned: pl.DataFrame, places: Places) -> list[tuple[str, str, Extraction]]:
    """Run every extractor over the batch's loaded (relevant, not duplicate) documents.

    Returns (source_id, clean_text, extraction) per document, in input order. A document on which an extractor
    fails is left out (and so quarantined by `transforms.normalize.document_rows`): one bad document never costs the
    batch."""
    out = []
    for row in cleaned.filter(pl.col("status") == "loaded").to_dicts():
        try:
            out.append((row["source_id"], row["clean_text"], extract_document(_context(row), places)))
        except Exception:
            continue
    return out

"""Batch-level document transforms, frame to frame: ingest (records to a frame), clean (bytes to article), and the
duplicate marking that follows it. Grain of every frame here: one row per input document (`transforms.schemas`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any
from urllib.parse import urlsplit

import polars as pl

from transforms.chrome import learn_site_chrome
from transforms.clean import clean_document
from transforms.decode import decode_bytes, decode_text
from transforms.dedup import NearDuplicateIndex, text_key
from transforms.html import html_to_text, looks_like_html
from transforms.model import CleanDocument, Decoded
from transforms.normalize_text import normalize
from transforms.relevance import assess_relevance
from transforms.schemas import CLEANED, INGESTED


def ingest_frame(records: Sequence[dict[str, Any]]) -> pl.DataFrame:
    """Input records (dicts with the `INGESTED` fields) as a frame."""
    return pl.DataFrame(list(records), schema=INGESTED, orient="row") if records else INGESTED.to_frame()


def document_rows(cleaned: pl.DataFrame, facts: pl.DataFrame, signatures: dict[str, bytes]) -> pl.DataFrame:
    """Cleaned documents with their document-level facts (event date, place keys) and near-duplicate signatures:
    the rows of the warehouse's documents table."""
    minhash = pl.DataFrame(
        {"source_id": list(signatures), "minhash": list(signatures.values())},
        schema={"source_id": pl.String, "minhash": pl.Binary},
    )
    return cleaned.join(facts, on="source_id", how="left").join(minhash, on="source_id", how="left")


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


def _host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None


def _decode(row: dict[str, Any]) -> Decoded:
    if row["error"]:
        return Decoded(None, None, row["error"])
    decoded = decode_bytes(row["raw"]) if row["raw"] is not None else decode_text(row["text"] or "")
    if decoded.text is None:
        return decoded
    if row["is_html"] or looks_like_html(decoded.text):
        article = html_to_text(decoded.text)
        if article is None:
            return Decoded(None, decoded.encoding, "no article text in the HTML page")
        return Decoded(article, decoded.encoding)
    return decoded


def _cleaned_row(row: dict[str, Any], decoded: Decoded, doc: CleanDocument | None) -> dict[str, Any]:
    base = {
        "source_id": row["source_id"],
        "source_path": row["source_path"],
        "content_sha256": row["content_sha256"],
        "url": row["url"],
        "duplicate_of": None,
        "encoding": decoded.encoding,
    }
    if doc is None or not doc.clean_text.strip():
        reason = decoded.error or "empty: no article text after cleaning"
        return {**base, "status": "quarantined", "status_reason": reason, "authors": []}
    verdict = assess_relevance(doc.title, doc.clean_text)
    fields = asdict(doc)
    fields.pop("sentences", None)
    return {
        **base,
        **fields,
        "status": "loaded" if verdict.is_relevant else "irrelevant",
        "status_reason": None if verdict.is_relevant else verdict.reason,
        "is_relevant": verdict.is_relevant,
        "relevance_reason": verdict.reason,
        "text_key": text_key(doc.clean_text),
    }


def clean_frame(docs: pl.DataFrame) -> pl.DataFrame:
    """Decode, strip site chrome, read metadata and judge relevance for a batch; grain kept (one row per document).

    Chrome is learned across the batch per site (URL host where known), so a batch should hold hundreds of pages.
    """
    rows = docs.to_dicts()
    decoded = [_decode(row) for row in rows]
    texts = [normalize(d.text) if d.text is not None else "" for d in decoded]
    hosts = [_host(row["url"]) for row in rows]
    site_chrome = learn_site_chrome(texts, hosts)
    out = []
    for row, dec, text in zip(rows, decoded, texts, strict=True):
        doc = clean_document(text, site_chrome=site_chrome, title_hint=row["title_hint"]) if dec.text else None
        out.append(_cleaned_row(row, dec, doc))
    return pl.DataFrame(out, schema=CLEANED, orient="row") if out else CLEANED.to_frame()


def mark_duplicates(
    cleaned: pl.DataFrame, earlier_keys: dict[str, str], index: NearDuplicateIndex
) -> tuple[pl.DataFrame, dict[str, bytes]]:
    """Mark exact copies (same folded text as an earlier document) and near copies (MinHash over relevant documents)
    as `duplicate`, naming the first. `earlier_keys` maps text keys of documents the warehouse already holds, or that
    came earlier in this run, to their source_id; it and `index` are updated in place. Returns the frame and the
    near-duplicate signatures of the relevant documents kept, for storage.
    """
    status = cleaned["status"].to_list()
    duplicate_of = cleaned["duplicate_of"].to_list()
    reasons = cleaned["status_reason"].to_list()
    signatures: dict[str, bytes] = {}
    for i, (source_id, key, text, relevant) in enumerate(
        zip(cleaned["source_id"], cleaned["text_key"], cleaned["clean_text"], cleaned["is_relevant"], strict=True)
    ):
        if status[i] == "quarantined" or key is None:
            continue
        first = earlier_keys.get(key)
        if first is not None and first != source_id:
            status[i], duplicate_of[i], reasons[i] = "duplicate", first, f"same text as {first}"
            continue
        earlier_keys.setdefault(key, source_id)
        if not relevant:
            continue
        signature = index.signature(text)
        near = [other for other in index.query(signature) if other != source_id]
        if near:
            status[i], duplicate_of[i], reasons[i] = "duplicate", near[0], f"near-duplicate of {near[0]}"
            continue
        index.add(source_id, signature)
        signatures[source_id] = index.to_bytes(signature)
    marked = cleaned.with_columns(
        pl.Series("status", status, dtype=pl.String),
        pl.Series("duplicate_of", duplicate_of, dtype=pl.String),
        pl.Series("status_reason", reasons, dtype=pl.String),
    )
    return marked, signatures

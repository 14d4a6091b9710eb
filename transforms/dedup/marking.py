"""Duplicate marking over a cleaned batch: exact copies by text key, near copies by MinHash; grain kept."""

from __future__ import annotations

import polars as pl

from transforms.dedup.signatures import NearDuplicateIndex

SAME_TEXT = "same text as {}"  # the reason of an exact copy, naming the first


def mark_duplicates(
    cleaned: pl.DataFrame, earlier_keys: dict[str, str], index: NearDuplicateIndex
) -> tuple[pl.DataFrame, dict[str, bytes]]:
    """Mark exact copies (same folded text as an earlier document) and near copies (MinHash over relevant documents)
    as `duplicate`, naming the first. `earlier_keys` maps text keys of documents the warehouse already holds, or that
    came earlier in this run, to their source_id; it and `index` are updated in place. Returns the frame and the
    near-duplicate signatures of the relevant documents kept, for storage.

    A row with a `minhash` (a document held unchanged, whose signature the warehouse stored) is compared by that
    signature instead of its text.
    """
    status = cleaned["status"].to_list()
    duplicate_of = cleaned["duplicate_of"].to_list()
    reasons = cleaned["status_reason"].to_list()
    signatures: dict[str, bytes] = {}
    stored = cleaned["minhash"].to_list() if "minhash" in cleaned.columns else [None] * cleaned.height
    for i, (source_id, key, text, relevant) in enumerate(
        zip(cleaned["source_id"], cleaned["text_key"], cleaned["clean_text"], cleaned["is_relevant"], strict=True)
    ):
        if status[i] == "quarantined" or key is None:
            continue
        first = earlier_keys.get(key)
        if first is not None and first != source_id:
            status[i], duplicate_of[i], reasons[i] = "duplicate", first, SAME_TEXT.format(first)
            continue
        earlier_keys.setdefault(key, source_id)
        if not relevant:
            continue
        signature = index.from_bytes(stored[i]) if stored[i] is not None else index.signature(text)
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


def mark_exact_copies(batch: pl.DataFrame, fresh_ids: set[str], earlier_keys: dict[str, str]) -> pl.DataFrame | None:
    """What `mark_duplicates` makes of a batch (rows in reading order) when its documents in `fresh_ids` that are not
    quarantined are all exact copies of earlier documents and none of the others is: the batch with those marked.
    None when that is not so (a fresh original, a near copy to look for, a copy among the others): the batch must
    then be marked in full. `earlier_keys` is not changed.

    >>> batch = pl.DataFrame({"source_id": ["a", "b", "c"], "text_key": ["k1", "k2", "k1"], "status": ["loaded"] * 3,
    ...                       "duplicate_of": [None] * 3, "status_reason": [None] * 3})
    >>> mark_exact_copies(batch, {"c"}, {})["status_reason"].to_list(), mark_exact_copies(batch, {"b"}, {})
    ([None, None, 'same text as a'], None)
    """
    seen: dict[str, str] = {}
    copies: dict[str, str] = {}
    for source_id, key, status in batch.select("source_id", "text_key", "status").iter_rows():
        if status == "quarantined" or key is None:
            continue
        first = earlier_keys.get(key, seen.get(key))
        if source_id not in fresh_ids:
            if first is not None:
                return None
            seen[key] = source_id
        elif first is None or first == source_id:
            return None
        else:
            copies[source_id] = first
    first_id = pl.col("source_id").replace_strict(copies, default=None, return_dtype=pl.String)
    copy = first_id.is_not_null()
    return batch.with_columns(
        pl.when(copy).then(pl.lit("duplicate")).otherwise(pl.col("status")).alias("status"),
        pl.coalesce(first_id, pl.col("duplicate_of")).alias("duplicate_of"),
        pl.when(copy).then(pl.format(SAME_TEXT, first_id)).otherwise(pl.col("status_reason")).alias("status_reason"),
    )

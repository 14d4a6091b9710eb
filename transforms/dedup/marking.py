"""Duplicate marking over a cleaned batch: exact copies by text key, near copies by MinHash; grain kept."""

from __future__ import annotations

import polars as pl

from transforms.dedup.signatures import NearDuplicateIndex

SAME_TEXT = "same text as {}"  # the reason of an exact copy, naming the first
NEAR_COPY = "near-duplicate of {}"  # the reason of a near copy, naming the earliest original it copies


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
    # Only relevant texts are read into Python: a crawl's batch is mostly irrelevant pages stored whole.
    texts = cleaned.select(pl.when(pl.col("is_relevant")).then(pl.col("clean_text")))["clean_text"].to_list()
    rows = cleaned.select("source_id", "text_key", "is_relevant").iter_rows()
    for i, ((source_id, key, relevant), text) in enumerate(zip(rows, texts, strict=True)):
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
            status[i], duplicate_of[i], reasons[i] = "duplicate", near[0], NEAR_COPY.format(near[0])
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


def copies_as_judged(
    judged: pl.DataFrame, stubs: pl.DataFrame, earlier_keys: dict[str, str], originals: set[str]
) -> dict[str, str | None] | None:
    """What `mark_duplicates` would make of a batch whose new documents are all copies read again as they were
    (`judged.copy_as_stored`), in a run that has met, so far, only what the run before it met: each copy keeps its
    stored verdict where the document it names comes earlier still as what the verdict needs (the first holder of
    its text, for an exact copy; an original, for a near copy). Returns, for each copy, the text key it takes as
    first holder (a near copy's) or None; None as a whole when one copy cannot keep its verdict, or when the batch's
    unchanged originals (`stubs`) share a text (the batch must then be marked in full). `earlier_keys` maps the
    keys met so far to their first holder, `originals` holds the originals met so far; neither is changed.

    >>> judged = pl.DataFrame({"source_id": ["c", "d"], "position": [2, 3], "copy_as_stored": [True, True],
    ...     "stored_duplicate_of": ["a", "b"], "stored_reason": ["same text as a", "near-duplicate of b"],
    ...     "stored_text_key": ["k1", "k3"]})
    >>> stubs = pl.DataFrame({"source_id": ["b"], "position": [1], "text_key": ["k2"]})
    >>> copies_as_judged(judged, stubs, {"k1": "a"}, {"a"})
    {'c': None, 'd': 'k3'}
    >>> copies_as_judged(judged, stubs, {"k1": "a", "k3": "x"}, {"a"}) is None  # d's text is held: an exact copy now
    True
    """
    if not judged["copy_as_stored"].all():
        return None
    stub_keys = [key for key in stubs["text_key"].to_list() if key is not None]
    if len(set(stub_keys)) < len(stub_keys) or any(key in earlier_keys for key in stub_keys):
        return None
    stub_rows = stubs.select("source_id", "position", "text_key").iter_rows()
    stub_at = {source_id: (position, key) for source_id, position, key in stub_rows}
    keys = dict(earlier_keys)
    kept: dict[str, str | None] = {}
    columns = ("source_id", "position", "stored_duplicate_of", "stored_reason", "stored_text_key")
    for source_id, position, first, reason, key in judged.sort("position").select(columns).iter_rows():
        first_stub = stub_at.get(first)
        earlier_stub = first_stub is not None and first_stub[0] < position
        if key is None or first is None or reason is None:
            return None
        if reason == SAME_TEXT.format(first):
            holder = keys.get(key) or (first if earlier_stub and first_stub[1] == key else None)  # type: ignore[index]
            if holder != first:
                return None
            kept[source_id] = None
        elif reason == NEAR_COPY.format(first) and (first in originals or earlier_stub):
            if key in keys or key in stub_keys:
                return None
            keys[key] = source_id
            kept[source_id] = key
        else:
            return None
    return kept

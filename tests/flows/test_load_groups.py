"""Finished batches wait in a `LoadGroup` until one of its bounds is reached: documents, facts, bytes or batches."""

from __future__ import annotations

import polars as pl

from flows.load_groups import LOAD_BYTES, MAX_BATCHES, LoadGroup
from flows.tasks import Marked
from transforms.ingest import Changes
from transforms.schemas import Facts


def _batch(n_docs: int, chars: int) -> tuple[Marked, Changes]:
    cleaned = pl.DataFrame({"source_id": [f"d{i}" for i in range(n_docs)], "clean_text": ["x" * chars] * n_docs})
    nothing = pl.DataFrame({"source_id": []}, schema={"source_id": pl.String})
    marked = Marked(cleaned, {}, nothing)
    return marked, Changes(nothing, nothing, nothing, nothing, nothing, 0)


def test_short_documents_fill_a_group_by_count() -> None:
    group = LoadGroup(load_together=300)
    assert not group.add(*_batch(200, 100), Facts.empty())
    assert group.add(*_batch(200, 100), Facts.empty())
    taken = group.take()
    assert taken is not None and taken[0].cleaned.height == 400
    assert group.take() is None


def test_long_documents_fill_a_group_by_bytes_before_count() -> None:
    """Documents of a third of `LOAD_BYTES` each, two a batch: the second batch fills the group, far below the
    count and the batches."""
    group = LoadGroup(load_together=5000)
    long_batch = _batch(2, LOAD_BYTES // 3)
    assert not group.add(*long_batch, Facts.empty())
    assert group.add(*long_batch, Facts.empty())
    assert group.bytes >= LOAD_BYTES and group.documents == 4
    group.take()
    assert group.bytes == 0 and group.documents == 0


def test_a_batch_that_would_overflow_a_group_loads_after_it() -> None:
    group = LoadGroup(load_together=5000)
    big = _batch(1, LOAD_BYTES * 3 // 4)
    assert not group.overflows(*big[:1], Facts.empty())  # an empty group takes any batch
    group.add(*big, Facts.empty())
    assert group.overflows(big[0], Facts.empty())
    assert not group.overflows(_batch(1, 1000)[0], Facts.empty())


def test_many_small_batches_load_at_most_max_batches_together() -> None:
    group = LoadGroup(load_together=5000)
    full = [group.add(*_batch(1, 10), Facts.empty()) for _ in range(MAX_BATCHES)]
    assert full == [False] * (MAX_BATCHES - 1) + [True]

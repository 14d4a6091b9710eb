"""What a run notes batch by batch: which batches hold likely copies (their duplicates are marked before their
extraction, so that copies are not extracted for nothing)."""

from __future__ import annotations

import polars as pl

from flows.run_state import RunState


def _fresh(*rows: tuple[str, str]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema={"source_id": pl.String, "content_sha256": pl.String}, orient="row")


def _state(stored: list[tuple[str, str]] | None = None) -> RunState:
    frame = None
    if stored is not None:
        frame = pl.DataFrame(stored, schema={"source_id": pl.String, "stored_sha256": pl.String}, orient="row")
    return RunState(roots=[], stored=frame)


def test_a_batch_of_new_contents_holds_no_copy() -> None:
    state = _state()
    assert state.copies_in(_fresh(("a", "1"), ("b", "2"))) == 0
    assert state.copies_in(_fresh(("c", "3"))) == 0


def test_content_met_earlier_in_the_run_or_in_the_same_batch_is_a_likely_copy() -> None:
    state = _state()
    assert state.copies_in(_fresh(("a", "1"))) == 0
    assert state.copies_in(_fresh(("b", "1"))) == 1
    assert state.copies_in(_fresh(("c", "2"), ("d", "2"), ("e", "1"))) == 2


def test_stored_content_counts_only_under_another_id() -> None:
    """A document read again with its own stored content (a run after a version change) is no copy; another
    document with that content is."""
    state = _state([("a", "1"), ("b", "2")])
    assert state.copies_in(_fresh(("a", "1"), ("b", "2"))) == 0
    assert state.copies_in(_fresh(("z", "1"))) == 1

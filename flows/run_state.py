"""What a run carries from batch to batch: the ids it gave, the originals it met in reading order, its input roots.

Duplicate marking follows reading order, whatever the warehouse already holds: the first document of the run's
inputs with a text is its original, as in a run over the same inputs into an empty warehouse. So the text keys and
signatures of originals are gathered as the run meets them (an unchanged original by its stored key and
signature), after those of originals whose inputs lie outside the run's roots, which come first.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from flows.raw_document import path_text, text_path
from transforms.dedup import NearDuplicateIndex, copies_as_judged
from transforms.ingest import Changes
from warehouse.documents import outside_originals, same_as_last_run, stored_snapshot


@dataclass
class RunState:
    """Ids taken in the run (id -> (location, source_path)), text keys and signatures of the originals met so far,
    the next document's position in reading order, the run's input roots (absolute, `path_text`) and the stored
    rows of the warehouse's documents as the run found them (`warehouse.documents.stored_snapshot`).

    While the run has met only documents the warehouse holds as they are (`settled`), none of them can have become
    a copy of an earlier one: their keys are noted and their signatures set aside, and the near-duplicate index
    (slow to import and fill) is built only when a batch first needs marking (`index()`), from them, in order."""

    roots: list[str]
    seen: dict[str, tuple[str, str]] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    position: int = 0
    settled: bool = True
    stored: pl.DataFrame | None = None
    as_last_run: bool = False
    originals: set[str] = field(default_factory=set)
    contents: dict[str, str] | None = None  # content hash -> the first id met (or stored) with it
    _waiting: list[tuple[str, bytes | None, str | None]] = field(default_factory=list)
    _index: NearDuplicateIndex | None = None

    @classmethod
    def start(cls, con: duckdb.DuckDBPyConnection, paths: Sequence[str], version: str) -> RunState:
        """The state at a run's start: the originals outside its roots already known."""
        roots = [path_text(p) for p in paths]
        state = cls(roots=roots, stored=stored_snapshot(con), as_last_run=same_as_last_run(con, roots, version))
        for source_id, key, signature, relevant in outside_originals(con, state.roots):
            state.note_original(source_id, key, signature if relevant else None, None)
        return state

    def copies_in(self, fresh: pl.DataFrame) -> int:
        """How many of a batch's fresh documents (in reading order) have the content of another document met
        earlier in the run or stored: most likely copies, which would be extracted for nothing if the batch were
        extracted before its duplicates are marked. Notes the batch's contents either way."""
        if self.contents is None:
            stored = self.stored if self.stored is not None else pl.DataFrame({"stored_sha256": [], "source_id": []})
            self.contents = dict(stored.select("stored_sha256", "source_id").unique("stored_sha256").iter_rows())
        found = 0
        for source_id, content in fresh.select("source_id", "content_sha256").iter_rows():
            found += self.contents.setdefault(content, source_id) != source_id
        return found

    def note_original(self, source_id: str, key: str | None, signature: bytes | None, text: str | None) -> None:
        """Note an original met in reading order: its key, and (if relevant) its signature, or its text where none
        is stored."""
        if key is not None:
            self.keys.setdefault(key, source_id)
        self.originals.add(source_id)
        if signature is not None or text is not None:
            if self._index is None:
                self._waiting.append((source_id, signature, text))
            else:
                self._index.add(source_id, self._signature(signature, text))

    def _signature(self, signature: bytes | None, text: str | None) -> Any:
        assert self._index is not None
        return self._index.from_bytes(signature) if signature is not None else self._index.signature(text or "")

    def index(self) -> NearDuplicateIndex:
        """The near-duplicate index of the originals met so far, in reading order."""
        if self._index is None:
            self._index = NearDuplicateIndex()
            for source_id, signature, text in self._waiting:
                self._index.add(source_id, self._signature(signature, text))
            self._waiting.clear()
        return self._index

    def keep_copies_as_judged(self, changes: Changes) -> int:
        """While the run has met only what the run before it met, over the same inputs in the same pipeline version
        (`as_last_run`, `settled`): take a batch's copies read again as they were out of its fresh documents, with
        their stored verdicts, where `transforms.dedup.copies_as_judged` finds that marking would give them again.
        Returns how many; they need no cleaning, and the near-duplicate index is not built for them."""
        if not (self.as_last_run and self.settled) or changes.touched.height:
            return 0
        kept = copies_as_judged(changes.judged, changes.stubs, self.keys, self.originals)
        if not kept:
            return 0
        for source_id, key in kept.items():
            if key is not None:
                self.keys.setdefault(key, source_id)
        is_kept = pl.col("source_id").is_in(list(kept))
        changes.fresh = changes.fresh.filter(~is_kept)
        changes.judged = changes.judged.filter(~is_kept)
        return len(kept)

    def under_roots(self, input_path: str) -> bool:
        return any(input_path == root or input_path.startswith(root.rstrip("/") + "/") for root in self.roots)


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        return os.path.samefile(a, b)
    return False


def held_ids(state: RunState, docs: pl.DataFrame, stored: pl.DataFrame) -> dict[str, str]:
    """Ids of the batch that the warehouse holds for another document, from an input which this run does not read
    and which is still there: id -> that input's source_path. (The holder of an id under the run's roots either
    comes later in the run, and then loses the id to this earlier document, or is gone; a document with the same
    content as the holder is the same document, read from elsewhere.)"""
    wanted = {
        source_id: (path, sha)
        for source_id, path, sha in docs.select("source_id", "input_path", "content_sha256").iter_rows()
    }
    held = {}
    columns = ("source_id", "stored_input_path", "stored_source_path", "stored_sha256")
    for source_id, holder, where, holder_sha in stored.select(columns).iter_rows():
        mine, sha = wanted.get(source_id, (None, None))
        if source_id in state.seen or holder is None or mine is None or holder == mine or sha == holder_sha:
            continue
        if state.under_roots(holder):
            continue
        if text_path(holder).exists() and not _same_file(text_path(holder), text_path(mine)):
            held[source_id] = where
    return held

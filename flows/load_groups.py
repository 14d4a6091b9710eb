"""Batches gathered into fewer, larger load transactions.

A load's cost is mostly fixed (a transaction of some twenty statements, the dimensions' refresh, and the checkpoint
when the run lets the warehouse go), and most batches of a crawl have few facts to load. So finished batches wait
here until they hold `LOAD_TOGETHER` documents or as many facts, or `LOAD_BYTES` of them, or `MAX_BATCHES` batches,
or the first of them has waited `WAIT_SECONDS` (a reader sees a run's progress within seconds, and an interrupted run
keeps it), or the run ends, and load in one transaction: over the 35,440-page crawl, about eight loads instead of
thirty-six. What a run commits is still whole batches, in order; an interrupted run loses at most the batches waiting
here, which the next run reads again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import polars as pl

from flows.tasks import Marked
from transforms.ingest import Changes
from transforms.schemas import FACT_FRAMES, Facts

LOAD_TOGETHER = 5000  # documents, or facts (sessions, roles and figures): about five batches of a process-pool run
WAIT_SECONDS = 5.0
MAX_BATCHES = 5  # small batches (`--batch-size`) are asked for to commit often: at most this many load together
# DuckDB holds what a transaction inserts in memory until it commits, then checkpoints it, all within the run's buffer
# pool (`flows.pipeline.DUCKDB_MEMORY_LIMIT`; a checkpoint that runs out of it invalidates the database): long
# articles fill a group by bytes before they do by count. Measured with the warehouse's small row groups: 48 MiB of
# pages load, and load again as changed documents, in a 64 MB pool (a run's is 96 MB). A batch that would take a group
# past this loads after it, alone or with the batches that follow.
LOAD_BYTES = 16 * 1024 * 1024


@dataclass
class LoadGroup:
    """Finished batches (their duplicate marking, changes and facts) waiting to be loaded together."""

    load_together: int = LOAD_TOGETHER  # 0: every batch alone
    parts: list[tuple[Marked, Changes, Facts]] = field(default_factory=list)
    documents: int = 0
    facts: int = 0
    bytes: int = 0
    since: float = 0.0  # when the first waiting batch came

    def overflows(self, marked: Marked, facts: Facts) -> bool:
        """Whether a finished batch would take the waiting ones past `LOAD_BYTES` (they should load first)."""
        return bool(self.parts) and self.bytes + _bytes(marked, facts) > LOAD_BYTES

    def add(self, marked: Marked, changes: Changes, facts: Facts) -> bool:
        """Add a finished batch; True when the group is full and should be loaded now."""
        if not self.parts:
            self.since = time.monotonic()
        self.parts.append((marked, changes, facts))
        self.documents += marked.cleaned.height + marked.demoted.height + changes.kept.height
        self.facts += sum(facts.counts.values())
        self.bytes += _bytes(marked, facts)
        full = self.documents >= self.load_together or self.facts >= self.load_together or self.bytes >= LOAD_BYTES
        full = full or len(self.parts) >= MAX_BATCHES
        return full or time.monotonic() - self.since >= WAIT_SECONDS

    def take(self) -> tuple[Marked, Changes, Facts] | None:
        """The waiting batches as one, and an empty group; None when none waits."""
        if not self.parts:
            return None
        parts, self.parts, self.documents, self.facts, self.bytes = self.parts, [], 0, 0, 0
        if len(parts) == 1:
            return parts[0]
        marks, changes, facts = zip(*parts, strict=True)
        marked = Marked(
            cleaned=_concat(m.cleaned for m in marks),
            signatures={k: v for m in marks for k, v in m.signatures.items()},
            demoted=_concat(m.demoted for m in marks),
        )
        change = Changes(
            fresh=changes[0].fresh.clear(),
            judged=_concat(c.judged for c in changes),
            stubs=changes[0].stubs.clear(),
            kept=_concat(c.kept for c in changes),
            touched=_concat(c.touched for c in changes),
            unchanged=sum(c.unchanged for c in changes),
        )
        return marked, change, Facts(*(_concat(getattr(f, name) for f in facts) for name in FACT_FRAMES))


def _bytes(marked: Marked, facts: Facts) -> int:
    return marked.cleaned.estimated_size() + sum(getattr(facts, name).estimated_size() for name in FACT_FRAMES)


def _concat(frames: object) -> pl.DataFrame:
    return pl.concat(list(frames), how="vertical_relaxed")  # type: ignore[call-overload]

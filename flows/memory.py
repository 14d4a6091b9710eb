"""Keeping a long run's memory flat.

Prefect's futures and task-run machinery leave reference cycles behind, and those cycles hold a batch's results
(megabytes of text) until Python's next full garbage collection, which comes rarely: over the 35,440-page crawl the
flow's process grew by about 200 MiB this way, and stayed flat when it collected after every batch, as a run now does.
Objects alive at a collection that follows new imports (modules, vocabularies, the relevance model, the gazetteer:
a worker loads the extractors with its first extraction) are frozen out of later collections, which then scan only
what the run has made since: a worker's collection took 60-130 ms while the gazetteer was scanned, about 2.5 s of
each worker's CPU over the 35,440-page crawl.

Frozen objects are never collected, not even when the interpreter exits; DuckDB's module objects among them then
outlive the interpreter's teardown, and its bindings (nanobind) report each as leaked on stderr. So they are unfrozen
again at exit, before the teardown collects them.
"""

from __future__ import annotations

import atexit
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_modules_when_frozen = 0  # how many modules were loaded at the last freeze (0: none yet)


def release_batch_garbage() -> None:
    """Collect the garbage a batch left in cycles; when modules were imported since the last call, also freeze what
    is alive after the collection (what those modules built is there for the life of the process)."""
    gc.collect()
    if len(sys.modules) != _modules_when_frozen:
        freeze_what_is_alive()


def freeze_what_is_alive() -> None:
    """Move every object alive now out of the collector's sight (until the interpreter's exit)."""
    global _modules_when_frozen
    if not _modules_when_frozen:
        atexit.register(gc.unfreeze)
    gc.freeze()
    _modules_when_frozen = len(sys.modules)


@contextmanager
def collections_paused() -> Iterator[None]:
    """Build long-lived structures (a worker's gazetteer, a fresh warehouse's dimensions, a run's map of stored
    documents: some hundred thousand objects) without the cyclic collector: each full collection their allocations
    would set off walks every object of the process (0.1-0.2 s once the extractors are loaded) and frees none of
    them. The collector is as it was after the block."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

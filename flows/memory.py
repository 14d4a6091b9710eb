"""Keeping a long run's memory flat.

Prefect's futures and task-run machinery leave reference cycles behind, and those cycles hold a batch's results
(megabytes of text) until Python's next full garbage collection, which comes rarely: over the 35,440-page crawl the
flow's process grew by about 200 MiB this way, and stayed flat when it collected after every batch, as a run now does.
Objects alive at the first collection (imported modules, vocabularies, the gazetteer) are frozen out of
later collections, which then scan only what the run has made since (a full collection took about 170 ms).

Frozen objects are never collected, not even when the interpreter exits; DuckDB's module objects among them then
outlive the interpreter's teardown, and its bindings (nanobind) report each as leaked on stderr. So they are unfrozen
again at exit, before the teardown collects them.
"""

from __future__ import annotations

import atexit
import gc

_frozen = False


def release_batch_garbage() -> None:
    """Collect the garbage a batch left in cycles (the first call in a process also freezes what is alive)."""
    global _frozen
    if not _frozen:
        gc.collect()
        gc.freeze()
        atexit.register(gc.unfreeze)
        _frozen = True
    gc.collect()

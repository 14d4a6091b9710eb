"""What every worker process needs before its first task, loaded once by the server the workers are forked from
(`flows.worker_server` preloads this module): the stages and Prefect's task engine imported, Prefect's collections
loaded, underthesea's word-segmentation model read, the gazetteer read from the machine's cache if it is there; then
everything alive frozen out of the collector's sight.
Nothing here starts a thread or runs a Polars operation (see `flows.worker_server`).

The warm-ups only save time: where one fails, a worker's first task does the same work and reports what failed.
"""

from __future__ import annotations

import contextlib
import gc

import prefect.plugins
import prefect.task_engine  # a worker's first task would import it
import underthesea

import flows.tasks  # noqa: F401
import transforms.cleaning.frames  # the package itself imports it only when first used
import transforms.extraction.document  # noqa: F401
from flows.gazetteer_cache import preload_places
from flows.memory import freeze_what_is_alive

with contextlib.suppress(Exception):
    # A worker's first task builds Prefect's storage block, which loads every installed collection (prefect_dask
    # and distributed: half a second) the first time.
    prefect.plugins.load_prefect_collections()
with contextlib.suppress(Exception):
    underthesea.word_tokenize("Hội đồng nhân dân")  # reads the model (half a second)
with contextlib.suppress(Exception):
    preload_places()  # where the machine has none cached yet, each worker builds it (with Polars) and one keeps it

# All this lives as long as a worker does: frozen, a worker's collections neither walk it nor write to the pages the
# workers share with this server (a page written to is copied).
gc.collect()
freeze_what_is_alive()

"""What every worker process needs before its first task, loaded once in the server that the workers are forked from
(`flows.worker_server`): importing this module imports the stages and Prefect's task engine, loads Prefect's
collections and underthesea's word-segmentation model. Nothing here starts a thread or touches Polars' thread pool
(a process forked from one that had would inherit locks held by threads it does not have).
"""

from __future__ import annotations

import gc

import prefect.plugins
import prefect.task_engine  # a worker's first task would import it
import underthesea

import flows.tasks  # noqa: F401
import transforms.cleaning
import transforms.extraction.document  # noqa: F401
from flows.memory import freeze_what_is_alive

# A worker's first task builds Prefect's storage block, which loads every installed collection (prefect_dask and
# distributed: half a second) the first time.
prefect.plugins.load_prefect_collections()
underthesea.word_tokenize("Hội đồng nhân dân")  # loads the segmentation model (about half a second)

# What is loaded now lives as long as a worker: out of the collector's sight, a worker's collections neither walk it
# nor write to its pages (which the workers share with this server until they write to them).
gc.collect()
freeze_what_is_alive()

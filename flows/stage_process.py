"""Whether this process runs the pipeline's cleaning and extraction, or leaves them all to worker processes.

The stages need underthesea (Vietnamese sentences), whose import takes about 75 MiB and reconfigures logging: it
shuts every handler down, which mid-run, with Prefect's threads logging, can deadlock. So a process that may run a
stage imports it with `flows.tasks`, before any flow runs. `localgov run` over large inputs sends every batch to a
process pool (or Dask): before it imports the flow it names its own process here, and that process alone then does
without underthesea, its few-document batches going to the workers too. The variable names a process id, so the
workers it starts (which inherit it) still load what they need.
"""

from __future__ import annotations

import os

ENV = "LOCALGOV_STAGES_IN_WORKERS"


def leave_stages_to_workers() -> None:
    """Say that this process will run no stage itself (call before importing `flows.tasks`)."""
    os.environ[ENV] = str(os.getpid())


def stages_run_here() -> bool:
    """Whether this process may clean or extract (False only in the process that said it will not)."""
    return os.environ.get(ENV) != str(os.getpid())

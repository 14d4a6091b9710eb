"""Ending the `localgov` process as soon as a command's work is done and its output written.

What the interpreter would still do is its teardown: the last garbage collection of a run's heap (hundreds of MB of
frames, gazetteers and models) and Prefect's exit hooks, whose work a run has already done (its logs and events are
sent while the API is up, `flows.prefect_api`). That costs a second or more after the summary under load, so the
command's own time would not be its wall time. Multiprocessing's finalizers still run, so that a pool's semaphores
are unlinked (not reported leaked by its resource tracker).
"""

from __future__ import annotations

import multiprocessing.util
import os
import sys


def exit_now(code: int) -> None:
    """Flush stdout and stderr, run multiprocessing's finalizers, and end the process with `code`."""
    multiprocessing.util._run_finalizers(0)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def exit_code(exc: SystemExit) -> int:
    """The status a `SystemExit` asks for, as the interpreter reads it (None: 0; a message: 1, once printed)."""
    if exc.code is None or isinstance(exc.code, int):
        return exc.code or 0
    print(exc.code, file=sys.stderr)
    return 1

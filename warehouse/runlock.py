"""One run at a time per warehouse: a lock file beside it, held from a run's start to its end.

A run opens the DuckDB file only while it reads or commits a batch, so that readers get in between; what keeps a
second run out for the whole of the first is `<warehouse>.lock`, locked with `flock`. The system lets go of the lock
when its process ends, however it ends, so a killed run never leaves the warehouse locked. Within one process the
lock is re-entrant (the command line takes it before Prefect starts, the flow takes it again); two flow runs in one
process are told apart by `warehouse.load.start_run`.
"""

from __future__ import annotations

import fcntl
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from warehouse.db import WarehouseBusy

_held: dict[str, tuple[int, int]] = {}  # lock file -> (descriptor, depth), in this process
_guard = threading.Lock()


def lock_path(db_path: str | Path) -> Path:
    """The lock file of a warehouse: `warehouse/localgov.duckdb` -> `warehouse/localgov.duckdb.lock`."""
    path = Path(db_path)
    return path.with_name(path.name + ".lock")


def _holder(fd: int) -> str:
    """Who holds the lock, as its holder wrote it: 'process 123 on host'."""
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return text or "another process"


@contextmanager
def run_lock(db_path: str | Path) -> Iterator[None]:
    """Hold the warehouse's run lock for the block; `WarehouseBusy` at once when another process holds it."""
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = os.path.realpath(path)
    with _guard:
        if key in _held:
            fd, depth = _held[key]
            _held[key] = (fd, depth + 1)
        else:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _holder(fd)
                os.close(fd)
                raise WarehouseBusy(
                    f"a run ({holder}) is loading into the warehouse {db_path}: wait for it to finish, or stop it "
                    "(Ctrl-C in its terminal) and start again; the next run resumes where it stopped"
                ) from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"process {os.getpid()} on {socket.gethostname()}\n".encode(), 0)
            _held[key] = (fd, 1)
    try:
        yield
    finally:
        with _guard:
            fd, depth = _held[key]
            if depth > 1:
                _held[key] = (fd, depth - 1)
            else:
                del _held[key]
                os.close(fd)  # releases the lock

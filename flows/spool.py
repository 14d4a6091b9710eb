"""Frames handed between the flow's process and its process-pool workers as Arrow IPC files, not as pickles.

A batch of a crawl is some megabytes of text each way. Sent as an argument, it is pickled in the flow's process (the
frame's IPC bytes, then the call around them, then the call again into the pool's pipe), and the pool keeps the
pickled call until the task ends; its result comes back the same way. Those copies are large, short-lived blocks of
the C heap, which the allocator keeps once freed: on the 35,440-page crawl the flow's process peaked 80-170 MiB
higher than with files (batches of 1,000 and 2,000). Written to a file of the run's spool, a frame goes out of the
process as it is (Polars writes its buffers) and comes back in one read, and what travels through the pool is a path.

The spool is a temporary folder that the process-pool runner makes when it starts and removes when it ends
(`flows.interrupts.StoppableProcessPoolTaskRunner`); a file is removed by the side that reads it. A run killed
outright cannot remove its folder: the folder names its process, and the next spool removes those whose process is
gone. Threads share the flow's memory and Dask may run elsewhere, so their runners have no spool and frames go to
them as they are.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import psutil

PREFIX = "localgov-spool-"  # then the pid of the process whose spool it is


@dataclass(frozen=True, slots=True)
class Spooled:
    """A frame written to a file of a run's spool; `take` reads it back and removes the file."""

    path: str

    def take(self) -> pl.DataFrame:
        frame = pl.read_ipc(self.path)
        os.unlink(self.path)  # a frame read from a mapped file stays readable once the file is gone
        return frame

    def put(self, frame: pl.DataFrame, suffix: str) -> Spooled:
        """Another frame, in a file beside this one (a worker's answer to the batch it was handed)."""
        answer = Spooled(f"{self.path}.{suffix}")
        frame.write_ipc(answer.path)
        return answer


class Spool:
    """A run's temporary folder of handed frames, numbered in the order they were written."""

    def __init__(self) -> None:
        remove_orphans()
        self.folder = tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-")
        self._numbers = itertools.count(1)

    def put(self, frame: pl.DataFrame) -> Spooled:
        spooled = Spooled(os.path.join(self.folder, f"{next(self._numbers):06d}.arrow"))
        frame.write_ipc(spooled.path)
        return spooled

    def remove(self) -> None:
        """The folder and what is left in it (the frames of tasks that never ran or whose answer was not read)."""
        shutil.rmtree(self.folder, ignore_errors=True)


def remove_orphans() -> None:
    """Remove the spools (in the system's temporary folder) of processes that are gone: runs killed outright."""
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        pid = folder.name.removeprefix(PREFIX).split("-", 1)[0]
        if pid.isdigit() and not psutil.pid_exists(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)  # another user's is not ours to remove, and stays


def taken(frame: pl.DataFrame | Spooled) -> pl.DataFrame:
    """A handed frame, read back if it was spooled."""
    return frame.take() if isinstance(frame, Spooled) else frame

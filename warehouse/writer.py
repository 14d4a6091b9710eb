"""A run's connection to the warehouse, open while the run reads from it or commits to it, and closed where a reader
waits for the file.

DuckDB lets no reader open a file that a process holds for writing. Between batches a run therefore lets go of the
warehouse (`yield_to_readers`) when a reader knocked (`warehouse.knock`: `localgov query`, `status`, `export` knock
while they wait) or when it has held the file for `YIELD_AFTER_SECONDS`, so that any other process gets in at times;
a reader waits at most for one batch's commit. Closing checkpoints what the run wrote since the last close, so a run
that nobody waits for closes a few times rather than after every batch.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

from warehouse.db import connect
from warehouse.knock import answer_knock

WAIT_FOR_READERS_SECONDS = 600.0  # a long export may hold the file for a while; the run waits for it, then fails
# The longest a run holds the warehouse when no reader knocks: a process that does not knock (the duckdb command line)
# gets in at such a close. Closing costs a checkpoint of what the run wrote and, to open again, 0.05-0.15 s.
YIELD_AFTER_SECONDS = 10.0


class RunConnection:
    """The warehouse as a run sees it: `con` opens it (once prepared: migrated, dimensions filled), `release` closes."""

    def __init__(self, path: str | Path, *, memory_limit: str | None = None, threads: int | None = None) -> None:
        self.path = Path(path)
        self._memory_limit, self._threads = memory_limit, threads
        self._con: duckdb.DuckDBPyConnection | None = None
        self._opened_at = 0.0
        self._prepared = False

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._con = connect(
                self.path,
                memory_limit=self._memory_limit,
                threads=self._threads,
                wait=WAIT_FOR_READERS_SECONDS,
                prepare=not self._prepared,
            )
            self._opened_at = time.monotonic()
            self._prepared = True
        return self._con

    def release(self) -> None:
        """Close the connection (if open), letting readers in until the run next needs the warehouse."""
        if self._con is not None:
            con, self._con = self._con, None
            con.close()

    def yield_to_readers(self) -> None:
        """Close the connection where a reader knocked, or once it has been open for `YIELD_AFTER_SECONDS`."""
        if self._con is not None and (answer_knock(self.path) or self.held_for() >= YIELD_AFTER_SECONDS):
            self.release()

    def held_for(self) -> float:
        """Seconds since the connection was opened (0 when it is closed)."""
        return time.monotonic() - self._opened_at if self._con is not None else 0.0

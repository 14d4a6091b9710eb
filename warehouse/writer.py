"""A run's connection to the warehouse, open only while the run reads from it or commits to it.

DuckDB lets no reader open a file that a process holds for writing. A run therefore opens the warehouse when a stage
needs it and closes it again before it waits for the workers (`release`), and readers (`localgov query`, `status`,
`export`) get in between, waiting at most for one batch's commit. Closing also checkpoints what the batch wrote.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

from warehouse.db import connect

WAIT_FOR_READERS_SECONDS = 600.0  # a long export may hold the file for a while; the run waits for it, then fails


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

    def release(self, held_longer_than: float = 0.0) -> None:
        """Close the connection (if open, and open for more than `held_longer_than` seconds), letting readers in
        until the run next needs the warehouse."""
        if self._con is not None and time.monotonic() - self._opened_at >= held_longer_than:
            con, self._con = self._con, None
            con.close()

"""How a process that waits for the warehouse file tells the run that holds it: a knock, an empty file beside the
warehouse (`.NAME.knock`), touched at every try while it waits.

DuckDB lets no other process open a file that one holds for writing. A run holds the warehouse from one batch to the
next and closes it where a reader knocked (`answer_knock`), or once it has held it for long (`warehouse.writer`):
each close checkpoints what the run wrote, which over a crawl costs a second of CPU if done after every batch.
`localgov` commands that find the file held knock while they wait (`warehouse.db.connect`); a process that cannot
write beside the warehouse, or that does not knock, gets in at the run's periodic close.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb

T = TypeVar("T")
RETRY_SECONDS = 0.1


def knock_path(warehouse: Path) -> Path:
    """The knock file of a warehouse.

    >>> knock_path(Path("data/warehouse.duckdb")).as_posix()
    'data/.warehouse.duckdb.knock'
    """
    return warehouse.parent / f".{warehouse.name}.knock"


def knock(warehouse: Path) -> None:
    """Ask the run that holds `warehouse` to close it soon (nothing where the folder cannot be written)."""
    with contextlib.suppress(OSError):
        knock_path(warehouse).touch()


def withdraw(warehouse: Path) -> None:
    """Take a knock back (another waiting process knocks again at its next try)."""
    with contextlib.suppress(OSError):
        knock_path(warehouse).unlink(missing_ok=True)


def answer_knock(warehouse: Path) -> bool:
    """Whether someone knocked on `warehouse`; the knock is taken away (the holder is about to close it).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     db = Path(folder) / "w.duckdb"
    ...     before = answer_knock(db)
    ...     knock(db)
    ...     answered = answer_knock(db), answer_knock(db), list(Path(folder).iterdir())
    >>> before, answered
    (False, (True, False, []))
    """
    path = knock_path(warehouse)
    if not path.exists():
        return False
    with contextlib.suppress(OSError):
        path.unlink()
    return True


def is_locked(exc: BaseException) -> bool:
    """Whether DuckDB refused to open a file because another process holds it (not "lock" alone: a damaged file's
    errors name its blocks)."""
    message = str(exc).lower()
    return "could not set lock" in message or "conflicting lock" in message


def when_free(warehouse: Path, open_once: Callable[[], T], wait: float) -> T:
    """`open_once()`, tried again every `RETRY_SECONDS` for `wait` seconds while another process holds the file,
    knocking meanwhile; its last error raised when the time is up."""
    deadline, knocked = time.monotonic() + wait, False
    try:
        while True:
            try:
                return open_once()
            except (duckdb.Error, OSError) as exc:
                if not is_locked(exc) or time.monotonic() >= deadline:
                    raise
            knock(warehouse)
            knocked = True
            time.sleep(RETRY_SECONDS)
    finally:
        if knocked:  # in, or given up: the holder need not let go for this process
            withdraw(warehouse)

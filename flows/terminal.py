"""Where the command line writes: results on stdout, progress and errors on stderr, an error as one line (values
never read as markup), with the exit code that says what kind of failure it was; and what a review page may
replace."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from warehouse.db import WarehouseBusy, WarehouseError, explain
from warehouse.review import is_review_page

console = Console(stderr=True)
EXIT_USAGE = 2  # a wrong argument or input
EXIT_BUSY = 75  # EX_TEMPFAIL: another run holds the warehouse; try again later


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print `message` as one line on stderr; returns the exit to raise."""
    console.print(f"[red]error:[/red] {escape(' '.join(message.split()))}", soft_wrap=True, highlight=False)
    return typer.Exit(code=code)


def warehouse_error(exc: BaseException, path: Path | str = "", code: int = EXIT_USAGE) -> typer.Exit:
    """A warehouse (or a file at `path`) that cannot be used as asked, as one line and its exit code: 75 for a
    busy warehouse, 2 for one that cannot be used (damaged, on a full or read-only disk ...: a DuckDB or OS error
    put in words by `warehouse.db.explain`), `code` otherwise."""
    if not isinstance(exc, WarehouseError | FileNotFoundError | FileExistsError):
        explained = explain(exc, path)
        exc, code = (explained, EXIT_USAGE) if explained is not None else (exc, code)
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return fail(message, EXIT_BUSY if isinstance(exc, WarehouseBusy) else code)


def _not_a_failure(record: logging.LogRecord) -> bool:
    return record.levelno < logging.ERROR


@contextlib.contextmanager
def failures_told_once() -> Iterator[None]:
    """While a command runs a flow: Prefect's own reports of a failed flow or task run (a traceback each) are not
    printed, since the command says in one line why it failed."""
    loggers = [logging.getLogger(name) for name in ("prefect.flow_runs", "prefect.task_runs")]
    for logger in loggers:
        logger.addFilter(_not_a_failure)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeFilter(_not_a_failure)


def cells(values: Any) -> list[Text]:
    """Table cells that show values as they are (a "[b]" in a value is text, not markup)."""
    return [Text("" if v is None else str(v)) for v in values]


def exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def replaceable_page(path: Path) -> bool:
    """Whether `path` is a regular file (not a link) whose first bytes say it is a review page."""
    if path.is_symlink() or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            return is_review_page(handle.read(4096))
    except OSError:
        return False

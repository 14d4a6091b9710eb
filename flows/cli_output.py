"""How the command line shows results and failures: tables whose values are never read as markup, one-line errors
with the exit code that says what kind of failure it was, and what a review page may replace."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from warehouse.db import WarehouseBusy, WarehouseError, explain
from warehouse.review import is_review_page

console = Console(stderr=True)
EX_TEMPFAIL = 75  # the warehouse is busy: try again later


def fail(exc: BaseException, db: Path, code: int = 2) -> typer.Exit:
    """Print why a command failed, in one line (values escaped, never read as markup), and the exit to raise:
    75 for a busy warehouse, 2 for a warehouse that cannot be used (damaged, on a full or read-only disk ...),
    `code` otherwise."""
    if not isinstance(exc, WarehouseError | FileNotFoundError | FileExistsError):
        explained = explain(exc, db)
        exc, code = (explained, 2) if explained is not None else (exc, code)
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    console.print(f"[red]{escape(message)}[/red]", soft_wrap=True)
    return typer.Exit(code=EX_TEMPFAIL if isinstance(exc, WarehouseBusy) else code)


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


def summary_table(result: dict[str, Any]) -> Table:
    table = Table(title=f"run {result['run_id']}  ({result['wall_seconds']:.1f} s)")
    table.add_column("documents")
    table.add_column("count", justify="right")
    counts = result["counts"]
    for key in ("seen", "unchanged", "loaded", "irrelevant", "duplicate", "quarantined", "kept", "missing"):
        table.add_row(key, str(counts.get(key, 0)))
    for key in ("sessions", "roles", "indicators"):
        table.add_row(f"new {key}", str(counts.get(key, 0)), style="dim")
    return table


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

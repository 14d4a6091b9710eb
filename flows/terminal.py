"""Where the command line writes: results on stdout, progress and errors on stderr, an error as one line (values
never read as markup), with the exit code that says what kind of failure it was; and what a review page may
replace."""

from __future__ import annotations

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
    busy warehouse, `code` otherwise. A DuckDB or OS error is put in words (`warehouse.db.explain`)."""
    if not isinstance(exc, WarehouseError | FileNotFoundError | FileExistsError):
        exc = explain(exc, path) or exc
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return fail(message, EXIT_BUSY if isinstance(exc, WarehouseBusy) else code)


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

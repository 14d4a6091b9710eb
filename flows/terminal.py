"""Where the command line writes: results on stdout, progress and errors on stderr, an error as one line."""

from __future__ import annotations

import typer
from rich.console import Console

from warehouse.db import WarehouseBusy

console = Console(stderr=True)
EXIT_USAGE = 2  # a wrong argument or input
EXIT_BUSY = 75  # EX_TEMPFAIL: another run holds the warehouse; try again later


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print `message` as one line on stderr; returns the exit to raise."""
    console.print(f"[red]error:[/red] {' '.join(message.split())}", soft_wrap=True, highlight=False)
    return typer.Exit(code=code)


def warehouse_error(exc: Exception) -> typer.Exit:
    """A warehouse that cannot be opened as asked, as one line and its exit code."""
    return fail(str(exc), EXIT_BUSY if isinstance(exc, WarehouseBusy) else EXIT_USAGE)

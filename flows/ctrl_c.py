"""Ctrl-C in any `localgov` command: noted, so that what it cut short is told as an interruption, not a failure.

A DuckDB statement that Ctrl-C cuts short raises `RuntimeError("Query interrupted")`, not KeyboardInterrupt (DuckDB
runs Python's signal handler itself, then reports the statement as failed). So each Ctrl-C is noted here: the
command (`noting_ctrl_c`, around every command) and a run's own handler (`flows.run_command.InterruptHandler`) note
it, and an exception raised after one is taken for the interruption (`ctrl_c_pressed`): a run records itself as
interrupted, any other command ends with one line and exit 130. Kept free of heavy imports: the handler is installed
before the pipeline's modules load.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
_PRESSED = threading.Event()


def note_ctrl_c() -> None:
    """Record that Ctrl-C was pressed."""
    _PRESSED.set()


def forget_ctrl_c() -> None:
    """Start afresh: none pressed yet (a run starting in a process that saw an earlier one)."""
    _PRESSED.clear()


def ctrl_c_pressed() -> bool:
    """Whether Ctrl-C was pressed since the command (or the current run) started."""
    return _PRESSED.is_set()


def _noted_interrupt(signum: int, frame: FrameType | None) -> None:
    note_ctrl_c()
    raise KeyboardInterrupt


@contextmanager
def noting_ctrl_c() -> Iterator[None]:
    """For the block: Ctrl-C raises KeyboardInterrupt as Python's own handler does, and is noted first."""
    previous = signal.signal(signal.SIGINT, _noted_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)

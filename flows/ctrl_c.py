"""Whether Ctrl-C was pressed during the current run.

A DuckDB statement that Ctrl-C cuts short raises `RuntimeError("Query interrupted")`, not KeyboardInterrupt (DuckDB
runs Python's signal handler itself, then reports the statement as failed). The command's handler therefore notes
each Ctrl-C here, and the flow takes an exception raised after one for the interrupt. Kept free of heavy imports:
the command installs its handler before the pipeline's modules load.
"""

from __future__ import annotations

import threading

_PRESSED = threading.Event()


def note_ctrl_c(pressed: bool) -> None:
    """Record that Ctrl-C was pressed (True), or that a run starts with none pressed yet (False)."""
    if pressed:
        _PRESSED.set()
    else:
        _PRESSED.clear()


def ctrl_c_pressed() -> bool:
    """Whether Ctrl-C was pressed since the current run started."""
    return _PRESSED.is_set()

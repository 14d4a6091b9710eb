"""Child processes that die with the process that started them: the worker processes of a run.

When the flow's process is killed outright (`kill -9`, the out-of-memory killer), nothing tells its children, which
would run on for ever, holding memory and a port. So each child watches its parent: a thread checks twice a second
that the process that started it is still its parent (the kernel hands an orphan to another process) and ends the
child when it is not. Linux's parent-death signal (PR_SET_PDEATHSIG) is not enough here: it fires when the *thread*
that started the child ends, and the temporary server is started from a thread that ends once it answers. A pool
worker forked by multiprocessing's fork server (`flows.worker_server`) is the flow's grandchild: it watches the
flow's process through psutil instead (`watch_ancestor`).

`python -m flows.lifeline PARENT_PID -m MODULE ARGS...` runs a module as `python -m MODULE ARGS...` would, watched.
"""

from __future__ import annotations

import contextlib
import os
import runpy
import signal
import sys
import threading
import time
from collections.abc import Callable

import psutil

INTERVAL = 0.5  # seconds between two looks at the parent


def watch_parent(parent_pid: int, interval: float = INTERVAL) -> None:
    """In a child process: end it (SIGKILL to itself) as soon as `parent_pid` is no longer its parent."""
    _end_when_gone(lambda: os.getppid() == parent_pid, interval)


def watch_ancestor(ancestor_pid: int, interval: float = INTERVAL) -> None:
    """In a child process: end it as soon as `ancestor_pid` ends, where that is its parent or its parent's parent (a
    worker forked by a fork server that `ancestor_pid` started). The fork server cannot be watched in its stead: it
    outlives the process that started it for as long as any of its forks runs."""
    parent = os.getppid()
    if parent == ancestor_pid:
        watch_parent(parent, interval)
        return
    ancestor: psutil.Process | None = None
    with contextlib.suppress(psutil.Error):
        if psutil.Process(parent).ppid() == ancestor_pid:
            ancestor = psutil.Process(ancestor_pid)

    def alive() -> bool:
        # `is_running` tells a process from a later one given the same pid; a process killed and not yet reaped by
        # its own parent is a zombie
        try:
            return ancestor is not None and ancestor.is_running() and ancestor.status() != psutil.STATUS_ZOMBIE
        except psutil.Error:
            return False

    _end_when_gone(alive, interval)


def _end_when_gone(alive: Callable[[], bool], interval: float) -> None:
    """End this process (SIGKILL to itself) now if `alive()` is false (what it watches ended before the watch
    began), else as soon as it turns false: a daemon thread asks every `interval` seconds."""
    if not alive():
        os.kill(os.getpid(), signal.SIGKILL)

    def watch() -> None:
        while alive():
            time.sleep(interval)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="localgov-lifeline", daemon=True).start()


def watched_command(module: str, *args: str) -> list[str]:
    """The command line that runs `python -m module args...` in a child that dies with this process."""
    return [sys.executable, "-m", "flows.lifeline", str(os.getpid()), "-m", module, *args]


def main(argv: list[str]) -> None:
    """`PARENT_PID -m MODULE ARGS...`: watch the parent, then run the module as its `__main__`."""
    if len(argv) < 3 or argv[1] != "-m":
        raise SystemExit("usage: python -m flows.lifeline PARENT_PID -m MODULE [ARGS...]")
    watch_parent(int(argv[0]))
    sys.argv = [argv[2], *argv[3:]]
    runpy.run_module(argv[2], run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main(sys.argv[1:])

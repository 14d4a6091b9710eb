"""A directory replaced in one step: written as a temporary sibling, then swapped into place; the leftovers of writers
that were killed before their swap are cleaned up by the next writer.

A temporary sibling is named `.NAME.PID.RANDOM.tmp` after the process writing it, so that a later writer can tell a
leftover (its process is gone) from a directory another writer is still filling.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

_OLD_FORMAT_AGE = 3600.0  # seconds after which a temporary sibling without a process id is a leftover


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def clean_leftovers(target: Path) -> list[Path]:
    """Remove the temporary siblings of `target` that writers killed before their swap left behind; returns them."""
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(?:(\d+)\.[^.]+|[^.]+|old-(\d+))(?:\.tmp)?$")
    removed = []
    for sibling in target.parent.glob(f".{target.name}.*"):
        found = pattern.match(sibling.name)
        if not found or not sibling.is_dir() or sibling.is_symlink():
            continue
        pid = found.group(1) or found.group(2)
        stale = not _alive(int(pid)) if pid else time.time() - sibling.stat().st_mtime > _OLD_FORMAT_AGE
        if stale and (pid or sibling.name.endswith(".tmp")):
            shutil.rmtree(sibling, ignore_errors=True)
            removed.append(sibling)
    return removed


def temporary_sibling(target: Path) -> Path:
    """A new empty directory beside `target`, with the mode a directory made by `mkdir` would have."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent))
    tmp.chmod(0o777 & ~_umask())
    return tmp


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def swap_into_place(new: Path, target: Path) -> None:
    """Put the directory `new` at `target`, replacing what is there (a directory) in one step where the system
    allows it."""
    if not target.exists():
        new.rename(target)
        return
    if _exchange(new, target):
        shutil.rmtree(new)  # now holds the old directory
        return
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(old)
    target.rename(old)
    new.rename(target)
    shutil.rmtree(old)

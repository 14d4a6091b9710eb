"""How much input a run has, counted cheaply before (or while) it runs: bytes, to choose the task runner, and
documents, for the progress bar's total and time left."""

from __future__ import annotations

import contextlib
import gzip
import zlib
from collections.abc import Iterable
from pathlib import Path

from flows.sources import _is_jsonl, iter_files
from flows.warc import count_warc_pages, is_warc

_CHUNK = 1024 * 1024


def input_bytes(paths: Iterable[Path]) -> int:
    """The size of every input file under `paths`, as stored (compressed files count compressed)."""
    total = 0
    for path, error in iter_files(paths):
        if error is None:
            with contextlib.suppress(OSError):
                total += path.stat().st_size
    return total


def _count_lines(path: Path) -> int:
    """Lines of a JSON Lines file (plain or gzip), counted by newlines, so a last line without one counts too."""
    lines, last = 0, b"\n"
    with path.open("rb") as raw:
        stream = gzip.GzipFile(fileobj=raw) if path.name.endswith(".gz") else raw
        while chunk := stream.read(_CHUNK):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def count_documents(paths: Iterable[Path]) -> int:
    """About how many documents a run over `paths` reads: a file each, a line of JSON Lines each, an HTML page of a
    WARC each (blank lines, which are skipped, count too)."""
    total = 0
    for path, error in iter_files(paths):
        try:
            if error is None and _is_jsonl(path):
                total += _count_lines(path)
            elif error is None and is_warc(path):
                total += count_warc_pages(path)
            else:
                total += 1
        except (OSError, EOFError, ValueError, zlib.error):
            total += 1
    return total

"""Reading inputs: directories, text and HTML files, JSON Lines and WARC (plain or gzip), streamed in batches.

This is the pipeline's only reader of input files. It never holds a whole corpus: `iter_batches` yields lists of
`RawDocument`s of a bounded size, and a file or record that cannot be read becomes a `RawDocument` with an `error`
(so it reaches `mart.documents` as quarantined) instead of an exception. Nothing here reads more than
`MAX_DOCUMENT_BYTES` (plus one) into memory for one document, and nothing blocks on a path that is not a regular
file (a FIFO, a device). JSON Lines records are read by `flows.jsonl`, WARC archives by `flows.warc`; `RawDocument`
and the naming, hashing and size bound every reader shares are in `flows.raw_document`.

Inside a folder, hidden files and folders are not inputs, nor are a warehouse's own files (`*.duckdb`, its `.wal`
and `.lock`, or any path given in `exclude`): a warehouse kept in the folder it reads is not read as a document.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from flows.jsonl import read_jsonl
from flows.raw_document import JSONL_SUFFIXES, MAX_DOCUMENT_BYTES, RawDocument, _os_reason, _stem, _where, sha256
from flows.warc import is_warc, read_warc

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".html", ".htm"})
WAREHOUSE_SUFFIXES = (".duckdb", ".duckdb.wal", ".duckdb.lock", ".duckdb.tmp", ".wal")


def warehouse_files(db_path: str | Path) -> frozenset[str]:
    """The files a warehouse writes beside itself, as real paths: never inputs."""
    path = Path(db_path)
    return frozenset(os.path.realpath(path.with_name(path.name + end)) for end in ("", ".wal", ".lock"))


def _is_input(name: str) -> bool:
    return not name.startswith(".") and not name.lower().endswith(WAREHOUSE_SUFFIXES)


def _is_jsonl(path: Path) -> bool:
    return path.name.endswith(JSONL_SUFFIXES)


def iter_files(paths: Iterable[str | Path], exclude: frozenset[str] = frozenset()) -> Iterator[tuple[Path, str | None]]:
    """Every input file under `paths`, in a stable order, with an error for a path that cannot be listed or read.

    Directories are read recursively; symlinked directories are followed once (a loop is not followed twice);
    hidden files and directories, warehouse files and the real paths in `exclude` are skipped.
    """
    for given in paths:
        path = Path(given)
        if exclude and os.path.realpath(path) in exclude:
            continue
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            reason = "unreadable: no such file or directory" if isinstance(exc, FileNotFoundError) else _os_reason(exc)
            yield path, reason
            continue
        if stat.S_ISDIR(mode):
            yield from (f for f in _walk(path) if not exclude or os.path.realpath(f[0]) not in exclude)
        else:
            yield path, None


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    seen_dirs: set[str] = set()
    errors: list[tuple[Path, str]] = []

    def on_error(exc: OSError) -> None:
        errors.append((Path(exc.filename or root), _os_reason(exc)))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=on_error):
        real = os.path.realpath(dirpath)
        if real in seen_dirs:
            dirnames[:] = []
            continue
        seen_dirs.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if _is_input(name):
                yield Path(dirpath) / name, None
    yield from ((path, error) for path, error in errors)


def _read_bounded(path: Path) -> tuple[bytes | None, int]:
    """A regular file's bytes, or None and its size when it is larger than `MAX_DOCUMENT_BYTES`."""
    with path.open("rb") as handle:
        data = handle.read(MAX_DOCUMENT_BYTES + 1)
        if len(data) <= MAX_DOCUMENT_BYTES:
            return data, len(data)
        return None, max(os.fstat(handle.fileno()).st_size, len(data))


def read_file(path: Path) -> Iterator[RawDocument]:
    """The documents of one file: one for a text file, one per line for JSON Lines."""
    if _is_jsonl(path):
        yield from read_jsonl(path)
        return
    if is_warc(path):
        yield from read_warc(path)
        return
    source_id, source_path = _stem(path), _where(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            yield RawDocument(source_id, source_path, "", error="unreadable: not a regular file")
            return
        if info.st_size > MAX_DOCUMENT_BYTES:
            size = info.st_size
            yield RawDocument(source_id, source_path, f"size:{size}", error=f"too large: {size} bytes")
            return
        data, size = _read_bounded(path)
    except OSError as exc:
        yield RawDocument(source_id, source_path, "", error=_os_reason(exc))
        return
    if data is None:  # the file grew past the bound after it was listed
        yield RawDocument(source_id, source_path, f"size:{size}", error=f"too large: {size} bytes")
        return
    is_html = path.suffix.lower() in {".html", ".htm"}
    yield RawDocument(source_id, source_path, sha256(data), raw=data, is_html=is_html)


def iter_documents(paths: Iterable[str | Path], exclude: frozenset[str] = frozenset()) -> Iterator[RawDocument]:
    """Every document under `paths` (less the real paths in `exclude`), streamed."""
    for path, error in iter_files(paths, exclude):
        if error:
            yield RawDocument(_stem(path), _where(path), "", error=error)
        else:
            yield from read_file(path)


def iter_batches(
    paths: Iterable[str | Path], batch_size: int, exclude: frozenset[str] = frozenset()
) -> Iterator[list[RawDocument]]:
    """Documents in lists of at most `batch_size`."""
    batch: list[RawDocument] = []
    for document in iter_documents(paths, exclude):
        batch.append(document)
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch

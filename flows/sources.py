"""Reading inputs: directories, text and HTML files, JSON Lines and WARC (plain or gzip), streamed in batches.

This is the pipeline's only reader of input files. It never holds a whole corpus: `iter_batches` yields lists of
`RawDocument`s bounded in number and in bytes, and a file or record that cannot be read becomes a `RawDocument`
with an `error` (so it reaches `mart.documents` as quarantined) instead of an exception. Nothing here reads more
than `MAX_DOCUMENT_BYTES` (plus one) into memory for one document, and nothing blocks on a path that is not a
regular file (a FIFO, a device). A symbolic link met inside an input folder is followed only to a place inside the
inputs, unless `follow_symlinks`. JSON Lines records are read by `flows.jsonl`, WARC archives by `flows.warc`;
`RawDocument` and the naming, hashing and size bound every reader shares are in `flows.raw_document`.

Inside a folder, hidden files and folders are not inputs, nor are a warehouse's own files (`*.duckdb`, its `.wal`
and `.lock`, or any path given in `exclude`): a warehouse kept in the folder it reads is not read as a document.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from flows.jsonl import read_jsonl
from flows.raw_document import (
    JSONL_SUFFIXES,
    MAX_DOCUMENT_BYTES,
    RawDocument,
    input_stem,
    input_where,
    os_reason,
    path_text,
    sha256,
)
from flows.warc import is_warc, read_warc

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".html", ".htm"})
# Bytes of documents in one batch: several batches are in flight at once, each held a few times over (text, frames,
# copies sent to workers), so this bounds a run's memory whatever the size of its documents.
BATCH_BYTES = 16 * 1024 * 1024
OUTSIDE_LINK = "unreadable: a symbolic link out of the input folders, not followed (--follow-symlinks follows it)"
WAREHOUSE_SUFFIXES = (".duckdb", ".duckdb.wal", ".duckdb.lock", ".duckdb.tmp", ".wal")


def warehouse_files(db_path: str | Path) -> frozenset[str]:
    """The files a warehouse writes beside itself, as real paths: never inputs."""
    path = Path(db_path)
    return frozenset(os.path.realpath(path.with_name(path.name + end)) for end in ("", ".wal", ".lock"))


def _is_input(name: str) -> bool:
    return not name.startswith(".") and not name.lower().endswith(WAREHOUSE_SUFFIXES)


def _is_jsonl(path: Path) -> bool:
    return path.name.endswith(JSONL_SUFFIXES)


def _inside(real: str, roots: list[str]) -> bool:
    return any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def iter_files(
    paths: Iterable[str | Path], follow_symlinks: bool = False, exclude: frozenset[str] = frozenset()
) -> Iterator[tuple[Path, str | None]]:
    """Every input file under `paths`, in a stable order, with an error for a path that cannot be listed or read.

    Directories are read recursively; hidden files and directories, warehouse files and the real paths in `exclude`
    are skipped. A symbolic link inside a directory is followed when it leads inside one of `paths` (a directory
    once: a loop is not followed twice), or anywhere with `follow_symlinks`; a path given is always followed.
    """
    given = [Path(p) for p in paths]
    roots = [os.path.realpath(p) for p in given]
    for path in given:
        if exclude and os.path.realpath(path) in exclude:
            continue
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            reason = "unreadable: no such file or directory" if isinstance(exc, FileNotFoundError) else os_reason(exc)
            yield path, reason
            continue
        if stat.S_ISDIR(mode):
            walked = _walk(path, None if follow_symlinks else roots)
            yield from (f for f in walked if not exclude or os.path.realpath(f[0]) not in exclude)
        else:
            yield path, None


def _walk(root: Path, roots: list[str] | None) -> Iterator[tuple[Path, str | None]]:
    seen_dirs: set[str] = set()
    errors: list[tuple[Path, str]] = []

    def on_error(exc: OSError) -> None:
        errors.append((Path(exc.filename or root), os_reason(exc)))

    def allowed(path: str) -> bool:
        if roots is None or not os.path.islink(path) or _inside(os.path.realpath(path), roots):
            return True
        errors.append((Path(path), OUTSIDE_LINK))
        return False

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=on_error):
        real = os.path.realpath(dirpath)
        if real in seen_dirs:
            dirnames[:] = []
            continue
        seen_dirs.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and allowed(os.path.join(dirpath, d)))
        for name in sorted(filenames):
            if _is_input(name) and allowed(os.path.join(dirpath, name)):
                yield Path(dirpath) / name, None
    yield from ((path, error) for path, error in errors)


def _read_bounded(path: Path) -> tuple[bytes | None, int]:
    """A regular file's bytes, or None and its size when it is larger than `MAX_DOCUMENT_BYTES`."""
    with path.open("rb") as handle:
        data = handle.read(MAX_DOCUMENT_BYTES + 1)
        if len(data) <= MAX_DOCUMENT_BYTES:
            return data, len(data)
        return None, max(os.fstat(handle.fileno()).st_size, len(data))


def _failed(path: Path, error: str, content_sha256: str = "") -> RawDocument:
    return RawDocument(input_stem(path), input_where(path), content_sha256, error=error, input_path=path_text(path))


def read_file(path: Path) -> Iterator[RawDocument]:
    """The documents of one file: one for a text file, one per line for JSON Lines."""
    if _is_jsonl(path):
        yield from read_jsonl(path)
        return
    if is_warc(path):
        input_path = path_text(path)
        for document in read_warc(path):
            document.input_path = input_path
            yield document
        return
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            yield _failed(path, "unreadable: not a regular file")
            return
        if info.st_size > MAX_DOCUMENT_BYTES:
            yield _failed(path, f"too large: {info.st_size} bytes", f"size:{info.st_size}")
            return
        data, size = _read_bounded(path)
    except OSError as exc:
        yield _failed(path, os_reason(exc))
        return
    if data is None:  # the file grew past the bound after it was listed
        yield _failed(path, f"too large: {size} bytes", f"size:{size}")
        return
    is_html = path.suffix.lower() in {".html", ".htm"}
    yield RawDocument(
        input_stem(path), input_where(path), sha256(data), raw=data, is_html=is_html, input_path=path_text(path)
    )


def iter_documents(
    paths: Iterable[str | Path], follow_symlinks: bool = False, exclude: frozenset[str] = frozenset()
) -> Iterator[RawDocument]:
    """Every document under `paths` (less the real paths in `exclude`), streamed."""
    for path, error in iter_files(paths, follow_symlinks, exclude):
        if error:
            yield _failed(path, error)
        else:
            yield from read_file(path)


def document_bytes(document: RawDocument) -> int:
    """What a document weighs in a batch: its bytes, or its text's length."""
    if document.raw is not None:
        return len(document.raw)
    return len(document.text) if document.text is not None else 0


def iter_batches(
    paths: Iterable[str | Path],
    batch_size: int,
    max_bytes: int = BATCH_BYTES,
    follow_symlinks: bool = False,
    exclude: frozenset[str] = frozenset(),
) -> Iterator[list[RawDocument]]:
    """Documents in lists of at most `batch_size` documents and (unless one document alone is larger) `max_bytes`."""
    batch: list[RawDocument] = []
    weight = 0
    for document in iter_documents(paths, follow_symlinks, exclude):
        size = document_bytes(document)
        if batch and weight + size > max_bytes:
            yield batch
            batch, weight = [], 0
        batch.append(document)
        weight += size
        if len(batch) >= batch_size:
            yield batch
            batch, weight = [], 0
    if batch:
        yield batch

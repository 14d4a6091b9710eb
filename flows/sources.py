"""Reading inputs: directories, text and HTML files, JSON Lines (plain or gzip), streamed in batches.

This is the pipeline's only reader of input files. It never holds a whole corpus: `iter_batches` yields lists of
`RawDocument`s of a bounded size, and a file or record that cannot be read becomes a `RawDocument` with an `error`
(so it reaches `mart.documents` as quarantined) instead of an exception.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".html", ".htm"})
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # past this a document is quarantined unread: no article is that long


@dataclass(slots=True)
class RawDocument:
    """One input document as read: bytes (files) or text (JSON Lines records), or why it could not be read."""

    source_id: str
    source_path: str
    content_sha256: str
    raw: bytes | None = None
    text: str | None = None
    is_html: bool = False
    url: str | None = None
    title_hint: str | None = None
    fetched_at: str | None = None
    error: str | None = None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (*JSONL_SUFFIXES, ".gz"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _is_jsonl(path: Path) -> bool:
    return path.name.endswith(JSONL_SUFFIXES)


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Every input file under `paths`, in a stable order, with an error for a path that cannot be listed.

    Directories are read recursively; symlinked directories are followed once (a loop is not followed twice);
    hidden files and directories are skipped.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path, None
        else:
            yield path, "unreadable: no such file or directory"


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    seen_dirs: set[str] = set()
    errors: list[tuple[Path, str]] = []

    def on_error(exc: OSError) -> None:
        errors.append((Path(exc.filename or root), f"unreadable: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=on_error):
        real = os.path.realpath(dirpath)
        if real in seen_dirs:
            dirnames[:] = []
            continue
        seen_dirs.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name, None
    yield from ((path, error) for path, error in errors)


def read_file(path: Path) -> Iterator[RawDocument]:
    """The documents of one file: one for a text file, one per line for JSON Lines."""
    if _is_jsonl(path):
        yield from read_jsonl(path)
        return
    source_id, source_path = _stem(path), str(path)
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            yield RawDocument(source_id, source_path, f"size:{size}", error=f"too large: {size} bytes")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield RawDocument(source_id, source_path, "", error=f"unreadable: {exc.strerror or exc}")
        return
    is_html = path.suffix.lower() in {".html", ".htm"}
    yield RawDocument(source_id, source_path, sha256(data), raw=data, is_html=is_html)


def read_jsonl(path: Path) -> Iterator[RawDocument]:
    """Records of a JSON Lines file (gzip or plain), streamed; a bad line or a cut-off gzip becomes a quarantined
    document instead of stopping the file."""
    stem, source_path = _stem(path), str(path)
    opener = gzip.open if path.name.endswith(".gz") else open
    lineno = 0
    try:
        with opener(path, "rb") as handle:
            for lineno, line in enumerate(handle, start=1):
                if line.strip():
                    yield parse_jsonl_record(line, stem=stem, source_path=source_path, lineno=lineno)
    except (OSError, EOFError, zlib.error) as exc:
        reason = f"unreadable: {exc.strerror}" if isinstance(exc, OSError) and exc.strerror else f"truncated: {exc}"
        yield RawDocument(f"{stem}#{lineno + 1}", f"{source_path}:{lineno + 1}", "", error=reason)


def parse_jsonl_record(line: bytes, *, stem: str, source_path: str, lineno: int) -> RawDocument:
    """One JSON Lines record: `{"id", "text" | "html", optional "url", "title", "fetched_at"}`.

    The document's hash is that of its text (or HTML) in UTF-8, so re-serialising the file changes nothing.
    """
    where = f"{source_path}:{lineno}"
    fallback_id = f"{stem}#{lineno}"
    if len(line) > MAX_DOCUMENT_BYTES:
        return RawDocument(fallback_id, where, sha256(line), error=f"too large: {len(line)} bytes")
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return RawDocument(
            fallback_id, where, sha256(line), error=f"not JSON: {exc.msg if hasattr(exc, 'msg') else exc}"
        )
    if not isinstance(record, dict):
        return RawDocument(fallback_id, where, sha256(line), error="not a JSON object")
    raw_id = record.get("id")
    source_id = str(raw_id) if raw_id not in (None, "") else fallback_id
    body, is_html = record.get("text"), False
    if not isinstance(body, str) or not body.strip():
        html = record.get("html")
        if isinstance(html, str) and html.strip():
            body, is_html = html, True
    if not isinstance(body, str):
        return RawDocument(source_id, where, sha256(line), error="no text: the record has no 'text' or 'html' string")
    return RawDocument(
        source_id,
        where,
        sha256(body.encode("utf-8", "surrogatepass")),
        text=body,
        is_html=is_html,
        url=_optional_str(record.get("url")),
        title_hint=_optional_str(record.get("title")),
        fetched_at=_optional_str(record.get("fetched_at")),
    )


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def iter_documents(paths: Iterable[str | Path]) -> Iterator[RawDocument]:
    """Every document under `paths`, streamed."""
    for path, error in iter_files(paths):
        if error:
            yield RawDocument(_stem(path), str(path), "", error=error)
        else:
            yield from read_file(path)


def iter_batches(paths: Iterable[str | Path], batch_size: int) -> Iterator[list[RawDocument]]:
    """Documents in lists of at most `batch_size`."""
    batch: list[RawDocument] = []
    for document in iter_documents(paths):
        batch.append(document)
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch

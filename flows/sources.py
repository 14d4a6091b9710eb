"""Reading inputs: directories, text and HTML files, JSON Lines (plain or gzip), streamed in batches.

This is the pipeline's only reader of input files. It never holds a whole corpus: `iter_batches` yields lists of
`RawDocument`s of a bounded size, and a file or record that cannot be read becomes a `RawDocument` with an `error`
(so it reaches `mart.documents` as quarantined) instead of an exception. Nothing here reads more than
`MAX_DOCUMENT_BYTES` (plus one) into memory for one document, and nothing blocks on a path that is not a regular
file (a FIFO, a device).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from transforms.cleaning import limits

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".html", ".htm"})
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
MAX_DOCUMENT_BYTES = limits.MAX_DOCUMENT_BYTES  # past this a document is quarantined unread: no article is that long
_READ_CHUNK = 1024 * 1024
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# The id of a record too large to parse, when it is the record's first key: {"id": "abc", ...
_LEADING_ID_RE = re.compile(rb'^\s*\{\s*"id"\s*:\s*(?:"([^"\\]{1,512})"|(\d{1,30}))')


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


def valid_text(value: str) -> str:
    """A string that holds only valid Unicode: lone surrogates (from a JSON "\\ud800" escape, or a file name that is
    not UTF-8) become U+FFFD, so the string can be stored.

    >>> valid_text("Hội nghị\\ud800")
    'Hội nghị\\ufffd'
    """
    return _SURROGATE_RE.sub("\ufffd", value) if _SURROGATE_RE.search(value) else value


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (*JSONL_SUFFIXES, ".gz"):
        if name.endswith(suffix):
            return valid_text(name[: -len(suffix)])
    return valid_text(path.stem)


def _where(path: Path) -> str:
    return valid_text(str(path))


def _is_jsonl(path: Path) -> bool:
    return path.name.endswith(JSONL_SUFFIXES)


def _os_reason(exc: OSError) -> str:
    """An OS error as a quarantine reason: 'unreadable: Permission denied'."""
    return f"unreadable: {exc.strerror or type(exc).__name__}"


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Every input file under `paths`, in a stable order, with an error for a path that cannot be listed or read.

    Directories are read recursively; symlinked directories are followed once (a loop is not followed twice);
    hidden files and directories are skipped.
    """
    for given in paths:
        path = Path(given)
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            reason = "unreadable: no such file or directory" if isinstance(exc, FileNotFoundError) else _os_reason(exc)
            yield path, reason
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path)
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
            if not name.startswith("."):
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


@dataclass(slots=True)
class _Line:
    """One line of a JSON Lines file: its bytes, or (past the bound) only its size, hash and leading id."""

    lineno: int
    data: bytes | None
    size: int
    digest: str
    leading_id: str | None = None


def _lines(handle: BinaryIO) -> Iterator[_Line]:
    """The non-blank lines of a binary stream, none held whole when longer than `MAX_DOCUMENT_BYTES`."""
    lineno = 0
    while True:
        line = handle.readline(MAX_DOCUMENT_BYTES + 1)
        if not line:
            return
        lineno += 1
        if len(line) <= MAX_DOCUMENT_BYTES or line.endswith(b"\n"):  # at most the bound and its newline
            if line.strip():
                yield _Line(lineno, line, len(line), "")
            continue
        found = _LEADING_ID_RE.match(line)
        leading_id = (found.group(1) or found.group(2)).decode("utf-8", "replace") if found else None
        digest, size = hashlib.sha256(line), len(line)
        while not line.endswith(b"\n"):
            line = handle.readline(_READ_CHUNK)
            if not line:
                break
            digest.update(line)
            size += len(line)
        yield _Line(lineno, None, size, digest.hexdigest(), leading_id)


def _stream_error(exc: Exception) -> str:
    """Why a JSON Lines file stopped being readable part-way, as a quarantine reason."""
    if isinstance(exc, EOFError):
        return f"truncated: {exc}"
    if isinstance(exc, gzip.BadGzipFile):
        return f"corrupt gzip: {exc}"
    if isinstance(exc, zlib.error):
        return f"corrupt gzip: {exc}"
    if isinstance(exc, OSError) and exc.strerror:
        return _os_reason(exc)
    return f"unreadable: {type(exc).__name__}: {exc}"


def read_jsonl(path: Path) -> Iterator[RawDocument]:
    """Records of a JSON Lines file (gzip or plain), streamed; a bad line or a cut-off gzip becomes a quarantined
    document instead of stopping the file."""
    stem, source_path = _stem(path), _where(path)
    lineno = 0
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            yield RawDocument(stem, source_path, "", error="unreadable: not a regular file")
            return
        with path.open("rb") as plain:
            handle: BinaryIO = gzip.GzipFile(fileobj=plain) if path.name.endswith(".gz") else plain
            for line in _lines(handle):
                lineno = line.lineno
                if line.data is not None:
                    yield parse_jsonl_record(line.data, stem=stem, source_path=source_path, lineno=lineno)
                    continue
                source_id = line.leading_id or f"{stem}#{lineno}"
                where = f"{source_path}:{lineno}"
                yield RawDocument(source_id, where, line.digest, error=f"too large: {line.size} bytes")
    except (OSError, EOFError, zlib.error) as exc:
        yield RawDocument(f"{stem}#{lineno + 1}", f"{source_path}:{lineno + 1}", "", error=_stream_error(exc))


def _json_error(exc: Exception) -> str:
    """Why a line is not a JSON record, as a quarantine reason."""
    if isinstance(exc, UnicodeDecodeError):
        return f"not JSON: invalid UTF-8 at byte {exc.start}"
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON: {exc.msg} at column {exc.colno}"
    if isinstance(exc, RecursionError):
        return "not JSON: nested too deeply"
    return f"not JSON: {exc}"


def parse_jsonl_record(line: bytes, *, stem: str, source_path: str, lineno: int) -> RawDocument:
    """One JSON Lines record: `{"id", "text" | "html", optional "url", "title", "fetched_at"}`.

    The document's hash is that of its text (or HTML) in UTF-8, so re-serialising the file changes nothing. Never
    raises: a line that is not such a record is a document with an `error`.

    >>> parse_jsonl_record('{"id": "a", "text": "Hội nghị"}'.encode(), stem="f", source_path="f.jsonl", lineno=1).text
    'Hội nghị'
    >>> parse_jsonl_record(b'[[[' * 100_000, stem="f", source_path="f.jsonl", lineno=2).error
    'not JSON: nested too deeply'
    """
    where = f"{source_path}:{lineno}"
    fallback_id = f"{stem}#{lineno}"
    if len(line) > MAX_DOCUMENT_BYTES:
        return RawDocument(fallback_id, where, sha256(line), error=f"too large: {len(line)} bytes")
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError, int digits past the limit
        return RawDocument(fallback_id, where, sha256(line), error=_json_error(exc))
    if not isinstance(record, dict):
        return RawDocument(fallback_id, where, sha256(line), error="not a JSON object")
    source_id = _record_id(record.get("id")) or fallback_id
    body, is_html = record.get("text"), False
    if not isinstance(body, str) or not body.strip():
        html = record.get("html")
        if isinstance(html, str) and html.strip():
            body, is_html = html, True
    if not isinstance(body, str):
        return RawDocument(source_id, where, sha256(line), error="no text: the record has no 'text' or 'html' string")
    title = _optional_str(record.get("title"))
    return RawDocument(
        source_id,
        where,
        sha256(body.encode("utf-8", "surrogatepass")),
        text=valid_text(body),
        is_html=is_html,
        url=_optional_str(record.get("url")),
        title_hint=title if title is None or len(title) <= limits.MAX_TITLE_HINT_CHARS else None,
        fetched_at=_optional_str(record.get("fetched_at")),
    )


def _record_id(value: object) -> str | None:
    """A record's id as a string, or None when it has none usable (missing, empty, a structure, too long).

    >>> _record_id(12), _record_id(" "), _record_id({"a": 1}), _record_id("x" * 600)
    ('12', None, None, None)
    """
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = valid_text(str(value)).strip()
    return text if text and len(text) <= limits.MAX_SOURCE_ID_CHARS else None


def _optional_str(value: object) -> str | None:
    return valid_text(value) if isinstance(value, str) and value.strip() else None


def iter_documents(paths: Iterable[str | Path]) -> Iterator[RawDocument]:
    """Every document under `paths`, streamed."""
    for path, error in iter_files(paths):
        if error:
            yield RawDocument(_stem(path), _where(path), "", error=error)
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

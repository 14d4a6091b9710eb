"""JSON Lines input, plain or gzip: one `RawDocument` per record, streamed; no line past the bound held whole."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import stat
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from flows.raw_document import (
    MAX_DOCUMENT_BYTES,
    RawDocument,
    input_stem,
    input_where,
    os_reason,
    path_text,
    sha256,
    valid_text,
)
from transforms.cleaning import limits
from transforms.ingest import given_id, record_id

_READ_CHUNK = 1024 * 1024
_MAX_TIME_CHARS = 64  # longer is no timestamp; the field is dropped rather than stored
# The id of a record too large to parse, when it is the record's first key: {"id": "abc", ...
_LEADING_ID_RE = re.compile(rb'^\s*\{\s*"id"\s*:\s*(?:"([^"\\]{1,512})"|(\d{1,30}))')
_SPACE_RE = re.compile(rb"\s*")
_SURROGATE_ESCAPE_RE = re.compile(rb"\\u[dD]")  # a JSON escape from \ud800 to \udfff starts so (and a few others)
# Bounds on reading one compressed file: a few hundred bytes of gzip can hold gigabytes of blank lines. Real corpora
# compress 3-10 times (the 2017 crawl: 3.3).
MAX_DECOMPRESSED_BYTES = 16 * 1024**3
MAX_RATIO = 100  # decompressed bytes per compressed byte, checked past RATIO_FLOOR
RATIO_FLOOR = 64 * 1024**2
MAX_READ_SECONDS = 600.0  # spent reading and decompressing one file (not processing its records)


class ReadLimit(Exception):
    """Reading a file went past a bound; the message is the quarantine reason."""


@dataclass(slots=True)
class _Line:
    """One line of a JSON Lines file: its bytes, or (past the bound) only its size, hash and leading id."""

    lineno: int
    data: bytes | None
    size: int
    digest: str
    leading_id: str | None = None


class _Budget:
    """Time spent in a file's reads, and (gzip) how far its decompressed size runs ahead of its compressed size."""

    def __init__(self, plain: BinaryIO, handle: BinaryIO) -> None:
        self._plain, self._handle = plain, handle
        self._compressed = handle is not plain
        self.seconds = 0.0

    def check(self, started: float) -> None:
        self.seconds += time.monotonic() - started
        if self.seconds > MAX_READ_SECONDS:
            raise ReadLimit(f"too slow: reading took over {MAX_READ_SECONDS:.0f} s")
        if not self._compressed:
            return
        out, read = self._handle.tell(), self._plain.tell()
        if out > MAX_DECOMPRESSED_BYTES:
            raise ReadLimit(f"too large: over {MAX_DECOMPRESSED_BYTES} bytes once decompressed")
        if out > RATIO_FLOOR and out > MAX_RATIO * read:
            raise ReadLimit(f"too large: {out} bytes decompressed from {read} (a ratio past {MAX_RATIO})")


def _skip_blank(handle: BinaryIO) -> int:
    """Consume the white space at the stream's position, in large steps; returns how many line ends it held."""
    newlines = 0
    while True:
        head = handle.peek(_READ_CHUNK)[:_READ_CHUNK]  # type: ignore[attr-defined]
        blank = _SPACE_RE.match(head).end()  # type: ignore[union-attr]
        if not blank:
            return newlines
        newlines += head.count(b"\n", 0, blank)
        handle.read(blank)
        if blank < len(head):
            return newlines


def _lines(handle: BinaryIO, budget: _Budget) -> Iterator[_Line]:
    """The non-blank lines of a binary stream, none held whole when longer than `MAX_DOCUMENT_BYTES`."""
    lineno = 0
    while True:
        started = time.monotonic()
        lineno += _skip_blank(handle)
        line = handle.readline(MAX_DOCUMENT_BYTES + 1)
        budget.check(started)
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
            started = time.monotonic()
            line = handle.readline(_READ_CHUNK)
            budget.check(started)
            if not line:
                break
            digest.update(line)
            size += len(line)
        yield _Line(lineno, None, size, digest.hexdigest(), leading_id)


def _stream_error(exc: Exception) -> str:
    """Why a JSON Lines file stopped being readable part-way, as a quarantine reason."""
    if isinstance(exc, ReadLimit):
        return str(exc)
    if isinstance(exc, EOFError):
        return f"truncated: {exc}"
    if isinstance(exc, gzip.BadGzipFile):
        return f"corrupt gzip: {exc}"
    if isinstance(exc, zlib.error):
        return f"corrupt gzip: {exc}"
    if isinstance(exc, OSError) and exc.strerror:
        return os_reason(exc)
    return f"unreadable: {type(exc).__name__}: {exc}"


def read_jsonl(path: Path) -> Iterator[RawDocument]:
    """Records of a JSON Lines file (gzip or plain), streamed; a bad line, a cut-off gzip or a file past the reading
    bounds becomes a quarantined document instead of stopping the file, and a file without a record is one."""
    stem, source_path, input_path = input_stem(path), input_where(path), path_text(path)
    lineno, records = 0, 0

    def failed(line: int, error: str, digest: str = "") -> RawDocument:
        where = f"{source_path}:{line}" if line else source_path
        return RawDocument(record_id(stem, line), where, digest, error=error, input_path=input_path, input_line=line)

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            yield RawDocument(stem, source_path, "", error="unreadable: not a regular file", input_path=input_path)
            return
        with path.open("rb") as plain:
            handle: BinaryIO = gzip.GzipFile(fileobj=plain) if path.name.endswith(".gz") else plain  # type: ignore[assignment]
            for line in _lines(handle, _Budget(plain, handle)):
                lineno, records = line.lineno, records + 1
                if line.data is not None:
                    document = parse_jsonl_record(line.data, stem=stem, source_path=source_path, lineno=lineno)
                    document.input_path, document.input_line = input_path, lineno
                    yield document
                    continue
                document = failed(lineno, f"too large: {line.size} bytes", line.digest)
                document.source_id = (line.leading_id and given_id(line.leading_id)) or document.source_id
                yield document
    except (OSError, EOFError, zlib.error, ReadLimit) as exc:
        yield failed(lineno + 1, _stream_error(exc))
        return
    if not records:
        yield failed(0, "empty: no records in the file", sha256(b""))


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
    """One JSON Lines record: `{"id", "text" | "html", optional "url", "title", "published_at" (or "date"),
    "fetched_at"}` (the two times as strings or Unix seconds; they are read later, and one that is not a time is
    ignored).

    The document's hash is that of its text (or HTML) in UTF-8, so re-serialising the file changes nothing. Never
    raises: a line that is not such a record is a document with an `error`.

    >>> parse_jsonl_record('{"id": "a", "text": "Hội nghị"}'.encode(), stem="f", source_path="f.jsonl", lineno=1).text
    'Hội nghị'
    >>> parse_jsonl_record(b'[[[' * 100_000, stem="f", source_path="f.jsonl", lineno=2).error
    'not JSON: nested too deeply'
    """
    where = f"{source_path}:{lineno}"
    fallback_id = record_id(stem, lineno)
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
        text=valid_text(body) if _may_hold_surrogates(line) else body,
        is_html=is_html,
        url=_optional_str(record.get("url")),
        title_hint=title if title is None or len(title) <= limits.MAX_TITLE_HINT_CHARS else None,
        published_at=_optional_time(record.get("published_at", record.get("date"))),
        fetched_at=_optional_time(record.get("fetched_at")),
    )


def _may_hold_surrogates(line: bytes) -> bool:
    """Whether a JSON line can decode to a lone surrogate: only an escape from "\\ud800" to "\\udfff" makes one
    (UTF-8 cannot encode it), so a line without "\\ud" or "\\uD" needs no look at its decoded text.

    >>> _may_hold_surrogates(rb'{"text": "a\\ud800"}'), _may_hold_surrogates('{"text": "Hội"}'.encode())
    (True, False)
    """
    return _SURROGATE_ESCAPE_RE.search(line) is not None


def _record_id(value: object) -> str | None:
    """A record's id as a document id (`transforms.ingest.given_id`), or None when it has none usable (missing,
    empty, a structure, too long).

    >>> _record_id(12), _record_id(" "), _record_id({"a": 1}), _record_id("x" * 600)
    ('12', None, None, None)
    """
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = valid_text(str(value)).strip()
    return given_id(text) if text and len(text) <= limits.MAX_SOURCE_ID_CHARS else None


def _optional_str(value: object) -> str | None:
    return valid_text(value) if isinstance(value, str) and value.strip() else None


def _optional_time(value: object) -> str | None:
    """A record's time as a string: text as given (bounded), a number (Unix seconds) written out.

    >>> _optional_time("2024-05-20"), _optional_time(1716176000), _optional_time(True), _optional_time("x" * 200)
    ('2024-05-20', '1716176000', None, None)
    """
    text = str(value) if isinstance(value, int | float) and not isinstance(value, bool) else _optional_str(value)
    return text if text is not None and len(text) <= _MAX_TIME_CHARS else None

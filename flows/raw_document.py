"""One input document as read, `RawDocument`, and what every reader gives it: its name, hash, size bound and errors."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from transforms.cleaning import limits
from transforms.ingest import given_id, name_text

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
ARCHIVE_SUFFIXES = (".warc.gz", ".warc")
MAX_DOCUMENT_BYTES = limits.MAX_DOCUMENT_BYTES  # past this a document is quarantined unread: no article is that long
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_ESCAPED_RE = re.compile(rb"%([0-9A-F]{2})")


@dataclass(slots=True)
class RawDocument:
    """One input document as read: bytes (files) or text (JSON Lines records), or why it could not be read.

    `source_path` says where, for people (a record's line after a colon); `input_path` is the file's absolute path
    in the reversible form of `path_text`, which the pipeline compares across runs, and `input_line` a record's
    line in it."""

    source_id: str
    source_path: str
    content_sha256: str
    raw: bytes | None = None
    text: str | None = None
    is_html: bool = False
    url: str | None = None
    title_hint: str | None = None
    published_at: str | None = None  # as the record gives them; read by `transforms.text.parse_timestamp`
    fetched_at: str | None = None
    error: str | None = None
    input_path: str | None = None
    input_line: int | None = None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def valid_text(value: str) -> str:
    """A string that holds only valid Unicode: lone surrogates (from a JSON "\\ud800" escape) become U+FFFD, so the
    string can be stored.

    >>> valid_text("Hội nghị\\ud800")
    'Hội nghị\\ufffd'
    """
    return _SURROGATE_RE.sub("\ufffd", value) if _SURROGATE_RE.search(value) else value


def path_text(path: str | Path) -> str:
    """A path as absolute, storable text that `text_path` turns back into the same path: "%" is written %25 and each
    byte that is not UTF-8 %XX.

    >>> path_text("/data/100%/t\\udceante.txt")
    '/data/100%25/t%EAnte.txt'
    >>> str(text_path(path_text("/data/100%/t\\udceante.txt"))) == "/data/100%/t\\udceante.txt"
    True
    """
    return name_text(os.path.abspath(path).replace("%", "%25"))


def text_path(text: str) -> Path:
    """The path that `path_text` wrote."""
    return Path(os.fsdecode(_ESCAPED_RE.sub(lambda m: bytes([int(m.group(1), 16)]), text.encode("utf-8"))))


def input_stem(path: Path) -> str:
    """A file's document id: its name without the input suffixes (`tin.jsonl.gz` -> `tin`), as `given_id` writes it."""
    name = path.name
    for suffix in (*JSONL_SUFFIXES, *ARCHIVE_SUFFIXES, ".gz"):
        if name.endswith(suffix):
            return given_id(name[: -len(suffix)])
    return given_id(path.stem)


def input_where(path: Path) -> str:
    """A file's path as the documents read from it show it to people (`source_path`)."""
    return name_text(str(path))


def os_reason(exc: OSError) -> str:
    """An OS error as a quarantine reason: 'unreadable: Permission denied'."""
    return f"unreadable: {exc.strerror or type(exc).__name__}"

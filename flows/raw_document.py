"""One input document as read, `RawDocument`, and what every reader gives it: its name, hash, size bound and errors."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from transforms.cleaning import limits

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
ARCHIVE_SUFFIXES = (".warc.gz", ".warc")
MAX_DOCUMENT_BYTES = limits.MAX_DOCUMENT_BYTES  # past this a document is quarantined unread: no article is that long
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


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
    for suffix in (*JSONL_SUFFIXES, *ARCHIVE_SUFFIXES, ".gz"):
        if name.endswith(suffix):
            return valid_text(name[: -len(suffix)])
    return valid_text(path.stem)


def _where(path: Path) -> str:
    return valid_text(str(path))


def _os_reason(exc: OSError) -> str:
    """An OS error as a quarantine reason: 'unreadable: Permission denied'."""
    return f"unreadable: {exc.strerror or type(exc).__name__}"

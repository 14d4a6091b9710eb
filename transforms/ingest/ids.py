"""Document ids: the id of an input as given, and the ids the pipeline makes up, which can never equal a given one.

A given id is a file's name without its extension, or a JSON Lines record's "id". The pipeline makes ids up for a
record without a usable id (`stem#LINE`) and for an id met again from another input (`id#HASH`): every made-up id
holds `GENERATED_MARK`, and a given id never does, since a "#" in it is written "%23" (as in a URL). A file name's
bytes that are not UTF-8 are written "%XX", so two names that differ only in such bytes keep two ids.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Container

GENERATED_MARK = "#"
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _escape_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"%{code - 0xDC00:02X}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def name_text(name: str) -> str:
    """An OS file name (or path) as valid text, bytes-faithful: each byte that is not UTF-8 (which Python keeps as a
    lone surrogate) is written %XX.

    >>> name_text("t\\udceante"), name_text("Hội nghị")
    ('t%EAnte', 'Hội nghị')
    """
    return _SURROGATE_RE.sub(_escape_surrogate, name) if _SURROGATE_RE.search(name) else name


def given_id(text: str) -> str:
    """A file stem or a record id as a document id: bytes-faithful, with `GENERATED_MARK` written %23.

    >>> given_id("tin#1"), given_id("t\\udcea")
    ('tin%231', 't%EA')
    """
    return name_text(text).replace(GENERATED_MARK, "%23")


def record_id(stem_id: str, lineno: int) -> str:
    """The made-up id of a JSON Lines record without a usable id: its file's id and line number (0: the file).

    >>> record_id("tin", 7)
    'tin#7'
    """
    return f"{stem_id}{GENERATED_MARK}{lineno}"


def repeated_id(source_id: str, location: str, taken: Container[str] = frozenset()) -> str:
    """The made-up id of a document whose id was already read from another input in the run: the id and a hash of
    where this one was read, lengthened in the unlikely case that the result is already `taken`.

    >>> repeated_id("tin", "/data/b/tin.txt")
    'tin#29310e560eb7'
    """
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()
    for length in range(12, len(digest) + 1, 4):
        candidate = f"{source_id}{GENERATED_MARK}{digest[:length]}"
        if candidate not in taken:
            return candidate
    raise ValueError(f"no free id for a repeat of {source_id!r} read from {location}")


def is_generated(source_id: str) -> bool:
    """Whether an id was made up by the pipeline rather than given by an input.

    >>> is_generated("tin#7"), is_generated("tin%237")
    (True, False)
    """
    return GENERATED_MARK in source_id

"""Stage 4, extract: one relevant document (`model.DocumentContext`: clean text, sentences, title, publication time)
in, a `model.Extraction` out: the meetings it reports, the people it names with their roles, the figures it
reports, the place it is about and the date of its meeting. Each fact carries its character offsets.

Subpackages, one per kind of fact: `sessions`, `people`, `indicators`, `places`, `dates`.
Entry points: `extract_document` (one document), `extract_frame` (a batch's loaded documents),
`extraction_record` (an extraction as plain JSON-ready data).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from transforms.extraction.batch import extract_frame
    from transforms.extraction.document import extract_document, extraction_record

__all__ = ["extract_document", "extract_frame", "extraction_record"]
# The entry points are imported when first used: a process that only reads the indicator catalogue (every command
# that opens the warehouse for writing) does not import the extractors, their vocabularies and underthesea.
_HOMES = {"extract_frame": "batch", "extract_document": "document", "extraction_record": "document"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)

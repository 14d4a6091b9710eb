"""Stage 4, extract: one relevant document (`model.DocumentContext`: clean text, sentences, title, publication time)
in, a `model.Extraction` out: the meetings it reports, the people it names with their roles, the figures it
reports, the place it is about and the date of its meeting. Each fact carries its character offsets.

Subpackages, one per kind of fact: `sessions`, `people`, `indicators`, `places`, `dates`.
Entry points: `extract_document` (one document), `extract_frame` (a batch's loaded documents),
`extraction_record` (an extraction as plain JSON-ready data).
"""

from transforms.extraction.batch import extract_frame
from transforms.extraction.document import extract_document, extraction_record

__all__ = ["extract_document", "extract_frame", "extraction_record"]

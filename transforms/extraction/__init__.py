"""extraction."""

from transforms.extraction.batch import extract_frame
from transforms.extraction.document import extraction_record

__all__ = ["extract_frame", "extraction_record"]

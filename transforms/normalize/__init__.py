"""normalize."""

from transforms.normalize.documents import document_rows
from transforms.normalize.rows import normalize_frames

__all__ = ["document_rows", "normalize_frames"]

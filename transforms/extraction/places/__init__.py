"""extraction/places."""

from transforms.extraction.places.gazetteer import Gazetteer
from transforms.extraction.places.resolve import resolve_document_place

__all__ = ["Gazetteer", "resolve_document_place"]

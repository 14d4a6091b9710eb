"""Places: a `DocumentContext` and the gazetteer in, a `DocumentPlace` out: the province and district-level unit an
article is about. `gazetteer` holds the units as lookups, `mentions` finds unit names in text, `evidence` weighs
them, `resolve` decides.

Entry points: `Gazetteer`, `resolve_document_place`.
"""

from transforms.extraction.places.gazetteer import Gazetteer
from transforms.extraction.places.resolve import resolve_document_place

__all__ = ["Gazetteer", "resolve_document_place"]

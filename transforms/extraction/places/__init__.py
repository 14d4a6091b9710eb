"""Places: a `DocumentContext` and the gazetteers in, a `DocumentPlace` out: the place an article is about in both
administrative structures, before the 2025-07-01 reform (province, district-level unit) and after it (province,
commune-level unit), each mapped to the other.

`gazetteer` holds one era's units as lookups, `mentions` finds unit names in text, `evidence` weighs them, `resolve`
decides in one structure; `era` tells which structure an article is written in, `hosts` reads the page's address,
`former` the units a new one was formed from, `bridge` maps old to new, `history` the districts dissolved before
the legacy snapshot, `atlas` holds all of it, `readings` gathers the evidence of each structure, `article` puts them
together.

Entry points: `Places` (built once with `Places.from_frames`), `resolve_document_place`; `Gazetteer` for one era;
`loose_key`, the tone-free key names are matched under.
"""

from transforms.extraction.places.article import resolve_document_place
from transforms.extraction.places.atlas import Places
from transforms.extraction.places.gazetteer import Gazetteer
from transforms.extraction.places.keys import loose_key

__all__ = ["Gazetteer", "Places", "loose_key", "resolve_document_place"]

"""Stage 5, normalize: extractions and the gazetteer in, the warehouse's row shapes out (`schemas.DOCUMENT_FACTS`,
`SESSIONS`, `ROLES`, `INDICATORS`): place keys, canonical bodies (`bodies`: one body per type, level, unit and era,
whatever the article calls it), person keys and scopes (`people`), evidence sentences; then the documents table's
rows, with documents whose extraction failed quarantined, less those judged again with the outcome the warehouse
already holds.

Entry points: `normalize_frames`, `document_rows`, `drop_unchanged_outcomes`, `canonical_body`.
"""

from transforms.normalize.bodies import canonical_body
from transforms.normalize.documents import document_rows, drop_unchanged_outcomes
from transforms.normalize.rows import normalize_frames

__all__ = ["canonical_body", "document_rows", "drop_unchanged_outcomes", "normalize_frames"]

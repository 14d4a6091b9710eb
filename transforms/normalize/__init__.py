"""Stage 5, normalize: extractions in, the warehouse's row shapes out (`schemas.DOCUMENT_FACTS`, `SESSIONS`, `ROLES`,
`INDICATORS`): place keys, person name keys, evidence sentences; then the documents table's rows, with documents
whose extraction failed quarantined, less those judged again with the outcome the warehouse already holds.

Entry points: `normalize_frames`, `document_rows`, `drop_unchanged_outcomes`.
"""

from transforms.normalize.documents import document_rows, drop_unchanged_outcomes
from transforms.normalize.rows import normalize_frames

__all__ = ["document_rows", "drop_unchanged_outcomes", "normalize_frames"]

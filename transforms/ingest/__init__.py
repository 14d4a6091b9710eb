"""Stage 1, ingest: input records (dicts with the `schemas.INGESTED` fields) in, the `INGESTED` frame out, one
row per input document.

Entry points: `ingest_frame` (records to a frame), `disambiguate_repeated_ids` (an id met twice in one run),
`drop_unchanged` (documents the warehouse already holds in the same version are skipped).
"""

from transforms.ingest.frames import disambiguate_repeated_ids, drop_unchanged, ingest_frame

__all__ = ["disambiguate_repeated_ids", "drop_unchanged", "ingest_frame"]

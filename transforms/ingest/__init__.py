"""Stage 1, ingest: input records (dicts with the `schemas.INGESTED` fields) in, the `INGESTED` frame out, one
row per input document, each under an id of its own; then the batch split by what the warehouse holds (`Changes`:
documents to process, unchanged ones, inputs that failed).

Entry points: `ingest_frame` (records to a frame; `ingest_heads` without their bodies, `with_bodies` to add them),
`assign_ids` (an id met twice in one run gets a made-up id that no input can give), `split_changes` (fresh, stub,
unchanged, kept and touched documents), and the id rules of `transforms.ingest.ids` (`given_id`, `record_id`,
`repeated_id`, `name_text`).
"""

from transforms.ingest.changes import GOOD, STORED, Changes, input_sha256, split_changes
from transforms.ingest.frames import (
    BODY_MARKS,
    REPEATED,
    assign_ids,
    ingest_frame,
    ingest_heads,
    is_blank,
    location,
    with_bodies,
)
from transforms.ingest.ids import GENERATED_MARK, given_id, is_generated, name_text, record_id, repeated_id

__all__ = [
    "BODY_MARKS",
    "GENERATED_MARK",
    "GOOD",
    "REPEATED",
    "STORED",
    "Changes",
    "assign_ids",
    "given_id",
    "ingest_frame",
    "ingest_heads",
    "input_sha256",
    "is_blank",
    "is_generated",
    "location",
    "name_text",
    "record_id",
    "repeated_id",
    "split_changes",
    "with_bodies",
]

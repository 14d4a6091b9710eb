"""ingest."""

from transforms.ingest.frames import disambiguate_repeated_ids, drop_unchanged, ingest_frame

__all__ = ["disambiguate_repeated_ids", "drop_unchanged", "ingest_frame"]

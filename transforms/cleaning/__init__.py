"""Stage 2, cleaning: the `INGESTED` frame in, the `CLEANED` frame out (one row per input document): bytes decoded to
NFC text, HTML reduced to its article, site chrome removed, headline, publication time, byline and category lifted
out, the relevance verdict of `transforms.relevance` attached, and anything unreadable or over the limits
quarantined with its reason.

Entry point: `clean_frame`. One page alone: `page.clean_document`; bytes alone: `decode.decode_bytes`.
"""

from transforms.cleaning.frames import clean_frame

__all__ = ["clean_frame"]

"""Stage 2, cleaning: the `INGESTED` frame in, the `CLEANED` frame out (one row per input document): bytes decoded to
NFC text, HTML reduced to its article, site chrome removed, headline, publication time, byline and category lifted
out, the relevance verdict of `transforms.relevance` attached, and anything unreadable or over the limits
quarantined with its reason.

Entry point: `clean_frame`. One page alone: `page.clean_document`; bytes alone: `decode.decode_bytes`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from transforms.cleaning.frames import clean_frame

__all__ = ["clean_frame"]


def __getattr__(name: str) -> Any:
    # `clean_frame` is imported when first used: readers import `transforms.cleaning.limits`, and the flow's process
    # of a large run, whose workers do the cleaning, never needs the cleaners, their vocabularies and the relevance
    # model.
    if name != "clean_frame":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from transforms.cleaning.frames import clean_frame

    globals()["clean_frame"] = clean_frame  # later look-ups find it without this function
    return clean_frame

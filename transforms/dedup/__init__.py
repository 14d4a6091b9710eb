"""dedup."""

from transforms.dedup.marking import mark_duplicates
from transforms.dedup.signatures import NearDuplicateIndex, text_key

__all__ = ["NearDuplicateIndex", "mark_duplicates", "text_key"]

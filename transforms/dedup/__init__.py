"""Stage 3, deduplicate: the `CLEANED` frame in, the same frame out with exact copies (same folded text) and near
copies (MinHash LSH over the body's word shingles) marked `duplicate`, naming the first.

Entry points: `mark_duplicates`, `mark_exact_copies` and `copies_as_judged` (its cheap cases), `text_key`,
`NearDuplicateIndex`.
"""

from transforms.dedup.marking import copies_as_judged, mark_duplicates, mark_exact_copies
from transforms.dedup.signatures import NearDuplicateIndex, text_key

__all__ = ["NearDuplicateIndex", "copies_as_judged", "mark_duplicates", "mark_exact_copies", "text_key"]

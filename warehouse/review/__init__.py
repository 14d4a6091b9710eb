"""The review page: one static, self-contained HTML page on which a researcher checks extractions against the text.

Entry points: `render_review` (the page), `review_rows` / `run_document_ids` (what it shows, from the warehouse),
and `is_review_page` (whether a file is such a page, and so may be replaced).
`page` lays out the page, `highlight` marks the facts in the text by their offsets, `values` prints values.
"""

from warehouse.review.page import is_review_page, render_review
from warehouse.review.rows import review_rows, run_document_ids

__all__ = ["is_review_page", "render_review", "review_rows", "run_document_ids"]

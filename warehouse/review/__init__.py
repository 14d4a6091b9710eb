"""The review page: one static, self-contained HTML page on which a researcher checks extractions against the text.

Entry point: `render_review`. `page` lays out the page, `highlight` marks the facts in the text by their offsets,
`values` prints values.
"""

from warehouse.review.page import render_review

__all__ = ["render_review"]

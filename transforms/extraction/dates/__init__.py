"""Dates: a `DocumentContext` (and its sessions) in, the date of the meeting the article reports out, with the
year a date omits inferred from the document and how it is known (`years`: the publication or fetch date, else the
article's own clues, read by `clues`).

Entry points: `infer_event_date`, and the spans dates are read in: `dates_in`, `sentence_spans`, `lead_spans`,
`title_span`; the year of the article's own time, `article_year`; the bases of a year: `STATED`, `PUBLISHED`,
`FETCHED`, `INFERRED`.
"""

from transforms.extraction.dates.event import dates_in, infer_event_date, lead_spans, sentence_spans, title_span
from transforms.extraction.dates.years import FETCHED, INFERRED, PUBLISHED, STATED, article_year

__all__ = [
    "FETCHED",
    "INFERRED",
    "PUBLISHED",
    "STATED",
    "article_year",
    "dates_in",
    "infer_event_date",
    "lead_spans",
    "sentence_spans",
    "title_span",
]

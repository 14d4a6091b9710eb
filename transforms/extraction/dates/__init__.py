"""Dates: a `DocumentContext` (and its sessions) in, the date of the meeting the article reports out, with the
year a date omits inferred from the document (`years`).

Entry points: `infer_event_date`, and the spans dates are read in: `dates_in`, `sentence_spans`, `lead_spans`,
`title_span`.
"""

from transforms.extraction.dates.event import dates_in, infer_event_date, lead_spans, sentence_spans, title_span

__all__ = ["dates_in", "infer_event_date", "lead_spans", "sentence_spans", "title_span"]

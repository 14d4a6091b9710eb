"""extraction/dates."""

from transforms.extraction.dates.event import dates_in, infer_event_date, lead_spans, sentence_spans, title_span

__all__ = ["dates_in", "infer_event_date", "lead_spans", "sentence_spans", "title_span"]

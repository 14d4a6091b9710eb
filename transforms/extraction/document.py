"""One document's extraction: every extractor over its clean text, and the places and event date they point to."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from transforms.extraction.dates import infer_event_date
from transforms.extraction.indicators import extract_indicators
from transforms.extraction.people import extract_roles
from transforms.extraction.places import Places, resolve_document_place
from transforms.extraction.sessions import extract_sessions
from transforms.model import DocumentContext, Extraction


def extract_document(ctx: DocumentContext, places: Places) -> Extraction:
    """Sessions, roles, figures, the place the article is about and its event date.

    Place names attached to the reported bodies and titles (e.g. "Bắc Sơn" in "Ban Chấp hành Đảng bộ huyện Bắc
    Sơn") are passed to place resolution as hints: they outweigh a place merely mentioned in passing, and the body of
    the main meeting names what the article is about. The event date tells place resolution which administrative
    structure an undated page is written in.
    """
    sessions = extract_sessions(ctx)
    roles = extract_roles(ctx)
    indicators = extract_indicators(ctx)
    hints = [s.place_name for s in sessions if s.place_name] + [r.place_name for r in roles if r.place_name]
    event_date, basis = infer_event_date(ctx, sessions)
    return Extraction(
        sessions=sessions,
        roles=roles,
        indicators=indicators,
        place=resolve_document_place(ctx, places, hints, event_date, sessions[0].body_name if sessions else None),
        event_date=event_date,
        event_date_basis=basis,
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def extraction_record(document: dict[str, Any], extraction: Extraction) -> dict[str, Any]:
    """A document's cleaning metadata and extraction as plain JSON-ready data (for golden files and reviews)."""
    keep = ("source_id", "title", "published_at", "authors", "source_unit", "category", "is_relevant", "status")
    return _jsonable({**{k: document.get(k) for k in keep}, **asdict(extraction)})

"""The frames that pass between the pipeline's stages, column by column, with each one's grain.

- `INGESTED`: one row per input document, as read.
- `CLEANED`: one row per input document, after cleaning, relevance and duplicate marking.
- `DOCUMENT_FACTS`: one row per extracted document: its event date and place (dimension keys of both eras).
- `SESSIONS`: one row per meeting mention; `ROLES`: one per (person, role) in a document; `INDICATORS`: one per figure.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

INGESTED = pl.Schema(
    {
        "source_id": pl.String,
        "source_path": pl.String,
        "content_sha256": pl.String,
        "raw": pl.Binary,
        "text": pl.String,
        "is_html": pl.Boolean,
        "url": pl.String,
        "title_hint": pl.String,
        "published_at": pl.String,  # as the input gave it, not yet read
        "fetched_at": pl.String,
        "error": pl.String,
        "input_path": pl.String,
        "input_line": pl.Int64,
    }
)

CLEANED = pl.Schema(
    {
        "source_id": pl.String,
        "source_path": pl.String,
        "content_sha256": pl.String,
        "url": pl.String,
        "status": pl.String,
        "status_reason": pl.String,
        "duplicate_of": pl.String,
        "encoding": pl.String,
        "title": pl.String,
        "published_at": pl.Datetime("us"),  # the page's own stamp, else the input's
        "fetched_at": pl.Datetime("us"),
        "authors": pl.List(pl.String),
        "source_unit": pl.String,
        "category": pl.String,
        "banner": pl.String,
        "is_relevant": pl.Boolean,
        "relevance_reason": pl.String,
        "relevance_score": pl.Float64,
        "text_key": pl.String,
        "clean_text": pl.String,
    }
)


DOCUMENT_FACTS = pl.Schema(
    {
        "source_id": pl.String,
        "event_date": pl.Date,
        "event_date_basis": pl.String,
        "province_key": pl.String,
        "district_key": pl.String,
        "province_key_2025": pl.String,
        "commune_key_2025": pl.String,
    }
)

SESSIONS = pl.Schema(
    {
        "source_id": pl.String,
        "seq": pl.Int32,
        "session_type": pl.String,
        "body_name": pl.String,
        "body_key": pl.String,
        "body_type": pl.String,
        "level": pl.String,
        "body_id": pl.String,
        "body_canonical_name": pl.String,
        "body_unit_key": pl.String,
        "body_own_name": pl.String,
        "body_part": pl.String,
        "ordinal": pl.Int32,
        "term": pl.String,
        "term_start_year": pl.Int32,
        "term_end_year": pl.Int32,
        "start_date": pl.Date,
        "end_date": pl.Date,
        "province_code": pl.String,
        "district_code": pl.String,
        "province_code_2025": pl.String,
        "commune_code_2025": pl.String,
        "char_start": pl.Int32,
        "char_end": pl.Int32,
        "sentence_start": pl.Int32,
        "sentence_end": pl.Int32,
        "evidence": pl.String,
    }
)

ROLES = pl.Schema(
    {
        "source_id": pl.String,
        "seq": pl.Int32,
        "person_name": pl.String,
        "name_key": pl.String,
        "person_scope": pl.String,
        "person_district": pl.String,
        "position": pl.String,
        "organization_type": pl.String,
        "level": pl.String,
        "title_text": pl.String,
        "body_id": pl.String,
        "body_canonical_name": pl.String,
        "unit_key": pl.String,
        "body_part": pl.String,
        "char_start": pl.Int32,
        "char_end": pl.Int32,
        "sentence_start": pl.Int32,
        "sentence_end": pl.Int32,
        "evidence": pl.String,
    }
)

INDICATORS = pl.Schema(
    {
        "source_id": pl.String,
        "seq": pl.Int32,
        "indicator_code": pl.String,
        "indicator_label": pl.String,
        "value": pl.Float64,
        "unit": pl.String,
        "qualifier": pl.String,
        "measure": pl.String,
        "figure_text": pl.String,
        "period_label": pl.String,
        "period_start": pl.Date,
        "period_end": pl.Date,
        "char_start": pl.Int32,
        "char_end": pl.Int32,
        "sentence_start": pl.Int32,
        "sentence_end": pl.Int32,
        "evidence": pl.String,
    }
)


FACT_FRAMES = ("documents", "sessions", "roles", "indicators")  # the fields of `Facts`, in order


@dataclass(slots=True)
class Facts:
    """What the extract and normalize stages hand on: frames in the schemas above."""

    documents: pl.DataFrame
    sessions: pl.DataFrame
    roles: pl.DataFrame
    indicators: pl.DataFrame

    @classmethod
    def empty(cls) -> Facts:
        """The facts of a batch with nothing to extract: every frame empty, in its schema."""
        return cls(DOCUMENT_FACTS.to_frame(), SESSIONS.to_frame(), ROLES.to_frame(), INDICATORS.to_frame())

    @property
    def counts(self) -> dict[str, int]:
        return {"sessions": self.sessions.height, "roles": self.roles.height, "indicators": self.indicators.height}

"""Batch-level fact transforms: extraction over the relevant documents of a batch, then normalisation into the rows
the warehouse's staging tables take (`transforms.schemas`)."""

from __future__ import annotations

from typing import Any

import polars as pl

from transforms.model import Extraction, PlaceRef
from transforms.schemas import DOCUMENT_FACTS, INDICATORS, ROLES, SESSIONS, Facts
from transforms.text import match_key


def unit_key(place: PlaceRef | None) -> str | None:
    """The dimension key of a gazetteer unit: 'legacy:district:178', '2025:commune:05395'."""
    return place.key if place else None


def _evidence(text: str, start: int, end: int) -> str:
    return text[start:end].strip()


def _session_rows(source_id: str, text: str, ex: Extraction) -> list[dict[str, Any]]:
    """One row per meeting; a local body takes the document's place: its province (both eras), its district
    before the reform, and for a commune-level body its 2025 commune."""
    province = ex.place.province.code if ex.place.province else None
    district = ex.place.district.code if ex.place.district else None
    province_2025 = ex.place.province_2025.code if ex.place.province_2025 else None
    commune_2025 = ex.place.commune_2025.code if ex.place.commune_2025 else None
    rows = []
    for seq, s in enumerate(ex.sessions):
        local = s.level in {"district", "commune"}
        rows.append(
            {
                "source_id": source_id,
                "seq": seq,
                "session_type": s.session_type,
                "body_name": s.body_name,
                "body_key": match_key(s.body_name) if s.body_name else None,
                "body_type": s.body_type,
                "level": s.level,
                "ordinal": s.ordinal,
                "term": s.term,
                "term_start_year": s.term_start_year,
                "term_end_year": s.term_end_year,
                "start_date": s.start_date,
                "end_date": s.end_date,
                "province_code": province if s.level != "central" else None,
                "district_code": district if local else None,
                "province_code_2025": province_2025 if s.level != "central" else None,
                "commune_code_2025": commune_2025 if s.level == "commune" else None,
                "char_start": s.char_start,
                "char_end": s.char_end,
                "sentence_start": s.sentence_start,
                "sentence_end": s.sentence_end,
                "evidence": _evidence(text, s.sentence_start, s.sentence_end),
            }
        )
    return rows


def _role_rows(source_id: str, text: str, ex: Extraction) -> list[dict[str, Any]]:
    province = ex.place.province.code if ex.place.province else None
    central_only: dict[str, bool] = {}
    for r in ex.roles:
        if r.level is not None:  # a person named with no role is scoped by the roles they have elsewhere, if any
            key = match_key(r.person_name)
            central_only[key] = central_only.get(key, True) and r.level == "central"
    rows = []
    for seq, r in enumerate(ex.roles):
        key = match_key(r.person_name)
        rows.append(
            {
                "source_id": source_id,
                "seq": seq,
                "person_name": r.person_name,
                "name_key": key,
                "person_scope": None if central_only.get(key) else province,
                "position": r.position,
                "organization_type": r.organization_type,
                "level": r.level,
                "title_text": r.title_text,
                "char_start": r.char_start,
                "char_end": r.char_end,
                "sentence_start": r.sentence_start,
                "sentence_end": r.sentence_end,
                "evidence": _evidence(text, r.sentence_start, r.sentence_end),
            }
        )
    return rows


def _indicator_rows(source_id: str, text: str, ex: Extraction) -> list[dict[str, Any]]:
    return [
        {
            "source_id": source_id,
            "seq": seq,
            "indicator_code": i.indicator_code,
            "indicator_label": i.indicator_label,
            "value": float(i.value),
            "unit": i.unit,
            "qualifier": i.qualifier,
            "measure": i.measure,
            "figure_text": i.text,
            "period_label": i.period_label,
            "period_start": i.period_start,
            "period_end": i.period_end,
            "char_start": i.char_start,
            "char_end": i.char_end,
            "sentence_start": i.sentence_start,
            "sentence_end": i.sentence_end,
            "evidence": _evidence(text, i.sentence_start, i.sentence_end),
        }
        for seq, i in enumerate(ex.indicators)
    ]


def normalize_frames(extracted: list[tuple[str, str, Extraction]]) -> Facts:
    """Extraction records to the warehouse's row shapes: place keys, person name keys and scopes, evidence text."""
    docs, sessions, roles, indicators = [], [], [], []
    for source_id, text, ex in extracted:
        docs.append(
            {
                "source_id": source_id,
                "event_date": ex.event_date,
                "event_date_basis": ex.event_date_basis if ex.event_date is not None else None,
                "province_key": unit_key(ex.place.province),
                "district_key": unit_key(ex.place.district),
                "province_key_2025": unit_key(ex.place.province_2025),
                "commune_key_2025": unit_key(ex.place.commune_2025),
            }
        )
        sessions.extend(_session_rows(source_id, text, ex))
        roles.extend(_role_rows(source_id, text, ex))
        indicators.extend(_indicator_rows(source_id, text, ex))
    return Facts(
        documents=pl.DataFrame(docs, schema=DOCUMENT_FACTS, orient="row"),
        sessions=pl.DataFrame(sessions, schema=SESSIONS, orient="row"),
        roles=pl.DataFrame(roles, schema=ROLES, orient="row"),
        indicators=pl.DataFrame(indicators, schema=INDICATORS, orient="row"),
    )

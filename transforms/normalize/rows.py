"""The rows the warehouse's staging tables take (`transforms.schemas`), from a batch's extraction records: place keys,
canonical bodies, person keys and scopes, evidence sentences."""

from __future__ import annotations

from typing import Any

import polars as pl

from transforms.extraction.places import Places
from transforms.model import Extraction, PlaceRef, RoleMention
from transforms.normalize.anchors import named_in
from transforms.normalize.bodies import TERRITORIAL, CanonicalBody, canonical_body, unit_key_of
from transforms.normalize.people import (
    Anchor,
    named_bodies,
    person_scopes,
    role_part,
    sentence_units,
    stack_units,
    title_place,
)
from transforms.schemas import DOCUMENT_FACTS, INDICATORS, ROLES, SESSIONS, Facts
from transforms.text import match_key


def unit_key(place: PlaceRef | None) -> str | None:
    """The dimension key of a gazetteer unit: 'legacy:district:178', '2025:commune:05395'."""
    return unit_key_of(place)


def _evidence(text: str, start: int, end: int) -> str:
    return text[start:end].strip()


def _unit_codes(unit: PlaceRef, ex: Extraction, places: Places) -> tuple[str | None, ...]:
    """(province, district) before the reform and (province, commune) since, of a body's unit: a legacy unit's own
    codes and the article's 2025 place; a 2025 unit's codes and the legacy units it was formed from."""
    province, district = places.formed_from(unit)
    if unit.era == "legacy":
        province_2025 = ex.place.province_2025.code if ex.place.province_2025 else None
        commune_2025 = ex.place.commune_2025.code if ex.place.commune_2025 else None
    else:
        province_2025, commune_2025 = unit.province_code, unit.code if unit.level == "commune" else None
    return province.code if province else None, district.code if district else None, province_2025, commune_2025


def _session_bodies(ex: Extraction, places: Places) -> list[CanonicalBody | None]:
    """The canonical body of each meeting. Voters meet their province's deputies, never the Quốc hội as a whole: a
    voter meeting's Assembly is the province's delegation ("tổ đại biểu Quốc hội tiếp xúc cử tri")."""
    bodies: list[CanonicalBody | None] = []
    for s in ex.sessions:
        if not (s.body_name and s.body_type):
            bodies.append(None)
            continue
        name = s.body_name
        if s.session_type == "voter_meeting" and s.body_type == "national_assembly" and "đoàn" not in match_key(name):
            name = f"Đoàn đại biểu {name}"
        bodies.append(canonical_body(name, s.body_type, s.level, s.place_name, ex.place, places, on=ex.event_date))
    return bodies


def _session_rows(source_id: str, text: str, ex: Extraction, places: Places) -> list[dict[str, Any]]:
    """One row per meeting: the units of its canonical body in both eras, else the document's place (its province in
    both eras, its district before the reform, and for a commune-level body its 2025 commune)."""
    doc_province = ex.place.province.code if ex.place.province else None
    doc_district = ex.place.district.code if ex.place.district else None
    province_2025 = ex.place.province_2025.code if ex.place.province_2025 else None
    commune_2025 = ex.place.commune_2025.code if ex.place.commune_2025 else None
    rows = []
    for seq, (s, body) in enumerate(zip(ex.sessions, _session_bodies(ex, places), strict=True)):
        level = body.level if body else s.level
        if body is not None and body.unit is not None:
            province, district, body_province_2025, body_commune_2025 = _unit_codes(body.unit, ex, places)
        else:  # a body whose unit is unknown meets where the article is about
            province = doc_province if level != "central" else None
            district = doc_district if level in {"district", "commune"} else None
            body_province_2025, body_commune_2025 = province_2025, commune_2025
        rows.append(
            {
                "source_id": source_id,
                "seq": seq,
                "session_type": s.session_type,
                "body_name": s.body_name,
                "body_key": match_key(s.body_name) if s.body_name else None,
                "body_type": body.body_type if body else s.body_type,
                "level": body.level if body else s.level,
                "body_id": body.body_id if body else None,
                "body_canonical_name": body.name if body else None,
                "body_unit_key": body.unit_key if body else None,
                "body_own_name": body.own_name if body else None,
                "body_part": body.part if body else None,
                "ordinal": s.ordinal,
                "term": s.term,
                "term_start_year": s.term_start_year,
                "term_end_year": s.term_end_year,
                "start_date": s.start_date,
                "end_date": s.end_date,
                "province_code": province,
                "district_code": district,
                "province_code_2025": body_province_2025 if s.level != "central" else None,
                "commune_code_2025": body_commune_2025 if s.level == "commune" else None,
                "char_start": s.char_start,
                "char_end": s.char_end,
                "sentence_start": s.sentence_start,
                "sentence_end": s.sentence_end,
                "evidence": _evidence(text, s.sentence_start, s.sentence_end),
            }
        )
    return rows


def _text_anchors(text: str, ex: Extraction, places: Places, sentences: set[tuple[int, int]]) -> list[Anchor]:
    """The councils, committees and Party committees the sentences of the roles name with their place, each with
    its unit at each level it may be at (`anchors.named_in`)."""
    out: list[Anchor] = []
    for start, end in sentences:
        for offset, body_type, levels, words, place_name in named_in(text[start:end]):
            for level in levels:
                body = canonical_body(words, body_type, level, place_name, ex.place, places, on=ex.event_date)
                if body.unit is not None:
                    out.append((start, body_type, level, start + offset, body.unit))
    return out


def _role_rows(source_id: str, text: str, ex: Extraction, places: Places) -> list[dict[str, Any]]:
    province = ex.place.province.code if ex.place.province else None

    def body(role: RoleMention, unit: PlaceRef | None = None) -> CanonicalBody | None:
        if role.organization_type is None:  # a person named with no current role has no body
            return None
        place_name = role.place_name or title_place(role.title_text)
        name = role.title_text or role.organization_type
        return canonical_body(
            name, role.organization_type, role.level, place_name, ex.place, places, unit, ex.event_date
        )

    bodies = [body(r) for r in ex.roles]
    session_bodies = _session_bodies(ex, places)
    # a bare title's unit: the person's own titles in the sentence first, else a body before it named with its place
    anchors = named_bodies(ex.roles, bodies) + [
        (s.sentence_start, b.body_type, b.level, s.char_start, b.unit)
        for s, b in zip(ex.sessions, session_bodies, strict=True)
        if s.place_name and b is not None and b.unit is not None
    ]
    anchors += _text_anchors(text, ex, places, {(r.sentence_start, r.sentence_end) for r in ex.roles})
    told = [s or n for s, n in zip(stack_units(ex.roles, bodies), sentence_units(ex.roles, anchors), strict=True)]
    bodies = [b if u is None else body(r, u) for r, b, u in zip(ex.roles, bodies, told, strict=True)]
    scopes = person_scopes(ex.roles, bodies, province, places)
    rows = []
    for seq, (r, body) in enumerate(zip(ex.roles, bodies, strict=True)):
        key = match_key(r.person_name)
        territorial = r.organization_type in TERRITORIAL
        rows.append(
            {
                "source_id": source_id,
                "seq": seq,
                "person_name": r.person_name,
                "name_key": key,
                "person_scope": scopes[key][0],
                "person_district": scopes[key][1],
                "position": r.position,
                "organization_type": r.organization_type,
                "level": r.level,
                "title_text": r.title_text,
                "body_id": body.body_id if territorial else None,
                "body_canonical_name": body.name if territorial and body.body_id else None,
                "unit_key": body.unit_key if body else None,
                "body_part": role_part(r.title_text),
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


def normalize_frames(extracted: list[tuple[str, str, Extraction]], places: Places) -> Facts:
    """Extraction records to the warehouse's row shapes: place keys, canonical bodies (their units resolved in the
    gazetteer of the article's era), person name keys and scopes, evidence text."""
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
        sessions.extend(_session_rows(source_id, text, ex, places))
        roles.extend(_role_rows(source_id, text, ex, places))
        indicators.extend(_indicator_rows(source_id, text, ex))
    return Facts(
        documents=pl.DataFrame(docs, schema=DOCUMENT_FACTS, orient="row"),
        sessions=pl.DataFrame(sessions, schema=SESSIONS, orient="row"),
        roles=pl.DataFrame(roles, schema=ROLES, orient="row"),
        indicators=pl.DataFrame(indicators, schema=INDICATORS, orient="row"),
    )

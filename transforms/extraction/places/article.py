"""The place an article is about in both structures: read in the one it was written in, mapped to the other.

An article from 2025-07-01 on (`era`) is read against the 34 provinces and their communes, wards and special zones;
its legacy place is what that unit was formed from (`bridge`): the province, and the district where all of its
predecessors lay in one; a merged province's legacy province is none. An earlier article is read against the 63
provinces and their districts; its 2025 place is the province its province joined, and the commune-level unit its
commune went to where it is about one commune. Without a date, the words, the portal's unit or the names of
communes tell the era where they exist in one structure only; failing all, the legacy reading comes first and the
2025 reading where it finds nothing. Both readings weigh the page's address (`hosts`).

Pure: the gazetteer frames come in through `Places.from_frames` (`atlas`), built once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from transforms.extraction.places.atlas import Places
from transforms.extraction.places.era import LEGACY, REFORM, article_era
from transforms.extraction.places.evidence import Evidence
from transforms.extraction.places.hosts import read_host
from transforms.extraction.places.readings import (
    Clues,
    host_era,
    legacy_evidence,
    names_era,
    read,
    reform_evidence,
)
from transforms.extraction.places.resolve import Decision
from transforms.model import DocumentContext, DocumentPlace, PlaceRef
from transforms.text import match_key


def _formed_from(decision: Decision, places: Places) -> DocumentPlace:
    """A 2025 reading with its legacy place: the province and district its commune's predecessors all lay in, or
    the one province a 2025 province was, if it was one."""
    place = DocumentPlace(province_2025=decision.province, commune_2025=decision.unit, era=REFORM)
    unit = decision.unit or decision.province
    if unit is not None:
        place.province, place.district = places.formed_from(unit)
    return place


def _mapped_forward(decision: Decision, ctx: DocumentContext, places: Places) -> DocumentPlace:
    """A legacy reading with its 2025 place: the province its province joined, and the commune-level unit its one
    commune (or island district) went to where the article is about that unit."""
    place = DocumentPlace(province=decision.province, district=decision.unit, communes=decision.communes, era=LEGACY)
    if decision.province is None:
        return place
    reform, bridge = places.reform, places.bridge
    code = bridge.successor("province", decision.province.code, "province")
    place.province_2025 = reform.provinces.get(code) if code else None
    subject = _commune_subject(decision, ctx)
    commune = (
        bridge.successor("commune", subject.code)
        if subject
        else bridge.successor("district", decision.unit.code)
        if decision.unit
        else None
    )
    place.commune_2025 = reform.communes.get(commune) if commune else None
    return place


def _commune_subject(decision: Decision, ctx: DocumentContext) -> PlaceRef | None:
    """The one commune a legacy article is about: the only commune it names in its district, named with its type
    word ("xã Tứ Cường") in the headline or in its opening paragraph."""
    if len(decision.communes) != 1:
        return None
    commune = decision.communes[0]
    lede = ctx.clean_text.lstrip().split("\n", 1)[0]
    opening = match_key(f"{ctx.title or ''}\n{lede}")
    return commune if match_key(f"{commune.unit_type} {commune.name}") in opening else None


def resolve_document_place(
    ctx: DocumentContext,
    places: Places,
    hints: Sequence[str] = (),
    event_date: date | None = None,
    subject: str | None = None,
) -> DocumentPlace:
    """The place an article is about before and after the 2025-07-01 reform; None where the article does not say.

    `hints` are place names the session and role extractors found with bodies ("Bắc Sơn"); `event_date` is the
    meeting's date, which tells the era where the publication date is unknown; `subject` the name of the body whose
    meeting the article reports.
    """
    clues = Clues(hints, subject, read_host(ctx.url, places.sites, places.legacy, places.reform, places.bridge))
    found: dict[str, list[Evidence]] = {}

    def evidence(structure: str) -> list[Evidence]:
        if structure not in found:
            found[structure] = (legacy_evidence if structure == LEGACY else reform_evidence)(ctx, places, clues)
        return found[structure]

    def reading(structure: str) -> Decision:
        return read(evidence(structure), places.legacy if structure == LEGACY else places.reform, ctx)

    era = article_era(ctx, event_date) or host_era(clues.host, places)
    if era is None:  # the names of communes the article uses may exist in one structure only
        era = names_era(evidence(LEGACY), evidence(REFORM))
    if era == REFORM:
        decision = reading(REFORM)
        return _formed_from(decision, places) if decision.province else _mapped_forward(reading(LEGACY), ctx, places)
    decision = reading(LEGACY)
    if decision.province is not None or era == LEGACY:
        return _mapped_forward(decision, ctx, places)
    decision = reading(REFORM)
    return _formed_from(decision, places) if decision.province is not None else DocumentPlace()

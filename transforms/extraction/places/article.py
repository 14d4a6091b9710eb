"""The place an article is about in both structures: read in the one it was written in, mapped to the other.

An article from 2025-07-01 on (`era`) is read against the 34 provinces and their communes, wards and special zones;
its legacy place is what that unit was formed from (`bridge`): the province, and the district where all of its
predecessors lay in one; a merged province's legacy province is none. An earlier article is read against the 63
provinces and their districts; its 2025 place is the province its province joined, and the commune-level unit its
commune went to where it is about one commune. Without a date or a cue, the legacy reading comes first and the 2025
reading where it finds nothing. Both readings weigh the page's address (`hosts`).

Pure: the gazetteer frames come in through `Places.from_frames`, built once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import polars as pl

from transforms.extraction.places.bridge import Bridge
from transforms.extraction.places.era import LEGACY, REFORM, article_era
from transforms.extraction.places.evidence import Evidence, document_evidence, text_evidence
from transforms.extraction.places.former import former_evidence, split_former
from transforms.extraction.places.gazetteer import Gazetteer
from transforms.extraction.places.hosts import HostPlace, Sites, read_host, unit_codes
from transforms.extraction.places.resolve import Decision, decide, is_national
from transforms.model import DocumentContext, DocumentPlace, PlaceRef
from transforms.text import match_key

W_HOST = 3.0  # the province of the site's domain, as much as a banner naming it
W_HOST_UNIT = 3.0  # the unit a portal's host name encodes, as much as a typed mention
SUBJECT_ORDER = -2e9  # the reported meeting's body is read before the headline, and as part of it


@dataclass(slots=True)
class Places:
    """Everything place resolution reads: the gazetteers of both eras, the bridge between them, the site table."""

    legacy: Gazetteer
    reform: Gazetteer
    bridge: Bridge
    sites: Sites

    @classmethod
    def from_frames(cls, units: pl.DataFrame, bridge: pl.DataFrame, sites: pl.DataFrame) -> Places:
        """From `warehouse.gazetteer.load_admin_units`, `warehouse.bridge.load_unit_bridge` and
        `warehouse.sites.load_site_domains`. The 2025 gazetteer also knows a merged province by its former name."""
        links = Bridge.from_frame(bridge)
        legacy = Gazetteer.from_frame(units, "legacy")
        provinces_2025 = {r["code"]: r["short_name"] for r in units.filter(
            (pl.col("era") == "2025") & (pl.col("level") == "province")).iter_rows(named=True)}  # fmt: skip
        former = {
            p.name: provinces_2025[new]
            for code, p in legacy.provinces.items()
            if (new := links.successor("province", code, "province")) and p.name != provinces_2025[new]
        }
        return cls(legacy, Gazetteer.from_frame(units, "2025", aliases=former), links, Sites.from_frame(sites))


def _host_evidence(host: HostPlace | None, places: Places, era: str) -> list[Evidence]:
    """What the page's address supports in one structure: its province, and the unit its host name encodes."""
    if host is None:
        return []
    if era == REFORM:
        out = [Evidence("province", (host.province_2025,), W_HOST, 0.0, "host")]
        units = unit_codes(host.unit_labels, places.reform, (host.province_2025,))
        return out + ([Evidence("commune", units, W_HOST_UNIT, 0.0, "host")] if units else [])
    if not host.provinces_legacy:
        return []
    out = [Evidence("province", host.provinces_legacy, W_HOST, 0.0, "host", fallback=host.legacy_default)]
    units = unit_codes(host.unit_labels, places.legacy, host.provinces_legacy)
    return out + ([Evidence("district", units, W_HOST_UNIT, 0.0, "host")] if units else [])


@dataclass(frozen=True, slots=True)
class Clues:
    """What besides its text tells where an article is: the place names found with bodies and titles (`hints`),
    the name of the body whose meeting it reports (`subject`), and the page's address (`host`)."""

    hints: Sequence[str] = ()
    subject: str | None = None
    host: HostPlace | None = None


def _subject_evidence(subject: str | None, gazetteer: Gazetteer) -> list[Evidence]:
    """The commune-level unit the reported meeting's body is named with ("Đảng ủy Đặc khu Côn Đảo"), weighed as if
    named in the headline: the provincial leaders who attend it name their province in every title."""
    return [ev for ev in text_evidence(subject, gazetteer, 1.0, SUBJECT_ORDER) if ev.level == gazetteer.sub_level]


def read_legacy(ctx: DocumentContext, places: Places, clues: Clues) -> Decision:
    """The province and district-level unit an article is about, as before 2025-07-01."""
    evidence = document_evidence(ctx, places.legacy, clues.hints) + _host_evidence(clues.host, places, LEGACY)
    return decide(evidence, places.legacy, is_national(ctx.clean_text))


def read_reform(ctx: DocumentContext, places: Places, clues: Clues) -> Decision:
    """The province and commune-level unit an article is about, in the structure in force from 2025-07-01.

    Units named as merged or former are read in the legacy gazetteer, for the 2025 units they went to.
    """
    text, spans = split_former(ctx.clean_text)
    evidence = document_evidence(replace(ctx, clean_text=text), places.reform, clues.hints)
    evidence += _subject_evidence(clues.subject, places.reform)
    evidence += former_evidence(ctx.clean_text, spans, places.legacy, places.reform, places.bridge)
    evidence += _host_evidence(clues.host, places, REFORM)
    return decide(evidence, places.reform, is_national(ctx.clean_text))


def _formed_from(decision: Decision, places: Places) -> DocumentPlace:
    """A 2025 reading with its legacy place: the province and district its commune's predecessors all lay in, or
    the one province a 2025 province was, if it was one."""
    place = DocumentPlace(province_2025=decision.province, commune_2025=decision.unit, era=REFORM)
    legacy, bridge = places.legacy, places.bridge
    if decision.unit is not None:
        units = bridge.predecessor_units("commune", decision.unit.code)
        provinces = {legacy.province_of(level, code) for level, code in units}
        districts = {code if level == "district" else legacy.district_of_commune(code) for level, code in units}
        if len(provinces) == 1:
            place.province = legacy.provinces[provinces.pop()]
            place.district = legacy.districts[districts.pop()] if len(districts) == 1 else None
    elif decision.province is not None:
        provinces_before = bridge.predecessors("province", decision.province.code, "province")
        place.province = legacy.provinces[provinces_before[0]] if len(provinces_before) == 1 else None
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
    era = article_era(ctx, event_date)
    if era == REFORM:
        decision = read_reform(ctx, places, clues)
        if decision.province is not None:
            return _formed_from(decision, places)
        return _mapped_forward(read_legacy(ctx, places, clues), ctx, places)
    decision = read_legacy(ctx, places, clues)
    if decision.province is not None or era == LEGACY:
        return _mapped_forward(decision, ctx, places)
    decision = read_reform(ctx, places, clues)
    return _formed_from(decision, places) if decision.province is not None else DocumentPlace()

"""Reading an article in one structure: the evidence each era's gazetteer finds in it and its clues, and what those
readings tell of the era it was written in.

The 2025 reading also reads the units named as merged or former in the legacy gazetteer (`former`), for the 2025
units they went to, and counts the commune-level unit named by the reported meeting's body as if in the headline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from transforms.extraction.places.atlas import Places
from transforms.extraction.places.era import LEGACY, REFORM
from transforms.extraction.places.evidence import Evidence, document_evidence, text_evidence
from transforms.extraction.places.former import former_evidence, split_former
from transforms.extraction.places.gazetteer import Gazetteer
from transforms.extraction.places.hosts import HostPlace, unit_codes
from transforms.extraction.places.resolve import Decision, decide, is_national
from transforms.model import DocumentContext

W_HOST = 3.0  # the province of the site's domain, as much as a banner naming it
W_HOST_UNIT = 3.0  # the unit a portal's host name encodes, as much as a typed mention
SUBJECT_ORDER = -2e9  # the reported meeting's body is read before the headline, and as part of it


@dataclass(frozen=True, slots=True)
class Clues:
    """What besides its text tells where an article is: the place names found with bodies and titles (`hints`),
    the name of the body whose meeting it reports (`subject`), and the page's address (`host`)."""

    hints: Sequence[str] = ()
    subject: str | None = None
    host: HostPlace | None = None


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


def _subject_evidence(subject: str | None, gazetteer: Gazetteer) -> list[Evidence]:
    """The commune-level unit the reported meeting's body is named with ("Đảng ủy Đặc khu Côn Đảo"), weighed as if
    named in the headline: the provincial leaders who attend it name their province in every title."""
    return [ev for ev in text_evidence(subject, gazetteer, 1.0, SUBJECT_ORDER) if ev.level == gazetteer.sub_level]


def legacy_evidence(ctx: DocumentContext, places: Places, clues: Clues) -> list[Evidence]:
    """Evidence for the units before 2025-07-01: the text, headline, banner, hints and the page's address."""
    return document_evidence(ctx, places.legacy, clues.hints) + _host_evidence(clues.host, places, LEGACY)


def reform_evidence(ctx: DocumentContext, places: Places, clues: Clues) -> list[Evidence]:
    """Evidence for the units in force from 2025-07-01; units named as merged or former count for what they went to."""
    text, spans = split_former(ctx.clean_text)
    evidence = document_evidence(replace(ctx, clean_text=text), places.reform, clues.hints)
    evidence += _subject_evidence(clues.subject, places.reform)
    evidence += former_evidence(ctx.clean_text, spans, places.legacy, places.reform, places.bridge)
    return evidence + _host_evidence(clues.host, places, REFORM)


def read(evidence: list[Evidence], gazetteer: Gazetteer, ctx: DocumentContext) -> Decision:
    """The province and the sub-level unit an article is about, in the structure of `gazetteer`."""
    return decide(evidence, gazetteer, is_national(ctx.clean_text))


def host_era(host: HostPlace | None, places: Places) -> str | None:
    """The structure a portal's host name speaks of, where its unit is a district before the reform and no commune
    after it, or the reverse (`tanhung.haiphong.gov.vn`: a ward of 2025, no district of Hải Phòng)."""
    if host is None or not host.unit_labels:
        return None
    legacy = unit_codes(host.unit_labels, places.legacy, host.provinces_legacy)
    reform = unit_codes(host.unit_labels, places.reform, (host.province_2025,))
    if bool(legacy) == bool(reform):
        return None
    return LEGACY if legacy else REFORM


def names_era(legacy: Sequence[Evidence], reform: Sequence[Evidence]) -> str | None:
    """The structure the article's commune-level names exist in, where they exist in one only: "xã X" with a name
    no commune had before the reform, or a township (thị trấn), which the reform abolished."""
    typed_before = {_span(ev) for ev in legacy if ev.level == "commune" and ev.mention}
    township = any(ev.mention.cue == "commune:Thị trấn" for ev in legacy if ev.level == "commune" and ev.mention)
    new_names = any(
        _span(ev) not in typed_before
        for ev in reform
        if ev.level == "commune" and ev.kind in ("typed", "pair") and ev.order > SUBJECT_ORDER / 2
    )
    if new_names == township:
        return None
    return REFORM if new_names else LEGACY


def _span(ev: Evidence) -> tuple[float, int] | None:
    """Where a mention was read: its text (by the order offset of headline or body) and its start."""
    return (ev.order - ev.mention.start, ev.mention.start) if ev.mention else None

"""Former units in an article written after the 2025 reform: the units a new one was formed from ("được thành lập
trên cơ sở sáp nhập xã A, xã B và thị trấn C") and units named as former ("xã A cũ", "huyện D (cũ)").

Those names are read in the legacy gazetteer, not as 2025 units (a merged commune's name is often a new commune's
elsewhere): a former commune supports the 2025 commune it went to, a former district or province the 2025 province.
The 2025 reading of the text gets the same text with those passages blanked out.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from transforms.extraction.places.bridge import Bridge
from transforms.extraction.places.era import FORMER_WORD_RE
from transforms.extraction.places.evidence import Evidence, text_evidence
from transforms.extraction.places.gazetteer import Gazetteer
from transforms.extraction.places.mentions import normalised

W_PREDECESSOR = 1.5  # a former commune: support for the 2025 commune it went to
W_FORMER = 1.5  # a former district or province: support for the 2025 province it went to

_UNIT = r"(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]ỉnh)\s+(?:\p{Lu}|\d)"
# Words between a merger's verb and the list of what was merged: "sắp xếp toàn bộ diện tích tự nhiên, quy mô dân
# số của các xã A, B".
_FILLER = (
    r"(?:toàn|bộ|diện|tích|tự|nhiên|quy|mô|dân|số|của|từ|các|và|nguyên|trạng|đơn|vị|hành|chính|cấp|\d+|hai|ba|bốn"
    r"|năm|sáu)"
)
# From a merger's verb, followed by the units merged, to the end of its sentence ("Sau sắp xếp, xã X" is no list).
_MERGER_RE = regex.compile(
    r"(?:[Ss]áp nhập|[Ss]ắp xếp|[Hh]ợp nhất)(?!\s*,)(?=(?:[\s,:]+" + _FILLER + r")*[\s,:]+" + _UNIT + r")[^.;!?\n]*"
)
# A unit named as former: "xã Phú Nghĩa cũ", "huyện Lạc Thủy (cũ)".
_FORMER_RE = regex.compile(_UNIT + r"[^,.;()\n]{0,40}?\s*\(?\s*cũ\s*\)?(?!\w)")


def former_spans(text: str) -> list[tuple[int, int]]:
    """Where a text names units as merged or former, as (start, end) offsets, in order.

    >>> text = "Xã An Hòa được thành lập trên cơ sở sáp nhập xã Lộc Yên, xã Hòa Mỹ. Xã Hòa Mỹ (cũ) có đình làng."
    >>> [text[s:e] for s, e in former_spans(text)]
    ['sáp nhập xã Lộc Yên, xã Hòa Mỹ', 'Xã Hòa Mỹ (cũ)']
    >>> former_spans("Sau sắp xếp, xã Hòa Mỹ có 12 thôn; công tác sắp xếp cán bộ của xã Hòa Mỹ xong.")
    []
    """
    spans = [m.span() for m in _MERGER_RE.finditer(text)]
    if FORMER_WORD_RE.search(text):
        spans += [m.span() for m in _FORMER_RE.finditer(text)]
    return sorted(spans)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans replaced by spaces (same length, same offsets elsewhere)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def split_former(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text to read in the 2025 gazetteer (former passages blanked) and where the former passages are; offsets
    into `normalised(text)`."""
    work = normalised(text)
    spans = former_spans(work)
    return (_blank(work, spans) if spans else work), spans


def former_evidence(
    text: str, spans: list[tuple[int, int]], legacy: Gazetteer, reform: Gazetteer, bridge: Bridge
) -> list[Evidence]:
    """Evidence for 2025 units from the legacy units named in the former passages of `text` (its normalised form)."""
    if not spans:
        return []
    out: list[Evidence] = []
    for ev in text_evidence(normalised(text), legacy):
        m = ev.mention
        if m is None or not any(start <= m.start and m.end <= end for start, end in spans):
            continue
        if ev.level == "commune":
            codes = tuple(dict.fromkeys(c for c in (bridge.successor("commune", x) for x in ev.codes) if c))
            if codes:
                out.append(replace(ev, level="commune", codes=codes, weight=W_PREDECESSOR, kind="predecessor"))
        elif ev.kind != "bare":
            provinces = {ev.codes[0]} if ev.level == "province" else {legacy.province_of(ev.level, c) for c in ev.codes}
            successors = {bridge.successor("province", p, "province") for p in provinces} - {None}
            if len(successors) == 1 and (code := successors.pop()) in reform.provinces:
                out.append(replace(ev, level="province", codes=(code,), weight=W_FORMER, kind="former"))
    return out

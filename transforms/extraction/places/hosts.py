"""What a page's web address says of its place: provincial portals and newspapers by their domain (the site table),
and the unit a portal encodes in its host name: `<unit>.<province>.gov.vn` (`huongkhe.hatinh.gov.vn`, a district's
portal before the reform; `tanhung.haiphong.gov.vn`, a ward's after it), the Party's `<unit>.<province>.dcs.vn`.

Pure: the site table comes in as a frame (`warehouse.sites.load_site_domains`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import polars as pl

from transforms.extraction.places.bridge import Bridge
from transforms.extraction.places.gazetteer import Gazetteer
from transforms.extraction.places.keys import slug

# Second-level domains under which a province's own label names it: the state's and the Party's.
PORTAL_SUFFIXES = ("gov.vn", "dcs.vn")
# Type words a unit's label may begin with ("huyenhuongkhe", "tpvinh"), longest first.
_TYPE_PREFIXES = ("thanhpho", "thitran", "dackhu", "phuong", "huyen", "thixa", "quan", "tp", "tx", "tt", "xa")


@dataclass(frozen=True, slots=True)
class Site:
    """A row of the site table: a domain and the province it covers in each era (legacy None: several)."""

    domain: str
    kind: str
    province_legacy: str | None
    province_2025: str


@dataclass(frozen=True, slots=True)
class HostPlace:
    """What a host says: the province in each era, and the labels left of a portal's province, nearest first.

    `provinces_legacy`: the legacy provinces the site may be writing about, its own first (a surviving province's
    site also carries the news of the provinces merged into it); `legacy_default`: the one to take when nothing
    else decides (None for a site of the merged province as a whole).
    """

    province_2025: str
    provinces_legacy: tuple[str, ...]
    legacy_default: str | None
    unit_labels: tuple[str, ...] = ()


class Sites:
    """The site table as a lookup by domain, longest suffix first, on label boundaries."""

    def __init__(self, sites: Iterable[Site]) -> None:
        self.by_domain = {s.domain: s for s in sites}

    @classmethod
    def from_frame(cls, frame: pl.DataFrame) -> Sites:
        return cls(
            Site(r["domain"], r["kind"], r["province_code_legacy"], r["province_code_2025"])
            for r in frame.iter_rows(named=True)
        )

    def lookup(self, labels: list[str]) -> tuple[Site, int] | None:
        """The row of the longest domain the host's labels end with, and how many labels are left of it.

        >>> Sites([Site("hatinh.gov.vn", "portal", "42", "42")]).lookup(["huongkhe", "hatinh", "gov", "vn"])
        (Site(domain='hatinh.gov.vn', kind='portal', province_legacy='42', province_2025='42'), 1)
        >>> Sites([Site("hatinh.gov.vn", "portal", "42", "42")]).lookup(["nothatinh", "gov", "vn"]) is None
        True
        """
        for i in range(len(labels) - 1):
            site = self.by_domain.get(".".join(labels[i:]))
            if site is not None:
                return site, i
        return None


def host_labels(url: str | None) -> list[str]:
    """The host's labels, lower case, without a leading 'www' or 'm' ('amp' pages too).

    >>> host_labels("https://www.HuongKhe.HaTinh.gov.vn/a/b?c"), host_labels("not a url"), host_labels(None)
    (['huongkhe', 'hatinh', 'gov', 'vn'], [], [])
    """
    if not url:
        return []
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return []
    labels = [label for label in (host or "").rstrip(".").split(".") if label]
    while len(labels) > 2 and labels[0] in ("www", "m", "amp", "mobile"):
        labels = labels[1:]
    return labels if len(labels) >= 2 else []


def read_host(url: str | None, sites: Sites, legacy: Gazetteer, reform: Gazetteer, bridge: Bridge) -> HostPlace | None:
    """The provinces a page's address names, in both eras, and the unit labels of a portal; None if it names none.

    A domain of the site table wins; otherwise a host under `gov.vn` or `dcs.vn` whose label before the suffix is a
    province's name (either era's) is that province's portal.
    """
    labels = host_labels(url)
    if not labels:
        return None
    found = sites.lookup(labels)
    if found is not None:
        site, left = found
        portal = ".".join(labels[-2:]) in PORTAL_SUFFIXES
        return _place(site.province_2025, site.province_legacy, labels[:left] if portal else [], legacy, reform, bridge)
    if ".".join(labels[-2:]) not in PORTAL_SUFFIXES or len(labels) < 3:
        return None
    label = slug(labels[-3])
    legacy_codes, reform_codes = legacy.province_slugs.get(label, []), reform.province_slugs.get(label, [])
    if len(legacy_codes) == 1:
        province_2025 = bridge.successor("province", legacy_codes[0], "province")
        if province_2025 is not None:
            return _place(province_2025, legacy_codes[0], labels[:-3], legacy, reform, bridge)
    if len(reform_codes) == 1:
        return _place(reform_codes[0], None, labels[:-3], legacy, reform, bridge)
    return None


def _place(
    province_2025: str, own: str | None, left: list[str], legacy: Gazetteer, reform: Gazetteer, bridge: Bridge
) -> HostPlace:
    """The host's place; a site of the legacy province that gave its name to a merged one (Cà Mau, which took in
    Bạc Liêu) may carry the others' news and archives too: they are candidates after it."""
    merged = bridge.predecessors("province", province_2025, "province")
    if own is None:
        candidates: tuple[str, ...] = merged
    elif len(merged) > 1 and own in merged and legacy.provinces[own].name == reform.provinces[province_2025].name:
        candidates = (own, *(p for p in merged if p != own))
    else:
        candidates = (own,)
    return HostPlace(province_2025, candidates, own, tuple(reversed(left)))


def unit_codes(labels: Iterable[str], gazetteer: Gazetteer, provinces: Iterable[str]) -> tuple[str, ...]:
    """The sub-level units (districts, or 2025 communes) of `provinces` that the nearest matching label names.

    >>> from transforms.model import PlaceRef
    >>> g = Gazetteer([(PlaceRef("province", "42", "Hà Tĩnh", "Tỉnh", "42", "Hà Tĩnh"), None),
    ...                (PlaceRef("district", "441", "Hương Khê", "Huyện", "42", "Hà Tĩnh"), "42")])
    >>> unit_codes(["huyenhuongkhe"], g, ["42"]), unit_codes(["snv"], g, ["42"])
    (('441',), ())
    """
    provinces = tuple(provinces)
    for label in labels:
        word = slug(label)
        names = [word, *(word[len(p) :] for p in _TYPE_PREFIXES if word.startswith(p) and len(word) > len(p) + 2)]
        for name in names:
            codes = tuple(c for p in provinces for c in gazetteer.sub_slugs.get((p, name), ()))
            if codes:
                return codes
    return ()

"""Everything place resolution reads, built once: the gazetteers of both eras, the bridge between them, and the site
table.

Pure: the frames come in through `Places.from_frames` (`warehouse.gazetteer.load_admin_units`,
`warehouse.bridge.load_unit_bridge`, `warehouse.sites.load_site_domains`).
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from transforms.extraction.places.bridge import Bridge
from transforms.extraction.places.gazetteer import Gazetteer
from transforms.extraction.places.hosts import Sites
from transforms.model import PlaceRef


@dataclass(slots=True)
class Places:
    """The gazetteers of both eras (`legacy`, `reform`), the bridge between them, the site table."""

    legacy: Gazetteer
    reform: Gazetteer
    bridge: Bridge
    sites: Sites

    @classmethod
    def from_frames(cls, units: pl.DataFrame, bridge: pl.DataFrame, sites: pl.DataFrame) -> Places:
        """The 2025 gazetteer also knows a merged province by its former name ("Thái Bình" is in Hưng Yên)."""
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

    def formed_from(self, unit: PlaceRef) -> tuple[PlaceRef | None, PlaceRef | None]:
        """The legacy (province, district) a 2025 unit was formed from: for a commune, the province and district all
        its predecessors lay in (each None where they lay in several); for a province, the one province it was, if
        it was one. A legacy unit is its own origin.
        """
        legacy = self.legacy
        if unit.era == "legacy":
            if unit.level == "province":
                return unit, None
            district = unit if unit.level == "district" else legacy.districts[legacy.district_of_commune(unit.code)]
            return legacy.provinces[unit.province_code], district
        if unit.level == "province":
            before = self.bridge.predecessors("province", unit.code, "province")
            return (legacy.provinces[before[0]] if len(before) == 1 else None), None
        units = self.bridge.predecessor_units("commune", unit.code)
        provinces = {legacy.province_of(level, code) for level, code in units}
        districts = {code if level == "district" else legacy.district_of_commune(code) for level, code in units}
        if len(provinces) != 1:
            return None, None
        return legacy.provinces[provinces.pop()], legacy.districts[districts.pop()] if len(districts) == 1 else None

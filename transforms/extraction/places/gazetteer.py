"""The gazetteer of one era as lookups: the units before 2025-07-01 (provinces, districts, communes) or those in
force since (provinces and communes, no districts), by tone-free name key and by host slug, with their types and
parents; for the legacy era also the district-level units dissolved before its snapshot (`history`), kept apart from
the name lookups that place an article.

Pure: the units come in as a frame (`warehouse.gazetteer.load_admin_units`), built once into a `Gazetteer` per era.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick
import polars as pl

from transforms.extraction.places.history import DistrictHistory, FormerUnit
from transforms.extraction.places.keys import exact_key, loose_key, name_keys, slug, syllables
from transforms.model import PlaceRef

__all__ = ["Gazetteer", "NameEntry", "exact_key", "loose_key", "name_keys", "slug"]

# Other names of provinces in the press (keys are matched tone-free, like every name), before and after the reform.
PROVINCE_ALIASES = {
    "HCM": "Hồ Chí Minh",
    "TPHCM": "Hồ Chí Minh",
    "TP.HCM": "Hồ Chí Minh",
    "Thừa Thiên - Huế": "Thừa Thiên Huế",
    "TT-Huế": "Thừa Thiên Huế",
    "TT Huế": "Thừa Thiên Huế",
    "BR-VT": "Bà Rịa - Vũng Tàu",
}
REFORM_PROVINCE_ALIASES = {
    "HCM": "Hồ Chí Minh",
    "TPHCM": "Hồ Chí Minh",
    "TP.HCM": "Hồ Chí Minh",
    "Thừa Thiên Huế": "Huế",
    "Thừa Thiên - Huế": "Huế",
    "TT-Huế": "Huế",
}

# Districts dissolved or renamed before 2025-07-01, by (old name, province), and the legacy unit that took them over:
# articles from before the change still name them. These place an article; a body named with a dissolved district is
# read in `history` (`warehouse/data/district_history.csv`), which knows when it existed.
DISTRICT_ALIASES = {
    ("Hoành Bồ", "Quảng Ninh"): "Hạ Long",  # merged into the city, 2020
    ("Tĩnh Gia", "Thanh Hóa"): "Nghi Sơn",  # became the town of Nghi Sơn, 2020
    ("Quận 2", "Hồ Chí Minh"): "Thủ Đức",  # merged into the city of Thủ Đức, 2021
    ("Quận 9", "Hồ Chí Minh"): "Thủ Đức",
    ("Thông Nông", "Cao Bằng"): "Hà Quảng",  # merged, 2020
    ("Trà Lĩnh", "Cao Bằng"): "Trùng Khánh",
    ("Quảng Uyên", "Cao Bằng"): "Quảng Hòa",
    ("Phục Hòa", "Cao Bằng"): "Quảng Hòa",
    ("Mỹ Lộc", "Nam Định"): "Nam Định",  # merged into the city, 2025-01
}


@dataclass(frozen=True, slots=True)
class NameEntry:
    """Everything a loose name key stands for (codes by level), how its syllables are capitalised, its spellings."""

    provinces: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    communes: tuple[str, ...] = ()
    capitalised: tuple[bool, ...] = ()
    spellings: frozenset[str] = frozenset()  # the exact keys of the names, tones as the gazetteer writes them


class Gazetteer:
    """Fast lookups over the units of one era: names by tone-free key, host slugs, types, parent links.

    `sub_level` is the level below the province that an article may be about: the district before the reform, the
    commune after it. Build it once with `Gazetteer.from_frame(load_admin_units(), era)`.
    """

    def __init__(
        self,
        units: Iterable[tuple[PlaceRef, str | None]],
        aliases: dict[str, str] | None = None,
        district_aliases: dict[tuple[str, str], str] | None = None,
        era: str = "legacy",
        history: DistrictHistory | None = None,
    ) -> None:
        """`units`: (unit, parent code) pairs of every level; `aliases`: other name -> province short name;
        `district_aliases`: (former district name, province short name) -> the district short name that took it
        over; `history`: the dissolved districts."""
        self.era = era
        self.history = history or DistrictHistory()
        self.sub_level = "district" if era == "legacy" else "commune"
        self.provinces: dict[str, PlaceRef] = {}
        self.districts: dict[str, PlaceRef] = {}
        self.communes: dict[str, PlaceRef] = {}
        self.parent: dict[tuple[str, str], str] = {}
        self.exact: dict[tuple[str, str], str] = {}
        # (province code, slug) -> codes of the sub-level units of that name; slug -> province codes
        self.sub_slugs: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.province_slugs: dict[str, list[str]] = defaultdict(list)
        by_level = {"province": self.provinces, "district": self.districts, "commune": self.communes}
        keys: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        caps: dict[str, list[tuple[bool, ...]]] = defaultdict(list)
        spellings: dict[str, set[str]] = defaultdict(set)

        def add_name(name: str, level: str, code: str, exact: str) -> None:
            capitalised = _capitalisation(name)
            for key in name_keys(name):
                keys[key][level].append(code)
                caps[key].append(capitalised)
                spellings[key].add(exact)

        for unit, parent in units:
            by_level[unit.level][unit.code] = unit
            exact = self.exact[(unit.level, unit.code)] = exact_key(unit.name)
            if parent:
                self.parent[(unit.level, unit.code)] = parent
            if unit.level == self.sub_level:
                self.sub_slugs[(unit.province_code, slug(unit.name))].append(unit.code)
            elif unit.level == "province":
                self.province_slugs[slug(unit.name)].append(unit.code)
            add_name(unit.name, unit.level, unit.code, exact)
        for alias, province_name in (aliases or {}).items():
            code = next(c for c, p in self.provinces.items() if p.name == province_name)
            add_name(alias, "province", code, exact_key(alias))
        for (alias, province_name), district_name in (district_aliases or {}).items():
            code = next(
                c for c, d in self.districts.items() if d.name == district_name and d.province_name == province_name
            )
            add_name(alias, "district", code, exact_key(alias))
        self.names: dict[str, NameEntry] = {
            key: NameEntry(
                provinces=tuple(dict.fromkeys(levels.get("province", ()))),
                districts=tuple(dict.fromkeys(levels.get("district", ()))),
                communes=tuple(dict.fromkeys(levels.get("commune", ()))),
                capitalised=_common_capitalisation(caps[key]),
                spellings=frozenset(spellings[key]),
            )
            for key, levels in keys.items()
        }
        # Each key is found with what `mentions.find_mentions` reads of every hit first: where the key starts (back
        # from its last character) and whether its first syllable must be capitalised, which rules out most hits.
        self.automaton = ahocorasick.Automaton()
        for key, entry in self.names.items():
            self.automaton.add_word(key, (len(key) - 1, entry.capitalised, key))
        self.automaton.make_automaton()
        self._distinctive = self._distinctive_districts()

    @classmethod
    def from_frame(cls, frame: pl.DataFrame, era: str = "legacy", aliases: dict[str, str] | None = None) -> Gazetteer:
        """Build from the frame of `warehouse.gazetteer.load_admin_units` (its rows of `era`).

        `aliases` (other name -> province short name) add to the press's usual ones for that era.
        """
        rows = frame.filter(pl.col("era") == era)
        dissolved = pl.col("successor_keys").is_not_null() if "successor_keys" in rows.columns else pl.lit(False)
        units = [(_place(row, era), row["parent_code"]) for row in rows.filter(~dissolved).iter_rows(named=True)]
        if era == "legacy":
            formed = rows.filter(~dissolved & (pl.col("level") == "district") & pl.col("valid_from").is_not_null())
            history = DistrictHistory(
                [
                    FormerUnit(
                        _place(r, era),
                        r["valid_from"],
                        r["valid_to"],
                        tuple(k.split(":")[2] for k in r["successor_keys"]),
                    )
                    for r in rows.filter(dissolved).iter_rows(named=True)
                ],
                dict(formed.select("code", "valid_from").iter_rows()),
            )
            return cls(units, {**PROVINCE_ALIASES, **(aliases or {})}, DISTRICT_ALIASES, era=era, history=history)
        return cls(units, {**REFORM_PROVINCE_ALIASES, **(aliases or {})}, era=era)

    def sub_units(self, level: str, codes: Iterable[str]) -> tuple[str, ...]:
        """The sub-level units (districts, or 2025 communes) that evidence for units of `level` points to: a
        legacy commune's district; none for a province."""
        if level == self.sub_level:
            return tuple(codes)
        if level == "commune" and self.sub_level == "district":
            return tuple(dict.fromkeys(self.district_of_commune(c) for c in codes))
        return ()

    def province_of(self, level: str, code: str) -> str:
        """The province code of any unit."""
        return self.unit(level, code).province_code

    def unit(self, level: str, code: str) -> PlaceRef:
        """The unit of a level by code."""
        return {"province": self.provinces, "district": self.districts, "commune": self.communes}[level][code]

    def district_of_commune(self, code: str) -> str:
        """The district code a commune belongs to."""
        return self.parent[("commune", code)]

    def is_distinctive_district(self, code: str) -> bool:
        """Whether a district's name is no other unit's: no province, no other district, no commune elsewhere.

        Such a name may stand alone in a text ("Khoái Châu"); a shared one ("Bắc Sơn") needs its province named too.
        """
        return code in self._distinctive

    def _distinctive_districts(self) -> frozenset[str]:
        def distinctive(code: str) -> bool:
            for key in name_keys(self.districts[code].name):
                name = self.names[key]
                if name.provinces or name.districts != (code,):
                    return False
                if any(self.district_of_commune(c) != code for c in name.communes):
                    return False
            return True

        return frozenset(c for c in self.districts if distinctive(c))

    def lookup(self, name: str) -> NameEntry:
        """The units a name (without its type word) may stand for."""
        return self.names.get(" ".join(loose_key(name).split()), NameEntry())


def _place(row: dict, era: str) -> PlaceRef:  # type: ignore[type-arg]
    return PlaceRef(
        level=row["level"],
        code=row["code"],
        name=row["short_name"],
        unit_type=row["unit_type"],
        province_code=row["province_code"],
        province_name=row["province_name"],
        era=era,
    )


# A numbered unit's name carries its type word: "Quận 1", "Phường 12".
OWN_CUE_RE = re.compile(r"(quận|phường|xã|thị trấn|huyện) \d")


def _capitalisation(name: str) -> tuple[bool, ...]:
    """Which syllables of a name must be capitalised in a text: all that are, but a numbered unit's type word.

    >>> _capitalisation("Bắc Sơn"), _capitalisation("Quận 1"), _capitalisation("Ya ly")
    ((True, True), (False, False), (True, False))
    """
    parts = syllables(name)
    if OWN_CUE_RE.match(name.lower()):
        return tuple(False for _ in parts)
    return tuple(s[:1].isupper() for s in parts)


def _common_capitalisation(patterns: list[tuple[bool, ...]]) -> tuple[bool, ...]:
    """Syllables capitalised in every spelling of a key ("Ya ly" and "Ya Ly" -> only the first)."""
    if patterns.count(patterns[0]) == len(patterns):  # most keys: spellings capitalised alike
        return patterns[0]
    return tuple(all(p[i] if i < len(p) else False for p in patterns) for i in range(max(map(len, patterns))))

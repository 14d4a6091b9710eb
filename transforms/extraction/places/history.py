"""District-level units in time: those dissolved before the legacy gazetteer's snapshot (Quận 2 until 2020, Hoành Bồ
until 2019, ...), with the days they existed and the units they went to, and the first day of the units formed from
them (the city of Thủ Đức from 2021). A body named with a unit is that unit's on the days it existed.

Pure: the rows come in with the gazetteer's frame (`warehouse.gazetteer.load_admin_units`: legacy districts with
`successor_keys` are the dissolved ones; a legacy district with a `valid_from` was formed that day).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from transforms.extraction.places.keys import loose_key, name_keys
from transforms.model import PlaceRef


@dataclass(frozen=True, slots=True)
class FormerUnit:
    """A district-level unit the snapshot no longer holds: its own code ("769@2020"), last day and successors."""

    unit: PlaceRef
    valid_from: date | None
    valid_to: date
    successors: tuple[str, ...]  # codes of the snapshot's districts it went to

    def existed(self, on: date) -> bool:
        """Whether the unit existed on a day."""
        return on <= self.valid_to and (self.valid_from is None or self.valid_from <= on)


class DistrictHistory:
    """The dissolved district-level units by name, and the first day of each snapshot district formed from them."""

    def __init__(self, units: Iterable[FormerUnit] = (), formed: dict[str, date] | None = None) -> None:
        self.units = tuple(units)
        self.formed = dict(formed or {})
        self._names: dict[str, list[FormerUnit]] = defaultdict(list)
        for former in self.units:
            for key in name_keys(former.unit.name):
                if former not in self._names[key]:
                    self._names[key].append(former)

    def named(self, name: str) -> tuple[FormerUnit, ...]:
        """The dissolved units a name (without its type word) may stand for.

        >>> quan_2 = FormerUnit(PlaceRef("district", "769@2020", "Quận 2", "Quận", "79", "Hồ Chí Minh"), None,
        ...                     date(2020, 12, 31), ("769",))
        >>> [f.unit.code for f in DistrictHistory([quan_2]).named("quận 2")]
        ['769@2020']
        """
        return tuple(self._names.get(" ".join(loose_key(name).split()), ()))

    def existed(self, code: str, on: date) -> bool:
        """Whether a snapshot district existed on a day (False only for one formed after it)."""
        first = self.formed.get(code)
        return first is None or first <= on

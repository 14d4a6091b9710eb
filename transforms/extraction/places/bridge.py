"""The 2025 reform's old→new mapping as lookups: where each legacy unit went, and what each 2025 unit was formed
from.

Pure: the pairs come in as a frame (`warehouse.bridge.load_unit_bridge`: legacy_unit_key, unit_key_2025, overlap,
is_main). A legacy commune has one main successor (where it went whole, or the main part of a divided one); a 2025
commune's predecessors are the legacy units whose main successor it is, or, for the few formed of parts only, every
legacy unit it took a part of.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import polars as pl


def _split(key: str) -> tuple[str, str]:
    """('commune', '00004') of 'legacy:commune:00004'."""
    _, level, code = key.split(":")
    return level, code


class Bridge:
    """Successors of legacy units and predecessors of 2025 units, by (level, code) within each era."""

    def __init__(self, pairs: Iterable[tuple[str, str, str, bool]]) -> None:
        """`pairs`: (legacy unit key, 2025 unit key, overlap, is_main)."""
        self._main: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        self._predecessors: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        parts: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for old_key, new_key, _overlap, is_main in pairs:
            old, new = _split(old_key), _split(new_key)
            if is_main:
                self._main[old].append(new)
                self._predecessors[new].append(old)
            else:
                parts[new].append(old)
        for new, olds in parts.items():
            self._predecessors.setdefault(new, olds)

    @classmethod
    def from_frame(cls, frame: pl.DataFrame) -> Bridge:
        return cls(frame.select("legacy_unit_key", "unit_key_2025", "overlap", "is_main").iter_rows())

    def successor(self, level: str, code: str, level_2025: str = "commune") -> str | None:
        """The 2025 unit of `level_2025` that a legacy unit went to (or most of it), if there is one.

        A legacy province or district goes to a 2025 province; a commune, and an island district that had no
        communes, to a 2025 commune or special zone.
        """
        return next((c for lvl, c in self._main.get((level, code), ()) if lvl == level_2025), None)

    def predecessors(self, level_2025: str, code: str, level: str | None = None) -> tuple[str, ...]:
        """The legacy units (of `level`, if given) that a 2025 unit was formed from: codes, in the dataset's order."""
        return tuple(c for lvl, c in self._predecessors.get((level_2025, code), ()) if level in (None, lvl))

    def predecessor_units(self, level_2025: str, code: str) -> tuple[tuple[str, str], ...]:
        """(level, code) of every legacy unit a 2025 unit was formed from."""
        return tuple(self._predecessors.get((level_2025, code), ()))

"""The district-level units dissolved before the legacy gazetteer's snapshot, from `data/district_history.csv`.

The package's legacy table is the structure of 2025-06-30: the districts merged or dissolved between 2017 and then
(Hoành Bồ into Hạ Long in 2020; Quận 2, Quận 9 and Quận Thủ Đức into the city of Thủ Đức in 2021; a dozen more in
2024-2025) are not in it. The file, kept by hand from the National Assembly Standing Committee's resolutions (its
header says which), gives each one's name, type, province, GSO code, last day and successors; they become legacy
units of their own, with their validity:

- `code` is the GSO code and the year the unit ended, "769@2020" (Quận 2; the city of Thủ Đức took its code 769 in
  2021), so `unit_key` ("legacy:district:769@2020") is never the successor's;
- `successor_keys` are the unit keys of the units it went to;
- a successor the same resolution formed as a new unit gets that day as its `valid_from` (`formed_from_history`).

Bad rows (an unknown province or successor, a date that does not parse) stop the load with one line naming the row.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

HISTORY_CSV = Path(__file__).with_name("data") / "district_history.csv"


class DistrictHistoryError(ValueError):
    """A row of the district history names a province or successor the gazetteer does not hold, or a bad date."""


def history_code(legacy_code: str, valid_to: date) -> str:
    """The code of a dissolved unit: its GSO code and the year it ended.

    >>> history_code("769", date(2020, 12, 31))
    '769@2020'
    """
    return f"{legacy_code}@{valid_to.year}"


def read_history(path: Path = HISTORY_CSV) -> list[dict[str, str]]:
    """The file's records (its `#` header lines skipped)."""
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def _day(value: str, where: str) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise DistrictHistoryError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from exc


def history_rows(
    records: list[dict[str, str]], provinces: dict[str, str], districts: set[str]
) -> tuple[list[dict[str, Any]], dict[str, date]]:
    """Legacy district rows (the columns of `warehouse.gazetteer.SCHEMA`, and `successor_keys`) for the records, and
    the first day of each successor formed anew ({legacy district code: day}).

    `provinces`: legacy province code -> short name; `districts`: the codes of the snapshot's legacy districts.
    """
    rows: list[dict[str, Any]] = []
    formed: dict[str, date] = {}
    for i, r in enumerate(records, start=1):
        where = f"{HISTORY_CSV.name} row {i} ({r.get('name')})"
        province = r["province_code"].strip()
        if province not in provinces:
            raise DistrictHistoryError(f"{where}: no legacy province {province!r}")
        valid_to = _day(r["valid_to"], where)
        if valid_to is None:
            raise DistrictHistoryError(f"{where}: a dissolved unit needs its last day (valid_to)")
        successors = r["successor_codes"].split()
        unknown = [c for c in successors if c not in districts]
        if unknown:
            raise DistrictHistoryError(f"{where}: no legacy district {' '.join(unknown)} to succeed it")
        if (first := _day(r["successor_formed"], where)) is not None:
            formed.update(dict.fromkeys(successors, first))
        code, short, unit_type = history_code(r["legacy_code"].strip(), valid_to), r["name"].strip(), r["unit_type"]
        name = short if short.casefold().startswith(unit_type.casefold() + " ") else f"{unit_type} {short}"
        rows.append(
            {
                "unit_key": f"legacy:district:{code}",
                "era": "legacy",
                "level": "district",
                "code": code,
                "name": name,
                "short_name": short,
                "unit_type": unit_type,
                "parent_code": province,
                "province_code": province,
                "province_name": provinces[province],
                "district_code": code,
                "valid_from": _day(r["valid_from"], where),
                "valid_to": valid_to,
                "successor_keys": [f"legacy:district:{c}" for c in successors],
            }
        )
    return rows, formed

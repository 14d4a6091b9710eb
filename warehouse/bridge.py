"""The old→new bridge of the 2025-07-01 reform: which unit of the 34-province structure each legacy unit went to.

One row per (legacy unit, 2025 unit) pair whose territories overlap, keyed like the dimension (`unit_key`,
"legacy:commune:00004" → "2025:commune:00004"):

- a legacy province → the 2025 province it became part of (provinces merged whole);
- a legacy district → the 2025 province of its province (the reform abolished districts; a district dissolved
  before the reform, from `warehouse.history`, as well), and an island district without communes (Côn Đảo, Lý
  Sơn, Bạch Long Vĩ, ...) → the special zone (đặc khu) it became;
- a legacy commune → the 2025 commune, ward or special zone it went to: `whole` where it moved in whole, `part` for
  each of the units a divided commune was shared among, one of which `is_main` (the package's default successor).

The rows come from the `vietnamadminunits` package's converter tables (`vietnamadminunits.converter.converter_2025`:
the same data its `convert_address` reads), joined to the dataset's codes through the units' keys. Its split lists
carry some same-name noise across merged provinces, so a `part` that is not `is_main` is weak evidence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import polars as pl

BRIDGE_SCHEMA: dict[str, Any] = {
    "legacy_unit_key": pl.String,
    "unit_key_2025": pl.String,
    "overlap": pl.String,  # whole | part
    "is_main": pl.Boolean,  # the 2025 unit that holds the legacy unit, or its main part
}


def bridge_rows(
    province_map: dict[str, list[str]],
    whole: dict[str, dict[str, list[str]]],
    divided: dict[str, dict[str, list[dict[str, Any]]]],
    legacy: list[dict[str, Any]],
    reform: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Bridge rows from the converter's tables (`DICT_PROVINCE`, `DICT_PROVINCE_WARD_NO_DIVIDED`,
    `DICT_PROVINCE_WARD_DIVIDED`) and the dataset's records of both eras (with their key and code fields).

    A converter key is "<provinceKey>_<districtKey>_<wardKey>", the ward empty for an island district.
    """
    legacy_province = {r["provinceKey"]: r["provinceCode"] for r in legacy}
    legacy_district = {(r["provinceKey"], r["districtKey"]): r["districtCode"] for r in legacy}
    legacy_commune = {(r["provinceKey"], r["districtKey"], r["wardKey"]): r["wardCode"] for r in legacy if r["wardKey"]}
    reform_province = {r["provinceKey"]: r["provinceCode"] for r in reform}
    reform_commune = {(r["provinceKey"], r["wardKey"]): r["wardCode"] for r in reform}
    rows: dict[tuple[str, str], dict[str, Any]] = {}

    def add(old: str, new: str, overlap: str, is_main: bool) -> None:
        rows.setdefault((old, new), {"legacy_unit_key": old, "unit_key_2025": new, "overlap": overlap,
                                     "is_main": is_main})  # fmt: skip

    new_province_of: dict[str, str] = {}
    for new_key, old_keys in province_map.items():
        for old_key in old_keys:
            new_province_of[old_key] = reform_province[new_key]
            add(f"legacy:province:{legacy_province[old_key]}", f"2025:province:{reform_province[new_key]}", "whole",
                True)  # fmt: skip
    for (province_key, _), district_code in legacy_district.items():
        add(f"legacy:district:{district_code}", f"2025:province:{new_province_of[province_key]}", "whole", True)

    def old_unit(converter_key: str) -> str | None:
        province_key, district_key, ward_key = converter_key.split("_")
        if ward_key:
            code = legacy_commune.get((province_key, district_key, ward_key))
            return f"legacy:commune:{code}" if code else None
        code = legacy_district.get((province_key, district_key))
        return f"legacy:district:{code}" if code else None

    for new_province_key, wards in whole.items():
        for ward_key, old_keys in wards.items():
            new = f"2025:commune:{reform_commune[(new_province_key, ward_key)]}"
            for old_key in old_keys:
                if (old := old_unit(old_key)) is not None:
                    add(old, new, "whole", True)
    for new_province_key, olds in divided.items():
        for old_key, candidates in olds.items():
            if (old := old_unit(old_key)) is None:
                continue
            for c in candidates:
                code = reform_commune.get((new_province_key, c["newWardKey"]))
                if code:
                    add(old, f"2025:commune:{code}", "part", bool(c["isDefaultNewWard"]))
    return sorted(rows.values(), key=lambda r: (r["legacy_unit_key"], r["unit_key_2025"]))


def load_unit_bridge() -> pl.DataFrame:
    """The bridge from every legacy unit to the 2025 units it went to, with the columns of `BRIDGE_SCHEMA`."""
    from vietnamadminunits.converter import converter_2025  # imported here: the package's import is slow
    from vietnamadminunits.database import get_data

    legacy = get_data(fields=["provinceKey", "districtKey", "wardKey", "provinceCode", "districtCode", "wardCode"],
                      table="admin_units_legacy")  # fmt: skip
    reform = get_data(fields=["provinceKey", "wardKey", "provinceCode", "wardCode"], table="admin_units")
    rows = bridge_rows(
        converter_2025.DICT_PROVINCE,
        converter_2025.DICT_PROVINCE_WARD_NO_DIVIDED,
        converter_2025.DICT_PROVINCE_WARD_DIVIDED,
        legacy,
        reform,
    )
    return pl.DataFrame(rows + _dissolved_rows(rows), schema=BRIDGE_SCHEMA, orient="row")


def _dissolved_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A district dissolved before the reform → the 2025 province its province went to."""
    from warehouse.history import history_code, read_history

    province_2025 = {r["legacy_unit_key"]: r["unit_key_2025"] for r in rows if r["legacy_unit_key"].startswith(
        "legacy:province:")}  # fmt: skip
    out = []
    for r in read_history():
        code = history_code(r["legacy_code"].strip(), date.fromisoformat(r["valid_to"].strip()))
        new = province_2025[f"legacy:province:{r['province_code'].strip()}"]
        out.append({"legacy_unit_key": f"legacy:district:{code}", "unit_key_2025": new, "overlap": "whole",
                    "is_main": True})  # fmt: skip
    return out

"""The gazetteer of Vietnamese administrative units: every unit before the 2025-07-01 reform and after it, one row each.

The rows come from the `vietnamadminunits` package's SQLite dataset, read in bulk through its public
`vietnamadminunits.database.get_data`: table `admin_units_legacy` (63 provinces, 696 districts, the communes, with GSO
codes) and table `admin_units` (the 34 provinces and their communes from 2025-07-01; the reform removed districts).

GSO codes were reused by the reform (province 15 was Yên Bái, is now Lào Cai), so `code` alone is not a key:
`unit_key` is f"{era}:{level}:{code}", e.g. "legacy:district:178".

Validity: a legacy unit's start date is not in the dataset, so `valid_from` is null (unknown) for the legacy era rather
than an invented date, except for a unit formed by an arrangement the district history records (the city of Thủ Đức
from 2021-01-01); every unit of the snapshot ends on 2025-06-30. The district-level units dissolved before it
(`warehouse.history`, `data/district_history.csv`) are legacy units as well, each with its last day and
`successor_keys`. Units of the 2025 era start on 2025-07-01 and are open.

The dataset's full names disagree with its type columns in a few rows ("Thị trấn Ngọc Lặc" typed "Xã", "Thành Phố
Bắc Kạn"): the type is read from the full name's type word, and `name` is rebuilt as type + short name.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import polars as pl

from warehouse.history import history_rows, read_history

LEGACY_VALID_TO = date(2025, 6, 30)
# Legacy units the package names by a form that held only for the last months before the reform: the name in force
# for most of the legacy period is kept. Thừa Thiên Huế became the centrally-run city of Huế on 2025-01-01.
LEGACY_PROVINCE_NAMES = {"46": ("Tỉnh Thừa Thiên Huế", "Thừa Thiên Huế")}
REFORM_VALID_FROM = date(2025, 7, 1)

# The type words of unit names, longest first so that "Thị xã" wins over "Xã".
UNIT_TYPES = ("Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Phường", "Huyện", "Quận", "Tỉnh", "Xã")
_TYPE_PREFIXES = tuple((word.casefold() + " ", word) for word in UNIT_TYPES)

SCHEMA: dict[str, Any] = {
    "unit_key": pl.String,
    "era": pl.String,
    "level": pl.String,
    "code": pl.String,
    "name": pl.String,
    "short_name": pl.String,
    "unit_type": pl.String,
    "parent_code": pl.String,
    "province_code": pl.String,
    "province_name": pl.String,
    "district_code": pl.String,
    "valid_from": pl.Date,
    "valid_to": pl.Date,
    "successor_keys": pl.List(pl.String),
}

_LEGACY_FIELDS = [
    "provinceCode",
    "province",
    "provinceShort",
    "districtCode",
    "district",
    "districtShort",
    "districtType",
    "wardCode",
    "ward",
    "wardShort",
    "wardType",
]
_REFORM_FIELDS = ["provinceCode", "province", "provinceShort", "wardCode", "ward", "wardShort", "wardType"]

# The dataset marks a short name shared by two units of one parent with the type: "Kỳ Anh (Huyện)".
_TYPE_SUFFIX_RE = re.compile(r"\s*\((?:" + "|".join(UNIT_TYPES) + r")\)\s*$", re.IGNORECASE)


def clean_short_name(short: str) -> str:
    """The short name without the dataset's disambiguating type suffix.

    >>> clean_short_name("Kỳ Anh (Thị xã)")
    'Kỳ Anh'
    >>> clean_short_name("Bắc Sơn")
    'Bắc Sơn'
    """
    return _TYPE_SUFFIX_RE.sub("", short).strip()


def unit_type_of(full_name: str, fallback: str | None) -> str:
    """The canonical type word a full name starts with, else the dataset's type column.

    >>> unit_type_of("Thành Phố Bắc Kạn", "Thành phố")
    'Thành phố'
    >>> unit_type_of("Thị trấn Ngọc Lặc", "Xã")
    'Thị trấn'
    """
    folded = full_name.casefold()
    for prefix, word in _TYPE_PREFIXES:
        if folded.startswith(prefix):
            return word
    return fallback or ""


def full_name(unit_type: str, short: str) -> str:
    """Type word + short name, unless the short name already carries its type ("Quận 1", "Phường 12").

    >>> full_name("Huyện", "Bắc Sơn")
    'Huyện Bắc Sơn'
    >>> full_name("Quận", "Quận 1")
    'Quận 1'
    """
    if short.casefold().startswith(unit_type.casefold() + " "):
        return unit_type + short[len(unit_type) :]
    return f"{unit_type} {short}"


def _unit_row(
    era: str,
    level: str,
    code: str,
    raw_name: str,
    raw_short: str,
    raw_type: str | None,
    parent_code: str | None,
    province: tuple[str, str],
    district_code: str | None,
) -> dict[str, Any]:
    unit_type = unit_type_of(raw_name, raw_type)
    short = clean_short_name(raw_short)
    legacy = era == "legacy"
    return {
        "unit_key": f"{era}:{level}:{code}",
        "era": era,
        "level": level,
        "code": code,
        "name": full_name(unit_type, short),
        "short_name": short,
        "unit_type": unit_type,
        "parent_code": parent_code,
        "province_code": province[0],
        "province_name": province[1],
        "district_code": district_code,
        "valid_from": None if legacy else REFORM_VALID_FROM,
        "valid_to": LEGACY_VALID_TO if legacy else None,
        "successor_keys": None,
    }


def legacy_unit_rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Province, district and commune rows from `admin_units_legacy` records (one record a commune).

    Island districts without communes come as one record with a null commune: they yield the district only.
    """
    seen: set[tuple[str, str]] = set()
    rows: list[dict[str, Any]] = []
    for r in records:
        full, short = LEGACY_PROVINCE_NAMES.get(r["provinceCode"], (r["province"], r["provinceShort"]))
        province = (r["provinceCode"], clean_short_name(short))
        if ("province", r["provinceCode"]) not in seen:
            seen.add(("province", r["provinceCode"]))
            rows.append(_unit_row("legacy", "province", province[0], full, short, None, None,
                                  province, None))  # fmt: skip
        if ("district", r["districtCode"]) not in seen:
            seen.add(("district", r["districtCode"]))
            rows.append(_unit_row("legacy", "district", r["districtCode"], r["district"], r["districtShort"],
                                  r["districtType"], province[0], province, r["districtCode"]))  # fmt: skip
        if r["wardCode"] and ("commune", r["wardCode"]) not in seen:
            seen.add(("commune", r["wardCode"]))
            rows.append(_unit_row("legacy", "commune", r["wardCode"], r["ward"], r["wardShort"], r["wardType"],
                                  r["districtCode"], province, r["districtCode"]))  # fmt: skip
    return rows


def reform_unit_rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Province and commune rows from `admin_units` records (the 2025 structure: no districts)."""
    seen: set[tuple[str, str]] = set()
    rows: list[dict[str, Any]] = []
    for r in records:
        province = (r["provinceCode"], clean_short_name(r["provinceShort"]))
        if ("province", r["provinceCode"]) not in seen:
            seen.add(("province", r["provinceCode"]))
            rows.append(_unit_row("2025", "province", province[0], r["province"], r["provinceShort"], None, None,
                                  province, None))  # fmt: skip
        if r["wardCode"] and ("commune", r["wardCode"]) not in seen:
            seen.add(("commune", r["wardCode"]))
            rows.append(_unit_row("2025", "commune", r["wardCode"], r["ward"], r["wardShort"], r["wardType"],
                                  province[0], province, None))  # fmt: skip
    return rows


def load_admin_units() -> pl.DataFrame:
    """Every administrative unit version, one row each, with the columns of `SCHEMA`.

    Legacy era: 63 provinces, 696 districts, 10,035 communes (the dataset's 10,040 records include 5 island
    districts without communes), and the 24 districts dissolved before its snapshot (`warehouse.history`). 2025
    era: 34 provinces and 3,321 communes, wards and special zones ("Đặc khu").
    """
    from vietnamadminunits.database import get_data  # imported here: the package's import is slow

    legacy = legacy_unit_rows(get_data(fields=_LEGACY_FIELDS, table="admin_units_legacy"))
    reform = get_data(fields=_REFORM_FIELDS, table="admin_units")
    provinces = {r["code"]: r["short_name"] for r in legacy if r["level"] == "province"}
    districts = {r["code"] for r in legacy if r["level"] == "district"}
    dissolved, formed = history_rows(read_history(), provinces, districts)
    for row in legacy:
        if row["level"] == "district" and row["code"] in formed:
            row["valid_from"] = formed[row["code"]]
    rows = legacy + dissolved + reform_unit_rows(reform)
    return pl.DataFrame(rows, schema=SCHEMA, orient="row").sort("era", "level", "code", descending=[True, False, False])

"""The site table: web domains of provincial portals and provincial newspapers, and the province each one covers.

`data/site_domains.csv`, one row a domain: `domain`, `kind` (portal, party_newspaper, newspaper, radio_tv),
`province_legacy` and `province_2025` (short names as in the gazetteer; `province_legacy` is empty for an outlet that
exists only since the reform and covers several legacy provinces) and `source` (how the row was confirmed: a
well-known domain, and where it was also seen). A row covers its subdomains: `huongkhe.hatinh.gov.vn` is under
`hatinh.gov.vn`. Outlets of the two largest cities whose news is largely national are left out on purpose.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import polars as pl

SITES_CSV = Path(__file__).with_name("data") / "site_domains.csv"

SITE_SCHEMA: dict[str, Any] = {
    "domain": pl.String,
    "kind": pl.String,
    "province_code_legacy": pl.String,
    "province_code_2025": pl.String,
    "source": pl.String,
}
KINDS = frozenset({"portal", "party_newspaper", "newspaper", "radio_tv"})


class SiteTableError(ValueError):
    """A row of the site table names a province the gazetteer does not have, or a kind not in `KINDS`."""


def site_rows(records: list[dict[str, str]], units: pl.DataFrame) -> list[dict[str, Any]]:
    """The CSV's records with province names turned into the codes of their era (`units`: `load_admin_units()`)."""
    provinces = units.filter(pl.col("level") == "province")
    code = {(r["era"], r["short_name"]): r["code"] for r in provinces.iter_rows(named=True)}
    rows = []
    for r in records:
        if r["kind"] not in KINDS:
            raise SiteTableError(f"{r['domain']}: unknown kind {r['kind']!r}")
        legacy, reform = r["province_legacy"].strip(), r["province_2025"].strip()
        if (legacy and ("legacy", legacy) not in code) or ("2025", reform) not in code:
            raise SiteTableError(f"{r['domain']}: no such province {legacy or reform!r}")
        rows.append({
            "domain": r["domain"].strip().lower(),
            "kind": r["kind"],
            "province_code_legacy": code[("legacy", legacy)] if legacy else None,
            "province_code_2025": code[("2025", reform)],
            "source": r["source"],
        })  # fmt: skip
    return rows


def load_site_domains(units: pl.DataFrame, path: Path = SITES_CSV) -> pl.DataFrame:
    """The site table with province codes, columns of `SITE_SCHEMA`."""
    with path.open(encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    return pl.DataFrame(site_rows(records, units), schema=SITE_SCHEMA, orient="row")

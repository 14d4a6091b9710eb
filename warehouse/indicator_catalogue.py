"""The indicator dimension, `core.dim_indicator`, filled from the indicator catalogue
(`transforms/extraction/indicators/catalogue.toml`) whenever the catalogue, or the module that reads it, changed:
their digest is kept in `meta.catalogue_digest`, so an open that finds it the same reads nothing."""

from __future__ import annotations

import hashlib
from importlib.util import find_spec
from pathlib import Path

import duckdb

from warehouse.db import digest_recorded, record_digest, rollback


def catalogue_digest() -> str:
    """SHA-256 of the indicator catalogue and of the module that reads it, read as bytes: reading the catalogue itself
    (parsing it, compiling its rules) costs a tenth of a second."""
    spec = find_spec("transforms.extraction.indicators")
    assert spec is not None and spec.submodule_search_locations is not None
    folder = Path(next(iter(spec.submodule_search_locations)))
    digest = hashlib.sha256()
    for name in ("catalogue.toml", "catalogue.py"):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()


def _write_indicators(con: duckdb.DuckDBPyConnection, digest: str) -> None:
    """Write the catalogue's indicators into `core.dim_indicator` (new codes added, changed ones replaced), and its
    digest, in one transaction."""
    import polars as pl  # here: every command opens the warehouse, few fill it, and polars takes a while to import

    from transforms.extraction.indicators import CATALOGUE

    fields = ("code", "label_vi", "category", "label_en", "unit", "kind", "triggers")
    indicators = pl.DataFrame(
        [{f: getattr(i, f) for f in fields} for i in CATALOGUE.values()], schema=dict.fromkeys(fields, pl.String)
    ).rename({"code": "indicator_code"})
    con.register("seed_indicators", indicators.to_arrow())
    con.execute("begin transaction")
    try:
        con.execute("insert or replace into core.dim_indicator by name select * from seed_indicators")
        record_digest(con, "meta.catalogue_digest", digest)
        con.execute("commit")
    except BaseException:
        rollback(con)
        raise
    finally:
        con.unregister("seed_indicators")


def seed_indicators(con: duckdb.DuckDBPyConnection) -> None:
    """Fill `core.dim_indicator` from the catalogue, unless it was filled from this very catalogue."""
    digest = catalogue_digest()
    if not digest_recorded(con, "meta.catalogue_digest", digest):
        _write_indicators(con, digest)

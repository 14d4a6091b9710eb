"""A writer's connection to the warehouse file: an in-memory DuckDB connection with the file attached and in use,
its row groups `ROW_GROUP_ROWS` rows long.

DuckDB rewrites the whole of a table's last row group whenever a checkpoint follows an append to it. With its default
of 122,880 rows the documents of a crawl all sat in one row group, so each load's checkpoint rewrote every document
stored so far. The row group size is an option of ATTACH alone, hence the in-memory connection. Readers open the
file directly (`warehouse.db.connect(read_only=True)`).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

ROW_GROUP_ROWS = 2048  # DuckDB's smallest (a multiple of its vector size)
ALIAS = "warehouse"  # the catalog name of the file in a writer's connection


def attach_for_writing(path: Path, config: dict[str, str | int | bool]) -> duckdb.DuckDBPyConnection:
    """The warehouse at `path` (created when missing, in `storage_compatibility_version` if `config` names one),
    open for writing with DuckDB settings `config`; DuckDB's exceptions propagate (the caller explains them)."""
    config = dict(config)
    options = [f"ROW_GROUP_SIZE {ROW_GROUP_ROWS}"]
    if (storage := config.pop("storage_compatibility_version", None)) is not None:
        options.append(f"STORAGE_VERSION '{storage}'")
    con = duckdb.connect(":memory:", config=config)
    try:
        quoted = str(path).replace("'", "''")
        con.execute(f"attach '{quoted}' as {ALIAS} ({', '.join(options)})")
        con.execute(f"use {ALIAS}")
    except BaseException:
        con.close()
        raise
    return con

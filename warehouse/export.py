"""Exports for analysts: the public views and the dimension tables as Parquet (zstd) or CSV files with a data
dictionary.

Layout of an export directory:

    mart/documents/province=20/year=2020/data_0.parquet   fact views, hive-partitioned by province code and year
    mart/sessions/..., mart/person_roles/..., mart/indicator_values/...
    mart/admin_unit_bridge.parquet                        the old→new bridge of the 2025 reform, one file
    core/dim_admin_unit.parquet, core/dim_body.parquet, ...  one file per dimension
    DATA_DICTIONARY.md, schema.json                        grain, columns, code lists, row counts, provenance

Rows without a known province or year go to `__HIVE_DEFAULT_PARTITION__`, which DuckDB, polars and Spark read back as
NULL. CSV exports write one file per table (`mart/sessions.csv`) unless asked to partition, and can begin each file
with a UTF-8 byte-order mark, by which Excel knows the text is UTF-8 (without it, it garbles Vietnamese). The export
is written to a temporary sibling directory and then swapped into place (`warehouse.swap`), so a reader sees the old
export or the new one, never a mix; every table's row count is checked against the warehouse before the swap.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import connect
from warehouse.dictionary import (
    GENERATOR,
    ExportedTable,
    build_dictionary,
    load_comments,
    provenance,
    render_markdown,
    table_columns,
)
from warehouse.swap import clean_leftovers, swap_into_place, temporary_sibling

FORMATS = ("parquet", "csv")
PARTITION_BY = ("province", "year")
EMPTY_PARTITION = "__HIVE_DEFAULT_PARTITION__"

_DOCUMENT = "left join mart.documents d on d.source_id = v.source_id"
_MEETING = "left join mart.sessions s on s.session_id = v.session_id"


def _with_partitions(view: str, province: str, dates: tuple[str, ...], joins: str = "") -> str:
    """A view's rows with the partition columns: the first known province, the year of the first known date.

    >>> _with_partitions("mart.x", "v.province_code", ("v.event_date", "v.published_at"), "join y")
    'select v.*, v.province_code as province, cast(year(coalesce(v.event_date, v.published_at)) as integer) as year \
from mart.x v join y'
    """
    year = f"cast(year(coalesce({', '.join(dates)})) as integer)"
    return " ".join(filter(None, (f"select v.*, {province} as province, {year} as year from {view} v", joins)))


@dataclass(frozen=True, slots=True)
class TableExport:
    """One table to export: the relation whose columns are written, and for a fact view the query that adds the
    partition columns `province` and `year` to it."""

    name: str
    partitioned_query: str | None = None

    @property
    def path(self) -> str:
        return self.name.replace(".", "/")


# A row's year is its meeting's start date's, else its document's event date's, else its publication date's.
TABLES: tuple[TableExport, ...] = (
    TableExport(
        "mart.documents",
        _with_partitions("mart.documents", "v.province_code", ("v.event_date", "v.published_at")),
    ),
    TableExport(
        "mart.sessions",
        _with_partitions(
            "mart.sessions",
            "coalesce(v.province_code, d.province_code)",
            ("v.start_date", "d.event_date", "d.published_at"),
            _DOCUMENT,
        ),
    ),
    TableExport(
        "mart.person_roles",
        _with_partitions(
            "mart.person_roles",
            "coalesce(s.province_code, d.province_code)",
            ("s.start_date", "d.event_date", "d.published_at"),
            f"{_MEETING} {_DOCUMENT}",
        ),
    ),
    TableExport(
        "mart.indicator_values",
        _with_partitions(
            "mart.indicator_values",
            "coalesce(v.province_code, s.province_code, d.province_code)",
            ("s.start_date", "d.event_date", "d.published_at"),
            f"{_MEETING} {_DOCUMENT}",
        ),
    ),
    TableExport(
        "mart.meetings",
        _with_partitions("mart.meetings", "v.province_code", ("v.start_date",)),
    ),
    TableExport(
        "mart.office_holders",
        _with_partitions("mart.office_holders", "v.province_code", ("v.first_seen",)),
    ),
    TableExport("mart.admin_unit_bridge"),
    TableExport("core.dim_admin_unit"),
    TableExport("core.dim_body"),
    TableExport("core.dim_body_alias"),
    TableExport("core.dim_person"),
    TableExport("core.dim_date"),
    TableExport("core.dim_indicator"),
)


def _literal(path: Path) -> str:
    """A path as a SQL string literal (COPY takes no bound parameter for its target).

    >>> _literal(Path("/tmp/it's"))
    "'/tmp/it''s'"
    """
    return "'" + str(path).replace("'", "''") + "'"


def _copy_options(fmt: str, partition_by: tuple[str, ...] = ()) -> str:
    """The options of a COPY statement.

    >>> _copy_options("parquet", ("province", "year"))
    'FORMAT parquet, COMPRESSION zstd, PARTITION_BY (province, year)'
    >>> _copy_options("csv")
    'FORMAT csv, HEADER true'
    """
    options = ["FORMAT parquet", "COMPRESSION zstd"] if fmt == "parquet" else ["FORMAT csv", "HEADER true"]
    if partition_by:
        options.append(f"PARTITION_BY ({', '.join(partition_by)})")
    return ", ".join(options)


def _glob_literal(root: Path, pattern: str) -> str:
    """A file pattern under `root` as a SQL literal, with the characters of `root` that globs read ("[", "*", "?")
    escaped, so that a folder named "[2024]" is a folder.

    >>> _glob_literal(Path("/out/[2024]"), "**/*.csv")
    "'/out/[[]2024]/**/*.csv'"
    """
    escaped = re.sub(r"[\[*?]", lambda m: f"[{m.group()}]", str(root))
    return _literal(Path(f"{escaped}/{pattern}"))


def _reader(fmt: str, root: Path, pattern: str) -> str:
    """A DuckDB table function reading back what an export wrote under `root` (`pattern` relative to it)."""
    files = _glob_literal(root, pattern)
    if fmt == "parquet":
        return f"read_parquet({files}, hive_partitioning = true)"
    return f"read_csv({files}, hive_partitioning = true, header = true, all_varchar = true)"


UTF8_BOM = b"\xef\xbb\xbf"


def _prepend_bom(path: Path) -> None:
    """Begin a file with the UTF-8 byte-order mark, streaming it through a sibling file."""
    marked = path.with_name(path.name + ".bom")
    with path.open("rb") as source, marked.open("wb") as target:
        target.write(UTF8_BOM)
        shutil.copyfileobj(source, target, 1024 * 1024)
    marked.replace(path)


def _write_table(
    con: duckdb.DuckDBPyConnection, table: TableExport, root: Path, fmt: str, partition: bool, bom: bool
) -> ExportedTable:
    """Write one table under `root` and check that every row arrived."""
    rows = int(con.execute(f"select count(*) from {table.name}").fetchall()[0][0])
    columns = table_columns(con, table.name)
    target = root / table.path
    target.parent.mkdir(parents=True, exist_ok=True)
    if table.partitioned_query is None or not partition:
        target = target.with_name(f"{target.name}.{fmt}")
        con.execute(f"COPY {table.name} TO {_literal(target)} ({_copy_options(fmt)})")
        pattern = (target.parent, target.name)
        partition_by: tuple[str, ...] = ()
    else:
        partition_by = PARTITION_BY
        if rows:
            con.execute(f"COPY ({table.partitioned_query}) TO {_literal(target)} ({_copy_options(fmt, partition_by)})")
        else:  # no rows, no partitions: one empty file keeps the columns readable
            empty = target.joinpath(*(f"{p}={EMPTY_PARTITION}" for p in partition_by), f"data_0.{fmt}")
            empty.parent.mkdir(parents=True)
            con.execute(f"COPY {table.name} TO {_literal(empty)} ({_copy_options(fmt)})")
        pattern = (target, f"**/*.{fmt}")
    if bom and fmt == "csv":
        for written_file in [target] if target.is_file() else sorted(target.rglob("*.csv")):
            _prepend_bom(written_file)
    written = int(con.execute(f"select count(*) from {_reader(fmt, *pattern)}").fetchall()[0][0])
    if written != rows:
        raise RuntimeError(f"export of {table.name}: {rows} rows in the warehouse but {written} written")
    rel = target.relative_to(root).as_posix()
    return ExportedTable(name=table.name, path=rel, rows=rows, columns=columns, partition_by=partition_by)


def _is_previous_export(path: Path) -> bool:
    """True for a directory that an earlier export wrote (or an empty one): only those may be replaced."""
    if not any(path.iterdir()):
        return True
    try:
        return json.loads((path / "schema.json").read_text(encoding="utf-8")).get("generator") == GENERATOR
    except (OSError, ValueError):
        return False


def export_warehouse(
    db_path: str | Path,
    out_dir: str | Path,
    fmt: str = "parquet",
    *,
    partition: bool | None = None,
    bom: bool = False,
    wait: float = 0.0,
) -> dict[str, Any]:
    """Export the warehouse at `db_path` (opened read-only, waiting up to `wait` seconds for a run's commit) to
    `out_dir`, replacing an earlier export there. The fact views are partitioned by province and year when
    `partition` (by default for Parquet, not for CSV); `bom` begins each CSV file with a UTF-8 byte-order mark.

    Returns {"out_dir", "format", "tables": {name: {"path", "rows", "partition_by"}}, "pipeline_version",
    "run_id", "exported_at"}. Raises FileExistsError if `out_dir` holds something other than an export.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    out_dir = Path(out_dir).resolve()
    if out_dir.exists() and not (out_dir.is_dir() and _is_previous_export(out_dir)):
        raise FileExistsError(f"{out_dir} exists and is not an earlier export: not replacing it")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    exported_at = datetime.now().astimezone().isoformat(timespec="seconds")
    if partition is None:
        partition = fmt == "parquet"
    con = connect(db_path, read_only=True, wait=wait)
    clean_leftovers(out_dir)
    tmp = temporary_sibling(out_dir)
    try:
        tables = [_write_table(con, table, tmp, fmt, partition, bom) for table in TABLES]
        prov = provenance(con)
        dictionary = build_dictionary(tables, load_comments(), prov, fmt=fmt, exported_at=exported_at)
        (tmp / "schema.json").write_text(json.dumps(dictionary, ensure_ascii=False, indent=2), encoding="utf-8")
        (tmp / "DATA_DICTIONARY.md").write_text(render_markdown(dictionary), encoding="utf-8")
        swap_into_place(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        con.close()
    return {
        "out_dir": str(out_dir),
        "format": fmt,
        "tables": {t.name: {"path": t.path, "rows": t.rows, "partition_by": list(t.partition_by)} for t in tables},
        "pipeline_version": prov["pipeline_version"],
        "run_id": prov["last_run_id"],
        "exported_at": exported_at,
    }

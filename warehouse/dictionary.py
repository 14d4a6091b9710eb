"""The data dictionary of an export: each table's grain, every column's type and meaning, the code lists, row counts
and the run that produced the data, as `schema.json` (for programs) and `DATA_DICTIONARY.md` (for people).

Meanings are data, kept next to the DDL as `COMMENT ON` statements in `warehouse/sql/mart_comments.sql`; this module
reads that file (a read-only warehouse may predate the comments) and the types from the warehouse itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import duckdb

from transforms.codes import CODES_BY_LIST
from warehouse.db import SQL_DIR

COMMENTS_SQL = SQL_DIR / "mart_comments.sql"
GENERATOR = "localgov export"

_COMMENT_RE = re.compile(r"^COMMENT ON (VIEW|TABLE|COLUMN) ([\w.]+) IS '((?:[^']|'')*)';\s*$", re.MULTILINE)

# The columns an export adds as hive-style directories (province=20/year=2020/), not stored inside the files.
PARTITION_COLUMNS: dict[str, tuple[str, str]] = {
    "province": (
        "VARCHAR",
        "Directory partition: GSO province code of the row (the meeting's, else the document's); "
        "__HIVE_DEFAULT_PARTITION__ (read back as NULL) where unknown. Readers may infer it as an integer "
        "(08 -> 8): the province_code column inside the files keeps the code as text.",
    ),
    "year": (
        "INTEGER",
        "Directory partition: year of the event (the meeting's start date, else the document's event date, else "
        "its publication date); __HIVE_DEFAULT_PARTITION__ (read back as NULL) where unknown.",
    ),
}

# Code lists of the taxonomy: code -> meaning (empty where the code speaks for itself).
CODE_LISTS: dict[str, dict[str, str]] = {
    name: dict(sorted(codes.items())) if isinstance(codes, dict) else dict.fromkeys(sorted(codes), "")
    for name, codes in CODES_BY_LIST.items()
}

# Which columns hold codes of which list, by table.
COLUMN_CODE_LISTS: dict[str, dict[str, str]] = {
    "mart.documents": {"status": "document_status", "event_date_basis": "date_basis"},
    "mart.sessions": {
        "body_type": "organization_type",
        "level": "level",
        "session_type": "session_type",
        "body_part": "body_part",
    },
    "mart.meetings": {"body_type": "organization_type", "level": "level", "session_type": "session_type"},
    "mart.person_roles": {
        "position": "position",
        "organization_type": "organization_type",
        "level": "level",
        "body_part": "body_part",
    },
    "mart.office_holders": {
        "position": "position",
        "organization_type": "organization_type",
        "level": "level",
        "body_part": "body_part",
    },
    "mart.indicator_values": {
        "indicator_code": "indicator_code",
        "unit": "unit",
        "qualifier": "qualifier",
        "measure": "measure",
    },
    "core.dim_body": {"body_type": "organization_type", "level": "level"},
    "core.dim_indicator": {
        "indicator_code": "indicator_code",
        "category": "indicator_category",
        "unit": "unit",
        "kind": "indicator_kind",
    },
}


@dataclass(frozen=True, slots=True)
class Comments:
    """Table comments (grain) by qualified name, and column comments by "schema.table.column"."""

    tables: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class ExportedTable:
    """One table as written by an export."""

    name: str  # "mart.sessions"
    path: str  # relative to the export directory: "mart/sessions" (a directory) or "core/dim_body.parquet"
    rows: int
    columns: list[tuple[str, str]]  # (name, DuckDB type) of the columns inside the files
    partition_by: tuple[str, ...] = ()


def parse_comments(sql: str) -> Comments:
    """The `COMMENT ON` statements of a SQL text, one statement a line.

    >>> c = parse_comments("COMMENT ON VIEW mart.v IS 'One row per x.';\\nCOMMENT ON COLUMN mart.v.a IS 'It''s a.';")
    >>> c.tables, c.columns
    ({'mart.v': 'One row per x.'}, {'mart.v.a': "It's a."})
    """
    tables: dict[str, str] = {}
    columns: dict[str, str] = {}
    for kind, name, text in _COMMENT_RE.findall(sql):
        (columns if kind == "COLUMN" else tables)[name] = text.replace("''", "'")
    return Comments(tables=tables, columns=columns)


def load_comments() -> Comments:
    """The comments of `warehouse/sql/mart_comments.sql`."""
    return parse_comments(COMMENTS_SQL.read_text(encoding="utf-8"))


def table_columns(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[str, str]]:
    """(column, type) of a table or view, in order."""
    return [(row[0], row[1]) for row in con.execute(f"describe {name}").fetchall()]


def missing_descriptions(con: duckdb.DuckDBPyConnection, comments: Comments, names: list[str]) -> list[str]:
    """The tables and "table.column"s among `names` that have no description."""
    missing = [name for name in names if not comments.tables.get(name)]
    for name in names:
        missing += [f"{name}.{col}" for col, _ in table_columns(con, name) if not comments.columns.get(f"{name}.{col}")]
    return missing


def provenance(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """The run that produced the data: the latest succeeded run (else the latest run), the pipeline versions the
    documents were loaded with, and the schema version."""
    runs = con.execute(
        "select run_id, pipeline_version, status, started_at, ended_at from meta.runs "
        "order by status = 'succeeded' desc, started_at desc limit 1"
    ).fetchall()
    keys = ("run_id", "pipeline_version", "status", "started_at", "ended_at")
    last: dict[str, Any] = dict(zip(keys, runs[0], strict=True)) if runs else {}
    versions = con.execute(
        "select pipeline_version, count(*) from core.documents group by 1 order by 2 desc, 1"
    ).fetchall()
    schema = con.execute("select coalesce(max(version), 0) from meta.schema_version").fetchall()[0][0]
    return {
        "last_run_id": last.get("run_id"),
        "last_run_status": last.get("status"),
        "last_run_started_at": _iso(last.get("started_at")),
        "last_run_ended_at": _iso(last.get("ended_at")),
        "pipeline_version": last.get("pipeline_version") or (versions[0][0] if versions else None),
        "document_pipeline_versions": {version: int(n) for version, n in versions},
        "schema_version": int(schema),
    }


def _iso(value: object) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else None  # type: ignore[union-attr]


def build_dictionary(
    tables: list[ExportedTable],
    comments: Comments,
    prov: dict[str, Any],
    *,
    fmt: str,
    exported_at: str,
) -> dict[str, Any]:
    """The content of `schema.json`: every exported table with its grain, path, row count, partitioning and columns
    (type, description, code list), the code lists, and the provenance."""
    used_lists: set[str] = set()
    out_tables = []
    for table in tables:
        code_cols = COLUMN_CODE_LISTS.get(table.name, {})
        columns = []
        for col, kind in table.columns:
            code_list = code_cols.get(col)
            if code_list:
                used_lists.add(code_list)
            columns.append(
                {
                    "name": col,
                    "type": kind,
                    "description": comments.columns.get(f"{table.name}.{col}", ""),
                    "code_list": code_list,
                }
            )
        partitions = [
            {"name": p, "type": PARTITION_COLUMNS[p][0], "description": PARTITION_COLUMNS[p][1]}
            for p in table.partition_by
        ]
        out_tables.append(
            {
                "name": table.name,
                "grain": comments.tables.get(table.name, ""),
                "path": table.path,
                "rows": table.rows,
                "partition_by": partitions,
                "columns": columns,
            }
        )
    return {
        "generator": GENERATOR,
        "exported_at": exported_at,
        "format": fmt,
        "compression": "zstd" if fmt == "parquet" else None,
        "provenance": prov,
        "tables": out_tables,
        "code_lists": {name: CODE_LISTS[name] for name in sorted(used_lists)},
    }


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell.

    >>> _cell("a|b\\nc")
    'a\\\\|b c'
    """
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _reading_hint(table: dict[str, Any], fmt: str) -> str:
    path = table["path"]
    if not table["partition_by"]:
        return f"`pl.read_{fmt}('{path}')`"
    if fmt == "csv":
        return f"`select * from read_csv('{path}/**/*.csv', hive_partitioning = true)`"
    return f"`pl.read_parquet('{path}/', hive_partitioning=True)`"


def render_markdown(dictionary: dict[str, Any]) -> str:
    """`DATA_DICTIONARY.md` from the content of `schema.json`."""
    prov = dictionary["provenance"]
    fmt = dictionary["format"]
    lines = [
        "# Data dictionary",
        "",
        f"Exported {dictionary['exported_at']} by `{dictionary['generator']}` as {fmt.upper()}"
        + (f" ({dictionary['compression']})" if dictionary.get("compression") else "")
        + ".",
        f"Pipeline version **{prov['pipeline_version']}**; last run `{prov['last_run_id']}` "
        f"({prov['last_run_status']}, ended {prov['last_run_ended_at']}); warehouse schema version "
        f"{prov['schema_version']}.",
        "",
        "Fact tables are split into hive-style directories by `province` (GSO code) and `year`; rows with no known "
        "province or year are under `__HIVE_DEFAULT_PARTITION__`, which readers return as NULL. The partition "
        "columns are not stored in the files. Read them whole:",
        "",
        "```python",
        "import polars as pl",
        "sessions = pl.read_parquet('mart/sessions/', hive_partitioning=True,",
        "                           hive_schema={'province': pl.String, 'year': pl.Int32})",
        "```",
        "```sql",
        "select * from read_parquet('mart/sessions/**/*.parquet', hive_partitioning = true);",
        "```",
        "",
        "Offsets (`char_start`, `char_end`) index `mart.documents.clean_text` (Python string indices, end exclusive).",
        "",
        "## Tables",
        "",
        "| table | rows | grain |",
        "| --- | ---: | --- |",
    ]
    lines += [f"| `{t['name']}` | {t['rows']} | {_cell(t['grain'])} |" for t in dictionary["tables"]]
    for table in dictionary["tables"]:
        lines += ["", f"## {table['name']}", "", f"**Grain:** {table['grain']}", ""]
        lines += [f"Path: `{table['path']}` · rows: {table['rows']} · read with {_reading_hint(table, fmt)}", ""]
        lines += ["| column | type | meaning | codes |", "| --- | --- | --- | --- |"]
        for col in table["columns"]:
            codes = f"[{col['code_list']}](#{col['code_list']})" if col["code_list"] else ""
            lines.append(f"| `{col['name']}` | {col['type']} | {_cell(col['description'])} | {codes} |")
        for part in table["partition_by"]:
            lines.append(f"| `{part['name']}` (directory) | {part['type']} | {_cell(part['description'])} | |")
    lines += ["", "## Code lists"]
    for name, codes in dictionary["code_lists"].items():
        lines += ["", f"### {name}", ""]
        if any(codes.values()):
            lines += ["| code | meaning |", "| --- | --- |"]
            lines += [f"| `{code}` | {_cell(meaning)} |" for code, meaning in codes.items()]
        else:
            lines.append(", ".join(f"`{code}`" for code in codes))
    return "\n".join(lines) + "\n"

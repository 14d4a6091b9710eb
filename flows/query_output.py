"""`localgov query`'s output, as the duckdb command line prints it: every statement's result; a table that fits
the terminal (wide values cut with an ellipsis, columns that do not fit left out and counted), at most `max_rows`
rows with a footer that says how many there were, numbers right-aligned; or all rows as CSV or JSON, with list
and struct columns written as JSON."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

import duckdb
import pyarrow as pa
from rich.console import Console
from rich.table import Table
from rich.text import Text

MAX_COLUMN_WIDTH = 40  # characters of a value shown in a table before the ellipsis
_BATCH_ROWS = 2048


@dataclass(slots=True)
class Result:
    """One statement's result: its columns, their types, and (for a table) the first rows and the row count."""

    columns: list[str]
    types: list[str]
    numeric: list[bool]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    total: int = 0


def _is_numeric(kind: pa.DataType) -> bool:
    return pa.types.is_integer(kind) or pa.types.is_floating(kind) or pa.types.is_decimal(kind)


_QUERIES = frozenset({"SELECT", "PRAGMA", "EXPLAIN", "CALL", "EXPORT", "RELATION"})


def statements(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[tuple[duckdb.DuckDBPyRelation, Any]]:
    """Each statement of `sql` run in order, with a reader of its result's rows; a statement that is not a query and
    returns no row (CREATE, SET) is run and skipped, one that returns some (INSERT: how many) is shown."""
    for statement in con.extract_statements(sql):
        relation = con.sql(statement.query)
        if relation is None:
            continue
        reader = relation.to_arrow_reader(_BATCH_ROWS)
        if statement.type.name not in _QUERIES:
            rows = reader.read_all()
            if rows.num_rows == 0:
                continue
            reader = _Replay(rows)
        yield relation, reader


class _Replay:
    """A read-all table that answers like a reader."""

    def __init__(self, table: pa.Table) -> None:
        self.schema, self._table = table.schema, table

    def __iter__(self) -> Iterator[pa.RecordBatch]:
        return iter(self._table.to_batches())


def collect(relation: duckdb.DuckDBPyRelation, reader: Any, max_rows: int | None) -> Result:
    """The first `max_rows` rows (all with None) and how many there were."""
    result = Result(
        columns=list(relation.columns),
        types=[str(t) for t in relation.types],
        numeric=[_is_numeric(f.type) for f in reader.schema],
    )
    for batch in reader:
        result.total += batch.num_rows
        room = batch.num_rows if max_rows is None else max(0, max_rows - len(result.rows))
        if room:
            columns = [c.to_pylist() for c in batch.slice(0, room).columns]
            result.rows.extend(zip(*columns, strict=True))
    return result


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, list):
        return "[" + ", ".join(_cell(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_cell(v)}" for k, v in value.items()) + "}"
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _fit(natural: list[int], room: int) -> tuple[list[int], list[int]]:
    """Which columns a table of `room` characters shows and how wide: all at their natural width (at most
    MAX_COLUMN_WIDTH) if they fit, else each cut to a narrower width, the narrowest that still leaves out none or, at
    the narrowest, as many as fit from the left (and a "…" column for the rest)."""
    for cap in (MAX_COLUMN_WIDTH, 24, 16, 12):
        widths = [min(cap, w) for w in natural]
        if sum(w + 3 for w in widths) + 1 <= room:
            return list(range(len(widths))), widths
    shown, used = [], 1 + 4  # the outer rule, and the "…" column
    for i, width in enumerate(widths):
        if shown and used + width + 3 > room:
            break
        shown.append(i)
        used += width + 3
    return shown, widths


def render_table(result: Result, console: Console) -> None:
    """The result as a table as wide as the terminal at most, and its footer."""
    cells = [[_cell(v) for v in row] for row in result.rows]
    natural = [
        max([len(name), len(kind), *(len(row[i]) for row in cells)])
        for i, (name, kind) in enumerate(zip(result.columns, result.types, strict=True))
    ]
    shown, widths = _fit(natural, console.width - 1)
    table = Table(show_lines=False, pad_edge=True)
    for i in shown:
        header = Text(result.columns[i], style="bold") + Text("\n" + result.types[i].lower(), style="dim")
        justify = "right" if result.numeric[i] else "left"
        table.add_column(header, justify=justify, no_wrap=True, overflow="ellipsis", max_width=widths[i])
    hidden = len(result.columns) - len(shown)
    if hidden:
        table.add_column("…", no_wrap=True, width=1)
    for row in cells:
        values = [Text(row[i], style="dim") if row[i] == "NULL" else Text(row[i]) for i in shown]
        table.add_row(*values, *(["…"] if hidden else []))
    console.print(table)
    footer = f"{result.total:,} row{'s' if result.total != 1 else ''}"
    if len(result.rows) < result.total:
        footer += f", {len(result.rows):,} shown (--max-rows to see more)"
    if hidden:
        footer += f"; {len(result.columns):,} columns, {len(shown):,} shown (--format csv for all)"
    console.print(footer, style="dim", soft_wrap=True)


def _json_value(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def write_csv(relation: duckdb.DuckDBPyRelation, reader: Any, out: TextIO | None = None) -> None:
    """Every row as CSV with a header; lists and structs as JSON text, NULL as an empty field."""
    writer = csv.writer(out or sys.stdout, lineterminator="\n")
    writer.writerow(relation.columns)
    for batch in reader:
        for row in zip(*(c.to_pylist() for c in batch.columns), strict=True):
            writer.writerow(
                "" if v is None else json.dumps(v, ensure_ascii=False, default=_json_value)
                if isinstance(v, list | dict) else v
                for v in row
            )  # fmt: skip


def write_json(relation: duckdb.DuckDBPyRelation, reader: Any, out: TextIO | None = None) -> None:
    """Every row as one JSON array of objects."""
    out = out or sys.stdout
    out.write("[")
    first = True
    for batch in reader:
        for row in batch.to_pylist():
            out.write(("" if first else ",\n") + json.dumps(row, ensure_ascii=False, default=_json_value))
            first = False
    out.write("]\n")

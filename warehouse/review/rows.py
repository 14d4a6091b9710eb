"""The rows the review page shows: documents by source_id, or those a run read, with their facts from the mart views.

By default a run's review shows the documents it loaded; `every_status` adds the irrelevant, duplicate and
quarantined ones after them (a crawl's review would otherwise be mostly pages that are not local-government news).
"""

from __future__ import annotations

from typing import Any

import duckdb


def run_document_ids(con: duckdb.DuckDBPyConnection, run_id: str, every_status: bool = False) -> list[str]:
    """The documents a run wrote: its loaded ones by source_id, then (with `every_status`) the rest by status."""
    rows = con.execute(
        "select source_id from mart.documents where run_id = ? and (? or status = 'loaded') "
        "order by status <> 'loaded', status, source_id",
        [run_id, every_status],
    ).fetchall()
    return [source_id for (source_id,) in rows]


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    columns = [c[0] for c in cursor.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def review_rows(
    con: duckdb.DuckDBPyConnection, source_ids: list[str], run_id: str | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The rows of the review page: the documents named (and, with `run_id`, every document that run loaded) with
    their sessions, person roles and figures, from the `mart` views. Keys: documents, sessions, roles, figures."""
    ids = list(dict.fromkeys(source_ids))
    if run_id is not None:
        ids += [sid for sid in sorted(run_document_ids(con, run_id, every_status=True)) if sid not in ids]

    def rows_of(view: str, order: str) -> list[dict[str, Any]]:
        sql = f"select * from {view} where source_id in (select unnest($ids::varchar[])) order by {order}"
        return _dicts(con.execute(sql, {"ids": ids}))

    return {
        "documents": rows_of("mart.documents", "list_position($ids::varchar[], source_id)"),
        "sessions": rows_of("mart.sessions", "source_id, char_start"),
        "roles": rows_of("mart.person_roles", "source_id, char_start"),
        "figures": rows_of("mart.indicator_values", "source_id, char_start"),
    }

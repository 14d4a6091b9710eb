"""The mart views and their comments, created from `warehouse/sql/mart_views.sql` and `mart_comments.sql` when
those files change (their digest is kept in `meta.view_digest`) or a migration was just applied."""

from __future__ import annotations

import hashlib

import duckdb

from warehouse.db import SQL_DIR, digest_recorded, record_digest, rollback


def refresh_views(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> bool:
    """Create the views and their comments (re-creating a view drops its comments: both files run together), unless
    the warehouse's views were made from the same files (`meta.view_digest`) and not `force`d (a migration was just
    applied). Returns whether they were created."""
    views, comments = ((SQL_DIR / name).read_text(encoding="utf-8") for name in ("mart_views.sql", "mart_comments.sql"))
    digest = hashlib.sha256(f"{views}\x00{comments}".encode()).hexdigest()
    if not force and digest_recorded(con, "meta.view_digest", digest):
        return False
    con.execute("begin transaction")
    try:
        con.execute(views)
        con.execute(comments)
        record_digest(con, "meta.view_digest", digest)
        con.execute("commit")
    except BaseException:
        rollback(con)
        raise
    return True

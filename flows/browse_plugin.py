"""The datasette plugin of `localgov browse`: every source_id links to the document's review page, which it renders
from the warehouse on request (`/-/review/SOURCE_ID`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

REVIEW_PATH = "/-/review/"


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str, datasette: Any) -> Markup | None:
    if column == "source_id" and table and isinstance(value, str):
        return Markup(f'<a href="{REVIEW_PATH}{escape(quote(value, safe=""))}">{escape(value)}</a>')
    return None


async def _review(request: Any, datasette: Any) -> Response:
    from warehouse.db import connect
    from warehouse.review import render_review, review_rows

    source_id = unquote(request.url_vars["source_id"])
    warehouse = Path((datasette.plugin_config("localgov") or {})["warehouse"])
    con = connect(warehouse, read_only=True, wait=30.0)
    try:
        rows = review_rows(con, [source_id])
    finally:
        con.close()
    if not rows["documents"]:
        return Response.html(f"<p>No document {escape(source_id)} in the warehouse.</p>", status=404)
    return Response.html(render_review(**rows))


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/review/(?P<source_id>.+)$", _review)]

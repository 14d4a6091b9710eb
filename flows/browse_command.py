"""`localgov browse`: the warehouse as a local web site (datasette), for people who would rather click than type SQL.

The public views are copied into an SQLite file in a temporary folder when the command starts (so a run may go on
loading meanwhile; restart `browse` to see what it loaded), served by datasette with the data dictionary as its
metadata, facets on province, body type, year and indicator, and each document's review page a click away.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path

from rich.console import Console

from warehouse.browse import DATABASE, datasette_metadata, write_sqlite
from warehouse.db import connect


def browse(db: Path, host: str, port: int, console: Console) -> None:
    """Copy the warehouse's views to SQLite and serve them until interrupted."""
    import uvicorn
    from datasette.app import Datasette
    from datasette.plugins import pm

    import flows.browse_plugin

    folder = Path(tempfile.mkdtemp(prefix="localgov-browse-"))
    try:
        con = connect(db, read_only=True, wait=30.0)
        try:
            sqlite = folder / f"{DATABASE}.db"
            rows = write_sqlite(con, sqlite)
        finally:
            con.close()
        if not pm.is_registered(flows.browse_plugin):
            pm.register(flows.browse_plugin, name="localgov")
        site = Datasette(
            immutables=[str(sqlite)],
            metadata=datasette_metadata(db),
            settings={"default_page_size": 50, "facet_time_limit_ms": 1000, "sql_time_limit_ms": 5000},
        )
        asyncio.new_event_loop().run_until_complete(site.invoke_startup())
        counts = ", ".join(f"{n:,} {name}" for name, n in rows.items())
        console.print(
            f"browse {db} ({counts}) at http://{host}:{port}/{DATABASE} (Ctrl-C stops)", highlight=False, soft_wrap=True
        )
        uvicorn.run(site.app(), host=host, port=port, log_level="warning")
    finally:
        shutil.rmtree(folder, ignore_errors=True)

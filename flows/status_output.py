"""`localgov status`: documents by status, the last runs (whole ids, on one line each) and a run's report."""

from __future__ import annotations

from pathlib import Path

import duckdb
from rich import box
from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.table import Table

from flows.report import run_report_markdown
from warehouse.queries import documents_by_status, last_runs, quarantined_in_run, resolve_run_id, run_record


def print_status(con: duckdb.DuckDBPyConnection, db: Path, runs: int, run_id: str | None, out: Console) -> None:
    """Print the warehouse's status; the report is the last run's, or that of `run_id` (an id or its start)."""
    by_status = documents_by_status(con)
    recent = last_runs(con, runs)
    chosen = run_record(con, resolve_run_id(con, run_id)) if run_id else (recent[0] if recent else None)
    report = run_report_markdown(chosen, quarantined_in_run(con, chosen["run_id"])) if chosen else None
    out.print(f"warehouse {escape(str(db))}", highlight=False, soft_wrap=True)
    table = Table("status")
    table.add_column("documents", justify="right")
    for name, n in by_status:
        table.add_row(name, f"{n:,}")
    out.print(table)
    # Compact, so that the whole run id (which `review --run` and `status --run` take, or any start of it) fits.
    runs_table = Table(title="last runs", box=box.SIMPLE_HEAD, padding=(0, 1), collapse_padding=True, pad_edge=False)
    runs_table.add_column("run", no_wrap=True, min_width=32)
    runs_table.add_column("started", no_wrap=True, min_width=16)
    runs_table.add_column("status", no_wrap=True)
    for name in ("seen", "new", "secs"):
        runs_table.add_column(name, justify="right", no_wrap=True)
    for r in recent:
        seconds = (r["ended_at"] - r["started_at"]).total_seconds() if r["ended_at"] else None
        new = r["n_seen"] - r["n_unchanged"]
        duration = f"{seconds:.1f}" if seconds is not None else ""
        runs_table.add_row(
            r["run_id"], str(r["started_at"])[:16], r["status"], f"{r['n_seen']:,}", f"{new:,}", duration
        )
    out.print(runs_table)
    if report:
        out.print(Markdown(report))

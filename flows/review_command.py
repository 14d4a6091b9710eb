"""`localgov review`: the review page of documents named by source_id, or of a run's documents a page at a time."""

from __future__ import annotations

from pathlib import Path

import duckdb
from rich.console import Console
from rich.markup import escape

from warehouse.queries import resolve_run_id
from warehouse.review import render_review, review_rows, run_document_ids


def write_review(
    con: duckdb.DuckDBPyConnection,
    source_ids: list[str],
    run_prefix: str | None,
    every_status: bool,
    page: int,
    page_size: int,
    out: Path,
    console: Console,
) -> None:
    """Write the page to `out`: the documents named, then (with a run) page `page` of that run's documents, loaded
    ones first (all statuses with `every_status`). LookupError when nothing is left to show."""
    ids, note = list(dict.fromkeys(source_ids)), ""
    if run_prefix:
        run_id = resolve_run_id(con, run_prefix)
        of_run = [sid for sid in run_document_ids(con, run_id, every_status) if sid not in ids]
        first = (page - 1) * page_size
        ids += of_run[first : first + page_size]
        kind = "documents" if every_status else "loaded documents"
        shown = f"{first + 1:,}–{min(first + page_size, len(of_run)):,}" if first < len(of_run) else "none"
        note = f"run {run_id}: {kind} {shown} of {len(of_run):,}"
        if first + page_size < len(of_run):
            note += f" (next: --page {page + 1})"
    rows = review_rows(con, ids)
    found = {d["source_id"] for d in rows["documents"]}
    missing = [sid for sid in source_ids if sid not in found]
    if missing:
        console.print(f"[yellow]not in the warehouse: {escape(', '.join(missing))}[/yellow]", highlight=False)
    if not rows["documents"]:
        raise LookupError("no documents to show" + (f" ({note})" if note else ""))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_review(**rows, note=note), encoding="utf-8")
    console.print(
        f"wrote {escape(str(out))} ({len(rows['documents']):,} documents{'; ' + note if note else ''})", highlight=False
    )

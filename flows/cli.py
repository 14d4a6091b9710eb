"""The `localgov` command line: run the pipeline, query the warehouse, see its status.

localgov run [PATHS...] [--db PATH]         documents into the warehouse (default: raw/ into warehouse/localgov.duckdb)
localgov query "SQL" [--db] [--format ...]  ad-hoc SQL, read-only unless --write
localgov status [--db]                      documents by status and the last runs
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from flows.cli_output import cells, console, exists, fail, failures_told_once, replaceable_page, summary_table
from warehouse.db import DEFAULT_DB, WarehouseError, check_writable, connect, explain

app = typer.Typer(help="Vietnamese local-government news into a DuckDB warehouse.", no_args_is_help=True)
DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB warehouse file.")]


@app.command()
def run(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Directories, .txt/.html files, .jsonl(.gz) files.")
    ] = None,
    db: DbOption = DEFAULT_DB,
    batch_size: Annotated[
        int | None,
        typer.Option(help="Documents per task (default 500 with threads, 1000 with worker processes, 2000 on Dask)."),
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes for the CPU-bound stages; 0 = by input size.")] = 0,
    dask_address: Annotated[str | None, typer.Option(help="Run the CPU-bound stages on this Dask scheduler.")] = None,
    dask_workers: Annotated[int, typer.Option(help="Start a local Dask cluster with this many workers.")] = 0,
    reprocess: Annotated[bool, typer.Option(help="Re-extract documents the warehouse already holds.")] = False,
    follow_symlinks: Annotated[
        bool, typer.Option(help="Follow symbolic links out of the input folders (by default, only links within).")
    ] = False,
) -> None:
    """Run the pipeline over PATHS (default: raw/) into the warehouse. A document whose input cannot be read this
    time, or is gone, keeps what was loaded from it (`kept`, `missing`)."""
    from flows.prefect_api import api_settings, start_api

    try:
        check_writable(db)  # a busy or newer warehouse is refused in a second, before Prefect starts
    except (WarehouseError, duckdb.Error, OSError) as exc:
        raise fail(exc, db) from exc
    local_api = start_api()  # starts while the pipeline's modules load
    from flows.pipeline import on_progress, pipeline
    from flows.runners import task_runner

    inputs = paths or [Path("raw")]
    runner, default_batch_size = task_runner(inputs, workers, dask_address, dask_workers)
    columns = (SpinnerColumn(), TextColumn("documents"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress:
        bar = progress.add_task("run", total=None)
        on_progress(lambda n: progress.advance(bar, n))
        try:
            with api_settings(local_api), failures_told_once():
                result = pipeline.with_options(task_runner=runner)(
                    paths=[str(p) for p in inputs],
                    db_path=str(db),
                    batch_size=batch_size or default_batch_size,
                    reprocess=reprocess,
                    follow_symlinks=follow_symlinks,
                )
        except WarehouseError as exc:
            raise fail(exc, db) from exc
        except (duckdb.Error, OSError) as exc:  # a full disk, a file gone read-only: the run is recorded as failed
            raise fail(exc, db, code=1) from exc
        finally:
            on_progress(None)
    Console().print(summary_table(result))


@app.command()
def query(
    sql: Annotated[
        str | None, typer.Argument(help='The SQL, e.g. "select * from mart.sessions"; "-" reads it from stdin.')
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the SQL from this file.")] = None,
    db: DbOption = DEFAULT_DB,
    output_format: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    write: Annotated[
        bool, typer.Option(help="Open the warehouse for writing, with access to files and extensions.")
    ] = False,
) -> None:
    """Run SQL against the warehouse and print the result (e.g. `localgov query -f queries/x.sql`). Without --write
    the SQL can read the warehouse only: no writing, no other file, no network, no extension."""
    if output_format not in {"table", "csv", "json"}:
        raise typer.BadParameter("--format must be table, csv or json")
    if file is not None:
        sql = file.read_text(encoding="utf-8")
    elif sql == "-":
        sql = sys.stdin.read()
    if not sql or not sql.strip():
        raise typer.BadParameter("give the SQL as an argument, with --file, or as '-' on stdin")
    try:
        con = connect(db, read_only=not write, sandbox=not write)
    except (WarehouseError, FileNotFoundError) as exc:
        raise fail(exc, db) from exc
    try:
        relation = con.sql(sql)
        frame = relation.pl() if relation is not None else None
    except Exception as exc:
        if explain(exc, db) is not None:  # the file, not the SQL
            raise fail(exc, db) from exc
        console.print(f"[red]query failed:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(code=1) from exc
    finally:
        con.close()
    if frame is None:
        return
    if output_format == "csv":
        sys.stdout.write(frame.write_csv())
    elif output_format == "json":
        sys.stdout.write(frame.write_json() + "\n")
    else:
        table = Table(*(escape(c) for c in frame.columns))
        for row in frame.iter_rows():
            table.add_row(*cells(row))
        Console().print(table)


@app.command()
def serve(
    paths: Annotated[list[Path] | None, typer.Argument(help="Folders or files to watch (default: raw/).")] = None,
    db: DbOption = DEFAULT_DB,
    cron: Annotated[str | None, typer.Option(help='A cron schedule, e.g. "0 2 * * *" (02:00 every day).')] = None,
    interval: Annotated[float | None, typer.Option(help="Or: seconds between runs.")] = None,
    timezone: Annotated[
        str, typer.Option(help="The time zone the cron schedule is read in, e.g. Asia/Ho_Chi_Minh.")
    ] = "UTC",
    name: Annotated[str, typer.Option(help="The deployment's name in Prefect.")] = "localgov-scheduled",
) -> None:
    """Serve the pipeline as a Prefect deployment on a schedule, until interrupted; each run loads only new or
    changed documents. Point PREFECT_API_URL at a `prefect server start` to see the runs in the Prefect UI."""
    from prefect.settings import PREFECT_API_URL

    from flows.serve import run_schedule, serve_pipeline

    try:
        schedule = run_schedule(cron, interval, timezone)
    except ValueError as exc:
        raise typer.BadParameter(str(exc).splitlines()[0]) from None
    if not PREFECT_API_URL.value():
        console.print(
            "[red]scheduled runs need a Prefect server with its scheduler:[/red] run `prefect server start` and set "
            "PREFECT_API_URL (e.g. http://127.0.0.1:4200/api); a temporary local server does not schedule runs"
        )
        raise typer.Exit(code=2)
    serve_pipeline(paths or [Path("raw")], db, schedule, name=name)


@app.command()
def status(db: DbOption = DEFAULT_DB, runs: Annotated[int, typer.Option(help="How many runs to list.")] = 5) -> None:
    """Documents by status, the last runs, and the last run's report (as published to Prefect)."""
    from rich.markdown import Markdown

    from flows.report import run_report_markdown
    from warehouse.queries import documents_by_status, last_runs, quarantined_in_run

    try:
        con = connect(db, read_only=True, sandbox=True)
    except (WarehouseError, FileNotFoundError) as exc:
        raise fail(exc, db) from exc
    try:
        by_status = documents_by_status(con)
        recent = last_runs(con, runs)
        report = run_report_markdown(recent[0], quarantined_in_run(con, recent[0]["run_id"])) if recent else None
    except duckdb.Error as exc:
        raise fail(exc, db) from exc
    finally:
        con.close()
    out = Console()
    table = Table("status", "documents", title=f"warehouse {escape(str(db))}")
    for name, n in by_status:
        table.add_row(*cells((name, n)))
    out.print(table)
    runs_table = Table("run", "started", "status", "seen", "new", "seconds", title="last runs")
    for r in recent:
        seconds = (r["ended_at"] - r["started_at"]).total_seconds() if r["ended_at"] else None
        new = r["n_seen"] - r["n_unchanged"]
        duration = f"{seconds:.1f}" if seconds is not None else ""
        runs_table.add_row(
            *cells((r["run_id"][:12], str(r["started_at"])[:19], r["status"], r["n_seen"], new, duration))
        )
    out.print(runs_table)
    if report:
        out.print(Markdown(report))


@app.command()
def export(
    out_dir: Annotated[Path, typer.Argument(help="Directory to write; an earlier export there is replaced.")],
    db: DbOption = DEFAULT_DB,
    output_format: Annotated[str, typer.Option("--format", help="parquet (zstd) or csv.")] = "parquet",
) -> None:
    """Export the public views and dimension tables as Parquet or CSV, with DATA_DICTIONARY.md and schema.json."""
    from warehouse.export import FORMATS, export_warehouse

    if output_format not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    try:
        result = export_warehouse(db, out_dir, fmt=output_format)
    except (WarehouseError, FileNotFoundError, FileExistsError, duckdb.Error, OSError) as exc:
        raise fail(exc, out_dir) from exc
    title = escape(f"export to {result['out_dir']} (run {result['run_id']})")
    table = Table("table", "rows", "path", title=title)
    for name, info in result["tables"].items():
        table.add_row(*cells((name, info["rows"], info["path"])))
    Console().print(table)


@app.command()
def review(
    source_ids: Annotated[list[str] | None, typer.Argument(help="Documents to show, by source_id.")] = None,
    out: Annotated[Path, typer.Option("--out", help="The HTML file to write.")] = Path("review.html"),
    run_id: Annotated[str | None, typer.Option("--run", help="Also every document this run loaded.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write a static HTML page showing documents with their extracted facts highlighted in the text. An existing
    --out file is replaced only if it is such a page."""
    from warehouse.export import review_rows
    from warehouse.review import render_review

    if not source_ids and not run_id:
        raise typer.BadParameter("name at least one SOURCE_ID, or --run RUN_ID")
    if exists(out) and not replaceable_page(out):
        raise fail(
            FileExistsError(f"{out} exists and is not a review page: not replacing it; give --out a new file"), db
        )
    try:
        con = connect(db, read_only=True, sandbox=True)
    except (WarehouseError, FileNotFoundError) as exc:
        raise fail(exc, db) from exc
    try:
        rows = review_rows(con, list(source_ids or []), run_id)
    except duckdb.Error as exc:
        raise fail(exc, db) from exc
    finally:
        con.close()
    found = {d["source_id"] for d in rows["documents"]}
    missing = [sid for sid in source_ids or [] if sid not in found]
    if missing:
        console.print(f"[yellow]not in the warehouse: {escape(', '.join(missing))}[/yellow]")
    if not rows["documents"]:
        console.print("[red]no documents to show[/red]")
        raise typer.Exit(code=1)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_review(**rows), encoding="utf-8")
    except OSError as exc:
        raise fail(exc, out, code=1) from exc
    console.print(f"wrote {escape(str(out))} ({len(rows['documents'])} documents)")


if __name__ == "__main__":
    app()

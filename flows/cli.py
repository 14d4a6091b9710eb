"""The `localgov` command line: run the pipeline, query the warehouse, see its status.

localgov run [PATHS...] [--db PATH]         documents into the warehouse (default: raw/ into warehouse/localgov.duckdb)
localgov query "SQL" [--db] [--format ...]  ad-hoc SQL, read-only unless --write
localgov status [--db]                      documents by status and the last runs
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from warehouse.db import DEFAULT_DB, WarehouseBusy, WarehouseError, check_writable, connect

app = typer.Typer(help="Vietnamese local-government news into a DuckDB warehouse.", no_args_is_help=True)
console = Console(stderr=True)
DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB warehouse file.")]
PROCESS_POOL_MIN_BYTES = 4 * 1024 * 1024  # below this, worker processes cost more to start than they save


def _input_bytes(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return total


def _task_runner(paths: list[Path], workers: int, dask_address: str | None, dask_workers: int) -> tuple[Any, int]:
    """Threads for small inputs; a process pool (both cores) for large ones; Dask when asked. Returns the runner
    and its batch size: a task in another process costs far more to start than one in a thread."""
    if dask_address or dask_workers:
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address), 2000
        return DaskTaskRunner(
            cluster_kwargs={
                "n_workers": dask_workers,
                "threads_per_worker": 1,
                "processes": True,
                "host": "127.0.0.1",
                "dashboard_address": "127.0.0.1:0",
            }
        ), 2000
    if workers == 0:
        workers = (os.cpu_count() or 1) if _input_bytes(paths) >= PROCESS_POOL_MIN_BYTES else 1
    if workers <= 1:
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=2), 500
    from prefect.task_runners import ProcessPoolTaskRunner

    return ProcessPoolTaskRunner(max_workers=workers), 1000


def _summary_table(result: dict[str, Any]) -> Table:
    table = Table(title=f"run {result['run_id']}  ({result['wall_seconds']:.1f} s)")
    table.add_column("documents")
    table.add_column("count", justify="right")
    counts = result["counts"]
    for key in ("seen", "unchanged", "loaded", "irrelevant", "duplicate", "quarantined"):
        table.add_row(key, str(counts.get(key, 0)))
    for key in ("sessions", "roles", "indicators"):
        table.add_row(f"new {key}", str(counts.get(key, 0)), style="dim")
    return table


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
) -> None:
    """Run the pipeline over PATHS (default: raw/) into the warehouse."""
    from flows.prefect_api import api_settings, start_api

    try:
        check_writable(db)  # a busy or newer warehouse is refused in a second, before Prefect starts
    except WarehouseError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(code=75 if isinstance(exc, WarehouseBusy) else 2) from exc
    local_api = start_api()  # starts while the pipeline's modules load
    from flows.pipeline import on_progress, pipeline

    inputs = paths or [Path("raw")]
    runner, default_batch_size = _task_runner(inputs, workers, dask_address, dask_workers)
    columns = (SpinnerColumn(), TextColumn("documents"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress:
        bar = progress.add_task("run", total=None)
        on_progress(lambda n: progress.advance(bar, n))
        try:
            with api_settings(local_api):
                result = pipeline.with_options(task_runner=runner)(
                    paths=[str(p) for p in inputs],
                    db_path=str(db),
                    batch_size=batch_size or default_batch_size,
                    reprocess=reprocess,
                )
        except WarehouseError as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(code=75 if isinstance(exc, WarehouseBusy) else 2) from exc
        finally:
            on_progress(None)
    Console().print(_summary_table(result))


@app.command()
def query(
    sql: Annotated[
        str | None, typer.Argument(help='The SQL, e.g. "select * from mart.sessions"; "-" reads it from stdin.')
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the SQL from this file.")] = None,
    db: DbOption = DEFAULT_DB,
    output_format: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    write: Annotated[bool, typer.Option(help="Open the warehouse for writing (read-only otherwise).")] = False,
) -> None:
    """Run SQL against the warehouse and print the result (e.g. `localgov query -f queries/x.sql`)."""
    if output_format not in {"table", "csv", "json"}:
        raise typer.BadParameter("--format must be table, csv or json")
    if file is not None:
        sql = file.read_text(encoding="utf-8")
    elif sql == "-":
        sql = sys.stdin.read()
    if not sql or not sql.strip():
        raise typer.BadParameter("give the SQL as an argument, with --file, or as '-' on stdin")
    try:
        con = connect(db, read_only=not write)
    except (WarehouseError, FileNotFoundError) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(code=75 if isinstance(exc, WarehouseBusy) else 2) from exc
    try:
        relation = con.sql(sql)
        frame = relation.pl() if relation is not None else None
    except Exception as exc:
        console.print(f"[red]query failed:[/red] {exc}")
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
        table = Table(*frame.columns)
        for row in frame.iter_rows():
            table.add_row(*("" if v is None else str(v) for v in row))
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
        con = connect(db, read_only=True)
    except (WarehouseError, FileNotFoundError) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(code=2) from exc
    try:
        by_status = documents_by_status(con)
        recent = last_runs(con, runs)
        report = run_report_markdown(recent[0], quarantined_in_run(con, recent[0]["run_id"])) if recent else None
    finally:
        con.close()
    out = Console()
    table = Table("status", "documents", title=f"warehouse {db}")
    for name, n in by_status:
        table.add_row(name, str(n))
    out.print(table)
    runs_table = Table("run", "started", "status", "seen", "new", "seconds", title="last runs")
    for r in recent:
        seconds = (r["ended_at"] - r["started_at"]).total_seconds() if r["ended_at"] else None
        new = r["n_seen"] - r["n_unchanged"]
        duration = f"{seconds:.1f}" if seconds is not None else ""
        runs_table.add_row(
            r["run_id"][:12], str(r["started_at"])[:19], r["status"], str(r["n_seen"]), str(new), duration
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
    except (WarehouseError, FileNotFoundError, FileExistsError) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(code=75 if isinstance(exc, WarehouseBusy) else 2) from exc
    table = Table("table", "rows", "path", title=f"export to {result['out_dir']} (run {result['run_id']})")
    for name, info in result["tables"].items():
        table.add_row(name, str(info["rows"]), info["path"])
    Console().print(table)


@app.command()
def review(
    source_ids: Annotated[list[str] | None, typer.Argument(help="Documents to show, by source_id.")] = None,
    out: Annotated[Path, typer.Option("--out", help="The HTML file to write.")] = Path("review.html"),
    run_id: Annotated[str | None, typer.Option("--run", help="Also every document this run loaded.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write a static HTML page showing documents with their extracted facts highlighted in the text."""
    from warehouse.export import review_rows
    from warehouse.review import render_review

    if not source_ids and not run_id:
        raise typer.BadParameter("name at least one SOURCE_ID, or --run RUN_ID")
    try:
        con = connect(db, read_only=True)
    except (WarehouseError, FileNotFoundError) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(code=75 if isinstance(exc, WarehouseBusy) else 2) from exc
    try:
        rows = review_rows(con, list(source_ids or []), run_id)
    finally:
        con.close()
    found = {d["source_id"] for d in rows["documents"]}
    missing = [sid for sid in source_ids or [] if sid not in found]
    if missing:
        console.print(f"[yellow]not in the warehouse: {', '.join(missing)}[/yellow]")
    if not rows["documents"]:
        console.print("[red]no documents to show[/red]")
        raise typer.Exit(code=1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_review(**rows), encoding="utf-8")
    console.print(f"wrote {out} ({len(rows['documents'])} documents)")


if __name__ == "__main__":
    app()

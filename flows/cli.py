"""The `localgov` command line: run the pipeline, query the warehouse, see its status, export and review it.

localgov run [PATHS...] [--db PATH]         documents into the warehouse (default: raw/ into warehouse/localgov.duckdb)
localgov query "SQL" [--db] [--format ...]  ad-hoc SQL, read-only unless --write
localgov status [--db]                      documents by status and the last runs
localgov server start|status|stop           the local Prefect server runs report to (a run starts it itself)
Errors are one line on stderr: exit 2 for a wrong argument or input, 75 for a warehouse another run holds.
"""

from __future__ import annotations

import contextlib
import sys
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from flows.server_command import server_app
from flows.terminal import cells, console, exists, fail, replaceable_page, warehouse_error
from warehouse.db import DEFAULT_DB, WarehouseError, connect, damage

app = typer.Typer(
    help="Vietnamese local-government news into a DuckDB warehouse.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(server_app, name="server")
DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB warehouse file.")]
READ_WAIT_SECONDS = 30.0  # how long a reader waits for a run to finish committing a batch


def _version(value: bool) -> None:
    if value:
        import duckdb
        import prefect

        versions = f"duckdb {duckdb.__version__}, prefect {prefect.__version__}"
        typer.echo(f"localgov-vn {package_version('localgov-vn')} ({versions})")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Vietnamese local-government news into a DuckDB warehouse."""


@app.command()
def run(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Directories, .txt/.html files, .jsonl(.gz) files, .warc(.gz) archives.")
    ] = None,
    db: DbOption = DEFAULT_DB,
    batch_size: Annotated[
        int | None,
        typer.Option(help="Documents per task (default 500 with threads, 2000 with worker processes or on Dask)."),
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
    from flows import worker_server

    inputs = paths or [Path("raw")]
    if worker_server.surely_pooled(inputs, workers, bool(dask_address or dask_workers)):
        worker_server.start()  # its preload runs on the second core while this process loads the command's modules
    from flows.run_command import run_command

    run_command(inputs, db, batch_size, workers, dask_address, dask_workers, reprocess, follow_symlinks)


@app.command()
def query(
    sql: Annotated[
        str | None, typer.Argument(help='The SQL, e.g. "select * from mart.sessions"; "-" reads it from stdin.')
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the SQL from this file.")] = None,
    db: DbOption = DEFAULT_DB,
    output_format: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    max_rows: Annotated[int, typer.Option(help="Rows a table shows (csv and json show all); 0 = all.")] = 40,
    write: Annotated[
        bool, typer.Option(help="Open the warehouse for writing, with access to files and extensions.")
    ] = False,
) -> None:
    """Run SQL against the warehouse and print each statement's result (e.g. `localgov query -f queries/x.sql`).
    Without --write the SQL can read the warehouse only: no writing, no other file, no network, no extension."""
    from flows.query_output import collect, render_table, statements, write_csv, write_json
    from warehouse.runlock import run_lock

    if output_format not in {"table", "csv", "json"}:
        raise fail("--format must be table, csv or json")
    if file is not None:
        try:
            sql = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise fail(f"cannot read the SQL file {file}: {getattr(exc, 'strerror', None) or exc}") from None
    elif sql == "-":
        sql = sys.stdin.read()
    if not sql or not sql.strip():
        raise fail("give the SQL as an argument, with --file, or as '-' on stdin")
    try:
        with run_lock(db) if write else contextlib.nullcontext():
            con = connect(db, read_only=not write, wait=READ_WAIT_SECONDS, sandbox=not write)
            try:
                out = Console()
                for relation, reader in statements(con, sql):
                    if output_format == "csv":
                        write_csv(relation, reader)
                    elif output_format == "json":
                        write_json(relation, reader)
                    else:
                        render_table(collect(relation, reader, max_rows or None), out)
            finally:
                con.close()
    except (WarehouseError, FileNotFoundError) as exc:
        raise warehouse_error(exc, db) from None
    except Exception as exc:  # DuckDB's own errors: a wrong query, or a write to a read-only warehouse
        if type(exc).__module__.split(".")[0] not in {"duckdb", "_duckdb"}:
            raise
        if (damaged := damage(exc, db)) is not None:  # the file, not the SQL
            raise warehouse_error(damaged, db) from None
        raise fail(f"query failed: {exc}", 1) from None


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

    from flows.prefect_api import api_answers
    from flows.run_command import missing_paths
    from flows.serve import run_schedule, serve_pipeline

    inputs = paths or [Path("raw")]
    if missing := missing_paths(inputs):
        raise fail(f"no such file or directory: {missing[0]}")
    try:
        schedule = run_schedule(cron, interval, timezone)
    except ValueError as exc:
        raise fail(str(exc).splitlines()[0]) from None
    url = PREFECT_API_URL.value()
    if not url:
        raise fail(
            "scheduled runs need a Prefect server with its scheduler: run `prefect server start` and set "
            "PREFECT_API_URL (e.g. http://127.0.0.1:4200/api); localgov's own local server has no scheduler"
        )
    if not api_answers(url):
        raise fail(f"the Prefect API at {url} (PREFECT_API_URL) does not answer: start it with `prefect server start`")
    serve_pipeline(inputs, db, schedule, name=name)


@app.command()
def status(
    db: DbOption = DEFAULT_DB,
    runs: Annotated[int, typer.Option(help="How many runs to list.")] = 5,
    run_id: Annotated[str | None, typer.Option("--run", help="Report on this run (an id or its start).")] = None,
) -> None:
    """Documents by status, the last runs, and the last run's report (as published to Prefect)."""
    from flows.status_output import print_status

    try:
        con = connect(db, read_only=True, wait=READ_WAIT_SECONDS, sandbox=True)
    except (WarehouseError, FileNotFoundError) as exc:
        raise warehouse_error(exc, db) from None
    try:
        print_status(con, db, runs, run_id, Console())
    except LookupError as exc:
        raise fail(str(exc.args[0] if exc.args else exc)) from None
    except duckdb.Error as exc:  # a damaged block met while reading
        raise warehouse_error(exc, db) from None
    finally:
        con.close()


@app.command()
def export(
    out_dir: Annotated[Path, typer.Argument(help="Directory to write; an earlier export there is replaced.")],
    db: DbOption = DEFAULT_DB,
    output_format: Annotated[str, typer.Option("--format", help="parquet (zstd) or csv.")] = "parquet",
    partition: Annotated[
        bool | None,
        typer.Option(help="Partition the fact views by province and year (default: for parquet, not for csv)."),
    ] = None,
    bom: Annotated[bool, typer.Option(help="Begin each CSV file with a UTF-8 byte-order mark (for Excel).")] = False,
) -> None:
    """Export the public views and dimension tables as Parquet or CSV, with DATA_DICTIONARY.md and schema.json."""
    from warehouse.export import FORMATS, export_warehouse

    if output_format not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}")
    try:
        result = export_warehouse(db, out_dir, fmt=output_format, partition=partition, bom=bom, wait=READ_WAIT_SECONDS)
    except (WarehouseError, FileNotFoundError, FileExistsError, duckdb.Error, OSError) as exc:
        raise warehouse_error(exc, out_dir) from None
    table = Table("table", "rows", "path", title=escape(f"export to {result['out_dir']} (run {result['run_id']})"))
    for name, info in result["tables"].items():
        table.add_row(*cells((name, f"{info['rows']:,}", info["path"])))
    Console().print(table)


@app.command()
def review(
    source_ids: Annotated[list[str] | None, typer.Argument(help="Documents to show, by source_id.")] = None,
    out: Annotated[Path, typer.Option("--out", help="The HTML file to write.")] = Path("review.html"),
    run_id: Annotated[
        str | None, typer.Option("--run", help="Also the documents this run loaded (an id or its start).")
    ] = None,
    every_status: Annotated[
        bool, typer.Option("--all", help="With --run: also its irrelevant, duplicate and quarantined documents.")
    ] = False,
    page: Annotated[int, typer.Option(help="With --run: which page of its documents.", min=1)] = 1,
    page_size: Annotated[int, typer.Option(help="With --run: documents a page.", min=1)] = 100,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write a static HTML page showing documents with their extracted facts highlighted in the text. An existing
    --out file is replaced only if it is such a page."""
    from flows.review_command import write_review
    from warehouse.queries import UnknownRun

    if not source_ids and not run_id:
        raise fail("name at least one SOURCE_ID, or --run RUN_ID")
    if exists(out) and not replaceable_page(out):
        raise fail(f"{out} exists and is not a review page: not replacing it; give --out a new file")
    try:
        con = connect(db, read_only=True, wait=READ_WAIT_SECONDS, sandbox=True)
    except (WarehouseError, FileNotFoundError) as exc:
        raise warehouse_error(exc, db) from None
    try:
        write_review(con, list(source_ids or []), run_id, every_status, page, page_size, out, console)
    except LookupError as exc:  # an unknown run id (2), or nothing to show (1)
        raise fail(str(exc.args[0] if exc.args else exc), 2 if isinstance(exc, UnknownRun) else 1) from None
    except OSError as exc:  # the page cannot be written
        raise warehouse_error(exc, out, code=1) from None
    except duckdb.Error as exc:  # a damaged block met while reading
        raise warehouse_error(exc, db) from None
    finally:
        con.close()


@app.command()
def browse(
    db: DbOption = DEFAULT_DB,
    port: Annotated[int, typer.Option(help="The port to serve on.")] = 8001,
    host: Annotated[str, typer.Option(help="The address to serve on (127.0.0.1: this machine only).")] = "127.0.0.1",
) -> None:
    """Serve the warehouse's public views as a local web site (datasette): facets, filters, each document's review."""
    from flows.browse_command import browse as serve_site

    try:
        serve_site(db, host, port, console)
    except (WarehouseError, FileNotFoundError) as exc:
        raise warehouse_error(exc, db) from None


def console_script() -> None:
    """The `localgov` command: the app, then an exit that skips the interpreter's teardown (`flows.quick_exit`).
    Ctrl-C ends it with exit 130 and one line, whatever it cut short (`flows.ctrl_c`)."""
    from flows.ctrl_c import EXIT_INTERRUPTED, ctrl_c_pressed, noting_ctrl_c
    from flows.quick_exit import exit_code, exit_now

    with noting_ctrl_c():
        try:
            app()
        except SystemExit as exc:  # Ctrl-C outside a statement: click has said "Aborted!"
            exit_now(EXIT_INTERRUPTED if ctrl_c_pressed() else exit_code(exc))
        except Exception:
            if not ctrl_c_pressed():
                raise
            print("Aborted!", file=sys.stderr)  # as click says it
            exit_now(EXIT_INTERRUPTED)
    exit_now(0)


if __name__ == "__main__":
    console_script()

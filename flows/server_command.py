"""`localgov server start|status|stop`: the local background Prefect API server that runs report to.

`localgov run` starts it by itself when no `PREFECT_API_URL` is set; `start` does so ahead of time, `status` says
where it listens and since when, `stop` ends it (the next run starts it again).
"""

from __future__ import annotations

import time

import typer

from flows.terminal import fail

server_app = typer.Typer(help="The local Prefect API server that runs report to (started by the first run).")


def _since(started_at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(started_at))


@server_app.command()
def start() -> None:
    """Start the local Prefect server now (a run starts it when it needs it), or say where it already runs."""
    from flows.local_server import ServerError, ensure_server, status

    try:
        url = ensure_server()
    except ServerError as exc:
        raise fail(str(exc), 1) from None
    info = status()
    typer.echo(f"Prefect API {url} (pid {info.pid if info else '?'})")


@server_app.command("status")
def server_status() -> None:
    """Where the local Prefect server listens, its pid and since when; exit 1 when none runs."""
    from flows.local_server import prefect_home, status

    info = status()
    if info is None:
        typer.echo(f"no local Prefect server runs for {prefect_home()}")
        raise typer.Exit(1)
    state = "answers" if info.answers else "does not answer"
    typer.echo(f"Prefect API {info.url} (pid {info.pid}, since {_since(info.started_at)}): {state}")


@server_app.command()
def stop() -> None:
    """Stop the local Prefect server (the next run starts it again)."""
    from flows.local_server import stop as stop_server

    info = stop_server()
    typer.echo(f"stopped the Prefect server at {info.url} (pid {info.pid})" if info else "no local Prefect server ran")

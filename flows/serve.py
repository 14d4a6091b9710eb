"""Scheduled runs: the pipeline served as a Prefect deployment on a cron or interval schedule.

Each scheduled run reads the watched paths; documents the warehouse already holds unchanged are skipped by their
hash, so a run costs little more than listing the folder unless something new arrived. At most one run at a time
(`global_limit=1`): DuckDB admits one writer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from prefect.deployments.runner import EntrypointType

from flows.pipeline import pipeline


def serve_pipeline(
    paths: Sequence[str | Path],
    db_path: str | Path,
    *,
    cron: str | None = None,
    interval_seconds: float | None = None,
    name: str = "localgov-scheduled",
) -> None:
    """Serve the pipeline over `paths` into `db_path` until interrupted (blocks)."""
    if (cron is None) == (interval_seconds is None):
        raise ValueError("give exactly one of a cron schedule or an interval")
    parameters = {"paths": [str(Path(p).resolve()) for p in paths], "db_path": str(Path(db_path).resolve())}
    pipeline.serve(
        name=name,
        cron=cron,
        interval=timedelta(seconds=interval_seconds) if interval_seconds is not None else None,
        parameters=parameters,
        global_limit=1,
        description="localgov-vn: new or changed documents in the watched paths into the warehouse",
        tags=["localgov"],
        entrypoint_type=EntrypointType.MODULE_PATH,  # runs from any working directory
    )

"""Scheduled runs: the pipeline served as a Prefect deployment on a cron or interval schedule.

Each scheduled run reads the watched paths; documents the warehouse already holds unchanged are skipped by their
hash, so a run costs little more than listing the folder unless something new arrived. At most one run at a time:
DuckDB admits one writer. A run that comes due while another is still going is cancelled rather than queued, since
the next one picks up whatever arrived meanwhile, and so a short interval cannot pile up a backlog.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from prefect import serve
from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.deployments.runner import EntrypointType, RunnerDeployment
from prefect.schedules import Cron, Interval, Schedule

DEPLOYMENT_NAME = "localgov-scheduled"
ONE_RUN_AT_A_TIME = ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW)


def run_schedule(cron: str | None, interval_seconds: float | None, timezone: str = "UTC") -> Schedule:
    """A cron schedule read in `timezone`, or one run every `interval_seconds`; ValueError when neither or both are
    given, or the cron string or time zone is not valid."""
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {timezone!r} (an IANA name such as Asia/Ho_Chi_Minh)") from None
    if cron is not None and interval_seconds is None:
        return Cron(cron, timezone=timezone)  # raises ValueError on a malformed cron string
    if interval_seconds is not None and cron is None:
        if interval_seconds <= 0:
            raise ValueError("the interval must be a positive number of seconds")
        return Interval(timedelta(seconds=interval_seconds), timezone=timezone)
    raise ValueError("give exactly one of a cron schedule or an interval")


def pipeline_deployment(
    paths: Sequence[str | Path],
    db_path: str | Path,
    schedule: Schedule,
    *,
    name: str = DEPLOYMENT_NAME,
) -> RunnerDeployment:
    """The pipeline over `paths` into `db_path` as a deployment run on `schedule`."""
    from flows.pipeline import pipeline  # here, so that a bad schedule is refused before the pipeline's slow imports

    return pipeline.to_deployment(
        name=name,
        schedule=schedule,
        parameters={"paths": [str(Path(p).resolve()) for p in paths], "db_path": str(Path(db_path).resolve())},
        concurrency_limit=ONE_RUN_AT_A_TIME,
        description="localgov-vn: new or changed documents in the watched paths into the warehouse",
        tags=["localgov"],
        entrypoint_type=EntrypointType.MODULE_PATH,  # runs from any working directory
    )


def serve_pipeline(
    paths: Sequence[str | Path], db_path: str | Path, schedule: Schedule, *, name: str = DEPLOYMENT_NAME
) -> None:
    """Serve the pipeline over `paths` into `db_path` on `schedule` until interrupted (blocks)."""
    deployment = pipeline_deployment(paths, db_path, schedule, name=name)
    # `serve(deployment)` rather than `pipeline.serve(...)`: given only the deployment, the runner starts each run
    # with `python -m prefect.engine`, which imports the flow from its module. `pipeline.serve` hands the runner
    # the flow object, which it cloudpickles into a spawned process; the flow's function is then pickled by value
    # (its module name `pipeline` is bound to the Flow, not the function) without the module globals its string
    # annotations need, and every run failed parameter validation ("`PipelineModel` is not fully defined").
    serve(deployment)

"""The CPU-bound stages give the same warehouse wherever they run: in threads (the flow's default), in a pool of
worker processes (spawned, or forked from a warm server as `localgov run` has them), or on a Dask cluster through
prefect-dask (here a local one of two worker processes, as `localgov run --dask-workers 2` starts). Small batches
make each runner take several tasks of each stage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from flows.pipeline import pipeline
from tests.conftest import RAW

pytestmark = pytest.mark.slow
MART_VIEWS = ("documents", "sessions", "person_roles", "indicator_values")
RUN_COLUMNS = {"run_id", "loaded_at"}  # name the run, so they differ between any two warehouses


def mart_contents(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every mart view's sorted rows, less the columns that name the run."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        contents = {}
        for view in MART_VIEWS:
            columns = [row[0] for row in con.execute(f"describe mart.{view}").fetchall()]
            kept = ", ".join(c for c in columns if c not in RUN_COLUMNS)
            contents[view] = con.execute(f"select {kept} from mart.{view} order by all").fetchall()
        return contents
    finally:
        con.close()


def _process_pool() -> Any:
    from prefect.task_runners import ProcessPoolTaskRunner

    return ProcessPoolTaskRunner(max_workers=2)


def _forked_pool() -> Any:
    from flows.interrupts import StoppableProcessPoolTaskRunner

    return StoppableProcessPoolTaskRunner(max_workers=2)  # `localgov run`'s: workers forked from a warm server


def _local_dask() -> Any:
    from prefect_dask import DaskTaskRunner

    return DaskTaskRunner(
        cluster_kwargs={
            "n_workers": 2,
            "threads_per_worker": 1,
            "processes": True,
            "host": "127.0.0.1",
            "dashboard_address": "127.0.0.1:0",
        }
    )


@pytest.mark.parametrize(
    "runner", [_process_pool, _forked_pool, _local_dask], ids=["process-pool", "forked-process-pool", "dask"]
)
def test_every_task_runner_builds_the_same_warehouse(runner: Any, seed_warehouse: Path, tmp_path: Path) -> None:
    db = tmp_path / "runner.duckdb"
    result = pipeline.with_options(task_runner=runner())(paths=[str(RAW)], db_path=str(db), batch_size=2)
    assert result["counts"]["loaded"] == len(list(RAW.glob("*.txt")))
    assert mart_contents(db) == mart_contents(seed_warehouse)

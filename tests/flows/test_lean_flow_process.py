"""The flow's own process stays lean: the cleaners and the extractors load only where they run; underthesea, whose
first import reconfigures logging (never safe mid-run), loads with the tasks' module, before any flow runs, except in
a process that leaves every stage to its workers (`flows.stage_process`), which never loads it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import RAW, ROOT
from tests.flows.test_task_runners import mart_contents

HEAVY = ("transforms.cleaning.frames", "transforms.relevance.verdict", "transforms.extraction.batch", "datasketch")
LEAVE = "from flows.stage_process import leave_stages_to_workers\nleave_stages_to_workers()\n"


def modules_after(statement: str) -> set[str]:
    code = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


def test_importing_the_flow_loads_no_cleaner_or_extractor_but_underthesea() -> None:
    loaded = modules_after("import flows.pipeline, flows.run_command, flows.jsonl, flows.warc")
    assert not set(HEAVY) & loaded
    assert "underthesea" in loaded


def test_a_process_that_leaves_the_stages_to_workers_does_not_load_underthesea() -> None:
    loaded = modules_after(LEAVE + "import flows.pipeline, flows.run_command, flows.jsonl, flows.warc, flows.cli")
    assert not {*HEAVY, "underthesea"} & loaded


def test_the_lazy_entry_points_still_resolve() -> None:
    loaded = modules_after(
        "from transforms.cleaning import clean_frame\nfrom transforms.text import split_sentences\n"
        "assert callable(clean_frame) and callable(split_sentences)"
    )
    assert {"transforms.cleaning.frames", "transforms.text.sentences"} <= loaded


RUN = """
import json, sys
from prefect.task_runners import ProcessPoolTaskRunner
from flows.pipeline import pipeline
result = pipeline.with_options(task_runner=ProcessPoolTaskRunner(max_workers=2))(
    paths=[sys.argv[1]], db_path=sys.argv[2], batch_size=2
)
print(json.dumps({"counts": result["counts"], "underthesea": "underthesea" in sys.modules}))
"""


@pytest.mark.slow
def test_a_run_whose_workers_do_every_stage_builds_the_same_warehouse(seed_warehouse: Path, tmp_path: Path) -> None:
    """Batches of two documents, which a process that may run stages cleans itself, all go to the workers; the
    flow's process never loads underthesea, and the warehouse is the threads' one."""
    from prefect.settings import PREFECT_API_URL

    db = tmp_path / "lean.duckdb"
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value() or "")}  # the tests' Prefect server
    command = [sys.executable, "-c", LEAVE + RUN, str(RAW), str(db)]
    out = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    said = json.loads(out.stdout.strip().splitlines()[-1])
    assert said["underthesea"] is False
    assert said["counts"]["loaded"] == len(list(RAW.glob("*.txt")))
    assert mart_contents(db) == mart_contents(seed_warehouse)

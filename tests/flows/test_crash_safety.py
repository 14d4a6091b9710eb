"""A run killed with SIGKILL in the middle of loading loses nothing and doubles nothing: the next run finishes the
job, and the warehouse then equals that of a run never interrupted (every mart view, sorted, ignoring the columns
that name the run); `meta.runs` shows the killed run as failed.

The run to kill is a separate process running the flow with a progress hook that prints each finished batch; one
variant holds a batch's transaction open (its rows written, not committed) and is killed there, the other is killed
at a random moment after some batches have committed.
"""

from __future__ import annotations

import json
import os
import queue
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import RAW, ROOT

pytestmark = pytest.mark.slow

MART_VIEWS = ("documents", "sessions", "person_roles", "indicator_values")
RUN_COLUMNS = ("run_id", "loaded_at")  # name the run that wrote a row: differ between any two warehouses
COPIES = 8  # of each seed: 40 documents in batches of BATCH_SIZE
BATCH_SIZE = 5
_TOPICS = ("kinh tế", "xã hội", "nông thôn mới", "giao thông", "thủy lợi", "giáo dục", "y tế", "văn hóa", "an ninh",
           "quốc phòng", "đất đai", "môi trường", "du lịch", "thương mại", "dịch vụ", "công nghiệp", "cải cách",
           "hành chính", "chuyển đổi số", "khoa học", "công nghệ", "lao động", "việc làm", "tài chính")  # fmt: skip

# The flow in a process of its own: prints "progress N" after each batch and, with a hold, stops before committing
# the HOLD-th batch until the file RELEASE exists (or for ever: the test kills it there).
RUNNER = """
import sys, time
from pathlib import Path
import flows.tasks as tasks
from flows.pipeline import on_progress, pipeline

inputs, db, batch_size, hold, release = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]

def say(line):
    sys.stdout.write(line + "\\n")
    sys.stdout.flush()

on_progress(lambda n: say(f"progress {n}"))
real_load_batch, loads = tasks.load_batch, []

class Holding:
    def __init__(self, con):
        self._con = con
    def __getattr__(self, name):
        return getattr(self._con, name)
    def execute(self, sql, *args):
        if sql == "commit":
            say("holding")
            while not Path(release).exists():
                time.sleep(0.05)
        return self._con.execute(sql, *args)

def load_batch(con, *args, **kwargs):
    loads.append(1)
    return real_load_batch(Holding(con) if len(loads) == hold else con, *args, **kwargs)

tasks.load_batch = load_batch
result = pipeline(paths=[inputs], db_path=db, batch_size=batch_size, load_together=0)  # a load per batch
say("done " + str(result["counts"]))
"""


def write_corpus(path: Path, copies: int = COPIES) -> int:
    """The seeds, each `copies` times under new ids with a paragraph of its own (so that none is a duplicate), as
    one JSON Lines file; returns how many records."""
    rng = random.Random(7)
    lines = []
    for copy in range(copies):
        for seed in sorted(RAW.glob("*.txt")):
            extra = " ".join(f"Đại biểu bàn về {' '.join(rng.choice(_TOPICS) for _ in range(20))}." for _ in range(12))
            text = seed.read_text(encoding="utf-8") + f"\n{extra}\n"
            lines.append(json.dumps({"id": f"{seed.stem}-{copy}", "text": text}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every mart view and the person and body dimensions, sorted, without the columns that name the run."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for name in (*(f"mart.{v}" for v in MART_VIEWS), "core.dim_person", "core.dim_body"):
            columns = [c for c, *_ in con.execute(f"describe {name}").fetchall() if c not in RUN_COLUMNS]
            out[name] = con.execute(f"select {', '.join(columns)} from {name} order by all").fetchall()
        return out
    finally:
        con.close()


def runs(db: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("select status, error, n_unchanged from meta.runs order by started_at").fetchall()
    finally:
        con.close()


def count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute(sql).fetchall()[0][0])
    finally:
        con.close()


class FlowProcess:
    """The flow in a child process (see RUNNER), with its stdout read line by line on a thread."""

    def __init__(self, inputs: Path, db: Path, *, hold: int = 0, release: Path | None = None) -> None:
        from prefect.settings import PREFECT_API_URL

        env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value() or "")}  # the tests' Prefect server
        args = [str(inputs), str(db), str(BATCH_SIZE), str(hold), str(release or db.with_suffix(".never"))]
        self.process = subprocess.Popen(
            [sys.executable, "-c", RUNNER, *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())
        self.lines.put("eof")

    def wait_for(self, wanted: str, times: int = 1, timeout: float = 240) -> None:
        """Block until `times` lines matched the regular expression `wanted`; fail if the process ends first."""
        deadline, seen = time.monotonic() + timeout, 0
        while seen < times:
            line = self.lines.get(timeout=max(deadline - time.monotonic(), 0.1))
            if line == "eof":
                raise AssertionError(f"the flow process ended early: {self.stderr()}")
            seen += bool(re.match(wanted, line))

    def kill(self) -> None:
        assert self.process.poll() is None, "the run finished before it could be killed: make the input larger"
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stderr(self) -> str:
        if self.process.poll() is None:
            return "(still running)"
        return (self.process.stderr.read() if self.process.stderr else "")[-3000:]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("crash") / "copies.jsonl"
    return path, write_corpus(path)


@pytest.fixture(scope="module")
def reference(prefect_server: None, corpus: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The warehouse of an uninterrupted run over the corpus."""
    from flows.pipeline import pipeline

    db = tmp_path_factory.mktemp("reference") / "reference.duckdb"
    pipeline(paths=[str(corpus[0])], db_path=str(db), batch_size=BATCH_SIZE)
    return db


@pytest.mark.parametrize("where", ["inside-a-transaction", "at-a-random-moment"])
def test_a_killed_run_is_finished_by_the_next_without_loss_or_double(
    where: str, corpus: tuple[Path, int], reference: Path, tmp_path: Path
) -> None:
    from flows.pipeline import pipeline

    inputs, total = corpus
    db = tmp_path / "killed.duckdb"
    run = FlowProcess(inputs, db, hold=3 if where == "inside-a-transaction" else 0)
    if where == "inside-a-transaction":
        run.wait_for("holding")  # two batches committed, the third written but not committed
    else:
        # After a random number of loaded batches ("progress 0": a batch read), at a random moment that leaves the
        # run at least two batches short of the end: a whole run of these small batches takes about a second.
        run.wait_for(r"progress [1-9]", times=random.randint(2, total // BATCH_SIZE - 3))
        time.sleep(random.uniform(0.0, 0.1))
    run.kill()
    committed = count(db, "select count(*) from core.documents")
    assert 0 < committed < total, f"killed with {committed} of {total} documents loaded"
    if where == "inside-a-transaction":
        assert committed == 2 * BATCH_SIZE  # the third batch's uncommitted rows are gone
    result = pipeline(paths=[str(inputs)], db_path=str(db), batch_size=BATCH_SIZE)
    assert result["counts"]["unchanged"] == committed
    assert snapshot(db) == snapshot(reference)
    (killed_status, killed_error, _), (status, _, unchanged) = runs(db)
    assert killed_status == "failed" and killed_error.startswith("interrupted: process ")
    assert status == "succeeded" and unchanged == committed
    assert count(db, "select count(*) from mart.documents") == total

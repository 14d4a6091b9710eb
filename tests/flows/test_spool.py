"""Frames handed to process-pool workers through the run's spool: read back exactly, each file removed by its reader,
the folder removed with the runner; a run through the spool builds the warehouse that threads build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.spool import Spool, Spooled, taken
from tests.conftest import RAW
from tests.flows.test_task_runners import mart_contents

FRAME = pl.DataFrame(
    {
        "source_id": ["a", "b"],
        "raw": [b"\xff\x00bytes", None],
        "text": ["Kỳ họp thứ 4 HĐND huyện", None],
        "authors": [["Nguyễn Văn A"], []],
        "fetched_at": [datetime(2025, 7, 1, tzinfo=UTC), None],
    }
)


def test_a_spooled_frame_comes_back_as_it_went_and_its_file_is_removed(tmp_path: Path) -> None:
    spool = Spool()
    try:
        spooled = spool.put(FRAME)
        assert Path(spooled.path).parent == Path(spool.folder)
        assert taken(spooled).equals(FRAME)
        assert not Path(spooled.path).exists()
    finally:
        spool.remove()
    assert not Path(spool.folder).exists()


def test_an_answer_is_spooled_beside_its_batch_and_frames_pass_as_they_are() -> None:
    spool = Spool()
    try:
        batch = spool.put(FRAME)
        answer = batch.put(FRAME.head(1), "cleaned")
        assert answer.path == f"{batch.path}.cleaned"
        assert answer.take().equals(FRAME.head(1))
        assert taken(FRAME) is FRAME
        spool.put(FRAME)  # never read: removed with the folder
    finally:
        spool.remove()
    assert not Path(spool.folder).exists()


def test_a_new_spool_removes_those_of_processes_that_are_gone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run killed outright leaves its spool; the next one removes it, and no spool of a live process."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    orphan, live, other = (tmp_path / f"localgov-spool-{name}" for name in (f"{gone.pid}-a", f"{os.getpid()}-b", "x"))
    for folder in (orphan, live, other):
        folder.mkdir()
    (orphan / "000001.arrow").write_bytes(b"left by a killed run")
    spool = Spool()
    try:
        assert not orphan.exists() and live.exists() and other.exists()
        assert Path(spool.folder).name.startswith(f"localgov-spool-{os.getpid()}-")
    finally:
        spool.remove()


def test_the_clean_extract_task_answers_a_spooled_batch_with_a_spooled_frame() -> None:
    from flows.tasks import clean_and_extract
    from transforms.ingest import ingest_frame

    records = [
        {"source_id": p.stem, "source_path": str(p), "text": p.read_text(encoding="utf-8")} for p in RAW.glob("*.txt")
    ]
    docs = ingest_frame(records)
    spool = Spool()
    try:
        batch = spool.put(docs)
        cleaned, extracted = clean_and_extract.fn(batch)
        assert isinstance(cleaned.value, Spooled) and not Path(batch.path).exists()
        direct, direct_extracted = clean_and_extract.fn(docs)
        assert cleaned.value.take().equals(direct.value)
        assert extracted is not None and direct_extracted is not None
        assert extracted[1].value.counts == direct_extracted[1].value.counts
    finally:
        spool.remove()


@pytest.fixture(scope="module")
def inputs_and_threads_run(
    prefect_server: None, tmp_path_factory: pytest.TempPathFactory
) -> tuple[list[str], dict[str, Any], Path]:
    """The sample documents and 60 pages that the gate rules out (so that a batch is larger than `CLEAN_HERE_MAX`),
    and what threads make of them: the run's summary and its warehouse."""
    from prefect.task_runners import ThreadPoolTaskRunner

    root = tmp_path_factory.mktemp("spooled")
    inputs = root / "inputs"
    shutil.copytree(RAW, inputs)
    for i in range(60):
        (inputs / f"filler-{i:02d}.txt").write_text(f"Bóng đá\nĐội chủ nhà thắng {i}-0 trên sân nhà.\n", "utf-8")
    paths = [str(inputs)]
    threads = pipeline_run(ThreadPoolTaskRunner(max_workers=2), paths, root / "threads.duckdb")
    return paths, threads, root / "threads.duckdb"


@pytest.mark.slow
@pytest.mark.parametrize("with_extraction_from", [10, 1000], ids=["clean-extract", "clean-then-extract"])
def test_a_run_through_the_spool_builds_the_threads_warehouse(
    with_extraction_from: int,
    inputs_and_threads_run: tuple[list[str], dict[str, Any], Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A batch of more documents than the flow cleans itself goes to a forked worker through the spool (cleaned and
    extracted there, or cleaned there and extracted after its marking), and the warehouse is the one threads make of
    the same folder; the spool's folder is gone after the run."""
    import flows.pipeline
    from flows.interrupts import StoppableProcessPoolTaskRunner

    paths, threads, threads_db = inputs_and_threads_run
    spools = tmp_path / "tmp"
    spools.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spools))
    monkeypatch.setattr(flows.pipeline, "EXTRACT_WITH_CLEANING_MIN", with_extraction_from)
    handed: list[Spooled] = []
    put = Spool.put
    monkeypatch.setattr(Spool, "put", lambda self, frame: handed.append(put(self, frame)) or handed[-1])
    forked = pipeline_run(StoppableProcessPoolTaskRunner(max_workers=2), paths, tmp_path / "forked.duckdb")

    assert len(handed) == 1 and forked["counts"] == threads["counts"]
    assert mart_contents(tmp_path / "forked.duckdb") == mart_contents(threads_db)
    assert Path(handed[0].path).parent.parent == spools
    assert list(spools.glob("localgov-spool-*")) == []


def pipeline_run(runner: Any, paths: list[str], db: Path) -> dict[str, Any]:
    from flows.pipeline import pipeline

    return pipeline.with_options(task_runner=runner)(paths=paths, db_path=str(db), batch_size=100)

"""Exports wherever they are asked for: a folder whose name holds glob characters ("[", "*", "?"), the permissions
a folder made by the user would have (not 0700), and no leftovers of killed exports piling up beside it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

from tests.warehouse.test_export import build_sample_warehouse
from warehouse.export import export_warehouse


def test_an_export_folder_named_with_glob_characters(tmp_path: Path) -> None:
    db = build_sample_warehouse(tmp_path / "w.duckdb")
    out = tmp_path / "exports [2024]" / "ek*?"
    result = export_warehouse(db, out)
    assert result["tables"]["mart.documents"]["rows"] == 6
    with (out / "core" / "dim_indicator.parquet").open("rb") as handle:  # a file object: no glob for polars either
        back = pl.read_parquet(handle)
    assert back.height == result["tables"]["core.dim_indicator"]["rows"] > 0


def test_an_export_has_the_mode_of_a_folder_the_user_made(tmp_path: Path) -> None:
    db = build_sample_warehouse(tmp_path / "w.duckdb")
    previous = os.umask(0o022)
    try:
        export_warehouse(db, tmp_path / "ek")
        export_warehouse(db, tmp_path / "ek")  # replacing one keeps it so
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "ek").stat().st_mode) == 0o755


def test_leftovers_of_killed_exports_are_cleaned_and_a_running_one_is_left_alone(tmp_path: Path) -> None:
    db = build_sample_warehouse(tmp_path / "w.duckdb")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    dead = tmp_path / f".ek.{gone.pid}.k2j4h.tmp"  # a writer killed before its swap
    old = tmp_path / ".ek.x8f3k2la.tmp"  # the form without a process id, two hours old
    running = tmp_path / f".ek.{os.getpid()}.q9w8e.tmp"  # a writer still at work
    for folder in (dead, old, running):
        (folder / "mart").mkdir(parents=True)
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    export_warehouse(db, tmp_path / "ek")
    assert not dead.exists() and not old.exists() and running.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".ek")) == [running.name]

"""The flow end to end through Prefect: the sample documents load, a re-run changes nothing, bad inputs are
quarantined with their reasons while the rest load, and a changed document replaces only its own rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import pipeline
from tests.conftest import RAW

pytestmark = pytest.mark.slow
MART_VIEWS = ("documents", "sessions", "person_roles", "indicator_values")


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every mart view's sorted contents."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {v: con.execute(f"select * from mart.{v} order by all").fetchall() for v in MART_VIEWS}
    finally:
        con.close()


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_sample_loads_with_facts_traceable_to_their_sentences(seed_warehouse: Path) -> None:
    statuses = query(seed_warehouse, "select status, count(*) from mart.documents group by 1")
    assert statuses == [("loaded", len(list(RAW.glob("*.txt"))))]
    for view in ("sessions", "person_roles", "indicator_values"):
        assert query(seed_warehouse, f"select count(*) from mart.{view}")[0][0] > 0, view
    bad_offsets = query(
        seed_warehouse,
        """
        select f.figure_text, f.evidence from mart.indicator_values f join mart.documents d using (source_id)
        where substr(d.clean_text, f.char_start + 1, f.char_end - f.char_start) <> f.figure_text
           or position(f.figure_text in f.evidence) = 0
           or position(f.evidence in d.clean_text) = 0
        """,
    )
    assert bad_offsets == []
    names = query(
        seed_warehouse,
        """
        select r.person_name from mart.person_roles r join mart.documents d using (source_id)
        where position(r.evidence in d.clean_text) = 0
        """,
    )
    assert names == []


def test_a_second_run_changes_no_row(seed_warehouse: Path, tmp_path: Path) -> None:
    db = tmp_path / "again.duckdb"
    shutil.copy(seed_warehouse, db)
    before = snapshot(db)
    result = pipeline(paths=[str(RAW)], db_path=str(db))
    assert result["counts"]["unchanged"] == result["counts"]["seen"] == len(list(RAW.glob("*.txt")))
    assert result["counts"].get("loaded", 0) == 0
    assert snapshot(db) == before
    runs = query(db, "select status, n_unchanged from meta.runs order by started_at")
    assert [r[0] for r in runs] == ["succeeded", "succeeded"] and runs[-1][1] == len(list(RAW.glob("*.txt")))


def test_bad_inputs_are_quarantined_and_the_rest_loads(prefect_server: None, tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    shutil.copytree(RAW, inputs)
    (inputs / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "broken.txt").write_bytes("Hội nghị tổng kết".encode() + b"\xff\xfe\xc3\x28 \x80\x81 abc \xe2\x82")
    db = tmp_path / "q.duckdb"
    pipeline(paths=[str(inputs)], db_path=str(db))
    rows = dict(
        query(db, "select source_id, status || ': ' || coalesce(status_reason, '') from mart.documents order by 1")
    )
    bad = {k: rows.pop(k) for k in ("picture", "empty", "broken")}
    assert all(v.startswith("quarantined: ") for v in bad.values()), bad
    assert len(set(bad.values())) == 3, f"reasons must differ: {bad}"
    assert set(rows.values()) == {"loaded: "}, rows


def test_a_changed_document_is_reloaded_alone(prefect_server: None, tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    shutil.copytree(RAW, inputs)
    db = tmp_path / "changed.duckdb"
    pipeline(paths=[str(inputs)], db_path=str(db))
    first = sorted(inputs.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nĐã thông qua 7 nghị quyết quan trọng.\n", encoding="utf-8")
    before = snapshot(db)
    result = pipeline(paths=[str(inputs)], db_path=str(db))
    assert result["counts"]["unchanged"] == len(list(RAW.glob("*.txt"))) - 1
    after = snapshot(db)
    for view in MART_VIEWS:
        key = 1 if view == "sessions" else 0  # the source_id column
        differing = [r for r in before[view] if r not in after[view]] + [
            r for r in after[view] if r not in before[view]
        ]
        changed = {row[key] for row in differing}
        assert changed <= {first.stem}, (view, changed)


def test_copies_in_later_batches_are_duplicates_of_the_first(prefect_server: None, tmp_path: Path) -> None:
    """One document per batch: a copy right behind its original meets it in flight, a copy far behind meets it in
    the warehouse; both are marked duplicate, naming the original."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    seeds = sorted(RAW.glob("*.txt"))[:3]
    for i, seed in enumerate(seeds):
        shutil.copy(seed, inputs / f"{i}_a.txt")
        shutil.copy(seed, inputs / f"{i}_b.txt")
        shutil.copy(seed, inputs / f"z_{i}.txt")
    db = tmp_path / "copies.duckdb"
    pipeline(paths=[str(inputs)], db_path=str(db), batch_size=1)
    rows = query(db, "select source_id, status, duplicate_of from core.documents order by source_id")
    expected = [(f"{i}_{copy}", *(("loaded", None) if copy == "a" else ("duplicate", f"{i}_a"))) for i in range(3)
                for copy in "ab"]  # fmt: skip
    expected += [(f"z_{i}", "duplicate", f"{i}_a") for i in range(3)]
    assert rows == expected

"""Runs after runs lose no article and let no input overwrite another: ids no input can steal, duplicates judged
again when their original changes, a document whose input fails or is gone keeping its content (and saying so), an
id held by another folder not taken over, and documents of another pipeline version processed again."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import duckdb
import pytest

from tests.flows.test_incremental import article

pytestmark = pytest.mark.slow


def run(inputs: Path | list[Path], db: Path) -> dict[str, int]:
    from flows.pipeline import pipeline

    paths = inputs if isinstance(inputs, list) else [inputs]
    return pipeline(paths=[str(p) for p in paths], db_path=str(db), batch_size=2)["counts"]


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_three_records_with_colliding_ids_load_and_stay_put(prefect_server: None, tmp_path: Path) -> None:
    second = article(3)
    suffix = hashlib.sha256(second.encode()).hexdigest()[:12]
    records = [("X", article(1)), ("X", second), (f"X~{suffix}", article(5)), ("X#0bb2c2d6c4f1", article(7))]
    (tmp_path / "in").mkdir()
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in records]
    (tmp_path / "in" / "tin.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    counts = run(tmp_path / "in", db)
    docs = rows(db, "select source_id, status from mart.documents order by source_path")
    assert len(docs) == 4 and len({d[0] for d in docs}) == 4, docs
    assert [s for _, s in docs] == ["loaded", "quarantined", "loaded", "loaded"]
    assert counts["loaded"] == 3
    before = rows(db, "select * exclude (run_id, loaded_at) from mart.documents order by all")
    again = run(tmp_path / "in", db)
    assert (
        again["unchanged"] == 4
        and rows(db, "select * exclude (run_id, loaded_at) from mart.documents order by all") == before
    )


def test_a_copy_loads_once_its_original_is_replaced(prefect_server: None, tmp_path: Path) -> None:
    inputs, db = tmp_path / "in", tmp_path / "w.duckdb"
    inputs.mkdir()
    (inputs / "a.txt").write_text(article(1), encoding="utf-8")
    (inputs / "b.txt").write_text(article(1), encoding="utf-8")
    run(inputs, db)
    assert rows(db, "select source_id, status, duplicate_of from mart.documents order by 1") == [
        ("a", "loaded", None),
        ("b", "duplicate", "a"),
    ]
    (inputs / "a.txt").write_text(article(3), encoding="utf-8")
    run(inputs, db)
    assert rows(db, "select source_id, status from mart.documents order by 1") == [("a", "loaded"), ("b", "loaded")]
    figures = dict(rows(db, "select source_id, count(*) from mart.indicator_values group by 1"))
    assert figures["a"] > 0 and figures["b"] > 0
    (inputs / "0.txt").write_text(article(3), encoding="utf-8")  # a copy of a, read before it
    run(inputs, db)
    assert rows(db, "select source_id, status, duplicate_of from mart.documents order by 1") == [
        ("0", "loaded", None),
        ("a", "duplicate", "0"),
        ("b", "loaded", None),
    ]
    assert "a" not in dict(rows(db, "select source_id, count(*) from mart.indicator_values group by 1"))


def test_an_input_that_fails_keeps_its_article_and_says_so(prefect_server: None, tmp_path: Path) -> None:
    inputs, db = tmp_path / "in", tmp_path / "w.duckdb"
    inputs.mkdir()
    for name, n in (("fifo", 1), ("dangling", 3), ("blank", 5), ("gone", 7)):
        (inputs / f"{name}.txt").write_text(article(n), encoding="utf-8")
    run(inputs, db)
    before = rows(db, "select source_id, count(*) from mart.indicator_values group by 1 order by 1")
    for name in ("fifo", "dangling", "blank", "gone"):
        (inputs / f"{name}.txt").unlink()
    os.mkfifo(inputs / "fifo.txt")
    os.symlink(inputs / "nowhere.txt", inputs / "dangling.txt")
    (inputs / "blank.txt").write_bytes(b"")  # caught at 0 bytes while being rewritten
    counts = run(inputs, db)
    assert counts["kept"] == 3 and counts["missing"] == 1
    assert rows(db, "select source_id, count(*) from mart.indicator_values group by 1 order by 1") == before
    states = rows(db, "select source_id, status, input_state, last_error, last_seen_at is not null from mart.documents")
    assert sorted(states) == [
        ("blank", "loaded", "unreadable", "empty: the input was blank when read", True),
        ("dangling", "loaded", "unreadable", "unreadable: No such file or directory", True),
        ("fifo", "loaded", "unreadable", "unreadable: not a regular file", True),
        ("gone", "loaded", "missing", "missing: no longer found under the run's inputs", True),
    ]
    events = rows(db, "select source_id, event from meta.document_events order by 1")
    assert events == [("blank", "unreadable"), ("dangling", "unreadable"), ("fifo", "unreadable"), ("gone", "missing")]
    (inputs / "blank.txt").write_text(article(5), encoding="utf-8")
    run(inputs, db)
    assert rows(db, "select input_state, last_error from mart.documents where source_id = 'blank'") == [
        ("present", None)
    ]
    assert run(inputs, db)["kept"] == 2 and len(rows(db, "select * from meta.document_events")) == 5  # no repeats


def test_an_id_held_by_another_folder_is_not_taken_over(prefect_server: None, tmp_path: Path) -> None:
    site_a, site_b, db = tmp_path / "siteA", tmp_path / "siteB", tmp_path / "w.duckdb"
    site_a.mkdir()
    site_b.mkdir()
    (site_a / "1.txt").write_text(article(1), encoding="utf-8")
    (site_b / "1.txt").write_text(article(3), encoding="utf-8")
    run(site_a, db)
    before = rows(db, "select * from mart.indicator_values order by all")
    run(site_b, db)
    docs = rows(db, "select source_id, status, source_path, status_reason from mart.documents order by 1")
    assert docs[0][:3] == ("1", "loaded", str(site_a / "1.txt"))
    assert docs[1][0].startswith("1#") and docs[1][1] == "quarantined"
    assert docs[1][3].startswith(f"repeated source_id: '1' was already read from {site_a / '1.txt'}")
    assert rows(db, "select * from mart.indicator_values order by all") == before
    (site_b / "2.txt").write_text(article(1), encoding="utf-8")  # the same article under another name: a copy
    run(site_b, db)
    assert rows(db, "select status, duplicate_of from mart.documents where source_id = '2'") == [("duplicate", "1")]


def test_documents_of_another_pipeline_version_are_processed_again(prefect_server: None, tmp_path: Path) -> None:
    inputs, db = tmp_path / "in", tmp_path / "w.duckdb"
    inputs.mkdir()
    for n in (1, 2, 3):
        (inputs / f"{n}.txt").write_text(article(n), encoding="utf-8")
    run(inputs, db)
    con = duckdb.connect(str(db))
    con.execute("update core.documents set pipeline_version = '0.1.0'")
    con.close()
    counts = run(inputs, db)
    assert counts["unchanged"] == 0 and counts["loaded"] + counts["irrelevant"] == 3
    assert rows(db, "select distinct pipeline_version from mart.documents") != [("0.1.0",)]
    assert run(inputs, db)["unchanged"] == 3

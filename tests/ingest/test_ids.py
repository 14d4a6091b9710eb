"""Document ids and what a batch changes: an id made up for a repeat can never be an id an input gives; bytes of a
file name that are not UTF-8 keep two names two ids; the warehouse's row of a document decides whether it is
processed, held as it is, or kept when its input fails (pipeline version included)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

import polars as pl
import pytest

from flows.jsonl import parse_jsonl_record
from flows.raw_document import RawDocument, input_stem, path_text, text_path
from tests.warehouse.test_warehouse import _documents, _facts
from transforms.ingest import (
    STORED,
    assign_ids,
    given_id,
    ingest_frame,
    ingest_heads,
    input_sha256,
    is_generated,
    repeated_id,
    split_changes,
    with_bodies,
)
from warehouse.db import connect
from warehouse.load import load_batch


def _frame(*docs: RawDocument) -> pl.DataFrame:
    return ingest_frame([asdict(d) for d in docs])


def _record(line: int, source_id: str, text: str) -> RawDocument:
    raw = json.dumps({"id": source_id, "text": text}, ensure_ascii=False).encode()
    doc = parse_jsonl_record(raw, stem="tin", source_path="tin.jsonl", lineno=line)
    doc.input_path, doc.input_line = "/data/tin.jsonl", line
    return doc


def test_a_repeat_never_takes_the_id_of_a_later_record() -> None:
    """The adversarial case: X, X again (other text), then a record whose id is what the repeat would be called."""
    first, second = _record(1, "X", "Bài một."), _record(2, "X", "Bài hai.")
    made_up = repeated_id("X", "/data/tin.jsonl:2")
    third = _record(3, made_up, "Bài ba.")
    docs = assign_ids(_frame(first, second, third), {}, {})
    ids = docs["source_id"].to_list()
    assert len(set(ids)) == 3 and ids[0] == "X" and ids[1] == made_up
    assert ids[2] == made_up.replace("#", "%23") and not is_generated(ids[2])
    assert docs["error"].to_list()[1].startswith("repeated source_id: 'X' was already read from tin.jsonl:1")
    legacy = hashlib.sha256("Bài hai.".encode()).hexdigest()[:12]
    assert given_id(f"X~{legacy}") == f"X~{legacy}"  # the old suffix form is an ordinary id now


def test_ids_are_remembered_across_batches_and_the_same_input_is_read_once() -> None:
    seen: dict[str, tuple[str, str]] = {}
    a = _record(1, "A", "Một.")
    batch_1 = assign_ids(_frame(a, _record(2, "A", "Hai.")), seen, {})
    batch_2 = assign_ids(_frame(a, _record(3, "A", "Ba.")), seen, {})
    ids = batch_1["source_id"].to_list() + batch_2["source_id"].to_list()
    assert ids[0] == "A" and len(ids) == 3 and len(set(ids)) == 3  # line 1 given again is dropped
    held = assign_ids(_frame(_record(1, "B", "Bốn.")), {}, {"B": "other/B.txt"})
    assert held["source_id"].item().startswith("B#") and "other/B.txt" in held["error"].item()


def test_names_that_differ_only_in_undecodable_bytes_keep_two_ids() -> None:
    names = [
        Path(b"t\xeante.txt".decode("utf-8", "surrogateescape")),
        Path(b"t\xe9nte.txt".decode("utf-8", "surrogateescape")),
    ]
    assert [input_stem(p) for p in names] == ["t%EAnte", "t%E9nte"]
    assert input_stem(Path("tin#1.txt")) == "tin%231"
    odd = "/dữ liệu/100%/t\udceante.txt"
    assert str(text_path(path_text(odd))) == odd


def _stored(**row: object) -> pl.DataFrame:
    base = {name: None for name in STORED} | {"stored_state": "present", "stored_version": "1", "stored_reason": None}
    sha = str(row.get("stored_sha256"))
    base["stored_input_sha256"] = input_sha256(b"Bai", None, False, None, None, sha)  # read as `_doc` reads it
    return pl.DataFrame([base | row], schema=STORED)


def _doc(source_id: str, sha: str, raw: bytes | None = b"Bai", error: str | None = None) -> RawDocument:
    return RawDocument(source_id, f"{source_id}.txt", sha, raw=raw, error=error, input_path=f"/d/{source_id}.txt")


def test_the_warehouse_row_decides_what_a_batch_changes() -> None:
    docs = _frame(
        _doc("new", "n"),
        _doc("same", "s"),
        _doc("old_version", "v"),
        _doc("gone_bad", "", raw=None, error="unreadable: Permission denied"),
        _doc("blanked", "b0", raw=b" \n"),
        _doc("copy", "c"),
        _doc("moved", "m"),
        RawDocument("record", "feed.jsonl:1", "r", text="Bai", input_path="/d/feed.jsonl", input_line=1),
    )
    stored = pl.concat(
        [
            _stored(source_id="same", stored_sha256="s", stored_status="loaded", stored_source_path="same.txt",
                    stored_input_path="/d/same.txt", text_key="k1"),
            _stored(source_id="old_version", stored_sha256="v", stored_status="loaded", stored_version="0.1.0",
                    stored_source_path="old_version.txt", stored_input_path="/d/old_version.txt"),
            _stored(source_id="gone_bad", stored_sha256="g", stored_status="loaded"),
            _stored(source_id="blanked", stored_sha256="b", stored_status="irrelevant"),
            _stored(source_id="copy", stored_sha256="c", stored_status="duplicate", stored_duplicate_of="same"),
            _stored(source_id="moved", stored_sha256="m", stored_status="irrelevant", stored_source_path="x/moved.txt",
                    stored_input_path="/x/moved.txt"),
            _stored(source_id="record", stored_sha256="r", stored_status="loaded", stored_source_path="feed.jsonl:1",
                    stored_input_path="/d/feed.jsonl"),  # the same content hash, once read as a file's bytes
        ]
    )  # fmt: skip
    changes = split_changes(docs, stored, version="1", reprocess=False, first_position=10)
    # Another pipeline version is a change; so is the same content read as something else (a record's text).
    assert sorted(changes.fresh["source_id"]) == ["copy", "new", "old_version", "record"]
    assert dict(changes.judged.select("source_id", "rejudge").iter_rows()) == {
        "new": False,
        "old_version": False,
        "copy": True,  # a duplicate is judged again: its original may have changed
        "record": False,
    }
    assert sorted(changes.stubs["source_id"]) == ["moved", "same"]
    assert dict(changes.kept.iter_rows()) == {
        "gone_bad": "unreadable: Permission denied",
        "blanked": "empty: the input was blank when read",
    }
    assert changes.touched.drop("input_sha256").to_dicts() == [
        {"source_id": "moved", "source_path": "moved.txt", "input_path": "/d/moved.txt"}
    ]
    assert changes.unchanged == 2
    assert changes.stubs.filter(pl.col("source_id") == "same")["position"].item() == 11
    everything = split_changes(docs, stored, version="1", reprocess=True, first_position=0)
    assert everything.fresh.height == 6 and everything.kept.height == 2


def test_a_batch_split_without_its_bodies_is_split_alike() -> None:
    """`ingest_heads` leaves the texts out of the split, and `with_bodies` puts the fresh documents' back: the same
    changes as from the whole frame, blank and white-space-led bodies included."""
    docs = [
        _doc("new", "n"),
        _doc("same", "s"),
        _doc("blanked", "b0", raw=b" \n"),
        _doc("gone_bad", "", raw=None, error="unreadable: Permission denied"),
        RawDocument("spaced", "feed.jsonl:1", "p", text="  Bai", input_path="/d/feed.jsonl", input_line=1),
        RawDocument("empty", "feed.jsonl:2", "e", text=" \n", input_path="/d/feed.jsonl", input_line=2),
        RawDocument("copy", "feed.jsonl:3", "c", text="Bai", input_path="/d/feed.jsonl", input_line=3),
    ]
    stored = pl.concat(
        [
            _stored(source_id="same", stored_sha256="s", stored_status="loaded", stored_source_path="same.txt",
                    stored_input_path="/d/same.txt", text_key="k1"),
            _stored(source_id="blanked", stored_sha256="b", stored_status="irrelevant"),
            _stored(source_id="empty", stored_sha256="x", stored_status="loaded"),
        ]
    )  # fmt: skip
    records = [asdict(d) for d in docs]
    whole = split_changes(ingest_frame(records), stored, version="1", reprocess=False, first_position=3)
    heads = split_changes(ingest_heads(records), stored, version="1", reprocess=False, first_position=3)
    assert sorted(whole.fresh["source_id"]) == ["copy", "gone_bad", "new", "spaced"]
    assert with_bodies(heads.fresh, records).equals(whole.fresh)
    for part in ("judged", "stubs", "kept", "touched"):
        assert getattr(heads, part).equals(getattr(whole, part)), part
    assert heads.unchanged == whole.unchanged == 1


def test_a_batch_with_a_repeated_id_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    with pytest.raises(ValueError, match="holds the source_id 'a' more than once"):
        load_batch(
            con, pl.concat([_documents("a", "1"), _documents("a", "2")]), _facts("a", 1.0), run_id="r", version="t"
        )
    assert con.execute("select count(*) from core.documents").fetchall() == [(0,)]

"""Reading stays within bounds whatever the inputs: symbolic links lead nowhere outside the inputs unless asked;
names that are not UTF-8 keep their bytes; a gzip bomb of blank lines is stopped in seconds; a JSON Lines file with
no record is accounted for; batches are cut by bytes, so large documents never crowd one batch."""

from __future__ import annotations

import gzip
import os
import time
from pathlib import Path

import pytest

from flows import jsonl
from flows.sources import OUTSIDE_LINK, iter_batches, iter_documents


def _docs(*paths: Path, follow_symlinks: bool = False) -> dict[str, tuple[str | None, bytes | str | None]]:
    return {d.source_id: (d.error, d.raw or d.text) for d in iter_documents(paths, follow_symlinks)}


def test_links_out_of_the_inputs_are_not_followed(tmp_path: Path) -> None:
    inputs, outside = tmp_path / "inputs", tmp_path / "private"
    (inputs / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "key.txt").write_text("bí mật", encoding="utf-8")
    (outside / "notes").mkdir()
    (outside / "notes" / "diary.txt").write_text("nhật ký", encoding="utf-8")
    (inputs / "sub" / "tin.txt").write_text("Hội nghị", encoding="utf-8")
    os.symlink(outside / "key.txt", inputs / "key.txt")
    os.symlink(outside / "notes", inputs / "notes")
    os.symlink("/proc/self/status", inputs / "status.txt")
    os.symlink(inputs / "sub" / "tin.txt", inputs / "again.txt")  # inside: followed
    docs = _docs(inputs)
    assert docs["tin"] == (None, "Hội nghị".encode()) and docs["again"] == (None, "Hội nghị".encode())
    assert docs["key"] == (OUTSIDE_LINK, None) and docs["status"] == (OUTSIDE_LINK, None)
    assert docs["notes"] == (OUTSIDE_LINK, None) and "diary" not in docs
    followed = _docs(inputs, follow_symlinks=True)
    assert followed["key"] == (None, "bí mật".encode()) and followed["diary"][0] is None
    assert _docs(inputs / "key.txt")["key"] == (None, "bí mật".encode())  # a path given is always read


def test_names_differing_only_in_undecodable_bytes_are_two_documents(tmp_path: Path) -> None:
    for name, text in ((b"t\xeante.txt", "một"), (b"t\xe9nte.txt", "hai")):
        (tmp_path / os.fsdecode(name)).write_text(text, encoding="utf-8")
    docs = list(iter_documents([tmp_path]))
    assert sorted((d.source_id, d.raw) for d in docs) == [("t%E9nte", b"hai"), ("t%EAnte", "một".encode())]
    assert all("%E" in d.source_path for d in docs)


def test_a_gzip_of_blank_lines_is_stopped_in_seconds(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl.gz"
    record = b'{"id": "tin-1", "text": "H\\u1ed9i ngh\\u1ecb huy\\u1ec7n."}\n'
    with gzip.open(path, "wb", compresslevel=9) as handle:
        handle.write(record)
        for _ in range(256):
            handle.write(b"\n" * (1024 * 1024))
        handle.write(record.replace(b"tin-1", b"tin-2"))
    started = time.perf_counter()
    docs = list(iter_documents([path]))
    assert time.perf_counter() - started < 15
    assert [d.source_id for d in docs[:1]] == ["tin-1"] and docs[0].error is None
    assert len(docs) == 2 and docs[1].source_id.startswith("blank#")
    assert docs[1].error is not None and "a ratio past" in docs[1].error


def test_blank_lines_are_skipped_fast_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "gaps.jsonl"
    path.write_bytes(b"\n" * 50_000_000 + b'   {"text": "x"}\n' + b" \n\t\n" + b"not json\n")
    started = time.perf_counter()
    docs = list(iter_documents([path]))
    assert time.perf_counter() - started < 10
    assert [(d.source_id, d.source_path.rsplit(":", 1)[1]) for d in docs] == [
        ("gaps#50000001", "50000001"),
        ("gaps#50000004", "50000004"),
    ]


def test_reading_time_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "slow.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b"".join(b'{"id": "r%d", "text": "x"}\n' % i for i in range(2000)))
    monkeypatch.setattr(jsonl, "MAX_READ_SECONDS", 0.0)
    docs = list(iter_documents([path]))
    assert len(docs) == 1 and docs[0].error is not None and docs[0].error.startswith("too slow: reading took over")


def test_a_file_without_records_is_a_document(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n")
    with gzip.open(tmp_path / "none.jsonl.gz", "wb") as handle:
        handle.write(b"\n")
    docs = {d.source_id: d.error for d in iter_documents([tmp_path])}
    assert docs == dict.fromkeys(("blank#0", "empty#0", "none#0"), "empty: no records in the file")


def test_batches_are_cut_by_bytes(tmp_path: Path) -> None:
    for i in range(10):
        (tmp_path / f"{i}.txt").write_bytes(b"x" * (300_000 if i < 5 else 10))
    sizes = [len(b) for b in iter_batches([tmp_path], batch_size=100, max_bytes=1_000_000)]
    assert sizes == [3, 7]
    assert [len(b) for b in iter_batches([tmp_path], batch_size=100, max_bytes=100)] == [1] * 5 + [5]

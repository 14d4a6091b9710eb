"""Reading inputs: every kind of path and every way a file can be bad ends as a document, never an exception."""

from __future__ import annotations

import gzip
import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from flows import sources
from flows.jsonl import parse_jsonl_record
from flows.sources import iter_batches, iter_documents


def _docs(*paths: Path) -> dict[str, sources.RawDocument]:
    return {d.source_id: d for d in iter_documents(paths)}


def test_text_files_are_read_recursively_by_stem(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Một", encoding="utf-8")
    (tmp_path / "two.html").write_text("<p>Hai</p>", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    docs = _docs(tmp_path)
    assert set(docs) == {"one", "two"}
    assert docs["one"].raw == "Một".encode()
    assert docs["one"].content_sha256 == sources.sha256("Một".encode())
    assert docs["two"].is_html and not docs["one"].is_html


def test_jsonl_records_plain_and_gzip(tmp_path: Path) -> None:
    lines = [
        {"id": "r1", "text": "Văn bản một", "url": "https://example.org/a", "title": "T", "fetched_at": "2020-01-01"},
        {"id": "r2", "html": "<p>Hai</p>"},
    ]
    payload = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    (tmp_path / "plain.jsonl").write_text(payload, encoding="utf-8")
    with gzip.open(tmp_path / "packed.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(payload.replace('"r1"', '"r3"').replace('"r2"', '"r4"'))
    docs = _docs(tmp_path)
    assert set(docs) == {"r1", "r2", "r3", "r4"}
    assert docs["r1"].text == "Văn bản một" and docs["r1"].url == "https://example.org/a"
    assert docs["r1"].content_sha256 == sources.sha256("Văn bản một".encode())
    assert docs["r2"].is_html and docs["r2"].text == "<p>Hai</p>"
    assert docs["r3"].source_path.endswith("packed.jsonl.gz:1")


def test_a_records_publication_time_reaches_the_cleaned_frame(tmp_path: Path) -> None:
    """A crawl's own `published_at` dates a page that prints no date; a page's printed stamp comes first."""
    from transforms.cleaning import clean_frame
    from transforms.ingest import ingest_frame
    from transforms.schemas import INGESTED

    lines = [
        {"id": "a", "text": "Hội nghị giao ban của UBND xã diễn ra sáng nay.", "published_at": "2025-08-21"},
        {"id": "b", "text": "Ngày đăng: 03/09/2025 08:15\nUBND xã giao ban.", "published_at": "2025-09-04T10:00:00"},
        {"id": "c", "text": "Hội nghị giao ban.", "published_at": "không rõ"},
    ]
    (tmp_path / "r.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    docs = _docs(tmp_path)
    assert docs["a"].published_at == "2025-08-21"
    cleaned = clean_frame(ingest_frame([{n: getattr(d, n) for n in INGESTED} for d in docs.values()]))
    published = dict(zip(cleaned["source_id"], cleaned["published_at"], strict=True))
    assert published == {"a": datetime(2025, 8, 21), "b": datetime(2025, 9, 3, 8, 15), "c": None}


def test_bad_jsonl_lines_become_quarantinable_documents(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "ok", "text": "x"}\nnot json\n{"id": "nt"}\n[1, 2]\n')
    docs = _docs(path)
    assert docs["ok"].error is None
    assert docs["bad#2"].error.startswith("not JSON")
    assert docs["nt"].error.startswith("no text")
    assert docs["bad#4"].error == "not a JSON object"


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    payload = "".join(json.dumps({"id": f"d{i}", "text": "chữ " * 200}) + "\n" for i in range(200)).encode()
    packed = gzip.compress(payload)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    docs = list(iter_documents([path]))
    assert docs[-1].error is not None and docs[-1].error.startswith("truncated")
    assert all(d.error is None for d in docs[:-1]) and len(docs) > 1


def test_missing_path_and_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("x", encoding="utf-8")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    docs = list(iter_documents([tmp_path / "d", tmp_path / "nothing.txt"]))
    assert [d.source_id for d in docs if d.error is None] == ["x"]
    assert any(d.error == "unreadable: no such file or directory" for d in docs)


def test_too_large_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_DOCUMENT_BYTES", 10)
    (tmp_path / "big.txt").write_bytes(b"a" * 11)
    (doc,) = iter_documents([tmp_path])
    assert doc.error == "too large: 11 bytes" and doc.raw is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    (doc,) = iter_documents([path])
    assert doc.error is not None and doc.error.startswith("unreadable")


def test_batches_are_bounded(tmp_path: Path) -> None:
    for i in range(7):
        (tmp_path / f"{i}.txt").write_text(str(i), encoding="utf-8")
    assert [len(b) for b in iter_batches([tmp_path], 3)] == [3, 3, 1]


def test_record_id_falls_back_to_file_and_line() -> None:
    doc = parse_jsonl_record(b'{"text": "x"}', stem="f", source_path="f.jsonl", lineno=9)
    assert doc.source_id == "f#9" and doc.error is None


def test_jsonl_records_carry_their_publication_and_fetch_times(tmp_path: Path) -> None:
    lines = [
        {"id": "p1", "text": "x", "published_at": "2024-05-20T10:30:00+07:00", "fetched_at": "20/05/2024 12:00"},
        {"id": "p2", "text": "x", "date": "2025-08-21", "fetched_at": 1716176000},
        {"id": "p3", "text": "x", "published_at": {"y": 2024}, "fetched_at": "x" * 200},
    ]
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    docs = _docs(tmp_path)
    assert (docs["p1"].published_at, docs["p1"].fetched_at) == ("2024-05-20T10:30:00+07:00", "20/05/2024 12:00")
    assert (docs["p2"].published_at, docs["p2"].fetched_at) == ("2025-08-21", "1716176000")
    assert (docs["p3"].published_at, docs["p3"].fetched_at, docs["p3"].error) == (None, None, None)

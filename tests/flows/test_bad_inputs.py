"""Every kind of bad input ends as a quarantined document with a specific reason (or loads, when it is text after
all), never as an exception out of the run and never as a hang: binary files, NUL bytes, a 200 MB line, empty
files, cut UTF-8, broken JSON Lines and gzip, symlink loops, FIFOs, unreadable files, and text that is valid but
would cost extraction without bound (a megabyte without a full stop, a hundred thousand numbers)."""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import time
import unicodedata
from dataclasses import asdict
from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows import jsonl, sources
from flows.jsonl import parse_jsonl_record
from flows.sources import iter_documents
from tests.conftest import RAW
from transforms.cleaning.frames import clean_frame
from transforms.cleaning.limits import MAX_NUMBERS, MAX_SENTENCE_CHARS, MAX_TEXT_CHARS, Limits, over_limits
from transforms.ingest.frames import ingest_frame
from transforms.normalize.documents import EXTRACTION_FAILED, document_rows
from transforms.schemas import DOCUMENT_FACTS

# A short article of our own (not a seed), relevant to the pipeline: a council session with a figure.
ARTICLE = (
    "Kỳ họp thứ 12 Hội đồng nhân dân huyện khóa XX\n"
    "Ngày 14/7/2021, Hội đồng nhân dân huyện tổ chức kỳ họp thứ 12, khóa XX, nhiệm kỳ 2016 - 2021. "
    "Đồng chí Nguyễn Văn Bảo, Chủ tịch HĐND huyện chủ trì kỳ họp. Kỳ họp đã thông qua 8 nghị quyết quan trọng. "
    "Tổng thu ngân sách 6 tháng đầu năm đạt 125,4 tỷ đồng, bằng 56% dự toán.\n"
)
HUGE_BYTES = 200 * 1024 * 1024


_TOPICS = ("kinh tế", "xã hội", "nông thôn mới", "giao thông", "thủy lợi", "giáo dục", "y tế", "văn hóa", "an ninh",
           "quốc phòng", "đất đai", "môi trường", "du lịch", "thương mại", "dịch vụ", "công nghiệp", "cải cách",
           "hành chính", "chuyển đổi số")  # fmt: skip


def _article(n: int) -> str:
    """ARTICLE made distinct by its session number and a paragraph of its own (so that no two test documents are
    near-duplicates of each other)."""
    rng = random.Random(n)
    topics = " ".join(rng.choice(_TOPICS) for _ in range(80))
    return ARTICLE.replace("thứ 12", f"thứ {n}") + f"Các đại biểu thảo luận về {topics}.\n"


def _every_category() -> str:
    """Three characters of every Unicode general category (surrogates aside: no UTF-8 text holds one)."""
    members: dict[str, list[str]] = {}
    for code in range(1, 0x110000):
        members.setdefault(unicodedata.category(chr(code)), []).append(chr(code))
    return " ".join(c[len(c) // 2] + c[-1] + c[0] for cat, c in sorted(members.items()) if cat != "Cs")


def _write_huge_line(path: Path) -> None:
    chunk = ("Hội nghị " * 10_000).encode()
    with path.open("wb") as handle:
        for _ in range(HUGE_BYTES // len(chunk) + 1):
            handle.write(chunk)


def _fill(inputs: Path) -> dict[str, tuple[str, str | None]]:
    """Write every bad case under `inputs`; returns source_id -> (status, start of the reason) expected."""
    expected: dict[str, tuple[str, str | None]] = {}

    def case(name: str, data: bytes, status: str, reason: str | None) -> None:
        (inputs / name).write_bytes(data)
        expected[Path(name).stem] = (status, reason)

    case("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "quarantined", "binary")
    case("nul.txt", _article(13).encode().replace(b" ", b"\x00", 5), "quarantined", "binary")
    case("empty.txt", b"", "quarantined", "empty")
    case("blank.txt", b" \n\t\n", "quarantined", "empty")
    case("cut_utf8.txt", _article(14).encode() + "Đại".encode()[:-1], "loaded", None)
    case("categories.txt", (_article(15) + _every_category() + "\n").encode(), "loaded", None)
    case("no_article.html", ("<html><body>" + "<div><p>" * 5000).encode(), "quarantined", "no article text")
    long_sentence = _article(16) + "Hội nghị bàn về phát triển kinh tế xã hội " * (MAX_SENTENCE_CHARS // 40)
    case("long_sentence.txt", long_sentence.encode(), "quarantined", "sentence too long to extract")
    case("megabyte_sentence.txt", ("Hội nghị bàn về kinh tế " * 42_000).encode(), "quarantined", "too long")
    case("numbers_100k.txt", (_article(17) + " ".join(map(str, range(100_000)))).encode(), "quarantined", "too long")
    figures = "\n".join(f"Xã {i} đạt {i}%." for i in range(MAX_NUMBERS // 2 + 100))
    case("many_figures.txt", (_article(18) + figures).encode(), "quarantined", "too many figures to extract")
    case("seed_copy.txt", sorted(RAW.glob("*.txt"))[0].read_bytes(), "duplicate", "same text as")
    _write_huge_line(inputs / "huge_line.txt")
    expected["huge_line"] = ("quarantined", "too large: ")
    os.mkfifo(inputs / "pipe.txt")  # reading a FIFO would block the run for ever
    expected["pipe"] = ("quarantined", "unreadable: not a regular file")
    os.symlink(inputs / "nowhere.txt", inputs / "dangling.txt")
    expected["dangling"] = ("quarantined", "unreadable: No such file or directory")
    os.symlink(inputs / "self.txt", inputs / "self.txt")
    expected["self"] = ("quarantined", "unreadable: Too many levels of symbolic links")
    (inputs / "secret.txt").write_text(_article(19), encoding="utf-8")  # made unreadable in the test
    expected["secret"] = ("quarantined", "unreadable: Permission denied")
    (inputs / os.fsdecode(b"t\xeante.txt")).write_text(_article(20), encoding="utf-8")  # a name that is not UTF-8
    expected["t%EAnte"] = ("loaded", None)  # its bytes kept: another name differing in them is another id
    loop = inputs / "nested"
    loop.mkdir()
    (loop / "inner.txt").write_text(_article(21), encoding="utf-8")
    os.symlink(inputs, loop / "back")  # a directory symlink loop
    expected["inner"] = ("loaded", None)

    records = [
        json.dumps({"id": "rec-ok", "text": _article(22)}, ensure_ascii=False),
        "not json at all",
        json.dumps({"id": "rec-no-text", "title": "Tiêu đề"}),
        json.dumps([1, 2, 3]),
        "[" * 100_000 + "]" * 100_000,
        '{"id": ' + "9" * 5000 + ', "text": "x"}',
        json.dumps({"id": "rec-surrogate", "text": _article(23) + "\ud800"}),
        json.dumps({"id": "rec-big", "text": "Hội nghị. " * (sources.MAX_DOCUMENT_BYTES // 10)}, ensure_ascii=False),
    ]
    (inputs / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    expected |= {
        "rec-ok": ("loaded", None),
        "records#2": ("quarantined", "not JSON: Expecting value"),
        "rec-no-text": ("quarantined", "no text"),
        "records#4": ("quarantined", "not a JSON object"),
        "records#5": ("quarantined", "not JSON: nested too deeply"),
        "records#6": ("quarantined", "not JSON: Exceeds the limit"),
        "rec-surrogate": ("loaded", None),
        "rec-big": ("quarantined", "too large: "),
    }
    payload = "".join(json.dumps({"id": f"gz{i}", "text": _article(100 + i)}) + "\n" for i in range(60)).encode()
    packed = gzip.compress(payload)
    (inputs / "cut.jsonl.gz").write_bytes(packed[: len(packed) * 2 // 3])
    expected["cut#"] = ("quarantined", "truncated: ")  # the line where the stream broke off
    (inputs / "notgzip.jsonl.gz").write_bytes(b"plain text, not gzip\n")
    expected["notgzip#1"] = ("quarantined", "corrupt gzip: ")
    for seed in RAW.glob("*.txt"):
        shutil.copy(seed, inputs / seed.name)
        expected[seed.stem] = ("loaded", None)
    return expected


@pytest.mark.slow
def test_every_bad_input_is_quarantined_with_its_reason_and_the_seeds_load(
    prefect_server: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.pipeline import pipeline

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    expected = _fill(inputs)
    read_bounded = sources._read_bounded

    def permission_denied_for_secret(path: Path) -> tuple[bytes | None, int]:  # root reads any file: simulate
        if path.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return read_bounded(path)

    monkeypatch.setattr(sources, "_read_bounded", permission_denied_for_secret)
    db = tmp_path / "bad.duckdb"
    started = time.perf_counter()
    try:
        result = pipeline(paths=[str(inputs)], db_path=str(db), batch_size=50)
    finally:
        (inputs / "huge_line.txt").unlink()  # 200 MB: not left behind in pytest's kept temporary directories
    seconds = time.perf_counter() - started
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = {sid: (status, reason) for sid, status, reason in con.execute(
            "select source_id, status, status_reason from mart.documents").fetchall()}  # fmt: skip
        run = con.execute("select status, n_seen from meta.runs").fetchall()
        seed_facts = con.execute(
            "select count(*) from mart.indicator_values where source_id in (select unnest(?::varchar[]))",
            [[p.stem for p in RAW.glob("*.txt")]],
        ).fetchall()[0][0]
    finally:
        con.close()
    assert run == [("succeeded", result["counts"]["seen"])]
    cut = [sid for sid in rows if sid.startswith("cut#")]
    assert len(cut) == 1 and rows[cut[0]][1].startswith("truncated"), cut
    expected[cut[0]] = expected.pop("cut#")
    gz_loaded = [sid for sid in rows if sid.startswith("gz")]
    assert gz_loaded and all(rows[sid] == ("loaded", None) for sid in gz_loaded)
    mismatched = {}
    for source_id, (status, reason) in expected.items():
        got = rows.get(source_id)
        reason_ok = got is not None and (got[1] is None if reason is None else (got[1] or "").startswith(reason))
        if got is None or got[0] != status or not reason_ok:
            mismatched[source_id] = (got, (status, reason))
    assert not mismatched, mismatched
    assert "inner" in rows and not any("repeated source_id" in (r or "") for _, r in rows.values())
    assert seed_facts > 0
    assert seconds < 90, f"the bad inputs took {seconds:.0f} s"


def test_pathological_text_is_bounded_before_extraction() -> None:
    assert over_limits(ARTICLE) is None
    assert over_limits("Hội nghị " * (MAX_TEXT_CHARS // 9 + 1)).startswith("too long to extract")
    assert over_limits(" ".join(["7"] * (MAX_NUMBERS + 1))).startswith("too many figures")
    assert over_limits("chữ " * (MAX_SENTENCE_CHARS // 4 + 1)).startswith("sentence too long")
    # A long line of short sentences is fine: the bound is on sentences, not lines.
    assert over_limits("Hội nghị bế mạc. " * (MAX_SENTENCE_CHARS // 10)) is None


def test_cleaning_quarantines_past_the_limits_and_keeps_the_rest() -> None:
    records = [
        asdict(sources.RawDocument("ok", "ok.txt", "1", raw=ARTICLE.encode())),
        asdict(sources.RawDocument("long", "long.txt", "2", raw=(ARTICLE + "chữ " * 50).encode())),
    ]
    out = clean_frame(ingest_frame(records), Limits(max_sentence_chars=150))
    status = dict(zip(out["source_id"], out["status_reason"], strict=True))
    assert status["long"].startswith("sentence too long to extract: ")
    assert out.filter(pl.col("source_id") == "ok")["status"].item() == "loaded"


def test_a_document_that_cleaning_fails_on_is_quarantined_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import transforms.cleaning.frames as documents

    real = documents.clean_document

    def fails_on_one(text: str, **kwargs: object) -> object:
        if "thứ 13" in text:
            raise ValueError("boom")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(documents, "clean_document", fails_on_one)
    monkeypatch.setattr(documents, "learn_site_chrome", lambda *_: 1 / 0)  # batch-level learning fails too
    records = [asdict(sources.RawDocument(f"d{n}", "x", str(n), raw=_article(n).encode())) for n in (12, 13)]
    out = clean_frame(ingest_frame(records))
    reasons = dict(zip(out["source_id"], out["status_reason"], strict=True))
    assert reasons == {"d12": None, "d13": "failed: cleaning raised ValueError: boom"}


def test_a_loaded_document_without_facts_is_quarantined() -> None:
    records = [asdict(sources.RawDocument(f"d{n}", "x", str(n), raw=_article(n).encode())) for n in (12, 13)]
    cleaned = clean_frame(ingest_frame(records))
    facts = pl.DataFrame([{"source_id": "d12"}], schema=DOCUMENT_FACTS)
    rows = document_rows(cleaned, facts, {"d12": b"a", "d13": b"b"})
    got = {r["source_id"]: (r["status"], r["status_reason"], r["minhash"]) for r in rows.to_dicts()}
    assert got == {"d12": ("loaded", None, b"a"), "d13": ("quarantined", EXTRACTION_FAILED, None)}


def test_reading_never_blocks_or_raises(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.jsonl")
    os.mkfifo(tmp_path / "pipe.txt")
    docs = [(d.source_id, d.error) for d in iter_documents([tmp_path, tmp_path / "pipe.txt"])]
    assert docs == [("pipe", "unreadable: not a regular file")] * 3


def test_json_lines_edge_records() -> None:
    def parse(line: bytes) -> sources.RawDocument:
        return parse_jsonl_record(line, stem="f", source_path="f.jsonl", lineno=3)

    assert parse(b"[" * 50_000).error == "not JSON: nested too deeply"
    assert parse(b'{"id": ' + b"1" * 5000 + b"}").error.startswith("not JSON: Exceeds the limit")
    assert parse(b'{"id": "a", "text": "\\ud800x"}').text == "\ufffdx"
    assert parse(b'{"id": {"x": 1}, "text": "x"}').source_id == "f#3"
    assert parse(b'{"id": "a", "text": "x", "title": "' + b"t" * 5000 + b'"}').title_hint is None
    assert parse(b'\xff{"id": 1}').error == "not JSON: invalid UTF-8 at byte 0"


def test_a_record_past_the_bound_is_skipped_unread_with_its_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl, "MAX_DOCUMENT_BYTES", 100)
    lines = [
        json.dumps({"id": "big", "text": "x" * 500}),
        json.dumps({"text": "y" * 500}),
        json.dumps({"id": "small", "text": "z"}),
    ]
    path = tmp_path / "f.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(iter_documents([path]))
    assert [(d.source_id, d.error) for d in docs] == [
        ("big", f"too large: {len(lines[0]) + 1} bytes"),
        ("f#2", f"too large: {len(lines[1]) + 1} bytes"),
        ("small", None),
    ]
    assert docs[0].content_sha256 == sources.sha256((lines[0] + "\n").encode())

"""WARC input: an archive written with warcio (as crawlers write them) reads as one document per HTML page, with
its URL and fetch time; other records are not documents; a cut-off archive keeps the pages before the cut; the
warehouse's own files and hidden files inside an input folder are never read; the progress bar's count."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flows.counting import count_documents
from flows.sources import iter_documents

# Made-up pages of a made-up district portal.
PAGES = [
    (
        "https://ubnd.example.vn/tin/ky-hop-thu-9",
        "2023-07-14T02:30:00Z",
        "<html><head><title>Kỳ họp thứ 9 HĐND huyện</title></head><body><p>Ngày 13/7/2023, HĐND huyện tổ chức kỳ "
        "họp thứ 9, khóa XXI. Ông Lê Văn Tâm, Chủ tịch HĐND huyện chủ trì.</p></body></html>",
    ),
    (
        "https://ubnd.example.vn/tin/hoi-nghi-so-ket",
        "2023-07-15T09:00:00Z",
        "<html><body><p>Hội nghị sơ kết 6 tháng đầu năm của UBND huyện.</p></body></html>",
    ),
]


def write_warc(path: Path, gz: bool = True) -> None:
    """Two HTML responses, an image response, a request and a metadata record, as a crawler writes them."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for url, date, html in PAGES:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=http,
                warc_headers_dict={"WARC-Date": date},
            )  # fmt: skip
            writer.write_record(record)
            writer.write_record(
                writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://ubnd.example.vn/logo.png", "response", payload=io.BytesIO(b"\x89PNG..."), http_headers=image
            )
        )
        writer.write_record(writer.create_warc_record("https://ubnd.example.vn/", "metadata", payload=io.BytesIO(b"x")))


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_a_warc_reads_as_its_html_pages_with_url_and_fetch_time(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, gz)
    docs = list(iter_documents([path]))
    assert [d.source_id for d in docs] == [url for url, _, _ in PAGES]
    assert [d.url for d in docs] == [url for url, _, _ in PAGES]
    assert [d.fetched_at for d in docs] == [date for _, date, _ in PAGES]
    assert all(d.is_html and d.error is None for d in docs)
    assert docs[0].raw is not None and "Kỳ họp thứ 9".encode() in docs[0].raw
    assert docs[0].source_path.startswith(str(path) + "@")
    assert count_documents([path]) == 2


def test_a_cut_off_warc_keeps_the_pages_before_the_cut(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, gz=False)
    data = whole.read_bytes()
    second = data.index(b"WARC/1.0", data.index(b"ky-hop-thu-9") + 1)  # the request after the first page
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(gzip.compress(data)[: len(gzip.compress(data[:second])) - 10])
    docs = list(iter_documents([cut]))
    assert docs[0].source_id == PAGES[0][0] and docs[0].error is None and docs[0].raw
    assert all(d.source_id != PAGES[1][0] for d in docs)


def test_a_file_that_is_not_a_warc_is_one_quarantined_document(tmp_path: Path) -> None:
    (tmp_path / "notes.warc").write_text("Biên bản kỳ họp, không phải WARC\n", encoding="utf-8")
    [doc] = iter_documents([tmp_path / "notes.warc"])
    assert doc.error is not None and doc.error.startswith("corrupt WARC") and doc.source_id == "notes#1"


def test_the_warehouse_and_hidden_files_in_an_input_folder_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "tin.txt").write_text("Hội nghị", encoding="utf-8")
    for name in ("localgov.duckdb", "localgov.duckdb.wal", "localgov.duckdb.lock", "other.wal", ".notes.txt"):
        (tmp_path / name).write_bytes(b"\x00binary")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    (tmp_path / "store.db").write_bytes(b"\x00")  # a warehouse by another name, given as --db
    from flows.sources import warehouse_files

    docs = list(iter_documents([tmp_path], exclude=warehouse_files(tmp_path / "store.db")))
    assert [d.source_id for d in docs] == ["tin"]
    assert count_documents([tmp_path]) == 2  # tin.txt and store.db: the count has no --db to go by


def test_the_progress_total_counts_records(tmp_path: Path) -> None:
    lines = "\n".join(json.dumps({"id": str(i), "text": "Hội nghị"}) for i in range(7))
    (tmp_path / "a.jsonl").write_text(lines, encoding="utf-8")  # no newline after the last record
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(lines + "\n")
    (tmp_path / "c.txt").write_text("Kỳ họp", encoding="utf-8")
    assert count_documents([tmp_path]) == 15


@pytest.mark.slow
def test_a_warc_loads_into_the_warehouse_with_its_urls(prefect_server: None, tmp_path: Path) -> None:
    import duckdb

    from flows.pipeline import pipeline

    write_warc(tmp_path / "crawl.warc.gz")
    db = tmp_path / "w.duckdb"
    result = pipeline(paths=[str(tmp_path)], db_path=str(db))
    assert result["counts"]["seen"] == 2
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("select source_id, url, status from mart.documents order by url desc").fetchall()
    finally:
        con.close()
    assert [(r[0], r[1]) for r in rows] == [(url, url) for url, _, _ in PAGES]
    assert rows[0][2] == "loaded"  # the council session page is local-government news

"""The query "who chaired each provincial People's Council, by term" on a warehouse built from made-up articles by
the pipeline's own extraction, normalisation and loader: one row per council, term and chair, a chair named by two
reports of one term one row, the next term's chair another, and the council of a province merged in 2025 a council
of its own."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import polars as pl
import pytest

from flows.tasks import gazetteer
from tests.conftest import ROOT, make_context
from transforms.extraction import extract_document
from transforms.normalize import document_rows, normalize_frames
from transforms.schemas import CLEANED
from warehouse.db import connect
from warehouse.load import load_batch

QUERY = ROOT / "queries" / "who_chaired_each_provincial_council_by_term.sql"
ARTICLES = {
    "a1": (datetime(2018, 7, 12), "Sáng 12/7, HĐND tỉnh Cao Bằng khóa XVI khai mạc kỳ họp thứ 6. "
                                  "Ông Lý Văn Khánh, Chủ tịch HĐND tỉnh, chủ trì kỳ họp."),
    "a2": (datetime(2019, 12, 5), "Chiều 5/12, kỳ họp thứ 9 HĐND tỉnh Cao Bằng khóa XVI bế mạc. "
                                  "Chủ tịch HĐND tỉnh Lý Văn Khánh phát biểu bế mạc kỳ họp."),
    "a3": (datetime(2022, 7, 14), "Ngày 14/7, HĐND tỉnh Cao Bằng khóa XVII họp kỳ thứ 7. "
                                  "Bà Nông Thị Hạnh, Chủ tịch HĐND tỉnh, điều hành kỳ họp."),
    # after the reform: Lào Cai merged with Yên Bái, a new council
    "a4": (datetime(2025, 12, 9), "Sáng 9/12, HĐND tỉnh Lào Cai khóa XVI khai mạc kỳ họp thứ 5. "
                                  "Ông Hà Văn Phúc, Chủ tịch HĐND tỉnh, chủ trì kỳ họp."),
}  # fmt: skip


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    places = gazetteer()
    extracted, cleaned = [], []
    for source_id, (published, text) in ARTICLES.items():
        extracted.append((source_id, text, extract_document(make_context(text, published_at=published), places)))
        cleaned.append({c: None for c in CLEANED} | {
            "source_id": source_id, "source_path": f"{source_id}.txt", "content_sha256": f"sha-{source_id}",
            "status": "loaded", "authors": [], "is_relevant": True, "clean_text": text, "published_at": published,
        })  # fmt: skip
    facts = normalize_frames(extracted, places)
    path = tmp_path_factory.mktemp("chairs") / "w.duckdb"
    con = connect(path)
    try:
        docs = document_rows(pl.DataFrame(cleaned, schema=CLEANED), facts.documents, {})
        load_batch(con, docs, facts, run_id="run", version="test")
    finally:
        con.close()
    return path


def test_each_councils_chair_by_term(warehouse: Path) -> None:
    con = connect(warehouse, read_only=True)
    try:
        result = con.sql(QUERY.read_text(encoding="utf-8"))
        rows = [dict(zip(result.columns, r, strict=True)) for r in result.fetchall()]
    finally:
        con.close()
    assert [(r["council"], r["era"], r["term_years"], r["term"], r["person_name"], r["n_documents"]) for r in rows] == [
        ("HĐND tỉnh Cao Bằng", "legacy", "2016–2021", "XVI", "Lý Văn Khánh", 2),
        ("HĐND tỉnh Cao Bằng", "legacy", "2021–2026", "XVII", "Nông Thị Hạnh", 1),
        ("HĐND tỉnh Lào Cai", "2025", "2021–2026", "XVI", "Hà Văn Phúc", 1),
    ]
    assert rows[0]["source_ids"] == "a1, a2"

"""One meeting, many reports: reports of one body's meeting by several articles are one row of mart.meetings, each
report keeps its row of mart.sessions with the meeting's id, and two meetings of one body on different days are
never one. Canonical bodies and office holders read back as the analyst queries them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest

from transforms.normalize.bodies import body_id
from transforms.schemas import CLEANED, DOCUMENT_FACTS, INDICATORS, ROLES, SESSIONS, Facts
from warehouse.db import connect
from warehouse.load import load_batch

COUNCIL = body_id("peoples_council", "province", "legacy:province:20", None)
TEXT = "Kỳ họp thứ 4 HĐND tỉnh khai mạc. Ông Lê Minh Tâm, Chủ tịch HĐND tỉnh, chủ trì."


def _document(source_id: str, published: datetime) -> dict[str, Any]:
    row = {c: None for c in CLEANED} | {c: None for c in DOCUMENT_FACTS}
    row.update(source_id=source_id, source_path=f"{source_id}.txt", content_sha256=f"sha-{source_id}",
               status="loaded", authors=[], is_relevant=True, clean_text=TEXT, published_at=published,
               province_key="legacy:province:20")  # fmt: skip
    return row


def _report(source_id: str, **values: Any) -> dict[str, Any]:
    return {c: None for c in SESSIONS} | {
        "source_id": source_id, "seq": 0, "session_type": "council_session", "body_name": "HĐND tỉnh",
        "body_key": "hđnd tỉnh", "body_type": "peoples_council", "level": "province", "body_id": COUNCIL,
        "body_canonical_name": "HĐND tỉnh Lạng Sơn", "body_unit_key": "legacy:province:20", "province_code": "20",
        "char_start": 0, "char_end": 12, "sentence_start": 0, "sentence_end": 32, "evidence": TEXT[:32],
    } | values  # fmt: skip


def _chair(source_id: str) -> dict[str, Any]:
    return {c: None for c in ROLES} | {
        "source_id": source_id, "seq": 0, "person_name": "Lê Minh Tâm", "name_key": "lê minh tâm",
        "person_scope": "20", "position": "chair", "organization_type": "peoples_council", "level": "province",
        "title_text": "Chủ tịch HĐND tỉnh", "body_id": COUNCIL, "body_canonical_name": "HĐND tỉnh Lạng Sơn",
        "unit_key": "legacy:province:20", "char_start": 33, "char_end": 44, "sentence_start": 33,
        "sentence_end": len(TEXT), "evidence": TEXT[33:],
    }  # fmt: skip


# Three reports of the 4th session (9-11 December 2021): one gives its opening day, one its three days, one no day at
# all; then a report of the 5th session, and one of a meeting of the same council on another day with no number.
REPORTS = {
    "r1": (datetime(2021, 12, 9), {"ordinal": 4, "term": "XVII", "start_date": date(2021, 12, 9),
                                   "end_date": date(2021, 12, 9)}),
    "r2": (datetime(2021, 12, 12), {"ordinal": 4, "term": "XVII", "start_date": date(2021, 12, 9),
                                    "end_date": date(2021, 12, 11)}),
    "r3": (datetime(2021, 12, 10), {"ordinal": 4}),
    "r4": (datetime(2022, 7, 11), {"ordinal": 5, "term": "XVII", "start_date": date(2022, 7, 10),
                                   "end_date": date(2022, 7, 10)}),
    "r5": (datetime(2021, 12, 21), {"start_date": date(2021, 12, 20), "end_date": date(2021, 12, 20)}),
}  # fmt: skip


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    path: Path = tmp_path_factory.mktemp("meetings") / "w.duckdb"
    con = connect(path)
    docs = pl.DataFrame(
        [_document(sid, published) for sid, (published, _) in REPORTS.items()], schema=CLEANED | DOCUMENT_FACTS
    ).with_columns(pl.lit(None, dtype=pl.Binary).alias("minhash"))
    facts = Facts(
        documents=pl.DataFrame(schema=DOCUMENT_FACTS),
        sessions=pl.DataFrame([_report(sid, **values) for sid, (_, values) in REPORTS.items()], schema=SESSIONS),
        roles=pl.DataFrame([_chair("r1"), _chair("r4")], schema=ROLES),
        indicators=pl.DataFrame(schema=INDICATORS),
    )  # fmt: skip
    load_batch(con, docs, facts, run_id="run", version="test")
    return con


def test_three_reports_of_one_session_are_one_meeting(con: duckdb.DuckDBPyConnection) -> None:
    meetings = con.execute(
        "select ordinal, start_date, end_date, n_reports, source_ids, body_name from mart.meetings order by all"
    ).fetchall()
    assert meetings == [
        (4, date(2021, 12, 9), date(2021, 12, 11), 3, ["r1", "r2", "r3"], "HĐND tỉnh Lạng Sơn"),
        (5, date(2022, 7, 10), date(2022, 7, 10), 1, ["r4"], "HĐND tỉnh Lạng Sơn"),
        (None, date(2021, 12, 20), date(2021, 12, 20), 1, ["r5"], "HĐND tỉnh Lạng Sơn"),
    ]


def test_each_report_keeps_its_row_with_the_meetings_id(con: duckdb.DuckDBPyConnection) -> None:
    rows = dict(con.execute("select source_id, meeting_id from mart.sessions").fetchall())
    assert len(rows) == 5
    assert rows["r1"] == rows["r2"] == rows["r3"]
    assert len({rows["r1"], rows["r4"], rows["r5"]}) == 3


def test_one_body_whatever_its_reports_call_it(con: duckdb.DuckDBPyConnection) -> None:
    assert con.execute("select body_id, body_name, unit_key, era from core.dim_body").fetchall() == [
        (COUNCIL, "HĐND tỉnh Lạng Sơn", "legacy:province:20", "legacy")
    ]
    assert con.execute("select alias from core.dim_body_alias").fetchall() == [("HĐND tỉnh",)]


def test_an_office_holder_is_one_row_with_its_first_and_last_mention(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "select person_name, position, body_name, first_seen, last_seen, n_documents, source_ids "
        "from mart.office_holders"
    ).fetchall()
    assert rows == [
        ("Lê Minh Tâm", "chair", "HĐND tỉnh Lạng Sơn", date(2021, 12, 9), date(2022, 7, 10), 2, ["r1", "r4"])
    ]

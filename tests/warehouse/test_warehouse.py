"""The warehouse: schema applied once, the public views exactly as CONTRACT.md lists them, batch loads that replace
a document's facts and nothing else, and one writer at a time."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import polars as pl
import pytest

from transforms.schemas import CLEANED, DOCUMENT_FACTS, INDICATORS, ROLES, SESSIONS, Facts
from warehouse.attach import ROW_GROUP_ROWS
from warehouse.db import WarehouseBusy, connect, migrations, schema_version
from warehouse.load import load_batch

# CONTRACT.md, column by column (the views may add columns, never drop or retype these).
CONTRACT = {
    "documents": {
        "source_id": "VARCHAR", "source_path": "VARCHAR", "content_sha256": "VARCHAR", "status": "VARCHAR",
        "status_reason": "VARCHAR", "title": "VARCHAR", "published_at": "TIMESTAMP", "event_date": "DATE",
        "authors": "VARCHAR[]", "province_code": "VARCHAR", "province_name": "VARCHAR", "district_code": "VARCHAR",
        "district_name": "VARCHAR", "district_type": "VARCHAR", "is_relevant": "BOOLEAN", "clean_text": "VARCHAR",
    },
    "sessions": {
        "session_id": "VARCHAR", "source_id": "VARCHAR", "body_id": "VARCHAR", "body_name": "VARCHAR",
        "body_type": "VARCHAR", "level": "VARCHAR", "session_type": "VARCHAR", "ordinal": "INTEGER",
        "term": "VARCHAR", "term_start_year": "INTEGER", "term_end_year": "INTEGER", "start_date": "DATE",
        "end_date": "DATE", "province_code": "VARCHAR", "district_code": "VARCHAR", "district_name": "VARCHAR",
        "evidence": "VARCHAR",
    },
    "person_roles": {
        "source_id": "VARCHAR", "person_id": "VARCHAR", "person_name": "VARCHAR", "position": "VARCHAR",
        "organization_type": "VARCHAR", "level": "VARCHAR", "title_text": "VARCHAR", "session_id": "VARCHAR",
        "evidence": "VARCHAR",
    },
    "indicator_values": {
        "source_id": "VARCHAR", "session_id": "VARCHAR", "indicator_code": "VARCHAR", "indicator_label": "VARCHAR",
        "value": "DOUBLE", "unit": "VARCHAR", "qualifier": "VARCHAR", "measure": "VARCHAR", "period_label": "VARCHAR",
        "period_start": "DATE", "period_end": "DATE", "province_code": "VARCHAR", "district_code": "VARCHAR",
        "evidence": "VARCHAR", "char_start": "INTEGER", "char_end": "INTEGER",
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    return connect(tmp_path_factory.mktemp("wh") / "w.duckdb")


@pytest.mark.parametrize("view", sorted(CONTRACT))
def test_mart_views_have_every_contract_column_with_its_type(con: duckdb.DuckDBPyConnection, view: str) -> None:
    described = {name: kind for name, kind, *_ in con.execute(f"describe mart.{view}").fetchall()}
    missing = {c: t for c, t in CONTRACT[view].items() if described.get(c) != t}
    assert not missing, f"mart.{view}: expected {missing}, found { {c: described.get(c) for c in missing} }"


def test_migrations_apply_once(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    connect(path).close()
    con = connect(path)
    assert schema_version(con) == migrations()[-1][0]
    assert con.execute("select count(*) from meta.schema_version").fetchall()[0][0] == len(migrations())


def test_reference_dimensions(con: duckdb.DuckDBPyConnection) -> None:
    counts = dict(
        con.execute(
            "select level, count(*) from core.dim_admin_unit where era = 'legacy' and successor_keys is null group by 1"
        ).fetchall()
    )
    assert counts["province"] == 63 and counts["district"] == 696 and counts["commune"] > 10_000
    # and the districts dissolved before the snapshot, each pointing at units of it
    assert con.execute(
        "select count(*), count(*) filter (where s.unit_key is null) from core.dim_admin_unit d, "
        "unnest(d.successor_keys) k(key) left join core.dim_admin_unit s on s.unit_key = k.key"
    ).fetchall()[0] == (25, 0)
    assert con.execute("select count(*) from core.dim_indicator").fetchall()[0][0] >= 35
    assert con.execute(
        "select year, quarter, weekday from core.dim_date where date_key = date '2020-05-07'"
    ).fetchall() == [(2020, 2, 4)]


def _documents(source_id: str, sha: str) -> pl.DataFrame:
    row = {c: None for c in CLEANED}
    row.update(source_id=source_id, source_path=f"{source_id}.txt", content_sha256=sha, status="loaded",
               authors=[], is_relevant=True, clean_text="Hội nghị. Thu ngân sách đạt 34 tỷ đồng.")  # fmt: skip
    docs = pl.DataFrame([row], schema=CLEANED)
    facts = pl.DataFrame(
        [{"source_id": source_id, "event_date": date(2020, 9, 15), "province_key": "legacy:province:20",
          "district_key": "legacy:district:181"}], schema=DOCUMENT_FACTS)  # fmt: skip
    return docs.join(facts, on="source_id").with_columns(pl.lit(None, dtype=pl.Binary).alias("minhash"))


def _facts(source_id: str, value: float) -> Facts:
    session = {c: None for c in SESSIONS} | {
        "source_id": source_id, "seq": 0, "session_type": "conference", "body_name": "Huyện ủy",
        "body_key": "huyện ủy", "body_type": "party_committee", "level": "district", "start_date": date(2020, 9, 15),
        "end_date": date(2020, 9, 15), "province_code": "20", "district_code": "181", "char_start": 0, "char_end": 8,
        "sentence_start": 0, "sentence_end": 9, "evidence": "Hội nghị.",
    }  # fmt: skip
    role = {c: None for c in ROLES} | {
        "source_id": source_id, "seq": 0, "person_name": "Trần Văn A", "name_key": "trần văn a",
        "person_scope": "20", "position": "secretary", "organization_type": "party_committee", "level": "district",
        "char_start": 0, "char_end": 3, "sentence_start": 0, "sentence_end": 9, "evidence": "Hội nghị.",
    }  # fmt: skip
    figure = {c: None for c in INDICATORS} | {
        "source_id": source_id, "seq": 0, "value": value, "unit": "VND", "measure": "actual",
        "figure_text": "34 tỷ đồng", "indicator_code": "budget_revenue", "char_start": 25, "char_end": 35,
        "sentence_start": 10, "sentence_end": 38, "evidence": "Thu ngân sách đạt 34 tỷ đồng.",
    }  # fmt: skip
    return Facts(
        documents=pl.DataFrame(schema=DOCUMENT_FACTS),
        sessions=pl.DataFrame([session], schema=SESSIONS),
        roles=pl.DataFrame([role], schema=ROLES),
        indicators=pl.DataFrame([figure], schema=INDICATORS),
    )


def test_a_changed_document_replaces_only_its_own_facts(tmp_path: Path) -> None:
    con = connect(tmp_path / "l.duckdb")
    load_batch(con, pl.concat([_documents("a", "1"), _documents("b", "1")]),
               _merge(_facts("a", 1.0), _facts("b", 2.0)), run_id="r1", version="t")  # fmt: skip
    load_batch(con, _documents("a", "2"), _facts("a", 3.0), run_id="r2", version="t")
    values = con.execute("select source_id, value from mart.indicator_values order by 1").fetchall()
    assert values == [("a", 3.0), ("b", 2.0)]
    assert con.execute("select count(*) from mart.sessions").fetchall()[0][0] == 2
    roles = con.execute("select source_id, person_name, session_id is not null from mart.person_roles order by 1")
    assert roles.fetchall() == [("a", "Trần Văn A", True), ("b", "Trần Văn A", True)]
    assert con.execute("select count(distinct person_id) from mart.person_roles").fetchall()[0][0] == 1
    doc = con.execute("select district_name, province_name, district_type from mart.documents where source_id = 'a'")
    assert doc.fetchall() == [("Bình Gia", "Lạng Sơn", "huyện")]  # GSO district 181


def test_a_failed_batch_leaves_nothing(tmp_path: Path) -> None:
    con = connect(tmp_path / "f.duckdb")
    broken = _facts("a", 1.0)
    broken.indicators = broken.indicators.with_columns(pl.lit(None, dtype=pl.Float64).alias("value"))  # NOT NULL
    with pytest.raises(duckdb.ConstraintException):
        load_batch(con, _documents("a", "1"), broken, run_id="r1", version="t")
    assert con.execute("select count(*) from core.documents").fetchall()[0][0] == 0
    assert con.execute("select count(*) from core.fact_session").fetchall()[0][0] == 0


def _merge(a: Facts, b: Facts) -> Facts:
    return Facts(*(pl.concat([x, y]) for x, y in zip(
        (a.documents, a.sessions, a.roles, a.indicators), (b.documents, b.sessions, b.roles, b.indicators), strict=True
    )))  # fmt: skip


def test_a_second_writer_is_told_the_warehouse_is_busy(tmp_path: Path) -> None:
    path = tmp_path / "busy.duckdb"
    connect(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys, time; c = duckdb.connect({str(path)!r}); print('ok', flush=True);"
         " sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(WarehouseBusy, match="in use by another process"):
            connect(path)
    finally:
        holder.communicate("")


def test_people_with_the_same_surname_and_last_given_name_stay_two(tmp_path: Path) -> None:
    con = connect(tmp_path / "p.duckdb")
    facts = _facts("a", 1.0)
    second = facts.roles.with_columns(
        pl.lit(1, dtype=pl.Int32).alias("seq"),
        pl.lit("Nguyễn Mạnh Thắng").alias("person_name"),
        pl.lit("nguyễn mạnh thắng").alias("name_key"),
    )
    first = facts.roles.with_columns(pl.lit("Nguyễn Minh Thắng").alias("person_name"),
                                     pl.lit("nguyễn minh thắng").alias("name_key"))  # fmt: skip
    facts.roles = pl.concat([first, second])
    load_batch(con, _documents("a", "1"), facts, run_id="r1", version="t")
    load_batch(con, _documents("b", "1"), _merge_roles(_facts("b", 2.0), "Nguyễn Minh Thắng"), run_id="r1", version="t")
    ids = dict(
        con.execute("select person_name, count(distinct person_id) from mart.person_roles group by 1").fetchall()
    )
    assert ids == {"Nguyễn Minh Thắng": 1, "Nguyễn Mạnh Thắng": 1}
    assert con.execute("select count(distinct person_id) from mart.person_roles").fetchall()[0][0] == 2
    docs = con.execute(
        "select count(distinct source_id) from mart.person_roles where person_name = ?", ["Nguyễn Minh Thắng"]
    )
    assert docs.fetchall()[0][0] == 2  # one person across two documents


def _merge_roles(facts: Facts, name: str) -> Facts:
    from transforms.text.keys import match_key

    facts.roles = facts.roles.with_columns(pl.lit(name).alias("person_name"), pl.lit(match_key(name)).alias("name_key"))
    return facts


def test_a_documents_fetch_time_and_the_basis_of_its_event_date_reach_the_mart(tmp_path: Path) -> None:
    con = connect(tmp_path / "t.duckdb")
    docs = _documents("a", "1").with_columns(
        pl.lit(datetime(2024, 5, 20, 10, 30)).alias("fetched_at"), pl.lit("published").alias("event_date_basis")
    )
    load_batch(con, docs, _facts("a", 1.0), run_id="r1", version="t")
    row = con.execute("select fetched_at, event_date, event_date_basis from mart.documents").fetchall()
    assert row == [(datetime(2024, 5, 20, 10, 30), date(2020, 9, 15), "published")]


def test_a_person_named_with_no_current_role_is_a_row_without_a_position(tmp_path: Path) -> None:
    facts = _facts("a", 1.0)
    roleless = facts.roles.with_columns(
        seq=pl.lit(1, dtype=pl.Int32), person_name=pl.lit("Lê Văn B"), name_key=pl.lit("lê văn b"),
        position=pl.lit(None, dtype=pl.String), organization_type=pl.lit(None, dtype=pl.String),
        level=pl.lit(None, dtype=pl.String), title_text=pl.lit("nguyên Bí thư Huyện ủy"),
    )  # fmt: skip
    facts = Facts(facts.documents, facts.sessions, pl.concat([facts.roles, roleless]), facts.indicators)
    con = connect(tmp_path / "p.duckdb")
    load_batch(con, _documents("a", "1"), facts, run_id="r1", version="t")
    rows = con.execute("select person_name, position, organization_type, level from mart.person_roles order by 1")
    assert rows.fetchall() == [
        ("Lê Văn B", None, None, None),
        ("Trần Văn A", "secretary", "party_committee", "district"),
    ]
    assert con.execute("select count(distinct person_id) from mart.person_roles").fetchall()[0][0] == 2


def test_a_document_demoted_to_a_copy_keeps_none_of_its_document_facts(tmp_path: Path) -> None:
    # as a copy read in the first place has none: an incremental run ends where a fresh one would
    con = connect(tmp_path / "c.duckdb")
    docs = pl.concat([_documents("a", "1"), _documents("b", "1")]).with_columns(
        pl.lit("stated").alias("event_date_basis")
    )
    load_batch(con, docs, _merge(_facts("a", 1.0), _facts("b", 2.0)), run_id="r1", version="t")
    demoted = pl.DataFrame({"source_id": ["b"], "duplicate_of": ["a"], "status_reason": ["same text as a"]})
    nothing = Facts.empty()
    load_batch(con, _documents("a", "1").clear(), nothing, run_id="r2", version="t", demoted=demoted)
    columns = ", ".join(c for c in DOCUMENT_FACTS if c != "source_id")
    row = con.execute(f"select status, {columns} from core.documents where source_id = 'b'").fetchall()
    assert row == [("duplicate", *([None] * (len(DOCUMENT_FACTS) - 1)))]


def test_a_full_load_group_loads_and_replaces_within_the_runs_buffer_pool(tmp_path: Path) -> None:
    """`LOAD_BYTES` of documents, loaded, then loaded again as changed documents (every row replaced, as a run after
    a version change does), in a warehouse opened as a run opens it: neither load runs out of DuckDB's memory."""
    from flows.load_groups import LOAD_BYTES
    from flows.pipeline import DUCKDB_MEMORY_LIMIT

    body = "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ hai. " * 60  # about 3 KB, a crawl page's length
    n = LOAD_BYTES // len(body.encode())
    template = _documents("x", "1")
    docs = pl.concat([template] * n).with_columns(
        source_id=pl.format("doc-{}", pl.int_range(n)), clean_text=pl.lit(body) + pl.int_range(n).cast(pl.String)
    )
    assert docs.estimated_size() >= LOAD_BYTES
    path = tmp_path / "pool.duckdb"
    connect(path).close()
    con = connect(path, memory_limit=DUCKDB_MEMORY_LIMIT, threads=1, prepare=False)
    none = Facts.empty()
    load_batch(con, docs, none, run_id="r1", version="t")
    load_batch(con, docs.with_columns(content_sha256=pl.lit("2")), none, run_id="r2", version="t")
    assert con.execute("select count(*), count(distinct content_sha256) from core.documents").fetchall() == [(n, 1)]
    assert con.execute("select max(content_sha256) from core.documents").fetchall()[0][0] == "2"


def test_a_writer_appends_in_small_row_groups_and_a_load_leaves_the_earlier_ones_as_written(tmp_path: Path) -> None:
    path = tmp_path / "g.duckdb"
    blocks = "select row_group_id, block_id from pragma_storage_info('core.documents') where column_name = 'clean_text'"
    con = connect(path)
    docs = pl.concat([_documents(f"d{i}", "1") for i in range(3 * ROW_GROUP_ROWS)])
    load_batch(con, docs, Facts.empty(), run_id="r1", version="t")
    con.close()  # the checkpoint writes the row groups
    con = connect(path, prepare=False)
    before = set(con.execute(blocks).fetchall())
    assert {group for group, _ in before} == {0, 1, 2}
    load_batch(con, _documents("late", "1"), _facts("late", 1.0), run_id="r2", version="t")
    con.close()
    con = connect(path, read_only=True)
    after = set(con.execute(blocks).fetchall())
    assert {(g, b) for g, b in before if g < 2} <= after  # the first row groups were not written again
    assert con.execute("select count(*) from core.documents").fetchall()[0][0] == 3 * ROW_GROUP_ROWS + 1

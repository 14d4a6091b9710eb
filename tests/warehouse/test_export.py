"""Exports: every table read back with polars and DuckDB matches the warehouse (rows with no province or year
included), every public column is described, a re-export replaces the old one, and CSV works too.

`build_sample_warehouse` makes a small warehouse from rows written here (other tests import it).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest

from transforms.normalize.bodies import body_id
from transforms.schemas import CLEANED, DOCUMENT_FACTS, INDICATORS, ROLES, SESSIONS, Facts
from warehouse.db import connect
from warehouse.dictionary import COLUMN_CODE_LISTS, load_comments, missing_descriptions, parse_comments
from warehouse.export import TABLES, export_warehouse
from warehouse.load import finish_run, load_batch, start_run

TEXT_A = (
    "Ngày 15/9/2020, Ban Chấp hành Đảng bộ huyện Bình Gia tổ chức Hội nghị lần thứ 2. "
    "Đồng chí Trần Văn An, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì. "
    "Tổng thu ngân sách đạt 34,5 tỷ đồng, bằng 120% cùng kỳ."
)
TEXT_B = "Sáng 7/5/2021, HĐND thị xã tổ chức kỳ họp thứ 3. Bà Lê Thị Bình, Chủ tịch HĐND thị xã, phát biểu."
TEXT_C = "Hội nghị giao ban <quý> & tổng kết; tổ chức 13 cuộc giám sát."
TEXT_D = (
    "Ngày 9/12/2021, HĐND tỉnh Lạng Sơn khóa XVII khai mạc kỳ họp thứ 4. Bà Hà Thị Lan, Chủ tịch HĐND tỉnh, chủ trì."
)
TEXT_E = "Sáng 9/12/2021, kỳ họp thứ 4 HĐND tỉnh khóa XVII khai mạc. Bà Hà Thị Lan, Chủ tịch HĐND tỉnh, phát biểu."

# The canonical bodies of the samples (transforms.normalize.bodies): a district Party committee, a town council and
# a provincial council reported by two documents.
BODIES = {
    "a": ("party_committee", "district", "legacy:district:181", "Huyện ủy Bình Gia"),
    "b": ("peoples_council", "district", "legacy:district:437", "HĐND thị xã Hồng Lĩnh"),
    "d": ("peoples_council", "province", "legacy:province:20", "HĐND tỉnh Lạng Sơn"),
}


def _body(key: str) -> dict[str, Any]:
    body_type, level, unit, name = BODIES[key]
    return {"body_id": body_id(body_type, level, unit, None), "body_canonical_name": name}


def _span(text: str, words: str) -> dict[str, Any]:
    start = text.index(words)
    sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    end_dot = text.find(".", start + len(words))
    sentence_end = len(text) if end_dot < 0 else end_dot + 1
    return {
        "char_start": start,
        "char_end": start + len(words),
        "sentence_start": sentence_start,
        "sentence_end": sentence_end,
        "evidence": text[sentence_start:sentence_end],
    }


def _document(source_id: str, text: str | None, *, status: str = "loaded", **facts: Any) -> dict[str, Any]:
    row = {c: None for c in CLEANED} | {c: None for c in DOCUMENT_FACTS}
    row.update(source_id=source_id, source_path=f"raw/{source_id}.txt", content_sha256=f"sha-{source_id}",
               status=status, authors=["Minh Anh"], is_relevant=status == "loaded", clean_text=text,
               title=f"Tin {source_id}")  # fmt: skip
    row.update(facts)
    return row


def _session(source_id: str, text: str, words: str, **values: Any) -> dict[str, Any]:
    return {c: None for c in SESSIONS} | {"source_id": source_id, "seq": 0} | _span(text, words) | values


def _role(source_id: str, seq: int, text: str, name: str, **values: Any) -> dict[str, Any]:
    key = name.lower()
    return {c: None for c in ROLES} | {"source_id": source_id, "seq": seq, "person_name": name, "name_key": key}\
        | _span(text, name) | values  # fmt: skip


def _figure(source_id: str, seq: int, text: str, words: str, **values: Any) -> dict[str, Any]:
    return {c: None for c in INDICATORS} | {"source_id": source_id, "seq": seq, "figure_text": words}\
        | _span(text, words) | values  # fmt: skip


def sample_rows() -> tuple[pl.DataFrame, Facts]:
    """Six documents: four placed and dated (two of them report one meeting), one with neither province nor date,
    one quarantined."""
    documents = [
        _document("a", TEXT_A, event_date=date(2020, 9, 15), province_key="legacy:province:20",
                  district_key="legacy:district:181"),
        _document("b", TEXT_B, event_date=date(2021, 5, 7), province_key="legacy:province:42",
                  district_key="legacy:district:437", published_at=datetime(2021, 5, 8, 9, 30)),
        _document("c", TEXT_C),
        _document("d", TEXT_D, event_date=date(2021, 12, 9), province_key="legacy:province:20"),
        _document("e", TEXT_E, event_date=date(2021, 12, 9), province_key="legacy:province:20"),
        _document("q", None, status="quarantined", status_reason="binary: not a text file"),
    ]  # fmt: skip
    sessions = [
        _session("a", TEXT_A, "Ban Chấp hành Đảng bộ huyện Bình Gia tổ chức Hội nghị lần thứ 2",
                 session_type="conference",
                 body_name="Ban Chấp hành Đảng bộ huyện Bình Gia", body_key="ban chấp hành đảng bộ huyện bình gia",
                 body_type="party_committee", level="district", ordinal=2, term="XXII", term_start_year=2020,
                 term_end_year=2025, start_date=date(2020, 9, 15), end_date=date(2020, 9, 15), province_code="20",
                 district_code="181", body_unit_key="legacy:district:181", **_body("a")),
        _session("b", TEXT_B, "HĐND thị xã tổ chức kỳ họp thứ 3", session_type="council_session",
                 body_name="HĐND thị xã", body_key="hđnd thị xã", body_type="peoples_council", level="district",
                 ordinal=3, start_date=date(2021, 5, 7), end_date=date(2021, 5, 7), province_code="42",
                 district_code="437", body_unit_key="legacy:district:437", **_body("b")),
        _session("c", TEXT_C, "Hội nghị giao ban", session_type="briefing"),
        *(_session(key, text, "kỳ họp thứ 4", session_type="council_session", body_name="HĐND tỉnh Lạng Sơn",
                   body_key="hđnd tỉnh lạng sơn", body_type="peoples_council", level="province", ordinal=4,
                   term="XVII", start_date=date(2021, 12, 9), end_date=date(2021, 12, 9), province_code="20",
                   body_unit_key="legacy:province:20", **_body("d"))
          for key, text in (("d", TEXT_D), ("e", TEXT_E))),
    ]  # fmt: skip
    roles = [
        _role("a", 0, TEXT_A, "Trần Văn An", person_scope="20", person_district="181", position="secretary",
              organization_type="party_committee", level="district", title_text="Bí thư Huyện ủy",
              unit_key="legacy:district:181", **_body("a")),
        _role("a", 1, TEXT_A, "Trần Văn An", person_scope="20", person_district="181", position="chair",
              organization_type="peoples_council", level="district", title_text="Chủ tịch HĐND huyện",
              unit_key="legacy:district:181"),
        _role("b", 0, TEXT_B, "Lê Thị Bình", person_scope="42", person_district="437", position="chair",
              organization_type="peoples_council", level="district", title_text="Chủ tịch HĐND thị xã",
              unit_key="legacy:district:437", **_body("b")),
        *(_role(key, 0, text, "Hà Thị Lan", person_scope="20", position="chair", organization_type="peoples_council",
                level="province", title_text="Chủ tịch HĐND tỉnh", unit_key="legacy:province:20", **_body("d"))
          for key, text in (("d", TEXT_D), ("e", TEXT_E))),
    ]  # fmt: skip
    figures = [
        _figure("a", 0, TEXT_A, "Tổng thu ngân sách đạt 34,5 tỷ đồng", value=34.5e9, unit="VND",
                indicator_code="budget_revenue", indicator_label="thu ngân sách", period_label="9 tháng đầu năm 2020",
                period_start=date(2020, 1, 1), period_end=date(2020, 9, 30)),
        _figure("a", 1, TEXT_A, "bằng 120% cùng kỳ", value=120.0, unit="percent",
                indicator_code="budget_revenue_vs_same_period", indicator_label="so với cùng kỳ"),
        _figure("c", 0, TEXT_C, "13 cuộc giám sát", value=13.0, unit="count", indicator_code="supervisions_held",
                indicator_label="cuộc giám sát"),
    ]  # fmt: skip
    docs = pl.DataFrame(documents, schema=CLEANED | DOCUMENT_FACTS).with_columns(
        pl.lit(None, dtype=pl.Binary).alias("minhash")
    )
    facts = Facts(
        documents=pl.DataFrame(schema=DOCUMENT_FACTS),
        sessions=pl.DataFrame(sessions, schema=SESSIONS),
        roles=pl.DataFrame(roles, schema=ROLES),
        indicators=pl.DataFrame(figures, schema=INDICATORS),
    )
    return docs, facts


def build_sample_warehouse(path: Path, run_id: str = "run-1", version: str = "0.1.0-test") -> Path:
    """A warehouse at `path` holding `sample_rows()`, loaded by one succeeded run."""
    con = connect(path)
    try:
        docs, facts = sample_rows()
        start_run(con, run_id, version, ["raw"], None)
        load_batch(con, docs, facts, run_id=run_id, version=version)
        finish_run(con, run_id, status="succeeded", counts={"seen": 4, "loaded": 3}, stage_seconds={"load": 0.1})
    finally:
        con.close()
    return path


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_warehouse(tmp_path_factory.mktemp("wh") / "sample.duckdb")


@pytest.fixture(scope="module")
def exported(warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("out") / "export"
    return out, export_warehouse(warehouse, out)


def _warehouse_frame(db: Path, name: str) -> pl.DataFrame:
    con = connect(db, read_only=True)
    try:
        return con.sql(f"select * from {name}").pl()
    finally:
        con.close()


def _read_polars(out: Path, path: str) -> pl.DataFrame:
    if path.endswith(".parquet"):
        return pl.read_parquet(out / path)
    return pl.read_parquet(out / path, hive_partitioning=True, hive_schema={"province": pl.String, "year": pl.Int32})


def _sorted(frame: pl.DataFrame) -> pl.DataFrame:
    """Rows in one order whatever the reader's: by every column that can be sorted."""
    return frame.sort([c for c, kind in frame.schema.items() if not isinstance(kind, pl.List)], nulls_last=True)


@pytest.mark.parametrize("name", [t.name for t in TABLES])
def test_every_table_reads_back_with_polars_equal_to_the_warehouse(
    warehouse: Path, exported: tuple[Path, dict[str, Any]], name: str
) -> None:
    out, result = exported
    expected = _warehouse_frame(warehouse, name)
    got = _read_polars(out, result["tables"][name]["path"])
    assert got.height == expected.height == result["tables"][name]["rows"]
    assert _sorted(got.select(expected.columns)).equals(_sorted(expected)), f"{name} differs after the round trip"


@pytest.mark.parametrize("name", [t.name for t in TABLES])
def test_every_table_reads_back_with_duckdb(warehouse: Path, exported: tuple[Path, dict[str, Any]], name: str) -> None:
    out, result = exported
    path = out / result["tables"][name]["path"]
    pattern = path if path.suffix else path / "**" / "*.parquet"
    got = duckdb.sql(f"select count(*) from read_parquet('{pattern}', hive_partitioning = true)").fetchall()[0][0]
    assert got == _warehouse_frame(warehouse, name).height


def test_rows_without_province_or_year_land_in_the_default_partition(exported: tuple[Path, dict[str, Any]]) -> None:
    out, _ = exported
    docs = pl.read_parquet(out / "mart/documents/", hive_partitioning=True, hive_schema={"province": pl.String,
                           "year": pl.Int32})  # fmt: skip
    placed = {r["source_id"]: (r["province"], r["year"]) for r in docs.iter_rows(named=True)}
    assert placed == {"a": ("20", 2020), "b": ("42", 2021), "c": (None, None), "d": ("20", 2021), "e": ("20", 2021),
                      "q": (None, None)}  # fmt: skip
    assert (out / "mart/documents/province=__HIVE_DEFAULT_PARTITION__/year=__HIVE_DEFAULT_PARTITION__").is_dir()
    # the province code inside the files keeps its text form, whatever readers infer for the directory
    assert docs.schema["province_code"] == pl.String


def test_fact_partitions_follow_the_meeting_then_the_document(exported: tuple[Path, dict[str, Any]]) -> None:
    out, _ = exported
    rows = duckdb.sql(
        f"select source_id, province::varchar, year from read_parquet('{out}/mart/person_roles/**/*.parquet', "
        "hive_partitioning = true) order by all"
    ).fetchall()
    assert rows == [("a", "20", 2020), ("a", "20", 2020), ("b", "42", 2021), ("d", "20", 2021), ("e", "20", 2021)]
    values = duckdb.sql(
        f"select source_id, value from read_parquet('{out}/mart/indicator_values/province=20/year=2020/*.parquet') "
        "order by value"
    ).fetchall()
    assert values == [("a", 120.0), ("a", 34.5e9)]


def test_the_files_are_zstd_compressed(exported: tuple[Path, dict[str, Any]]) -> None:
    out, _ = exported
    codecs = duckdb.sql(
        f"select distinct compression from parquet_metadata('{out}/mart/sessions/**/*.parquet')"
    ).fetchall()
    assert codecs == [("ZSTD",)]


def test_schema_json_and_dictionary_describe_every_table(
    warehouse: Path, exported: tuple[Path, dict[str, Any]]
) -> None:
    out, result = exported
    schema = json.loads((out / "schema.json").read_text(encoding="utf-8"))
    assert schema["provenance"]["last_run_id"] == result["run_id"] == "run-1"
    assert schema["provenance"]["pipeline_version"] == "0.1.0-test"
    by_name = {t["name"]: t for t in schema["tables"]}
    assert set(by_name) == {t.name for t in TABLES}
    assert by_name["mart.documents"]["rows"] == 6 and by_name["mart.sessions"]["rows"] == 5
    assert by_name["mart.meetings"]["rows"] == 4  # the two reports of the provincial council's session are one
    assert by_name["mart.sessions"]["grain"].startswith("One row per meeting")
    for table in schema["tables"]:
        assert table["grain"], table["name"]
        undescribed = [c["name"] for c in table["columns"] if not c["description"]]
        assert not undescribed, f"{table['name']}: {undescribed}"
    assert "budget_revenue" in schema["code_lists"]["indicator_code"]
    assert "council_session" in schema["code_lists"]["session_type"]
    text = (out / "DATA_DICTIONARY.md").read_text(encoding="utf-8")
    assert "run-1" in text and "0.1.0-test" in text
    assert "## mart.indicator_values" in text and "| `figure_text` | VARCHAR |" in text
    assert "`standing_deputy_secretary`" in text


def test_every_mart_column_has_a_description(warehouse: Path) -> None:
    con = connect(warehouse, read_only=True)
    try:
        views = [f"mart.{v}" for (v,) in con.execute("select view_name from duckdb_views() where schema_name = 'mart'")
                 .fetchall()]  # fmt: skip
        assert len(views) >= 4
        missing = missing_descriptions(con, load_comments(), views + [t.name for t in TABLES])
    finally:
        con.close()
    assert not missing, f"add COMMENT ON lines to warehouse/sql/mart_comments.sql for: {missing}"


def test_comments_apply_to_the_warehouse_and_code_lists_name_real_columns(tmp_path: Path) -> None:
    con = connect(tmp_path / "c.duckdb")
    try:
        from warehouse.dictionary import COMMENTS_SQL

        con.execute(COMMENTS_SQL.read_text(encoding="utf-8"))
        con.execute(COMMENTS_SQL.read_text(encoding="utf-8"))  # twice: it is applied on every open
        undescribed = con.execute(
            "select table_name, column_name from duckdb_columns() where schema_name = 'mart' and comment is null"
        ).fetchall()
        assert not undescribed
        views = con.execute("select view_name, comment from duckdb_views() where schema_name = 'mart'").fetchall()
        assert all(comment for _, comment in views), views
        for table, columns in COLUMN_CODE_LISTS.items():
            names = {row[0] for row in con.execute(f"describe {table}").fetchall()}
            assert set(columns) <= names, table
    finally:
        con.close()


def test_parse_comments_reads_quotes_and_ignores_other_sql() -> None:
    parsed = parse_comments(
        "-- COMMENT ON VIEW x.y IS 'no';\nCOMMENT ON COLUMN mart.v.c IS 'the body''s name';\nselect 1;\n"
    )
    assert parsed.columns == {"mart.v.c": "the body's name"} and parsed.tables == {}


def test_a_re_export_replaces_the_old_one(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    export_warehouse(warehouse, out)
    stale = out / "mart" / "sessions" / "province=99" / "year=1999"
    stale.mkdir(parents=True)
    (stale / "data_0.parquet").write_bytes(b"old")
    export_warehouse(warehouse, out)
    assert not stale.exists()
    assert pl.read_parquet(out / "mart/sessions/", hive_partitioning=True).height == 5
    assert [p.name for p in tmp_path.iterdir()] == ["export"], "temporary directories were left behind"


def test_export_refuses_to_replace_a_directory_that_is_not_an_export(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes"
    out.mkdir()
    (out / "thesis.md").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        export_warehouse(warehouse, out)
    assert (out / "thesis.md").read_text(encoding="utf-8") == "mine"


def test_csv_export_is_one_file_per_view_with_a_byte_order_mark_when_asked(warehouse: Path, tmp_path: Path) -> None:
    """A CSV export is one file per view (91 partition files were the defect), and with `bom` each file begins with
    the UTF-8 byte-order mark by which Excel reads Vietnamese right; DuckDB and polars read it back whole."""
    out = tmp_path / "csv-plain"
    result = export_warehouse(warehouse, out, fmt="csv", bom=True)
    assert result["tables"]["mart.documents"]["path"] == "mart/documents.csv"
    views = [t for t in result["tables"] if t.startswith("mart.")]
    assert {"mart.documents", "mart.sessions", "mart.person_roles", "mart.indicator_values"} <= set(views)
    assert sorted(p.relative_to(out).as_posix() for p in (out / "mart").iterdir()) == sorted(
        f"mart/{v.removeprefix('mart.')}.csv" for v in views
    )
    raw = (out / "mart/documents.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfsource_id,") and raw.count(b"\xef\xbb\xbf") == 1
    docs = duckdb.sql(f"select source_id, clean_text from read_csv('{out}/mart/documents.csv') order by 1").fetchall()
    assert [d[0] for d in docs] == ["a", "b", "c", "d", "e", "q"] and docs[2][1] == TEXT_C
    assert not (tmp_path / "csv-plain" / "mart" / "documents").exists()
    without = export_warehouse(warehouse, tmp_path / "csv-nobom", fmt="csv")
    assert (Path(without["out_dir"]) / "mart/documents.csv").read_bytes().startswith(b"source_id,")


def test_csv_export_partitioned(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    result = export_warehouse(warehouse, out, fmt="csv", partition=True)
    assert result["tables"]["mart.indicator_values"]["path"] == "mart/indicator_values"
    figures = pl.read_csv(out / "mart/indicator_values/province=20/year=2020/data_0.csv")
    assert sorted(figures["value"].to_list()) == [120.0, 34.5e9]
    docs = duckdb.sql(
        f"select source_id, province_code, clean_text from read_csv('{out}/mart/documents/**/*.csv', "
        "hive_partitioning = true, all_varchar = true) order by source_id"
    ).fetchall()
    assert [d[0] for d in docs] == ["a", "b", "c", "d", "e", "q"]
    assert docs[2][2] == TEXT_C and docs[0][1] == "20"
    assert pl.read_csv(out / "core/dim_indicator.csv").height >= 35
    assert json.loads((out / "schema.json").read_text(encoding="utf-8"))["format"] == "csv"


def test_an_empty_warehouse_exports_readable_empty_tables(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    connect(db).close()
    out = tmp_path / "out"
    result = export_warehouse(db, out)
    assert result["tables"]["mart.sessions"]["rows"] == 0 and result["run_id"] is None
    sessions = pl.read_parquet(out / "mart/sessions/", hive_partitioning=True)
    assert sessions.height == 0 and "session_id" in sessions.columns


def test_an_unknown_format_is_refused(warehouse: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="format"):
        export_warehouse(warehouse, tmp_path / "x", fmt="xlsx")


@pytest.mark.slow
def test_the_seed_warehouse_exports_whole(seed_warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "seed-export"
    result = export_warehouse(seed_warehouse, out)
    assert result["tables"]["mart.documents"]["rows"] >= 5 and result["run_id"]
    for name, info in result["tables"].items():
        expected = _warehouse_frame(seed_warehouse, name)
        got = _read_polars(out, info["path"]).select(expected.columns)
        assert _sorted(got).equals(_sorted(expected)), f"{name} differs after the round trip"

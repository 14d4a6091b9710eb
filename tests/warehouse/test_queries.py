"""The example queries in queries/: each says its question, grain and how to run it; each runs as its header says
(through `localgov query`) and returns rows, on a warehouse made here and on the pipeline's output for raw/."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.conftest import ROOT
from tests.warehouse.test_export import build_sample_warehouse
from warehouse.db import connect

QUERIES = sorted((ROOT / "queries").glob("*.sql"))
_VARIABLE_RE = re.compile(r"getvariable\('(\w+)'\)")

# For each parameter a query may take: how to pick a value the warehouse holds rows for.
PARAMETER_VALUES = {
    "district": "select d.district_name from mart.indicator_values f join mart.documents d using (source_id) "
    "where d.district_name is not null group by 1 order by count(*) desc, 1 limit 1",
}


def _header(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("/*"), f"{path.name} must begin with a /* ... */ comment"
    return text[: text.index("*/")]


def _with_parameters(con: duckdb.DuckDBPyConnection, sql: str) -> str:
    """The query preceded by SET VARIABLE for each parameter it reads, as its header says to run it."""
    settings = []
    for name in sorted(set(_VARIABLE_RE.findall(sql))):
        assert name in PARAMETER_VALUES, f"no test value for the parameter {name!r}: add it to PARAMETER_VALUES"
        rows = con.execute(PARAMETER_VALUES[name]).fetchall()
        assert rows, f"the warehouse has no value for the parameter {name!r}"
        value = str(rows[0][0]).replace("'", "''")
        settings.append(f"SET VARIABLE {name} = '{value}'; ")
    return "".join(settings) + sql


def _run(db: Path, path: Path) -> tuple[list[str], list[tuple[object, ...]]]:
    con = connect(db, read_only=True)
    try:
        relation = con.sql(_with_parameters(con, path.read_text(encoding="utf-8")))
        assert relation is not None, f"{path.name} returns no result"
        return relation.columns, relation.fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_warehouse(tmp_path_factory.mktemp("wh") / "sample.duckdb")


def test_there_are_example_queries() -> None:
    assert len(QUERIES) >= 6


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_each_query_states_its_question_grain_and_how_to_run_it(path: Path) -> None:
    header = _header(path)
    for part in ("Question:", "Grain:", "Run:"):
        assert part in header, f"{path.name}: the header lacks {part!r}"
    runs_it = f"-f queries/{path.name}" in header or f"$(cat queries/{path.name})" in header
    assert "localgov query" in header and runs_it, f"{path.name}: no Run line"
    for name in _VARIABLE_RE.findall(path.read_text(encoding="utf-8")):
        assert f"SET VARIABLE {name}" in header, f"{path.name}: say how to set the parameter {name!r}"


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_each_query_returns_rows_on_a_made_warehouse(sample: Path, path: Path) -> None:
    columns, rows = _run(sample, path)
    assert rows, f"{path.name} returned no rows"
    assert len(columns) == len(set(columns)), f"{path.name}: duplicate column names {columns}"


def test_answers_on_the_made_warehouse(sample: Path) -> None:
    _, chairs = _run(sample, ROOT / "queries" / "who_chaired_each_council_by_term.sql")
    # 2020-09-15 and 2021-05-07 (before that year's elections) both fall in the 2016–2021 term
    assert {(r[2], r[3], r[4]) for r in chairs} == {
        ("Bình Gia", "2016–2021", "Trần Văn An"),
        ("Hồng Lĩnh", "2016–2021", "Lê Thị Bình"),
        (None, "2021–2026", "Hà Thị Lan"),  # the provincial council's chair, named by two reports of one session
    }
    columns, provincial = _run(sample, ROOT / "queries" / "who_chaired_each_provincial_council_by_term.sql")
    rows = [dict(zip(columns, r, strict=True)) for r in provincial]
    assert [(r["council"], r["term_years"], r["term"], r["person_name"], r["n_documents"]) for r in rows] == [
        ("HĐND tỉnh Lạng Sơn", "2021–2026", "XVII", "Hà Thị Lan", 2)
    ]
    _, several = _run(sample, ROOT / "queries" / "people_holding_several_roles.sql")
    assert [(r[0], r[2]) for r in several] == [("Trần Văn An", 2)]
    columns, revenue = _run(sample, ROOT / "queries" / "budget_revenue_by_district_and_year.sql")
    row = dict(zip(columns, revenue[0], strict=True))
    assert (row["district_name"], row["year"], row["billion_vnd"]) == ("Bình Gia", 2020, 34.5)
    _, statuses = _run(sample, ROOT / "queries" / "document_status_and_reasons.sql")
    assert statuses[0][:3] == ("quarantined", "binary: not a text file", 1)


def test_figures_roll_up_to_2025_provinces_through_the_bridge(sample: Path) -> None:
    """The sample's documents carry pre-2025 provinces only: the bridge takes Lạng Sơn's figures to the Lạng Sơn of
    2025; the document without a province stays out."""
    columns, rows = _run(sample, ROOT / "queries" / "figures_by_2025_province.sql")
    found = [dict(zip(columns, r, strict=True)) for r in rows]
    assert {(r["province_code_2025"], r["province_name_2025"]) for r in found} == {("20", "Lạng Sơn")}
    assert sum(r["n_figures"] for r in found) == 2


def test_the_run_lines_work_through_the_cli(sample: Path) -> None:
    runner = CliRunner()
    for path in QUERIES:
        sql = path.read_text(encoding="utf-8")
        result = runner.invoke(app, ["query", sql, "--db", str(sample), "--format", "csv"])
        assert result.exit_code == 0, f"{path.name}: {result.output}"
        assert len(result.stdout.strip().splitlines()) >= 2, f"{path.name}: no rows through the CLI"


def test_the_district_parameter_filters_and_ignores_case_and_diacritics(sample: Path) -> None:
    sql = (ROOT / "queries" / "figures_with_sentences_for_one_district.sql").read_text(encoding="utf-8")
    result = CliRunner().invoke(
        app, ["query", f"SET VARIABLE district = 'binh GIA'; {sql}", "--db", str(sample), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()[1:]
    assert len(lines) == 2 and all(line.startswith("Lạng Sơn,Bình Gia,") for line in lines)


# The seeds are five district articles: none names a provincial council's chair, so this query has nothing to say
# of them (it is run on the sample warehouse, which has such chairs, above).
NOT_ABOUT_THE_SEEDS = {"who_chaired_each_provincial_council_by_term.sql"}


@pytest.mark.slow
@pytest.mark.parametrize("path", [q for q in QUERIES if q.name not in NOT_ABOUT_THE_SEEDS], ids=lambda p: p.name)
def test_each_query_returns_rows_on_the_seed_warehouse(seed_warehouse: Path, path: Path) -> None:
    _, rows = _run(seed_warehouse, path)
    assert rows, f"{path.name} returned no rows on the warehouse built from raw/"


@pytest.mark.slow
def test_the_seeds_name_no_provincial_council_chair(seed_warehouse: Path) -> None:
    """Why the chairs query is not run on the seeds: they hold no chair of a provincial council."""
    con = duckdb.connect(str(seed_warehouse), read_only=True)
    try:
        chairs = con.execute(
            "select count(*) from mart.person_roles where position = 'chair' and organization_type = "
            "'peoples_council' and level = 'province'"
        ).fetchone()
    finally:
        con.close()
    assert chairs == (0,)

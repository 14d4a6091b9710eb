"""The person and body dimensions hold exactly who and what the facts name: a changed document takes its old people
and bodies with it (unless another document names them too), a duplicate found later takes its own, and a name
"as first written" is that of the earliest document naming it, whatever order the runs loaded them in."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from tests.warehouse.test_warehouse import _documents, _facts, _merge
from transforms.schemas import DOCUMENT_FACTS, INDICATORS, ROLES, SESSIONS, Facts
from warehouse.db import connect
from warehouse.load import load_batch


def _named(source_id: str, person: str, body: str) -> Facts:
    from transforms.text.keys import match_key

    facts = _facts(source_id, 1.0)
    facts.roles = facts.roles.with_columns(
        pl.lit(person).alias("person_name"), pl.lit(match_key(person)).alias("name_key")
    )
    facts.sessions = facts.sessions.with_columns(
        pl.lit(body).alias("body_name"), pl.lit(match_key(body)).alias("body_key")
    )
    return facts


def _dimensions(con: duckdb.DuckDBPyConnection) -> tuple[list[str], list[str]]:
    people = sorted(n for (n,) in con.execute("select person_name from core.dim_person").fetchall())
    bodies = sorted(n for (n,) in con.execute("select body_name from core.dim_body").fetchall())
    return people, bodies


def test_a_changed_document_leaves_no_stale_people_or_bodies(tmp_path: Path) -> None:
    con = connect(tmp_path / "d.duckdb")
    load_batch(con, pl.concat([_documents("a", "1"), _documents("b", "1")]),
               _merge(_named("a", "Trần Văn An", "Huyện ủy Tân Lập"), _named("b", "Lê Thị Hoa", "Huyện ủy Tân Lập")),
               run_id="r1", version="t")  # fmt: skip
    load_batch(con, _documents("a", "2"), _named("a", "Phạm Quốc Khánh", "HĐND huyện Phú Mỹ"), run_id="r2", version="t")
    assert _dimensions(con) == (["Lê Thị Hoa", "Phạm Quốc Khánh"], sorted(["HĐND huyện Phú Mỹ", "Huyện ủy Tân Lập"]))
    demoted = pl.DataFrame({"source_id": ["b"], "duplicate_of": ["a"], "status_reason": ["same text as a"]})
    nothing = Facts(*(pl.DataFrame(schema=schema) for schema in (DOCUMENT_FACTS, SESSIONS, ROLES, INDICATORS)))
    load_batch(con, _documents("a", "2").clear(), nothing, run_id="r3", version="t", demoted=demoted)
    assert _dimensions(con) == (["Phạm Quốc Khánh"], ["HĐND huyện Phú Mỹ"])
    assert con.execute("select count(*) from mart.person_roles").fetchall() == [(1,)]


def test_a_name_is_that_of_the_earliest_document_whatever_the_loading_order(tmp_path: Path) -> None:
    spellings = {"a": "Nguyễn Văn Thuỷ", "b": "Nguyễn Văn Thủy"}  # old and new tone placement: one person
    orders = (("a", "b"), ("b", "a"))
    names = []
    for i, order in enumerate(orders):
        con = connect(tmp_path / f"o{i}.duckdb")
        for source_id in order:
            load_batch(con, _documents(source_id, "1"), _named(source_id, spellings[source_id], "Huyện ủy"),
                       run_id="r", version="t")  # fmt: skip
        names.append(con.execute("select person_name from core.dim_person").fetchall())
        con.close()
    assert names[0] == names[1] == [("Nguyễn Văn Thuỷ",)]

"""The person and body dimensions hold exactly who and what the facts name: a changed document takes its old people,
bodies and names of bodies with it (unless another document names them too), a duplicate found later takes its own,
and a name "as first written" is that of the earliest document naming it, whatever order the runs loaded them in.
The ids are the facts' own: canonical bodies (one per type, level and unit, whatever an article calls it) and
people scoped by province and district."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import polars as pl

from tests.warehouse.test_warehouse import _documents, _facts, _merge
from transforms.schemas import DOCUMENT_FACTS, INDICATORS, ROLES, SESSIONS, Facts
from transforms.text.keys import match_key
from warehouse.db import connect
from warehouse.load import load_batch

# Two canonical bodies: (id, canonical name, unit).
PARTY = (hashlib.md5(b"party_committee|district|legacy:district:181").hexdigest(), "Huyện ủy Tân Lập",
         "legacy:district:181")  # fmt: skip
COUNCIL = (hashlib.md5(b"people_council|district|legacy:district:182").hexdigest(), "HĐND huyện Phú Mỹ",
           "legacy:district:182")  # fmt: skip


def _named(source_id: str, person: str, body: tuple[str, str, str], written: str, district: str | None = None) -> Facts:
    """A document's facts: `person` holding a post in `body`, which the article writes as `written`."""
    body_id, canonical, unit = body
    facts = _facts(source_id, 1.0)
    facts.roles = facts.roles.with_columns(
        pl.lit(person).alias("person_name"),
        pl.lit(match_key(person)).alias("name_key"),
        pl.lit(district, dtype=pl.String).alias("person_district"),
        pl.lit(body_id).alias("body_id"),
        pl.lit(canonical).alias("body_canonical_name"),
        pl.lit(unit).alias("unit_key"),
    )
    facts.sessions = facts.sessions.with_columns(
        pl.lit(written).alias("body_name"),
        pl.lit(match_key(written)).alias("body_key"),
        pl.lit(body_id).alias("body_id"),
        pl.lit(canonical).alias("body_canonical_name"),
        pl.lit(unit).alias("body_unit_key"),
    )
    return facts


def _dimensions(con: duckdb.DuckDBPyConnection) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    people = sorted(n for (n,) in con.execute("select person_name from core.dim_person").fetchall())
    bodies = sorted(n for (n,) in con.execute("select body_name from core.dim_body").fetchall())
    named = "select b.body_name, a.alias from core.dim_body_alias a join core.dim_body b using (body_id)"
    aliases = sorted(con.execute(named).fetchall())
    return people, bodies, aliases


def _nothing() -> Facts:
    return Facts(*(pl.DataFrame(schema=schema) for schema in (DOCUMENT_FACTS, SESSIONS, ROLES, INDICATORS)))


def test_a_changed_document_leaves_no_stale_people_bodies_or_names(tmp_path: Path) -> None:
    con = connect(tmp_path / "d.duckdb")
    first = _merge(_named("a", "Trần Văn An", PARTY, "Huyện ủy Tân Lập"), _named("b", "Lê Thị Hoa", PARTY, "Huyện ủy"))
    load_batch(con, pl.concat([_documents("a", "1"), _documents("b", "1")]), first, run_id="r1", version="t")
    assert _dimensions(con) == (
        ["Lê Thị Hoa", "Trần Văn An"],
        ["Huyện ủy Tân Lập"],
        sorted([("Huyện ủy Tân Lập", "Huyện ủy"), ("Huyện ủy Tân Lập", "Huyện ủy Tân Lập")]),
    )
    changed = _named("a", "Phạm Quốc Khánh", COUNCIL, "Hội đồng nhân dân huyện Phú Mỹ")
    load_batch(con, _documents("a", "2"), changed, run_id="r2", version="t")
    assert _dimensions(con) == (
        ["Lê Thị Hoa", "Phạm Quốc Khánh"],
        sorted(["HĐND huyện Phú Mỹ", "Huyện ủy Tân Lập"]),
        sorted([("HĐND huyện Phú Mỹ", "Hội đồng nhân dân huyện Phú Mỹ"), ("Huyện ủy Tân Lập", "Huyện ủy")]),
    )
    demoted = pl.DataFrame({"source_id": ["b"], "duplicate_of": ["a"], "status_reason": ["same text as a"]})
    load_batch(con, _documents("a", "2").clear(), _nothing(), run_id="r3", version="t", demoted=demoted)
    assert _dimensions(con) == (
        ["Phạm Quốc Khánh"],
        ["HĐND huyện Phú Mỹ"],
        [("HĐND huyện Phú Mỹ", "Hội đồng nhân dân huyện Phú Mỹ")],
    )
    assert con.execute("select count(*) from mart.person_roles").fetchall() == [(1,)]


def test_every_id_a_fact_names_has_its_row(tmp_path: Path) -> None:
    con = connect(tmp_path / "i.duckdb")
    # one name in one province, posts in two districts: two people, each with the id the facts carry
    facts = _merge(
        _named("a", "Đỗ Văn Bình", PARTY, "Huyện ủy", district="181"),
        _named("b", "Đỗ Văn Bình", COUNCIL, "HĐND huyện", district="182"),
    )
    load_batch(con, pl.concat([_documents("a", "1"), _documents("b", "1")]), facts, run_id="r1", version="t")
    load_batch(con, _documents("b", "2"), _named("b", "Đỗ Văn Bình", COUNCIL, "HĐND huyện", "182"), run_id="r2",
               version="t")  # fmt: skip
    people = con.execute("select person_name, district_code from core.dim_person order by 2").fetchall()
    assert people == [("Đỗ Văn Bình", "181"), ("Đỗ Văn Bình", "182")]
    unnamed = con.execute(
        """
        select (select count(*) from core.fact_person_role f anti join core.dim_person p using (person_id)),
               (select count(*) from core.fact_person_role f anti join core.dim_body b using (body_id)),
               (select count(*) from core.fact_session f anti join core.dim_body b using (body_id))
        """
    ).fetchall()
    assert unnamed == [(0, 0, 0)]


def test_a_name_is_that_of_the_earliest_document_whatever_the_loading_order(tmp_path: Path) -> None:
    # old and new tone placement: one person, and one name of one body
    spellings = {"a": ("Nguyễn Văn Thuỷ", "Huyện uỷ"), "b": ("Nguyễn Văn Thủy", "Huyện ủy")}
    names = []
    for i, order in enumerate((("a", "b"), ("b", "a"))):
        con = connect(tmp_path / f"o{i}.duckdb")
        for source_id in order:
            person, written = spellings[source_id]
            load_batch(con, _documents(source_id, "1"), _named(source_id, person, PARTY, written),
                       run_id="r", version="t")  # fmt: skip
        names.append((*_dimensions(con), con.execute("select first_source_id from core.dim_body_alias").fetchall()))
        con.close()
    assert names[0] == names[1]
    assert names[0] == (["Nguyễn Văn Thuỷ"], ["Huyện ủy Tân Lập"], [("Huyện ủy Tân Lập", "Huyện uỷ")], [("a",)])

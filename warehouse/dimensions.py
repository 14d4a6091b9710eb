"""The person and body dimensions kept equal to the facts: a row per person or body that some fact names, no other.

A person's or body's name "as first written" is the name in the earliest document (by source_id, then position in
it) that names them, preferring documents whose input is still present: so the dimensions depend on the facts the
warehouse holds, not on the order in which runs loaded them. `touch_dimensions` notes the people and bodies a set of
documents names before their facts change; `refresh_dimensions` then brings those rows up to date.
"""

from __future__ import annotations

import duckdb

# md5 keys as the facts compute them (warehouse.load), over staging rows.
PERSON_ID = "md5(concat_ws('|', r.name_key, coalesce(r.person_scope, '')))"
BODY_ID = (
    "md5(concat_ws('|', coalesce(s.body_type, ''), coalesce(s.level, ''), s.body_key, coalesce(s.province_code, ''), "
    "coalesce(s.district_code, '')))"
)

# The folded name is kept beside the key: the refresh looks up staging rows by it, not by hashing every row.
_CREATE = """
create temp table if not exists touched_people (person_id varchar primary key, name_key varchar);
create temp table if not exists touched_bodies (body_id varchar primary key, body_key varchar)
"""

_NOTE = """
insert or ignore into touched_people
select distinct {person_id}, r.name_key from staging.person_roles r
where r.source_id in (select source_id from {ids});
insert or ignore into touched_bodies
select distinct {body_id}, s.body_key from staging.sessions s
where s.body_name is not null and s.source_id in (select source_id from {ids})
"""

_REFRESH = f"""
delete from core.dim_person p using touched_people t
where p.person_id = t.person_id
  and not exists (select 1 from core.fact_person_role f where f.person_id = p.person_id);
insert or replace into core.dim_person
select distinct on (person_id) person_id, r.person_name, r.name_key, r.person_scope
from (
    select {PERSON_ID} as person_id, * from staging.person_roles r
    where r.name_key in (select name_key from touched_people)
) r
join touched_people using (person_id)
left join core.documents d using (source_id)
order by person_id, coalesce(d.input_state, 'present') <> 'present', r.source_id, r.seq;
delete from core.dim_body b using touched_bodies t
where b.body_id = t.body_id
  and not exists (select 1 from core.fact_session f where f.body_id = b.body_id);
insert or replace into core.dim_body
select distinct on (body_id) body_id, s.body_name, s.body_type, s.level, s.province_code, s.district_code
from (
    select {BODY_ID} as body_id, * from staging.sessions s
    where s.body_name is not null and coalesce(s.body_key, '') in (select coalesce(body_key, '') from touched_bodies)
) s
join touched_bodies using (body_id)
left join core.documents d using (source_id)
order by body_id, coalesce(d.input_state, 'present') <> 'present', s.source_id, s.seq;
delete from touched_people;
delete from touched_bodies
"""


def _run(con: duckdb.DuckDBPyConnection, statements: str) -> None:
    for statement in filter(str.strip, statements.split(";")):
        con.execute(statement)


def touch_dimensions(con: duckdb.DuckDBPyConnection, ids_table: str) -> None:
    """Note the people and bodies named by the staging rows of the documents in `ids_table` (a table or view with a
    source_id column), to refresh them once their facts have changed."""
    _run(con, _CREATE)
    _run(con, _NOTE.format(person_id=PERSON_ID, body_id=BODY_ID, ids=ids_table))


def refresh_dimensions(con: duckdb.DuckDBPyConnection) -> None:
    """Bring the noted people and bodies up to date with the facts: gone if no fact names them, else named after
    the earliest present document that does."""
    _run(con, _CREATE)
    _run(con, _REFRESH)

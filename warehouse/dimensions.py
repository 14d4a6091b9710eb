"""The person and body dimensions kept equal to the facts: a row per person or body that some fact names, no other.

The ids are those the facts carry (a person's from warehouse.load, a canonical body's from
transforms/normalize/bodies.py, kept in staging as `body_id`): nothing here computes one. A person's or body's row
and a body's names as written (`core.dim_body_alias`) come from the earliest document (by source_id, then position
in it) that names them, preferring documents whose input is still present: so the dimensions depend on the facts the
warehouse holds, not on the order in which runs loaded them. `touch_dimensions` notes the people and bodies a set of
documents names (before their facts go, or once they are in); `refresh_dimensions` then rebuilds those rows.
"""

from __future__ import annotations

import duckdb

_CREATE = """
create temp table if not exists touched_people (person_id varchar primary key);
create temp table if not exists touched_bodies (body_id varchar primary key)
"""

_NOTE = """
insert or ignore into touched_people
select distinct person_id from core.fact_person_role where source_id in (select source_id from {ids});
insert or ignore into touched_bodies
select body_id from core.fact_session where body_id is not null and source_id in (select source_id from {ids})
union
select body_id from core.fact_person_role where body_id is not null and source_id in (select source_id from {ids})
"""

# Documents whose input is gone or unreadable name a row only where no present one does.
_ABSENT_LAST = "coalesce(d.input_state, 'present') <> 'present'"

_REFRESH = f"""
delete from core.dim_person p using touched_people t
where p.person_id = t.person_id
  and not exists (select 1 from core.fact_person_role f where f.person_id = p.person_id);
insert or replace into core.dim_person (person_id, person_name, name_key, province_code, district_code)
select distinct on (f.person_id) f.person_id, r.person_name, r.name_key, r.person_scope, r.person_district
from core.fact_person_role f
join touched_people using (person_id)
join staging.person_roles r on r.source_id = f.source_id and r.seq = f.seq
left join core.documents d on d.source_id = f.source_id
order by f.person_id, {_ABSENT_LAST}, f.source_id, f.seq;

delete from core.dim_body b using touched_bodies t
where b.body_id = t.body_id
  and not exists (select 1 from core.fact_session f where f.body_id = b.body_id)
  and not exists (select 1 from core.fact_person_role f where f.body_id = b.body_id);
insert or replace into core.dim_body
    (body_id, body_name, body_type, level, province_code, district_code, unit_key, era, own_name, commune_code)
select distinct on (b.body_id)
    b.body_id, b.body_name, b.body_type, b.level,
    u.province_code, case when u.level = 'district' then u.code else u.district_code end,
    b.unit_key, nullif(split_part(b.unit_key, ':', 1), ''), b.own_name,
    case when u.level = 'commune' then u.code end
from (
    select body_id, body_canonical_name as body_name, body_type, level, body_unit_key as unit_key,
           body_own_name as own_name, source_id, seq
    from staging.sessions join touched_bodies using (body_id)
    union all
    select body_id, body_canonical_name, organization_type, level, unit_key, null, source_id, 100000 + seq
    from staging.person_roles join touched_bodies using (body_id)
) b
left join core.dim_admin_unit u on u.unit_key = b.unit_key
left join core.documents d on d.source_id = b.source_id
order by b.body_id, {_ABSENT_LAST}, b.source_id, b.seq;

delete from core.dim_body_alias a using touched_bodies t where a.body_id = t.body_id;
insert into core.dim_body_alias (body_id, alias_key, alias, first_source_id)
select distinct on (s.body_id, s.body_key) s.body_id, s.body_key, s.body_name, s.source_id
from staging.sessions s
join touched_bodies using (body_id)
left join core.documents d on d.source_id = s.source_id
where s.body_key is not null and s.body_name is not null
order by s.body_id, s.body_key, {_ABSENT_LAST}, s.source_id, s.seq;

delete from touched_people;
delete from touched_bodies
"""


def _run(con: duckdb.DuckDBPyConnection, statements: str) -> None:
    for statement in filter(str.strip, statements.split(";")):
        con.execute(statement)


def touch_dimensions(con: duckdb.DuckDBPyConnection, ids_table: str) -> None:
    """Note the people and bodies named by the facts of the documents in `ids_table` (a table, or a subquery in
    parentheses, with a source_id column), to refresh them once their facts have changed."""
    _run(con, _CREATE)
    _run(con, _NOTE.format(ids=ids_table))


def refresh_dimensions(con: duckdb.DuckDBPyConnection) -> None:
    """Bring the noted people and bodies up to date with the facts: gone if no fact names them, else described by
    the earliest present document that does."""
    _run(con, _CREATE)
    _run(con, _REFRESH)

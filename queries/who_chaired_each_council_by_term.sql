/*
   Question: who chaired each People's Council (Chủ tịch HĐND), per council and term?
   Grain: one row per (council, term, person): a council is its level and place (province, district-level unit);
          a person named chair of the same council in several articles of a term is one row.
   Term: the five-year HĐND term in which the article's meeting (else event, else publication) date falls. Councils
         are elected in the first half of 2011, 2016, 2021, 2026 ...; a date before 1 June of an election year is
         counted in the outgoing term (an approximation near elections).
   Run:  localgov query -f queries/who_chaired_each_council_by_term.sql
*/
with chairs as (
    select
        r.person_id,
        r.person_name,
        r.level,
        d.province_name,
        case when r.level in ('district', 'commune') then d.district_name end as district_name,
        coalesce(s.start_date, d.event_date, cast(d.published_at as date)) as on_date,
        r.title_text,
        r.evidence,
        r.source_id
    from mart.person_roles r
    join mart.documents d using (source_id)
    left join mart.sessions s on s.session_id = r.session_id
    where r.position = 'chair' and r.organization_type = 'peoples_council'
),
termed as (
    select
        *,
        year(on_date) - (year(on_date) - 1) % 5
            - case when on_date < make_date(year(on_date) - (year(on_date) - 1) % 5, 6, 1) then 5 else 0 end
            as term_start_year
    from chairs
)
select
    level as council_level,
    province_name,
    district_name,
    term_start_year || '–' || (term_start_year + 5) as term,
    person_name,
    min(on_date) as first_seen,
    max(on_date) as last_seen,
    count(distinct source_id) as n_documents,
    any_value(title_text) as title_as_written,
    string_agg(distinct source_id, ', ' order by source_id) as source_ids
from termed
group by level, province_name, district_name, term_start_year, person_id, person_name
order by province_name nulls last, council_level, district_name nulls first, term_start_year nulls last, first_seen;

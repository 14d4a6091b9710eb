/*
   Question: who chaired each People's Council (Chủ tịch HĐND), province and district-level, per council and term?
   Grain: one row per (council, term, person): a council is its level and administrative unit; a person named chair
          of the same council in several articles of a term is one row, with the dates of the first and last mention.
   Term: the five-year HĐND term (2004–2011 was seven) the mentions fall in, taken to begin on 1 June of its
         election year (an approximation near elections). Undated mentions have no term.
   Run:  localgov query -f queries/who_chaired_each_council_by_term.sql
*/
with terms (term_start_year, term_end_year) as (
    values (1999, 2004), (2004, 2011), (2011, 2016), (2016, 2021), (2021, 2026), (2026, 2031)
),
term_days as (
    select *, make_date(term_start_year, 6, 1) as starts, make_date(term_end_year, 6, 1) as ends from terms
)
select
    h.level as council_level,
    h.province_name,
    case when h.level = 'province' then null else regexp_replace(h.unit_name, '^(Huyện|Thị xã|Thành phố|Quận|Xã|Phường|Thị trấn) ', '') end
        as unit_name,
    t.term_start_year || '–' || t.term_end_year as term,
    h.person_name,
    greatest(h.first_seen, t.starts) as first_seen,
    least(h.last_seen, t.ends - 1) as last_seen,
    h.n_documents,
    coalesce(h.body_name, h.unit_name) as council,
    array_to_string(h.source_ids, ', ') as source_ids
from mart.office_holders h
left join term_days t on h.first_seen < t.ends and h.last_seen >= t.starts
where h.position = 'chair' and h.organization_type = 'peoples_council' and h.body_part is null
order by h.province_name nulls last, council_level, unit_name nulls first, t.term_start_year nulls last, first_seen;

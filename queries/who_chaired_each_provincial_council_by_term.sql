/*
   Question: who chaired each provincial People's Council (Chủ tịch HĐND tỉnh, thành phố), term by term?
   Grain: one row per (council, term, person): a person named chair of the same council in several articles of a
          term is one row; a chair named in two terms has a row in each.
   Term: the five-year council term (2004–2011 was seven) the person's dated mentions fall in, with its Roman
         number where the council's own meetings of that term give one. A term is taken to begin on 1 June of its
         election year (councils are elected in the spring): a mention near an election may fall in the wrong one.
         Undated mentions have no term. n_documents counts every document naming the person chair of the council.
   Era:  `legacy` for a council of the 63 provinces before the 2025-07-01 reform, `2025` for one of the 34 since: a
         province merged in 2025 is a new council, so its chairs are rows of their own.
   Run:  localgov query -f queries/who_chaired_each_provincial_council_by_term.sql
*/
with terms (term_start_year, term_end_year) as (
    values (1999, 2004), (2004, 2011), (2011, 2016), (2016, 2021), (2021, 2026), (2026, 2031)
),
term_days as (
    select *, make_date(term_start_year, 6, 1) as starts, make_date(term_end_year, 6, 1) as ends from terms
),
chairs as (
    select *
    from mart.office_holders
    where position = 'chair' and organization_type = 'peoples_council' and level = 'province' and body_part is null
),
chairs_by_term as (
    select c.*, t.term_start_year, t.term_end_year, t.starts, t.ends
    from chairs c
    left join term_days t on c.first_seen < t.ends and c.last_seen >= t.starts
),
roman_terms as (
    select m.body_id, t.term_start_year, mode(m.term) as term
    from mart.meetings m
    join term_days t on m.start_date >= t.starts and m.start_date < t.ends
    where m.term is not null
    group by all
)
select
    c.province_name,
    coalesce(c.body_name, 'HĐND ' || c.province_name) as council,
    split_part(c.unit_key, ':', 1) as era,
    c.term_start_year || '–' || c.term_end_year as term_years,
    r.term,
    c.person_name,
    greatest(c.first_seen, c.starts) as first_seen_in_term,
    least(c.last_seen, c.ends - 1) as last_seen_in_term,
    c.n_documents,
    array_to_string(c.source_ids, ', ') as source_ids,
    array_to_string(c.possible_same_person_as, ', ') as possible_same_person_as
from chairs_by_term c
left join roman_terms r on r.body_id = c.body_id and r.term_start_year = c.term_start_year
order by c.province_name nulls last, era, c.term_start_year nulls last, first_seen_in_term, c.person_name;

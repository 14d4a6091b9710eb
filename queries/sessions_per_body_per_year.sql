/*
   Question: how often did each body meet, per year and kind of meeting?
   Grain: one row per (body, year, session_type). `meetings` counts distinct meetings (type, start date, number), so
          two articles about the same meeting count once; `mentions` counts every report of one.
   Year: the meeting's start date, else the article's event date.
   Run:  localgov query -f queries/sessions_per_body_per_year.sql
*/
select
    coalesce(s.body_name, '(body not named)') as body_name,
    s.body_type,
    s.level,
    coalesce(d.province_name, '') as province_name,
    coalesce(s.district_name, d.district_name, '') as district_name,
    year(coalesce(s.start_date, d.event_date, cast(d.published_at as date))) as year,
    s.session_type,
    count(distinct concat_ws('|', s.session_type, coalesce(s.start_date::varchar, s.source_id), s.ordinal))
        as meetings,
    count(*) as mentions,
    string_agg(distinct s.source_id, ', ' order by s.source_id) as source_ids
from mart.sessions s
join mart.documents d using (source_id)
group by s.body_id, s.body_name, s.body_type, s.level, d.province_name, s.district_name, d.district_name, year,
    s.session_type
order by year nulls last, province_name, district_name, body_name, session_type;

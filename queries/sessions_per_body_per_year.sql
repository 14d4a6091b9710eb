/*
   Question: how often did each body meet, per year and kind of meeting?
   Grain: one row per (body, year, session_type). `meetings` counts distinct meetings (mart.meetings: the reports of
          one meeting by several articles are one), `reports` the documents that report them. A body is one row of
          core.dim_body whatever the articles call it ("HĐND", "HĐND TP Hồ Chí Minh", "HĐND TPHCM"); a meeting whose
          body's unit is unknown is listed under the name its report gives it.
   Year: the meeting's first day, else the earliest event (or publication) date of the documents reporting it.
   Run:  localgov query -f queries/sessions_per_body_per_year.sql
*/
with meeting_years as (
    select
        m.*,
        coalesce(
            year(m.start_date),
            (select min(year(coalesce(d.event_date, cast(d.published_at as date))))
             from mart.documents d where list_contains(m.source_ids, d.source_id))
        ) as year
    from mart.meetings m
)
select
    coalesce(m.body_name, '(body not named)') as body_name,
    m.body_type,
    m.level,
    coalesce(p.short_name, '') as province_name,
    coalesce(m.district_name, '') as district_name,
    m.year,
    m.session_type,
    count(*) as meetings,
    sum(m.n_reports) as reports,
    array_to_string(list_sort(list_distinct(flatten(list(m.source_ids)))), ', ') as source_ids
from meeting_years m
left join core.dim_admin_unit p on p.unit_key = 'legacy:province:' || m.province_code
group by all
order by m.year nulls last, province_name, district_name, body_name, m.session_type;

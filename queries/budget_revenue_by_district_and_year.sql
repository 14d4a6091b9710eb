/*
   Question: how much budget revenue (thu ngân sách) did each district report, year by year, and where was it said?
   Grain: one row per (province, district, year, period as written): several articles often repeat the same total,
          so the figures are not summed; the largest is shown with how many figures and documents reported it.
   Year: the end of the period the figure covers, else its start, else the article's event date.
   Run:  localgov query -f queries/budget_revenue_by_district_and_year.sql
*/
with revenue as (
    select
        d.province_name,
        coalesce(d.district_name, '(province-wide or unknown)') as district_name,
        year(coalesce(f.period_end, f.period_start, d.event_date, cast(d.published_at as date))) as year,
        coalesce(f.period_label, '') as period_label,
        f.value,
        f.qualifier,
        f.evidence,
        f.source_id
    from mart.indicator_values f
    join mart.documents d using (source_id)
    where f.indicator_code = 'budget_revenue' and f.unit = 'VND'
)
select
    province_name,
    district_name,
    year,
    period_label,
    round(max(value) / 1e9, 3) as billion_vnd,
    arg_max(qualifier, value) as qualifier,
    count(*) as n_figures,
    count(distinct source_id) as n_documents,
    arg_max(evidence, value) as evidence,
    string_agg(distinct source_id, ', ' order by source_id) as source_ids
from revenue
group by all
order by province_name, district_name, year nulls last, period_label;

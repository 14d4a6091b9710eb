/*
   Question: what figures were reported for each province as it is since the 2025-07-01 reform (34 provinces), the
             articles from before the reform counted under the province their province became part of?
   Grain: one row per (2025 province, indicator, unit, year): how many figures and articles, their sum, the smallest
          and the largest. The same total is often told by several articles, so read the sum with care.
   2025 province: for a figure placed in a pre-2025 province, the province that one went to by the old→new bridge
          (mart.admin_unit_bridge); otherwise its article's own 2025 province (an article about a merged province
          has no pre-2025 one).
   Year: the end of the period the figure covers, else its start, else the article's event date.
   Run:  localgov query -f queries/figures_by_2025_province.sql
*/
with figures as (
    select
        coalesce(b.code_2025, d.province_code_2025) as province_code_2025,
        coalesce(b.name_2025, d.province_name_2025) as province_name_2025,
        coalesce(f.indicator_code, '(no code)') as indicator_code,
        f.unit,
        year(coalesce(f.period_end, f.period_start, d.event_date, cast(d.published_at as date))) as year,
        f.value,
        f.source_id
    from mart.indicator_values f
    join mart.documents d using (source_id)
    left join mart.admin_unit_bridge b
        on b.legacy_level = 'province' and b.level_2025 = 'province' and b.legacy_code = f.province_code
)
select
    province_code_2025,
    province_name_2025,
    indicator_code,
    unit,
    year,
    count(*) as n_figures,
    count(distinct source_id) as n_documents,
    sum(value) as total,
    min(value) as smallest,
    max(value) as largest
from figures
where province_code_2025 is not null
group by all
order by province_code_2025, indicator_code, unit, year nulls last;

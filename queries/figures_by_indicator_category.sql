/*
   Question: which indicators does each province report, and how often, by category of the catalogue (budget,
             economy, agriculture, social, party building, council work, elections and votes, personnel)?
   Grain: one row per (province, category, indicator): how many figures, from how many documents, over which years,
          with the indicator's English label and kind (level, change, share) from core.dim_indicator. Figures without
          a code are left out (see mart.indicator_values.indicator_label for what they state).
   Run:  localgov query -f queries/figures_by_indicator_category.sql
*/
select
    coalesce(d.province_name, '(province unknown)') as province_name,
    i.category,
    f.indicator_code,
    i.label_vi,
    i.label_en,
    i.kind,
    count(*) as n_figures,
    count(distinct f.source_id) as n_documents,
    min(year(coalesce(f.period_end, d.event_date, cast(d.published_at as date)))) as first_year,
    max(year(coalesce(f.period_end, d.event_date, cast(d.published_at as date)))) as last_year
from mart.indicator_values f
join core.dim_indicator i using (indicator_code)
join mart.documents d using (source_id)
group by all
order by province_name, i.category, n_figures desc, f.indicator_code;

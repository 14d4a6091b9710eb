/*
   Question: every figure reported about one district, with the sentence it came from.
   Grain: one row per reported figure.
   Parameter: the district's name, set with DuckDB's SET VARIABLE before the query; case and diacritics are ignored
              ("Bắc Sơn", "bac son"). Left unset, every district is listed.
   Run:  localgov query "SET VARIABLE district = 'Bắc Sơn'; $(cat queries/figures_with_sentences_for_one_district.sql)"
*/
select
    d.province_name,
    d.district_name,
    d.event_date,
    f.indicator_code,
    f.indicator_label,
    f.value,
    f.unit,
    f.qualifier,
    f.period_label,
    f.figure_text,
    f.evidence,
    f.source_id
from mart.indicator_values f
join mart.documents d using (source_id)
where getvariable('district') is null
   or strip_accents(lower(d.district_name)) = strip_accents(lower(trim(getvariable('district'))))
order by d.province_name, d.district_name, d.event_date, f.source_id, f.char_start;

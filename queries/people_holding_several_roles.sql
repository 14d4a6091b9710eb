/*
   Question: which officials hold several posts at once (a Party secretary who also chairs the council, ...)?
   Grain: one row per person with more than one distinct role (position, organization type, level) across the
          documents; `roles` lists them, `titles_as_written` shows how the articles put them.
   Run:  localgov query -f queries/people_holding_several_roles.sql
*/
select
    r.person_name,
    any_value(d.province_name) as province_name,
    count(distinct (r.position, r.organization_type, r.level)) as n_roles,
    string_agg(distinct r.position || ' · ' || r.organization_type || ' · ' || r.level, '; ') as roles,
    string_agg(distinct r.title_text, '; ') as titles_as_written,
    min(coalesce(d.event_date, cast(d.published_at as date))) as first_seen,
    max(coalesce(d.event_date, cast(d.published_at as date))) as last_seen,
    string_agg(distinct r.source_id, ', ' order by r.source_id) as source_ids
from mart.person_roles r
join mart.documents d using (source_id)
where r.position is not null  -- a row without a position names a person with no current role
group by r.person_id, r.person_name
having count(distinct (r.position, r.organization_type, r.level)) > 1
order by n_roles desc, r.person_name;

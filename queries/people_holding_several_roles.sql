/*
   Question: which officials hold several posts at once (a Party secretary who also chairs the council, ...)?
   Grain: one row per person with more than one office (mart.office_holders: a post in a body of a unit) across the
          documents; `offices` lists them with the bodies' names, `titles_as_written` shows how the articles put them.
          Persons the warehouse did not merge but who may be this one are listed in possible_same_person_as.
   Run:  localgov query -f queries/people_holding_several_roles.sql
*/
select
    h.person_name,
    any_value(h.province_name) as province_name,
    count(*) as n_offices,
    string_agg(h.position || ' · ' || coalesce(h.body_name, h.organization_type || ' · ' || h.level), '; '
               order by h.first_seen, h.position) as offices,
    array_to_string(list_sort(list_distinct(flatten(list(h.titles_as_written)))), '; ') as titles_as_written,
    min(h.first_seen) as first_seen,
    max(h.last_seen) as last_seen,
    array_to_string(list_sort(list_distinct(flatten(list(h.source_ids)))), ', ') as source_ids,
    array_to_string(any_value(h.possible_same_person_as), ', ') as possible_same_person_as
from mart.office_holders h
group by h.person_id, h.person_name
having count(*) > 1
order by n_offices desc, h.person_name;

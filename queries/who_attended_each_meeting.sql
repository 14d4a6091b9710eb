/*
   Question: which officials took part in each reported meeting, and in what capacity?
   Grain: one row per (meeting, person): each person's roles in the article are listed together.
   Run:  localgov query -f queries/who_attended_each_meeting.sql
*/
select
    coalesce(s.start_date, d.event_date) as meeting_date,
    coalesce(s.body_name, '(body not named)') as body_name,
    s.session_type,
    s.ordinal,
    s.term,
    d.province_name,
    d.district_name,
    r.person_name,
    string_agg(r.position || ' · ' || r.organization_type || ' · ' || r.level, '; ' order by r.char_start) as roles,
    string_agg(distinct r.title_text, '; ') as titles_as_written,
    s.source_id
from mart.sessions s
join mart.person_roles r on r.session_id = s.session_id
join mart.documents d on d.source_id = s.source_id
where r.position is not null  -- a person named with no current role is not counted as taking part
group by all
order by meeting_date nulls last, body_name, r.person_name;

/*
   Question: which officials took part in each meeting, and in what capacity?
   Grain: one row per (meeting, person): a meeting is one row of mart.meetings however many articles report it; each
          person's roles in those articles are listed together, with the articles that name them.
   Run:  localgov query -f queries/who_attended_each_meeting.sql
*/
select
    coalesce(m.start_date, min(d.event_date)) as meeting_date,
    coalesce(m.body_name, '(body not named)') as body_name,
    m.session_type,
    m.ordinal,
    m.term,
    any_value(d.province_name) as province_name,
    any_value(d.district_name) as district_name,
    r.person_name,
    string_agg(distinct r.position || ' · ' || r.organization_type || ' · ' || r.level, '; ') as roles,
    string_agg(distinct r.title_text, '; ') as titles_as_written,
    string_agg(distinct r.source_id, ', ' order by r.source_id) as source_ids
from mart.meetings m
join mart.sessions s on s.meeting_id = m.meeting_id
join mart.person_roles r on r.session_id = s.session_id
join mart.documents d on d.source_id = s.source_id
where r.position is not null  -- a person named with no current role is not counted as taking part
group by m.meeting_id, m.start_date, m.body_name, m.session_type, m.ordinal, m.term, r.person_id, r.person_name
order by meeting_date nulls last, body_name, r.person_name;

-- The public views of CONTRACT.md. Re-created every time the warehouse is opened, so they always match the code.
-- Columns may be added; none may be renamed or removed without a migration note in the README.

-- Grain: one row per input document, whatever became of it.
CREATE OR REPLACE VIEW mart.documents AS
SELECT
    d.source_id,
    d.source_path,
    d.content_sha256,
    d.status,
    d.status_reason,
    d.title,
    d.published_at,
    d.event_date,
    d.authors,
    p.code AS province_code,
    p.short_name AS province_name,
    u.code AS district_code,
    u.short_name AS district_name,
    lower(u.unit_type) AS district_type,
    p25.code AS province_code_2025,
    p25.short_name AS province_name_2025,
    c25.code AS commune_code_2025,
    c25.short_name AS commune_name_2025,
    d.is_relevant,
    d.clean_text,
    d.duplicate_of,
    d.encoding,
    d.url,
    d.source_unit,
    d.category,
    d.relevance_reason,
    d.fetched_at,
    d.event_date_basis,
    d.relevance_score,
    d.run_id,
    d.pipeline_version,
    d.loaded_at,
    coalesce(d.input_state, 'present') AS input_state,
    d.last_seen_at,
    d.last_error,
    d.last_error_at
FROM core.documents d
LEFT JOIN core.dim_admin_unit p ON p.unit_key = d.province_key
LEFT JOIN core.dim_admin_unit u ON u.unit_key = d.district_key
LEFT JOIN core.dim_admin_unit p25 ON p25.unit_key = d.province_key_2025
LEFT JOIN core.dim_admin_unit c25 ON c25.unit_key = d.commune_key_2025;

-- Grain: one row per meeting report (core.fact_session), with the meeting it is of. The reports of one body and kind
-- of meeting whose days overlap are one meeting (a stretch of days holding two numbers splits by number): reports of
-- one body on different days are never one meeting. An undated report joins the one dated meeting of its body, kind
-- and number (its term agreeing) held in its document's year; else undated reports of one body, kind, number and
-- term are one meeting; anything else, and every report whose body is unknown, is a meeting of its own.
CREATE OR REPLACE VIEW core.session_meetings AS
WITH reports AS (
    SELECT f.session_id, f.body_id, f.session_type, f.ordinal, f.term, f.start_date,
           coalesce(f.end_date, f.start_date) AS end_date,
           year(coalesce(d.event_date, cast(d.published_at AS DATE))) AS doc_year
    FROM core.fact_session f
    LEFT JOIN core.documents d USING (source_id)
),
dated AS (
    SELECT *,
           max(end_date) OVER (PARTITION BY body_id, session_type ORDER BY start_date, end_date, session_id
                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
    FROM reports
    WHERE body_id IS NOT NULL AND start_date IS NOT NULL
),
islands AS (
    SELECT *,
           sum(CASE WHEN reach IS NULL OR start_date > reach THEN 1 ELSE 0 END)
               OVER (PARTITION BY body_id, session_type ORDER BY start_date, end_date, session_id) AS island
    FROM dated
),
island_facts AS (
    SELECT body_id, session_type, island, min(start_date) AS first_day, count(DISTINCT ordinal) AS n_ordinals
    FROM islands
    GROUP BY ALL
),
dated_meetings AS (
    SELECT i.session_id, i.body_id, i.session_type, i.ordinal, i.term, f.first_day,
           md5(concat_ws('|', i.body_id, i.session_type, f.first_day::VARCHAR,
                         CASE WHEN f.n_ordinals > 1 THEN coalesce(i.ordinal::VARCHAR, '?') ELSE '' END)) AS meeting_id
    FROM islands i
    JOIN island_facts f USING (body_id, session_type, island)
),
meeting_numbers AS (
    SELECT meeting_id, body_id, session_type, max(ordinal) AS ordinal, max(term) AS term, min(first_day) AS first_day
    FROM dated_meetings
    WHERE ordinal IS NOT NULL
    GROUP BY ALL
    HAVING count(DISTINCT ordinal) = 1
),
undated AS (
    SELECT * FROM reports WHERE body_id IS NOT NULL AND start_date IS NULL
),
candidates AS (
    SELECT u.session_id, any_value(m.meeting_id) AS meeting_id, count(*) AS n
    FROM undated u
    JOIN meeting_numbers m
      ON m.body_id = u.body_id AND m.session_type = u.session_type AND m.ordinal = u.ordinal
     AND (u.term IS NULL OR m.term IS NULL OR m.term = u.term)
     AND (u.doc_year IS NULL OR year(m.first_day) = u.doc_year)
    GROUP BY u.session_id
)
SELECT session_id, meeting_id FROM dated_meetings
UNION ALL
SELECT u.session_id,
       CASE WHEN c.n = 1 THEN c.meeting_id
            WHEN u.ordinal IS NOT NULL AND u.term IS NOT NULL
                THEN md5(concat_ws('|', u.body_id, u.session_type, 'undated', u.ordinal::VARCHAR, u.term))
            ELSE md5('report|' || u.session_id) END
FROM undated u
LEFT JOIN candidates c USING (session_id)
UNION ALL
SELECT session_id, md5('report|' || session_id) FROM reports WHERE body_id IS NULL;

-- Grain: one row per meeting reported in a document.
CREATE OR REPLACE VIEW mart.sessions AS
SELECT
    s.session_id,
    s.source_id,
    s.body_id,
    coalesce(b.body_name, s.body_name_as_written) AS body_name,
    coalesce(b.body_type, st.body_type) AS body_type,  -- as extracted where the body's unit is unknown
    coalesce(b.level, st.level) AS level,
    s.session_type,
    s.ordinal,
    s.term,
    s.term_start_year,
    s.term_end_year,
    s.start_date,
    s.end_date,
    p.code AS province_code,
    u.code AS district_code,
    u.short_name AS district_name,
    p25.code AS province_code_2025,
    c25.code AS commune_code_2025,
    s.evidence,
    s.char_start,
    s.char_end,
    s.pipeline_version,
    m.meeting_id,
    s.body_part,
    s.body_name_as_written
FROM core.fact_session s
LEFT JOIN core.dim_body b USING (body_id)
LEFT JOIN staging.sessions st ON st.source_id = s.source_id AND st.seq = s.seq
LEFT JOIN core.session_meetings m USING (session_id)
LEFT JOIN core.dim_admin_unit p ON p.unit_key = s.province_key
LEFT JOIN core.dim_admin_unit u ON u.unit_key = s.district_key
LEFT JOIN core.dim_admin_unit p25 ON p25.unit_key = s.province_key_2025
LEFT JOIN core.dim_admin_unit c25 ON c25.unit_key = s.commune_key_2025;

-- Grain: one row per meeting, however many documents report it (core.session_meetings says which reports are one).
CREATE OR REPLACE VIEW mart.meetings AS
SELECT
    s.meeting_id,
    any_value(s.body_id) AS body_id,
    any_value(s.body_name) AS body_name,
    any_value(s.body_type) AS body_type,
    any_value(s.level) AS level,
    any_value(s.session_type) AS session_type,
    mode(s.ordinal) AS ordinal,
    mode(s.term) AS term,
    mode(s.term_start_year) AS term_start_year,
    mode(s.term_end_year) AS term_end_year,
    min(s.start_date) AS start_date,
    max(coalesce(s.end_date, s.start_date)) AS end_date,
    any_value(s.province_code) AS province_code,
    any_value(s.district_code) AS district_code,
    any_value(s.district_name) AS district_name,
    count(DISTINCT s.source_id) AS n_reports,
    list(DISTINCT s.source_id ORDER BY s.source_id) AS source_ids,
    list(s.session_id ORDER BY s.source_id, s.session_id) AS session_ids,
    list(DISTINCT s.body_part ORDER BY s.body_part) FILTER (WHERE s.body_part IS NOT NULL) AS body_parts
FROM mart.sessions s
GROUP BY s.meeting_id;

-- Grain: one row per (person, role) stated in a document.
CREATE OR REPLACE VIEW mart.person_roles AS
SELECT
    r.source_id,
    r.person_id,
    pe.person_name,
    r.position,
    r.organization_type,
    r.level,
    r.title_text,
    r.session_id,
    r.evidence,
    r.char_start,
    r.char_end,
    r.pipeline_version,
    r.body_id,
    r.body_part,
    r.unit_key
FROM core.fact_person_role r
JOIN core.dim_person pe USING (person_id);

-- Grain: one row per reported figure.
CREATE OR REPLACE VIEW mart.indicator_values AS
SELECT
    f.source_id,
    f.session_id,
    f.indicator_code,
    f.indicator_label,
    f.value,
    f.unit,
    f.qualifier,
    f.measure,
    f.period_label,
    f.period_start,
    f.period_end,
    p.code AS province_code,
    u.code AS district_code,
    f.evidence,
    f.char_start,
    f.char_end,
    f.figure_id,
    f.figure_text,
    f.pipeline_version
FROM core.fact_indicator_value f
LEFT JOIN core.dim_admin_unit p ON p.unit_key = f.province_key
LEFT JOIN core.dim_admin_unit u ON u.unit_key = f.district_key;

-- Grain: one row per (legacy unit, 2025 unit) pair whose territories overlap: the old→new bridge of the 2025-07-01
-- reform, to roll facts keyed by pre-2025 units up to the units in force since.
CREATE OR REPLACE VIEW mart.admin_unit_bridge AS
SELECT
    o.level AS legacy_level,
    o.code AS legacy_code,
    o.short_name AS legacy_name,
    lower(o.unit_type) AS legacy_type,
    o.province_code AS legacy_province_code,
    o.province_name AS legacy_province_name,
    o.district_code AS legacy_district_code,
    n.level AS level_2025,
    n.code AS code_2025,
    n.short_name AS name_2025,
    lower(n.unit_type) AS type_2025,
    n.province_code AS province_code_2025,
    n.province_name AS province_name_2025,
    b.overlap,
    b.is_main,
    b.legacy_unit_key,
    b.unit_key_2025
FROM core.bridge_admin_unit b
JOIN core.dim_admin_unit o ON o.unit_key = b.legacy_unit_key
JOIN core.dim_admin_unit n ON n.unit_key = b.unit_key_2025;

-- Grain: one row per (person, post, body, unit, part of the body): who held which office, with the first and last
-- dated mention. A mention is dated by its meeting's first day, else its document's event date, else its
-- publication date. Two persons of one name and province (or one with no province) are not merged: each row names
-- the other person ids it may be (`possible_same_person_as`).
CREATE OR REPLACE VIEW mart.office_holders AS
WITH mentions AS (
    SELECT r.person_id, pe.person_name, r.position, r.organization_type, r.level, r.body_id, r.body_part, r.unit_key,
           r.title_text, r.source_id,
           coalesce(s.start_date, d.event_date, cast(d.published_at AS DATE)) AS on_date
    FROM core.fact_person_role r
    JOIN core.dim_person pe USING (person_id)
    LEFT JOIN core.fact_session s ON s.session_id = r.session_id
    LEFT JOIN core.documents d ON d.source_id = r.source_id
    WHERE r.position IS NOT NULL  -- a person named with no current role holds no office
),
namesakes AS (
    SELECT a.person_id, list(DISTINCT b.person_id ORDER BY b.person_id) AS others
    FROM core.dim_person a
    JOIN core.dim_person b
      ON b.name_key = a.name_key AND b.person_id <> a.person_id
     AND (a.province_code IS NULL OR b.province_code IS NULL OR a.province_code = b.province_code)
    GROUP BY a.person_id
)
SELECT
    md5(concat_ws('|', m.person_id, m.position, m.organization_type, m.level, coalesce(m.unit_key, ''),
                  coalesce(m.body_part, ''))) AS office_id,
    m.person_id,
    any_value(m.person_name) AS person_name,
    m.position,
    m.organization_type,
    m.level,
    m.body_part,
    any_value(m.body_id) AS body_id,
    any_value(b.body_name) AS body_name,
    m.unit_key,
    any_value(u.name) AS unit_name,
    any_value(u.province_code) AS province_code,
    any_value(u.province_name) AS province_name,
    min(m.on_date) AS first_seen,
    max(m.on_date) AS last_seen,
    count(DISTINCT m.source_id) AS n_documents,
    list(DISTINCT m.source_id ORDER BY m.source_id) AS source_ids,
    list(DISTINCT m.title_text ORDER BY m.title_text) FILTER (WHERE m.title_text IS NOT NULL) AS titles_as_written,
    any_value(n.others) AS possible_same_person_as
FROM mentions m
LEFT JOIN core.dim_body b ON b.body_id = m.body_id
LEFT JOIN core.dim_admin_unit u ON u.unit_key = m.unit_key
LEFT JOIN namesakes n ON n.person_id = m.person_id
GROUP BY m.person_id, m.position, m.organization_type, m.level, m.unit_key, m.body_part;

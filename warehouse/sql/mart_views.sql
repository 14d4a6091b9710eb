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

-- Grain: one row per meeting reported.
CREATE OR REPLACE VIEW mart.sessions AS
SELECT
    s.session_id,
    s.source_id,
    s.body_id,
    b.body_name,
    b.body_type,
    b.level,
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
    s.pipeline_version
FROM core.fact_session s
LEFT JOIN core.dim_body b USING (body_id)
LEFT JOIN core.dim_admin_unit p ON p.unit_key = s.province_key
LEFT JOIN core.dim_admin_unit u ON u.unit_key = s.district_key
LEFT JOIN core.dim_admin_unit p25 ON p25.unit_key = s.province_key_2025
LEFT JOIN core.dim_admin_unit c25 ON c25.unit_key = s.commune_key_2025;

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
    r.pipeline_version
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

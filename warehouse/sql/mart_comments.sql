-- What every public view, every dimension table and each of their columns means, kept in the catalog itself.
-- Applied after mart_views.sql each time the warehouse is opened for writing (re-creating a view drops its comments),
-- and read by warehouse/dictionary.py to write DATA_DICTIONARY.md and schema.json for exports.
-- A table's comment states its grain (one row per ...). Every column of every mart view must have a comment here:
-- tests/test_export.py fails otherwise. One statement per line; a quote inside a comment is doubled ('').

COMMENT ON VIEW mart.documents IS 'One row per input document, whatever became of it (loaded, quarantined, duplicate or irrelevant); its latest version.';
COMMENT ON COLUMN mart.documents.source_id IS 'Document id: the input file''s name without extension, or the id of a JSON Lines record.';
COMMENT ON COLUMN mart.documents.source_path IS 'Where the document was read from.';
COMMENT ON COLUMN mart.documents.content_sha256 IS 'SHA-256 of the raw bytes; a document whose bytes change is re-extracted.';
COMMENT ON COLUMN mart.documents.status IS 'What became of the document: loaded, quarantined (could not be read or parsed), duplicate (same text as another document) or irrelevant (not local-government news).';
COMMENT ON COLUMN mart.documents.status_reason IS 'Why, for any status but loaded (the quarantine reason, or the document it duplicates).';
COMMENT ON COLUMN mart.documents.title IS 'The headline as printed; NULL where the page has none.';
COMMENT ON COLUMN mart.documents.published_at IS 'When the page says it was published, where it says so.';
COMMENT ON COLUMN mart.documents.event_date IS 'Date of the main meeting the article reports, the year inferred from context where the text omits it.';
COMMENT ON COLUMN mart.documents.authors IS 'Names in the byline.';
COMMENT ON COLUMN mart.documents.province_code IS 'GSO code of the province the article is about, as it was before 2025-07-01.';
COMMENT ON COLUMN mart.documents.province_name IS 'Short name of that province ("Lạng Sơn").';
COMMENT ON COLUMN mart.documents.district_code IS 'GSO code of the district-level unit (huyện, thị xã, thành phố, quận) the article is about, before 2025-07-01.';
COMMENT ON COLUMN mart.documents.district_name IS 'Short name of that district-level unit ("Bắc Sơn").';
COMMENT ON COLUMN mart.documents.district_type IS 'Kind of district-level unit, lower case: huyện, thị xã, thành phố or quận.';
COMMENT ON COLUMN mart.documents.is_relevant IS 'True if the article reports on a local-government or Party body''s meeting or work.';
COMMENT ON COLUMN mart.documents.clean_text IS 'The article''s text after cleaning (NFC); every char_start/char_end of the fact views is an offset into it.';
COMMENT ON COLUMN mart.documents.duplicate_of IS 'For a duplicate, the source_id of the document it repeats.';
COMMENT ON COLUMN mart.documents.encoding IS 'Character encoding the raw bytes were decoded from.';
COMMENT ON COLUMN mart.documents.url IS 'Address of the page, where the input gave one.';
COMMENT ON COLUMN mart.documents.source_unit IS 'The unit named under the byline ("Trung tâm VH, TT&TT").';
COMMENT ON COLUMN mart.documents.category IS 'The portal''s category line ("Chính trị").';
COMMENT ON COLUMN mart.documents.relevance_reason IS 'The cues behind is_relevant.';
COMMENT ON COLUMN mart.documents.run_id IS 'The pipeline run that last loaded this document (meta.runs.run_id).';
COMMENT ON COLUMN mart.documents.pipeline_version IS 'Version of the pipeline that produced this row.';
COMMENT ON COLUMN mart.documents.loaded_at IS 'When this row was written (local time).';
COMMENT ON COLUMN mart.documents.input_state IS 'Whether the last run over this document''s input could read it: present, unreadable (the run could not read it: the row keeps the content last loaded) or missing (the input is gone: the row keeps the content last loaded).';
COMMENT ON COLUMN mart.documents.last_seen_at IS 'For an unreadable or missing input, when a run last read it; NULL while it is present.';
COMMENT ON COLUMN mart.documents.last_error IS 'For an unreadable or missing input, why the last run could not read it; NULL while it is present.';
COMMENT ON COLUMN mart.documents.last_error_at IS 'When last_error was recorded.';

COMMENT ON VIEW mart.sessions IS 'One row per meeting reported in a document (the same meeting told by two articles is two rows).';
COMMENT ON COLUMN mart.sessions.session_id IS 'Id of this meeting mention, stable across re-runs of the same document.';
COMMENT ON COLUMN mart.sessions.source_id IS 'The document that reports the meeting (mart.documents.source_id).';
COMMENT ON COLUMN mart.sessions.body_id IS 'Id of the body that met (core.dim_body); the same body in the same place gets the same id across documents.';
COMMENT ON COLUMN mart.sessions.body_name IS 'The body''s name as first written ("Ban Chấp hành Đảng bộ huyện Bắc Sơn").';
COMMENT ON COLUMN mart.sessions.body_type IS 'Kind of body: an organization_type code.';
COMMENT ON COLUMN mart.sessions.level IS 'Administrative level of the body: a level code.';
COMMENT ON COLUMN mart.sessions.session_type IS 'Kind of meeting: a session_type code.';
COMMENT ON COLUMN mart.sessions.ordinal IS 'The meeting''s number ("lần thứ 2", "kỳ họp thứ 5", "lần thứ XVI" as 16), where given.';
COMMENT ON COLUMN mart.sessions.term IS 'The body''s term (khóa) as a Roman numeral ("XXII"), where given.';
COMMENT ON COLUMN mart.sessions.term_start_year IS 'First year of the term (nhiệm kỳ 2020-2025 gives 2020).';
COMMENT ON COLUMN mart.sessions.term_end_year IS 'Last year of the term (nhiệm kỳ 2020-2025 gives 2025).';
COMMENT ON COLUMN mart.sessions.start_date IS 'First day of the meeting.';
COMMENT ON COLUMN mart.sessions.end_date IS 'Last day of the meeting (the start date for a one-day meeting).';
COMMENT ON COLUMN mart.sessions.province_code IS 'GSO code of the body''s province, before 2025-07-01.';
COMMENT ON COLUMN mart.sessions.district_code IS 'GSO code of the body''s district-level unit, before 2025-07-01; NULL for a provincial body.';
COMMENT ON COLUMN mart.sessions.district_name IS 'Short name of that district-level unit.';
COMMENT ON COLUMN mart.sessions.evidence IS 'The sentence of clean_text the meeting was read from.';
COMMENT ON COLUMN mart.sessions.char_start IS 'Offset in the document''s clean_text where the words naming the meeting begin.';
COMMENT ON COLUMN mart.sessions.char_end IS 'Offset in clean_text just after those words (end exclusive).';
COMMENT ON COLUMN mart.sessions.pipeline_version IS 'Version of the pipeline that produced this row.';

COMMENT ON VIEW mart.person_roles IS 'One row per (person, role) stated in a document: a person named with a stacked title ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện") has one row per role.';
COMMENT ON COLUMN mart.person_roles.source_id IS 'The document that states the role (mart.documents.source_id).';
COMMENT ON COLUMN mart.person_roles.person_id IS 'Id of the person (core.dim_person): the same folded name in the same province is the same person across documents.';
COMMENT ON COLUMN mart.person_roles.person_name IS 'The person''s full name as first written.';
COMMENT ON COLUMN mart.person_roles.position IS 'The post held: a position code.';
COMMENT ON COLUMN mart.person_roles.organization_type IS 'Kind of body the post is in: an organization_type code.';
COMMENT ON COLUMN mart.person_roles.level IS 'Administrative level of that body: a level code.';
COMMENT ON COLUMN mart.person_roles.title_text IS 'This role''s title as written ("Phó Bí thư Thường trực Huyện ủy").';
COMMENT ON COLUMN mart.person_roles.session_id IS 'The main meeting the document reports, where the person took part in it (mart.sessions.session_id); NULL otherwise.';
COMMENT ON COLUMN mart.person_roles.evidence IS 'The sentence of clean_text the role was read from.';
COMMENT ON COLUMN mart.person_roles.char_start IS 'Offset in the document''s clean_text where the person''s name begins.';
COMMENT ON COLUMN mart.person_roles.char_end IS 'Offset in clean_text just after the name (end exclusive).';
COMMENT ON COLUMN mart.person_roles.pipeline_version IS 'Version of the pipeline that produced this row.';

COMMENT ON VIEW mart.indicator_values IS 'One row per figure reported in a document ("Tổng thu ngân sách đạt 34 tỷ đồng" is one row).';
COMMENT ON COLUMN mart.indicator_values.source_id IS 'The document that reports the figure (mart.documents.source_id).';
COMMENT ON COLUMN mart.indicator_values.session_id IS 'The main meeting the document reports (mart.sessions.session_id), where there is one.';
COMMENT ON COLUMN mart.indicator_values.indicator_code IS 'What the figure measures: an indicator_code; NULL where no code fits (see indicator_label).';
COMMENT ON COLUMN mart.indicator_values.indicator_label IS 'What is counted or measured, in the article''s words ("cuộc giám sát").';
COMMENT ON COLUMN mart.indicator_values.value IS 'The number with magnitude words applied ("34 tỷ đồng" is 34000000000; "11,63%" is 11.63).';
COMMENT ON COLUMN mart.indicator_values.unit IS 'Unit of value: a unit code (VND, percent, count, ha ...).';
COMMENT ON COLUMN mart.indicator_values.qualifier IS 'How exact the figure is said to be: a qualifier code (over, under, nearly, about, estimated); NULL if stated plainly.';
COMMENT ON COLUMN mart.indicator_values.period_label IS 'The period the figure covers, as written ("9 tháng đầu năm 2020", "nhiệm kỳ 2015-2020").';
COMMENT ON COLUMN mart.indicator_values.period_start IS 'First day of that period, where it can be dated.';
COMMENT ON COLUMN mart.indicator_values.period_end IS 'Last day of that period, where it can be dated.';
COMMENT ON COLUMN mart.indicator_values.province_code IS 'GSO code of the province the document is about, before 2025-07-01.';
COMMENT ON COLUMN mart.indicator_values.district_code IS 'GSO code of the district-level unit the document is about, before 2025-07-01.';
COMMENT ON COLUMN mart.indicator_values.evidence IS 'The sentence of clean_text the figure was read from.';
COMMENT ON COLUMN mart.indicator_values.char_start IS 'Offset in the document''s clean_text where the words stating the figure begin.';
COMMENT ON COLUMN mart.indicator_values.char_end IS 'Offset in clean_text just after those words (end exclusive).';
COMMENT ON COLUMN mart.indicator_values.figure_id IS 'Id of this figure, stable across re-runs of the same document.';
COMMENT ON COLUMN mart.indicator_values.figure_text IS 'The words that state the figure, as in clean_text[char_start:char_end].';
COMMENT ON COLUMN mart.indicator_values.pipeline_version IS 'Version of the pipeline that produced this row.';

COMMENT ON TABLE core.dim_admin_unit IS 'One row per administrative unit version: a unit as it was before the 2025-07-01 reform (era legacy) or after it (era 2025). GSO codes were reused after the reform, so unit_key, not code, is the key.';
COMMENT ON COLUMN core.dim_admin_unit.unit_key IS 'Key: era:level:code ("legacy:district:181").';
COMMENT ON COLUMN core.dim_admin_unit.era IS 'legacy (before 2025-07-01) or 2025 (after the reform).';
COMMENT ON COLUMN core.dim_admin_unit.level IS 'province, district or commune.';
COMMENT ON COLUMN core.dim_admin_unit.code IS 'Official GSO code of the unit.';
COMMENT ON COLUMN core.dim_admin_unit.name IS 'Full name with the unit type ("Huyện Bắc Sơn").';
COMMENT ON COLUMN core.dim_admin_unit.short_name IS 'Name without the unit type ("Bắc Sơn").';
COMMENT ON COLUMN core.dim_admin_unit.unit_type IS 'Kind of unit as written in Vietnamese ("Tỉnh", "Thành phố", "Huyện", "Thị xã", "Quận", "Xã", "Phường", "Thị trấn").';
COMMENT ON COLUMN core.dim_admin_unit.parent_code IS 'GSO code of the unit one level up; NULL for a province.';
COMMENT ON COLUMN core.dim_admin_unit.province_code IS 'GSO code of the unit''s province (its own code for a province).';
COMMENT ON COLUMN core.dim_admin_unit.province_name IS 'Short name of the unit''s province.';
COMMENT ON COLUMN core.dim_admin_unit.district_code IS 'GSO code of the unit''s district-level unit, for a district or commune.';
COMMENT ON COLUMN core.dim_admin_unit.valid_from IS 'First day this version of the unit existed, where known.';
COMMENT ON COLUMN core.dim_admin_unit.valid_to IS 'Last day this version of the unit existed; NULL if it still does.';

COMMENT ON TABLE core.dim_body IS 'One row per body (a committee, council, party cell ...) bound to its place.';
COMMENT ON COLUMN core.dim_body.body_id IS 'Key: a hash of the body type, level, folded name and place (mart.sessions.body_id).';
COMMENT ON COLUMN core.dim_body.body_name IS 'The body''s name as first written.';
COMMENT ON COLUMN core.dim_body.body_type IS 'Kind of body: an organization_type code.';
COMMENT ON COLUMN core.dim_body.level IS 'Administrative level of the body: a level code.';
COMMENT ON COLUMN core.dim_body.province_code IS 'GSO code of the body''s province, before 2025-07-01.';
COMMENT ON COLUMN core.dim_body.district_code IS 'GSO code of the body''s district-level unit, before 2025-07-01.';

COMMENT ON TABLE core.dim_person IS 'One row per person: the same folded full name in the same province is taken to be the same person.';
COMMENT ON COLUMN core.dim_person.person_id IS 'Key: a hash of the folded name and the province scope (mart.person_roles.person_id).';
COMMENT ON COLUMN core.dim_person.person_name IS 'The full name as first written.';
COMMENT ON COLUMN core.dim_person.name_key IS 'The name folded for matching (case, spacing and old/new tone placement made uniform).';
COMMENT ON COLUMN core.dim_person.province_code IS 'The province that scopes the name; NULL for central officials or where the province is unknown.';

COMMENT ON TABLE core.dim_date IS 'One row per calendar day from 1945-01-01 to 2050-12-31.';
COMMENT ON COLUMN core.dim_date.date_key IS 'Key: the day.';
COMMENT ON COLUMN core.dim_date.year IS 'Calendar year.';
COMMENT ON COLUMN core.dim_date.quarter IS 'Calendar quarter, 1 to 4.';
COMMENT ON COLUMN core.dim_date.month IS 'Month, 1 to 12.';
COMMENT ON COLUMN core.dim_date.day IS 'Day of the month.';
COMMENT ON COLUMN core.dim_date.iso_week IS 'ISO week number.';
COMMENT ON COLUMN core.dim_date.weekday IS 'ISO day of the week: Monday = 1 ... Sunday = 7.';

COMMENT ON TABLE core.dim_indicator IS 'One row per indicator code of the taxonomy.';
COMMENT ON COLUMN core.dim_indicator.indicator_code IS 'Key: the indicator code (mart.indicator_values.indicator_code).';
COMMENT ON COLUMN core.dim_indicator.label_vi IS 'What the code measures, in Vietnamese.';

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
COMMENT ON COLUMN mart.documents.published_at IS 'When the page says it was published, where it says so (its printed stamp; else the input record''s published_at), local time.';
COMMENT ON COLUMN mart.documents.event_date IS 'Date of the main meeting the article reports, the year inferred from context where the text omits it.';
COMMENT ON COLUMN mart.documents.authors IS 'Names in the byline.';
COMMENT ON COLUMN mart.documents.province_code IS 'GSO code of the province the article is about, as it was before 2025-07-01; for a unit created by the reform, the province it was formed from (NULL for a province merged from several).';
COMMENT ON COLUMN mart.documents.province_name IS 'Short name of that province ("Lạng Sơn").';
COMMENT ON COLUMN mart.documents.district_code IS 'GSO code of the district-level unit (huyện, thị xã, thành phố, quận) the article is about, before 2025-07-01; for a commune created by the reform, the district all its predecessor communes lay in, if they all lay in one.';
COMMENT ON COLUMN mart.documents.district_name IS 'Short name of that district-level unit ("Bắc Sơn").';
COMMENT ON COLUMN mart.documents.district_type IS 'Kind of district-level unit, lower case: huyện, thị xã, thành phố or quận.';
COMMENT ON COLUMN mart.documents.province_code_2025 IS 'GSO code of the same place''s province in the structure in force from 2025-07-01 (34 provinces); codes were reused, so join core.dim_admin_unit on era 2025.';
COMMENT ON COLUMN mart.documents.province_name_2025 IS 'Short name of that 2025 province ("Phú Thọ").';
COMMENT ON COLUMN mart.documents.commune_code_2025 IS 'GSO code of the commune-level unit (xã, phường, đặc khu) of the 2025 structure the article is about, where it is about one.';
COMMENT ON COLUMN mart.documents.commune_name_2025 IS 'Short name of that commune, ward or special zone ("An Nghĩa").';
COMMENT ON COLUMN mart.documents.is_relevant IS 'True if the article reports on a local-government or Party body''s meeting or work.';
COMMENT ON COLUMN mart.documents.clean_text IS 'The article''s text after cleaning (NFC); every char_start/char_end of the fact views is an offset into it.';
COMMENT ON COLUMN mart.documents.duplicate_of IS 'For a duplicate, the source_id of the document it repeats.';
COMMENT ON COLUMN mart.documents.encoding IS 'Character encoding the raw bytes were decoded from.';
COMMENT ON COLUMN mart.documents.url IS 'Address of the page, where the input gave one.';
COMMENT ON COLUMN mart.documents.source_unit IS 'The unit named under the byline ("Trung tâm VH, TT&TT").';
COMMENT ON COLUMN mart.documents.category IS 'The portal''s category line ("Chính trị").';
COMMENT ON COLUMN mart.documents.fetched_at IS 'When the input says the page was fetched (a JSON Lines record''s fetched_at), local time; NULL where it does not say.';
COMMENT ON COLUMN mart.documents.event_date_basis IS 'How the year of event_date is known: stated (written with the date), published or fetched (from the publication or fetch date), inferred (guessed from the article''s other clues: a guess, read it as one). NULL without an event_date.';
COMMENT ON COLUMN mart.documents.relevance_reason IS 'Why is_relevant: the model''s probability against its threshold and the terms that weighed most for and against (a cue of the rules, or a headline or opening word), or the keyword gate''s reason when it stopped the page.';
COMMENT ON COLUMN mart.documents.relevance_score IS 'The relevance model''s calibrated probability (0 to 1) that the article is local-government news; is_relevant is this against the model''s threshold. NULL where the keyword gate stopped the page (it names no local body with a meeting, personnel or decision word) and for quarantined documents.';
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
COMMENT ON COLUMN mart.sessions.province_code_2025 IS 'GSO code of the body''s province in the structure in force from 2025-07-01; NULL for a central body.';
COMMENT ON COLUMN mart.sessions.commune_code_2025 IS 'GSO code of the body''s commune-level unit (xã, phường, đặc khu) in the 2025 structure, for a commune-level body.';
COMMENT ON COLUMN mart.sessions.evidence IS 'The sentence of clean_text the meeting was read from.';
COMMENT ON COLUMN mart.sessions.char_start IS 'Offset in the document''s clean_text where the words naming the meeting begin.';
COMMENT ON COLUMN mart.sessions.char_end IS 'Offset in clean_text just after those words (end exclusive).';
COMMENT ON COLUMN mart.sessions.pipeline_version IS 'Version of the pipeline that produced this row.';

COMMENT ON VIEW mart.person_roles IS 'One row per (person, role) stated in a document: a person named with a stacked title ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện") has one row per role. A person named with no current role (only a former title, "nguyên Bí thư ..."; a post the document reports removed, "miễn nhiệm ... đối với ông ..."; or as the official replaced, "thay ông ...") has one row with position, organization_type and level NULL.';
COMMENT ON COLUMN mart.person_roles.source_id IS 'The document that states the role (mart.documents.source_id).';
COMMENT ON COLUMN mart.person_roles.person_id IS 'Id of the person (core.dim_person): the same folded name in the same province is the same person across documents.';
COMMENT ON COLUMN mart.person_roles.person_name IS 'The person''s full name as first written.';
COMMENT ON COLUMN mart.person_roles.position IS 'The post held: a position code; NULL on the one row of a person named with no current role.';
COMMENT ON COLUMN mart.person_roles.organization_type IS 'Kind of body the post is in: an organization_type code; NULL where position is.';
COMMENT ON COLUMN mart.person_roles.level IS 'Administrative level of that body: a level code; NULL where position is.';
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
COMMENT ON COLUMN mart.indicator_values.qualifier IS 'How exact the figure is said to be: a qualifier code (over, under, at_least, at_most, nearly, about, estimated); NULL if stated plainly.';
COMMENT ON COLUMN mart.indicator_values.measure IS 'A measure code: actual for a figure reported as achieved, target for one set as a target, plan, directive or commitment ("phấn đấu 100% ...", "chỉ tiêu ...: thu ngân sách 141 tỷ đồng", "sẽ thông qua 4 tờ trình").';
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
COMMENT ON COLUMN core.dim_admin_unit.unit_type IS 'Kind of unit as written in Vietnamese ("Tỉnh", "Thành phố", "Huyện", "Thị xã", "Quận", "Xã", "Phường", "Thị trấn", "Đặc khu").';
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
COMMENT ON VIEW mart.admin_unit_bridge IS 'One row per (legacy unit, 2025 unit) pair whose territories overlap: where each unit of before 2025-07-01 went in the structure in force since. Join a fact''s legacy province_code on legacy_level = ''province'' to roll it up to its 2025 province.';
COMMENT ON COLUMN mart.admin_unit_bridge.legacy_level IS 'Level of the legacy unit: province, district or commune.';
COMMENT ON COLUMN mart.admin_unit_bridge.legacy_code IS 'GSO code of the legacy unit.';
COMMENT ON COLUMN mart.admin_unit_bridge.legacy_name IS 'Short name of the legacy unit.';
COMMENT ON COLUMN mart.admin_unit_bridge.legacy_type IS 'Kind of legacy unit, lower case (tỉnh, huyện, xã, thị trấn ...).';
COMMENT ON COLUMN mart.admin_unit_bridge.legacy_province_code IS 'GSO code of the legacy unit''s province.';
COMMENT ON COLUMN mart.admin_unit_bridge.legacy_province_name IS 'Short name of the legacy unit''s province.';
COMMENT ON COLUMN mart.admin_unit_bridge.legacy_district_code IS 'GSO code of the legacy unit''s district, for a district or commune.';
COMMENT ON COLUMN mart.admin_unit_bridge.level_2025 IS 'Level of the 2025 unit: province, or commune (a xã, phường or đặc khu). A legacy province or district goes to a province; a legacy commune, or an island district without communes, to a commune.';
COMMENT ON COLUMN mart.admin_unit_bridge.code_2025 IS 'GSO code of the 2025 unit.';
COMMENT ON COLUMN mart.admin_unit_bridge.name_2025 IS 'Short name of the 2025 unit.';
COMMENT ON COLUMN mart.admin_unit_bridge.type_2025 IS 'Kind of 2025 unit, lower case (tỉnh, thành phố, xã, phường, đặc khu).';
COMMENT ON COLUMN mart.admin_unit_bridge.province_code_2025 IS 'GSO code of the 2025 unit''s province.';
COMMENT ON COLUMN mart.admin_unit_bridge.province_name_2025 IS 'Short name of the 2025 unit''s province.';
COMMENT ON COLUMN mart.admin_unit_bridge.overlap IS 'whole: the legacy unit went whole into the 2025 unit; part: a legacy commune divided among several 2025 units, this one being one of them.';
COMMENT ON COLUMN mart.admin_unit_bridge.is_main IS 'True for the 2025 unit that holds the legacy unit, or its main part (each legacy unit has one such row per level); filter on it to count each legacy fact once.';
COMMENT ON COLUMN mart.admin_unit_bridge.legacy_unit_key IS 'The legacy unit''s key in core.dim_admin_unit ("legacy:commune:05380").';
COMMENT ON COLUMN mart.admin_unit_bridge.unit_key_2025 IS 'The 2025 unit''s key in core.dim_admin_unit ("2025:commune:05395").';

COMMENT ON TABLE core.bridge_admin_unit IS 'One row per (legacy unit, 2025 unit) pair whose territories overlap, from the vietnamadminunits converter tables: the old→new bridge of the 2025-07-01 reform.';
COMMENT ON COLUMN core.bridge_admin_unit.legacy_unit_key IS 'Key of the legacy unit (core.dim_admin_unit.unit_key, era legacy).';
COMMENT ON COLUMN core.bridge_admin_unit.unit_key_2025 IS 'Key of the 2025 unit (core.dim_admin_unit.unit_key, era 2025).';
COMMENT ON COLUMN core.bridge_admin_unit.overlap IS 'whole, or part for one of the units a divided legacy commune was shared among.';
COMMENT ON COLUMN core.bridge_admin_unit.is_main IS 'True for the 2025 unit that holds the legacy unit, or its main part.';

COMMENT ON COLUMN core.dim_date.weekday IS 'ISO day of the week: Monday = 1 ... Sunday = 7.';

COMMENT ON TABLE core.dim_indicator IS 'One row per indicator code of the taxonomy.';
COMMENT ON COLUMN core.dim_indicator.indicator_code IS 'Key: the indicator code (mart.indicator_values.indicator_code).';
COMMENT ON COLUMN core.dim_indicator.label_vi IS 'What the code measures, in Vietnamese.';

-- Canonical bodies, the parts of a body that act for it, person scopes below the province, and the indicator
-- catalogue's columns.
--
-- A body is now one row per (body type, level, administrative unit, era), plus its own name for the types with many
-- bodies in one unit (a Party cell, a mass organisation): `body_id` is the md5 of those key fields
-- (transforms/normalize/bodies.py), `unit_key` a core.dim_admin_unit key of either era ("legacy:district:178" or a
-- 2025 unit's). Rows of the earlier definition (hashed from the name as written) are left for the loader to drop
-- once no fact refers to them; a run with --reprocess rebuilds every body.

ALTER TABLE core.dim_body ADD COLUMN IF NOT EXISTS unit_key VARCHAR;       -- core.dim_admin_unit.unit_key
ALTER TABLE core.dim_body ADD COLUMN IF NOT EXISTS era VARCHAR;            -- legacy | 2025; NULL for a central body
ALTER TABLE core.dim_body ADD COLUMN IF NOT EXISTS own_name VARCHAR;       -- folded own name; NULL for one-per-unit types
ALTER TABLE core.dim_body ADD COLUMN IF NOT EXISTS commune_code VARCHAR;

-- Grain: one row per (body, name it is written as): the variants articles use for one body.
CREATE TABLE IF NOT EXISTS core.dim_body_alias (
    body_id          VARCHAR NOT NULL,            -- core.dim_body.body_id
    alias_key        VARCHAR NOT NULL,            -- the name folded for matching
    alias            VARCHAR NOT NULL,            -- the name as first written
    first_source_id  VARCHAR NOT NULL,            -- the document it was first read from
    PRIMARY KEY (body_id, alias_key)
);

-- A person holding posts below the province is scoped by the district of those posts as well as by the province.
ALTER TABLE core.dim_person ADD COLUMN IF NOT EXISTS district_code VARCHAR;

ALTER TABLE core.dim_indicator ADD COLUMN IF NOT EXISTS category VARCHAR;
ALTER TABLE core.dim_indicator ADD COLUMN IF NOT EXISTS label_en VARCHAR;
ALTER TABLE core.dim_indicator ADD COLUMN IF NOT EXISTS unit VARCHAR;
ALTER TABLE core.dim_indicator ADD COLUMN IF NOT EXISTS kind VARCHAR;     -- level | change | share
ALTER TABLE core.dim_indicator ADD COLUMN IF NOT EXISTS triggers VARCHAR;

ALTER TABLE staging.sessions ADD COLUMN IF NOT EXISTS body_id VARCHAR;
ALTER TABLE staging.sessions ADD COLUMN IF NOT EXISTS body_canonical_name VARCHAR;
ALTER TABLE staging.sessions ADD COLUMN IF NOT EXISTS body_unit_key VARCHAR;
ALTER TABLE staging.sessions ADD COLUMN IF NOT EXISTS body_own_name VARCHAR;
ALTER TABLE staging.sessions ADD COLUMN IF NOT EXISTS body_part VARCHAR;

ALTER TABLE staging.person_roles ADD COLUMN IF NOT EXISTS person_district VARCHAR;
ALTER TABLE staging.person_roles ADD COLUMN IF NOT EXISTS body_id VARCHAR;
ALTER TABLE staging.person_roles ADD COLUMN IF NOT EXISTS body_canonical_name VARCHAR;
ALTER TABLE staging.person_roles ADD COLUMN IF NOT EXISTS unit_key VARCHAR;
ALTER TABLE staging.person_roles ADD COLUMN IF NOT EXISTS body_part VARCHAR;

ALTER TABLE core.fact_session ADD COLUMN IF NOT EXISTS body_part VARCHAR;        -- standing_committee, legal_board ...
ALTER TABLE core.fact_session ADD COLUMN IF NOT EXISTS body_name_as_written VARCHAR;
ALTER TABLE core.fact_session ADD COLUMN IF NOT EXISTS unit_key VARCHAR;        -- the body's unit

ALTER TABLE core.fact_person_role ADD COLUMN IF NOT EXISTS body_id VARCHAR;
ALTER TABLE core.fact_person_role ADD COLUMN IF NOT EXISTS body_part VARCHAR;
ALTER TABLE core.fact_person_role ADD COLUMN IF NOT EXISTS unit_key VARCHAR;    -- the unit of the post's body

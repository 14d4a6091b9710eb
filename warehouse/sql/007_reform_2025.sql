-- The structure in force from 2025-07-01 (34 provinces, communes, no districts) beside the legacy one, on documents
-- and meetings; and the old→new bridge between the two.

-- Keys into core.dim_admin_unit of era 2025 ("2025:province:25", "2025:commune:05395"), as the legacy keys are.
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS province_key_2025 VARCHAR;
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS commune_key_2025 VARCHAR;
ALTER TABLE core.fact_session ADD COLUMN IF NOT EXISTS province_key_2025 VARCHAR;
ALTER TABLE core.fact_session ADD COLUMN IF NOT EXISTS commune_key_2025 VARCHAR;
ALTER TABLE staging.sessions ADD COLUMN IF NOT EXISTS province_code_2025 VARCHAR;
ALTER TABLE staging.sessions ADD COLUMN IF NOT EXISTS commune_code_2025 VARCHAR;

-- Grain: one row per (legacy unit, 2025 unit) pair whose territories overlap: a legacy province or district and the
-- 2025 province it became part of, a legacy commune (or an island district without communes) and the 2025 commune,
-- ward or special zone it went to, whole or in part.
CREATE TABLE IF NOT EXISTS core.bridge_admin_unit (
    legacy_unit_key  VARCHAR NOT NULL,            -- core.dim_admin_unit.unit_key of era legacy
    unit_key_2025    VARCHAR NOT NULL,            -- core.dim_admin_unit.unit_key of era 2025
    overlap          VARCHAR NOT NULL,            -- whole | part
    is_main          BOOLEAN NOT NULL,            -- the 2025 unit that holds the legacy unit, or its main part
    PRIMARY KEY (legacy_unit_key, unit_key_2025)
);

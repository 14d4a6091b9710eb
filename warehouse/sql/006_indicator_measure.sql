-- Whether a figure is reported as achieved ('actual') or set as a target, plan, directive or commitment ('target').
-- Rows loaded before this column existed were all reported results: targets were not extracted then.
ALTER TABLE staging.indicator_values ADD COLUMN IF NOT EXISTS measure VARCHAR DEFAULT 'actual';
ALTER TABLE core.fact_indicator_value ADD COLUMN IF NOT EXISTS measure VARCHAR DEFAULT 'actual';

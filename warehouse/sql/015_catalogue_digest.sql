-- The digest of the indicator catalogue (catalogue.toml and the module that reads it) that core.dim_indicator was
-- last filled from: an open that finds the same digest leaves the dimension as it is, without reading the catalogue.
-- Grain: at most one row.
CREATE TABLE IF NOT EXISTS meta.catalogue_digest (
    digest VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

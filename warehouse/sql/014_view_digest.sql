-- The digest of the view and comment files (mart_views.sql, mart_comments.sql) the warehouse's views were last
-- created from: an open that finds the same digest, and applies no migration, leaves the views as they are.
-- Grain: at most one row.
CREATE TABLE IF NOT EXISTS meta.view_digest (
    digest VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

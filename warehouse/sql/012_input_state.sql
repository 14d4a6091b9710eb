-- Where each document's input is, and whether the last run could read it. A document whose input cannot be read
-- (or is gone) keeps the content it was last loaded with; these columns say so, and meta.document_events keeps the
-- history of such changes.
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS input_path VARCHAR;        -- absolute path of the input file
-- What the document was read as: its content hash and what else of the input cleaning reads (bytes or a record's
-- text, HTML or not, a record's URL and title). A document is unchanged only if this is.
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS input_sha256 VARCHAR;
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS input_state VARCHAR DEFAULT 'present';  -- present | unreadable | missing
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS last_seen_at TIMESTAMP;    -- set when the input stops being readable
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS last_error VARCHAR;
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS last_error_at TIMESTAMP;

-- The input folders and files of each run, absolute: a document under them that a successful run did not meet is
-- gone, and the last run that covered a document is the last that saw it.
ALTER TABLE meta.runs ADD COLUMN IF NOT EXISTS input_roots VARCHAR[];
ALTER TABLE meta.runs ADD COLUMN IF NOT EXISTS n_kept BIGINT DEFAULT 0;       -- known documents whose input failed
ALTER TABLE meta.runs ADD COLUMN IF NOT EXISTS n_missing BIGINT DEFAULT 0;    -- known documents whose input is gone

-- Grain: one row per change in whether a document's input could be read (unreadable, missing, back, removed).
CREATE TABLE IF NOT EXISTS meta.document_events (
    run_id     VARCHAR NOT NULL,
    source_id  VARCHAR NOT NULL,
    event_at   TIMESTAMP NOT NULL,
    event      VARCHAR NOT NULL,                  -- unreadable | missing | back | removed
    detail     VARCHAR
);

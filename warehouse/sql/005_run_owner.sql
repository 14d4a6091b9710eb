-- Which process ran each run: the host, its process id, and a token drawn once per process (process ids are reused,
-- above all in containers). A run left `running` by another process died with it, since DuckDB gives one process
-- the file at a time; one left `running` by this very process is still going, and a second run must not start.
ALTER TABLE meta.runs ADD COLUMN IF NOT EXISTS hostname VARCHAR;
ALTER TABLE meta.runs ADD COLUMN IF NOT EXISTS pid INTEGER;
ALTER TABLE meta.runs ADD COLUMN IF NOT EXISTS process_token VARCHAR;

-- When the input says a page was fetched, and how the year of a document's event date is known: written with the
-- date (stated), taken from the publication or fetch date (published, fetched), or inferred from the article's
-- other clues (inferred: a guess, to be read as one).
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS fetched_at TIMESTAMP;
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS event_date_basis VARCHAR;

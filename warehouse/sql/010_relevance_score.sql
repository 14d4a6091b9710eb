-- The relevance model's calibrated probability beside the verdict (issue 13): NULL where the keyword gate stopped
-- the page before the model read it, and for documents judged before the model (re-judged when re-processed).
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS relevance_score DOUBLE;

/*
   Question: what became of the input documents: how many were loaded, and which were quarantined (could not be
             read or parsed), marked duplicate or found irrelevant — and why?
   Grain: one row per (status, reason). Loaded documents have no reason; for the others the reason is the one
          recorded (a quarantine reason, the document a duplicate repeats, the missing relevance cue).
          For quarantined documents only, add: where status = 'quarantined'.
   Run:  localgov query -f queries/document_status_and_reasons.sql
*/
select
    status,
    coalesce(status_reason, '') as reason,
    count(*) as n_documents,
    string_agg(source_id, ', ' order by source_id) as source_ids,
    min(loaded_at) as first_loaded_at,
    max(loaded_at) as last_loaded_at
from mart.documents
group by status, reason
order by status = 'loaded', status, n_documents desc, reason;

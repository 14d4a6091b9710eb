-- A run stopped by Ctrl-C is recorded as `interrupted` (its committed batches stay; the next run goes on from them);
-- a run left `running` by a process that died is marked `failed` by the next run, which holds the run lock.
COMMENT ON COLUMN meta.runs.status IS 'running | succeeded | failed | interrupted (stopped by Ctrl-C: the batches it committed stay, and the next run skips them as unchanged)';

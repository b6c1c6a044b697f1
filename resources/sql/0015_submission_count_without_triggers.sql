-- The stored number of submissions without per-row triggers: the triggers of migration 0012 made
-- every plain insert several times slower. The services now add their net change once per
-- write transaction (SubmissionCount::add); the number is counted again here so it starts exact.
DROP TRIGGER IF EXISTS submissions_count_insert;
DROP TRIGGER IF EXISTS submissions_count_delete;
INSERT OR REPLACE INTO submission_stats (id, total) SELECT 1, count(*) FROM submissions;

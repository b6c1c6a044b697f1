-- Submissions: fewer secondary indexes, so an import builds fewer B-trees (each one sorts every
-- row and reads the whole table again). Indexes only; no table changes.

-- The list sorts by status with ties in the order received, on
-- dashboard_submissions_status_received (status, received_at, then the id SQLite appends), which
-- also serves the status filters and the dashboard's new submissions.
DROP INDEX IF EXISTS submissions_status;

-- closed_at is set exactly while a submission is closed. One partial index of the closed rows
-- serves the dashboard's closed submissions past retention, the retention purge and the "due for
-- deletion" filter (status = 'closed' AND closed_at < ?: closed_at < ? implies IS NOT NULL). An
-- import adds nothing to it: imported rows are new.
DROP INDEX IF EXISTS dashboard_submissions_status_closed;
DROP INDEX IF EXISTS submissions_closed;
CREATE INDEX IF NOT EXISTS submissions_closed_by_status ON submissions (status, closed_at)
    WHERE closed_at IS NOT NULL;

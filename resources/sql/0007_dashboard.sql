-- Dashboard: indexes for its aggregate queries, so the page opens quickly on a vault with a
-- million contact submissions. Indexes only; no table changes.

-- Submissions per week/month and new submissions in a period: range scans on received_at.
CREATE INDEX IF NOT EXISTS dashboard_submissions_received ON submissions (received_at);
-- New submissions not yet handled (count and oldest) straight from the index.
-- Closed submissions past the retention period (count and oldest) likewise.
CREATE INDEX IF NOT EXISTS dashboard_submissions_status_received ON submissions (status, received_at);
CREATE INDEX IF NOT EXISTS dashboard_submissions_status_closed ON submissions (status, closed_at);

-- The contents check of a policy version (网络数据安全管理条例 art. 21, in force 2025-01-01):
-- one row per required item the approver has looked at. The items themselves are a table in
-- core (policies/PolicyContents.cpp), so a change in the rules is a code change, not a migration.
CREATE TABLE policy_content_checks (
    version_id INTEGER NOT NULL REFERENCES policy_versions (id),
    item_key   TEXT NOT NULL CHECK (item_key <> ''),
    ticked     INTEGER NOT NULL DEFAULT 0 CHECK (ticked IN (0, 1)),
    note       TEXT NOT NULL DEFAULT '',   -- where the policy says it, e.g. 二.1
    actor_id   INTEGER REFERENCES accounts (id),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (version_id, item_key)
) WITHOUT ROWID;

-- Processors (受托人, PIPL art. 21): the date the next review or audit of the processor is due;
-- the attention list shows it from 30 days before.
ALTER TABLE processors ADD COLUMN next_review TEXT; -- YYYY-MM-DD

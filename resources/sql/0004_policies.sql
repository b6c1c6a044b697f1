-- Policy documents and their bilingual versions (policy section 二.7: the policy is revised;
-- a change that materially reduces people's rights is announced before it takes effect).
CREATE TABLE policy_documents (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,          -- e.g. "隐私政策 / Privacy policy"
    created_at TEXT NOT NULL
);

CREATE TABLE policy_versions (
    id               INTEGER PRIMARY KEY,
    document_id      INTEGER NOT NULL REFERENCES policy_documents (id),
    label            TEXT NOT NULL,            -- e.g. 2024-04-25 or 1.3
    text_zh          TEXT NOT NULL DEFAULT '', -- Markdown
    text_en          TEXT NOT NULL DEFAULT '', -- Markdown
    change_summary   TEXT NOT NULL DEFAULT '',
    updated_on       TEXT,                     -- YYYY-MM-DD, the date printed on the policy
    effective_on     TEXT,                     -- YYYY-MM-DD
    status           TEXT NOT NULL DEFAULT 'draft'
                     CHECK (status IN ('draft', 'in_review', 'approved', 'published', 'superseded')),
    author_id        INTEGER REFERENCES accounts (id),
    approver_id      INTEGER REFERENCES accounts (id),
    approved_at      TEXT,
    published_at     TEXT,
    content_hash     TEXT NOT NULL DEFAULT '', -- SHA-256 hex, set when published
    material_change  INTEGER NOT NULL DEFAULT 0,
    based_on_id      INTEGER REFERENCES policy_versions (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (document_id, label)
);
CREATE INDEX policy_versions_document ON policy_versions (document_id, status);

-- Every status change, with who and when (the version history report reads it).
CREATE TABLE policy_status_history (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES policy_versions (id),
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    actor_id    INTEGER REFERENCES accounts (id),
    at          TEXT NOT NULL
);
CREATE INDEX policy_status_history_version ON policy_status_history (version_id);

-- The announcement of a material change: one plan per version.
CREATE TABLE policy_notification_plans (
    version_id   INTEGER PRIMARY KEY REFERENCES policy_versions (id),
    channels     TEXT NOT NULL DEFAULT '',   -- comma-separated: email, in_site, other
    other_channel TEXT NOT NULL DEFAULT '',
    planned_on   TEXT,                       -- YYYY-MM-DD
    notice_zh    TEXT NOT NULL DEFAULT '',
    notice_en    TEXT NOT NULL DEFAULT '',
    sent_on      TEXT,                       -- YYYY-MM-DD
    sent_by      INTEGER REFERENCES accounts (id),
    updated_at   TEXT NOT NULL
);

-- Published texts are immutable even for code that bypasses the service: the hash shown on
-- every export must keep matching the text.
CREATE TRIGGER policy_versions_published_immutable
BEFORE UPDATE OF label, text_zh, text_en, content_hash, document_id ON policy_versions
WHEN OLD.status IN ('published', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'policy version is published and immutable');
END;

CREATE TRIGGER policy_versions_published_undeletable
BEFORE DELETE ON policy_versions
WHEN OLD.status IN ('published', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'policy version is published and immutable');
END;

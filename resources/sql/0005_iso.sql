-- ISO/IEC 27001:2022 checklist (policy section 二.3.1): the Annex A controls, their
-- Statement of Applicability decisions, implementation, owners, evidence and reviews.

-- Catalogue version and SoA header (scope, version, approval).
CREATE TABLE iso_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE iso_controls (
    id             INTEGER PRIMARY KEY,          -- owner id for attachments ("control")
    control_id     TEXT NOT NULL UNIQUE,         -- "5.1" … "8.34"
    theme          TEXT NOT NULL CHECK (theme IN ('organizational', 'people', 'physical', 'technological')),
    sort_key       INTEGER NOT NULL,             -- clause * 1000 + number, for natural order
    title_en       TEXT NOT NULL,
    title_zh       TEXT NOT NULL,
    retired        INTEGER NOT NULL DEFAULT 0,   -- dropped by a newer catalogue; assessment kept
    applicable     INTEGER NOT NULL DEFAULT 1,
    justification  TEXT NOT NULL DEFAULT '',
    reasons        TEXT NOT NULL DEFAULT '',     -- comma list: legal, contractual, risk, business
    status         TEXT NOT NULL DEFAULT 'not_started'
                   CHECK (status IN ('not_started', 'planned', 'partial', 'implemented', 'not_applicable')),
    owner          TEXT NOT NULL DEFAULT '',
    target_date    TEXT,                         -- YYYY-MM-DD
    notes          TEXT NOT NULL DEFAULT '',
    review_months  INTEGER NOT NULL DEFAULT 12 CHECK (review_months BETWEEN 1 AND 60),
    last_reviewed  TEXT,                         -- YYYY-MM-DD
    updated_at     TEXT NOT NULL
);
CREATE INDEX iso_controls_order ON iso_controls (retired, sort_key);

-- Text and link evidence; files are attachments with owner_type 'control'.
CREATE TABLE iso_evidence (
    id         INTEGER PRIMARY KEY,
    control    INTEGER NOT NULL REFERENCES iso_controls (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('text', 'link')),
    title      TEXT NOT NULL,
    content    TEXT NOT NULL DEFAULT '',
    added_by   INTEGER REFERENCES accounts (id),
    added_at   TEXT NOT NULL
);
CREATE INDEX iso_evidence_control ON iso_evidence (control);

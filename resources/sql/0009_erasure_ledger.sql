-- The erasure ledger: what lets an erasure outlive backups and re-imports. For each person
-- erased through a rights request it keeps keyed hashes (HMAC-SHA256) of the normalised email
-- and the normalised phone, never the values. A restore re-applies the current vault's ledger to
-- the restored data before anyone sees it, and an import skips rows that match it.
-- Keys are random, 32 bytes, one per vault; a restore that merges the ledger of another vault
-- brings that vault's key along, so a ledger may hold entries under more than one key.
CREATE TABLE erasure_ledger_keys (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    key        BLOB NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE erasure_ledger (
    key_id    INTEGER NOT NULL REFERENCES erasure_ledger_keys (id),
    kind      TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    digest    BLOB NOT NULL,                 -- HMAC-SHA256(key, kind ":" normalised value)
    person    TEXT NOT NULL,                 -- random id grouping one person's identifiers
    erased_at TEXT NOT NULL,                 -- UTC; records received after this are not matched
    PRIMARY KEY (key_id, kind, digest)
) WITHOUT ROWID;

-- Records the intake proposed for a request (same email or phone) that staff dismissed as not
-- the requester's. A deletion or access request is fulfilled only when every proposed record is
-- either linked (confirmed) or dismissed here.
CREATE TABLE request_dismissed_matches (
    request_id   INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    target_type  TEXT NOT NULL CHECK (target_type IN ('submission', 'request')),
    target_id    INTEGER NOT NULL,
    dismissed_at TEXT NOT NULL,
    dismissed_by INTEGER REFERENCES accounts (id),
    PRIMARY KEY (request_id, target_type, target_id)
) WITHOUT ROWID;
CREATE INDEX request_dismissed_matches_target ON request_dismissed_matches (target_type, target_id);

-- Contact submissions from the website's "contact us" form (policy section 二.1).
CREATE TABLE submissions (
    id             INTEGER PRIMARY KEY,
    received_at    TEXT NOT NULL,              -- UTC, ISO 8601
    name           TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',   -- as entered
    phone_norm     TEXT NOT NULL DEFAULT '',   -- ContactNormalizer::phone
    email          TEXT NOT NULL DEFAULT '',   -- as entered
    email_norm     TEXT NOT NULL DEFAULT '',   -- ContactNormalizer::email
    region         TEXT NOT NULL DEFAULT '',
    message        TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',   -- import file name or "manual"
    status         TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'closed')),
    assignee_id    INTEGER REFERENCES accounts (id),
    notes          TEXT NOT NULL DEFAULT '',
    closed_at      TEXT,
    possible_minor INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    dedup_key      INTEGER NOT NULL DEFAULT 0  -- hash of normalised phone, email, name and time
);
-- Every sortable column has an index ending in id, so a page in any order is an index range
-- and the next page is a keyset step, not an OFFSET scan.
CREATE INDEX submissions_received ON submissions (received_at, id);
CREATE INDEX submissions_name ON submissions (name, id);
CREATE INDEX submissions_phone_norm ON submissions (phone_norm, id);
CREATE INDEX submissions_email_norm ON submissions (email_norm, id);
CREATE INDEX submissions_region ON submissions (region, id);
CREATE INDEX submissions_status ON submissions (status, id);
CREATE INDEX submissions_closed ON submissions (closed_at) WHERE closed_at IS NOT NULL;

-- The substring search index: for each gram (an ASCII trigram or a bigram with a non-ASCII
-- character, packed exactly into an integer, so there are no hash collisions) and each block
-- of 65,536 ids, the sorted ids of the submissions that contain it, as little-endian uint32.
-- Posting blobs are written in bulk, which keeps the import fast; `docs` lets the query
-- planner start from the rarest gram without reading the blob.
CREATE TABLE submission_grams (
    gram  INTEGER NOT NULL,
    block INTEGER NOT NULL,
    docs  INTEGER NOT NULL,
    ids   BLOB NOT NULL,
    -- Block first: an import appends whole blocks at the end of the tree instead of touching
    -- pages all over it, which kept the import at a fifth of its speed on a million rows.
    PRIMARY KEY (block, gram)
) WITHOUT ROWID;
CREATE INDEX submission_grams_gram ON submission_grams (gram, docs);

-- Rows deleted without going through eraseSubmissions() (plain SQL) still have postings; the
-- trigger remembers their ids so compactSearchIndex() can sweep them out of the index.
CREATE TABLE submission_unindexed_deletes (id INTEGER PRIMARY KEY);
CREATE TRIGGER submissions_deleted AFTER DELETE ON submissions
BEGIN
    INSERT OR IGNORE INTO submission_unindexed_deletes (id) VALUES (old.id);
END;

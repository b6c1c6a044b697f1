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
    updated_at     TEXT NOT NULL
);
CREATE INDEX submissions_phone_norm ON submissions (phone_norm) WHERE phone_norm <> '';
CREATE INDEX submissions_email_norm ON submissions (email_norm) WHERE email_norm <> '';

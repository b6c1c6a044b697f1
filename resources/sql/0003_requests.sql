-- Rights requests (policy section 二.4, PIPL arts. 44-50): intake, workflow, deadlines,
-- links to the person's records, fulfilment. Once a deletion is fulfilled the request keeps
-- only non-personal facts (type, dates, ground, counts): erased = 1.
CREATE TABLE requests (
    id                  INTEGER PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE,               -- RR-2026-0001
    type                TEXT NOT NULL CHECK (type IN ('access', 'correction', 'deletion', 'cancellation',
                                                      'withdrawal', 'portability', 'other')),
    state               TEXT NOT NULL DEFAULT 'received'
                        CHECK (state IN ('received', 'verification', 'in_progress', 'waiting', 'completed',
                                         'rejected', 'withdrawn')),
    received_on         TEXT NOT NULL,                      -- YYYY-MM-DD
    channel             TEXT NOT NULL DEFAULT 'email'
                        CHECK (channel IN ('email', 'phone', 'letter', 'website', 'in_person')),
    requester_name      TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    email_norm          TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    phone_norm          TEXT NOT NULL DEFAULT '',
    on_behalf           TEXT NOT NULL DEFAULT 'self' CHECK (on_behalf IN ('self', 'guardian', 'agent')),
    description         TEXT NOT NULL DEFAULT '',
    possible_minor      INTEGER NOT NULL DEFAULT 0,
    assignee_id         INTEGER REFERENCES accounts (id),
    deadline_rule       TEXT NOT NULL,                      -- working:15 | calendar:30 | months:1
    base_due_on         TEXT NOT NULL,                      -- from the rule, before pauses
    due_on              TEXT NOT NULL,                      -- base + extension + paused working days
    paused_working_days INTEGER NOT NULL DEFAULT 0,
    paused_since        TEXT,                               -- date the current pause began
    resume_state        TEXT,                               -- state a pause returns to
    extension_months    INTEGER NOT NULL DEFAULT 0,
    extension_reason    TEXT NOT NULL DEFAULT '',
    verification_method TEXT,
    verified_by         INTEGER REFERENCES accounts (id),
    verified_at         TEXT,
    rejection_reason    TEXT,
    rejection_text      TEXT NOT NULL DEFAULT '',
    deletion_ground     TEXT,
    deletion_summary    TEXT NOT NULL DEFAULT '',           -- JSON: categories and counts only
    fulfilled_by        INTEGER REFERENCES accounts (id),
    fulfilled_at        TEXT,
    signed_off_by       INTEGER REFERENCES accounts (id),
    signed_off_at       TEXT,
    closed_at           TEXT,
    erased              INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX requests_state ON requests (state, due_on);
CREATE INDEX requests_email_norm ON requests (email_norm) WHERE email_norm <> '';
CREATE INDEX requests_phone_norm ON requests (phone_norm) WHERE phone_norm <> '';

-- The timeline: states and keys only, never personal values.
CREATE TABLE request_events (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    actor_id    INTEGER,
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_events_request ON request_events (request_id, id);

-- Records staff confirmed as belonging to the requester.
CREATE TABLE request_links (
    request_id  INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    target_type TEXT NOT NULL CHECK (target_type IN ('submission', 'request')),
    target_id   INTEGER NOT NULL,
    linked_at   TEXT NOT NULL,
    PRIMARY KEY (request_id, target_type, target_id)
) WITHOUT ROWID;
CREATE INDEX request_links_target ON request_links (target_type, target_id);

-- Working-day calendar: public holidays and make-up working days (调休), per year.
CREATE TABLE request_calendar_days (
    day  TEXT PRIMARY KEY,                                   -- YYYY-MM-DD
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Response-letter templates edited per vault; code holds the defaults.
CREATE TABLE request_letter_templates (
    outcome  TEXT NOT NULL,
    language TEXT NOT NULL,
    body     TEXT NOT NULL,
    PRIMARY KEY (outcome, language)
) WITHOUT ROWID;

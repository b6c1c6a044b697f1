-- Registers (policy sections 二.2 and 二.3.2, PIPL arts. 23, 25 and 57): sharing, transfer and
-- public-disclosure events with their legal basis, and personal-information security incidents
-- with their notifications.

-- The managed list of personal-information categories a disclosure or incident can involve.
-- `key` is stable (used by the CLI and in exports); names are shown in the report language.
CREATE TABLE register_data_categories (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name_en    TEXT NOT NULL,
    name_zh    TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO register_data_categories (key, name_en, name_zh, sort_order) VALUES
    ('name', 'Name', '姓名', 10),
    ('phone', 'Phone number', '电话号码', 20),
    ('email', 'Email address', '电子邮箱', 30),
    ('region', 'Region', '所在地区', 40),
    ('message', 'Message content', '留言内容', 50),
    ('address', 'Postal address', '通讯地址', 60),
    ('id_number', 'ID document number', '身份证件号码', 70),
    ('health', 'Health information', '健康信息', 80),
    ('account', 'Account information', '账户信息', 90),
    ('device', 'Device information', '设备信息', 100);

CREATE TABLE disclosures (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('sharing', 'transfer', 'public')),
    recipient_name    TEXT NOT NULL CHECK (recipient_name <> ''),
    recipient_type    TEXT NOT NULL DEFAULT 'company'
                      CHECK (recipient_type IN ('company', 'processor', 'regulator', 'court', 'public', 'other')),
    recipient_contact TEXT NOT NULL DEFAULT '',
    purpose           TEXT NOT NULL CHECK (purpose <> ''),
    people_count      INTEGER NOT NULL DEFAULT 0 CHECK (people_count >= 0),
    basis             TEXT NOT NULL CHECK (basis IN ('consent', 'law', 'government', 'judicial')),
    consent_record    TEXT NOT NULL DEFAULT '',
    law_citation      TEXT NOT NULL DEFAULT '',
    authority         TEXT NOT NULL DEFAULT '',
    document_number   TEXT NOT NULL DEFAULT '',
    court             TEXT NOT NULL DEFAULT '',
    case_number       TEXT NOT NULL DEFAULT '',
    disclosed_on      TEXT NOT NULL,              -- YYYY-MM-DD
    approved_by       TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    created_by        INTEGER REFERENCES accounts (id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    -- The service refuses these with a clear message; the checks keep the rule in the file too.
    CHECK (basis <> 'consent' OR consent_record <> ''),
    CHECK (basis <> 'law' OR law_citation <> ''),
    CHECK (basis <> 'government' OR (authority <> '' AND document_number <> '')),
    CHECK (basis <> 'judicial' OR (court <> '' AND case_number <> ''))
);
CREATE INDEX disclosures_on ON disclosures (disclosed_on);

CREATE TABLE disclosure_categories (
    disclosure_id INTEGER NOT NULL REFERENCES disclosures (id) ON DELETE CASCADE,
    category_id   INTEGER NOT NULL REFERENCES register_data_categories (id),
    PRIMARY KEY (disclosure_id, category_id)
) WITHOUT ROWID;

CREATE TABLE incidents (
    id                    INTEGER PRIMARY KEY,
    title                 TEXT NOT NULL CHECK (title <> ''),
    occurred_at           TEXT,                   -- UTC; may be unknown
    discovered_at         TEXT NOT NULL,          -- UTC; the regulator clock starts here
    category              TEXT NOT NULL DEFAULT 'other'
                          CHECK (category IN ('unauthorised_access', 'leak', 'loss', 'tampering', 'misdelivery',
                                              'malware', 'other')),
    severity              TEXT NOT NULL
                          CHECK (severity IN ('general', 'relatively_serious', 'major', 'especially_major')),
    people_count          INTEGER NOT NULL DEFAULT 0 CHECK (people_count >= 0),
    cause                 TEXT NOT NULL DEFAULT '',
    description           TEXT NOT NULL DEFAULT '',
    possible_harm         TEXT NOT NULL DEFAULT '',
    measures_taken        TEXT NOT NULL DEFAULT '',
    advice                TEXT NOT NULL DEFAULT '',
    remedies              TEXT NOT NULL DEFAULT '',
    status                TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'contained', 'notified', 'closed')),
    regulator_authority   TEXT NOT NULL DEFAULT '',
    regulator_reported_at TEXT,                   -- UTC
    regulator_reference   TEXT NOT NULL DEFAULT '',
    regulator_reported_by TEXT NOT NULL DEFAULT '',
    contained_at          TEXT,
    notified_at           TEXT,
    closed_at             TEXT,
    created_by            INTEGER REFERENCES accounts (id),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX incidents_discovered ON incidents (discovered_at);
CREATE INDEX incidents_status ON incidents (status);

CREATE TABLE incident_categories (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES register_data_categories (id),
    PRIMARY KEY (incident_id, category_id)
) WITHOUT ROWID;

-- Notices to the people affected, one row per channel and batch; a public announcement
-- (when individual notice is impractical) must say why.
CREATE TABLE incident_notifications (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    channel      TEXT NOT NULL CHECK (channel IN ('email', 'letter', 'phone', 'push', 'announcement')),
    notified_at  TEXT NOT NULL,               -- UTC
    people_count INTEGER NOT NULL DEFAULT 0 CHECK (people_count >= 0),
    notified_by  TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL DEFAULT '',    -- why individual notice was impractical
    note         TEXT NOT NULL DEFAULT '',
    created_by   INTEGER REFERENCES accounts (id),
    created_at   TEXT NOT NULL,
    CHECK (channel <> 'announcement' OR reason <> '')
);
CREATE INDEX incident_notifications_incident ON incident_notifications (incident_id);

-- Optional links from a register entry to contact submissions, rights requests or the other
-- register. No foreign key on the target: the target tables belong to other areas, and a
-- link to an erased record simply stops resolving.
CREATE TABLE register_links (
    owner_type  TEXT NOT NULL CHECK (owner_type IN ('disclosure', 'incident')),
    owner_id    INTEGER NOT NULL,
    target_type TEXT NOT NULL CHECK (target_type IN ('submission', 'request', 'disclosure', 'incident')),
    target_id   INTEGER NOT NULL,
    PRIMARY KEY (owner_type, owner_id, target_type, target_id)
) WITHOUT ROWID;

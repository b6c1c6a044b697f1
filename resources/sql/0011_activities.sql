-- Register of processing activities (PIPL arts. 13, 51, 55, 56), personal-information
-- protection impact assessments (个人信息保护影响评估), entrusted processors (受托人, PIPL art. 21)
-- and the figures the cross-border check (数据出境) counts.

-- Sensitive personal information (PIPL art. 28) is marked on the managed list of categories.
ALTER TABLE register_data_categories ADD COLUMN sensitive INTEGER NOT NULL DEFAULT 0;
UPDATE register_data_categories SET sensitive = 1 WHERE key IN ('id_number', 'health');
INSERT OR IGNORE INTO register_data_categories (key, name_en, name_zh, sort_order)
    VALUES ('cookies', 'Cookies and similar technologies', 'Cookies或其他类似技术', 110);

CREATE TABLE processors (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (name <> ''),
    contact           TEXT NOT NULL DEFAULT '',
    contract_signed   TEXT,                        -- YYYY-MM-DD
    contract_expires  TEXT,                        -- YYYY-MM-DD
    data_entrusted    TEXT NOT NULL DEFAULT '',    -- the categories entrusted, as agreed
    security_measures TEXT NOT NULL DEFAULT '',
    last_audit        TEXT,                        -- YYYY-MM-DD
    reminder_days     INTEGER NOT NULL DEFAULT 30 CHECK (reminder_days BETWEEN 0 AND 365),
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE TABLE processing_activities (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL CHECK (name <> ''),
    purpose              TEXT NOT NULL CHECK (purpose <> ''),
    subjects             TEXT NOT NULL DEFAULT '',   -- categories of people
    includes_minors      INTEGER NOT NULL DEFAULT 0, -- people under 14 (PIPL art. 31)
    source               TEXT NOT NULL DEFAULT '',
    legal_basis          TEXT NOT NULL DEFAULT 'consent'
                         CHECK (legal_basis IN ('consent', 'contract', 'hr', 'legal_duty', 'emergency', 'news',
                                                'public_info', 'other_law')),
    retention            TEXT NOT NULL DEFAULT '',
    systems              TEXT NOT NULL DEFAULT '',
    recipients           TEXT NOT NULL DEFAULT '',
    cross_border         INTEGER NOT NULL DEFAULT 0,
    destination          TEXT NOT NULL DEFAULT '',
    automated_decision   INTEGER NOT NULL DEFAULT 0,
    provides_or_publishes INTEGER NOT NULL DEFAULT 0, -- provides to others or publishes (PIPL art. 55(3))
    policy_section       TEXT NOT NULL DEFAULT '',
    people_ytd           INTEGER NOT NULL DEFAULT 0 CHECK (people_ytd >= 0),
    sensitive_people_ytd INTEGER NOT NULL DEFAULT 0 CHECK (sensitive_people_ytd >= 0),
    pia_review_months    INTEGER NOT NULL DEFAULT 12 CHECK (pia_review_months BETWEEN 1 AND 120),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

CREATE TABLE activity_categories (
    activity_id INTEGER NOT NULL REFERENCES processing_activities (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES register_data_categories (id),
    PRIMARY KEY (activity_id, category_id)
) WITHOUT ROWID;

CREATE TABLE activity_processors (
    activity_id  INTEGER NOT NULL REFERENCES processing_activities (id) ON DELETE CASCADE,
    processor_id INTEGER NOT NULL REFERENCES processors (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, processor_id)
) WITHOUT ROWID;

-- PIPL art. 56: the three questions, the conclusion and who approved it; kept at least three
-- years (the service refuses deletion before then, and the activity cannot go while it has one).
CREATE TABLE pias (
    id             INTEGER PRIMARY KEY,
    activity_id    INTEGER NOT NULL REFERENCES processing_activities (id),
    assessed_on    TEXT NOT NULL,                 -- YYYY-MM-DD
    lawful_purpose TEXT NOT NULL CHECK (lawful_purpose <> ''),
    impact_risks   TEXT NOT NULL CHECK (impact_risks <> ''),
    measures       TEXT NOT NULL CHECK (measures <> ''),
    conclusion     TEXT NOT NULL CHECK (conclusion <> ''),
    approver       TEXT NOT NULL CHECK (approver <> ''),
    created_by     INTEGER REFERENCES accounts (id),
    created_at     TEXT NOT NULL
);
CREATE INDEX pias_activity ON pias (activity_id, assessed_on);

-- A disclosure names its recipient's record when the recipient is a known processor.
ALTER TABLE disclosures ADD COLUMN processor_id INTEGER REFERENCES processors (id) ON DELETE SET NULL;

-- The privacy policy's own list of collected information (section 二.1) starts the register.
INSERT INTO processing_activities (name, purpose, subjects, source, legal_basis, retention, systems, policy_section,
                                   created_at, updated_at)
VALUES ('官网“联系我们” / Website contact form',
        '维伟思工作人员可以及时与用户取得联系 / Staff can contact the user in time',
        '网站访客 / Website visitors', '本人填写 / Entered by the person', 'consent',
        '按加密数据库的保存期限 / The vault''s retention period', '官方网站 / Website; 合规工作台 / Compliance Desk',
        '二.1', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
       ('网站Cookies / Website cookies',
        '改善网站的基础架构、导航和内容 / Improve the website''s infrastructure, navigation and content',
        '网站访客 / Website visitors', '访问网站时产生 / Generated when visiting the website', 'consent', '', 
        '官方网站 / Website', '二.1', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
INSERT INTO activity_categories (activity_id, category_id)
    SELECT a.id, c.id FROM processing_activities a, register_data_categories c
    WHERE a.policy_section = '二.1' AND a.name LIKE '官网%' AND c.key IN ('name', 'phone', 'email', 'region');
INSERT INTO activity_categories (activity_id, category_id)
    SELECT a.id, c.id FROM processing_activities a, register_data_categories c
    WHERE a.policy_section = '二.1' AND a.name LIKE '网站Cookies%' AND c.key = 'cookies';

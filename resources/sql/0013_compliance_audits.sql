-- Personal-information protection compliance audits (个人信息保护合规审计, PIPL arts. 54 and 64;
-- 个人信息保护合规审计管理办法, in force 2025-05-01; 网络数据安全管理条例 art. 27), their findings,
-- and the owner and expiry date of the evidence kept on ISO controls, impact assessments and
-- processor records. The rule figures live in core/audits/ComplianceAudits.cpp.

-- One audit: periodic (定期审计, the office's own) or ordered by the regulator (监管部门要求的审计,
-- carried out by a professional institution, 专业机构, by the date the regulator set).
CREATE TABLE compliance_audits (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL CHECK (kind IN ('periodic', 'ordered')),
    scope        TEXT NOT NULL CHECK (scope <> ''),
    auditor_kind TEXT NOT NULL CHECK (auditor_kind IN ('internal', 'external')),
    auditor      TEXT NOT NULL DEFAULT '',   -- the internal department or the professional institution
    ordered_by   TEXT NOT NULL DEFAULT '',   -- ordered audits: the authority
    ordered_on   TEXT,                       -- YYYY-MM-DD
    due_on       TEXT,                       -- YYYY-MM-DD; ordered audits: the regulator's deadline
    started_on   TEXT,                       -- YYYY-MM-DD
    ended_on     TEXT,                       -- YYYY-MM-DD
    status       TEXT NOT NULL DEFAULT 'planned'
                 CHECK (status IN ('planned', 'in_progress', 'completed', 'cancelled')),
    conclusion   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (kind = 'periodic' OR (ordered_by <> '' AND ordered_on IS NOT NULL AND due_on IS NOT NULL)),
    CHECK (status <> 'completed' OR ended_on IS NOT NULL)
);
CREATE INDEX compliance_audits_kind ON compliance_audits (kind, status, ended_on);

CREATE TABLE compliance_audit_findings (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    audit_id   INTEGER NOT NULL REFERENCES compliance_audits (id),
    title      TEXT NOT NULL CHECK (title <> ''),
    owner      TEXT NOT NULL DEFAULT '',
    due_on     TEXT,                         -- YYYY-MM-DD
    status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    evidence   TEXT NOT NULL DEFAULT '',     -- what shows the finding was remedied
    closed_on  TEXT,                         -- YYYY-MM-DD
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (status = 'open' OR closed_on IS NOT NULL)
);
CREATE INDEX compliance_audit_findings_audit ON compliance_audit_findings (audit_id, status);

-- Who keeps a record's evidence current and when it expires or is next reviewed. One row per
-- record: an ISO control (iso_controls.id), an impact assessment (pias.id) or a processor
-- (processors.id). Rows of records that are gone are ignored by every reader.
CREATE TABLE evidence_reviews (
    entity_type TEXT NOT NULL CHECK (entity_type IN ('control', 'pia', 'processor')),
    entity_id   INTEGER NOT NULL,
    owner       TEXT NOT NULL DEFAULT '',
    expires_on  TEXT,                        -- YYYY-MM-DD
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
) WITHOUT ROWID;
CREATE INDEX evidence_reviews_expiry ON evidence_reviews (expires_on) WHERE expires_on IS NOT NULL;

-- Incident reporting under the 国家网络安全事件报告管理办法 (CAC, in force 2025-11-01): the facts
-- that decide the grade, the grade proposed by the grading guide and any override with its
-- reason, the report contents the measures require (art. 5), the police report, the end of
-- handling that starts the 30-day final report, and every dated report made to the regulator.
-- A side table keyed by the incident, so the incident register itself is unchanged.

CREATE TABLE incident_reporting (
    incident_id        INTEGER PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
    sensitive_people   INTEGER NOT NULL DEFAULT 0 CHECK (sensitive_people >= 0),
    loss_yuan          INTEGER NOT NULL DEFAULT 0 CHECK (loss_yuan >= 0),
    systems            TEXT NOT NULL DEFAULT '',   -- facility, system or platform affected
    disruption_hours   INTEGER NOT NULL DEFAULT 0 CHECK (disruption_hours >= 0),
    ransomware         INTEGER NOT NULL DEFAULT 0,
    ransom_demand      TEXT NOT NULL DEFAULT '',   -- amount, method and date demanded
    crime_suspected    INTEGER NOT NULL DEFAULT 0,
    place              TEXT NOT NULL DEFAULT '',   -- where it was discovered or occurred
    measures_effect    TEXT NOT NULL DEFAULT '',
    trend              TEXT NOT NULL DEFAULT '',
    tracing_leads      TEXT NOT NULL DEFAULT '',
    next_steps         TEXT NOT NULL DEFAULT '',
    contact_person     TEXT NOT NULL DEFAULT '',
    rectification      TEXT NOT NULL DEFAULT '',   -- final report: rectification
    lessons            TEXT NOT NULL DEFAULT '',   -- final report: lessons learnt
    proposed_grade     TEXT NOT NULL DEFAULT 'general'
                       CHECK (proposed_grade IN ('general', 'relatively_serious', 'major', 'especially_major')),
    grade_rule         TEXT NOT NULL DEFAULT '',   -- key of the threshold that decided the proposal
    override_reason    TEXT NOT NULL DEFAULT '',
    police_reported_on TEXT,                       -- YYYY-MM-DD
    police_case_number TEXT NOT NULL DEFAULT '',
    handling_ended_at  TEXT,                       -- UTC; the final report is due 30 days later
    updated_at         TEXT NOT NULL
);

-- Reports to the regulator: the first (possibly partial) report, supplementary reports (补报)
-- and the final summary report. Each is a dated entry; none is edited afterwards.
CREATE TABLE incident_reports (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('initial', 'supplementary', 'final')),
    reported_at  TEXT NOT NULL,                  -- UTC
    authority    TEXT NOT NULL CHECK (authority <> ''),
    reference    TEXT NOT NULL DEFAULT '',
    reported_by  TEXT NOT NULL CHECK (reported_by <> ''),
    summary      TEXT NOT NULL DEFAULT '',
    created_by   INTEGER REFERENCES accounts (id),
    created_at   TEXT NOT NULL
);
CREATE INDEX incident_reports_incident ON incident_reports (incident_id, reported_at);

-- Incidents whose regulator report was recorded before this table existed keep it as their
-- first report.
INSERT INTO incident_reports (incident_id, kind, reported_at, authority, reference, reported_by, summary, created_at)
    SELECT id, 'initial', regulator_reported_at, regulator_authority, regulator_reference, regulator_reported_by, '',
           regulator_reported_at
    FROM incidents
    WHERE regulator_reported_at IS NOT NULL AND regulator_authority <> '' AND regulator_reported_by <> '';

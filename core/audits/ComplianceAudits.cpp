#include "ComplianceAudits.h"

#include "audit/AuditLog.h"
#include "report/ReportDocument.h"
#include "settings/VaultSettings.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "util/EnumTable.h"
#include "vault/Vault.h"

#include <QHash>

#include <algorithm>

namespace cd::audits {

namespace {

[[noreturn]] void refuse(ErrorCode code, const QString& message)
{
    throw DbException(code, message);
}

Error invalid(const QString& lead, const QStringList& problems)
{
    return Error { ErrorCode::InvalidInput, lead + QLatin1Char(' ') + problems.join(QLatin1Char(' ')) };
}

// Texts are kept as typed but capped, so a pasted document cannot swell the vault or a report.
constexpr int maxText = 4000;

bool tooLong(const QString& s)
{
    return s.size() > maxText;
}

} // namespace

// The rule figures, with their sources (check the wording against the official texts when they
// change; the article numbers are those of the texts as published):
//  - 个人信息保护合规审计管理办法 (CAC, in force 2025-05-01), art. 4: a handler of the personal
//    information of more than (超过) 10,000,000 people audits its compliance at least once every
//    two years. Below that the law asks for periodic audits (PIPL art. 54; 网络数据安全管理条例
//    art. 27) without a fixed frequency: the office's own cycle applies (cycleSettingKey()).
//  - The same Measures, art. 12, and PIPL art. 52: a handler of the personal information of
//    1,000,000 people or more (100万人以上) names a personal-information protection officer
//    (个人信息保护负责人), who is responsible for the compliance audits.
//  - Regulator-ordered audits (Measures arts. 5 and 6; PIPL art. 64) are carried out by a
//    professional institution (专业机构) within the time the authority sets: their due date is the
//    one recorded on the audit.
const QList<AuditRule>& auditRules()
{
    static const QList<AuditRule> rules {
        { "periodic_over_10m", 10'000'000, false, 24, "个人信息保护合规审计管理办法 art. 4" },
        { "officer_1m", 1'000'000, true, 0, "个人信息保护法 art. 52; 个人信息保护合规审计管理办法 art. 12" },
    };
    return rules;
}

const AuditRule& periodicAuditRule()
{
    return auditRules().at(0);
}

const AuditRule& officerRule()
{
    return auditRules().at(1);
}

bool ruleApplies(const AuditRule& rule, qint64 people)
{
    return rule.inclusive ? people >= rule.people : people > rule.people;
}

int defaultCycleMonths()
{
    return QString::fromLatin1(VaultSettings::spec(Setting::AuditCycleMonths).fallback).toInt();
}

QString cycleSettingKey()
{
    return VaultSettings::key(Setting::AuditCycleMonths);
}

QString officerNameSettingKey()
{
    return VaultSettings::key(Setting::OfficerName);
}

QString officerContactSettingKey()
{
    return VaultSettings::key(Setting::OfficerContact);
}

const EnumEntry<AuditKind> kKindRows[] = {
    { AuditKind::Periodic, "periodic", QT_TRANSLATE_NOOP("cd::Audits", "Periodic") },
    { AuditKind::Ordered, "ordered", QT_TRANSLATE_NOOP("cd::Audits", "Ordered by the regulator") },
};
const EnumTable<AuditKind> kKindTable { "cd::Audits", kKindRows };

const EnumEntry<AuditorKind> kAuditorKindRows[] = {
    { AuditorKind::Internal, "internal", QT_TRANSLATE_NOOP("cd::Audits", "Internal department") },
    { AuditorKind::External, "external", QT_TRANSLATE_NOOP("cd::Audits", "Professional institution") },
};
const EnumTable<AuditorKind> kAuditorKindTable { "cd::Audits", kAuditorKindRows };

QString kindKey(AuditKind k)
{
    return kKindTable.keyOf(k);
}

bool kindFromKey(const QString& key, AuditKind* out)
{
    return kKindTable.fromKey(key, out);
}

QString kindName(AuditKind k)
{
    return kKindTable.displayName(k);
}

QString auditorKindKey(AuditorKind k)
{
    return kAuditorKindTable.keyOf(k);
}

bool auditorKindFromKey(const QString& key, AuditorKind* out)
{
    return kAuditorKindTable.fromKey(key, out);
}

QString auditorKindName(AuditorKind k)
{
    return kAuditorKindTable.displayName(k);
}

const EnumEntry<AuditStatus> kStatusRows[] = {
    { AuditStatus::Planned, "planned", QT_TRANSLATE_NOOP("cd::Audits", "Planned") },
    { AuditStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("cd::Audits", "In progress") },
    { AuditStatus::Completed, "completed", QT_TRANSLATE_NOOP("cd::Audits", "Completed") },
    { AuditStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("cd::Audits", "Cancelled") },
};
const EnumTable<AuditStatus> kStatusTable { "cd::Audits", kStatusRows };

QString statusKey(AuditStatus s)
{
    return kStatusTable.keyOf(s);
}

bool statusFromKey(const QString& key, AuditStatus* out)
{
    return kStatusTable.fromKey(key, out);
}

QString statusName(AuditStatus s)
{
    return kStatusTable.displayName(s);
}

int ComplianceAudit::openFindings() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding& f) { return !f.closed; }));
}

AuditSchedule nextPeriodicAudit(qint64 people, int officeCycleMonths, const QDate& lastCompleted)
{
    AuditSchedule s;
    s.people = people;
    s.lastCompleted = lastCompleted;
    const AuditRule& rule = periodicAuditRule();
    s.legallyRequired = ruleApplies(rule, people);
    const int office = std::clamp(officeCycleMonths, 1, 120);
    s.cycleMonths = s.legallyRequired ? std::min(office, rule.cycleMonths) : office;
    s.rule = s.legallyRequired ? QString::fromLatin1(rule.key) : QStringLiteral("office_cycle");
    const QDate from = lastCompleted.isValid() ? lastCompleted : measuresInForce;
    s.nextDue = from.addMonths(s.cycleMonths);
    return s;
}

// ---------------------------------------------------------------------------------------------

ComplianceAuditService::ComplianceAuditService(Vault& vault)
    : m_vault(vault)
{
}

qint64 ComplianceAuditService::peopleCount(Database& db)
{
    Statement s(db, "SELECT total FROM submission_stats WHERE id = 1");
    return s.next() ? std::max<qint64>(0, s.int64(0)) : 0;
}

int ComplianceAuditService::cycleMonths(Database& db)
{
    return VaultSettings::get<int>(db, Setting::AuditCycleMonths);
}

AuditSchedule ComplianceAuditService::schedule(Database& db)
{
    Statement s(db, "SELECT max(ended_on) FROM compliance_audits WHERE kind = 'periodic' AND status = 'completed'");
    const QDate last = s.next() && !s.isNull(0) ? s.date(0) : QDate();
    return nextPeriodicAudit(peopleCount(db), cycleMonths(db), last);
}

OfficerStatus ComplianceAuditService::officer(Database& db)
{
    OfficerStatus o;
    o.name = VaultSettings::get<QString>(db, Setting::OfficerName);
    o.contact = VaultSettings::get<QString>(db, Setting::OfficerContact);
    o.people = peopleCount(db);
    o.required = ruleApplies(officerRule(), o.people);
    return o;
}

QList<ComplianceAudit> ComplianceAuditService::audits(Database& db, qint64 onlyId)
{
    QList<ComplianceAudit> list;
    Statement s(db,
        "SELECT id, kind, scope, auditor_kind, auditor, ordered_by, ordered_on, due_on, started_on, ended_on, status, "
        "conclusion FROM compliance_audits WHERE ?1 = 0 OR id = ?1 ORDER BY coalesce(ended_on, due_on, started_on) "
        "DESC, id DESC");
    s.bind(1, onlyId);
    while (s.next()) {
        ComplianceAudit a;
        a.id = s.int64(0);
        kindFromKey(s.text(1), &a.kind);
        a.scope = s.text(2);
        auditorKindFromKey(s.text(3), &a.auditorKind);
        a.auditor = s.text(4);
        a.orderedBy = s.text(5);
        a.orderedOn = s.date(6);
        a.dueOn = s.date(7);
        a.startedOn = s.date(8);
        a.endedOn = s.date(9);
        statusFromKey(s.text(10), &a.status);
        a.conclusion = s.text(11);
        list << a;
    }
    QHash<qint64, QList<Finding>> findings;
    Statement f(db,
        "SELECT id, audit_id, title, owner, due_on, status, evidence, closed_on FROM compliance_audit_findings "
        "WHERE ?1 = 0 OR audit_id = ?1 ORDER BY id");
    f.bind(1, onlyId);
    while (f.next()) {
        findings[f.int64(1)] << Finding { f.int64(0), f.int64(1), f.text(2), f.text(3), f.date(4),
            f.text(5) == QLatin1String("closed"), f.text(6), f.date(7) };
    }
    for (ComplianceAudit& a : list) {
        a.findings = findings.value(a.id);
    }
    return list;
}

Result<AuditSchedule> ComplianceAuditService::schedule()
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<AuditSchedule> { return schedule(tx.db()); });
}

Status ComplianceAuditService::setCycleMonths(int months)
{
    if (Status s = m_vault.require(Permission::ManageSettings); !s) {
        return s;
    }
    if (Status s = VaultSettings::check(Setting::AuditCycleMonths, QString::number(months)); !s) {
        return s;
    }
    return m_vault.write(Permission::ManageSettings,
        [&](WriteTx& tx) { VaultSettings::write(tx, Setting::AuditCycleMonths, QString::number(months)); });
}

Result<OfficerStatus> ComplianceAuditService::officer()
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<OfficerStatus> { return officer(tx.db()); });
}

Status ComplianceAuditService::setOfficer(const QString& name, const QString& contact)
{
    if (Status s = m_vault.require(Permission::ManageSettings); !s) {
        return s;
    }
    const QString n = name.simplified();
    const QString c = contact.simplified();
    for (const auto& [setting, value] :
        { std::pair { Setting::OfficerName, n }, std::pair { Setting::OfficerContact, c } }) {
        if (Status s = VaultSettings::check(setting, value); !s) {
            return s;
        }
    }
    if (n.isEmpty() != c.isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            cd::AuditsText::tr("Enter both the officer's name and a contact, or clear both.") };
    }
    // The registry's rows keep the officer's name and contact out of the audit log.
    const Status s = m_vault.write(Permission::ManageSettings, [&](WriteTx& tx) {
        VaultSettings::write(tx, Setting::OfficerName, n);
        VaultSettings::write(tx, Setting::OfficerContact, c);
    });
    if (s) {
        ReportDocument::setProtectionOfficer(n, c);
    }
    return s;
}

QStringList ComplianceAuditService::problems(const ComplianceAudit& a)
{
    QStringList p;
    if (a.scope.trimmed().isEmpty()) {
        p << cd::AuditsText::tr("State the scope of the audit.");
    }
    if (a.auditorKind == AuditorKind::External && a.auditor.trimmed().isEmpty()) {
        p << cd::AuditsText::tr("Name the professional institution.");
    }
    if (a.kind == AuditKind::Ordered) {
        if (a.orderedBy.trimmed().isEmpty()) {
            p << cd::AuditsText::tr("Name the authority that ordered the audit.");
        }
        if (!a.orderedOn.isValid()) {
            p << cd::AuditsText::tr("Enter the date the audit was ordered.");
        }
        if (!a.dueOn.isValid()) {
            p << cd::AuditsText::tr("Enter the date by which the regulator wants the audit completed.");
        }
        if (a.auditorKind != AuditorKind::External) {
            p << cd::AuditsText::tr("An audit ordered by the regulator is carried out by a professional institution.");
        }
    }
    if (a.orderedOn.isValid() && a.dueOn.isValid() && a.dueOn < a.orderedOn) {
        p << cd::AuditsText::tr("The due date cannot be before the audit was ordered.");
    }
    if (a.startedOn.isValid() && a.endedOn.isValid() && a.endedOn < a.startedOn) {
        p << cd::AuditsText::tr("The audit cannot end before it started.");
    }
    if (a.status == AuditStatus::Completed && !a.endedOn.isValid()) {
        p << cd::AuditsText::tr("Enter the date the audit ended.");
    }
    if (a.endedOn.isValid() && a.endedOn > Clock::today()) {
        p << cd::AuditsText::tr("The end date lies in the future.");
    }
    if (tooLong(a.scope) || tooLong(a.auditor) || tooLong(a.orderedBy) || tooLong(a.conclusion)) {
        p << cd::AuditsText::tr("Texts are at most %1 characters.").arg(maxText);
    }
    return p;
}

namespace {

void bindAudit(Statement& s, const ComplianceAudit& a)
{
    s.bind(1, kindKey(a.kind))
        .bindText(2, a.scope.trimmed())
        .bind(3, auditorKindKey(a.auditorKind))
        .bindText(4, a.auditor.trimmed())
        .bindText(5, a.orderedBy.trimmed())
        .bind(6, a.orderedOn)
        .bind(7, a.dueOn)
        .bind(8, a.startedOn)
        .bind(9, a.endedOn)
        .bind(10, statusKey(a.status))
        .bindText(11, a.conclusion.trimmed());
}

QString auditDetail(const ComplianceAudit& a)
{
    return QStringLiteral("kind=%1; auditor=%2; status=%3")
        .arg(kindKey(a.kind), auditorKindKey(a.auditorKind), statusKey(a.status));
}

} // namespace

Result<ComplianceAudit> ComplianceAuditService::add(const ComplianceAudit& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (input.status == AuditStatus::Completed) {
        if (Status s = m_vault.require(Permission::Approve); !s) {
            return s;
        }
    }
    if (const QStringList p = problems(input); !p.isEmpty()) {
        return invalid(cd::AuditsText::tr("The compliance audit cannot be saved."), p);
    }
    qint64 id = 0;
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement ins(db,
            "INSERT INTO compliance_audits (kind, scope, auditor_kind, auditor, ordered_by, ordered_on, due_on, "
            "started_on, ended_on, status, conclusion, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindAudit(ins, input);
        ins.bind(12, Clock::nowUtc()).bind(13, Clock::nowUtc()).exec();
        id = db.lastInsertId();
        tx.audit({ QStringLiteral("compliance_audit.add"), QStringLiteral("compliance_audit"), QString::number(id),
            { QStringLiteral("scope"), QStringLiteral("auditor"), QStringLiteral("dates") }, auditDetail(input) });
    });
    if (!s) {
        return s;
    }
    return get(id);
}

Result<ComplianceAudit> ComplianceAuditService::update(const ComplianceAudit& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (const QStringList p = problems(input); !p.isEmpty()) {
        return invalid(cd::AuditsText::tr("The compliance audit cannot be saved."), p);
    }
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QList<ComplianceAudit> before = audits(db, input.id);
        if (input.id <= 0 || before.isEmpty()) {
            refuse(ErrorCode::NotFound, cd::AuditsText::tr("Compliance audit %1 does not exist.").arg(input.id));
        }
        const ComplianceAudit& b = before.first();
        if (input.status == AuditStatus::Completed && b.status != AuditStatus::Completed
            && !m_vault.actor().can(Permission::Approve)) {
            refuse(ErrorCode::PermissionDenied,
                cd::AuditsText::tr("Only a privacy officer or an administrator can mark an audit completed."));
        }
        QStringList changed;
        auto note = [&](bool differs, const char* name) {
            if (differs) {
                changed << QString::fromLatin1(name);
            }
        };
        note(b.kind != input.kind, "kind");
        note(b.scope != input.scope.trimmed(), "scope");
        note(b.auditorKind != input.auditorKind || b.auditor != input.auditor.trimmed(), "auditor");
        note(b.orderedBy != input.orderedBy.trimmed() || b.orderedOn != input.orderedOn, "ordered");
        note(b.dueOn != input.dueOn, "due_on");
        note(b.startedOn != input.startedOn || b.endedOn != input.endedOn, "dates");
        note(b.status != input.status, "status");
        note(b.conclusion != input.conclusion.trimmed(), "conclusion");
        Statement u(db,
            "UPDATE compliance_audits SET kind = ?, scope = ?, auditor_kind = ?, auditor = ?, ordered_by = ?, "
            "ordered_on = ?, due_on = ?, started_on = ?, ended_on = ?, status = ?, conclusion = ?, updated_at = ? "
            "WHERE id = ?");
        bindAudit(u, input);
        u.bind(12, Clock::nowUtc()).bind(13, input.id).exec();
        tx.audit({ QStringLiteral("compliance_audit.update"), QStringLiteral("compliance_audit"),
            QString::number(input.id), changed, auditDetail(input) });
    });
    if (!s) {
        return s;
    }
    return get(input.id);
}

Result<ComplianceAudit> ComplianceAuditService::get(qint64 id)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<ComplianceAudit> {
        const QList<ComplianceAudit> list = id > 0 ? audits(tx.db(), id) : QList<ComplianceAudit>();
        if (list.isEmpty()) {
            return Error { ErrorCode::NotFound, cd::AuditsText::tr("Compliance audit %1 does not exist.").arg(id) };
        }
        return list.first();
    });
}

Result<QList<ComplianceAudit>> ComplianceAuditService::list()
{
    return m_vault.readResult(
        Permission::Read, [&](ReadTx& tx) -> Result<QList<ComplianceAudit>> { return audits(tx.db()); });
}

QStringList ComplianceAuditService::findingProblems(const Finding& f)
{
    QStringList p;
    if (f.title.trimmed().isEmpty()) {
        p << cd::AuditsText::tr("Describe the finding.");
    }
    if (f.owner.trimmed().isEmpty()) {
        p << cd::AuditsText::tr("Name the finding's owner.");
    }
    if (!f.dueOn.isValid()) {
        p << cd::AuditsText::tr("Enter the date by which the finding is to be remedied.");
    }
    if (tooLong(f.title) || tooLong(f.owner) || tooLong(f.evidence)) {
        p << cd::AuditsText::tr("Texts are at most %1 characters.").arg(maxText);
    }
    return p;
}

Result<Finding> ComplianceAuditService::addFinding(const Finding& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (const QStringList p = findingProblems(input); !p.isEmpty()) {
        return invalid(cd::AuditsText::tr("The finding cannot be saved."), p);
    }
    Finding f = input;
    f.closed = false;
    f.closedOn = QDate();
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        if (audits(db, f.auditId).isEmpty() || f.auditId <= 0) {
            refuse(ErrorCode::NotFound, cd::AuditsText::tr("Compliance audit %1 does not exist.").arg(f.auditId));
        }
        Statement ins(db,
            "INSERT INTO compliance_audit_findings (audit_id, title, owner, due_on, status, evidence, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, 'open', ?, ?, ?)");
        ins.bind(1, f.auditId)
            .bindText(2, f.title.trimmed())
            .bindText(3, f.owner.trimmed())
            .bind(4, f.dueOn)
            .bindText(5, f.evidence.trimmed())
            .bind(6, Clock::nowUtc())
            .bind(7, Clock::nowUtc())
            .exec();
        f.id = db.lastInsertId();
        tx.audit({ QStringLiteral("compliance_audit.finding_add"), QStringLiteral("audit_finding"),
            QString::number(f.id), { QStringLiteral("title"), QStringLiteral("owner"), QStringLiteral("due_on") },
            QStringLiteral("audit=%1").arg(f.auditId) });
    });
    if (!s) {
        return s;
    }
    return f;
}

Result<Finding> ComplianceAuditService::closeFinding(qint64 findingId, const QString& evidence, const QDate& closedOn)
{
    if (Status s = m_vault.require(Permission::Approve); !s) {
        return s;
    }
    QStringList p;
    if (evidence.trimmed().isEmpty()) {
        p << cd::AuditsText::tr("Describe the evidence that the finding was remedied.");
    }
    if (!closedOn.isValid() || closedOn > Clock::today()) {
        p << cd::AuditsText::tr("Enter the date it was closed, today or earlier.");
    }
    if (tooLong(evidence)) {
        p << cd::AuditsText::tr("Texts are at most %1 characters.").arg(maxText);
    }
    if (!p.isEmpty()) {
        return invalid(cd::AuditsText::tr("The finding cannot be closed."), p);
    }
    Finding f;
    const Status s = m_vault.write(Permission::Approve, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement row(
            db, "SELECT id, audit_id, title, owner, due_on, status FROM compliance_audit_findings WHERE id = ?");
        row.bind(1, findingId);
        if (!row.next()) {
            refuse(ErrorCode::NotFound, cd::AuditsText::tr("Finding %1 does not exist.").arg(findingId));
        }
        if (row.text(5) == QLatin1String("closed")) {
            refuse(ErrorCode::Conflict, cd::AuditsText::tr("Finding %1 is already closed.").arg(findingId));
        }
        f = Finding { row.int64(0), row.int64(1), row.text(2), row.text(3), row.date(4), true, evidence.trimmed(),
            closedOn };
        Statement u(db,
            "UPDATE compliance_audit_findings SET status = 'closed', evidence = ?, closed_on = ?, updated_at = ? "
            "WHERE id = ?");
        u.bindText(1, f.evidence).bind(2, closedOn).bind(3, Clock::nowUtc()).bind(4, findingId).exec();
        tx.audit({ QStringLiteral("compliance_audit.finding_close"), QStringLiteral("audit_finding"),
            QString::number(findingId), { QStringLiteral("status"), QStringLiteral("evidence") },
            QStringLiteral("audit=%1").arg(f.auditId) });
    });
    if (!s) {
        return s;
    }
    return f;
}

} // namespace cd::audits

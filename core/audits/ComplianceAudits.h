#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace cd {
class Database;
class Vault;

// Translation context of compliance audits (see util/TranslationContexts.h).
struct AuditsText {
    Q_DECLARE_TR_FUNCTIONS(cd::Audits)
};
} // namespace cd

namespace cd::audits {

// One rule figure with the text and article it comes from (see auditRules()).
struct AuditRule {
    const char* key;
    qint64 people; // the threshold, in people whose personal information is handled
    bool inclusive; // 以上 (at least) is inclusive, 超过 (more than) is not
    int cycleMonths; // periodic audits: at least once in this many months; 0 for other rules
    const char* source;
};
// The rule table: the periodic-audit rule and the officer rule.
const QList<AuditRule>& auditRules();
const AuditRule& periodicAuditRule();
const AuditRule& officerRule();
bool ruleApplies(const AuditRule& rule, qint64 people);

// The office's own cycle when the periodic-audit rule does not apply: the vault setting's default.
int defaultCycleMonths();
QString cycleSettingKey();
QString officerNameSettingKey();
QString officerContactSettingKey();

enum class AuditKind { Periodic, Ordered };
enum class AuditorKind { Internal, External };
enum class AuditStatus { Planned, InProgress, Completed, Cancelled };
QString kindKey(AuditKind k);
bool kindFromKey(const QString& key, AuditKind* out);
QString kindName(AuditKind k);
QString auditorKindKey(AuditorKind k);
bool auditorKindFromKey(const QString& key, AuditorKind* out);
QString auditorKindName(AuditorKind k);
QString statusKey(AuditStatus s);
bool statusFromKey(const QString& key, AuditStatus* out);
QString statusName(AuditStatus s);

struct Finding {
    qint64 id = 0;
    qint64 auditId = 0;
    QString title;
    QString owner;
    QDate dueOn;
    bool closed = false;
    QString evidence; // what shows it was remedied
    QDate closedOn;
    bool overdue(const QDate& today) const { return !closed && dueOn.isValid() && dueOn < today; }
};

struct ComplianceAudit {
    qint64 id = 0;
    AuditKind kind = AuditKind::Periodic;
    QString scope;
    AuditorKind auditorKind = AuditorKind::Internal;
    QString auditor; // department or professional institution (专业机构)
    QString orderedBy; // ordered audits: the authority
    QDate orderedOn;
    QDate dueOn; // ordered audits: the regulator's deadline; periodic: planned completion
    QDate startedOn;
    QDate endedOn;
    AuditStatus status = AuditStatus::Planned;
    QString conclusion;
    QList<Finding> findings;

    int openFindings() const;
    bool isOpen() const { return status == AuditStatus::Planned || status == AuditStatus::InProgress; }
};

// When the next periodic audit is due (see nextPeriodicAudit()).
struct AuditSchedule {
    qint64 people = 0;
    bool legallyRequired = false; // the periodic-audit rule applies
    int cycleMonths = defaultCycleMonths(); // the cycle in force
    QString rule; // "periodic_over_10m" or "office_cycle"
    QDate lastCompleted; // end of the last completed periodic audit, if any
    QDate nextDue;
};
// The schedule from the figures alone: with the rule in force the cycle is the shorter of the
// office's own and the rule's; the next audit is due one cycle after the last completed periodic
// audit ended, or one cycle after the Measures came into force when none was completed yet.
AuditSchedule nextPeriodicAudit(qint64 people, int officeCycleMonths, const QDate& lastCompleted);
inline const QDate measuresInForce { 2025, 5, 1 };

struct OfficerStatus {
    QString name;
    QString contact;
    qint64 people = 0;
    bool required = false; // officerRule() applies
    bool missing() const { return required && (name.trimmed().isEmpty() || contact.trimmed().isEmpty()); }
};

// Compliance audits, their findings, the schedule and the personal-information protection officer.
// Writes check the permission and write their audit-log entry in one transaction; the entries
// name fields and counts, never the texts (scope, findings, officer's name or contact).
class ComplianceAuditService
{
public:
    explicit ComplianceAuditService(Vault& vault);

    // People whose personal information the vault holds: the stored count of contact
    // submissions (submission_stats), kept exact by triggers. One person who wrote twice counts
    // twice: telling people apart across phone and e-mail would read every row, so the count
    // errs on the side of the thresholds.
    static qint64 peopleCount(Database& db);
    static int cycleMonths(Database& db);
    static AuditSchedule schedule(Database& db);
    static OfficerStatus officer(Database& db);
    static QList<ComplianceAudit> audits(Database& db, qint64 onlyId = 0);

    Result<AuditSchedule> schedule();
    Status setCycleMonths(int months); // ManageSettings
    Result<OfficerStatus> officer();
    Status setOfficer(const QString& name, const QString& contact); // ManageSettings

    static QStringList problems(const ComplianceAudit& a);
    Result<ComplianceAudit> add(const ComplianceAudit& a); // WriteData
    Result<ComplianceAudit> update(const ComplianceAudit& a); // WriteData; Approve to complete
    Result<ComplianceAudit> get(qint64 id);
    Result<QList<ComplianceAudit>> list();

    static QStringList findingProblems(const Finding& f);
    Result<Finding> addFinding(const Finding& f); // WriteData
    Result<Finding> closeFinding(qint64 findingId, const QString& evidence, const QDate& closedOn); // Approve

private:
    Vault& m_vault;
};

} // namespace cd::audits

#pragma once

#include "audits/ComplianceAudits.h"
#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cd {
class Database;
class Vault;
} // namespace cd

namespace cd::audits {

// The printable report of one compliance audit: the audit, its findings with their status, the
// schedule of periodic audits and the personal-information protection officer.
Result<ReportDocument> buildAuditReport(Vault& vault, qint64 auditId, const QString& language);

// What needs attention, for the Dashboard.
struct AuditAttention {
    enum class Kind { AuditDue, FindingDue, OfficerMissing, EvidenceExpiry };
    Kind kind = Kind::AuditDue;
    bool late = false;
    QString subject; // audit number and scope, finding, record name (never a person's)
    QString subjectZh; // ISO controls: the Chinese title
    qint64 id = 0; // audit id (audits, findings), record id (evidence)
    QString target; // evidence: the EvidenceTarget key
    QDate due; // invalid for the officer line
    qint64 days = 0; // days late (positive) or left (zero or negative)
};
// Audits due within this many days are listed (periodic and regulator-ordered).
inline constexpr int auditHorizonDays = 30;
QList<AuditAttention> auditAttention(Database& db, const QDate& today);

} // namespace cd::audits

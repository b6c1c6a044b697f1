#include "AuditReports.h"

#include "audits/EvidenceReviews.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Formatting.h"
#include "util/Languages.h"
#include "vault/Vault.h"

#include <QLocale>

namespace cd::audits {

namespace {

QString dateOrDash(const QDate& d, const QString& language)
{
    return d.isValid() ? fmt::date(d, language) : QStringLiteral("—");
}

QString findingStatus(const Finding& f, const QDate& today)
{
    if (f.closed) {
        return cd::AuditsText::tr("Closed", "finding status");
    }
    return f.overdue(today) ? cd::AuditsText::tr("Open, overdue", "finding status")
                            : cd::AuditsText::tr("Open", "finding status");
}

} // namespace

Result<ReportDocument> buildAuditReport(Vault& vault, qint64 auditId, const QString& language)
{
    ComplianceAuditService service(vault);
    auto found = service.get(auditId);
    if (!found) {
        return found.error();
    }
    return vault.readResult(Permission::Read, [&](ReadTx& tx) {
        Database& db = tx.db();
        const ComplianceAudit& a = found.value();
        const QDate today = Clock::today();
        const QLocale locale(language == Languages::chinese() ? QLocale::Chinese : QLocale::English);
        ReportDocument doc;
        doc.language = language;
        doc.title = cd::AuditsText::tr("Personal information protection compliance audit report");
        doc.scope = cd::AuditsText::tr("Compliance audit %1 as of %2").arg(a.id).arg(fmt::date(today, language));
        doc.generatedAt = Clock::nowUtc();
        doc.generatedBy = vault.actor().displayName;

        doc.heading(cd::AuditsText::tr("The audit"));
        QList<QPair<QString, QString>> kv { { cd::AuditsText::tr("Kind"), kindName(a.kind) },
            { cd::AuditsText::tr("Scope"), a.scope },
            { cd::AuditsText::tr("Auditor"),
                a.auditor.isEmpty() ? auditorKindName(a.auditorKind)
                                    : QStringLiteral("%1 (%2)").arg(a.auditor, auditorKindName(a.auditorKind)) } };
        if (a.kind == AuditKind::Ordered) {
            kv << qMakePair(cd::AuditsText::tr("Ordered by"), a.orderedBy)
               << qMakePair(cd::AuditsText::tr("Ordered on"), dateOrDash(a.orderedOn, language));
        }
        kv << qMakePair(cd::AuditsText::tr("Due"), dateOrDash(a.dueOn, language))
           << qMakePair(cd::AuditsText::tr("Started"), dateOrDash(a.startedOn, language))
           << qMakePair(cd::AuditsText::tr("Ended"), dateOrDash(a.endedOn, language))
           << qMakePair(cd::AuditsText::tr("Status"), statusName(a.status));
        if (!a.conclusion.isEmpty()) {
            kv << qMakePair(cd::AuditsText::tr("Conclusion"), a.conclusion);
        }
        doc.keyValues(kv);

        doc.heading(cd::AuditsText::tr("Findings"));
        ReportTable t;
        t.headers = { cd::AuditsText::tr("No."), cd::AuditsText::tr("Finding"), cd::AuditsText::tr("Owner"),
            cd::AuditsText::tr("Due"), cd::AuditsText::tr("Status"), cd::AuditsText::tr("Closed on"),
            cd::AuditsText::tr("Evidence") };
        t.emptyText = cd::AuditsText::tr("No findings recorded.");
        for (const Finding& f : a.findings) {
            t.rows << QStringList { QString::number(f.id), f.title, f.owner, dateOrDash(f.dueOn, language),
                findingStatus(f, today), f.closed ? dateOrDash(f.closedOn, language) : QString(), f.evidence };
        }
        doc.table(t);
        const int open = a.openFindings();
        doc.paragraph(cd::AuditsText::tr("%n finding(s) in all", nullptr, int(a.findings.size())) + QStringLiteral("; ")
            + cd::AuditsText::tr("%n open", nullptr, open) + QStringLiteral("; ")
            + cd::AuditsText::tr("%n closed", nullptr, int(a.findings.size()) - open) + QStringLiteral("."));

        const AuditSchedule s = ComplianceAuditService::schedule(db);
        doc.heading(cd::AuditsText::tr("Schedule of periodic audits"));
        doc.keyValues({ { cd::AuditsText::tr("People whose information the vault holds"), locale.toString(s.people) },
            { cd::AuditsText::tr("Rule"),
                s.legallyRequired ? cd::AuditsText::tr("At least every two years: more than 10,000,000 people (%1)")
                                        .arg(QString::fromUtf8(periodicAuditRule().source))
                                  : cd::AuditsText::tr(
                                      "The office's own cycle of %n month(s) (PIPL art. 54)", nullptr, s.cycleMonths) },
            { cd::AuditsText::tr("Last completed periodic audit"), dateOrDash(s.lastCompleted, language) },
            { cd::AuditsText::tr("Next periodic audit due"), dateOrDash(s.nextDue, language) } });
        const OfficerStatus o = ComplianceAuditService::officer(db);
        if (o.missing()) {
            doc.paragraph(cd::AuditsText::tr("The vault holds the personal information of 1,000,000 people or more: "
                                             "name a personal information protection officer (PIPL art. 52)."));
        }
        return doc;
    });
}

QList<AuditAttention> auditAttention(Database& db, const QDate& today)
{
    QList<AuditAttention> items;
    auto dated = [&](AuditAttention::Kind kind, const QString& subject, qint64 id, const QDate& due) {
        AuditAttention a;
        a.kind = kind;
        a.subject = subject;
        a.id = id;
        a.due = due;
        a.days = due.daysTo(today);
        a.late = a.days > 0;
        return a;
    };
    const QList<ComplianceAudit> all = ComplianceAuditService::audits(db);
    bool periodicOpen = false;
    for (const ComplianceAudit& a : all) {
        const QString subject = QStringLiteral("%1 %2").arg(a.id).arg(a.scope.left(60));
        if (a.isOpen() && a.kind == AuditKind::Ordered && a.dueOn.isValid()
            && today.daysTo(a.dueOn) <= auditHorizonDays) {
            items << dated(AuditAttention::Kind::AuditDue, subject, a.id, a.dueOn);
        }
        periodicOpen = periodicOpen || (a.isOpen() && a.kind == AuditKind::Periodic);
        for (const Finding& f : a.findings) {
            if (!f.closed && f.dueOn.isValid() && today.daysTo(f.dueOn) <= 7) {
                items << dated(AuditAttention::Kind::FindingDue,
                    QStringLiteral("%1 / %2").arg(a.id).arg(f.title.left(60)), a.id, f.dueOn);
            }
        }
    }
    const AuditSchedule s = ComplianceAuditService::schedule(db);
    if (today.daysTo(s.nextDue) <= auditHorizonDays) {
        AuditAttention a = dated(AuditAttention::Kind::AuditDue,
            s.legallyRequired ? cd::AuditsText::tr("periodic audit (required every two years)")
                              : cd::AuditsText::tr("periodic audit (the office's cycle)"),
            0, s.nextDue);
        a.subject += periodicOpen ? cd::AuditsText::tr(", under way") : QString();
        items << a;
    }
    if (ComplianceAuditService::officer(db).missing()) {
        AuditAttention a;
        a.kind = AuditAttention::Kind::OfficerMissing;
        a.late = true;
        a.subject = QLocale().toString(ComplianceAuditService::peopleCount(db));
        items << a;
    }
    for (const EvidenceReview& r : EvidenceReviewService::reminders(db, today)) {
        AuditAttention a = dated(AuditAttention::Kind::EvidenceExpiry,
            QStringLiteral("%1: %2").arg(targetName(r.target), r.subject), r.entityId, r.expiresOn);
        a.subjectZh
            = r.subjectZh.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(targetName(r.target), r.subjectZh);
        a.target = targetKey(r.target);
        items << a;
    }
    return items;
}

} // namespace cd::audits

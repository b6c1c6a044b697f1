#include "AuditReport.h"

#include "auditview/AuditText.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Formatting.h"

#include <QLocale>

namespace cd {

ReportDocument buildAuditReport(
    Database& db, const QString& generatedBy, const AuditFilter& filter, const QString& language, int maxRows)
{
    ReportDocument doc;
    doc.language = language;
    doc.landscape = true;
    doc.title = QCoreApplication::translate("cd::AuditReport", "Audit log");
    QStringList scope;
    if (filter.from.isValid() || filter.to.isValid()) {
        scope << QStringLiteral("%1 – %2").arg(
            filter.from.isValid() ? fmt::date(filter.from.toLocalTime().date()) : QStringLiteral("…"),
            filter.to.isValid() ? fmt::date(filter.to.toLocalTime().date().addDays(-1)) : QStringLiteral("…"));
    } else {
        scope << QCoreApplication::translate("cd::AuditReport", "all entries");
    }
    if (!filter.actor.isEmpty()) {
        scope << QCoreApplication::translate("cd::AuditReport", "by %1").arg(filter.actor);
    }
    if (!filter.action.isEmpty()) {
        scope << QCoreApplication::translate("cd::AuditReport", "action: %1").arg(audit::actionName(filter.action));
    }
    if (!filter.entityType.isEmpty()) {
        scope << QCoreApplication::translate("cd::AuditReport", "records of type %1")
                     .arg(audit::entityName(filter.entityType));
    }
    doc.scope = scope.join(QStringLiteral(", "));
    doc.generatedAt = Clock::nowUtc();
    doc.generatedBy = generatedBy;

    auto chain = AuditLog::verify(db);
    doc.heading(QCoreApplication::translate("cd::AuditReport", "Chain verification"));
    if (chain && chain->ok) {
        doc.paragraph(
            QCoreApplication::translate("cd::AuditReport", "The hash chain of all %1 entries verifies. Head hash: %2")
                .arg(fmt::number(chain->entries), QString::fromLatin1(chain->headHash.toHex())));
    } else {
        doc.paragraph(chain ? chain->problem : chain.message());
    }

    ReportTable table;
    table.headers = { QCoreApplication::translate("cd::AuditReport", "No."),
        QCoreApplication::translate("cd::AuditReport", "Time"), QCoreApplication::translate("cd::AuditReport", "Who"),
        QCoreApplication::translate("cd::AuditReport", "Action"),
        QCoreApplication::translate("cd::AuditReport", "Record"),
        QCoreApplication::translate("cd::AuditReport", "Fields changed"),
        QCoreApplication::translate("cd::AuditReport", "Detail") };
    table.numericColumns = { 0 };
    table.emptyText = QCoreApplication::translate("cd::AuditReport", "No entries match.");
    qint64 total = 0;
    try {
        total = AuditLog::count(db, filter);
        for (const AuditEntry& e : AuditLog::list(db, filter, 0, maxRows)) {
            table.rows.append({ fmt::id(e.id), fmt::timestamp(e.at), e.actor, audit::actionName(e.action),
                QString(
                    audit::entityName(e.entityType) + QLatin1Char(' ') + audit::recordText(e.entityType, e.entityId))
                    .trimmed(),
                audit::fieldNames(e.fields), audit::detailText(e.detail) });
        }
    } catch (const DbException& e) {
        doc.paragraph(e.error().message);
    }
    doc.heading(QCoreApplication::translate("cd::AuditReport", "Entries"));
    if (total > maxRows) {
        doc.paragraph(QCoreApplication::translate("cd::AuditReport",
            "The newest %1 of %2 entries are listed; narrow "
            "the filter to print the rest.")
                          .arg(fmt::number(maxRows), fmt::number(total)));
    }
    doc.table(table);
    return doc;
}

} // namespace cd

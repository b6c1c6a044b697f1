#include "AboutReport.h"

#include "audit/AuditLog.h"
#include "storage/Statement.h"
#include "storage/VaultFormat.h"
#include "storage/Versions.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include "util/Formatting.h"
#include <QFileInfo>
#include <QLocale>

namespace cd {

ReportDocument buildAboutReport(Vault& vault, const QString& language)
{
    const VersionInfo v = VersionInfo::current();
    ReportDocument doc;
    doc.language = language;
    doc.title = QCoreApplication::translate("cd::AboutReport", "About this vault");
    doc.scope = QFileInfo(vault.path()).fileName();
    doc.generatedAt = Clock::nowUtc();
    doc.generatedBy = vault.actor().displayName;

    const QLocale locale;
    doc.heading(QCoreApplication::translate("cd::AboutReport", "Program"));
    doc.keyValues({
        { QCoreApplication::translate("cd::AboutReport", "Compliance Desk version"), v.app },
        { QCoreApplication::translate("cd::AboutReport", "Qt version"), v.qt },
        { QCoreApplication::translate("cd::AboutReport", "SQLCipher version"), v.sqlcipher },
        { QCoreApplication::translate("cd::AboutReport", "Vault format this program writes"),
            QString::number(v.vaultFormat) },
    });

    doc.heading(QCoreApplication::translate("cd::AboutReport", "Vault"));
    QString created;
    QList<QPair<QString, qint64>> tables;
    qint64 auditEntries = 0;
    // Best effort: a vault that cannot be read to the end still gets its report with what was read.
    vault.read(Permission::Read, [&](ReadTx& tx) {
        Database& db = tx.db();
        Statement meta(db, "SELECT value FROM meta WHERE key = 'created_at'");
        if (meta.next()) {
            created = fmt::dateTime(fromStorageText(meta.text(0)));
        }
        Statement names(db,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name");
        QStringList list;
        while (names.next()) {
            list << names.text(0);
        }
        for (const QString& t : list) {
            Statement c(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t));
            tables.append({ t, c.next() ? c.int64(0) : 0 });
        }
        auditEntries = AuditLog::count(db, {});
    });
    doc.keyValues({
        { QCoreApplication::translate("cd::AboutReport", "File"), QFileInfo(vault.path()).absoluteFilePath() },
        { QCoreApplication::translate("cd::AboutReport", "Vault ID"), vault.vaultId() },
        { QCoreApplication::translate("cd::AboutReport", "Created"), created },
        { QCoreApplication::translate("cd::AboutReport", "Vault format"), QString::number(vault.formatVersion()) },
        { QCoreApplication::translate("cd::AboutReport", "Audit log entries"), locale.toString(auditEntries) },
        { QCoreApplication::translate("cd::AboutReport", "Encryption"),
            QCoreApplication::translate("cd::AboutReport",
                "SQLCipher, AES-256, %1-byte pages, PBKDF2-HMAC-SHA1 (%2 iterations), HMAC-SHA1 on "
                "every page")
                .arg(locale.toString(VaultFormat::pageSize), locale.toString(VaultFormat::kdfIterations)) },
    });

    doc.heading(QCoreApplication::translate("cd::AboutReport", "Records by table"));
    ReportTable table;
    table.headers = { QCoreApplication::translate("cd::AboutReport", "Table"),
        QCoreApplication::translate("cd::AboutReport", "Rows") };
    table.numericColumns = { 1 };
    ChartSpec spec;
    spec.type = ChartSpec::Type::Bar;
    ChartSeries series;
    series.name = QCoreApplication::translate("cd::AboutReport", "Rows");
    for (const auto& t : tables) {
        table.rows.append({ t.first, locale.toString(t.second) });
        spec.categories << t.first;
        series.values << double(t.second);
    }
    spec.series << series;
    spec.noDataText = QCoreApplication::translate("cd::AboutReport", "The vault holds no records yet");
    doc.table(table);
    ReportChartSlot slot;
    slot.id = QStringLiteral("rows");
    slot.caption = QCoreApplication::translate("cd::AboutReport", "Rows per table");
    slot.spec = spec;
    slot.heightMm = 60;
    doc.chart(slot);
    return doc;
}

} // namespace cd

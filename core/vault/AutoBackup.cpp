#include "AutoBackup.h"

#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>

namespace cd::AutoBackup {

QStringList existing(const QString& folder, const QString& vaultPath)
{
    const QString base = QFileInfo(vaultPath).completeBaseName();
    QDir dir(folder);
    const QStringList names = dir.entryList(
        { base + QStringLiteral("-%1-%2.cdvault").arg(QString(8, QLatin1Char('?')), QString(6, QLatin1Char('?'))) },
        QDir::Files, QDir::Name | QDir::Reversed);
    QStringList out;
    for (const QString& n : names) {
        out << dir.filePath(n);
    }
    return out;
}

Result<BackupReport> run(Vault& vault, const QString& folder, int keep)
{
    if (folder.isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::AutoBackup", "Choose a folder for automatic backups.") };
    }
    const QString base = QFileInfo(vault.path()).completeBaseName();
    const QString stamp = Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = QDir(folder).filePath(base + QLatin1Char('-') + stamp + QStringLiteral(".cdvault"));
    auto report = vault.backup(target);
    if (!report) {
        return report;
    }
    const QStringList all = existing(folder, vault.path());
    for (int i = std::max(1, keep); i < all.size(); ++i) {
        QFile::remove(all.at(i));
        QFile::remove(Vault::backupManifestPath(all.at(i)));
    }
    return report;
}

} // namespace cd::AutoBackup

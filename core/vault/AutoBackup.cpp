#include "AutoBackup.h"

#include "preferences/AppSettings.h"
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
    // A copy left half-written by an earlier run that was killed (power cut, crash) is never a
    // backup: it goes before the next one is written. A finished backup exists only under its
    // final name (Vault::backup renames the checked copy into place).
    QDir dir(folder);
    const QString pattern = base
        + QStringLiteral("-%1-%2.cdvault.partial*").arg(QString(8, QLatin1Char('?')), QString(6, QLatin1Char('?')));
    for (const QString& stale : dir.entryList({ pattern }, QDir::Files | QDir::Hidden)) {
        QFile::remove(dir.filePath(stale));
    }
    const QString stamp = Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = dir.filePath(base + QLatin1Char('-') + stamp + QStringLiteral(".cdvault"));
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

BackupExposure exposure(const QString& folder, const QString& vaultPath, int keep, const QDateTime& deletedAt)
{
    BackupExposure e;
    e.automatic = !folder.isEmpty();
    e.keep = std::max(1, keep);
    if (!e.automatic) {
        return e;
    }
    QList<QDateTime> made; // newest first, from the names (local time stamps)
    for (const QString& path : existing(folder, vaultPath)) {
        const QString name = QFileInfo(path).completeBaseName();
        const QDateTime at = QDateTime::fromString(name.right(15), QStringLiteral("yyyyMMdd-HHmmss")).toUTC();
        if (at.isValid()) {
            made.append(at);
        }
    }
    int newer = 0;
    for (const QDateTime& at : std::as_const(made)) {
        if (deletedAt.isValid() && at >= deletedAt) {
            ++newer;
        } else {
            if (e.holding == 0) {
                e.lastHoldingAt = at;
            }
            ++e.holding;
        }
    }
    if (e.holding == 0) {
        return e;
    }
    // The newest backup holding the data sits at position `newer` (newest first); the rotation
    // deletes it once `keep` newer ones exist.
    e.remainingBackups = std::max(1, e.keep - newer);
    if (made.size() >= 2) {
        const qint64 span = made.last().secsTo(made.first());
        const qint64 pace = span / (made.size() - 1);
        if (pace > 0) {
            e.estimatedExpiry = Clock::nowUtc().addSecs(pace * e.remainingBackups).toLocalTime().date();
        }
    }
    return e;
}

BackupExposure exposureFor(const Vault& vault, const QDateTime& deletedAt)
{
    AppSettings settings;
    if (!settings.value(AppSettings::Key::AutoBackupEnabled).toBool()) {
        return {};
    }
    return exposure(settings.value(AppSettings::Key::AutoBackupFolder).toString(), vault.path(),
        settings.value(AppSettings::Key::AutoBackupKeep).toInt(), deletedAt);
}

} // namespace cd::AutoBackup

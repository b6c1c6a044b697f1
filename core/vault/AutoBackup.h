#pragma once

#include "vault/Vault.h"

#include <QDate>
#include <QDateTime>

namespace cd {

// Automatic backup when a vault is closed: <folder>/<vault name>-YYYYMMDD-HHMMSS.cdvault,
// keeping the newest `keep` copies of this vault and deleting older ones. A backup exists only
// whole: it is written and checked under a temporary name (*.partial) and renamed into place; a
// temporary copy left by a run that was killed is removed by the next run. run() may be called on
// a worker that has the vault to itself (the window does so after locking it).
// What the automatic backup rotation still holds of data deleted at a given time: the backups
// made before then keep it until the rotation deletes them (it keeps the newest `keep`).
struct BackupExposure {
    bool automatic = false; // automatic backups are on with a folder (this computer's settings)
    int keep = 0;
    int holding = 0; // automatic backups made before the deletion that still exist
    int remainingBackups = 0; // automatic backups until the newest of them is deleted
    QDateTime lastHoldingAt; // when the newest of them was made (UTC)
    QDate estimatedExpiry; // at the pace of the existing backups; invalid when unknown
};

namespace AutoBackup {
Result<BackupReport> run(Vault& vault, const QString& folder, int keep);
QStringList existing(const QString& folder, const QString& vaultPath); // newest first
BackupExposure exposure(const QString& folder, const QString& vaultPath, int keep, const QDateTime& deletedAt);
// The same with this computer's backup settings (AppSettings).
BackupExposure exposureFor(const Vault& vault, const QDateTime& deletedAt);
} // namespace AutoBackup

} // namespace cd

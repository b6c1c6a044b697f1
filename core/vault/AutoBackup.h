#pragma once

#include "vault/Vault.h"

namespace cd {

// Automatic backup when a vault is closed: <folder>/<vault name>-YYYYMMDD-HHMMSS.cdvault,
// keeping the newest `keep` copies of this vault and deleting older ones.
namespace AutoBackup {
Result<BackupReport> run(Vault& vault, const QString& folder, int keep);
QStringList existing(const QString& folder, const QString& vaultPath); // newest first
} // namespace AutoBackup

} // namespace cd

#pragma once

#include "vault/Vault.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace cd {

class AppSettings;

// Opening and restoring a vault as the program does it: the vault's own steps (core/vault) together
// with the work the areas above it need at those moments — the search index brought up to date,
// the protection officer read for reports, and the erasure ledger re-applied to a restored copy.
namespace VaultMaintenance {

// Vault::create, then the new vault's search index is marked as made by this version.
Result<std::unique_ptr<Vault>> create(const QString& path, const VaultKey& key, const NewAccount& admin);

// Vault::open, then: a vault indexed by an older version is re-indexed once (search folding,
// fields; skipped on read-only media or when busy), and the personal-information protection
// officer named in the vault goes on its reports.
Result<std::unique_ptr<Vault>> open(const QString& path, const VaultKey& key);

// Vault::restore with the erasure step: the ledger of the vault being replaced is merged into
// the restored copy and re-applied before the copy takes the vault's place (see
// ErasureLedger::carryOverOnRestore); the report's erasedAgain fields say what was removed again.
// `control` may cancel until the replacement starts (RestoreControl).
Result<BackupReport> restore(
    Vault& vault, const QString& backupPath, const VaultKey& backupKey, const RestoreControl& control = {});

// Vault::restoreUnopenable with the erasure step: the replaced file's ledger cannot be read, so
// the ledgers of the other copies of the same vault found next to the backup, next to the vault
// and in ledgerFolders (automatic backups) are merged and re-applied to the copy
// (ErasureLedger::reapplyWithLedgersOf). `anchors` (optional) follows the restored log.
Result<BackupReport> restoreUnopenable(const QString& vaultPath, const QString& backupPath, const VaultKey& backupKey,
    const QString& username, const QString& password, const QStringList& ledgerFolders = {},
    AppSettings* anchors = nullptr);

} // namespace VaultMaintenance

} // namespace cd

#include "VaultMaintenance.h"

#include "report/ReportDocument.h"
#include "settings/VaultSettings.h"
#include "storage/Database.h"
#include "submissions/ErasureLedger.h"
#include "submissions/SearchIndex.h"
#include "submissions/SubmissionErasure.h"

namespace cd::VaultMaintenance {

namespace {

// A vault indexed by an older version is re-indexed once (search folding, fields).
void bringSearchIndexUpToDate(Database& db)
{
    try {
        submissions::SearchIndex::ensureCurrent(db);
    } catch (const DbException&) {
        // Read-only or busy: search still works on the postings as they are.
    }
}

void fillErasedAgain(BackupReport& report, const ErasureLedger::ReapplyReport& again)
{
    report.erasedAgainPeople = again.people;
    report.erasedAgainRecords = again.submissions + again.requests;
    report.erasedAgainSummary = ErasureLedger::restoreSummary(again);
}

} // namespace

Result<std::unique_ptr<Vault>> create(const QString& path, const VaultKey& key, const NewAccount& admin)
{
    auto vault = Vault::create(path, key, admin);
    if (vault) {
        bringSearchIndexUpToDate(vault.value()->db());
    }
    return vault;
}

Result<std::unique_ptr<Vault>> open(const QString& path, const VaultKey& key)
{
    auto vault = Vault::open(path, key);
    if (!vault) {
        return vault;
    }
    Vault& v = *vault.value();
    bringSearchIndexUpToDate(v.db());
    // The personal-information protection officer named in this vault goes on its reports.
    ReportDocument::setProtectionOfficer(
        VaultSettings::get<QString>(v, Setting::OfficerName), VaultSettings::get<QString>(v, Setting::OfficerContact));
    return vault;
}

Result<BackupReport> restore(
    Vault& vault, const QString& backupPath, const VaultKey& backupKey, const RestoreControl& control)
{
    return vault.restore(
        backupPath, backupKey,
        [](const QString& vaultPath, const VaultKey& vaultKey, const QString& copyPath, const VaultKey& copyKey,
            BackupReport& report) -> Status {
            auto again = ErasureLedger::carryOverOnRestore(vaultPath, vaultKey, copyPath, copyKey);
            if (!again) {
                return again.error();
            }
            fillErasedAgain(report, again.value());
            return {};
        },
        control);
}

Result<BackupReport> restoreUnopenable(const QString& vaultPath, const QString& backupPath, const VaultKey& backupKey,
    const QString& username, const QString& password, const QStringList& ledgerFolders, AppSettings* anchors)
{
    const auto prepare = [&](Vault& copy, BackupReport& report) -> Status {
        bringSearchIndexUpToDate(copy.db());
        try {
            const ErasureLedger::ReapplyReport again = ErasureLedger::reapplyWithLedgersOf(
                copy.db(), Vault::otherCopies(backupPath, vaultPath, ledgerFolders), backupKey);
            fillErasedAgain(report, again);
            report.otherLedgers = again.otherLedgers;
            submissions::compactSearchIndex(copy.db());
        } catch (const DbException& e) {
            return e.error();
        }
        return {};
    };
    return Vault::restoreUnopenable(vaultPath, backupPath, backupKey, username, password, prepare, anchors);
}

} // namespace cd::VaultMaintenance

#pragma once

#include "accounts/AccountStore.h"
#include "accounts/Roles.h"
#include "audit/AuditAnchor.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QLockFile>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace cd {

struct AuditRecord;
class AppSettings;

struct BackupReport {
    QString path;
    qint64 bytes = 0;
    int tables = 0;
    qint64 rows = 0;
    int formatVersion = 0;
    AuditAnchor anchor; // the audit log's head in the copy
    QString manifestPath; // backups: the manifest written next to the copy
    QString previousPath; // restores: where the replaced file was kept
    // Restore only: records of people erased since the backup was made, removed again by the
    // erasure ledger before the restored data became visible.
    int erasedAgainPeople = 0;
    int erasedAgainRecords = 0;
    QString erasedAgainSummary; // translated, empty when none
};

// One open, unlocked vault: the connection, the lock that keeps a second program out, the
// key (kept only while unlocked, to open worker connections), and the signed-in actor.
class Vault
{
public:
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    static QString fileSuffix() { return QStringLiteral("cdvault"); }

    // Creates a new vault with its first account, an administrator, who is signed in.
    static Result<std::unique_ptr<Vault>> create(const QString& path, const VaultKey& key, const NewAccount& admin);
    // Opens an existing vault; nobody is signed in yet. Runs pending migrations.
    // A vault on read-only media (or whose file or folder cannot be written) opens for reading
    // only: see isReadOnly().
    static Result<std::unique_ptr<Vault>> open(const QString& path, const VaultKey& key);

    // Checks the key for a new vault or a passphrase change. A typed passphrase needs at least
    // minimumPassphraseLength characters and may not have SQLCipher's raw-key form x'…', which
    // would skip the key derivation. Raw keys (VaultKey::raw) are for tests and benchmarks.
    static Status checkNewKey(const VaultKey& key);
    static constexpr int minimumPassphraseLength = 12;

    Result<Actor> signIn(const QString& username, const QString& password);
    void signOut() { m_actor = Actor(); }
    const Actor& actor() const { return m_actor; }
    bool isSignedIn() const { return m_actor.isValid(); }
    // Accounts in the vault that may sign in (for the sign-in screen).
    int activeAccountCount();

    // Open for reading only (read-only media): every change fails with a clear message.
    bool isReadOnly() const { return m_readOnly; }
    // False once closed (close(), or restore() after it started replacing the file).
    bool isOpen() const { return m_db != nullptr; }

    Database& db() { return *m_db; }
    const QString& path() const { return m_path; }
    QString vaultId();
    int formatVersion();

    // A second connection for a worker thread (import, export, reports). Costs one KDF run.
    Result<std::unique_ptr<Database>> openConnection() const;

    // Checks the signed-in actor's permission; a refusal is a clear, translated error.
    Status require(Permission permission) const;

    // Runs fn in one transaction; DbExceptions thrown inside become the returned Status.
    Status transact(const std::function<void(Database&)>& fn);
    // Appends an audit entry for the signed-in actor; call inside transact().
    void audit(const AuditRecord& record);

    // Vault-wide settings (deadline rule, retention, …), stored encrypted in the vault.
    QString setting(const QString& key, const QString& fallback = {});
    Status setSetting(const QString& key, const QString& value);

    Status changePassphrase(const VaultKey& oldKey, const VaultKey& newKey);
    // Writes a checked copy, owner-only, and its manifest (backupManifestPath) next to it.
    Result<BackupReport> backup(const QString& outPath);
    static QString backupManifestPath(const QString& backupPath);
    // Replaces this vault with a checked copy of backupPath (opened with backupKey). Needs
    // ManageSettings. The backup file is only read, never written. The current file is kept as
    // *.before-restore. Once the replacement starts this vault is closed: open it again.
    Result<BackupReport> restore(const QString& backupPath, const VaultKey& backupKey);
    // Replaces a vault that cannot be opened (damaged, missing, or not opening with the backup's
    // passphrase) with a checked copy of backupPath. An administrator account of the backup
    // authorises it (username, password); a vault that opens is refused (use restore()). The
    // replaced file's erasure ledger cannot be read, so the ledgers of the other copies of the
    // same vault found next to the backup, next to the vault and in ledgerFolders (automatic
    // backups) are merged and re-applied before the copy takes the vault's place. The file that
    // could not be opened is kept as *.unopenable. `anchors` (optional) follows the restored log.
    static Result<BackupReport> restoreUnopenable(const QString& vaultPath, const QString& backupPath,
        const VaultKey& backupKey, const QString& username, const QString& password,
        const QStringList& ledgerFolders = {}, AppSettings* anchors = nullptr);

    // The audit anchor (see AuditAnchor): the log's head as this vault records it.
    AuditAnchor auditAnchor();
    // Compares the log with the head `settings` remembered for this vault on this computer.
    // When the log is consistent the remembered head follows it from now on (saved again on
    // close); after a failed check it stays as it was, so the warning repeats on every open
    // until an administrator accepts the log as it is now (acceptAuditAnchor). `settings` must
    // outlive this vault or the next checkAuditAnchor call.
    AnchorCheck checkAuditAnchor(AppSettings& settings);
    Status acceptAuditAnchor(AppSettings& settings);
    const AnchorCheck& lastAnchorCheck() const { return m_anchorCheck; }
    // Opens any vault file and checks it: integrity, audit chain.
    struct IntegrityReport {
        bool integrityOk = false;
        QString integrityMessage;
        bool auditOk = false;
        qint64 auditEntries = 0;
        qint64 auditFirstBad = 0;
        QString auditProblem;
        QByteArray auditHead;
        // The log against this computer's anchor: checked again when checkAuditAnchor() ran
        // on open, else NoAnchor.
        AnchorCheck anchor;
    };
    Result<IntegrityReport> verify();

    // Checkpoints and closes; the key is wiped. The object cannot be used afterwards.
    void close();

private:
    // The restore's erasure step (see ErasureLedger::carryOverOnRestore): merges this vault's
    // ledger into the restored copy and re-applies it; fills the erasedAgain fields of the
    // report. The restore stops when it fails.
    Status reapplyErasures(const QString& restoredCopy, const VaultKey& copyKey, BackupReport& report);

    static QStringList ledgerCandidates(const QString& backup, const QString& vault, const QStringList& folders);

    Vault() = default;
    static Result<std::unique_ptr<Vault>> openImpl(const QString& path, const VaultKey& key, bool create);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    VaultKey m_key;
    Actor m_actor;
    bool m_readOnly = false;
    AppSettings* m_anchorSettings = nullptr;
    AnchorCheck m_anchorCheck;
};

} // namespace cd

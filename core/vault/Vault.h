#pragma once

#include "accounts/Roles.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>

namespace cd {

struct AuditRecord;

struct NewAccount {
    QString username;
    QString displayName;
    QString password;
    Role role = Role::Staff;
};

struct BackupReport {
    QString path;
    qint64 bytes = 0;
    int tables = 0;
    qint64 rows = 0;
    int formatVersion = 0;
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
    static Result<std::unique_ptr<Vault>> open(const QString& path, const VaultKey& key);

    Result<Actor> signIn(const QString& username, const QString& password);
    void signOut() { m_actor = Actor(); }
    const Actor& actor() const { return m_actor; }
    bool isSignedIn() const { return m_actor.isValid(); }
    // Accounts in the vault that may sign in (for the sign-in screen).
    int activeAccountCount();

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
    Result<BackupReport> backup(const QString& outPath);
    // Replaces the vault at vaultPath with a checked copy of backupPath; the old file is kept
    // as *.before-restore. The vault must not be open.
    static Result<BackupReport> restore(const QString& backupPath, const QString& vaultPath, const VaultKey& key);
    // Opens any vault file and checks it: integrity, audit chain.
    struct IntegrityReport {
        bool integrityOk = false;
        QString integrityMessage;
        bool auditOk = false;
        qint64 auditEntries = 0;
        qint64 auditFirstBad = 0;
        QString auditProblem;
        QByteArray auditHead;
    };
    Result<IntegrityReport> verify();

    // Checkpoints and closes; the key is wiped. The object cannot be used afterwards.
    void close();

    // The restore's erasure step (see ErasureLedger::carryOverOnRestore): fills the erasedAgain
    // fields of the report. The restore stops when it fails.
    static Status reapplyErasures(
        const QString& currentVault, const QString& restoredCopy, const VaultKey& key, BackupReport& report);

private:
    Vault() = default;
    static Result<std::unique_ptr<Vault>> openImpl(const QString& path, const VaultKey& key, bool create);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    VaultKey m_key;
    Actor m_actor;
};

} // namespace cd

#pragma once

#include "access/AccountStore.h"
#include "access/Roles.h"
#include "audit/AuditAnchor.h"
#include "storage/Database.h"
#include "util/Result.h"
#include "vault/VaultTx.h"

#include <QLockFile>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace cd {

struct AuditRecord;
class AppSettings;
class Vault;

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
    int otherLedgers = 0; // restore of a vault that cannot be opened: copies that lent their ledgers
};

// How a setting's change enters the audit log: a rule (a period, a flag, a threshold) records its
// value before and after; anything else (a name, a contact, free text) only that it changed.
enum class SettingAudit { OnlyThatItChanged, OldAndNewValue };

// The step a restore runs on its checked copy before the copy takes the vault's place (the
// erasure ledger's re-application: see core/maintenance/VaultMaintenance.h). It fills the
// report's erasedAgain fields; a failure stops the restore and leaves the vault as it was.
// From a vault that opens: the vault being replaced (path and key) and the copy (path and key).
using RestoreStep = std::function<Status(const QString& vaultPath, const VaultKey& vaultKey, const QString& copyPath,
    const VaultKey& copyKey, BackupReport&)>;
// Over a vault that cannot be opened: the copy, opened as a vault and signed in as the
// administrator who authorises the restore.
using UnopenableRestoreStep = std::function<Status(Vault& copy, BackupReport&)>;

// How a restore on a worker may stop: `cancel` is read while the backup is checked, copied and
// prepared; a cancel then removes the copy and returns ErrorCode::Cancelled with the vault open
// and untouched. Once the live vault starts being replaced the restore runs to its end:
// `replacing` (optional, called on the restoring thread) says so, e.g. to take Cancel away.
struct RestoreControl {
    const std::atomic_bool* cancel = nullptr;
    std::function<void()> replacing;
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
    // only: see isReadOnly(). The program opens vaults through VaultMaintenance::open, which also
    // brings the search index up to date and reads the vault's details for its reports.
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

    // The write path: checks `permission` (and that the vault may be written), runs fn in one
    // write transaction (BEGIN IMMEDIATE) and commits the change with its audit entries. A change
    // must write at least one entry (WriteTx::audit); one without is rolled back and returned as
    // an error (see WriteTx). DbExceptions thrown inside roll everything back and become the
    // returned Status.
    Status write(Permission permission, const std::function<void(WriteTx&)>& fn);
    // write() for a change that gives back a value (the new record, a count). fn returns a T or
    // a Result<T>; the outcome is a Result<T>.
    template <typename Fn> auto writeResult(Permission permission, Fn&& fn)
    {
        return runForResult<WriteTx>(permission, fn);
    }
    // The read path: checks `permission` (usually Read) and runs fn under a read transaction,
    // which never takes the write lock. DbExceptions thrown inside become the returned Status.
    Status read(Permission permission, const std::function<void(ReadTx&)>& fn);
    // read() for a value: fn returns a T or a Result<T>; the outcome is a Result<T>.
    template <typename Fn> auto readResult(Permission permission, Fn&& fn)
    {
        return runForResult<ReadTx>(permission, fn);
    }

    // Vault-wide settings (deadline rule, retention, …), stored encrypted in the vault, by stored
    // key: the settings registry (core/settings/VaultSettings.h) reads and writes them through these.
    QString setting(const QString& key, const QString& fallback = {});
    // Needs ManageSettings. The audit entry records the value before and after only when `audit`
    // says the value is a rule; never for a name or a contact.
    Status setSetting(const QString& key, const QString& value, SettingAudit audit = SettingAudit::OnlyThatItChanged);
    // setSetting() inside a write that changes several settings as one.
    static void writeSetting(
        WriteTx& tx, const QString& key, const QString& value, SettingAudit audit = SettingAudit::OnlyThatItChanged);

    Status changePassphrase(const VaultKey& oldKey, const VaultKey& newKey);
    // Writes a checked copy, owner-only, and its manifest (backupManifestPath) next to it.
    Result<BackupReport> backup(const QString& outPath);
    static QString backupManifestPath(const QString& backupPath);
    // Replaces this vault with a checked copy of backupPath (opened with backupKey). Needs
    // ManageSettings. The backup file is only read, never written. `prepare` runs on the copy
    // before it takes the vault's place. The current file is kept as *.before-restore. Once the
    // replacement starts this vault is closed: open it again. (VaultMaintenance::restore.)
    Result<BackupReport> restore(const QString& backupPath, const VaultKey& backupKey, const RestoreStep& prepare,
        const RestoreControl& control = {});
    // Replaces a vault that cannot be opened (damaged, missing, or not opening with the backup's
    // passphrase) with a checked copy of backupPath. An administrator account of the backup
    // authorises it (username, password); a vault that opens is refused (use restore()).
    // `prepare` runs on the copy, signed in, before it takes the vault's place. The file that
    // could not be opened is kept as *.unopenable. `anchors` (optional) follows the restored log.
    // (VaultMaintenance::restoreUnopenable.)
    static Result<BackupReport> restoreUnopenable(const QString& vaultPath, const QString& backupPath,
        const VaultKey& backupKey, const QString& username, const QString& password,
        const UnopenableRestoreStep& prepare, AppSettings* anchors = nullptr);
    // Other copies of the vault at vaultPath: automatic and manual backups (*.cdvault) and files
    // kept by earlier restores, next to the backup, next to the vault and in `folders`. Newest
    // first, at most 20 (each costs a key derivation to read).
    static QStringList otherCopies(const QString& backupPath, const QString& vaultPath, const QStringList& folders);

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
    template <typename T> struct ValueOf {
        using type = T;
    };
    template <typename T> struct ValueOf<Result<T>> {
        using type = T;
    };
    template <typename Tx, typename Fn> auto runForResult(Permission permission, Fn& fn)
    {
        using Returned = decltype(fn(std::declval<Tx&>()));
        using Outcome = Result<typename ValueOf<Returned>::type>;
        std::optional<Returned> out;
        Status s;
        if constexpr (std::is_same_v<Tx, WriteTx>) {
            s = write(permission, [&](WriteTx& tx) { out.emplace(fn(tx)); });
        } else {
            s = read(permission, [&](ReadTx& tx) { out.emplace(fn(tx)); });
        }
        if (!s) {
            return Outcome(s);
        }
        return Outcome(std::move(*out));
    }

    // Checks that the vault is open and may be written.
    Status writable() const;
    // write() for `actor` without a permission check (sign-in, which records its own outcome).
    Status writeAs(const Actor& actor, const std::function<void(WriteTx&)>& fn);
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

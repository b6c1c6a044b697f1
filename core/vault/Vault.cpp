#include "Vault.h"

#include "AppInfo.h"
#include "access/AccountStore.h"
#include "access/PasswordHash.h"
#include "audit/AuditLog.h"
#include "preferences/AppSettings.h"
#include "report/ReportDocument.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <optional>

#include <sqlite3.h>

namespace cd {

namespace {

QString lockPathFor(const QString& path)
{
    return path + QStringLiteral(".lock");
}

Status lockError(QLockFile& lock, const QString& path)
{
    if (lock.error() == QLockFile::LockFailedError) {
        return Error { ErrorCode::InUse, StorageMessages::inUse() };
    }
    if (lock.error() == QLockFile::PermissionError) {
        return Error { ErrorCode::ReadOnly, StorageMessages::readOnly(path) };
    }
    return Error { ErrorCode::Io,
        QCoreApplication::translate("cd::Vault", "Could not lock the vault file %1.").arg(path) };
}

// QLockFile::tryLock(0), and a lock file without an owner is not a lock. A program killed right
// after creating the lock file and before writing its process id into it leaves an empty file
// that QLockFile (with no stale time) never takes as stale, so the vault would stay "in use"
// for good. A live program writes its id at once: when none appears within a second, the file is
// an orphan and is removed.
bool tryLockRecovering(QLockFile& lock)
{
    if (lock.tryLock(0)) {
        return true;
    }
    if (lock.error() != QLockFile::LockFailedError) {
        return false;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    for (int waited = 0; waited < 1000; waited += 100) {
        if (lock.getLockInfo(&pid, &host, &app)) {
            return false; // a real owner
        }
        QThread::msleep(100);
    }
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

QString quoteIdentifier(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QHash<QString, qint64> rowCounts(Database& db, const QString& schema = QStringLiteral("main"))
{
    QHash<QString, qint64> counts;
    QStringList tables;
    {
        Statement s(db,
            QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table' AND name NOT LIKE "
                           "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
                .arg(quoteIdentifier(schema)));
        while (s.next()) {
            tables << s.text(0);
        }
    }
    for (const QString& t : tables) {
        Statement c(db, QStringLiteral("SELECT count(*) FROM %1.%2").arg(quoteIdentifier(schema), quoteIdentifier(t)));
        counts.insert(t, c.next() ? c.int64(0) : 0);
    }
    return counts;
}

QString integrityCheck(Database& db)
{
    Statement s(db, "PRAGMA integrity_check");
    QStringList lines;
    while (s.next()) {
        lines << s.text(0);
    }
    return lines.join(QLatin1Char('\n'));
}

// Resolves symbolic links (of the file and of any folder on its path), so that two names of
// one file compare equal. A file that does not exist yet is resolved through its folder.
QString canonicalPath(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty()) {
        return canonical;
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool isSameFile(const QString& a, const QString& b)
{
    return canonicalPath(a) == canonicalPath(b);
}

// Media that cannot be written: the file or the folder that must hold its journal.
bool isOnReadOnlyMedia(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable());
}

bool looksLikeRawKey(const QByteArray& text)
{
    return text.size() >= 3 && (text.startsWith("x'") || text.startsWith("X'")) && text.endsWith('\'');
}

QByteArray fileSha256(const QString& path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f)) {
        return {};
    }
    return hash.result().toHex();
}

// Restore, step 1: checks the backup, read-only (nothing is written to it: no journal switch, no
// -wal), against its manifest when there is one; fills the report's counts.
Status checkBackupFile(const QString& source, const VaultKey& backupKey, BackupReport& report)
{
    if (!QFileInfo::exists(source)) {
        return Error { ErrorCode::NotFound, StorageMessages::notFound(source) };
    }
    if (QFileInfo(source + QStringLiteral("-wal")).size() > 0) {
        // Its last changes are still in the -wal file; reading them would mean writing the backup.
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Vault",
                "%1 is a vault in use, not a backup: its last changes are not in the file yet. "
                "Choose a backup written by File › Back up, or close the program that has it open.")
                .arg(source) };
    }
    {
        auto copy = Database::open(source, backupKey, Database::OpenMode::ReadOnly);
        if (!copy) {
            return copy.error();
        }
        try {
            report.formatVersion = copy.value()->userVersion();
            if (integrityCheck(*copy.value()) != QLatin1String("ok")) {
                return Error { ErrorCode::Damaged, StorageMessages::damaged() };
            }
            const auto counts = rowCounts(*copy.value());
            report.tables = int(counts.size());
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                report.rows += it.value();
            }
            QFile manifestFile(Vault::backupManifestPath(source));
            if (manifestFile.open(QIODevice::ReadOnly)) {
                const AuditAnchor written
                    = AuditAnchor::fromJson(QJsonDocument::fromJson(manifestFile.readAll()).object());
                if (written.isValid() && !AuditAnchors::compare(*copy.value(), written).ok()) {
                    return Error { ErrorCode::Damaged,
                        QCoreApplication::translate("cd::Vault",
                            "The backup's audit log does not match its manifest: the backup was changed "
                            "after it was written. It was not restored.") };
                }
            }
        } catch (const DbException& e) {
            return e.error();
        }
    }
    return {};
}

// Restore, last step: keeps `target` (and its -wal/-shm) as `keptAs` and puts `partial` in its
// place; puts the original back when the copy cannot be moved.
Status replaceKeeping(const QString& target, const QString& partial, const QString& keptAs)
{
    const QStringList suffixes { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") };
    for (const QString& suffix : suffixes) {
        QFile::remove(keptAs + suffix);
        if (QFile::exists(target + suffix) && !QFile::rename(target + suffix, keptAs + suffix)) {
            return Error { ErrorCode::Io,
                QCoreApplication::translate("cd::Vault", "Could not keep the current vault as %1.").arg(keptAs) };
        }
    }
    if (!QFile::rename(partial, target)) {
        for (const QString& suffix : suffixes) {
            QFile::rename(keptAs + suffix, target + suffix);
        }
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::Vault", "Could not write %1.").arg(target) };
    }
    return {};
}

QString settingChangeDetail(SettingAudit audit, const std::optional<QString>& old, const QString& value)
{
    if (audit != SettingAudit::OldAndNewValue) {
        return {};
    }
    const QString to = QStringLiteral("to=%1").arg(value.isEmpty() ? QStringLiteral("-") : value);
    if (!old) {
        return to;
    }
    return QStringLiteral("from=%1 ").arg(old->isEmpty() ? QStringLiteral("-") : *old) + to;
}

void removeWithJournal(const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(path + suffix);
    }
}

} // namespace

Vault::~Vault()
{
    close();
}

Result<std::unique_ptr<Vault>> Vault::openImpl(const QString& path, const VaultKey& key, bool create)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto vault = std::unique_ptr<Vault>(new Vault());
    vault->m_path = absolute;
    vault->m_lock = std::make_unique<QLockFile>(lockPathFor(absolute));
    vault->m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!create && !QFileInfo::exists(absolute)) {
        return Error { ErrorCode::NotFound, StorageMessages::notFound(absolute) };
    }
    const bool readOnly = !create && isOnReadOnlyMedia(absolute);
    if (!tryLockRecovering(*vault->m_lock)) {
        // On read-only media no lock can be taken, and none is needed: nobody can write there.
        if (!readOnly || vault->m_lock->error() != QLockFile::PermissionError) {
            return lockError(*vault->m_lock, absolute);
        }
        vault->m_lock.reset();
    }
    auto db = Database::open(absolute, key,
        create ? Database::OpenMode::Create : (readOnly ? Database::OpenMode::ReadOnly : Database::OpenMode::Existing));
    if (!db) {
        return db.error();
    }
    vault->m_db = std::move(db.value());
    vault->m_readOnly = readOnly;
    if (readOnly) {
        if (vault->m_db->userVersion() < Migrations::latestVersion()) {
            return Error { ErrorCode::ReadOnly,
                QCoreApplication::translate("cd::Vault",
                    "The vault %1 was written by an older version and must be updated before it can be "
                    "read, which is not possible on read-only media. Copy it to a folder you can write "
                    "to and open the copy.")
                    .arg(absolute) };
        }
    } else if (Status s = Migrations::apply(*vault->m_db); !s) {
        return s;
    }
    vault->m_key = key.clone();
    // Reports name the protection officer of the vault that is open: none until its settings are
    // read (VaultMaintenance::open), never the one of a vault opened before.
    ReportDocument::setProtectionOfficer({}, {});
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::create(const QString& path, const VaultKey& key, const NewAccount& admin)
{
    if (Status s = checkNewKey(key); !s) {
        return s;
    }
    NewAccount first = admin;
    first.role = Role::Administrator;
    if (Status s = AccountStore::validateNewAccount(first); !s) {
        return s;
    }
    auto vault = openImpl(path, key, true);
    if (!vault) {
        return vault;
    }
    Vault& v = *vault.value();
    const Status s = v.writeAs(Actor(), [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement meta(db, "INSERT INTO meta (key, value) VALUES (?, ?)");
        meta.bind(1, QStringLiteral("vault_id")).bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces)).exec();
        meta.bind(1, QStringLiteral("created_at")).bind(2, toStorageText(Clock::nowUtc())).exec();
        meta.bind(1, QStringLiteral("created_by_version")).bind(2, QStringLiteral(CD_VERSION)).exec();
        const qint64 id = AccountStore::insertAccount(db, first);
        v.m_actor = Actor { id, first.username, first.displayName, Role::Administrator };
        tx.setActor(v.m_actor);
        tx.audit({ QStringLiteral("vault.create"), QStringLiteral("vault"), QString(), {}, {} });
        tx.audit({ QStringLiteral("account.add"), QStringLiteral("account"), QString::number(id),
            { QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("role") },
            QStringLiteral("role=admin") });
    });
    if (!s) {
        const QString p = v.path();
        v.close();
        QFile::remove(p);
        QFile::remove(p + QStringLiteral("-wal"));
        QFile::remove(p + QStringLiteral("-shm"));
        return s;
    }
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const VaultKey& key)
{
    return openImpl(path, key, false);
}

Status Vault::checkNewKey(const VaultKey& key)
{
    if (key.kind() == VaultKey::Kind::Raw) {
        return {};
    }
    if (looksLikeRawKey(key.material().bytes())) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Vault",
                "A passphrase may not have the form x'…': SQLCipher would read it as a raw key and "
                "skip the key derivation. Choose a passphrase of words instead.") };
    }
    // Characters, counted on the UTF-8 bytes so that no unwiped copy of the passphrase is made.
    const QByteArray& bytes = key.material().bytes();
    const auto characters = std::count_if(
        bytes.cbegin(), bytes.cend(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    if (characters < minimumPassphraseLength) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Vault", "The vault passphrase needs at least %1 characters.")
                .arg(minimumPassphraseLength) };
    }
    return {};
}

Result<Actor> Vault::signIn(const QString& username, const QString& password)
{
    const QString failed = QCoreApplication::translate(
        "cd::Vault", "The account name or password is wrong, or the account is disabled.");
    m_actor = Actor(); // a new attempt ends the previous session, whatever its outcome
    try {
        Statement s(*m_db,
            "SELECT id, username, display_name, role, password_hash, password_salt, "
            "password_iterations, active FROM accounts WHERE username = ?");
        s.bind(1, username.trimmed());
        if (!s.next()) {
            // Spend the same time as a real check so account names cannot be probed.
            PasswordHash::pbkdf2Sha256(password.toUtf8(), PasswordHash::newSalt(), PasswordHash::defaultIterations());
            return Error { ErrorCode::PermissionDenied, failed };
        }
        Actor a;
        a.id = s.int64(0);
        a.username = s.text(1);
        a.displayName = s.text(2);
        roleFromKey(s.text(3), &a.role);
        QByteArray pw = password.toUtf8();
        const int storedIterations = s.integer(6);
        const QByteArray hash = PasswordHash::pbkdf2Sha256(pw, s.blob(5), storedIterations);
        secureWipe(pw);
        const bool active = s.boolean(7);
        const bool match = PasswordHash::constantTimeEquals(hash, s.blob(4));
        s.reset();
        if (m_readOnly) {
            // Nothing can be recorded on read-only media; the sign-in itself still needs the password.
            if (!match || !active) {
                return Error { ErrorCode::PermissionDenied, failed };
            }
            m_actor = a;
            return a;
        }
        if (!match || !active) {
            const Actor who = a;
            writeAs(who, [&](WriteTx& tx) {
                tx.audit({ QStringLiteral("account.sign_in_failed"), QStringLiteral("account"), QString::number(who.id),
                    {}, {} });
            });
            return Error { ErrorCode::PermissionDenied, failed };
        }
        m_actor = a;
        const Status st = writeAs(a, [&](WriteTx& tx) {
            Database& db = tx.db();
            Statement u(db, "UPDATE accounts SET last_sign_in = ? WHERE id = ?");
            u.bind(1, Clock::nowUtc()).bind(2, a.id).exec();
            // A hash made at an older, lower cost is replaced while the password is at hand.
            const bool upgrade = PasswordHash::needsRehash(storedIterations);
            if (upgrade) {
                AccountStore::rehashPassword(db, a.id, password);
            }
            tx.audit({ QStringLiteral("account.sign_in"), QStringLiteral("account"), QString::number(a.id),
                upgrade ? QStringList { QStringLiteral("password_hash") } : QStringList(), {} });
        });
        if (!st) {
            m_actor = Actor();
            return st;
        }
        return a;
    } catch (const DbException& e) {
        return e.error();
    }
}

int Vault::activeAccountCount()
{
    try {
        return int(Statement::scalarInt(*m_db, "SELECT count(*) FROM accounts WHERE active = 1"));
    } catch (const DbException&) {
        return 0;
    }
}

QString Vault::vaultId()
{
    try {
        Statement s(*m_db, "SELECT value FROM meta WHERE key = 'vault_id'");
        return s.next() ? s.text(0) : QString();
    } catch (const DbException&) {
        return {};
    }
}

int Vault::formatVersion()
{
    try {
        return m_db->userVersion();
    } catch (const DbException&) {
        return 0;
    }
}

Result<std::unique_ptr<Database>> Vault::openConnection() const
{
    if (!m_db) {
        return Error { ErrorCode::Internal, QCoreApplication::translate("cd::Vault", "The vault is locked.") };
    }
    return Database::open(m_path, m_key, Database::OpenMode::Existing);
}

Status Vault::require(Permission permission) const
{
    if (!m_actor.isValid()) {
        return Error { ErrorCode::PermissionDenied,
            QCoreApplication::translate("cd::Vault", "Sign in to the vault first.") };
    }
    if (!m_actor.can(permission)) {
        QString what;
        switch (permission) {
        case Permission::Read: what = QCoreApplication::translate("cd::Vault", "view records"); break;
        case Permission::WriteData: what = QCoreApplication::translate("cd::Vault", "change records"); break;
        case Permission::Approve: what = QCoreApplication::translate("cd::Vault", "approve or sign off"); break;
        case Permission::ManageAccounts: what = QCoreApplication::translate("cd::Vault", "manage accounts"); break;
        case Permission::ManageSettings:
            what = QCoreApplication::translate("cd::Vault", "change vault settings");
            break;
        case Permission::ExportPersonalData:
            what = QCoreApplication::translate("cd::Vault", "export personal data");
            break;
        }
        return Error { ErrorCode::PermissionDenied,
            QCoreApplication::translate("cd::Vault", "Your role (%1) may not %2. Ask an administrator.")
                .arg(roleDisplayName(m_actor.role), what) };
    }
    return {};
}

Status Vault::writable() const
{
    if (!m_db) {
        return Error { ErrorCode::Internal, QCoreApplication::translate("cd::Vault", "The vault is locked.") };
    }
    if (m_readOnly) {
        return Error { ErrorCode::ReadOnly, StorageMessages::openedReadOnly(m_path) };
    }
    return {};
}

Status Vault::write(Permission permission, const std::function<void(WriteTx&)>& fn)
{
    if (Status s = require(permission); !s) {
        return s;
    }
    return writeAs(m_actor, fn);
}

Status Vault::writeAs(const Actor& actor, const std::function<void(WriteTx&)>& fn)
{
    if (Status s = writable(); !s) {
        return s;
    }
    return WriteTx::run(*m_db, actor, fn);
}

Status Vault::read(Permission permission, const std::function<void(ReadTx&)>& fn)
{
    if (Status s = require(permission); !s) {
        return s;
    }
    if (!m_db) {
        return Error { ErrorCode::Internal, QCoreApplication::translate("cd::Vault", "The vault is locked.") };
    }
    return ReadTx::run(*m_db, fn);
}

QString Vault::setting(const QString& key, const QString& fallback)
{
    try {
        Statement s(*m_db, "SELECT value FROM settings WHERE key = ?");
        s.bind(1, key);
        return s.next() && !s.isNull(0) ? s.text(0) : fallback;
    } catch (const DbException&) {
        return fallback;
    }
}

Status Vault::setSetting(const QString& key, const QString& value, SettingAudit audit)
{
    return write(Permission::ManageSettings, [&](WriteTx& tx) { writeSetting(tx, key, value, audit); });
}

void Vault::writeSetting(WriteTx& tx, const QString& key, const QString& value, SettingAudit audit)
{
    Database& db = tx.db();
    std::optional<QString> old;
    {
        Statement s(db, "SELECT value FROM settings WHERE key = ?");
        s.bind(1, key);
        if (s.next() && !s.isNull(0)) {
            old = s.text(0);
        }
    }
    Statement s(db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    s.bind(1, key).bind(2, value).exec();
    tx.audit({ QStringLiteral("settings.update"), QStringLiteral("setting"), key, { key },
        settingChangeDetail(audit, old, value) });
}

Status Vault::changePassphrase(const VaultKey& oldKey, const VaultKey& newKey)
{
    if (Status s = require(Permission::ManageSettings); !s) {
        return s;
    }
    if (!PasswordHash::constantTimeEquals(oldKey.material().bytes(), m_key.material().bytes())) {
        return Error { ErrorCode::WrongPassphrase, StorageMessages::wrongPassphrase() };
    }
    if (newKey.isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Vault", "The new passphrase is empty.") };
    }
    if (Status s = checkNewKey(newKey); !s) {
        return s;
    }
    // Two entries: the attempt before the rekey (so a failed rekey is on record too), and the
    // change only once the file really has its new key.
    Status s = write(Permission::ManageSettings, [&](WriteTx& tx) {
        tx.audit({ QStringLiteral("vault.change_passphrase_attempt"), QStringLiteral("vault"), QString(), {}, {} });
    });
    if (!s) {
        return s;
    }
    s = m_db->rekey(newKey);
    if (!s) {
        return s;
    }
    m_key = newKey.clone();
    return write(Permission::ManageSettings, [&](WriteTx& tx) {
        tx.audit({ QStringLiteral("vault.change_passphrase"), QStringLiteral("vault"), QString(), {}, {} });
    });
}

Result<BackupReport> Vault::backup(const QString& outPath)
{
    if (Status s = require(Permission::Read); !s) {
        return s;
    }
    if (m_readOnly) {
        // The copy is written through this connection, which may not write: copy the file instead.
        return Error { ErrorCode::ReadOnly, StorageMessages::openedReadOnly(m_path) };
    }
    const QString target = QFileInfo(outPath).absoluteFilePath();
    if (isSameFile(target, m_path)) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Vault", "Choose a different file for the backup.") };
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    {
        // Create the copy first so it is readable by its owner only from the first byte on;
        // SQLite reads an empty file as a new database.
        QFile empty(partial);
        if (!empty.open(QIODevice::WriteOnly)) {
            return Error { ErrorCode::Io, QCoreApplication::translate("cd::Vault", "Could not write %1.").arg(target) };
        }
        empty.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    BackupReport report;
    report.path = target;
    QHash<QString, qint64> sourceCounts;
    try {
        const int version = m_db->userVersion();
        report.formatVersion = version;
        // The copy gets the whole vault format (not only SQLCipher's defaults, which on 4.x are
        // another format), and the key as a bound value (never SQL text).
        m_db->attachVault(partial, QByteArrayLiteral("backup"), m_key);
        bool attached = true;
        auto detach = [&] {
            if (attached) {
                m_db->detach(QByteArrayLiteral("backup"));
                attached = false;
            }
        };
        try {
            {
                // A read transaction makes the counts and the export see the same snapshot.
                m_db->exec("BEGIN");
                sourceCounts = rowCounts(*m_db);
                Statement exp(*m_db, "SELECT sqlcipher_export('backup')");
                exp.next();
                m_db->exec("COMMIT");
            }
            m_db->exec(QStringLiteral("PRAGMA backup.user_version = %1").arg(version));
            detach();
        } catch (...) {
            sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            detach();
            throw;
        }
    } catch (const DbException& e) {
        QFile::remove(partial);
        return e.error();
    }

    // Check the copy before calling it a backup.
    {
        auto copy = Database::open(partial, m_key, Database::OpenMode::Existing);
        if (!copy) {
            QFile::remove(partial);
            return copy.error();
        }
        try {
            const QString integrity = integrityCheck(*copy.value());
            if (integrity != QLatin1String("ok")) {
                throw DbException(ErrorCode::Damaged,
                    QCoreApplication::translate("cd::Vault",
                        "The backup copy failed its integrity "
                        "check; it was not kept."));
            }
            if (copy.value()->userVersion() != report.formatVersion) {
                throw DbException(ErrorCode::Internal,
                    QCoreApplication::translate("cd::Vault",
                        "The backup copy has the wrong format "
                        "version; it was not kept."));
            }
            const auto copyCounts = rowCounts(*copy.value());
            if (copyCounts != sourceCounts) {
                throw DbException(ErrorCode::Internal,
                    QCoreApplication::translate("cd::Vault",
                        "The backup copy is missing rows; "
                        "it was not kept."));
            }
            report.tables = int(copyCounts.size());
            for (auto it = copyCounts.cbegin(); it != copyCounts.cend(); ++it) {
                report.rows += it.value();
            }
            report.anchor = AuditAnchors::current(*copy.value());
            copy.value()->exec("PRAGMA journal_mode = DELETE");
        } catch (const DbException& e) {
            copy.value().reset();
            QFile::remove(partial);
            return e.error();
        }
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(partial);
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::Vault", "Could not replace %1.").arg(target) };
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::Vault", "Could not write %1.").arg(target) };
    }
    report.bytes = QFileInfo(target).size();
    write(Permission::Read, [&](WriteTx& tx) {
        tx.audit({ QStringLiteral("vault.backup"), QStringLiteral("vault"), QString(), {},
            QStringLiteral("tables=%1 rows=%2").arg(report.tables).arg(report.rows) });
    });
    // The manifest is one more anchor of the audit log, kept outside the vault (including the
    // backup entry just written: the copy holds the log as it was before it).
    report.manifestPath = backupManifestPath(target);
    QJsonObject manifest = report.anchor.toJson();
    manifest.insert(QStringLiteral("vault_id"), vaultId());
    manifest.insert(QStringLiteral("written_at"), toStorageText(Clock::nowUtc()));
    manifest.insert(QStringLiteral("program_version"), QStringLiteral(CD_VERSION));
    manifest.insert(QStringLiteral("format"), report.formatVersion);
    manifest.insert(QStringLiteral("tables"), report.tables);
    manifest.insert(QStringLiteral("rows"), report.rows);
    manifest.insert(QStringLiteral("sha256"), QString::fromLatin1(fileSha256(target)));
    manifest.insert(QStringLiteral("vault_audit"), auditAnchor().toJson());
    QSaveFile out(report.manifestPath);
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        return Error { ErrorCode::Io,
            QCoreApplication::translate("cd::Vault", "The backup was written, but not its manifest %1: %2")
                .arg(report.manifestPath, out.errorString()) };
    }
    return report;
}

QString Vault::backupManifestPath(const QString& backupPath)
{
    return backupPath + QStringLiteral(".manifest.json");
}

Result<BackupReport> Vault::restore(
    const QString& backupPath, const VaultKey& backupKey, const RestoreStep& prepare, const RestoreControl& control)
{
    if (Status s = require(Permission::ManageSettings); !s) {
        return s;
    }
    if (m_readOnly) {
        return Error { ErrorCode::ReadOnly, StorageMessages::openedReadOnly(m_path) };
    }
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    if (isSameFile(source, m_path)) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Vault", "Choose a backup file, not the vault itself.") };
    }
    BackupReport report;
    report.path = m_path;
    // Until the replacement starts the user may stop: the copy goes, the vault stays as it was.
    const auto cancelled = [&] { return control.cancel && control.cancel->load(); };
    const Error stopped { ErrorCode::Cancelled,
        QCoreApplication::translate("cd::Vault", "Restore cancelled; the vault was not changed.") };
    if (Status s = checkBackupFile(source, backupKey, report); !s) {
        return s;
    }
    if (cancelled()) {
        return stopped;
    }

    // 2. Work on a private copy next to the vault.
    const QString partial = m_path + QStringLiteral(".restoring");
    auto removePartial = [&] {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(partial + suffix);
        }
    };
    removePartial();
    if (!QFile::copy(source, partial)) {
        return Error { ErrorCode::Io,
            QCoreApplication::translate("cd::Vault", "Could not copy the backup to %1.").arg(partial) };
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    // Erasures made since the backup are re-applied to the copy before it takes the vault's place.
    if (Status s = prepare(m_path, m_key, partial, backupKey, report); !s) {
        removePartial();
        return s;
    }
    if (cancelled()) {
        removePartial();
        return stopped;
    }
    QString restoredVaultId;
    {
        auto restored = Database::open(partial, backupKey, Database::OpenMode::Existing);
        if (!restored) {
            removePartial();
            return restored.error();
        }
        try {
            WriteTx tx(*restored.value(), m_actor);
            // Changes that must survive the restore are applied here, in this transaction, before
            // the copy replaces the vault.
            tx.audit({ QStringLiteral("vault.restore"), QStringLiteral("vault"), QString(), {},
                QStringLiteral("tables=%1 rows=%2 erased_again_people=%3 erased_again_records=%4")
                    .arg(report.tables)
                    .arg(report.rows)
                    .arg(report.erasedAgainPeople)
                    .arg(report.erasedAgainRecords) });
            tx.commit();
            Statement id(*restored.value(), "SELECT value FROM meta WHERE key = 'vault_id'");
            restoredVaultId = id.next() ? id.text(0) : QString();
            report.anchor = AuditAnchors::current(*restored.value());
        } catch (const DbException& e) {
            restored.value().reset();
            removePartial();
            return e.error();
        }
    }

    if (cancelled()) {
        removePartial();
        return stopped;
    }
    if (control.replacing) {
        control.replacing();
    }

    // 3. Replace. From here on this vault is closed; the lock is kept until the end.
    AppSettings* anchors = m_anchorSettings;
    m_anchorSettings = nullptr;
    sqlite3_exec(m_db->handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    m_db.reset();
    report.previousPath = m_path + QStringLiteral(".before-restore");
    const Status outcome = replaceKeeping(m_path, partial, report.previousPath);
    removePartial();
    if (outcome && anchors) {
        // This computer saw the restore happen: the restored log is the one to follow now.
        anchors->setAuditAnchor(restoredVaultId, report.anchor);
    }
    close();
    if (!outcome) {
        return outcome;
    }
    report.bytes = QFileInfo(m_path).size();
    return report;
}

QStringList Vault::otherCopies(const QString& backup, const QString& vault, const QStringList& folders)
{
    QStringList dirs { QFileInfo(backup).absolutePath(), QFileInfo(vault).absolutePath() };
    for (const QString& f : folders) {
        if (!f.isEmpty()) {
            dirs << QFileInfo(f).absoluteFilePath();
        }
    }
    dirs.removeDuplicates();
    QFileInfoList found;
    for (const QString& d : std::as_const(dirs)) {
        found += QDir(d).entryInfoList(
            { QStringLiteral("*.") + fileSuffix(), QStringLiteral("*.before-restore") }, QDir::Files | QDir::Readable);
    }
    std::sort(found.begin(), found.end(),
        [](const QFileInfo& a, const QFileInfo& b) { return a.lastModified() > b.lastModified(); });
    QStringList out;
    for (const QFileInfo& f : std::as_const(found)) {
        const QString path = f.absoluteFilePath();
        if (out.contains(path) || isSameFile(path, backup) || isSameFile(path, vault)) {
            continue;
        }
        out << path;
        if (out.size() == 20) {
            break;
        }
    }
    return out;
}

Result<BackupReport> Vault::restoreUnopenable(const QString& vaultPath, const QString& backupPath,
    const VaultKey& backupKey, const QString& username, const QString& password, const UnopenableRestoreStep& prepare,
    AppSettings* anchors)
{
    const QString target = QFileInfo(vaultPath).absoluteFilePath();
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    if (isSameFile(source, target)) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Vault", "Choose a backup file, not the vault itself.") };
    }
    QLockFile lock(lockPathFor(target));
    lock.setStaleLockTime(0);
    if (!tryLockRecovering(lock)) {
        return lockError(lock, target);
    }
    if (QFileInfo::exists(target)) {
        // Only a vault that cannot be opened is replaced this way: one that opens is restored
        // from inside, by an administrator of the vault itself, with its own erasure ledger.
        auto probe = Database::open(target, backupKey, Database::OpenMode::ReadOnly);
        bool healthy = false;
        if (probe) {
            try {
                healthy = integrityCheck(*probe.value()) == QLatin1String("ok");
            } catch (const DbException&) {
            }
        }
        if (healthy) {
            return Error { ErrorCode::NotAllowed,
                QCoreApplication::translate("cd::Vault",
                    "The vault %1 opens with this passphrase. Unlock it and restore from File › Restore from "
                    "backup, as an administrator of the vault.")
                    .arg(QDir::toNativeSeparators(target)) };
        }
    }
    BackupReport report;
    report.path = target;
    if (Status s = checkBackupFile(source, backupKey, report); !s) {
        return s;
    }
    const QString partial = target + QStringLiteral(".restoring");
    removeWithJournal(partial);
    if (!QFile::copy(source, partial)) {
        return Error { ErrorCode::Io,
            QCoreApplication::translate("cd::Vault", "Could not copy the backup to %1.").arg(partial) };
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    QString restoredVaultId;
    {
        // The copy is opened as a vault of its own: an administrator of the backup authorises the
        // restore, and every change below is recorded in the restored audit log under that name.
        auto opened = openImpl(partial, backupKey, false);
        if (!opened) {
            removeWithJournal(partial);
            return opened.error();
        }
        Vault& copy = *opened.value();
        auto who = copy.signIn(username, password);
        Status allowed = who ? copy.require(Permission::ManageSettings) : Status(who.error());
        if (!allowed) {
            copy.close();
            removeWithJournal(partial);
            return allowed;
        }
        if (Status s = prepare(copy, report); !s) {
            copy.close();
            removeWithJournal(partial);
            return s;
        }
        try {
            const Status logged = copy.write(Permission::ManageSettings, [&](WriteTx& tx) {
                tx.audit({ QStringLiteral("vault.restore_unopenable"), QStringLiteral("vault"), QString(), {},
                    QStringLiteral("tables=%1 rows=%2 erased_again_people=%3 erased_again_records=%4 other_ledgers=%5")
                        .arg(report.tables)
                        .arg(report.rows)
                        .arg(report.erasedAgainPeople)
                        .arg(report.erasedAgainRecords)
                        .arg(report.otherLedgers) });
            });
            if (!logged) {
                copy.close();
                removeWithJournal(partial);
                return logged;
            }
            copy.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
            copy.db().exec("PRAGMA journal_mode = DELETE");
        } catch (const DbException& e) {
            copy.close();
            removeWithJournal(partial);
            return e.error();
        }
        restoredVaultId = copy.vaultId();
        report.anchor = copy.auditAnchor();
        copy.close();
    }
    // The file that could not be opened is kept, never overwritten: it may still be recoverable.
    QString keptAs = target + QStringLiteral(".unopenable");
    if (QFileInfo::exists(keptAs)) {
        keptAs += QLatin1Char('-') + Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    }
    report.previousPath = keptAs;
    if (Status s = replaceKeeping(target, partial, keptAs); !s) {
        removeWithJournal(partial);
        return s;
    }
    if (anchors) {
        anchors->setAuditAnchor(restoredVaultId, report.anchor);
    }
    report.bytes = QFileInfo(target).size();
    return report;
}

Result<Vault::IntegrityReport> Vault::verify()
{
    if (Status s = require(Permission::Read); !s) {
        return s;
    }
    IntegrityReport r;
    try {
        r.integrityMessage = integrityCheck(*m_db);
        r.integrityOk = r.integrityMessage == QLatin1String("ok");
    } catch (const DbException& e) {
        r.integrityOk = false;
        r.integrityMessage = e.error().message;
    }
    auto chain = AuditLog::verify(*m_db);
    if (!chain) {
        return chain.error();
    }
    r.auditOk = chain->ok;
    r.auditEntries = chain->entries;
    r.auditFirstBad = chain->firstBadId;
    r.auditProblem = chain->problem;
    r.auditHead = chain->headHash;
    if (m_anchorCheck.remembered.isValid()) {
        try {
            r.anchor = AuditAnchors::compare(*m_db, m_anchorCheck.remembered);
        } catch (const DbException& e) {
            return e.error();
        }
    }
    write(Permission::Read, [&](WriteTx& tx) {
        tx.audit({ QStringLiteral("vault.verify"), QStringLiteral("vault"), QString(), {},
            QStringLiteral("integrity=%1 chain=%2")
                .arg(r.integrityOk ? QStringLiteral("ok") : QStringLiteral("failed"),
                    r.auditOk ? QStringLiteral("ok") : QStringLiteral("failed")) });
    });
    return r;
}

AuditAnchor Vault::auditAnchor()
{
    try {
        return m_db ? AuditAnchors::current(*m_db) : AuditAnchor();
    } catch (const DbException&) {
        return {};
    }
}

AnchorCheck Vault::checkAuditAnchor(AppSettings& settings)
{
    m_anchorSettings = nullptr;
    m_anchorCheck = AnchorCheck();
    const QString id = vaultId();
    if (!m_db || id.isEmpty()) {
        return m_anchorCheck;
    }
    try {
        m_anchorCheck = AuditAnchors::compare(*m_db, settings.auditAnchor(id));
    } catch (const DbException&) {
        return m_anchorCheck;
    }
    if (m_anchorCheck.ok()) {
        m_anchorSettings = &settings;
        settings.setAuditAnchor(id, m_anchorCheck.current);
    }
    return m_anchorCheck;
}

Status Vault::acceptAuditAnchor(AppSettings& settings)
{
    if (Status s = require(Permission::ManageSettings); !s) {
        return s;
    }
    const AnchorCheck was = m_anchorCheck;
    const Status s = write(Permission::ManageSettings, [&](WriteTx& tx) {
        tx.audit({ QStringLiteral("audit.anchor_accepted"), QStringLiteral("vault"), QString(), {},
            QStringLiteral("outcome=%1 remembered=%2 found=%3")
                .arg(was.outcomeKey())
                .arg(was.remembered.entries)
                .arg(was.current.entries) });
    });
    if (!s) {
        return s;
    }
    settings.setAuditAnchor(vaultId(), auditAnchor());
    checkAuditAnchor(settings);
    return {};
}

void Vault::close()
{
    if (m_db && m_anchorSettings) {
        m_anchorSettings->setAuditAnchor(vaultId(), auditAnchor());
    }
    m_anchorSettings = nullptr;
    if (m_db) {
        ReportDocument::setProtectionOfficer({}, {});
        sqlite3_exec(m_db->handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        m_db.reset();
    }
    m_key.wipe();
    m_actor = Actor();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

} // namespace cd

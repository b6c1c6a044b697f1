#include "Vault.h"

#include "AppInfo.h"
#include "accounts/AccountService.h"
#include "accounts/PasswordHash.h"
#include "audit/AuditLog.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "submissions/ErasureLedger.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

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
    if (!vault->m_lock->tryLock(0)) {
        return lockError(*vault->m_lock, absolute);
    }
    auto db = Database::open(absolute, key, create ? Database::OpenMode::Create : Database::OpenMode::Existing);
    if (!db) {
        return db.error();
    }
    vault->m_db = std::move(db.value());
    if (Status s = Migrations::apply(*vault->m_db); !s) {
        return s;
    }
    vault->m_key = key.clone();
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::create(const QString& path, const VaultKey& key, const NewAccount& admin)
{
    NewAccount first = admin;
    first.role = Role::Administrator;
    if (Status s = AccountService::validateNewAccount(first); !s) {
        return s;
    }
    auto vault = openImpl(path, key, true);
    if (!vault) {
        return vault;
    }
    Vault& v = *vault.value();
    const Status s = v.transact([&](Database& db) {
        Statement meta(db, "INSERT INTO meta (key, value) VALUES (?, ?)");
        meta.bind(1, QStringLiteral("vault_id")).bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces)).exec();
        meta.bind(1, QStringLiteral("created_at")).bind(2, toStorageText(Clock::nowUtc())).exec();
        meta.bind(1, QStringLiteral("created_by_version")).bind(2, QStringLiteral(CD_VERSION)).exec();
        const qint64 id = AccountService::insertAccount(db, first);
        v.m_actor = Actor { id, first.username, first.displayName, Role::Administrator };
        AuditLog::append(db, v.m_actor, { QStringLiteral("vault.create"), QStringLiteral("vault"), QString(), {}, {} });
        AuditLog::append(db, v.m_actor,
            { QStringLiteral("account.add"), QStringLiteral("account"), QString::number(id),
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
        const QByteArray hash = PasswordHash::pbkdf2Sha256(pw, s.blob(5), s.integer(6));
        secureWipe(pw);
        const bool active = s.boolean(7);
        const bool match = PasswordHash::constantTimeEquals(hash, s.blob(4));
        s.reset();
        if (!match || !active) {
            const Actor who = a;
            transact([&](Database& db) {
                AuditLog::append(db, who,
                    { QStringLiteral("account.sign_in_failed"), QStringLiteral("account"), QString::number(who.id), {},
                        {} });
            });
            return Error { ErrorCode::PermissionDenied, failed };
        }
        m_actor = a;
        const Status st = transact([&](Database& db) {
            Statement u(db, "UPDATE accounts SET last_sign_in = ? WHERE id = ?");
            u.bind(1, Clock::nowUtc()).bind(2, a.id).exec();
            AuditLog::append(
                db, a, { QStringLiteral("account.sign_in"), QStringLiteral("account"), QString::number(a.id), {}, {} });
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

Status Vault::transact(const std::function<void(Database&)>& fn)
{
    if (!m_db) {
        return Error { ErrorCode::Internal, QCoreApplication::translate("cd::Vault", "The vault is locked.") };
    }
    try {
        Transaction tx(*m_db);
        fn(*m_db);
        tx.commit();
        return {};
    } catch (const DbException& e) {
        return e.error();
    }
}

void Vault::audit(const AuditRecord& record)
{
    AuditLog::append(*m_db, m_actor, record);
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

Status Vault::setSetting(const QString& key, const QString& value)
{
    if (Status s = require(Permission::ManageSettings); !s) {
        return s;
    }
    return transact([&](Database& db) {
        Statement s(db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
        s.bind(1, key).bind(2, value).exec();
        audit({ QStringLiteral("settings.update"), QStringLiteral("setting"), key, { key }, {} });
    });
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
    // Audit first: if the rekey fails the entry is rolled back with nothing else changed.
    Status s = transact([&](Database&) {
        audit({ QStringLiteral("vault.change_passphrase"), QStringLiteral("vault"), QString(), {}, {} });
    });
    if (!s) {
        return s;
    }
    s = m_db->rekey(newKey);
    if (!s) {
        return s;
    }
    m_key = newKey.clone();
    return {};
}

Result<BackupReport> Vault::backup(const QString& outPath)
{
    if (Status s = require(Permission::Read); !s) {
        return s;
    }
    const QString target = QFileInfo(outPath).absoluteFilePath();
    if (target == m_path) {
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
        // Pinned settings for the attached copy, then the key as a bound value (never SQL text).
        m_db->exec("PRAGMA cipher_default_page_size = 4096");
        m_db->exec("PRAGMA cipher_default_kdf_iter = 256000");
        {
            Statement attach(*m_db, "ATTACH DATABASE ? AS backup KEY ?");
            attach.bind(1, partial).bind(2, m_key.material().bytes());
            attach.exec();
        }
        bool attached = true;
        auto detach = [&] {
            if (attached) {
                sqlite3_exec(m_db->handle(), "DETACH DATABASE backup", nullptr, nullptr, nullptr);
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
    transact([&](Database&) {
        audit({ QStringLiteral("vault.backup"), QStringLiteral("vault"), QString(), {},
            QStringLiteral("tables=%1 rows=%2").arg(report.tables).arg(report.rows) });
    });
    return report;
}

Status Vault::reapplyErasures(
    const QString& currentVault, const QString& restoredCopy, const VaultKey& key, BackupReport& report)
{
    auto again = ErasureLedger::carryOverOnRestore(currentVault, restoredCopy, key);
    if (!again) {
        return again.error();
    }
    report.erasedAgainPeople = again->people;
    report.erasedAgainRecords = again->submissions + again->requests;
    report.erasedAgainSummary = ErasureLedger::restoreSummary(again.value());
    return {};
}

Result<BackupReport> Vault::restore(const QString& backupPath, const QString& vaultPath, const VaultKey& key)
{
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    const QString target = QFileInfo(vaultPath).absoluteFilePath();
    QLockFile lock(lockPathFor(target));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return lockError(lock, target);
    }
    BackupReport report;
    report.path = target;
    {
        auto copy = Database::open(source, key, Database::OpenMode::Existing);
        if (!copy) {
            return copy.error();
        }
        try {
            const int version = copy.value()->userVersion();
            if (version > Migrations::latestVersion()) {
                return Error { ErrorCode::TooNew, StorageMessages::tooNew(version, Migrations::latestVersion()) };
            }
            if (integrityCheck(*copy.value()) != QLatin1String("ok")) {
                return Error { ErrorCode::Damaged, StorageMessages::damaged() };
            }
            const auto counts = rowCounts(*copy.value());
            report.tables = int(counts.size());
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                report.rows += it.value();
            }
            report.formatVersion = version;
            copy.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const DbException& e) {
            return e.error();
        }
    }
    const QString partial = target + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (!QFile::copy(source, partial)) {
        return Error { ErrorCode::Io,
            QCoreApplication::translate("cd::Vault", "Could not copy the backup to %1.").arg(partial) };
    }
    // Erasures made since the backup: the ledger of the vault being replaced is merged into the
    // copy and re-applied before the copy takes the vault's place.
    if (Status s = reapplyErasures(target, partial, key, report); !s) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        return s;
    }
    const QString previous = target + QStringLiteral(".before-restore");
    if (QFile::exists(target)) {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(previous + suffix);
            if (QFile::exists(target + suffix) && !QFile::rename(target + suffix, previous + suffix)) {
                QFile::remove(partial);
                return Error { ErrorCode::Io,
                    QCoreApplication::translate("cd::Vault", "Could not keep the current vault as %1.").arg(previous) };
            }
        }
    }
    if (!QFile::rename(partial, target)) {
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::Vault", "Could not write %1.").arg(target) };
    }
    lock.unlock();
    // Record the restore in the restored vault's own log.
    auto restored = Database::open(target, key, Database::OpenMode::Existing);
    if (restored) {
        try {
            Transaction tx(*restored.value());
            AuditLog::append(*restored.value(), Actor::system(),
                { QStringLiteral("vault.restore"), QStringLiteral("vault"), QString(), {},
                    QStringLiteral("tables=%1 rows=%2 erased_again_people=%3 erased_again_records=%4")
                        .arg(report.tables)
                        .arg(report.rows)
                        .arg(report.erasedAgainPeople)
                        .arg(report.erasedAgainRecords) });
            tx.commit();
        } catch (const DbException&) {
        }
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
    transact([&](Database&) {
        audit({ QStringLiteral("vault.verify"), QStringLiteral("vault"), QString(), {},
            QStringLiteral("integrity=%1 chain=%2")
                .arg(r.integrityOk ? QStringLiteral("ok") : QStringLiteral("failed"),
                    r.auditOk ? QStringLiteral("ok") : QStringLiteral("failed")) });
    });
    return r;
}

void Vault::close()
{
    if (m_db) {
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

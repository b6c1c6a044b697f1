#include "Database.h"

#include "Migrations.h"
#include "VaultFormat.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <cerrno>

namespace cd {

namespace StorageMessages {
QString wrongPassphrase()
{
    return QCoreApplication::translate(
        "cd::Storage", "The passphrase is wrong. Check the keyboard layout and Caps Lock, then try again.");
}
QString notAVault()
{
    return QCoreApplication::translate("cd::Storage",
        "This file is not a Compliance Desk vault. Choose the .cdvault file you created, or "
        "create a new vault.");
}
QString damaged()
{
    return QCoreApplication::translate("cd::Storage",
        "The vault is damaged and cannot be read safely. Restore it from a backup "
        "(File › Restore from backup).");
}
QString tooNew(int fileVersion, int supported)
{
    return QCoreApplication::translate("cd::Storage",
        "This vault was written by a newer version of Compliance Desk "
        "(format %1; this program reads up to %2). Install the newer "
        "version; the vault was not changed.")
        .arg(fileVersion)
        .arg(supported);
}
QString notFound(const QString& path)
{
    return QCoreApplication::translate("cd::Storage",
        "The file %1 does not exist. Check the path or create a "
        "new vault.")
        .arg(path);
}
QString readOnly(const QString& path)
{
    return QCoreApplication::translate("cd::Storage",
        "The vault %1 is read-only. Copy it to a folder you can "
        "write to, or ask IT to change its permissions.")
        .arg(path);
}
QString openedReadOnly(const QString& path)
{
    return QCoreApplication::translate("cd::Storage",
        "The vault %1 is on read-only media or its file is write-protected: it is open for "
        "reading only. Changes cannot be saved; copy the vault to a folder you can write to "
        "in order to work with it.")
        .arg(path);
}
QString inUse()
{
    return QCoreApplication::translate("cd::Storage",
        "The vault is open in another Compliance Desk window or on another computer. "
        "Close it there first.");
}
QString diskFull()
{
    return QCoreApplication::translate(
        "cd::Storage", "The disk is full; the change was not saved. Free some space and try again.");
}
QString noCipher()
{
    return QCoreApplication::translate("cd::Storage",
        "This program was built without SQLCipher encryption and refuses to open vaults. "
        "Reinstall Compliance Desk.");
}
} // namespace StorageMessages

// --- VaultKey ---------------------------------------------------------------------------

VaultKey VaultKey::passphrase(const QString& text)
{
    VaultKey k;
    k.m_kind = Kind::Passphrase;
    k.m_material = SecretBytes::fromString(text);
    return k;
}

VaultKey VaultKey::raw(const QByteArray& key32)
{
    Q_ASSERT(key32.size() == 32);
    VaultKey k;
    k.m_kind = Kind::Raw;
    QByteArray hex = key32.toHex();
    QByteArray literal;
    literal.reserve(hex.size() + 3);
    literal.append("x'").append(hex).append('\'');
    secureWipe(hex);
    k.m_material = SecretBytes(std::move(literal));
    return k;
}

VaultKey VaultKey::rawFromSeed(const QByteArray& seed)
{
    return raw(QCryptographicHash::hash(seed, QCryptographicHash::Sha256));
}

VaultKey VaultKey::clone() const
{
    VaultKey k;
    k.m_kind = m_kind;
    k.m_material = m_material.clone();
    return k;
}

// --- DbException ------------------------------------------------------------------------

DbException::DbException(ErrorCode code, QString message, int sqliteCode)
    : m_error(code, std::move(message))
    , m_sqliteCode(sqliteCode)
    , m_what(m_error.message.toUtf8())
{
}

// --- Database ---------------------------------------------------------------------------

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

namespace {

bool queryReturnsRow(sqlite3* db, const char* sql, QByteArray* firstColumn, int* rcOut)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        if (rcOut) {
            *rcOut = rc;
        }
        return false;
    }
    rc = sqlite3_step(stmt);
    bool row = rc == SQLITE_ROW;
    if (row && firstColumn) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        *firstColumn = text ? QByteArray(text) : QByteArray();
    }
    if (rcOut) {
        *rcOut = row ? SQLITE_OK : (rc == SQLITE_DONE ? SQLITE_OK : rc);
    }
    sqlite3_finalize(stmt);
    return row;
}

// A write refused for lack of room (disk full, a quota, a file-size limit) reaches SQLite as an
// I/O error; to the user it is a full disk, with the same advice.
bool isOutOfSpace(int systemErrno)
{
    switch (systemErrno) {
    case ENOSPC:
    case EFBIG:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return true;
    default: return false;
    }
}

int execRaw(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, const VaultKey& key, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode != OpenMode::Create) {
        if (!info.exists()) {
            return Error { ErrorCode::NotFound, StorageMessages::notFound(path) };
        }
        if (mode == OpenMode::Existing && !info.isWritable()) {
            return Error { ErrorCode::ReadOnly, StorageMessages::readOnly(path) };
        }
        if (info.size() < VaultFormat::pageSize) {
            // Empty or truncated: SQLite would happily treat an empty file as a new database.
            return Error { info.size() == 0 ? ErrorCode::NotAVault : ErrorCode::Damaged,
                info.size() == 0 ? StorageMessages::notAVault() : StorageMessages::damaged() };
        }
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray head = f.read(16);
            if (head == QByteArray("SQLite format 3\0", 16)) {
                return Error { ErrorCode::NotAVault, StorageMessages::notAVault() };
            }
        }
    } else if (info.exists() && info.size() > 0) {
        return Error { ErrorCode::Conflict,
            QCoreApplication::translate("cd::Storage", "The file %1 already exists; choose another name.").arg(path) };
    }

    // Existence was checked above. CREATE stays on for every connection because ATTACH (used by
    // backups) inherits the flags of the main connection and must be able to create its file.
    const bool readOnly = mode == OpenMode::ReadOnly;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    QByteArray nativePath = path.toUtf8();
    if (readOnly) {
        // immutable: no lock, no -shm or -wal files, no write of any kind, so a read-only open
        // works on read-only media and leaves a backup's bytes and times exactly as they were.
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX;
        nativePath = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded() + "?immutable=1";
    }
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    db->m_readOnly = readOnly;
    if (rc != SQLITE_OK) {
        if (rc == SQLITE_CANTOPEN) {
            return Error { ErrorCode::NotFound, StorageMessages::notFound(path) };
        }
        return db->errorFor(rc, "open");
    }
    sqlite3_extended_result_codes(raw, 1);

    // Refuse to run against plain SQLite: cipher_version only answers when SQLCipher is linked.
    QByteArray cipherVersion;
    if (!queryReturnsRow(raw, "PRAGMA cipher_version", &cipherVersion, nullptr) || cipherVersion.isEmpty()) {
        return Error { ErrorCode::NoCipher, StorageMessages::noCipher() };
    }

    // Key from a buffer, never inside SQL text.
    rc = sqlite3_key_v2(raw, "main", key.material().data(), key.material().size());
    if (rc != SQLITE_OK) {
        return db->errorFor(rc, "key");
    }

    // The vault format, before the first read; and the same format for anything this
    // connection attaches later.
    rc = VaultFormat::applyToConnection(raw);
    if (rc == SQLITE_OK) {
        rc = VaultFormat::applyAttachDefaults(raw);
    }
    if (rc != SQLITE_OK) {
        return db->errorFor(rc, "cipher settings");
    }

    // First read: a wrong key shows up here as SQLITE_NOTADB.
    int readRc = SQLITE_OK;
    queryReturnsRow(raw, "SELECT count(*) FROM sqlite_master", nullptr, &readRc);
    if (readRc != SQLITE_OK) {
        const int primary = readRc & 0xff;
        if (primary == SQLITE_NOTADB) {
            return Error { ErrorCode::WrongPassphrase, StorageMessages::wrongPassphrase() };
        }
        if (primary == SQLITE_CORRUPT) {
            return Error { ErrorCode::Damaged, StorageMessages::damaged() };
        }
        return db->errorFor(readRc, "first read");
    }

    // A vault from a newer program is refused before anything below can write to it.
    if (mode != OpenMode::Create) {
        QByteArray version;
        queryReturnsRow(raw, "PRAGMA user_version", &version, nullptr);
        if (version.toInt() > Migrations::latestVersion()) {
            return Error { ErrorCode::TooNew, StorageMessages::tooNew(version.toInt(), Migrations::latestVersion()) };
        }
    }

    const char* pragmas[] = {
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA secure_delete = ON",
        "PRAGMA busy_timeout = 5000",
    };
    for (const char* p : pragmas) {
        rc = execRaw(raw, p);
        if (rc != SQLITE_OK) {
            return db->errorFor(rc, p);
        }
    }
    if (readOnly) {
        return db;
    }
    QByteArray journal;
    int jrc = SQLITE_OK;
    queryReturnsRow(raw, "PRAGMA journal_mode = WAL", &journal, &jrc);
    if (jrc != SQLITE_OK) {
        return db->errorFor(jrc, "journal_mode");
    }
    return db;
}

void Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (message) {
        sqlite3_free(message);
    }
    if (rc != SQLITE_OK) {
        raise(rc, sql);
    }
}

void Database::exec(const QString& sql)
{
    exec(sql.toUtf8().constData());
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        raise(rc, "user_version");
    }
    int version = 0;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        version = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        raise(rc, "user_version");
    }
    return version;
}

void Database::setUserVersion(int version)
{
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Status Database::rekey(const VaultKey& newKey)
{
    // The rekey rewrites every page with this connection's codec settings: make sure they are the
    // vault format, so the re-keyed file opens everywhere the old one did.
    if (!VaultFormat::matches(m_db)) {
        return Error { ErrorCode::Internal,
            QCoreApplication::translate("cd::Storage", "Storage error: %1")
                .arg(QStringLiteral("rekey: ") + VaultFormat::describe(m_db).join(QLatin1Char(' '))) };
    }
    // Rekeying rewrites every page; in WAL mode SQLCipher 3.x needs a rollback journal.
    execRaw(m_db, "PRAGMA wal_checkpoint(TRUNCATE)");
    int rc = execRaw(m_db, "PRAGMA journal_mode = DELETE");
    if (rc != SQLITE_OK) {
        return errorFor(rc, "rekey");
    }
    rc = sqlite3_rekey_v2(m_db, "main", newKey.material().data(), newKey.material().size());
    const int restoreRc = execRaw(m_db, "PRAGMA journal_mode = WAL");
    if (rc != SQLITE_OK) {
        return errorFor(rc, "rekey");
    }
    if (restoreRc != SQLITE_OK) {
        return errorFor(restoreRc, "rekey");
    }
    return {};
}

void Database::attachVault(const QString& path, const QByteArray& schema, const VaultKey& key)
{
    // ATTACH … KEY takes SQLCipher's process-wide defaults, which on 4.x are not this format
    // unless set: set them, attach, then name the format on the schema itself and check it.
    int rc = VaultFormat::applyAttachDefaults(m_db);
    if (rc != SQLITE_OK) {
        raise(rc, "attach: cipher defaults");
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray sql = "ATTACH DATABASE ?1 AS \"" + QByteArray(schema).replace('"', "\"\"") + "\" KEY ?2";
    rc = sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        raise(rc, "attach");
    }
    const QByteArray nativePath = path.toUtf8();
    sqlite3_bind_text(stmt, 1, nativePath.constData(), int(nativePath.size()), SQLITE_TRANSIENT);
    sqlite3_bind_blob(stmt, 2, key.material().data(), int(key.material().size()), SQLITE_STATIC);
    rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        raise(rc, "attach");
    }
    rc = VaultFormat::applyToSchema(m_db, schema);
    if (rc != SQLITE_OK || !VaultFormat::matches(m_db, schema)) {
        const QString settings = VaultFormat::describe(m_db, schema).join(QLatin1Char(' '));
        detach(schema);
        throw DbException(ErrorCode::Internal,
            QCoreApplication::translate("cd::Storage", "Storage error: %1").arg(QStringLiteral("attach: ") + settings),
            rc);
    }
}

void Database::detach(const QByteArray& schema) noexcept
{
    const QByteArray sql = "DETACH DATABASE \"" + QByteArray(schema).replace('"', "\"\"") + '"';
    sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
}

Error Database::errorFor(int rc, const char* context) const
{
    const int primary = rc & 0xff;
    switch (primary) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return { ErrorCode::Damaged, StorageMessages::damaged() };
    case SQLITE_FULL: return { ErrorCode::DiskFull, StorageMessages::diskFull() };
    case SQLITE_READONLY: return { ErrorCode::ReadOnly, StorageMessages::readOnly(m_path) };
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return { ErrorCode::InUse, StorageMessages::inUse() };
    case SQLITE_CANTOPEN: return { ErrorCode::NotFound, StorageMessages::notFound(m_path) };
    case SQLITE_IOERR:
        if (m_db && isOutOfSpace(sqlite3_system_errno(m_db))) {
            return { ErrorCode::DiskFull, StorageMessages::diskFull() };
        }
        return { ErrorCode::Io,
            QCoreApplication::translate("cd::Storage",
                "The vault could not be read or written (%1). Check "
                "the disk and try again.")
                .arg(QString::fromUtf8(sqlite3_errstr(rc))) };
    case SQLITE_CONSTRAINT:
        return { ErrorCode::Conflict,
            QCoreApplication::translate("cd::Storage", "The change conflicts with existing data (%1).")
                .arg(m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString()) };
    default: break;
    }
    // Internal errors keep SQLite's message (no values are ever bound into SQL text).
    QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    if (context) {
        detail = QString::fromUtf8(context).left(80) + QStringLiteral(": ") + detail;
    }
    return { ErrorCode::Internal, QCoreApplication::translate("cd::Storage", "Storage error: %1").arg(detail) };
}

void Database::raise(int rc, const char* context) const
{
    const Error e = errorFor(rc, context);
    throw DbException(e.code, e.message, rc);
}

QString Database::sqlcipherVersion()
{
    sqlite3* db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        QByteArray v;
        if (queryReturnsRow(db, "PRAGMA cipher_version", &v, nullptr)) {
            version = QString::fromUtf8(v);
        }
    }
    sqlite3_close_v2(db);
    return version;
}

QString Database::sqliteVersion()
{
    return QString::fromUtf8(sqlite3_libversion());
}

} // namespace cd

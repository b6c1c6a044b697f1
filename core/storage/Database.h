#pragma once

#include "util/Result.h"
#include "util/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <exception>
#include <memory>

struct sqlite3;

namespace cd {

// The key material handed to SQLCipher: a passphrase (run through the pinned KDF) or a raw
// 32-byte key (tests, benchmarks, derived connections) in SQLCipher's x'…' form.
class VaultKey
{
public:
    enum class Kind { Passphrase, Raw };

    static VaultKey passphrase(const QString& text);
    static VaultKey raw(const QByteArray& key32);
    // A raw key derived deterministically from a label; only for tests and the benchmark.
    static VaultKey rawFromSeed(const QByteArray& seed);

    VaultKey clone() const;
    Kind kind() const { return m_kind; }
    const SecretBytes& material() const { return m_material; }
    bool isEmpty() const { return m_material.isEmpty(); }
    void wipe() { m_material.clear(); }

private:
    Kind m_kind = Kind::Passphrase;
    SecretBytes m_material;
};

// Thrown by the storage layer; services catch it at their boundary and return a Status.
class DbException : public std::exception
{
public:
    DbException(ErrorCode code, QString message, int sqliteCode = 0);
    const char* what() const noexcept override { return m_what.constData(); }
    const Error& error() const { return m_error; }
    int sqliteCode() const { return m_sqliteCode; }

private:
    Error m_error;
    int m_sqliteCode;
    QByteArray m_what;
};

class Database
{
public:
    // ReadOnly never writes to the file (backups being restored, vaults on read-only media):
    // no journal mode switch, no checkpoint, no -wal/-shm created.
    enum class OpenMode { Existing, Create, ReadOnly };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (or creates) a vault: key, cipher settings, a first read to check the key,
    // a check that SQLCipher is really there, then the connection pragmas. Never modifies
    // an existing file when it fails.
    static Result<std::unique_ptr<Database>> open(const QString& path, const VaultKey& key, OpenMode mode);

    sqlite3* handle() const { return m_db; }
    bool isReadOnly() const { return m_readOnly; }
    const QString& path() const { return m_path; }

    // Runs SQL without results; throws DbException on error.
    void exec(const char* sql);
    void exec(const QString& sql);
    qint64 lastInsertId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    bool inTransaction() const;

    // Changes the key in place (sqlite3_rekey_v2); the old key stops working. The file keeps the
    // vault format; a connection whose codec does not use it is refused before anything changes.
    Status rekey(const VaultKey& newKey);

    // Attaches the (new or existing) vault file at path as schema, keyed with key and with the
    // vault format named explicitly, so sqlcipher_export() into it writes a vault that every
    // supported SQLCipher opens. The key is bound, never part of the SQL text. Throws DbException.
    void attachVault(const QString& path, const QByteArray& schema, const VaultKey& key);
    void detach(const QByteArray& schema) noexcept;

    // Turns an SQLite result code of this connection into an error the UI can show.
    Error errorFor(int rc, const char* context = nullptr) const;
    [[noreturn]] void raise(int rc, const char* context = nullptr) const;

    static QString sqlcipherVersion();
    static QString sqliteVersion();

private:
    Database(sqlite3* db, QString path);
    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
};

// Messages shared by the storage layer and the vault.
namespace StorageMessages {
QString wrongPassphrase();
QString notAVault();
QString damaged();
QString tooNew(int fileVersion, int supported);
QString notFound(const QString& path);
QString readOnly(const QString& path);
QString openedReadOnly(const QString& path);
QString inUse();
QString diskFull();
QString noCipher();
} // namespace StorageMessages

} // namespace cd

#include "VaultFormat.h"

#include <QStringList>

#include <sqlite3.h>

#include <atomic>

namespace cd::VaultFormat {

namespace {

std::atomic<int> g_cipherMajor { -1 };

QByteArray quoted(const QByteArray& schema)
{
    QByteArray q = schema;
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

QByteArray prefix(const QByteArray& schema)
{
    return schema.isEmpty() ? QByteArray() : quoted(schema) + '.';
}

int run(sqlite3* db, const QByteArray& sql)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
}

// Runs each "PRAGMA <prefix><name> = <value>" and stops at the first failure.
int setAll(sqlite3* db, const QByteArray& pragmaPrefix, const QList<QPair<QByteArray, QByteArray>>& settings)
{
    for (const auto& [name, value] : settings) {
        const int rc = run(db, "PRAGMA " + pragmaPrefix + name + " = " + value);
        if (rc != SQLITE_OK) {
            return rc;
        }
    }
    return SQLITE_OK;
}

// The settings as SQLCipher's pragmas name them. SQLCipher 3.x has no pragmas for the
// algorithms or the plaintext header: it always uses SHA1 and encrypts the whole header.
QList<QPair<QByteArray, QByteArray>> settingsFor(int cipherMajor)
{
    QList<QPair<QByteArray, QByteArray>> s {
        { QByteArrayLiteral("cipher_page_size"), QByteArray::number(pageSize) },
        { QByteArrayLiteral("kdf_iter"), QByteArray::number(kdfIterations) },
        { QByteArrayLiteral("cipher_use_hmac"), QByteArray::number(useHmac ? 1 : 0) },
    };
    if (cipherMajor >= 4) {
        s.append({ QByteArrayLiteral("cipher_hmac_algorithm"), QByteArray(hmacAlgorithm) });
        s.append({ QByteArrayLiteral("cipher_kdf_algorithm"), QByteArray(kdfAlgorithm) });
        s.append({ QByteArrayLiteral("cipher_plaintext_header_size"), QByteArray::number(plaintextHeaderSize) });
    }
    return s;
}

QByteArray readPragma(sqlite3* db, const QByteArray& sql)
{
    sqlite3_stmt* stmt = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        value = text ? QByteArray(text) : QByteArray();
    }
    sqlite3_finalize(stmt);
    return value;
}

} // namespace

int cipherMajorVersion(sqlite3* db)
{
    int major = g_cipherMajor.load();
    if (major < 0) {
        // "3.4.1", "4.5.5 community": the library, not the file, so it is the same for every call.
        major = readPragma(db, "PRAGMA cipher_version").split('.').value(0).toInt();
        g_cipherMajor.store(major);
    }
    return major;
}

int applyToConnection(sqlite3* db)
{
    return setAll(db, {}, settingsFor(cipherMajorVersion(db)));
}

int applyToSchema(sqlite3* db, const QByteArray& schema)
{
    return setAll(db, prefix(schema), settingsFor(cipherMajorVersion(db)));
}

int applyAttachDefaults(sqlite3* db)
{
    QList<QPair<QByteArray, QByteArray>> defaults;
    for (const auto& [name, value] : settingsFor(cipherMajorVersion(db))) {
        // kdf_iter's default is cipher_default_kdf_iter; the others add "default_" after "cipher_".
        const QByteArray defaultName = name == "kdf_iter" ? QByteArrayLiteral("cipher_default_kdf_iter")
                                                          : QByteArray(name).replace("cipher_", "cipher_default_");
        defaults.append({ defaultName, value });
    }
    return setAll(db, {}, defaults);
}

QStringList describe(sqlite3* db, const QByteArray& schema)
{
    QStringList lines;
    for (const auto& setting : settingsFor(cipherMajorVersion(db))) {
        const QByteArray value = readPragma(db, "PRAGMA " + prefix(schema) + setting.first);
        lines << QString::fromLatin1(setting.first + '=' + value);
    }
    return lines;
}

bool matches(sqlite3* db, const QByteArray& schema)
{
    const auto expected = settingsFor(cipherMajorVersion(db));
    const QStringList actual = describe(db, schema);
    if (actual.size() != expected.size()) {
        return false;
    }
    for (int i = 0; i < expected.size(); ++i) {
        if (actual.at(i).compare(
                QString::fromLatin1(expected.at(i).first + '=' + expected.at(i).second), Qt::CaseInsensitive)
            != 0) {
            return false;
        }
    }
    return true;
}

} // namespace cd::VaultFormat

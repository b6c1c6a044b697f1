#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace cd {

// The encryption format of every vault file, in one place. These are SQLCipher 3.x's settings
// with a stronger key derivation (256,000 PBKDF2 iterations instead of 64,000), so that a vault
// written by this program opens with SQLCipher 3.4 (Debian 12) and with SQLCipher 4.x (Debian 13,
// vcpkg, Homebrew) alike. SQLCipher 4.x defaults differ (HMAC-SHA512, PBKDF2-HMAC-SHA512), so
// every connection and every attached database names all of these settings explicitly;
// docs/BUILDING.md ("The vault format") describes the format and how to open a vault with the
// plain sqlcipher shell of either version.
namespace VaultFormat {

// AES-256 in CBC mode with a random IV per page: SQLCipher's only cipher in both versions.
inline constexpr int pageSize = 4096;
inline constexpr int kdfIterations = 256000;
inline constexpr const char* kdfAlgorithm = "PBKDF2_HMAC_SHA1";
inline constexpr const char* hmacAlgorithm = "HMAC_SHA1";
inline constexpr bool useHmac = true;
// The whole file is encrypted, including SQLite's 100-byte header; the first 16 bytes are the
// KDF salt.
inline constexpr int plaintextHeaderSize = 0;

// The major version of the SQLCipher library this connection runs on (3 or 4), 0 without one.
int cipherMajorVersion(sqlite3* db);

// Names the format for the main database of a keyed connection, before its first read.
// Returns an SQLite result code.
int applyToConnection(sqlite3* db);

// Sets SQLCipher's defaults for databases attached from now on with ATTACH … KEY. They are
// process-wide in SQLCipher; this program only ever sets them to the format above.
int applyAttachDefaults(sqlite3* db);

// Names the format for an attached schema (after ATTACH, before it is read or written).
int applyToSchema(sqlite3* db, const QByteArray& schema);

// The settings the codec of a schema really uses, as "name=value" lines; and whether they are
// this format. Empty schema means main.
QStringList describe(sqlite3* db, const QByteArray& schema = {});
bool matches(sqlite3* db, const QByteArray& schema = {});

} // namespace VaultFormat

} // namespace cd

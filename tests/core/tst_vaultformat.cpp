// The vault format across SQLCipher versions. The suite runs twice: against the system's SQLCipher
// (3.4.1 on Debian 12) and against SQLCipher 4.5.5 built from its amalgamation (build-sqlcipher4).
// Committed fixtures made by each version must open, verify, back up, restore and re-key on both,
// and what this build writes must open with the plain sqlcipher shell (3.4.1 here).
#include "TestVault.h"

#include "access/PasswordHash.h"
#include "maintenance/VaultMaintenance.h"
#include "storage/Statement.h"
#include "storage/VaultFormat.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

using namespace cd;
using namespace cd::test;

namespace {

// Passphrase, accounts and marker of the committed format fixtures (tests/data/vaults/README.md).
const QString kFixturePassphrase = QStringLiteral("format fixture 合规 2026");
const QString kFixtureAdmin = QStringLiteral("format-admin");
const QString kFixturePassword = QStringLiteral("format-password-1");
const QString kMarkerKey = QStringLiteral("fixture.format");

QString libraryVersion()
{
    return Database::sqlcipherVersion().section(QLatin1Char(' '), 0, 0);
}

// The settings written out as literals, as docs/BUILDING.md gives them to a person with the plain
// sqlcipher shell; deliberately not VaultFormat's constants, so that changing those fails here.
// SQLCipher 3.x ignores the pragmas it does not know (the algorithms, the plaintext header).
const char* const kShellSettings = "PRAGMA cipher_page_size = 4096;\n"
                                   "PRAGMA kdf_iter = 256000;\n"
                                   "PRAGMA cipher_hmac_algorithm = HMAC_SHA1;\n"
                                   "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;\n"
                                   "PRAGMA cipher_plaintext_header_size = 0;\n";

// Opens a copy of the file through the C API with the literal settings and the key, then answers
// integrity_check and the marker setting ("ok|marker"), or the SQLite error.
QString readWithLiteralSettings(const QString& path, const QByteArray& key)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.cdvault"));
    if (!QFile::copy(path, copy)) {
        return QStringLiteral("cannot copy");
    }
    sqlite3* db = nullptr;
    sqlite3_open_v2(copy.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_key_v2(db, "main", key.constData(), int(key.size()));
    sqlite3_exec(db, kShellSettings, nullptr, nullptr, nullptr);
    QString answer;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db,
            "SELECT (SELECT group_concat(integrity_check) FROM pragma_integrity_check) || '|' || "
            "coalesce((SELECT value FROM settings WHERE key = 'fixture.format'), '')",
            -1, &stmt, nullptr)
        != SQLITE_OK) {
        // pragma_integrity_check needs SQLite 3.16; Debian's SQLCipher 3.4.1 is 3.15.
        sqlite3_finalize(stmt);
        stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) != SQLITE_OK) {
            answer = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_close_v2(db);
            return answer;
        }
        answer = sqlite3_step(stmt) == SQLITE_ROW
            ? QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)))
            : QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT value FROM settings WHERE key = 'fixture.format'", -1, &stmt, nullptr)
                == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW) {
            answer += QLatin1Char('|') + QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        } else {
            answer += QLatin1Char('|');
        }
    } else {
        answer = sqlite3_step(stmt) == SQLITE_ROW
            ? QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)))
            : QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    sqlite3_close_v2(db);
    return answer;
}

// The same with the plain sqlcipher shell (Debian's 3.4.1, installed by scripts/install-deps.sh),
// fed exactly the lines docs/BUILDING.md shows. Empty when the shell is not installed.
QString readWithShell(const QString& path, const QString& passphrase)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (shell.isEmpty()) {
        return {};
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.cdvault"));
    QFile::copy(path, copy);
    QProcess p;
    p.start(shell, { QStringLiteral("-batch"), copy });
    if (!p.waitForStarted()) {
        return {};
    }
    QByteArray script = "PRAGMA key = '" + passphrase.toUtf8() + "';\n" + kShellSettings
        + "PRAGMA integrity_check;\nSELECT value FROM settings WHERE key = 'fixture.format';\n";
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

QString copyToTemp(const QTemporaryDir& dir, const QString& source, const QString& name)
{
    const QString copy = dir.filePath(name);
    QFile::remove(copy);
    if (!QFile::copy(source, copy)) {
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

// A committed vault file is one file: no -wal beside it.
void switchToRollbackJournal(const QString& path, const VaultKey& key)
{
    auto db = Database::open(path, key, Database::OpenMode::Existing);
    QVERIFY2(db, qPrintable(db.message()));
    db.value()->exec("PRAGMA journal_mode = DELETE");
}

void writeFixtures(const QString& outDir)
{
    PasswordHash::setDefaultIterations(1000);
    const QString version = libraryVersion();
    const QString vaultPath = outDir + QStringLiteral("/format-%1.cdvault").arg(version);
    const QString backupPath = outDir + QStringLiteral("/format-%1-backup.cdvault").arg(version);
    for (const QString& p : { vaultPath, backupPath }) {
        QFile::remove(p);
    }
    const VaultKey key = VaultKey::passphrase(kFixturePassphrase);
    {
        auto v = Vault::create(vaultPath, key,
            NewAccount { kFixtureAdmin, QStringLiteral("Format Fixture"), kFixturePassword, Role::Administrator });
        QVERIFY2(v, qPrintable(v.message()));
        QVERIFY(v.value()->setSetting(kMarkerKey, QStringLiteral("格式样本 written by SQLCipher %1").arg(version)));
        auto b = v.value()->backup(backupPath);
        QVERIFY2(b, qPrintable(b.message()));
        v.value()->close();
    }
    switchToRollbackJournal(vaultPath, key);
    for (const QString& p : { vaultPath, backupPath }) {
        QFile::remove(p + QStringLiteral(".lock"));
    }
    qInfo("wrote %s and %s", qPrintable(vaultPath), qPrintable(backupPath));
}

} // namespace

class TestVaultFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linkedLibraryIsTheConfiguredOne();
    void newVaultUsesTheFormat();
    void backupUsesTheFormat();
    void attachedVaultUsesTheFormat();
    void attachingAWrongKeyFailsCleanly();
    void rekeyKeepsTheFormat();
    void fixtures_data();
    void fixtures();
};

void TestVaultFormat::initTestCase()
{
    qInfo("SQLCipher %s (SQLite %s)", qPrintable(Database::sqlcipherVersion()), qPrintable(Database::sqliteVersion()));
    PasswordHash::setDefaultIterations(1000); // the fixtures' accounts were hashed at the test cost
    if (qEnvironmentVariableIsSet("CD_WRITE_FORMAT_FIXTURES")) {
        writeFixtures(qEnvironmentVariable("CD_WRITE_FORMAT_FIXTURES"));
    }
}

void TestVaultFormat::linkedLibraryIsTheConfiguredOne()
{
    // CMake names the version it configured (the amalgamation's, or pkg-config's for the system
    // library): a build that silently linked another SQLCipher would test the wrong thing.
    const QString expected = QStringLiteral(CD_EXPECTED_SQLCIPHER_VERSION);
    if (expected.isEmpty()) {
        QSKIP("the build system did not report a SQLCipher version");
    }
    QVERIFY2(libraryVersion().startsWith(expected),
        qPrintable(QStringLiteral("linked %1, configured %2").arg(libraryVersion(), expected)));
}

void TestVaultFormat::newVaultUsesTheFormat()
{
    TestVault tv;
    QVERIFY2(VaultFormat::matches(tv.db().handle()),
        qPrintable(VaultFormat::describe(tv.db().handle()).join(QLatin1Char(' '))));
    const QStringList settings = VaultFormat::describe(tv.db().handle());
    QVERIFY(settings.contains(QStringLiteral("cipher_page_size=4096")));
    QVERIFY(settings.contains(QStringLiteral("kdf_iter=256000")));
    if (VaultFormat::cipherMajorVersion(tv.db().handle()) >= 4) {
        QVERIFY(settings.contains(QStringLiteral("cipher_hmac_algorithm=HMAC_SHA1")));
        QVERIFY(settings.contains(QStringLiteral("cipher_kdf_algorithm=PBKDF2_HMAC_SHA1")));
        QVERIFY(settings.contains(QStringLiteral("cipher_plaintext_header_size=0")));
    }
    QVERIFY(tv.vault().setSetting(kMarkerKey, QStringLiteral("new")));
    tv.close();
    QCOMPARE(readWithLiteralSettings(tv.path(), TestVault::key().material().bytes()), QStringLiteral("ok|new"));
}

void TestVaultFormat::backupUsesTheFormat()
{
    // The backup is written through ATTACH … KEY and sqlcipher_export(). On SQLCipher 4.x an
    // attached database takes 4.x's own defaults (HMAC-SHA512, PBKDF2-HMAC-SHA512) unless every
    // setting is named: then the copy could not be opened as a vault (not even by the check that
    // Vault::backup runs on it) nor by SQLCipher 3.4.
    TestVault tv;
    QVERIFY(tv.vault().setSetting(kMarkerKey, QStringLiteral("backed up")));
    for (int i = 0; i < 200; ++i) {
        QVERIFY(tv.vault().setSetting(QStringLiteral("k%1").arg(i), QString(100, QLatin1Char('x'))));
    }
    const QString backupPath = tv.dir() + QStringLiteral("/backup.cdvault");
    auto report = tv.vault().backup(backupPath);
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(readWithLiteralSettings(backupPath, TestVault::key().material().bytes()), QStringLiteral("ok|backed up"));
    // The connection's own format was not disturbed by the attachment.
    QVERIFY(VaultFormat::matches(tv.db().handle()));

    auto restored = VaultMaintenance::restore(tv.vault(), backupPath, TestVault::key());
    QVERIFY2(restored, qPrintable(restored.message()));
    tv.close();
    auto v = Vault::open(tv.path(), TestVault::key());
    QVERIFY2(v, qPrintable(v.message()));
    QVERIFY(VaultFormat::matches(v.value()->db().handle()));
    QCOMPARE(v.value()->setting(kMarkerKey), QStringLiteral("backed up"));
}

void TestVaultFormat::attachedVaultUsesTheFormat()
{
    TestVault tv;
    QVERIFY(tv.vault().setSetting(kMarkerKey, QStringLiteral("exported")));
    const QString out = tv.dir() + QStringLiteral("/export.cdvault");
    const VaultKey other = VaultKey::passphrase(QStringLiteral("another passphrase for the copy"));
    tv.db().attachVault(out, QByteArrayLiteral("copy"), other);
    QVERIFY2(VaultFormat::matches(tv.db().handle(), QByteArrayLiteral("copy")),
        qPrintable(VaultFormat::describe(tv.db().handle(), QByteArrayLiteral("copy")).join(QLatin1Char(' '))));
    Statement exp(tv.db(), "SELECT sqlcipher_export('copy')");
    exp.next();
    exp.reset();
    tv.db().detach(QByteArrayLiteral("copy"));
    QCOMPARE(readWithLiteralSettings(out, other.material().bytes()), QStringLiteral("ok|exported"));
    const QString shell = readWithShell(out, QStringLiteral("another passphrase for the copy"));
    if (!shell.isEmpty()) {
        QCOMPARE(shell, QStringLiteral("ok\nexported"));
    }
}

void TestVaultFormat::attachingAWrongKeyFailsCleanly()
{
    TestVault tv;
    TestVault other;
    other.close();
    const QByteArray before = readFile(other.path());
    try {
        tv.db().attachVault(other.path(), QByteArrayLiteral("other"), VaultKey::rawFromSeed("not its key"));
        // SQLCipher may accept the ATTACH and fail at the first read instead.
        Statement s(tv.db(), "SELECT count(*) FROM other.sqlite_master");
        s.next();
        QFAIL("a vault attached with the wrong key was readable");
    } catch (const DbException& e) {
        QVERIFY(!e.error().message.isEmpty());
    }
    tv.db().detach(QByteArrayLiteral("other"));
    QCOMPARE(readFile(other.path()), before);
    QVERIFY(VaultFormat::matches(tv.db().handle()));
}

void TestVaultFormat::rekeyKeepsTheFormat()
{
    TestVault tv;
    QVERIFY(tv.vault().setSetting(kMarkerKey, QStringLiteral("rekeyed")));
    const VaultKey newKey = VaultKey::passphrase(QStringLiteral("the new passphrase"));
    const Status s = tv.vault().changePassphrase(TestVault::key(), newKey);
    QVERIFY2(s, qPrintable(s.message()));
    QVERIFY(VaultFormat::matches(tv.db().handle()));
    tv.close();
    QCOMPARE(readWithLiteralSettings(tv.path(), newKey.material().bytes()), QStringLiteral("ok|rekeyed"));
    const QString shell = readWithShell(tv.path(), QStringLiteral("the new passphrase"));
    if (!shell.isEmpty()) {
        QCOMPARE(shell, QStringLiteral("ok\nrekeyed"));
    }
}

void TestVaultFormat::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("writtenBy");
    for (const QString& version : { QStringLiteral("3.4.1"), QStringLiteral("4.5.5") }) {
        QTest::addRow("vault by %s", qPrintable(version))
            << QStringLiteral("format-%1.cdvault").arg(version) << version;
        QTest::addRow("backup by %s", qPrintable(version))
            << QStringLiteral("format-%1-backup.cdvault").arg(version) << version;
    }
}

void TestVaultFormat::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, writtenBy);
    const QString marker = QStringLiteral("格式样本 written by SQLCipher %1").arg(writtenBy);
    QTemporaryDir dir;
    const QString vaultPath
        = copyToTemp(dir, testDataPath(QStringLiteral("vaults/") + file), QStringLiteral("v.cdvault"));
    QVERIFY2(!vaultPath.isEmpty(), qPrintable(file));
    const VaultKey key = VaultKey::passphrase(kFixturePassphrase);

    // Open, sign in, verify.
    QString backupPath = dir.filePath(QStringLiteral("made-here.cdvault"));
    {
        auto v = Vault::open(vaultPath, key);
        QVERIFY2(v, qPrintable(v.message()));
        QVERIFY(VaultFormat::matches(v.value()->db().handle()));
        auto actor = v.value()->signIn(kFixtureAdmin, kFixturePassword);
        QVERIFY2(actor, qPrintable(actor.message()));
        auto report = v.value()->verify();
        QVERIFY2(report, qPrintable(report.message()));
        QVERIFY(report->integrityOk);
        QVERIFY2(report->auditOk, qPrintable(report->auditProblem));
        QCOMPARE(v.value()->setting(kMarkerKey), marker);
        // Back up with this build: the copy has the vault format.
        auto backup = v.value()->backup(backupPath);
        QVERIFY2(backup, qPrintable(backup.message()));
        QVERIFY(backup->rows > 0);
    }
    QCOMPARE(readWithLiteralSettings(backupPath, key.material().bytes()), QStringLiteral("ok|") + marker);
    const QString shellAnswer = readWithShell(backupPath, kFixturePassphrase);
    if (!shellAnswer.isEmpty()) {
        // The plain 3.4.1 shell reads a backup this build made: the 4.5.5 → 3.4.1 direction.
        QCOMPARE(shellAnswer, QStringLiteral("ok\n") + marker);
    }

    // Restore the backup over the vault, as its administrator.
    {
        auto v = Vault::open(vaultPath, key);
        QVERIFY2(v, qPrintable(v.message()));
        QVERIFY(v.value()->signIn(kFixtureAdmin, kFixturePassword));
        auto restored = VaultMaintenance::restore(*v.value(), backupPath, key);
        QVERIFY2(restored, qPrintable(restored.message()));
    }

    // Re-key the restored vault; only the new passphrase opens it afterwards, in the same format.
    const VaultKey newKey = VaultKey::passphrase(QStringLiteral("new fixture passphrase 新"));
    {
        auto v = Vault::open(vaultPath, key);
        QVERIFY2(v, qPrintable(v.message()));
        QCOMPARE(v.value()->setting(kMarkerKey), marker);
        QVERIFY(v.value()->signIn(kFixtureAdmin, kFixturePassword));
        const Status s = v.value()->changePassphrase(key, newKey);
        QVERIFY2(s, qPrintable(s.message()));
    }
    QCOMPARE(Vault::open(vaultPath, key).code(), ErrorCode::WrongPassphrase);
    {
        auto v = Vault::open(vaultPath, newKey);
        QVERIFY2(v, qPrintable(v.message()));
        QVERIFY(VaultFormat::matches(v.value()->db().handle()));
        QVERIFY(v.value()->signIn(kFixtureAdmin, kFixturePassword));
        auto report = v.value()->verify();
        QVERIFY(report && report->integrityOk && report->auditOk);
        QCOMPARE(v.value()->setting(kMarkerKey), marker);
    }
    {
        // The file the restore replaced is kept, in the format, under its old passphrase.
        auto v = Vault::open(vaultPath + QStringLiteral(".before-restore"), key);
        QVERIFY2(v, qPrintable(v.message()));
        QVERIFY(VaultFormat::matches(v.value()->db().handle()));
        QCOMPARE(v.value()->setting(kMarkerKey), marker);
    }
    // The committed file itself is still byte for byte what was committed (opened from a copy).
    QVERIFY(QFile::exists(testDataPath(QStringLiteral("vaults/") + file)));
}

QTEST_GUILESS_MAIN(TestVaultFormat)
#include "tst_vaultformat.moc"

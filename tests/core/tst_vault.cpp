#include "TestVault.h"

#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "maintenance/VaultMaintenance.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <sqlite3.h>

using namespace cd;
using namespace cd::test;

namespace {

QByteArray sha(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

void insertMarker(Vault& v, const QString& marker)
{
    QVERIFY(test::writeRaw(v.db(), [&](Database& db) {
        Statement s(db, "INSERT INTO settings (key, value) VALUES ('marker', ?)");
        s.bind(1, marker).exec();
    }));
}

} // namespace

class TestVaultStorage : public QObject
{
    Q_OBJECT

private slots:
    void fileIsEncrypted();
    void wrongPassphraseLeavesFileUntouched();
    void passphraseKeyOpens();
    void flippedByteIsReportedAsDamage();
    void notAVaultFiles_data();
    void notAVaultFiles();
    void missingFile();
    void secondOpenIsRefused();
    void transactionRollsBack();
    void migrationsAreIdempotent();
    void newerVaultIsRefusedUntouched();
    void committedFixtureStillOpens();
    void auditChainDetectsTampering_data();
    void auditChainDetectsTampering();
    void auditHoldsNoValues();
    void backupRestoreRoundTrip();
    void backupRefusesOwnPath();
    void changePassphrase();
    void rolePermissions();
    void lastAdministratorCannotBeDisabled();
    void signInFailures();
};

void TestVaultStorage::fileIsEncrypted()
{
    TestVault tv;
    const QString marker = QStringLiteral("PLAINTEXT-MARKER-%1").arg(QStringLiteral("7f3a9c"));
    insertMarker(tv.vault(), marker);
    // Before closing: the change sits in the WAL.
    QVERIFY(!fileContains(tv.path() + QStringLiteral("-wal"), marker.toUtf8()));
    QVERIFY(!fileContains(tv.path(), marker.toUtf8()));
    tv.close();
    const QByteArray bytes = readFile(tv.path());
    QVERIFY(bytes.size() >= 4096);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains(marker.toUtf8()));
    QVERIFY(!bytes.contains("CREATE TABLE"));
}

void TestVaultStorage::wrongPassphraseLeavesFileUntouched()
{
    TestVault tv;
    tv.close();
    const QByteArray before = sha(tv.path());
    auto v = Vault::open(tv.path(), VaultKey::rawFromSeed("another key"));
    QVERIFY(!v);
    QCOMPARE(v.code(), ErrorCode::WrongPassphrase);
    QVERIFY(!v.message().isEmpty());
    QCOMPARE(sha(tv.path()), before);
    // The right key still works afterwards, and the failed attempt left no lock behind.
    QVERIFY(Vault::open(tv.path(), TestVault::key()));
}

void TestVaultStorage::passphraseKeyOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.cdvault"));
    {
        auto v = Vault::create(path, VaultKey::passphrase(QStringLiteral("correct horse battery")),
            NewAccount { QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("password-123"),
                Role::Administrator });
        QVERIFY2(v, qPrintable(v.message()));
    }
    auto wrong = Vault::open(path, VaultKey::passphrase(QStringLiteral("correct horse battery!")));
    QCOMPARE(wrong.code(), ErrorCode::WrongPassphrase);
    auto right = Vault::open(path, VaultKey::passphrase(QStringLiteral("correct horse battery")));
    QVERIFY2(right, qPrintable(right.message()));
    // Pinned settings: SQLCipher reports the page size and KDF iterations we set.
    Statement ps(right.value()->db(), "PRAGMA cipher_page_size");
    QVERIFY(ps.next());
    QCOMPARE(ps.integer(0), 4096);
    Statement kdf(right.value()->db(), "PRAGMA kdf_iter");
    QVERIFY(kdf.next());
    QCOMPARE(kdf.integer(0), 256000);
}

void TestVaultStorage::flippedByteIsReportedAsDamage()
{
    TestVault tv;
    // Enough rows to fill several pages.
    QVERIFY(test::writeRaw(tv.db(), [](Database& db) {
        Statement s(db, "INSERT INTO settings (key, value) VALUES (?, ?)");
        for (int i = 0; i < 400; ++i) {
            s.bind(1, QStringLiteral("k%1").arg(i)).bind(2, QString(200, QLatin1Char('x'))).exec();
        }
    }));
    tv.close();
    QFile f(tv.path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    QVERIFY(pages > 4);
    // Flip a byte in the middle of every page after the first: whichever page holds data breaks.
    for (qint64 p = 1; p < pages; ++p) {
        f.seek(p * 4096 + 2000);
        char c = 0;
        f.getChar(&c);
        f.seek(p * 4096 + 2000);
        f.putChar(char(c ^ 0x5a));
    }
    f.close();
    auto v = Vault::open(tv.path(), TestVault::key());
    if (v) {
        // Page 1 was intact: the damage shows when the data is read.
        auto report = v.value()->verify();
        QVERIFY(!report || !report->integrityOk);
        try {
            Statement s(v.value()->db(), "SELECT count(*), max(length(value)) FROM settings");
            s.next();
            QFAIL("reading a damaged page succeeded");
        } catch (const DbException& e) {
            QCOMPARE(e.error().code, ErrorCode::Damaged);
        }
    } else {
        QCOMPARE(v.code(), ErrorCode::Damaged);
    }
}

void TestVaultStorage::notAVaultFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << QByteArray() << int(ErrorCode::NotAVault);
    QTest::newRow("truncated") << QByteArray(1000, 'a') << int(ErrorCode::Damaged);
    QByteArray plain("SQLite format 3\0", 16);
    plain.append(QByteArray(8192 - 16, '\0'));
    QTest::newRow("plain sqlite") << plain << int(ErrorCode::NotAVault);
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i) {
        garbage.append(char((i * 7919) & 0xff));
    }
    QTest::newRow("garbage") << garbage << int(ErrorCode::WrongPassphrase);
}

void TestVaultStorage::notAVaultFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.cdvault"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    auto v = Vault::open(path, TestVault::key());
    QVERIFY(!v);
    QCOMPARE(int(v.code()), expected);
    QCOMPARE(readFile(path), content);
}

void TestVaultStorage::missingFile()
{
    QTemporaryDir dir;
    auto v = Vault::open(dir.filePath(QStringLiteral("nope.cdvault")), TestVault::key());
    QCOMPARE(v.code(), ErrorCode::NotFound);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nope.cdvault"))));
}

void TestVaultStorage::secondOpenIsRefused()
{
    TestVault tv;
    auto second = Vault::open(tv.path(), TestVault::key());
    QVERIFY(!second);
    QCOMPARE(second.code(), ErrorCode::InUse);
    tv.close();
    QVERIFY(Vault::open(tv.path(), TestVault::key()));
    // A program killed between creating the lock file and writing its id into it leaves an empty
    // lock: no owner, so no lock. (It made the vault "in use" for good.)
    {
        QFile orphan(tv.path() + QStringLiteral(".lock"));
        QVERIFY(orphan.open(QIODevice::WriteOnly));
    }
    auto afterCrash = Vault::open(tv.path(), TestVault::key());
    QVERIFY2(afterCrash, qPrintable(afterCrash.message()));
    // While it is open, its lock holds.
    QCOMPARE(Vault::open(tv.path(), TestVault::key()).code(), ErrorCode::InUse);
}

void TestVaultStorage::transactionRollsBack()
{
    TestVault tv;
    const Status s = tv.vault().write(Permission::WriteData, [](WriteTx& tx) {
        Statement ins(tx.db(), "INSERT INTO settings (key, value) VALUES ('a', '1')");
        ins.exec();
        tx.audit({ QStringLiteral("settings.update"), QStringLiteral("setting"), QStringLiteral("a"), {}, {} });
        throw DbException(ErrorCode::InvalidInput, QStringLiteral("stop"));
    });
    QCOMPARE(s.code(), ErrorCode::InvalidInput);
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM settings WHERE key = 'a'"), 0);
    {
        Transaction tx(tv.db());
        Statement ins(tv.db(), "INSERT INTO settings (key, value) VALUES ('b', '1')");
        ins.exec();
    } // no commit
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM settings WHERE key = 'b'"), 0);
}

void TestVaultStorage::migrationsAreIdempotent()
{
    TestVault tv;
    QCOMPARE(tv.db().userVersion(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 1);
    const qint64 tables = Statement::scalarInt(tv.db(), "SELECT count(*) FROM sqlite_master");
    QVERIFY(Migrations::apply(tv.db()));
    QVERIFY(Migrations::apply(tv.db()));
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM sqlite_master"), tables);
    tv.reopen();
    QCOMPARE(tv.db().userVersion(), Migrations::latestVersion());
}

void TestVaultStorage::newerVaultIsRefusedUntouched()
{
    TestVault tv;
    tv.db().setUserVersion(Migrations::latestVersion() + 5);
    tv.close();
    const QByteArray before = sha(tv.path());
    auto v = Vault::open(tv.path(), TestVault::key());
    QCOMPARE(v.code(), ErrorCode::TooNew);
    QVERIFY(v.message().contains(QString::number(Migrations::latestVersion() + 5)));
    QCOMPARE(sha(tv.path()), before);
}

void TestVaultStorage::committedFixtureStillOpens()
{
    if (qEnvironmentVariableIsSet("CD_WRITE_FIXTURE")) {
        // Regenerates the fixture; run once per vault format, then commit the file.
        const QString out = qEnvironmentVariable("CD_WRITE_FIXTURE");
        QFile::remove(out);
        auto created = Vault::create(out, VaultKey::passphrase(QStringLiteral("fixture passphrase 1")),
            NewAccount { QStringLiteral("admin"), QStringLiteral("Fixture Admin"), QStringLiteral("fixture-admin-1"),
                Role::Administrator });
        QVERIFY2(created, qPrintable(created.message()));
        QVERIFY(created.value()->setSetting(QStringLiteral("fixture.marker"), QStringLiteral("固定样本 fixture")));
        created.value()->close();
        QFile::remove(out + QStringLiteral(".lock"));
    }
    // Created by version 0.1.0 with passphrase "fixture passphrase 1" (see tests/data/README.md).
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("fixture.cdvault"));
    QVERIFY(QFile::copy(testDataPath(QStringLiteral("vaults/fixture-v1.cdvault")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto v = Vault::open(copy, VaultKey::passphrase(QStringLiteral("fixture passphrase 1")));
    QVERIFY2(v, qPrintable(v.message()));
    QVERIFY(v.value()->signIn(QStringLiteral("admin"), QStringLiteral("fixture-admin-1")));
    auto report = v.value()->verify();
    QVERIFY(report);
    QVERIFY(report->integrityOk);
    QVERIFY2(report->auditOk, qPrintable(report->auditProblem));
    QCOMPARE(v.value()->setting(QStringLiteral("fixture.marker")), QStringLiteral("固定样本 fixture"));
}

void TestVaultStorage::auditChainDetectsTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("badId");
    QTest::newRow("edit action") << QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 3") << qint64(3);
    QTest::newRow("edit actor") << QStringLiteral("UPDATE audit_log SET actor = 'Mallory' WHERE id = 4") << qint64(4);
    QTest::newRow("edit time") << QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 2")
                               << qint64(2);
    QTest::newRow("delete middle") << QStringLiteral("DELETE FROM audit_log WHERE id = 3") << qint64(4);
    QTest::newRow("delete last") << QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
                                 << qint64(-1);
    QTest::newRow("swap") << QStringLiteral(
        "CREATE TEMP TABLE swap AS SELECT * FROM audit_log WHERE id IN (3, 4);"
        "UPDATE audit_log SET at = (SELECT at FROM swap s WHERE s.id = 7 - audit_log.id),"
        " action = (SELECT action FROM swap s WHERE s.id = 7 - audit_log.id),"
        " entity_id = (SELECT entity_id FROM swap s WHERE s.id = 7 - audit_log.id),"
        " fields = (SELECT fields FROM swap s WHERE s.id = 7 - audit_log.id),"
        " prev_hash = (SELECT prev_hash FROM swap s WHERE s.id = 7 - audit_log.id),"
        " hash = (SELECT hash FROM swap s WHERE s.id = 7 - audit_log.id) WHERE id IN (3, 4)")
                          << qint64(3);
}

void TestVaultStorage::auditChainDetectsTampering()
{
    QFETCH(QString, sql);
    QFETCH(qint64, badId);
    TestVault tv;
    for (int i = 0; i < 4; ++i) {
        QVERIFY(tv.vault().setSetting(QStringLiteral("k%1").arg(i), QStringLiteral("v")));
    }
    auto clean = AuditLog::verify(tv.db());
    QVERIFY(clean && clean->ok);
    const qint64 total = clean->entries;
    QVERIFY(total >= 6);
    tv.db().exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    tv.db().exec(sql);
    auto r = AuditLog::verify(tv.db());
    QVERIFY(r);
    QVERIFY(!r->ok);
    QCOMPARE(r->firstBadId, badId == -1 ? total : badId);
    QVERIFY(r->problem.contains(QString::number(badId == -1 ? total - 1 : badId)));
}

void TestVaultStorage::auditHoldsNoValues()
{
    TestVault tv;
    QVERIFY(tv.vault().setSetting(QStringLiteral("company.name"), QStringLiteral("SECRET-VALUE-42")));
    Statement s(tv.db(),
        "SELECT count(*) FROM audit_log WHERE fields LIKE '%SECRET%' OR detail LIKE '%SECRET%' OR "
        "entity_id LIKE '%SECRET%'");
    QVERIFY(s.next());
    QCOMPARE(s.int64(0), 0);
    const auto entries = AuditLog::list(tv.db(), {}, 0, 10);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().action, QStringLiteral("settings.update"));
    QCOMPARE(entries.first().actor, QStringLiteral("Admin Person"));
    QCOMPARE(entries.first().fields, QStringList { QStringLiteral("company.name") });
}

void TestVaultStorage::backupRestoreRoundTrip()
{
    TestVault tv;
    for (int i = 0; i < 50; ++i) {
        QVERIFY(tv.vault().setSetting(QStringLiteral("k%1").arg(i), QStringLiteral("值 %1").arg(i)));
    }
    const QString backupPath = tv.dir() + QStringLiteral("/backups/b1.cdvault");
    auto report = tv.vault().backup(backupPath);
    QVERIFY2(report, qPrintable(report.message()));
    QVERIFY(report->rows > 50);
    QVERIFY(QFile::exists(backupPath));
    QVERIFY(!QFile::exists(backupPath + QStringLiteral(".partial")));
    QVERIFY(!readFile(backupPath).startsWith("SQLite format 3"));
    QVERIFY(!fileContains(backupPath, QByteArray("值 7")));

    // Change the vault after the backup, then restore: the change is gone, counts match.
    QVERIFY(tv.vault().setSetting(QStringLiteral("after"), QStringLiteral("1")));
    auto restored = VaultMaintenance::restore(tv.vault(), backupPath, TestVault::key());
    QVERIFY2(restored, qPrintable(restored.message()));
    QVERIFY(!tv.vault().isOpen());
    tv.close();
    QVERIFY(QFile::exists(tv.path() + QStringLiteral(".before-restore")));
    auto v = Vault::open(tv.path(), TestVault::key());
    QVERIFY2(v, qPrintable(v.message()));
    QCOMPARE(v.value()->db().userVersion(), Migrations::latestVersion());
    QCOMPARE(v.value()->setting(QStringLiteral("k49")), QStringLiteral("值 49"));
    QCOMPARE(v.value()->setting(QStringLiteral("after")), QString());
    QVERIFY(v.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    auto check = v.value()->verify();
    QVERIFY(check && check->integrityOk && check->auditOk);
    // The previous file is still a working vault.
    v.value()->close();
    auto previous = Vault::open(tv.path() + QStringLiteral(".before-restore"), TestVault::key());
    QVERIFY2(previous, qPrintable(previous.message()));
    QCOMPARE(previous.value()->setting(QStringLiteral("after")), QStringLiteral("1"));
}

void TestVaultStorage::backupRefusesOwnPath()
{
    TestVault tv;
    auto r = tv.vault().backup(tv.path());
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
}

void TestVaultStorage::changePassphrase()
{
    TestVault tv;
    insertMarker(tv.vault(), QStringLiteral("kept"));
    const VaultKey newKey = VaultKey::rawFromSeed("new key");
    QCOMPARE(
        tv.vault().changePassphrase(VaultKey::rawFromSeed("wrong old"), newKey).code(), ErrorCode::WrongPassphrase);
    const Status s = tv.vault().changePassphrase(TestVault::key(), newKey);
    QVERIFY2(s, qPrintable(s.message()));
    tv.close();
    QCOMPARE(Vault::open(tv.path(), TestVault::key()).code(), ErrorCode::WrongPassphrase);
    auto v = Vault::open(tv.path(), newKey);
    QVERIFY2(v, qPrintable(v.message()));
    QCOMPARE(v.value()->setting(QStringLiteral("marker")), QStringLiteral("kept"));
    QVERIFY(v.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    auto check = v.value()->verify();
    QVERIFY(check && check->integrityOk && check->auditOk);
}

void TestVaultStorage::rolePermissions()
{
    TestVault tv;
    tv.signInAs(Role::Auditor);
    QCOMPARE(tv.vault().setSetting(QStringLiteral("x"), QStringLiteral("1")).code(), ErrorCode::PermissionDenied);
    AccountService accounts(tv.vault());
    QCOMPARE(accounts
                 .add(NewAccount { QStringLiteral("eve"), QStringLiteral("Eve"), QStringLiteral("password-123"),
                     Role::Administrator })
                 .code(),
        ErrorCode::PermissionDenied);
    QVERIFY(accounts.list()); // auditors may read

    tv.signInAs(Role::Staff);
    QVERIFY(tv.vault().require(Permission::WriteData));
    QCOMPARE(tv.vault().require(Permission::Approve).code(), ErrorCode::PermissionDenied);
    QVERIFY(tv.vault().require(Permission::Approve).message().contains(roleDisplayName(Role::Staff)));

    tv.signInAs(Role::PrivacyOfficer);
    QVERIFY(tv.vault().require(Permission::Approve));
    QCOMPARE(tv.vault().require(Permission::ManageAccounts).code(), ErrorCode::PermissionDenied);
}

void TestVaultStorage::lastAdministratorCannotBeDisabled()
{
    TestVault tv;
    AccountService accounts(tv.vault());
    const qint64 adminId = tv.vault().actor().id;
    QCOMPARE(accounts.setActive(adminId, false).code(), ErrorCode::NotAllowed);
    QCOMPARE(accounts.setRole(adminId, Role::Staff).code(), ErrorCode::NotAllowed);
    auto second = accounts.add(NewAccount { QStringLiteral("admin2"), QStringLiteral("Second Admin"),
        QStringLiteral("password-123"), Role::Administrator });
    QVERIFY(second);
    QVERIFY(accounts.setActive(adminId, false));
    QCOMPARE(accounts.setActive(second->id, false).code(), ErrorCode::NotAllowed);
    // A disabled account cannot sign in.
    QCOMPARE(
        tv.vault().signIn(QStringLiteral("admin"), TestVault::adminPassword()).code(), ErrorCode::PermissionDenied);
}

void TestVaultStorage::signInFailures()
{
    TestVault tv;
    QCOMPARE(tv.vault().signIn(QStringLiteral("admin"), QStringLiteral("nope")).code(), ErrorCode::PermissionDenied);
    QVERIFY(!tv.vault().isSignedIn());
    QCOMPARE(tv.vault().signIn(QStringLiteral("ghost"), QStringLiteral("nope")).code(), ErrorCode::PermissionDenied);
    QVERIFY(tv.vault().signIn(QStringLiteral("ADMIN"), TestVault::adminPassword()));
    const auto entries
        = AuditLog::list(tv.db(), AuditFilter { {}, QStringLiteral("account.sign_in_failed"), {}, {}, {}, {} }, 0, 10);
    QCOMPARE(entries.size(), 1);
}

QTEST_GUILESS_MAIN(TestVaultStorage)
#include "tst_vault.moc"

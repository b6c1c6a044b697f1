// Who may restore and export, what the files left behind look like, and what the audit anchor
// outside the vault notices: each test works on a real SQLCipher vault.
#include "TestVault.h"

#include "attachments/AttachmentStore.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditLog.h"
#include "export/TableExport.h"
#include "maintenance/VaultMaintenance.h"
#include "preferences/AppSettings.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionImport.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace cd;
using namespace cd::test;

namespace {

QByteArray sha(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

QString rawKeyText()
{
    return QStringLiteral("x'") + QString(64, QLatin1Char('a')) + QLatin1Char('\'');
}

// The audit log rewritten consistently, as someone with the passphrase and a SQL shell could:
// the last `drop` entries deleted and the recorded head moved back to the new last entry.
void truncateAuditLog(const QString& path, int drop)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const QByteArray key = TestVault::key().material().bytes();
    QCOMPARE(sqlite3_key(db, key.constData(), int(key.size())), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr), SQLITE_OK);
    const QByteArray sql = "DELETE FROM audit_log WHERE id > (SELECT max(id) FROM audit_log) - "
        + QByteArray::number(drop)
        + ";"
          "UPDATE meta SET value = (SELECT count(*) FROM audit_log) WHERE key = 'audit_count';"
          "UPDATE meta SET value = (SELECT lower(hex(hash)) FROM audit_log ORDER BY id DESC LIMIT 1) "
          "WHERE key = 'audit_head';";
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
    QVERIFY2(rc == SQLITE_OK, error);
    sqlite3_close(db);
}

qint64 auditCount(Vault& v, const QString& action)
{
    Statement s(v.db(), "SELECT count(*) FROM audit_log WHERE action = ?");
    s.bind(1, action);
    return s.next() ? s.int64(0) : -1;
}

QString lastDetail(Vault& v, const QString& action)
{
    Statement s(v.db(), "SELECT detail FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1");
    s.bind(1, action);
    return s.next() ? s.text(0) : QString();
}

} // namespace

class TestVaultSecurity : public QObject
{
    Q_OBJECT

private slots:
    void restoreNeedsManageSettings_data();
    void restoreNeedsManageSettings();
    void restoreLeavesBackupUntouched();
    void restoreRefusesTheVaultItself();
    void backupRefusesTheVaultThroughASymlink();
    void backupWritesManifestWithAnchor();
    void tamperedBackupIsNotRestored();
    void typedRawKeyIsRefused();
    void passphraseChangeIsAuditedAsAttemptAndChange();
    void failedRekeyLeavesOnlyTheAttempt();
    void newerVaultKeepsItsJournalMode();
    void anchorNoticesTruncatedLog();
    void anchorNoticesRewrittenLog();
    void anchorFollowsTheLogAndRestores();
    void attachmentAuditHasNoDigest();
    void attachmentExportNeedsPermission();
    void bulkListNeedsExportPermission();
    void rejectFileNeedsExportPermission();
    void exportFilesAreOwnerOnly();
    void xlsxKeepsPhoneNumbersAsText();
};

void TestVaultSecurity::restoreNeedsManageSettings_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("staff") << int(Role::Staff);
    QTest::newRow("privacy officer") << int(Role::PrivacyOfficer);
    QTest::newRow("auditor") << int(Role::Auditor);
}

void TestVaultSecurity::restoreNeedsManageSettings()
{
    QFETCH(int, role);
    TestVault tv;
    const QString backupPath = tv.dir() + QStringLiteral("/b.cdvault");
    QVERIFY(tv.vault().backup(backupPath));
    QVERIFY(tv.vault().setSetting(QStringLiteral("after"), QStringLiteral("1")));
    tv.signInAs(Role(role));
    auto r = VaultMaintenance::restore(tv.vault(), backupPath, TestVault::key());
    QCOMPARE(r.code(), ErrorCode::PermissionDenied);
    QVERIFY(tv.vault().isOpen());
    QCOMPARE(tv.vault().setting(QStringLiteral("after")), QStringLiteral("1"));
    QVERIFY(!QFile::exists(tv.path() + QStringLiteral(".before-restore")));
    // Nobody signed in: refused too.
    tv.vault().signOut();
    QCOMPARE(VaultMaintenance::restore(tv.vault(), backupPath, TestVault::key()).code(), ErrorCode::PermissionDenied);
}

void TestVaultSecurity::restoreLeavesBackupUntouched()
{
    TestVault tv;
    const QString backupPath = tv.dir() + QStringLiteral("/backups/b.cdvault");
    QVERIFY(tv.vault().backup(backupPath));
    QVERIFY(tv.vault().setSetting(QStringLiteral("after"), QStringLiteral("1")));
    const QByteArray before = sha(backupPath);
    const QDateTime modified = QFileInfo(backupPath).lastModified();
    auto r = VaultMaintenance::restore(tv.vault(), backupPath, TestVault::key());
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(sha(backupPath), before);
    QCOMPARE(QFileInfo(backupPath).lastModified(), modified);
    QVERIFY(!QFile::exists(backupPath + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(backupPath + QStringLiteral("-shm")));
    QVERIFY(!QFile::exists(tv.path() + QStringLiteral(".restoring")));
    // The restore is on record in the restored vault, by the administrator who did it.
    tv.reopen();
    QCOMPARE(tv.vault().setting(QStringLiteral("after")), QString());
    QCOMPARE(auditCount(tv.vault(), QStringLiteral("vault.restore")), qint64(1));
    const auto entries = AuditLog::list(tv.db(), { {}, QStringLiteral("vault.restore"), {}, {}, {}, {} }, 0, 1);
    QCOMPARE(entries.value(0).actor, QStringLiteral("Admin Person"));
    auto check = tv.vault().verify();
    QVERIFY(check && check->integrityOk && check->auditOk);
}

void TestVaultSecurity::restoreRefusesTheVaultItself()
{
    TestVault tv;
    const QString link = tv.dir() + QStringLiteral("/link.cdvault");
    QVERIFY(QFile::link(tv.path(), link));
    QCOMPARE(VaultMaintenance::restore(tv.vault(), link, TestVault::key()).code(), ErrorCode::InvalidInput);
    QCOMPARE(VaultMaintenance::restore(tv.vault(), tv.path(), TestVault::key()).code(), ErrorCode::InvalidInput);
    QVERIFY(tv.vault().isOpen());
}

void TestVaultSecurity::backupRefusesTheVaultThroughASymlink()
{
    TestVault tv;
    tv.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QByteArray before = sha(tv.path());
    // A link to the file, and the file reached through a link to its folder.
    const QString fileLink = tv.dir() + QStringLiteral("/same.cdvault");
    QVERIFY(QFile::link(tv.path(), fileLink));
    QCOMPARE(tv.vault().backup(fileLink).code(), ErrorCode::InvalidInput);
    QTemporaryDir other;
    const QString folderLink = other.filePath(QStringLiteral("folder"));
    QVERIFY(QFile::link(tv.dir(), folderLink));
    QCOMPARE(tv.vault().backup(folderLink + QStringLiteral("/test.cdvault")).code(), ErrorCode::InvalidInput);
    QCOMPARE(tv.vault().backup(tv.dir() + QStringLiteral("/./test.cdvault")).code(), ErrorCode::InvalidInput);
    QCOMPARE(sha(tv.path()), before);
    QVERIFY(QFileInfo(fileLink).isSymLink());
}

void TestVaultSecurity::backupWritesManifestWithAnchor()
{
    TestVault tv;
    const QString backupPath = tv.dir() + QStringLiteral("/b.cdvault");
    auto r = tv.vault().backup(backupPath);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->manifestPath, Vault::backupManifestPath(backupPath));
    QFile f(r->manifestPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(f.readAll()).object();
    const AuditAnchor written = AuditAnchor::fromJson(manifest);
    QVERIFY(written.isValid());
    QCOMPARE(written, r->anchor);
    QCOMPARE(manifest.value(QStringLiteral("vault_id")).toString(), tv.vault().vaultId());
    QCOMPARE(manifest.value(QStringLiteral("sha256")).toString().toLatin1(), sha(backupPath).toHex());
    // The vault's log holds the backup's head unchanged, one entry (the backup itself) later.
    const AnchorCheck check = AuditAnchors::compare(tv.db(), written);
    QCOMPARE(check.outcome, AnchorCheck::Outcome::Consistent);
    QCOMPARE(tv.vault().auditAnchor().entries, written.entries + 1);
}

void TestVaultSecurity::tamperedBackupIsNotRestored()
{
    TestVault tv;
    const QString backupPath = tv.dir() + QStringLiteral("/b.cdvault");
    QVERIFY(tv.vault().backup(backupPath));
    truncateAuditLog(backupPath, 1);
    auto r = VaultMaintenance::restore(tv.vault(), backupPath, TestVault::key());
    QCOMPARE(r.code(), ErrorCode::Damaged);
    QVERIFY(r.message().contains(QLatin1String("manifest")));
    QVERIFY(tv.vault().isOpen());
}

void TestVaultSecurity::typedRawKeyIsRefused()
{
    QTemporaryDir dir;
    const NewAccount admin { QStringLiteral("admin"), QStringLiteral("Admin"), TestVault::adminPassword(),
        Role::Administrator };
    // Typed, the raw-key form would skip the key derivation and the length rule.
    auto v = Vault::create(dir.filePath(QStringLiteral("a.cdvault")), VaultKey::passphrase(rawKeyText()), admin);
    QCOMPARE(v.code(), ErrorCode::InvalidInput);
    QVERIFY(v.message().contains(QLatin1String("x'")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.cdvault"))));
    QCOMPARE(
        Vault::create(dir.filePath(QStringLiteral("b.cdvault")), VaultKey::passphrase(QStringLiteral("short")), admin)
            .code(),
        ErrorCode::InvalidInput);
    QVERIFY(Vault::checkNewKey(VaultKey::passphrase(QStringLiteral("x'abc' is fine as words"))));
    QVERIFY(!Vault::checkNewKey(VaultKey::passphrase(QStringLiteral("X'00'"))));
    // 12 characters, counted as characters, not bytes.
    QVERIFY(Vault::checkNewKey(VaultKey::passphrase(QStringLiteral("合规工作台加密数据库口令"))));
    QVERIFY(!Vault::checkNewKey(VaultKey::passphrase(QStringLiteral("合规工作台加密数据库"))));
    // Raw keys through the test support API keep working.
    QVERIFY(Vault::checkNewKey(TestVault::key()));
    TestVault tv;
    QCOMPARE(tv.vault().changePassphrase(TestVault::key(), VaultKey::passphrase(rawKeyText())).code(),
        ErrorCode::InvalidInput);
    tv.close();
    QVERIFY(Vault::open(tv.path(), TestVault::key()));
}

void TestVaultSecurity::passphraseChangeIsAuditedAsAttemptAndChange()
{
    TestVault tv;
    QVERIFY(tv.vault().changePassphrase(TestVault::key(), VaultKey::rawFromSeed("next")));
    const auto entries
        = AuditLog::list(tv.db(), { {}, QStringLiteral("vault.change_passphrase"), {}, {}, {}, {} }, 0, 5);
    QCOMPARE(entries.size(), 2);
    // Newest first: the change after the attempt.
    QCOMPARE(entries.at(0).action, QStringLiteral("vault.change_passphrase"));
    QCOMPARE(entries.at(1).action, QStringLiteral("vault.change_passphrase_attempt"));
    QVERIFY(entries.at(0).id > entries.at(1).id);
}

void TestVaultSecurity::failedRekeyLeavesOnlyTheAttempt()
{
    TestVault tv;
    // A second connection in a read transaction keeps the file from being rewritten.
    auto other = tv.vault().openConnection();
    QVERIFY(other);
    other.value()->exec("BEGIN");
    Statement hold(*other.value(), "SELECT count(*) FROM audit_log");
    QVERIFY(hold.next());
    const Status s = tv.vault().changePassphrase(TestVault::key(), VaultKey::rawFromSeed("never"));
    hold.reset();
    other.value()->exec("COMMIT");
    other.value().reset();
    QVERIFY(!s);
    QCOMPARE(auditCount(tv.vault(), QStringLiteral("vault.change_passphrase_attempt")), qint64(1));
    QCOMPARE(auditCount(tv.vault(), QStringLiteral("vault.change_passphrase")), qint64(0));
    tv.close();
    QVERIFY(Vault::open(tv.path(), TestVault::key()));
}

void TestVaultSecurity::newerVaultKeepsItsJournalMode()
{
    // A newer program's vault in rollback-journal mode: refusing it must not switch it to WAL.
    TestVault tv;
    tv.db().exec("PRAGMA journal_mode = DELETE");
    tv.db().setUserVersion(Migrations::latestVersion() + 1);
    tv.close();
    QVERIFY(!QFile::exists(tv.path() + QStringLiteral("-wal")));
    const QByteArray before = sha(tv.path());
    auto v = Vault::open(tv.path(), TestVault::key());
    QCOMPARE(v.code(), ErrorCode::TooNew);
    QCOMPARE(sha(tv.path()), before);
    QVERIFY(!QFile::exists(tv.path() + QStringLiteral("-wal")));
}

void TestVaultSecurity::anchorNoticesTruncatedLog()
{
    TestVault tv;
    AppSettings settings(tv.dir() + QStringLiteral("/settings.ini"));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(tv.vault().setSetting(QStringLiteral("k%1").arg(i), QStringLiteral("v")));
    }
    QCOMPARE(tv.vault().checkAuditAnchor(settings).outcome, AnchorCheck::Outcome::NoAnchor);
    const qint64 seen = tv.vault().auditAnchor().entries;
    const QString id = tv.vault().vaultId();
    tv.close(); // saves the head as this computer saw it last
    QCOMPARE(settings.auditAnchor(id).entries, seen);

    truncateAuditLog(tv.path(), 3);
    auto v = Vault::open(tv.path(), TestVault::key());
    QVERIFY2(v, qPrintable(v.message()));
    // The chain itself looks fine: the cut was consistent.
    QVERIFY(v.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    const AnchorCheck check = v.value()->checkAuditAnchor(settings);
    QCOMPARE(check.outcome, AnchorCheck::Outcome::Shorter);
    QCOMPARE(check.remembered.entries, seen);
    QVERIFY(check.current.entries < seen);
    QVERIFY(check.message().contains(QString::number(seen)));
    auto report = v.value()->verify();
    QVERIFY(report);
    QVERIFY(report->auditOk);
    QCOMPARE(report->anchor.outcome, AnchorCheck::Outcome::Shorter);
    // The warning repeats on the next open: a failed check does not move the anchor.
    v.value()->close();
    v = Vault::open(tv.path(), TestVault::key());
    QVERIFY(v);
    QCOMPARE(v.value()->checkAuditAnchor(settings).outcome, AnchorCheck::Outcome::Shorter);
    // An administrator who looked into it accepts the log; that decision is on record.
    QCOMPARE(v.value()->acceptAuditAnchor(settings).code(), ErrorCode::PermissionDenied);
    QVERIFY(v.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    QVERIFY(v.value()->acceptAuditAnchor(settings));
    QCOMPARE(auditCount(*v.value(), QStringLiteral("audit.anchor_accepted")), qint64(1));
    QVERIFY(lastDetail(*v.value(), QStringLiteral("audit.anchor_accepted")).contains(QLatin1String("shorter")));
    v.value()->close();
    v = Vault::open(tv.path(), TestVault::key());
    QVERIFY(v);
    QCOMPARE(v.value()->checkAuditAnchor(settings).outcome, AnchorCheck::Outcome::Consistent);
}

void TestVaultSecurity::anchorNoticesRewrittenLog()
{
    TestVault tv;
    AppSettings settings(tv.dir() + QStringLiteral("/settings.ini"));
    QVERIFY(tv.vault().setSetting(QStringLiteral("a"), QStringLiteral("1")));
    tv.vault().checkAuditAnchor(settings);
    tv.close();
    // Cut one entry and write a different one in its place, chain and head recomputed.
    truncateAuditLog(tv.path(), 1);
    {
        auto v = Vault::open(tv.path(), TestVault::key());
        QVERIFY(v);
        QVERIFY(WriteTx::run(v.value()->db(),
            Actor { 1, QStringLiteral("admin"), QStringLiteral("Admin Person"), Role::Administrator },
            [&](WriteTx& tx) {
                tx.audit({ QStringLiteral("settings.update"), QStringLiteral("setting"), QStringLiteral("b"), {}, {} });
            }));
        v.value()->close();
    }
    auto v = Vault::open(tv.path(), TestVault::key());
    QVERIFY(v);
    const AnchorCheck check = v.value()->checkAuditAnchor(settings);
    QCOMPARE(check.outcome, AnchorCheck::Outcome::Diverged);
    QCOMPARE(check.current.entries, check.remembered.entries);
    QVERIFY(!check.message().isEmpty());
}

void TestVaultSecurity::anchorFollowsTheLogAndRestores()
{
    TestVault tv;
    AppSettings settings(tv.dir() + QStringLiteral("/settings.ini"));
    const QString backupPath = tv.dir() + QStringLiteral("/b.cdvault");
    QVERIFY(tv.vault().backup(backupPath));
    QCOMPARE(tv.vault().checkAuditAnchor(settings).outcome, AnchorCheck::Outcome::NoAnchor);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(tv.vault().setSetting(QStringLiteral("k%1").arg(i), QStringLiteral("v")));
    }
    const QString id = tv.vault().vaultId();
    tv.reopen();
    QCOMPARE(tv.vault().checkAuditAnchor(settings).outcome, AnchorCheck::Outcome::Consistent);
    QCOMPARE(settings.auditAnchor(id), tv.vault().auditAnchor());
    // A restore of an older backup on this computer is no alarm here: the anchor follows it.
    auto r = VaultMaintenance::restore(tv.vault(), backupPath, TestVault::key());
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(settings.auditAnchor(id), r->anchor);
    tv.reopen();
    QCOMPARE(tv.vault().checkAuditAnchor(settings).outcome, AnchorCheck::Outcome::Consistent);
    // Another computer that saw the longer log does notice.
    AppSettings elsewhere(tv.dir() + QStringLiteral("/elsewhere.ini"));
    AuditAnchor seen = r->anchor;
    seen.entries += 5;
    elsewhere.setAuditAnchor(id, seen);
    QCOMPARE(tv.vault().checkAuditAnchor(elsewhere).outcome, AnchorCheck::Outcome::Shorter);
}

void TestVaultSecurity::attachmentAuditHasNoDigest()
{
    TestVault tv;
    const QByteArray content = "scan of an identity card 身份证";
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    AttachmentStore store(tv.vault());
    auto added = store.addData(QStringLiteral("request"), 1, QStringLiteral("id.png"), content);
    QVERIFY2(added, qPrintable(added.message()));
    QVERIFY(store.remove(added->id));
    Statement s(tv.db(), "SELECT count(*) FROM audit_log WHERE detail LIKE ? OR detail LIKE '%sha256%'");
    s.bind(1, QStringLiteral("%") + digest.left(16) + QStringLiteral("%"));
    QVERIFY(s.next());
    QCOMPARE(s.int64(0), qint64(0));
    QCOMPARE(lastDetail(tv.vault(), QStringLiteral("attachment.remove")),
        QStringLiteral("attachment=%1 size=%2").arg(added->id).arg(content.size()));
}

void TestVaultSecurity::attachmentExportNeedsPermission()
{
    TestVault tv;
    auto added = AttachmentStore(tv.vault()).addData(QStringLiteral("request"), 1, QStringLiteral("a.txt"), "data");
    QVERIFY(added);
    const QString out = tv.dir() + QStringLiteral("/out.txt");
    for (Role role : { Role::Staff, Role::Auditor }) {
        tv.signInAs(role);
        QCOMPARE(AttachmentStore(tv.vault()).saveAs(added->id, out).code(), ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(out));
    }
    tv.signInAdmin();
    QVERIFY(AttachmentStore(tv.vault()).saveAs(added->id, out));
    QCOMPARE(readFile(out), QByteArray("data"));
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFileInfo(out).permissions() & others, QFileDevice::Permissions());
    QCOMPARE(auditCount(tv.vault(), QStringLiteral("attachment.export")), qint64(1));
}

void TestVaultSecurity::bulkListNeedsExportPermission()
{
    TestVault tv;
    {
        submissions::SubmissionService service(tv.vault());
        for (int i = 0; i < 250; ++i) {
            submissions::Submission sub;
            sub.receivedAt = Clock::nowUtc();
            sub.name = QStringLiteral("人%1").arg(i);
            sub.phone = QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0'));
            QVERIFY(service.create(sub));
        }
    }
    using submissions::SubmissionService;
    for (Role role : { Role::Staff, Role::Auditor }) {
        tv.signInAs(role);
        SubmissionService service(tv.vault());
        // One screen is reading; more, or a table for a file, is an export.
        auto screen = service.listRows({}, {}, SubmissionService::screenRows);
        QVERIFY2(screen, qPrintable(screen.message()));
        QCOMPARE(screen->size(), SubmissionService::screenRows);
        QCOMPARE(service.listRows({}, {}, 1000000).code(), ErrorCode::PermissionDenied);
        QCOMPARE(service.listRows({}, {}, 10, QStringLiteral("csv")).code(), ErrorCode::PermissionDenied);
    }
    QCOMPARE(auditCount(tv.vault(), QStringLiteral("submission.export")), qint64(0));
    tv.signInAdmin();
    auto all = SubmissionService(tv.vault()).listRows({}, {}, 1000000, QStringLiteral("csv"));
    QVERIFY2(all, qPrintable(all.message()));
    QCOMPARE(all->size(), 250);
    QCOMPARE(auditCount(tv.vault(), QStringLiteral("submission.export")), qint64(1));
    const QString detail = lastDetail(tv.vault(), QStringLiteral("submission.export"));
    QVERIFY2(
        detail.contains(QLatin1String("rows=250")) && detail.contains(QLatin1String("format=csv")), qPrintable(detail));
    QVERIFY(!detail.contains(QLatin1String("138")));
}

void TestVaultSecurity::rejectFileNeedsExportPermission()
{
    TestVault tv;
    submissions::ImportReport report;
    report.rejects.append({ 3, QStringLiteral("no contact"), { QStringLiteral("王芳"), QStringLiteral("+86 138") } });
    const QString out = tv.dir() + QStringLiteral("/rejects.csv");
    tv.signInAs(Role::Staff);
    QCOMPARE(
        submissions::SubmissionImporter::writeRejects(tv.vault(), out, report).code(), ErrorCode::PermissionDenied);
    QVERIFY(!QFile::exists(out));
    tv.signInAdmin();
    QVERIFY(submissions::SubmissionImporter::writeRejects(tv.vault(), out, report));
    QVERIFY(fileContains(out, QByteArray("王芳")));
    QCOMPARE(lastDetail(tv.vault(), QStringLiteral("submission.export_rejects")), QStringLiteral("format=csv rows=1"));
}

void TestVaultSecurity::exportFilesAreOwnerOnly()
{
    QTemporaryDir dir;
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions mask = ownerOnly | QFileDevice::ExeOwner | QFileDevice::ReadGroup
        | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    const QString csv = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(TableExport::writeCsv(csv, { QStringLiteral("a") }, { { QStringLiteral("1") } }));
    QCOMPARE(QFileInfo(csv).permissions() & mask, ownerOnly);
    // An existing file with wider permissions is narrowed, not kept as it was.
    const QString wide = dir.filePath(QStringLiteral("wide.csv"));
    {
        QFile f(wide);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(wide, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(TableExport::writeCsv(wide, { QStringLiteral("a") }, { { QStringLiteral("1") } }));
    QCOMPARE(QFileInfo(wide).permissions() & mask, ownerOnly);
    if (TableExport::xlsxAvailable()) {
        const QString xlsx = dir.filePath(QStringLiteral("t.xlsx"));
        QVERIFY(
            TableExport::writeXlsx(xlsx, QStringLiteral("s"), { QStringLiteral("a") }, { { QStringLiteral("1") } }));
        QCOMPARE(QFileInfo(xlsx).permissions() & mask, ownerOnly);
    }
}

void TestVaultSecurity::xlsxKeepsPhoneNumbersAsText()
{
    if (!TableExport::xlsxAvailable()) {
        QSKIP("this build writes no XLSX");
    }
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("phones.xlsx"));
    QVERIFY(TableExport::writeXlsx(xlsx, QStringLiteral("Phones"), { QStringLiteral("Phone"), QStringLiteral("Note") },
        { { QStringLiteral("+86 138 0013 8000"), QStringLiteral("=HYPERLINK(\"http://x\")") },
            { QStringLiteral("-5"), QStringLiteral("@SUM(A1)") } }));
    auto part = [&](const QString& name) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx, name });
        if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0) {
            return QString();
        }
        return QString::fromUtf8(unzip.readAllStandardOutput());
    };
    const QString strings = part(QStringLiteral("xl/sharedStrings.xml"));
    if (strings.isEmpty()) {
        QSKIP("unzip is not available to read the XLSX");
    }
    // The values as they were, not rewritten with a leading apostrophe …
    QVERIFY2(strings.contains(QStringLiteral(">+86 138 0013 8000<")), qPrintable(strings));
    QVERIFY(strings.contains(QStringLiteral(">-5<")));
    QVERIFY(!strings.contains(QStringLiteral(">'+86")));
    // … in string cells with the text format, and no formula anywhere.
    const QString sheet = part(QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains(QStringLiteral("t=\"s\"")));
    QVERIFY(!sheet.contains(QStringLiteral("<f>")) && !sheet.contains(QStringLiteral("<f ")));
    QVERIFY(part(QStringLiteral("xl/styles.xml")).contains(QStringLiteral("numFmtId=\"49\"")));
}

QTEST_MAIN(TestVaultSecurity)
#include "tst_vaultsecurity.moc"

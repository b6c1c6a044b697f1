// The erasure ledger record by record, and the restore of a vault that will not open.
// - A family member who shares the erased person's phone, and whom staff told apart when the
//   request was fulfilled, is kept by a restore and by a re-import.
// - A retention purge stays done when an older backup is restored.
// - A damaged vault is replaced by a backup on the authority of an administrator of the backup;
//   the erasure ledgers of the other copies of the vault are re-applied; the damaged file is kept.
// Real vaults and backups; plaintext copies via sqlcipher_export.
#include "TestVault.h"

#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "maintenance/DeepVerify.h"
#include "maintenance/VaultMaintenance.h"
#include "requests/RequestService.h"
#include "storage/Statement.h"
#include "submissions/ErasureLedger.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionImport.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace cd;
using namespace cd::requests;
using namespace cd::submissions;

namespace {

const QDateTime kReceived(QDate(2026, 1, 5), QTime(2, 0), Qt::UTC);

qint64 addSubmission(
    Vault& vault, const QString& name, const QString& phone, const QString& email, const QString& message)
{
    Submission s;
    s.receivedAt = kReceived;
    s.name = name;
    s.phone = phone;
    s.email = email;
    s.region = QString::fromUtf8("上海市");
    s.message = message;
    auto id = SubmissionService(vault).create(s);
    if (!id) {
        qWarning("create: %s", qPrintable(id.message()));
        return 0;
    }
    return id.value();
}

// A deletion request for the person, linked to `mine`, in progress; every other proposed
// submission is dismissed as somebody else's, every proposed request confirmed.
qint64 eraseDecidingMatches(
    RequestService& service, const QString& name, const QString& email, const QString& phone, const QList<qint64>& mine)
{
    RequestDraft d;
    d.type = RequestType::Deletion;
    d.receivedOn = Clock::today();
    d.requesterName = name;
    d.email = email;
    d.phone = phone;
    d.linkedSubmissions = mine;
    auto r = service.add(d);
    if (!r) {
        qWarning("add: %s", qPrintable(r.message()));
        return 0;
    }
    TransitionInput verification;
    verification.to = RequestState::Verification;
    service.transition(r->id, verification);
    TransitionInput work;
    work.to = RequestState::InProgress;
    work.verificationMethod = QStringLiteral("id_document");
    service.transition(r->id, work);
    QList<LinkCandidate> confirm;
    QList<LinkCandidate> dismiss;
    for (const LinkCandidate& c : service.unconfirmedMatches(r->id).value()) {
        (c.targetType == QLatin1String("request") ? confirm : dismiss).append(c);
    }
    service.resolveMatches(r->id, confirm, dismiss);
    auto erased = service.eraseLinkedData(r->id, QStringLiteral("consent_withdrawn"));
    if (!erased) {
        qWarning("erase: %s", qPrintable(erased.message()));
        return 0;
    }
    return r->id;
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

// Overwrites the vault's pages after the first with noise: the file no longer opens.
void damage(const QString& path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 3 * 4096);
    f.seek(0);
    QByteArray noise(int(f.size()), '\0');
    for (int i = 0; i < noise.size(); ++i) {
        noise[i] = char((i * 131 + 7) & 0xff);
    }
    f.write(noise);
}

} // namespace

class TestErasureRestore : public QObject
{
    Q_OBJECT

private slots:
    void familyMemberSharingThePhoneIsKept();
    void retentionPurgeStaysDoneAfterRestore();
    void ledgerMatchesByIdentifiers_data();
    void ledgerMatchesByIdentifiers();
    void damagedVaultRestoredByAdministratorOfBackup();
    void restoreOverVaultThatOpensIsRefused();
};

void TestErasureRestore::familyMemberSharingThePhoneIsKept()
{
    test::TestVault tv;
    const QString phone = QStringLiteral("13911112222");
    const qint64 parent = addSubmission(tv.vault(), QStringLiteral("Parent Tan"), phone,
        QStringLiteral("parent.tan@example.cn"), QStringLiteral("parent message"));
    const qint64 child = addSubmission(tv.vault(), QStringLiteral("Child Tan"), phone,
        QStringLiteral("child.tan@example.cn"), QStringLiteral("child message"));
    QVERIFY(parent && child);
    const QString backup = tv.dir() + QStringLiteral("/older.cdvault");
    QVERIFY(tv.vault().backup(backup));

    RequestService service(tv.vault());
    QVERIFY(eraseDecidingMatches(
        service, QStringLiteral("Parent Tan"), QStringLiteral("parent.tan@example.cn"), phone, { parent }));
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions"), 1);
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM request_dismissed_matches"), 1);
    // The parent's submission and request are kept as record digests; the child's is not.
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM erasure_ledger_records WHERE reason = 'request'"), 2);
    // Nothing live matches the ledger: the child was told apart.
    auto deep = DeepVerify::run(tv.vault());
    QVERIFY(deep);
    QVERIFY(deep->ok());

    auto restored = VaultMaintenance::restore(tv.vault(), backup, test::TestVault::key());
    QVERIFY2(restored, qPrintable(restored.message()));
    QCOMPARE(restored->erasedAgainPeople, 1);
    QCOMPARE(restored->erasedAgainRecords, 1);
    tv.reopen();
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions"), 1);
    QCOMPARE(
        Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions WHERE email_norm = 'child.tan@example.cn'"), 1);
    // The child, told apart at fulfilment, is no finding of a deep check either.
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM erasure_ledger_records WHERE reason = 'kept'"), 1);
    deep = DeepVerify::run(tv.vault());
    QVERIFY(deep);
    QVERIFY(deep->ok());
    const QByteArray bytes = test::plaintextCopy(tv.db(), tv.dir() + QStringLiteral("/plain.db"));
    QVERIFY(bytes.contains("child message"));
    QVERIFY(!bytes.contains("parent message") && !bytes.contains("parent.tan"));

    // Re-import: the parent's rows are skipped; the child's row, whose email the parent never
    // had, comes in; a row with only the shared phone cannot be told apart and is skipped.
    const QString csv = tv.dir() + QStringLiteral("/family.csv");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("received_at,name,phone,email,region,message\n"
               "2026-01-04 10:00:00,Parent Tan,13911112222,parent.tan@example.cn,Shanghai,parent again\n"
               "2026-01-04 11:00:00,Child Tan,139 1111 2222,child.tan+2@example.cn,Shanghai,child again\n"
               "2026-01-04 12:00:00,Someone Tan,13911112222,,Shanghai,phone only\n");
    file.close();
    auto report = SubmissionImporter::run(tv.db(), tv.vault().actor(), csv, ImportOptions {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->erasedEarlier, qint64(2));
    QCOMPARE(report->imported, qint64(1));
    QCOMPARE(
        Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions WHERE email_norm = 'child.tan+2@example.cn'"),
        1);
}

void TestErasureRestore::retentionPurgeStaysDoneAfterRestore()
{
    test::TestVault tv;
    SubmissionService submissions(tv.vault());
    QVERIFY(submissions.setRetentionMonths(12));
    QList<qint64> old;
    for (int i = 0; i < 3; ++i) {
        old << addSubmission(tv.vault(), QStringLiteral("Old Person %1").arg(i), QString(),
            QStringLiteral("old%1@example.cn").arg(i), QStringLiteral("old message %1").arg(i));
    }
    addSubmission(tv.vault(), QStringLiteral("Open Person"), QString(), QStringLiteral("open@example.cn"),
        QStringLiteral("still open"));
    // Closed long ago: past any retention period.
    tv.db().exec("UPDATE submissions SET status = 'closed', closed_at = '2019-01-01T00:00:00Z' "
                 "WHERE email_norm LIKE 'old%'");
    const QString backup = tv.dir() + QStringLiteral("/before-purge.cdvault");
    QVERIFY(tv.vault().backup(backup));
    auto purged = submissions.purgeExpired(false);
    QVERIFY2(purged, qPrintable(purged.message()));
    QCOMPARE(purged->deleted, 3);
    QCOMPARE(
        Statement::scalarInt(tv.db(), "SELECT count(*) FROM erasure_ledger_records WHERE reason = 'retention'"), 3);
    // A purge records no person: no identifier digests.
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM erasure_ledger"), 0);

    auto restored = VaultMaintenance::restore(tv.vault(), backup, test::TestVault::key());
    QVERIFY2(restored, qPrintable(restored.message()));
    QCOMPARE(restored->erasedAgainRecords, 3);
    QCOMPARE(restored->erasedAgainPeople, 0);
    QVERIFY(!restored->erasedAgainSummary.isEmpty());
    tv.reopen();
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions"), 1);
    const QByteArray bytes = test::plaintextCopy(tv.db(), tv.dir() + QStringLiteral("/plain.db"));
    QVERIFY(bytes.contains("still open"));
    QVERIFY(!bytes.contains("old message"));
    // The purged people may write again: a retention purge does not block an import.
    const QString csv = tv.dir() + QStringLiteral("/again.csv");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("received_at,name,phone,email,region,message\n"
               "2018-06-01 10:00:00,Old Person 0,,old0@example.cn,Shanghai,old message 0\n");
    file.close();
    auto report = SubmissionImporter::run(tv.db(), tv.vault().actor(), csv, ImportOptions {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->imported, qint64(1));
    QCOMPARE(report->erasedEarlier, qint64(0));
}

void TestErasureRestore::ledgerMatchesByIdentifiers_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("received");
    QTest::addColumn<bool>("matches");
    // The erased person had erased@example.cn and 13900000001, erased on 2026-03-01.
    QTest::newRow("same email") << "erased@example.cn"
                                << ""
                                << "2026-02-01T00:00:00Z" << true;
    QTest::newRow("same phone") << ""
                                << "13900000001"
                                << "2026-02-01T00:00:00Z" << true;
    QTest::newRow("both") << "erased@example.cn"
                          << "13900000001"
                          << "2026-02-01T00:00:00Z" << true;
    QTest::newRow("no time") << "erased@example.cn"
                             << ""
                             << "" << true;
    QTest::newRow("received after") << "erased@example.cn"
                                    << ""
                                    << "2026-04-01T00:00:00Z" << false;
    QTest::newRow("phone, other email") << "sibling@example.cn"
                                        << "13900000001"
                                        << "2026-02-01T00:00:00Z" << false;
    QTest::newRow("email, other phone") << "erased@example.cn"
                                        << "13900000009"
                                        << "2026-02-01T00:00:00Z" << false;
    QTest::newRow("neither") << "x@example.cn"
                             << "13900000009"
                             << "2026-02-01T00:00:00Z" << false;
}

void TestErasureRestore::ledgerMatchesByIdentifiers()
{
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, received);
    QFETCH(bool, matches);
    test::TestVault tv;
    QVERIFY(test::writeRaw(tv.db(), [](Database& db) {
        ErasureLedger::record(db, { { QStringLiteral("erased@example.cn"), QStringLiteral("13900000001") } },
            QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    }));
    const auto m = ErasureLedger::Matcher::load(tv.db());
    QCOMPARE(!m.match(email, phone, received).isEmpty(), matches);
    // People erased before record digests were kept are matched the same way on restore.
    QCOMPARE(!m.match(email, phone, received, ErasureLedger::Matcher::Use::Restore).isEmpty(), matches);
}

void TestErasureRestore::damagedVaultRestoredByAdministratorOfBackup()
{
    auto tv = std::make_unique<test::TestVault>();
    const QString path = tv->path();
    const QString dir = tv->dir();
    const qint64 gone = addSubmission(tv->vault(), QStringLiteral("Gone Person"), QStringLiteral("13933334444"),
        QStringLiteral("gone.person@example.cn"), QStringLiteral("gone message"));
    addSubmission(tv->vault(), QStringLiteral("Kept Person"), QStringLiteral("13955556666"),
        QStringLiteral("kept.person@example.cn"), QStringLiteral("kept message"));
    tv->signInAs(Role::Staff, QStringLiteral("clerk"));
    tv->signInAdmin();
    const QString older = dir + QStringLiteral("/older.cdvault");
    QVERIFY(tv->vault().backup(older));
    // The erasure happens after that backup; a newer backup (automatic, in another folder) holds
    // the ledger entry, the vault itself is then damaged.
    RequestService service(tv->vault());
    QVERIFY(eraseDecidingMatches(service, QStringLiteral("Gone Person"), QStringLiteral("gone.person@example.cn"),
        QStringLiteral("13933334444"), { gone }));
    const QString autoFolder = dir + QStringLiteral("/auto");
    QVERIFY(QDir().mkpath(autoFolder));
    QVERIFY(tv->vault().backup(autoFolder + QStringLiteral("/vault-20260301.cdvault")));
    tv->close();
    damage(path);
    QVERIFY(!Vault::open(path, test::TestVault::key()));
    const QByteArray damagedHash = sha256(path);

    // Refusals change nothing: a staff account, a wrong password, the wrong backup passphrase.
    auto staff = VaultMaintenance::restoreUnopenable(
        path, older, test::TestVault::key(), QStringLiteral("clerk"), QStringLiteral("password-123"));
    QCOMPARE(staff.code(), ErrorCode::PermissionDenied);
    auto wrong = VaultMaintenance::restoreUnopenable(
        path, older, test::TestVault::key(), QStringLiteral("admin"), QStringLiteral("not-the-password"));
    QCOMPARE(wrong.code(), ErrorCode::PermissionDenied);
    auto otherKey = VaultMaintenance::restoreUnopenable(
        path, older, VaultKey::rawFromSeed("another key"), QStringLiteral("admin"), test::TestVault::adminPassword());
    QVERIFY(!otherKey);
    QCOMPARE(sha256(path), damagedHash);
    QVERIFY(!QFile::exists(path + QStringLiteral(".unopenable")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));

    auto r = VaultMaintenance::restoreUnopenable(
        path, older, test::TestVault::key(), QStringLiteral("admin"), test::TestVault::adminPassword(), { autoFolder });
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->previousPath, path + QStringLiteral(".unopenable"));
    QCOMPARE(sha256(r->previousPath), damagedHash); // kept as it was
    QCOMPARE(r->erasedAgainPeople, 1);
    QVERIFY(r->erasedAgainSummary.contains(QStringLiteral("could not be opened")));

    auto reopened = Vault::open(path, test::TestVault::key());
    QVERIFY2(reopened, qPrintable(reopened.message()));
    Vault& v = *reopened.value();
    QVERIFY(v.signIn(QStringLiteral("admin"), test::TestVault::adminPassword()));
    QCOMPARE(Statement::scalarInt(v.db(), "SELECT count(*) FROM submissions"), 1);
    AuditFilter f;
    f.action = QStringLiteral("vault.restore_unopenable");
    const auto entries = AuditLog::list(v.db(), f, 0, 10);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().detail.contains(QStringLiteral("other_ledgers=1")));
    QVERIFY(!entries.first().detail.contains(QStringLiteral("gone")));
    const QByteArray bytes = test::plaintextCopy(v.db(), dir + QStringLiteral("/plain.db"));
    QVERIFY(bytes.contains("kept message"));
    QVERIFY(!bytes.contains("gone message") && !bytes.contains("gone.person"));
    QVERIFY(AuditLog::verify(v.db())->ok);
}

void TestErasureRestore::restoreOverVaultThatOpensIsRefused()
{
    test::TestVault tv;
    addSubmission(tv.vault(), QStringLiteral("Someone"), QString(), QStringLiteral("someone@example.cn"),
        QStringLiteral("message"));
    const QString backup = tv.dir() + QStringLiteral("/b.cdvault");
    QVERIFY(tv.vault().backup(backup));
    const QString path = tv.path();
    // While the vault is open elsewhere, its lock keeps this out.
    auto inUse = VaultMaintenance::restoreUnopenable(
        path, backup, test::TestVault::key(), QStringLiteral("admin"), test::TestVault::adminPassword());
    QCOMPARE(inUse.code(), ErrorCode::InUse);
    tv.close();
    // A vault that opens with the passphrase is restored from inside, never this way.
    auto healthy = VaultMaintenance::restoreUnopenable(
        path, backup, test::TestVault::key(), QStringLiteral("admin"), test::TestVault::adminPassword());
    QCOMPARE(healthy.code(), ErrorCode::NotAllowed);
    QVERIFY(!QFile::exists(path + QStringLiteral(".unopenable")));
    // A vault file that is gone can be brought back.
    QVERIFY(QFile::remove(path));
    auto missing = VaultMaintenance::restoreUnopenable(
        path, backup, test::TestVault::key(), QStringLiteral("admin"), test::TestVault::adminPassword());
    QVERIFY2(missing, qPrintable(missing.message()));
    QVERIFY(Vault::open(path, test::TestVault::key()));
}

QTEST_GUILESS_MAIN(TestErasureRestore)
#include "tst_erasure_restore.moc"

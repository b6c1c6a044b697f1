// The one write path (Vault::write, WriteTx) and the read path (Vault::read, ReadTx) on a real
// vault: a change commits only with its audit entry, refusals and failures leave nothing, and a
// read never takes the write lock.
#include "TestVault.h"

#include "audit/AuditLog.h"
#include "policies/PolicyService.h"
#include "registers/RegisterService.h"
#include "settings/VaultSettings.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

qint64 rows(Database& db, const char* sql)
{
    return Statement::scalarInt(db, sql);
}

qint64 auditEntries(Database& db)
{
    return rows(db, "SELECT count(*) FROM audit_log");
}

qint64 markers(Database& db)
{
    return rows(db, "SELECT count(*) FROM settings WHERE key LIKE 'writepath.%'");
}

void insertMarker(Database& db, const QString& key)
{
    Statement s(db, "INSERT INTO settings (key, value) VALUES (?, '1')");
    s.bind(1, key).exec();
}

AuditRecord markerRecord(const QString& key)
{
    return { QStringLiteral("settings.update"), QStringLiteral("setting"), key, { key }, {} };
}

AuditEntry lastEntry(Database& db)
{
    const QList<AuditEntry> entries = AuditLog::list(db, AuditFilter(), 0, 1);
    return entries.isEmpty() ? AuditEntry() : entries.first();
}

// A second connection that gives up at once instead of waiting for a lock.
std::unique_ptr<Database> impatientConnection(Vault& vault)
{
    auto second = vault.openConnection();
    if (!second) {
        qFatal("second connection: %s", qPrintable(second.message()));
    }
    second.value()->exec("PRAGMA busy_timeout = 0");
    return std::move(second.value());
}

bool canTakeWriteLock(Database& db)
{
    try {
        Transaction tx(db);
        tx.rollback();
        return true;
    } catch (const DbException&) {
        return false;
    }
}

} // namespace

class TestWritePath : public QObject
{
    Q_OBJECT

private slots:
    void writeWithoutAuditEntryFailsAndLeavesNothing();
    void refusedPermissionLeavesNothing();
    void exceptionRollsBackChangeAndEntry();
    void writeCommitsChangeWithItsEntry();
    void workerConnectionWritesThroughWriteTx();
    void readDoesNotTakeWriteLock();
    void readRefusedWithoutPermission();
    void reviseWritesOneEntryPerChange();
    void setSettingRecordsOldAndNew();
    void personalSettingRecordsOnlyThatItChanged();
    void incidentRuleIsOneChange();
};

void TestWritePath::writeWithoutAuditEntryFailsAndLeavesNothing()
{
    TestVault tv;
    const qint64 entries = auditEntries(tv.db());
    bool ran = false;
    const Status s = tv.vault().write(Permission::WriteData, [&](WriteTx& tx) {
        ran = true;
        insertMarker(tx.db(), QStringLiteral("writepath.forgotten"));
    });
    QVERIFY(ran);
    QVERIFY(!s);
    QCOMPARE(s.code(), ErrorCode::Internal);
    QVERIFY(s.message().contains(QStringLiteral("audit log")));
    QCOMPARE(markers(tv.db()), 0);
    QCOMPARE(auditEntries(tv.db()), entries);
    // Nothing reached the file either.
    const qint64 changes = rows(tv.db(), "SELECT count(*) FROM audit_log WHERE action <> 'account.sign_in'");
    tv.reopen();
    QCOMPARE(markers(tv.db()), 0);
    QCOMPARE(rows(tv.db(), "SELECT count(*) FROM audit_log WHERE action <> 'account.sign_in'"), changes);
    // A write that turns out to change nothing (an edit equal to the stored record) needs no entry.
    QVERIFY(tv.vault().write(Permission::WriteData, [&](WriteTx& tx) { QCOMPARE(markers(tx.db()), 0); }));
}

void TestWritePath::refusedPermissionLeavesNothing()
{
    TestVault tv;
    tv.signInAs(Role::Auditor);
    const qint64 entries = auditEntries(tv.db());
    bool ran = false;
    const Status s = tv.vault().write(Permission::WriteData, [&](WriteTx& tx) {
        ran = true;
        insertMarker(tx.db(), QStringLiteral("writepath.refused"));
        tx.audit(markerRecord(QStringLiteral("writepath.refused")));
    });
    QCOMPARE(s.code(), ErrorCode::PermissionDenied);
    QVERIFY(!ran);
    QCOMPARE(markers(tv.db()), 0);
    QCOMPARE(auditEntries(tv.db()), entries);
    // A setting too: staff and auditors may not change vault rules.
    QCOMPARE(tv.vault().setSetting(QStringLiteral("writepath.rule"), QStringLiteral("1")).code(),
        ErrorCode::PermissionDenied);
    QCOMPARE(markers(tv.db()), 0);
    QCOMPARE(auditEntries(tv.db()), entries);
}

void TestWritePath::exceptionRollsBackChangeAndEntry()
{
    TestVault tv;
    const qint64 entries = auditEntries(tv.db());
    const Status s = tv.vault().write(Permission::WriteData, [&](WriteTx& tx) {
        insertMarker(tx.db(), QStringLiteral("writepath.thrown"));
        tx.audit(markerRecord(QStringLiteral("writepath.thrown")));
        QCOMPARE(tx.auditEntries(), 1);
        throw DbException(ErrorCode::Conflict, QStringLiteral("stop here"));
    });
    QCOMPARE(s.code(), ErrorCode::Conflict);
    QCOMPARE(s.message(), QStringLiteral("stop here"));
    QCOMPARE(markers(tv.db()), 0);
    QCOMPARE(auditEntries(tv.db()), entries);
    auto chain = AuditLog::verify(tv.db());
    QVERIFY(chain);
    QVERIFY(chain->ok);
}

void TestWritePath::writeCommitsChangeWithItsEntry()
{
    TestVault tv;
    const qint64 entries = auditEntries(tv.db());
    auto id = tv.vault().writeResult(Permission::WriteData, [&](WriteTx& tx) {
        insertMarker(tx.db(), QStringLiteral("writepath.kept"));
        tx.audit(markerRecord(QStringLiteral("writepath.kept")));
        return tx.db().lastInsertId();
    });
    QVERIFY2(id, qPrintable(id.message()));
    QVERIFY(id.value() > 0);
    QCOMPARE(markers(tv.db()), 1);
    QCOMPARE(auditEntries(tv.db()), entries + 1);
    const AuditEntry last = lastEntry(tv.db());
    QCOMPARE(last.entityId, QStringLiteral("writepath.kept"));
    QCOMPARE(last.actor, tv.vault().actor().displayName);
}

void TestWritePath::workerConnectionWritesThroughWriteTx()
{
    TestVault tv;
    auto worker = tv.vault().openConnection();
    QVERIFY(worker);
    Database& db = *worker.value();
    const qint64 entries = auditEntries(db);
    // Without an entry the worker's change is refused and rolled back too.
    const Status forgotten = WriteTx::run(
        db, tv.vault().actor(), [](WriteTx& tx) { insertMarker(tx.db(), QStringLiteral("writepath.worker")); });
    QCOMPARE(forgotten.code(), ErrorCode::Internal);
    QVERIFY(!db.inTransaction());
    QCOMPARE(markers(db), 0);
    {
        WriteTx tx(db, tv.vault().actor());
        insertMarker(tx.db(), QStringLiteral("writepath.worker"));
        tx.audit(markerRecord(QStringLiteral("writepath.worker")));
        tx.commit();
    }
    QCOMPARE(markers(tv.db()), 1);
    QCOMPARE(auditEntries(tv.db()), entries + 1);
}

void TestWritePath::readDoesNotTakeWriteLock()
{
    TestVault tv;
    auto second = impatientConnection(tv.vault());
    bool locked = true;
    qint64 seen = -1;
    QVERIFY(tv.vault().read(Permission::Read, [&](ReadTx& tx) {
        seen = auditEntries(tx.db()); // the read has begun: its snapshot is taken
        QVERIFY(tx.db().inTransaction());
        locked = !canTakeWriteLock(*second);
    }));
    QVERIFY(seen > 0);
    QVERIFY2(!locked, "a read kept a second connection from writing");
    QVERIFY(!tv.db().inTransaction());
    // The contrast that makes the check meaningful: a write does hold the lock.
    bool lockedByWrite = false;
    QVERIFY(tv.vault().write(Permission::WriteData, [&](WriteTx& tx) {
        lockedByWrite = !canTakeWriteLock(*second);
        tx.audit(markerRecord(QStringLiteral("writepath.lock")));
    }));
    QVERIFY(lockedByWrite);
}

void TestWritePath::readRefusedWithoutPermission()
{
    TestVault tv;
    tv.vault().signOut();
    bool ran = false;
    const Status s = tv.vault().read(Permission::Read, [&](ReadTx&) { ran = true; });
    QCOMPARE(s.code(), ErrorCode::PermissionDenied);
    QVERIFY(!ran);
}

void TestWritePath::reviseWritesOneEntryPerChange()
{
    TestVault tv;
    PolicyService service(tv.vault());
    auto doc = service.createDocument(QStringLiteral("Privacy policy"));
    QVERIFY2(doc, qPrintable(doc.message()));
    PolicyVersionInput input;
    input.label = QStringLiteral("1.0");
    input.textZh = QStringLiteral("# 隐私政策\n");
    input.textEn = QStringLiteral("# Privacy policy\n");
    input.updatedOn = Clock::today();
    auto first = service.createDraft(doc->id, input);
    QVERIFY2(first, qPrintable(first.message()));

    const qint64 entries = auditEntries(tv.db());
    auto next = service.revise(first->id, QStringLiteral("1.1"));
    QVERIFY2(next, qPrintable(next.message()));
    QCOMPARE(next->basedOnId, first->id);
    // The new draft and its link to the version it revises: one change, one entry naming both.
    QCOMPARE(auditEntries(tv.db()), entries + 1);
    const AuditEntry last = lastEntry(tv.db());
    QCOMPARE(last.action, QStringLiteral("policy.version.create"));
    QCOMPARE(last.entityId, QString::number(next->id));
    QVERIFY(last.fields.contains(QStringLiteral("based_on_id")));

    // A refused revise leaves neither the draft nor an entry.
    tv.signInAs(Role::Auditor);
    const qint64 versions = rows(tv.db(), "SELECT count(*) FROM policy_versions");
    const qint64 before = auditEntries(tv.db());
    QCOMPARE(service.revise(first->id, QStringLiteral("1.2")).code(), ErrorCode::PermissionDenied);
    QCOMPARE(rows(tv.db(), "SELECT count(*) FROM policy_versions"), versions);
    QCOMPARE(auditEntries(tv.db()), before);
}

void TestWritePath::setSettingRecordsOldAndNew()
{
    TestVault tv;
    const QString key = QStringLiteral("submissions.retention_months");
    QVERIFY(VaultSettings::set(tv.vault(), Setting::RetentionMonths, 24));
    AuditEntry e = lastEntry(tv.db());
    QCOMPARE(e.action, QStringLiteral("settings.update"));
    QCOMPARE(e.entityId, key);
    QCOMPARE(e.detail, QStringLiteral("to=24"));
    QVERIFY(VaultSettings::set(tv.vault(), Setting::RetentionMonths, 36));
    e = lastEntry(tv.db());
    QCOMPARE(e.detail, QStringLiteral("from=24 to=36"));
    QCOMPARE(tv.vault().setting(key), QStringLiteral("36"));
    // A key outside the registry is no rule: only that it changed, never its value.
    QVERIFY(tv.vault().setSetting(QStringLiteral("writepath.free_text"), QStringLiteral("36")));
    QVERIFY(lastEntry(tv.db()).detail.isEmpty());
}

void TestWritePath::personalSettingRecordsOnlyThatItChanged()
{
    TestVault tv;
    const QString key = QStringLiteral("privacy.officer_contact");
    const QString contact = QStringLiteral("officer-writepath@example.cn");
    QVERIFY(VaultSettings::set(tv.vault(), Setting::OfficerContact, contact));
    QVERIFY(VaultSettings::set(tv.vault(), Setting::OfficerContact, QStringLiteral("13812345678")));
    const AuditEntry e = lastEntry(tv.db());
    QCOMPARE(e.action, QStringLiteral("settings.update"));
    QCOMPARE(e.entityId, key);
    QVERIFY(e.detail.isEmpty());
    Statement s(tv.db(),
        "SELECT count(*) FROM audit_log WHERE detail LIKE '%example.cn%' OR detail LIKE '%13812345678%' "
        "OR fields LIKE '%example.cn%' OR entity_id LIKE '%example.cn%'");
    QVERIFY(s.next());
    QCOMPARE(s.int64(0), 0);
}

void TestWritePath::incidentRuleIsOneChange()
{
    TestVault tv;
    registers::IncidentService incidents(tv.vault());
    registers::RegulatorRule rule = incidents.rule();
    rule.hours = 12;
    const qint64 entries = auditEntries(tv.db());
    QVERIFY(incidents.setRule(rule));
    // Two rules, two entries, each with its value before and after.
    QCOMPARE(auditEntries(tv.db()), entries + 2);
    const QList<AuditEntry> last = AuditLog::list(tv.db(), AuditFilter(), 0, 2);
    QCOMPARE(last.at(1).entityId, registers::SettingKeys::reportHours());
    QVERIFY2(last.at(1).detail.endsWith(QStringLiteral("to=12")), qPrintable(last.at(1).detail));
    QCOMPARE(last.at(0).entityId, registers::SettingKeys::reportThreshold());
    // Refused as a whole: neither rule changes.
    tv.signInAs(Role::Staff);
    const qint64 before = auditEntries(tv.db());
    rule.hours = 6;
    QCOMPARE(incidents.setRule(rule).code(), ErrorCode::PermissionDenied);
    QCOMPARE(incidents.rule().hours, 12);
    QCOMPARE(auditEntries(tv.db()), before);
}

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_writepath.moc"

// The stored number of contact submissions (SubmissionCount): after every kind of write that
// inserts or deletes submissions it equals count(*), without a per-row trigger; a write that
// fails or is cancelled leaves it as it was; an older vault gets it counted again; and the deep
// verification notices when it is wrong.
#include "TestVault.h"

#include "demo/DemoData.h"
#include "maintenance/DeepVerify.h"
#include "maintenance/VaultMaintenance.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionCount.h"
#include "submissions/SubmissionErasure.h"
#include "submissions/SubmissionImport.h"
#include "util/Clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace cd;
using namespace cd::submissions;
using namespace cd::test;

class TestSubmissionCount : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_vault = std::make_unique<TestVault>(); }
    void cleanup() { m_vault.reset(); }

    void everyWritePathKeepsTheCount();
    void failedAndCancelledImportsLeaveTheCount();
    void restoreKeepsTheCount();
    void noPerRowTriggerIsLeft();
    void versionWithTriggersIsCountedAgain();
    void deepVerifyFindsAWrongCount();
    void deepVerifyFindsWrongSlotCounts();

private:
    Database& db() { return m_vault->db(); }
    // Fails the calling test with the write's name when the stored number is not count(*).
    void expectExact(const char* after)
    {
        const qint64 stored = SubmissionCount::stored(db());
        const qint64 counted = SubmissionCount::counted(db());
        QVERIFY2(stored == counted,
            qPrintable(
                QStringLiteral("after %1: stored %2, rows %3").arg(QLatin1String(after)).arg(stored).arg(counted)));
        // The unfiltered list shows the stored number.
        QCOMPARE(SubmissionQuery::compile(db(), {}, 24).count(db()), counted);
    }
    QString writeCsv(const QString& name, int rows, const QByteArray& tail = {})
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            return {};
        }
        f.write("姓名,手机,留言\n");
        for (int i = 0; i < rows; ++i) {
            f.write("某人" + QByteArray::number(i) + ",139" + QByteArray::number(10000000 + i) + ",请删除\n");
        }
        f.write(tail);
        return path;
    }
    std::unique_ptr<TestVault> m_vault;
    QTemporaryDir m_files;
};

void TestSubmissionCount::everyWritePathKeepsTheCount()
{
    QCOMPARE(SubmissionCount::stored(db()), qint64(0));
    // Demo data.
    DemoOptions o;
    o.submissions = 60;
    o.seed = 7;
    DemoSummary summary;
    QVERIFY(demo::fillSubmissions(m_vault->vault(), o, summary));
    expectExact("demo data");
    QCOMPARE(SubmissionCount::stored(db()), qint64(60));
    // Import (with a duplicate line that is not imported).
    const QString csv = writeCsv(QStringLiteral("some.csv"), 25, "某人0,13910000000,请删除\n");
    auto report = SubmissionImporter::run(db(), m_vault->vault().actor(), csv, {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->imported, qint64(25));
    expectExact("import");
    // A file with times: importing it again adds nothing (every line is a duplicate).
    const QString timed = m_files.filePath(QStringLiteral("timed.csv"));
    {
        QFile f(timed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("提交时间,姓名,手机\n2026-03-01 09:00,甲,13900000001\n2026-03-01 09:05,乙,13900000002\n");
    }
    report = SubmissionImporter::run(db(), m_vault->vault().actor(), timed, {});
    QVERIFY(report);
    QCOMPARE(report->imported, qint64(2));
    report = SubmissionImporter::run(db(), m_vault->vault().actor(), timed, {});
    QVERIFY(report);
    QCOMPARE(report->imported, qint64(0));
    QCOMPARE(report->duplicates, qint64(2));
    expectExact("re-import");
    // Manual entry.
    SubmissionService service(m_vault->vault());
    Submission s;
    s.name = QStringLiteral("新人");
    auto created = service.create(s);
    QVERIFY(created);
    expectExact("manual entry");
    // A change of status adds and removes nothing.
    SubmissionChange closeIt;
    closeIt.status = QStringLiteral("closed");
    QVERIFY(service.update(created.value(), closeIt));
    expectExact("status change");
    // Erasure (what rights requests and restores use), including ids that are not there.
    QVERIFY(test::writeRaw(m_vault->db(), [&](Database& d) {
        QCOMPARE(eraseSubmissions(d, { created.value(), 1, 2, 999999 }), 3);
    }));
    expectExact("erasure");
    // The retention purge: closed long ago.
    Clock::setOverride([] { return QDateTime::currentDateTimeUtc().addYears(30); });
    auto purged = service.purgeExpired(false);
    Clock::setOverride(nullptr);
    QVERIFY2(purged, qPrintable(purged.message()));
    QVERIFY(purged->deleted > 0);
    expectExact("retention purge");
}

void TestSubmissionCount::failedAndCancelledImportsLeaveTheCount()
{
    QVERIFY(!writeCsv(QStringLiteral("first.csv"), 10).isEmpty());
    QVERIFY(SubmissionImporter::run(db(), m_vault->vault().actor(), m_files.filePath(QStringLiteral("first.csv")), {}));
    const qint64 before = SubmissionCount::stored(db());
    QCOMPARE(before, qint64(10));
    // Cancelled: nothing imported, the number as it was.
    std::atomic_bool cancel { true };
    const QString big = writeCsv(QStringLiteral("big.csv"), 3000);
    auto cancelled = SubmissionImporter::run(db(), m_vault->vault().actor(), big, {}, {}, &cancel);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
    QCOMPARE(SubmissionCount::stored(db()), before);
    expectExact("cancelled import");
    // Failing inside its transaction (a read-only connection refuses the write).
    auto readOnly = Database::open(m_vault->path(), TestVault::key(), Database::OpenMode::ReadOnly);
    QVERIFY2(readOnly, qPrintable(readOnly.message()));
    auto failed = SubmissionImporter::run(*readOnly.value(), m_vault->vault().actor(), big, {});
    QVERIFY(!failed);
    QCOMPARE(SubmissionCount::stored(db()), before);
    expectExact("failed import");
}

void TestSubmissionCount::restoreKeepsTheCount()
{
    QVERIFY(!writeCsv(QStringLiteral("a.csv"), 40).isEmpty());
    QVERIFY(SubmissionImporter::run(db(), m_vault->vault().actor(), m_files.filePath(QStringLiteral("a.csv")), {}));
    const QString backup = m_files.filePath(QStringLiteral("copy.cdvault"));
    QVERIFY(m_vault->vault().backup(backup));
    SubmissionService service(m_vault->vault());
    Submission s;
    s.name = QStringLiteral("备份之后");
    QVERIFY(service.create(s));
    QCOMPARE(SubmissionCount::stored(db()), qint64(41));
    auto restored = VaultMaintenance::restore(m_vault->vault(), backup, TestVault::key());
    QVERIFY2(restored, qPrintable(restored.message()));
    m_vault->reopen();
    QCOMPARE(SubmissionCount::stored(db()), qint64(40));
    expectExact("restore");
}

void TestSubmissionCount::noPerRowTriggerIsLeft()
{
    // A per-row count trigger made every plain insert several times slower; the count is kept by
    // the writers. The one remaining trigger on submissions records plain SQL deletes for the index.
    Statement s(db(), "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'submissions'");
    QStringList names;
    while (s.next()) {
        names << s.text(0);
    }
    QCOMPARE(names, QStringList { QStringLiteral("submissions_deleted") });
}

void TestSubmissionCount::versionWithTriggersIsCountedAgain()
{
    // A vault as format 12 made it: the count triggers of migration 0012 and a stored number
    // that drifted. Opening it drops the triggers and counts again.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("format12.cdvault"));
    {
        auto old = Database::open(path, TestVault::key(), Database::OpenMode::Create);
        QVERIFY2(old, qPrintable(old.message()));
        Database& d = *old.value();
        QVERIFY(Migrations::apply(d, 12));
        d.exec("BEGIN");
        Statement ins(d,
            "INSERT INTO submissions (received_at, name, phone_norm, email_norm, created_at, updated_at) "
            "VALUES ('2026-01-01T00:00:00.000Z', ?, '', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
        for (int i = 0; i < 30; ++i) {
            ins.bind(1, QStringLiteral("Row %1").arg(i)).exec();
        }
        d.exec("COMMIT");
        QCOMPARE(Statement::scalarInt(d,
                     "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'submissions_count_%'"),
            qint64(2));
        d.exec("UPDATE submission_stats SET total = 7");
    }
    auto opened = Vault::open(path, TestVault::key());
    QVERIFY2(opened, qPrintable(opened.message()));
    Database& d = opened.value()->db();
    QCOMPARE(d.userVersion(), Migrations::latestVersion());
    QCOMPARE(Statement::scalarInt(
                 d, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'submissions_count_%'"),
        qint64(0));
    QCOMPARE(SubmissionCount::stored(d), qint64(30));
    QCOMPARE(SubmissionCount::counted(d), qint64(30));
}

void TestSubmissionCount::deepVerifyFindsAWrongCount()
{
    QVERIFY(!writeCsv(QStringLiteral("c.csv"), 12).isEmpty());
    QVERIFY(SubmissionImporter::run(db(), m_vault->vault().actor(), m_files.filePath(QStringLiteral("c.csv")), {}));
    auto clean = DeepVerify::run(m_vault->vault());
    QVERIFY2(clean, qPrintable(clean.message()));
    QVERIFY(clean->checks.contains(QStringLiteral("row_count")));
    for (const DeepVerify::Finding& f : clean->findings) {
        QVERIFY2(f.check != QLatin1String("row_count"), qPrintable(f.detail));
    }
    // A plain SQL insert bypasses every writer: the stored number is now one short.
    db().exec("INSERT INTO submissions (received_at, name, created_at, updated_at) VALUES "
              "('2026-01-01T00:00:00.000Z', 'x', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
    auto found = DeepVerify::run(m_vault->vault());
    QVERIFY(found);
    bool reported = false;
    for (const DeepVerify::Finding& f : found->findings) {
        if (f.check == QLatin1String("row_count")) {
            reported = true;
            QVERIFY2(
                f.detail.contains(QLatin1String("12")) && f.detail.contains(QLatin1String("13")), qPrintable(f.detail));
        }
    }
    QVERIFY(reported);
    // Counting again repairs it.
    QVERIFY(test::writeRaw(m_vault->db(), [](Database& d) { SubmissionCount::recompute(d); }));
    expectExact("recompute");
}

void TestSubmissionCount::deepVerifyFindsWrongSlotCounts()
{
    QVERIFY(!writeCsv(QStringLiteral("s.csv"), 12).isEmpty());
    QVERIFY(SubmissionImporter::run(db(), m_vault->vault().actor(), m_files.filePath(QStringLiteral("s.csv")), {}));
    const auto findings = [this](const char* check) {
        auto report = DeepVerify::run(m_vault->vault());
        QStringList details;
        if (!report || !report->checks.contains(QLatin1String(check))) {
            details << QStringLiteral("not run");
            return details;
        }
        for (const DeepVerify::Finding& f : report->findings) {
            if (f.check == QLatin1String(check)) {
                details << f.detail;
            }
        }
        return details;
    };
    QCOMPARE(findings("slot_counts"), QStringList());
    QCOMPARE(SubmissionCount::slotsOff(db()), qint64(0));
    // Closing a row by plain SQL leaves the total right but two counts wrong: "new" in the slot it
    // was received in, "closed" in the slot of its closing.
    db().exec("UPDATE submissions SET status = 'closed', closed_at = '2026-05-01T10:00:00.000Z' "
              "WHERE id = (SELECT min(id) FROM submissions)");
    QCOMPARE(findings("row_count"), QStringList());
    const QStringList off = findings("slot_counts");
    QCOMPARE(off.size(), 1);
    QCOMPARE(SubmissionCount::slotsOff(db()), qint64(2));
    QVERIFY2(off.first().contains(QLatin1String(" 2 ")), qPrintable(off.first()));
    // A count stored for a time without submissions is found too.
    db().exec("INSERT INTO submission_slots (kind, slot, count) VALUES (0, 1, 5)");
    QCOMPARE(SubmissionCount::slotsOff(db()), qint64(3));
    QVERIFY(test::writeRaw(m_vault->db(), [](Database& d) { SubmissionCount::recompute(d); }));
    QCOMPARE(findings("slot_counts"), QStringList());
}

QTEST_GUILESS_MAIN(TestSubmissionCount)
#include "tst_submissioncount.moc"

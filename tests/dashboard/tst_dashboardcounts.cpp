// The dashboard's submission figures come from the counts per 15-minute slot kept by the writers
// (SubmissionCount, migration 0017). After every kind of write they equal a direct count over the
// rows, per local day, in time zones whose offset is not a whole hour and across daylight-saving
// changes; a cancelled import or a rolled-back transaction leaves the kept counts as they were;
// a restore brings the backup's counts; a vault of the previous format gets them counted.
#include "TestVault.h"

#include "dashboard/DashboardService.h"
#include "maintenance/VaultMaintenance.h"
#include "settings/VaultSettings.h"
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

#include <algorithm>
#include <atomic>
#include <ctime>
#include <map>

using namespace cd;
using namespace cd::dashboard;
using namespace cd::submissions;
using namespace cd::test;

namespace {

// The dashboard's "today": the year before it holds every row below.
const QDate kToday(2026, 11, 10);

QDateTime localAt(const QDate& day, const QTime& time)
{
    return QDateTime(day, time, Qt::LocalTime);
}

// Instants where a count per UTC hour, or per slot placed on the wrong day, goes wrong: the
// minutes either side of local midnight, UTC midnight, and the days of the zone's clock changes.
QList<QDateTime> edgeInstants()
{
    QList<QDateTime> out;
    const QList<QDate> days = { QDate(2025, 11, 11), QDate(2025, 12, 31), QDate(2026, 1, 1), QDate(2026, 3, 8),
        QDate(2026, 3, 29), QDate(2026, 4, 5), QDate(2026, 9, 27), QDate(2026, 10, 4), QDate(2026, 10, 25),
        QDate(2026, 11, 1), QDate(2026, 11, 10) };
    for (const QDate& d : days) {
        out << localAt(d, QTime(0, 0)) << localAt(d, QTime(0, 14, 59)) << localAt(d.addDays(-1), QTime(23, 59, 59, 999))
            << localAt(d.addDays(-1), QTime(23, 45)) << localAt(d, QTime(1, 59)) << localAt(d, QTime(2, 30))
            << localAt(d, QTime(3, 1)) << QDateTime(d, QTime(0, 0), Qt::UTC) << QDateTime(d, QTime(23, 50), Qt::UTC);
    }
    // A local time a clock change skips is no instant.
    out.removeIf([](const QDateTime& t) { return !t.isValid(); });
    return out;
}

// Submissions per local day, counted from the rows themselves.
std::map<QDate, qint64> countedPerLocalDay(Database& db)
{
    std::map<QDate, qint64> out;
    Statement s(db, "SELECT received_at FROM submissions");
    while (s.next()) {
        ++out[s.dateTime(0).toLocalTime().date()];
    }
    return out;
}

using SlotCounts = std::map<std::pair<int, qint64>, qint64>; // (kind, slot) → count

SlotCounts storedSlots(Database& db)
{
    SlotCounts out;
    Statement s(db, "SELECT kind, slot, count FROM submission_slots");
    while (s.next()) {
        out[{ int(s.int64(0)), s.int64(1) }] = s.int64(2);
    }
    return out;
}

QDateTime dashboardNow()
{
    return localAt(kToday, QTime(10, 0)).toUTC();
}

qint64 sumOver(const std::map<QDate, qint64>& perDay, const Period& p)
{
    qint64 n = 0;
    for (const auto& [day, count] : perDay) {
        n += p.contains(day) ? count : 0;
    }
    return n;
}

} // namespace

class TestDashboardCounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyWriteKeepsTheFigures_data();
    void everyWriteKeepsTheFigures();
    void cancelledAndRolledBackWritesLeaveTheCounts();
    void restoreBringsTheBackupsCounts();
    void previousFormatGetsTheCountsFilled_data() { everyWriteKeepsTheFigures_data(); }
    void previousFormatGetsTheCountsFilled();

private:
    // Sets the process's time zone, and checks that local time follows it.
    void useZone(const QByteArray& zone, int januaryOffset, int julyOffset);
    Database& db() { return m_vault->db(); }
    // Fails the calling test, naming the write, when a figure differs from the rows.
    void expectFiguresMatchRows(Database& db, const char* after);
    QString writeTimedCsv(const QString& name, const QList<QDateTime>& times);

    std::unique_ptr<TestVault> m_vault;
    QTemporaryDir m_files;
    QByteArray m_zoneBefore;
};

void TestDashboardCounts::init()
{
    m_zoneBefore = qgetenv("TZ");
    m_vault = std::make_unique<TestVault>();
}

void TestDashboardCounts::cleanup()
{
    m_vault.reset();
    qputenv("TZ", m_zoneBefore);
    tzset();
}

void TestDashboardCounts::useZone(const QByteArray& zone, int januaryOffset, int julyOffset)
{
    qputenv("TZ", zone);
    tzset();
    QCOMPARE(localAt(QDate(2026, 1, 15), QTime(12, 0)).offsetFromUtc(), januaryOffset);
    QCOMPARE(localAt(QDate(2026, 7, 15), QTime(12, 0)).offsetFromUtc(), julyOffset);
}

void TestDashboardCounts::expectFiguresMatchRows(Database& d, const char* after)
{
    const QString where = QLatin1String(after);
    // The kept slots, one by one, against the rows; and the attention lines' figures.
    SlotCounts counted;
    const QDateTime cutoff = dashboardNow().addMonths(-VaultSettings::get<int>(d, Setting::RetentionMonths));
    qint64 fresh = 0;
    qint64 due = 0;
    QDateTime oldestNew;
    QDateTime firstDue;
    {
        Statement s(d, "SELECT received_at, status, closed_at FROM submissions");
        while (s.next()) {
            const QDateTime received = s.dateTime(0);
            ++counted[{ 0, SubmissionCount::slotAt(received.toSecsSinceEpoch()) }];
            if (s.text(1) == QLatin1String("new")) {
                ++counted[{ 1, SubmissionCount::slotAt(received.toSecsSinceEpoch()) }];
                ++fresh;
                oldestNew = oldestNew.isValid() ? std::min(oldestNew, received) : received;
            } else if (s.text(1) == QLatin1String("closed") && !s.isNull(2)) {
                const QDateTime closed = s.dateTime(2);
                ++counted[{ 2, SubmissionCount::slotAt(closed.toSecsSinceEpoch()) }];
                if (closed < cutoff) {
                    ++due;
                    firstDue = firstDue.isValid() ? std::min(firstDue, closed) : closed;
                }
            }
        }
    }
    QVERIFY2(storedSlots(d) == counted, qPrintable(QStringLiteral("slots after %1").arg(where)));
    QCOMPARE(SubmissionCount::stored(d), SubmissionCount::counted(d));
    {
        auto data
            = DashboardService::compute(d, { Period::preset(Period::Preset::Year, kToday), kToday, dashboardNow() });
        QVERIFY2(data, qPrintable(data.message()));
        qint64 shownNew = 0;
        qint64 shownDue = 0;
        for (const AttentionItem& a : data->attention) {
            if (a.kind == AttentionKind::NewSubmissions) {
                shownNew = a.count;
                QCOMPARE(a.lateBy, std::max<qint64>(0, oldestNew.toLocalTime().date().daysTo(kToday)));
            } else if (a.kind == AttentionKind::SubmissionRetention) {
                shownDue = a.count;
                QCOMPARE(a.lateBy, std::max<qint64>(0, firstDue.secsTo(cutoff) / 86400));
            }
        }
        QVERIFY2(shownNew == fresh,
            qPrintable(QStringLiteral("new after %1: %2 shown, %3 rows").arg(where).arg(shownNew).arg(fresh)));
        QVERIFY2(shownDue == due,
            qPrintable(QStringLiteral("due after %1: %2 shown, %3 rows").arg(where).arg(shownDue).arg(due)));
    }

    // The dashboard's figures: received in the period and the one before, and per week / month.
    const std::map<QDate, qint64> perDay = countedPerLocalDay(d);
    const QList<Period> periods = { Period::preset(Period::Preset::Year, kToday),
        Period::preset(Period::Preset::Last30Days, kToday), { QDate(2026, 3, 1), QDate(2026, 4, 30) },
        { QDate(2026, 9, 27), QDate(2026, 10, 25) }, { QDate(2026, 1, 1), QDate(2026, 1, 1) } };
    for (const Period& p : periods) {
        const QString what
            = QStringLiteral("%1, %2 to %3").arg(where, p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate));
        auto data = DashboardService::compute(d, { p, kToday, dashboardNow() });
        QVERIFY2(data, qPrintable(data.message()));
        const Tile* received = data->tile(TileKind::NewSubmissions);
        QVERIFY(received);
        QVERIFY2(qint64(received->value) == sumOver(perDay, p),
            qPrintable(QStringLiteral("%1: %2 shown, %3 rows").arg(what).arg(received->value).arg(sumOver(perDay, p))));
        QVERIFY2(qint64(received->previous) == sumOver(perDay, p.previous()),
            qPrintable(what + QStringLiteral(" (previous)")));
        qint64 inBuckets = 0;
        for (int i = 0; i < data->submissions.size(); ++i) {
            const QDate start = data->submissions.at(i).start;
            const QDate end = i + 1 < data->submissions.size() ? data->submissions.at(i + 1).start.addDays(-1) : p.to;
            const qint64 rows = sumOver(perDay, { start, end });
            QVERIFY2(data->submissions.at(i).count == rows,
                qPrintable(QStringLiteral("%1, bucket %2: %3 shown, %4 rows")
                               .arg(what, start.toString(Qt::ISODate))
                               .arg(data->submissions.at(i).count)
                               .arg(rows)));
            inBuckets += rows;
        }
        QCOMPARE(inBuckets, sumOver(perDay, p));
    }
}

QString TestDashboardCounts::writeTimedCsv(const QString& name, const QList<QDateTime>& times)
{
    const QString path = m_files.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    f.write("提交时间,姓名,手机\n");
    int i = 0;
    for (const QDateTime& t : times) {
        // The importer reads a time without a zone as local time; UTC written as an offset.
        f.write(t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toUtf8() + ",某人" + QByteArray::number(i)
            + ",139" + QByteArray::number(20000000 + i) + "\n");
        ++i;
    }
    return path;
}

void TestDashboardCounts::everyWriteKeepsTheFigures_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("january");
    QTest::addColumn<int>("july");
    // +12:45, +13:45 in the southern summer: a 45-minute offset and a daylight-saving change.
    QTest::newRow("Chatham") << QByteArray("Pacific/Chatham") << (13 * 3600 + 45 * 60) << (12 * 3600 + 45 * 60);
    QTest::newRow("Kathmandu") << QByteArray("Asia/Kathmandu") << (5 * 3600 + 45 * 60) << (5 * 3600 + 45 * 60);
    // +10:30, +11 in summer: a change of half an hour.
    QTest::newRow("Lord Howe") << QByteArray("Australia/Lord_Howe") << (11 * 3600) << (10 * 3600 + 30 * 60);
    QTest::newRow("New York") << QByteArray("America/New_York") << (-5 * 3600) << (-4 * 3600);
}

void TestDashboardCounts::everyWriteKeepsTheFigures()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, january);
    QFETCH(int, july);
    useZone(zone, january, july);

    // Manual entry at every edge instant.
    SubmissionService service(m_vault->vault());
    QList<qint64> ids;
    int n = 0;
    for (const QDateTime& at : edgeInstants()) {
        Submission s;
        s.name = QStringLiteral("边界 %1").arg(++n);
        s.receivedAt = at.toUTC();
        auto id = service.create(s);
        QVERIFY2(id, qPrintable(id.message()));
        ids << id.value();
    }
    expectFiguresMatchRows(db(), "manual entry");

    // Import: the same instants a minute later.
    QList<QDateTime> later;
    for (const QDateTime& at : edgeInstants()) {
        later << at.addSecs(60);
    }
    auto report = SubmissionImporter::run(
        db(), m_vault->vault().actor(), writeTimedCsv(QStringLiteral("later.csv"), later), {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->imported, qint64(later.size()));
    expectFiguresMatchRows(db(), "import");

    // Closing, some just before and after the retention cutoff (in the slot that holds it),
    // and reopening.
    SubmissionChange close;
    close.status = QStringLiteral("closed");
    SubmissionChange reopen;
    reopen.status = QStringLiteral("new");
    const QDateTime cutoff = dashboardNow().addMonths(-VaultSettings::get<int>(db(), Setting::RetentionMonths));
    for (int i = 0; i < ids.size(); i += 3) {
        const QDateTime at = cutoff.addSecs((i / 3 - 6) * 170);
        Clock::setOverride([at] { return at; });
        const Status closed = service.update(ids.at(i), close);
        Clock::setOverride(nullptr);
        QVERIFY2(closed, qPrintable(closed.message()));
    }
    expectFiguresMatchRows(db(), "closing");
    QVERIFY(service.update(ids.at(18), reopen));
    QVERIFY(service.update(ids.at(1), close));
    expectFiguresMatchRows(db(), "reopening");

    // Erasure (rights requests, retention purge, erasures re-applied on restore), with an id
    // named twice and one that is not there.
    QVERIFY(test::writeRaw(db(), [&](Database& d) {
        QCOMPARE(eraseSubmissions(d, { ids.at(1), ids.at(2), ids.at(2), ids.at(9), 999999 }), 3);
    }));
    expectFiguresMatchRows(db(), "erasure");
}

void TestDashboardCounts::cancelledAndRolledBackWritesLeaveTheCounts()
{
    useZone("Asia/Kathmandu", 5 * 3600 + 45 * 60, 5 * 3600 + 45 * 60);
    QVERIFY(SubmissionImporter::run(
        db(), m_vault->vault().actor(), writeTimedCsv(QStringLiteral("first.csv"), edgeInstants().mid(0, 20)), {}));
    const SlotCounts before = storedSlots(db());
    QVERIFY(!before.empty());

    std::atomic_bool cancel { true };
    auto cancelled = SubmissionImporter::run(db(), m_vault->vault().actor(),
        writeTimedCsv(QStringLiteral("second.csv"), edgeInstants().mid(20)), {}, {}, &cancel);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
    QVERIFY(storedSlots(db()) == before);
    expectFiguresMatchRows(db(), "cancelled import");

    // A write that counts its rows and is then rolled back.
    db().exec("BEGIN IMMEDIATE");
    db().exec("INSERT INTO submissions (received_at, name, created_at, updated_at) VALUES "
              "('2026-06-01T18:15:00.000Z', 'x', '2026-06-01T18:15:00.000Z', '2026-06-01T18:15:00.000Z')");
    SubmissionCount::add(db(), 1);
    QVERIFY(storedSlots(db()) != before);
    db().exec("ROLLBACK");
    QVERIFY(storedSlots(db()) == before);
    expectFiguresMatchRows(db(), "rolled back write");
}

void TestDashboardCounts::restoreBringsTheBackupsCounts()
{
    useZone("Pacific/Chatham", 13 * 3600 + 45 * 60, 12 * 3600 + 45 * 60);
    QVERIFY(SubmissionImporter::run(
        db(), m_vault->vault().actor(), writeTimedCsv(QStringLiteral("a.csv"), edgeInstants().mid(0, 40)), {}));
    const QString backup = m_files.filePath(QStringLiteral("older.cdvault"));
    QVERIFY(m_vault->vault().backup(backup));
    const SlotCounts backedUp = storedSlots(db());
    // After the backup: more rows in, some out.
    QVERIFY(SubmissionImporter::run(
        db(), m_vault->vault().actor(), writeTimedCsv(QStringLiteral("b.csv"), edgeInstants().mid(40)), {}));
    QVERIFY(test::writeRaw(db(), [&](Database& d) { QVERIFY(eraseSubmissions(d, { 1, 2, 3 }) == 3); }));
    QVERIFY(storedSlots(db()) != backedUp);

    auto restored = VaultMaintenance::restore(m_vault->vault(), backup, TestVault::key());
    QVERIFY2(restored, qPrintable(restored.message()));
    m_vault->reopen();
    QVERIFY(storedSlots(db()) == backedUp);
    expectFiguresMatchRows(db(), "restore of an older backup");
}

void TestDashboardCounts::previousFormatGetsTheCountsFilled()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, january);
    QFETCH(int, july);
    useZone(zone, january, july);
    // A vault as the previous format made it: rows, no slots.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("format16.cdvault"));
    {
        auto old = Database::open(path, TestVault::key(), Database::OpenMode::Create);
        QVERIFY2(old, qPrintable(old.message()));
        Database& d = *old.value();
        QVERIFY(Migrations::apply(d, 16));
        QCOMPARE(Statement::scalarInt(d, "SELECT count(*) FROM sqlite_master WHERE name = 'submission_slots'"), 0);
        d.exec("BEGIN");
        Statement ins(
            d, "INSERT INTO submissions (received_at, name, created_at, updated_at) VALUES (?1, 'x', ?1, ?1)");
        for (const QDateTime& at : edgeInstants()) {
            ins.bind(1, at.toUTC()).exec();
        }
        d.exec("UPDATE submission_stats SET total = (SELECT count(*) FROM submissions)");
        d.exec("COMMIT");
    }
    auto opened = Vault::open(path, TestVault::key());
    QVERIFY2(opened, qPrintable(opened.message()));
    Database& d = opened.value()->db();
    QCOMPARE(d.userVersion(), Migrations::latestVersion());
    QCOMPARE(Statement::scalarInt(d, "SELECT count(*) FROM submission_slots") > 0, true);
    expectFiguresMatchRows(d, "migration");
}

QTEST_GUILESS_MAIN(TestDashboardCounts)
#include "tst_dashboardcounts.moc"

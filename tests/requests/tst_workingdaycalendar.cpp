#include "TestVault.h"

#include "requests/RequestService.h"
#include "requests/WorkingDayCalendar.h"

#include <QFile>
#include <QTest>

using namespace cd;
using namespace cd::requests;

namespace {
// Fixtures live in tests/data/requests.
QString fixture(const QString& name)
{
    return qEnvironmentVariable("CD_SOURCE_DIR") + QStringLiteral("/tests/data/requests/") + name;
}
} // namespace

class TestWorkingDayCalendar : public QObject
{
    Q_OBJECT

private slots:
    void bundled2026();
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void dueWithin();
    void deadlineRules_data();
    void deadlineRules();
    void ruleParsing_data();
    void ruleParsing();
    void brokenFiles_data();
    void brokenFiles();
    void importAndEditInVault();
    void jsonRoundTrip();
};

void TestWorkingDayCalendar::bundled2026()
{
    const WorkingDayCalendar cal = WorkingDayCalendar::bundled();
    QVERIFY(cal.covers(2026));
    // 2026: 7 holiday periods of 3+9+3+5+3+3+7 days, 6 make-up working days.
    int holidays = 0;
    int workdays = 0;
    for (const auto& d : cal.days(2026)) {
        (d.kind == WorkingDayCalendar::DayKind::Holiday ? holidays : workdays) += 1;
    }
    QCOMPARE(holidays, 33);
    QCOMPARE(workdays, 6);
    QVERIFY(cal.isMakeUpWorkday(QDate(2026, 2, 14)));
    QVERIFY(cal.isWorkingDay(QDate(2026, 2, 14))); // Saturday, but a working day
    QVERIFY(!cal.isWorkingDay(QDate(2026, 2, 16))); // Monday in the Spring Festival
    QVERIFY(cal.isHoliday(QDate(2026, 10, 7)));
    QVERIFY(!cal.isWorkingDay(QDate(2026, 3, 7))); // an ordinary Saturday
    QVERIFY(cal.isWorkingDay(QDate(2026, 3, 9))); // an ordinary Monday
    QCOMPARE(cal.dayName(QDate(2026, 2, 18)), QString::fromUtf8("春节"));
}

void TestWorkingDayCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    // Counting starts the day after the reference date.
    QTest::newRow("zero") << QDate(2026, 3, 10) << 0 << QDate(2026, 3, 10);
    QTest::newRow("next day") << QDate(2026, 3, 10) << 1 << QDate(2026, 3, 11);
    QTest::newRow("over a weekend") << QDate(2026, 3, 13) << 1 << QDate(2026, 3, 16);
    QTest::newRow("received on Saturday") << QDate(2026, 3, 14) << 1 << QDate(2026, 3, 16);
    QTest::newRow("15 plain") << QDate(2026, 3, 2) << 15 << QDate(2026, 3, 23);
    // Fri 13 Feb: Sat 14 Feb is a make-up working day, then the festival until Mon 23 Feb.
    QTest::newRow("make-up Saturday") << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
    QTest::newRow("spring festival") << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 24);
    // 15 working days from 10 Feb: 11,12,13,14(Sat),24,25,26,27,28(Sat),3/2,3,4,5,6,9.
    QTest::newRow("15 across festival") << QDate(2026, 2, 10) << 15 << QDate(2026, 3, 9);
    QTest::newRow("new year") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4); // Sun 4 Jan is a make-up day
    QTest::newRow("national day") << QDate(2026, 9, 30) << 1 << QDate(2026, 10, 8);
    QTest::newRow("national day 2") << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 10); // Sat 10 Oct works
    QTest::newRow("labour day") << QDate(2026, 4, 30) << 2 << QDate(2026, 5, 7);
    QTest::newRow("backwards") << QDate(2026, 2, 24) << -1 << QDate(2026, 2, 14);
    QTest::newRow("uncovered year") << QDate(2030, 1, 4) << 1 << QDate(2030, 1, 7); // Fri → Mon
}

void TestWorkingDayCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const WorkingDayCalendar cal = WorkingDayCalendar::bundled();
    QCOMPARE(cal.addWorkingDays(from, n), expected);
    if (n > 0) {
        QCOMPARE(cal.workingDaysBetween(from, expected), n);
    }
}

void TestWorkingDayCalendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("same day") << QDate(2026, 3, 10) << QDate(2026, 3, 10) << 0;
    QTest::newRow("weekend only") << QDate(2026, 3, 13) << QDate(2026, 3, 15) << 0;
    QTest::newRow("week") << QDate(2026, 3, 6) << QDate(2026, 3, 13) << 5;
    QTest::newRow("festival") << QDate(2026, 2, 13) << QDate(2026, 2, 23) << 1; // only Sat 14 Feb
    QTest::newRow("reverse") << QDate(2026, 3, 13) << QDate(2026, 3, 6) << -5;
}

void TestWorkingDayCalendar::workingDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(WorkingDayCalendar::bundled().workingDaysBetween(from, to), expected);
}

void TestWorkingDayCalendar::dueWithin()
{
    const WorkingDayCalendar cal = WorkingDayCalendar::bundled();
    const QDate friday(2026, 3, 13);
    QVERIFY(cal.isDueWithin(friday, friday, 3)); // due today
    QVERIFY(cal.isDueWithin(QDate(2026, 3, 18), friday, 3)); // Mon, Tue, Wed
    QVERIFY(!cal.isDueWithin(QDate(2026, 3, 19), friday, 3)); // 4 working days away
    QVERIFY(!cal.isDueWithin(QDate(2026, 3, 12), friday, 3)); // overdue is not "due soon"
    QVERIFY(cal.isOverdue(QDate(2026, 3, 12), friday));
    QCOMPARE(cal.workingDaysLeft(friday, QDate(2026, 3, 18)), 3);
    QCOMPARE(cal.workingDaysLeft(QDate(2026, 3, 18), friday), -3);
    // Before the festival, 24 Feb is only 2 working days away.
    QVERIFY(cal.isDueWithin(QDate(2026, 2, 24), QDate(2026, 2, 13), 3));
}

void TestWorkingDayCalendar::deadlineRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("extension");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("15 working days") << "working:15" << QDate(2026, 2, 10) << 0 << QDate(2026, 3, 9);
    QTest::newRow("30 calendar days") << "calendar:30" << QDate(2026, 2, 10) << 0 << QDate(2026, 3, 12);
    QTest::newRow("1 month") << "months:1" << QDate(2026, 3, 15) << 0 << QDate(2026, 4, 15);
    QTest::newRow("month end Jan 31") << "months:1" << QDate(2026, 1, 31) << 0 << QDate(2026, 2, 28);
    QTest::newRow("month end Mar 31") << "months:1" << QDate(2026, 3, 31) << 0 << QDate(2026, 4, 30);
    QTest::newRow("leap Feb") << "months:1" << QDate(2028, 1, 31) << 0 << QDate(2028, 2, 29);
    QTest::newRow("extended 2") << "months:1" << QDate(2026, 1, 31) << 2 << QDate(2026, 4, 30);
    QTest::newRow("extension capped") << "months:1" << QDate(2026, 1, 15) << 5 << QDate(2026, 4, 15);
    QTest::newRow("over year end") << "months:1" << QDate(2026, 12, 31) << 0 << QDate(2027, 1, 31);
}

void TestWorkingDayCalendar::deadlineRules()
{
    QFETCH(QString, rule);
    QFETCH(QDate, received);
    QFETCH(int, extension);
    QFETCH(QDate, expected);
    DeadlineRule r;
    QVERIFY(DeadlineRule::parse(rule, &r));
    QCOMPARE(r.toString(), rule);
    QCOMPARE(r.dueDate(received, WorkingDayCalendar::bundled(), extension), expected);
}

void TestWorkingDayCalendar::ruleParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("working") << "working:15" << true;
    QTest::newRow("spaces") << " calendar:30 " << true;
    QTest::newRow("zero") << "working:0" << false;
    QTest::newRow("negative") << "calendar:-3" << false;
    QTest::newRow("unknown kind") << "weeks:2" << false;
    QTest::newRow("no amount") << "months:" << false;
    QTest::newRow("huge") << "months:99" << false;
    QTest::newRow("junk") << "'; DROP TABLE requests; --" << false;
    QTest::newRow("empty") << "" << false;
}

void TestWorkingDayCalendar::ruleParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    DeadlineRule r;
    QCOMPARE(DeadlineRule::parse(text, &r), valid);
}

void TestWorkingDayCalendar::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not json") << "holidays-broken-json.json"
                              << "not valid JSON";
    QTest::newRow("no year") << "holidays-no-year.json"
                             << "year";
    QTest::newRow("bad date") << "holidays-bad-date.json"
                              << "YYYY-MM-DD";
    QTest::newRow("wrong year") << "holidays-wrong-year.json"
                                << "2027-12-31";
    QTest::newRow("listed twice") << "holidays-duplicate.json"
                                  << "listed twice";
    QTest::newRow("weekday make-up") << "holidays-weekday-workday.json"
                                     << "not a Saturday or Sunday";
    QTest::newRow("reversed range") << "holidays-reversed-range.json"
                                    << "YYYY-MM-DD";
}

void TestWorkingDayCalendar::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);
    test::TestVault tv;
    RequestService service(tv.vault());
    const WorkingDayCalendar before = service.calendar();
    auto imported = WorkingDayCalendar::importFile(tv.vault(), fixture(file));
    QVERIFY(!imported);
    QCOMPARE(imported.code(), ErrorCode::InvalidInput);
    QVERIFY2(imported.message().contains(messagePart), qPrintable(imported.message()));
    QVERIFY(imported.message().contains(QStringLiteral("Nothing was changed")));
    // Nothing lost: the 2026 calendar still works.
    QCOMPARE(service.calendar().days(2026).size(), before.days(2026).size());
    QCOMPARE(service.calendar().years(), before.years());
}

void TestWorkingDayCalendar::importAndEditInVault()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    QVERIFY(!service.calendar().covers(2027));
    auto imported = WorkingDayCalendar::importFile(tv.vault(), fixture(QStringLiteral("holidays-cn-2027.json")));
    QVERIFY2(imported, qPrintable(imported.message()));
    QCOMPARE(imported.value(), QList<int> { 2027 });
    tv.reopen();
    RequestService reopened(tv.vault());
    WorkingDayCalendar cal = reopened.calendar();
    QVERIFY(cal.covers(2026));
    QVERIFY(cal.covers(2027));
    QVERIFY(cal.isHoliday(QDate(2027, 1, 1)));
    QVERIFY(cal.isMakeUpWorkday(QDate(2027, 2, 20)));

    // Edit 2026: an extra company-wide holiday on Mon 9 Mar.
    cal.setDay(QDate(2026, 3, 9), WorkingDayCalendar::DayKind::Holiday, QStringLiteral("test"));
    WorkingDayCalendar only2026;
    for (const auto& d : cal.days(2026)) {
        only2026.setDay(d.date, d.kind, d.name);
    }
    QVERIFY(WorkingDayCalendar::saveYears(tv.vault(), only2026));
    QVERIFY(!reopened.calendar().isWorkingDay(QDate(2026, 3, 9)));
    QCOMPARE(reopened.calendar().addWorkingDays(QDate(2026, 3, 6), 1), QDate(2026, 3, 10));

    // Auditors cannot change the calendar.
    tv.signInAs(Role::Auditor);
    QCOMPARE(WorkingDayCalendar::saveYears(tv.vault(), only2026).code(), ErrorCode::PermissionDenied);
}

void TestWorkingDayCalendar::jsonRoundTrip()
{
    const WorkingDayCalendar cal = WorkingDayCalendar::bundled();
    auto back = WorkingDayCalendar::fromJson(cal.toJson(2026));
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back->days(2026).size(), cal.days(2026).size());
    for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1)) {
        QCOMPARE(back->isWorkingDay(d), cal.isWorkingDay(d));
    }
}

QTEST_GUILESS_MAIN(TestWorkingDayCalendar)
#include "tst_workingdaycalendar.moc"

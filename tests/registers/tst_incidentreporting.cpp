// Incident reporting under the 国家网络安全事件报告管理办法: every edge of the grading table, the
// 1/2/4-hour clocks by operator type across midnight and across holidays (calendar hours), the
// first, supplementary and final reports with the 30-day final-report clock, refusals that name
// the missing report elements, audited grade overrides, and the migration of recorded reports.
#include "TestVault.h"

#include "audit/AuditLog.h"
#include "dashboard/DashboardService.h"
#include "registers/IncidentGrading.h"
#include "registers/IncidentReporting.h"
#include "registers/RegisterService.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "util/Clock.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace cd;
using namespace cd::registers;
using namespace cd::test;

Q_DECLARE_METATYPE(cd::registers::Severity)
Q_DECLARE_METATYPE(cd::registers::OperatorType)

namespace {

// 2026-03-10 09:00 UTC; the tests move it where they need it.
QDateTime g_now = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);

QDateTime beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
}

Incident incidentAt(const QDateTime& discovered, Severity severity, int people)
{
    Incident n;
    n.title = QStringLiteral("Customer database exposed");
    n.discoveredAt = discovered;
    n.occurredAt = discovered.addSecs(-3600);
    n.category = IncidentCategory::Leak;
    n.severity = severity;
    n.categoryKeys = { QStringLiteral("name"), QStringLiteral("phone") };
    n.peopleCount = people;
    n.description = QStringLiteral("DESC-bucket left public");
    n.possibleHarm = QStringLiteral("HARM-phishing");
    n.measuresTaken = QStringLiteral("MEAS-bucket closed");
    return n;
}

IncidentReporting completeReporting(qint64 id)
{
    IncidentReporting r;
    r.incidentId = id;
    r.systems = QStringLiteral("Customer portal");
    r.place = QStringLiteral("Shanghai data centre");
    r.measuresEffect = QStringLiteral("Access stopped");
    r.contactPerson = QStringLiteral("Security desk 021-0000");
    return r;
}

} // namespace

class TestIncidentReporting : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_now = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
        Clock::setOverride([] { return g_now; });
    }
    void cleanup() { Clock::setOverride(nullptr); }

    void gradingEdges_data();
    void gradingEdges();
    void gradingTableCitesItsSources();
    void operatorClock_data();
    void operatorClock();
    void operatorTypeIsASettingForAdministrators();
    void gradeOverrideNeedsReasonAndOfficer();
    void reportsInOrder();
    void finalReportClock();
    void missingElementsRefuseTheDocument();
    void hostileInput();
    void legacyRegulatorReportIsTheFirstEntry();
    void migrationKeepsRecordedReports();
    void dashboardShowsEveryClock();
};

void TestIncidentReporting::gradingEdges_data()
{
    QTest::addColumn<qint64>("people");
    QTest::addColumn<qint64>("sensitive");
    QTest::addColumn<qint64>("loss");
    QTest::addColumn<Severity>("grade");
    QTest::addColumn<QString>("rule");
    QTest::newRow("nothing") << qint64(0) << qint64(0) << qint64(0) << Severity::General
                             << QStringLiteral("below_thresholds");
    QTest::newRow("999,999 people") << qint64(999'999) << qint64(0) << qint64(0) << Severity::General
                                    << QStringLiteral("below_thresholds");
    QTest::newRow("1,000,000 people") << qint64(1'000'000) << qint64(0) << qint64(0) << Severity::RelativelySerious
                                      << QStringLiteral("people_1m");
    QTest::newRow("9,999,999 people") << qint64(9'999'999) << qint64(0) << qint64(0) << Severity::RelativelySerious
                                      << QStringLiteral("people_1m");
    QTest::newRow("10,000,000 people") << qint64(10'000'000) << qint64(0) << qint64(0) << Severity::Major
                                       << QStringLiteral("people_10m");
    QTest::newRow("99,999,999 people") << qint64(99'999'999) << qint64(0) << qint64(0) << Severity::Major
                                       << QStringLiteral("people_10m");
    QTest::newRow("100,000,000 people") << qint64(100'000'000) << qint64(0) << qint64(0) << Severity::EspeciallyMajor
                                        << QStringLiteral("people_100m");
    // The guide counts personal information without a separate figure for sensitive information.
    QTest::newRow("9,999 sensitive") << qint64(9'999) << qint64(9'999) << qint64(0) << Severity::General
                                     << QStringLiteral("below_thresholds");
    QTest::newRow("10,000 sensitive") << qint64(10'000) << qint64(10'000) << qint64(0) << Severity::General
                                      << QStringLiteral("below_thresholds");
    QTest::newRow("loss 4,999,999") << qint64(0) << qint64(0) << qint64(4'999'999) << Severity::General
                                    << QStringLiteral("below_thresholds");
    QTest::newRow("loss 5,000,000") << qint64(0) << qint64(0) << qint64(5'000'000) << Severity::RelativelySerious
                                    << QStringLiteral("loss_5m_yuan");
    QTest::newRow("loss 19,999,999") << qint64(0) << qint64(0) << qint64(19'999'999) << Severity::RelativelySerious
                                     << QStringLiteral("loss_5m_yuan");
    QTest::newRow("loss 20,000,000") << qint64(0) << qint64(0) << qint64(20'000'000) << Severity::Major
                                     << QStringLiteral("loss_20m_yuan");
    QTest::newRow("loss 99,999,999") << qint64(0) << qint64(0) << qint64(99'999'999) << Severity::Major
                                     << QStringLiteral("loss_20m_yuan");
    QTest::newRow("loss 100,000,000") << qint64(0) << qint64(0) << qint64(100'000'000) << Severity::EspeciallyMajor
                                      << QStringLiteral("loss_100m_yuan");
    // The higher grade wins whichever fact reaches it; at equal grades the people row comes first.
    QTest::newRow("people 1m, loss 20m") << qint64(1'000'000) << qint64(0) << qint64(20'000'000) << Severity::Major
                                         << QStringLiteral("loss_20m_yuan");
    QTest::newRow("people 10m, loss 20m")
        << qint64(10'000'000) << qint64(0) << qint64(20'000'000) << Severity::Major << QStringLiteral("people_10m");
}

void TestIncidentReporting::gradingEdges()
{
    QFETCH(qint64, people);
    QFETCH(qint64, sensitive);
    QFETCH(qint64, loss);
    QFETCH(Severity, grade);
    QFETCH(QString, rule);
    const GradeProposal p = proposeGrade({ people, sensitive, loss });
    QCOMPARE(int(p.grade), int(grade));
    QCOMPARE(p.rule, rule);
    QCOMPARE(p.row == nullptr, rule == belowThresholdsRule());
    QVERIFY(!gradingRuleText(p).isEmpty());
}

void TestIncidentReporting::gradingTableCitesItsSources()
{
    QSet<QString> keys;
    for (const GradingThreshold& row : gradingThresholds()) {
        keys.insert(QString::fromLatin1(row.key));
        const QString source = QString::fromUtf8(row.source);
        QVERIFY2(source.contains(QStringLiteral("网络安全事件分级指南")), row.key);
        // A figure not checked against the text says so where it is cited.
        QCOMPARE(source.contains(QStringLiteral("not verified")), !row.verified);
        QVERIFY(row.threshold > 0);
    }
    QCOMPARE(keys.size(), gradingThresholds().size());
}

void TestIncidentReporting::operatorClock_data()
{
    QTest::addColumn<OperatorType>("type");
    QTest::addColumn<QDateTime>("discovered");
    QTest::addColumn<QDateTime>("deadline");
    // 23:30 in Beijing: every clock runs past midnight into the next calendar day.
    QTest::newRow("cii across midnight") << OperatorType::CriticalInfrastructure << beijing(2026, 3, 9, 23, 30)
                                         << beijing(2026, 3, 10, 0, 30);
    QTest::newRow("state organ across midnight")
        << OperatorType::StateOrgan << beijing(2026, 3, 9, 23, 30) << beijing(2026, 3, 10, 1, 30);
    QTest::newRow("other across midnight")
        << OperatorType::Other << beijing(2026, 3, 9, 23, 30) << beijing(2026, 3, 10, 3, 30);
    // The eve of National Day and of the Spring Festival holidays: calendar hours, no holiday skipped.
    QTest::newRow("other into National Day")
        << OperatorType::Other << beijing(2026, 9, 30, 22, 0) << beijing(2026, 10, 1, 2, 0);
    QTest::newRow("cii into Spring Festival")
        << OperatorType::CriticalInfrastructure << beijing(2026, 2, 14, 23, 45) << beijing(2026, 2, 15, 0, 45);
    QTest::newRow("state organ on a holiday")
        << OperatorType::StateOrgan << beijing(2026, 10, 3, 10, 0) << beijing(2026, 10, 3, 12, 0);
}

void TestIncidentReporting::operatorClock()
{
    QFETCH(OperatorType, type);
    QFETCH(QDateTime, discovered);
    QFETCH(QDateTime, deadline);
    g_now = discovered.addSecs(60);
    TestVault tv;
    IncidentReportingService reporting(tv.vault());
    QVERIFY(reporting.setOperatorType(type));
    QCOMPARE(reporting.operatorType().value(), type);
    IncidentService incidents(tv.vault());
    const RegulatorRule rule = incidents.rule();
    QCOMPARE(rule.hours, reportingHours(type));
    QCOMPARE(int(rule.threshold), int(Severity::RelativelySerious));
    auto added = incidents.add(incidentAt(discovered, Severity::RelativelySerious, 1'000'000));
    QVERIFY2(added, qPrintable(added.message()));

    const RegulatorClock running = IncidentService::clockFor(added.value(), rule, deadline.addSecs(-1));
    QCOMPARE(running.deadline, deadline);
    QCOMPARE(int(running.state), int(RegulatorClock::State::Running));
    QCOMPARE(running.secondsRemaining, qint64(1));
    const RegulatorClock overdue = IncidentService::clockFor(added.value(), rule, deadline);
    QCOMPARE(int(overdue.state), int(RegulatorClock::State::Overdue));

    // 一般 incidents are not reportable under any operator type.
    Incident general = added.value();
    general.severity = Severity::General;
    QCOMPARE(int(IncidentService::clockFor(general, rule, deadline).state), int(RegulatorClock::State::NotRequired));
}

void TestIncidentReporting::operatorTypeIsASettingForAdministrators()
{
    TestVault tv;
    IncidentReportingService reporting(tv.vault());
    // A new vault: other network operator, 4 hours.
    QCOMPARE(reporting.operatorType().value(), OperatorType::Other);
    QCOMPARE(IncidentService(tv.vault()).rule().hours, 4);
    QVERIFY(reporting.setOperatorType(OperatorType::StateOrgan));
    AuditFilter f;
    f.action = QStringLiteral("settings.update");
    f.entityId = SettingKeys::operatorType();
    QCOMPARE(AuditLog::count(tv.db(), f), 1);
    // The clock it sets is a registry entry of its own, with the old and the new value; the
    // threshold it keeps is not logged as a change.
    f.entityId = SettingKeys::reportHours();
    const QList<AuditEntry> hours = AuditLog::list(tv.db(), f, 0, 10);
    QCOMPARE(hours.size(), 1);
    QVERIFY2(hours.first().detail.endsWith(QStringLiteral("to=2")), qPrintable(hours.first().detail));
    f.entityId = SettingKeys::reportThreshold();
    QCOMPARE(AuditLog::count(tv.db(), f), 0);
    // Choosing the same type again changes nothing but is on record once more.
    QVERIFY(reporting.setOperatorType(OperatorType::StateOrgan));
    f.entityId = SettingKeys::operatorType();
    QCOMPARE(AuditLog::count(tv.db(), f), 2);
    f.entityId = SettingKeys::reportHours();
    QCOMPARE(AuditLog::count(tv.db(), f), 1);
    // A clock set by hand to something no operator type gives is shown as custom.
    QVERIFY(IncidentService(tv.vault()).setRule({ 6, Severity::RelativelySerious }));
    QVERIFY(!reporting.operatorType().has_value());
    tv.signInAs(Role::Staff);
    const Status refused = reporting.setOperatorType(OperatorType::CriticalInfrastructure);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(IncidentService(tv.vault()).rule().hours, 6);
}

void TestIncidentReporting::gradeOverrideNeedsReasonAndOfficer()
{
    TestVault tv;
    IncidentService incidents(tv.vault());
    IncidentReportingService reporting(tv.vault());
    auto added = incidents.add(incidentAt(g_now.addSecs(-600), Severity::General, 1'000'000));
    QVERIFY(added);
    const qint64 id = added->id;
    IncidentReporting r = completeReporting(id);

    // The proposal: 1,000,000 people → 较大. Recording it needs no reason.
    auto saved = reporting.save(r, Severity::RelativelySerious);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(int(saved->proposedGrade), int(Severity::RelativelySerious));
    QCOMPARE(saved->gradeRule, QStringLiteral("people_1m"));
    QCOMPARE(int(incidents.get(id)->severity), int(Severity::RelativelySerious));

    // Overriding without a reason is refused and names the proposal.
    auto noReason = reporting.save(r, Severity::General);
    QVERIFY(!noReason);
    QVERIFY(noReason.message().contains(severityName(Severity::RelativelySerious)));
    QCOMPARE(int(incidents.get(id)->severity), int(Severity::RelativelySerious));

    // Staff may record facts but not override the grade.
    r.overrideReason = QStringLiteral("REASON-duplicates counted twice");
    tv.signInAs(Role::Staff);
    auto staff = reporting.save(r, Severity::General);
    QVERIFY(!staff);
    QCOMPARE(staff.error().code, ErrorCode::PermissionDenied);

    tv.signInAs(Role::PrivacyOfficer);
    auto overridden = reporting.save(r, Severity::General);
    QVERIFY2(overridden, qPrintable(overridden.message()));
    QCOMPARE(overridden->overrideReason, r.overrideReason);
    QCOMPARE(int(incidents.get(id)->severity), int(Severity::General));

    AuditFilter f;
    f.action = QStringLiteral("incident.grade_override");
    const auto entries = AuditLog::list(tv.db(), f, 0, 10);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().detail, QStringLiteral("proposed=relatively_serious; grade=general"));
    // The reason is free text: its field name is audited, never its words.
    for (const AuditEntry& e : AuditLog::list(tv.db(), {}, 0, 100)) {
        QVERIFY(!e.detail.contains(QStringLiteral("REASON-")));
        QVERIFY(!e.detail.contains(QStringLiteral("Shanghai")));
    }
}

void TestIncidentReporting::reportsInOrder()
{
    TestVault tv;
    IncidentService incidents(tv.vault());
    IncidentReportingService reporting(tv.vault());
    auto added = incidents.add(incidentAt(g_now.addSecs(-3 * 3600), Severity::Major, 10'000'000));
    QVERIFY(added);
    const qint64 id = added->id;
    QCOMPARE(int(incidents.clockFor(added.value()).state), int(RegulatorClock::State::Running));

    IncidentReportEntry e;
    e.incidentId = id;
    e.kind = ReportKind::Supplementary;
    e.authority = QStringLiteral("Shanghai CAC");
    e.reportedBy = QStringLiteral("Officer");
    e.reportedAt = g_now.addSecs(-3600);
    auto early = reporting.addReport(e);
    QVERIFY(!early); // no supplementary report before the first
    QCOMPARE(early.error().code, ErrorCode::NotAllowed);

    e.kind = ReportKind::Initial;
    e.reportedAt = added->discoveredAt.addSecs(-60);
    QVERIFY(!reporting.addReport(e)); // before the discovery
    e.reportedAt = g_now.addSecs(-3600);
    auto first = reporting.addReport(e);
    QVERIFY2(first, qPrintable(first.message()));
    // The first report stops the register's clock.
    QCOMPARE(int(incidents.clockFor(incidents.get(id).value()).state), int(RegulatorClock::State::ReportedInTime));
    QVERIFY(!reporting.addReport(e)); // only one first report

    e.kind = ReportKind::Supplementary;
    e.reportedAt = g_now.addSecs(-60);
    e.summary = QStringLiteral("cause found");
    QVERIFY(reporting.addReport(e));
    e.kind = ReportKind::Final;
    auto finalEarly = reporting.addReport(e);
    QVERIFY(!finalEarly); // handling has not ended
    QVERIFY(finalEarly.message().contains(QStringLiteral("handling")));

    const IncidentReporting r = reporting.get(id).value();
    QCOMPARE(r.reports.size(), 2);
    QCOMPARE(int(r.reports.at(0).kind), int(ReportKind::Initial));
    QCOMPARE(int(r.reports.at(1).kind), int(ReportKind::Supplementary));
    AuditFilter f;
    f.action = QStringLiteral("incident.report_filed");
    QCOMPARE(AuditLog::count(tv.db(), f), 2);
}

void TestIncidentReporting::finalReportClock()
{
    TestVault tv;
    IncidentService incidents(tv.vault());
    IncidentReportingService reporting(tv.vault());
    // Handling ends on the eve of National Day; the 30 days run through the holiday week.
    const QDateTime discovered = beijing(2026, 9, 28, 10, 0);
    const QDateTime ended = beijing(2026, 9, 30, 18, 0);
    g_now = ended.addSecs(3600);
    auto added = incidents.add(incidentAt(discovered, Severity::RelativelySerious, 1'000'000));
    QVERIFY(added);
    const qint64 id = added->id;
    const RegulatorRule rule = incidents.rule();

    IncidentReporting r = completeReporting(id);
    QCOMPARE(int(IncidentReportingService::finalClock(added.value(), r, rule, g_now).state),
        int(FinalReportClock::State::AwaitingEndOfHandling));
    r.handlingEndedAt = ended;
    auto saved = reporting.save(r, Severity::RelativelySerious);
    QVERIFY2(saved, qPrintable(saved.message()));

    const QDateTime deadline = beijing(2026, 10, 30, 18, 0);
    FinalReportClock c = IncidentReportingService::finalClock(added.value(), saved.value(), rule, deadline.addSecs(-1));
    QCOMPARE(c.deadline, deadline);
    QCOMPARE(int(c.state), int(FinalReportClock::State::Running));
    c = IncidentReportingService::finalClock(added.value(), saved.value(), rule, deadline);
    QCOMPARE(int(c.state), int(FinalReportClock::State::Overdue));

    // A 一般 incident needs no final report.
    Incident general = added.value();
    general.severity = Severity::General;
    QCOMPARE(int(IncidentReportingService::finalClock(general, saved.value(), rule, deadline).state),
        int(FinalReportClock::State::NotRequired));

    // Filed on day 30, within the deadline.
    g_now = beijing(2026, 10, 30, 17, 0);
    IncidentReportEntry e;
    e.incidentId = id;
    e.authority = QStringLiteral("Shanghai CAC");
    e.reportedBy = QStringLiteral("Officer");
    e.kind = ReportKind::Initial;
    e.reportedAt = beijing(2026, 9, 28, 12, 0);
    QVERIFY(reporting.addReport(e));
    e.kind = ReportKind::Final;
    e.reportedAt = g_now;
    QVERIFY(reporting.addReport(e));
    c = IncidentReportingService::finalClock(added.value(), reporting.get(id).value(), rule, g_now.addDays(5));
    QCOMPARE(int(c.state), int(FinalReportClock::State::ReportedInTime));
}

void TestIncidentReporting::missingElementsRefuseTheDocument()
{
    TestVault tv;
    IncidentService incidents(tv.vault());
    IncidentReportingService reporting(tv.vault());
    Incident n = incidentAt(g_now.addSecs(-600), Severity::RelativelySerious, 1'000'000);
    auto added = incidents.add(n);
    QVERIFY(added);
    const qint64 id = added->id;

    // Nothing filled in: refused, naming the operator, the system, the place and the contact.
    auto refused = reporting.reportDocument(id, ReportKind::Initial, QStringLiteral("zh_CN"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
    for (const char* element : { "operator's name", "facility, system or platform", "place of discovery",
             "effect of the measures", "contact person" }) {
        QVERIFY2(refused.message().contains(QLatin1String(element)), element);
    }

    QVERIFY(reporting.setOperatorName(QStringLiteral("Vivest Medical Technology Co., Ltd.")));
    IncidentReporting r = completeReporting(id);
    r.ransomware = true;
    QVERIFY(reporting.save(r, Severity::RelativelySerious));
    auto ransom = reporting.reportDocument(id, ReportKind::Initial, QStringLiteral("zh_CN"));
    QVERIFY(!ransom);
    QVERIFY(ransom.message().contains(QStringLiteral("ransom")));
    QVERIFY(!ransom.message().contains(QStringLiteral("contact person")));

    r.ransomDemand = QStringLiteral("2 BTC by 2026-03-12");
    QVERIFY(reporting.save(r, Severity::RelativelySerious));
    // A first report may leave the cause, the trend and the leads open.
    auto first = reporting.reportDocument(id, ReportKind::Initial, QStringLiteral("zh_CN"));
    QVERIFY2(first, qPrintable(first.message()));
    const QString zh = first->toPlainText();
    QVERIFY(zh.contains(QStringLiteral("网络安全事件报告")));
    QVERIFY(zh.contains(QStringLiteral("Vivest Medical Technology")));
    QVERIFY(zh.contains(QStringLiteral("待补报")));
    QVERIFY(zh.contains(QStringLiteral("2 BTC")));
    QVERIFY(zh.contains(QStringLiteral("较大")));

    // A supplementary report may not.
    auto supplementary = reporting.reportDocument(id, ReportKind::Supplementary, QStringLiteral("en"));
    QVERIFY(!supplementary);
    for (const char* element : { "trend", "preliminary cause", "leads for tracing", "next steps" }) {
        QVERIFY2(supplementary.message().contains(QLatin1String(element)), element);
    }
    Incident withCause = incidents.get(id).value();
    withCause.cause = QStringLiteral("CAUSE-misconfigured bucket");
    QVERIFY(incidents.update(withCause));
    r.trend = QStringLiteral("contained");
    r.tracingLeads = QStringLiteral("access logs kept");
    r.nextSteps = QStringLiteral("review all buckets");
    QVERIFY(reporting.save(r, Severity::RelativelySerious));
    auto en = reporting.reportDocument(id, ReportKind::Supplementary, QStringLiteral("en"));
    QVERIFY2(en, qPrintable(en.message()));
    QVERIFY(en->toPlainText().contains(QStringLiteral("supplementary")));

    // The final report also needs the end of handling, the rectification and the lessons.
    auto finalRefused = reporting.reportDocument(id, ReportKind::Final, QStringLiteral("zh_CN"));
    QVERIFY(!finalRefused);
    for (const char* element : { "when handling ended", "rectification", "lessons learnt" }) {
        QVERIFY2(finalRefused.message().contains(QLatin1String(element)), element);
    }
    r.handlingEndedAt = g_now;
    r.rectification = QStringLiteral("policy on buckets");
    r.lessons = QStringLiteral("review defaults");
    QVERIFY(reporting.save(r, Severity::RelativelySerious));
    auto final = reporting.reportDocument(id, ReportKind::Final, QStringLiteral("zh_CN"));
    QVERIFY2(final, qPrintable(final.message()));
    QVERIFY(final->toPlainText().contains(QStringLiteral("总结报告")));
    QVERIFY(final->toPlainText().contains(QStringLiteral("review defaults")));
}

void TestIncidentReporting::hostileInput()
{
    TestVault tv;
    IncidentService incidents(tv.vault());
    IncidentReportingService reporting(tv.vault());
    auto added = incidents.add(incidentAt(g_now.addSecs(-600), Severity::General, 10));
    QVERIFY(added);
    IncidentReporting r = completeReporting(added->id);
    r.lossYuan = -1;
    QVERIFY(!reporting.save(r, Severity::General));
    r.lossYuan = 0;
    r.policeCaseNumber = QStringLiteral("A-1");
    QVERIFY(!reporting.save(r, Severity::General)); // a case number needs its date
    r.policeReportedOn = g_now.date();
    r.handlingEndedAt = added->discoveredAt.addSecs(-1);
    QVERIFY(!reporting.save(r, Severity::General)); // ended before discovery
    r.handlingEndedAt = {};
    r.systems = QStringLiteral("<script>alert(1)</script>\u202e");
    auto saved = reporting.save(r, Severity::General);
    QVERIFY2(saved, qPrintable(saved.message()));
    QCOMPARE(saved->systems, r.systems);
    QCOMPARE(saved->policeReportedOn, g_now.date());
    // Refusals leave nothing half written.
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM incident_reporting"), qint64(1));
    QVERIFY(!reporting.get(added->id + 100));
    IncidentReportEntry e;
    e.incidentId = added->id + 100;
    e.authority = QStringLiteral("x");
    e.reportedBy = QStringLiteral("y");
    e.reportedAt = g_now;
    QCOMPARE(reporting.addReport(e).error().code, ErrorCode::NotFound);
    // Deleting the incident deletes its reporting details and reports.
    QVERIFY(incidents.remove(added->id));
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM incident_reporting"), qint64(0));
}

void TestIncidentReporting::legacyRegulatorReportIsTheFirstEntry()
{
    TestVault tv;
    IncidentService incidents(tv.vault());
    auto added = incidents.add(incidentAt(g_now.addSecs(-600), Severity::RelativelySerious, 1'000'000));
    QVERIFY(added);
    QVERIFY(incidents.recordRegulatorReport(added->id, QStringLiteral("Shanghai CAC"), g_now.addSecs(-60),
        QStringLiteral("REF-1"), QStringLiteral("Officer")));
    const IncidentReporting r = IncidentReportingService(tv.vault()).get(added->id).value();
    QCOMPARE(r.reports.size(), 1);
    QCOMPARE(int(r.reports.first().kind), int(ReportKind::Initial));
    QCOMPARE(r.reports.first().reference, QStringLiteral("REF-1"));
}

void TestIncidentReporting::migrationKeepsRecordedReports()
{
    TestVault tv;
    IncidentService incidents(tv.vault());
    auto added = incidents.add(incidentAt(g_now.addSecs(-600), Severity::RelativelySerious, 1'000'000));
    QVERIFY(added);
    QVERIFY(incidents.recordRegulatorReport(
        added->id, QStringLiteral("Shanghai CAC"), g_now.addSecs(-60), QString(), QStringLiteral("Officer")));
    // Put the vault back to before this migration, as a vault of the previous release would be,
    // and run migration 0010 on it. (Opening an old vault through every migration is covered by
    // the fixture vault of the first release, see tst_activities.)
    tv.db().exec("DROP TABLE incident_reports");
    tv.db().exec("DROP TABLE incident_reporting");
    bool applied = false;
    for (const Migration& m : Migrations::all()) {
        if (m.version == 10) {
            tv.db().exec(m.sql);
            applied = true;
        }
    }
    QVERIFY(applied);
    tv.reopen();
    const IncidentReporting r = IncidentReportingService(tv.vault()).get(added->id).value();
    QVERIFY(!r.stored);
    QCOMPARE(r.reports.size(), 1);
    QCOMPARE(r.reports.first().authority, QStringLiteral("Shanghai CAC"));
    QCOMPARE(r.reports.first().reportedAt, g_now.addSecs(-60));
}

void TestIncidentReporting::dashboardShowsEveryClock()
{
    TestVault tv;
    IncidentService incidents(tv.vault());
    IncidentReportingService reporting(tv.vault());
    auto running = incidents.add(incidentAt(g_now.addSecs(-3600), Severity::RelativelySerious, 1'000'000));
    auto handled = incidents.add(incidentAt(g_now.addDays(-40), Severity::Major, 10'000'000));
    QVERIFY(running && handled);
    IncidentReportEntry e;
    e.incidentId = handled->id;
    e.authority = QStringLiteral("Shanghai CAC");
    e.reportedBy = QStringLiteral("Officer");
    e.reportedAt = handled->discoveredAt.addSecs(1800);
    QVERIFY(reporting.addReport(e));
    IncidentReporting r = completeReporting(handled->id);
    r.handlingEndedAt = g_now.addDays(-31); // the final report is a day late
    QVERIFY(reporting.save(r, Severity::Major));

    dashboard::DashboardQuery q;
    q.today = g_now.date();
    q.nowUtc = g_now;
    q.period = dashboard::Period::preset(dashboard::Period::Preset::Last30Days, q.today);
    auto data = dashboard::DashboardService::compute(tv.db(), q);
    QVERIFY2(data, qPrintable(data.message()));
    int first = 0;
    int final = 0;
    for (const dashboard::AttentionItem& a : data->attention) {
        if (a.kind == dashboard::AttentionKind::IncidentReport) {
            ++first;
            QCOMPARE(a.argument.value(QStringLiteral("id")).toLongLong(), running->id);
            QVERIFY(!a.late);
        }
        if (a.kind == dashboard::AttentionKind::IncidentFinalReport) {
            ++final;
            QCOMPARE(a.argument.value(QStringLiteral("id")).toLongLong(), handled->id);
            QVERIFY(a.late);
            QCOMPARE(a.lateBy, qint64(24 * 3600));
            QVERIFY(!a.what(QStringLiteral("en")).isEmpty());
        }
    }
    QCOMPARE(first, 1);
    QCOMPARE(final, 1);
    QCOMPARE(dashboard::attentionKindKey(dashboard::AttentionKind::IncidentFinalReport),
        QStringLiteral("incident_final_report"));
}

QTEST_GUILESS_MAIN(TestIncidentReporting)
#include "tst_incidentreporting.moc"

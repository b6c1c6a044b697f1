// Incident reporting on real widgets: the proposed grade and its rule beside the facts, the
// override that needs a reason, the two tracks side by side, dated reports, the refusal that
// names what a report still lacks, the report document as PDF, and the operator setting.
#include "TestVault.h"

#include "preferences/AppSettings.h"
#include "registers/IncidentReporting.h"
#include "registers/IncidentReportingPanel.h"
#include "registers/IncidentsTab.h"
#include "registers/OperatorSettingsBox.h"
#include "registers/RegisterService.h"
#include "report/ReportRenderer.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cd;
using namespace cd::registers;
using namespace cd::ui;
using namespace cd::test;

class TestIncidentReportingPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void proposalFollowsTheFacts();
    void overrideNeedsReason();
    void tracksSideBySideAndReports();
    void documentRefusedThenRendered();
    void operatorSettingSetsTheClock();
    void lockClearsThePanel();

private:
    qint64 addIncident(int people);
    std::unique_ptr<TestVault> m_tv;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    QDateTime m_now;
};

void TestIncidentReportingPage::init()
{
    m_now = QDateTime(QDate(2026, 4, 20), QTime(2, 0), Qt::UTC);
    Clock::setOverride([this] { return m_now; });
    m_tv = std::make_unique<TestVault>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestIncidentReportingPage::cleanup()
{
    Clock::setOverride(nullptr);
    m_tv.reset();
}

qint64 TestIncidentReportingPage::addIncident(int people)
{
    Incident n;
    n.title = QStringLiteral("Portal leak");
    n.discoveredAt = m_now.addSecs(-3600);
    n.severity = Severity::General;
    n.peopleCount = people;
    n.categoryKeys = { QStringLiteral("name") };
    n.description = QStringLiteral("Exposed export");
    n.possibleHarm = QStringLiteral("Phishing");
    n.measuresTaken = QStringLiteral("Closed");
    auto added = IncidentService(m_tv->vault()).add(n);
    return added ? added->id : 0;
}

void TestIncidentReportingPage::proposalFollowsTheFacts()
{
    const qint64 id = addIncident(10);
    IncidentsTab tab(*m_settings);
    tab.setVault(&m_tv->vault());
    tab.show();
    QVERIFY(tab.showIncident(id));
    IncidentReportingPanel* panel = tab.reportingPanel();
    QVERIFY(panel->proposalLabel()->text().contains(severityName(Severity::General)));
    // A direct loss of ¥5,000,000 reaches 较大; one yuan less does not.
    panel->lossSpin()->setValue(4'999'999);
    QVERIFY(!panel->proposalLabel()->text().contains(severityName(Severity::RelativelySerious)));
    panel->lossSpin()->setValue(5'000'000);
    QVERIFY(panel->proposalLabel()->text().contains(severityName(Severity::RelativelySerious)));
    QVERIFY(panel->proposalLabel()->text().contains(QStringLiteral("分级指南")));
}

void TestIncidentReportingPage::overrideNeedsReason()
{
    const qint64 id = addIncident(1'000'000);
    IncidentsTab tab(*m_settings);
    tab.setVault(&m_tv->vault());
    tab.show();
    QVERIFY(tab.showIncident(id));
    IncidentReportingPanel* panel = tab.reportingPanel();
    // Stored as 一般 while the facts say 较大: saving as is needs a reason.
    QCOMPARE(panel->gradeCombo()->currentIndex(), int(Severity::General));
    QVERIFY(panel->overrideReasonEdit()->isEnabled());
    QVERIFY(!panel->saveButton()->isEnabled());
    panel->gradeCombo()->setCurrentIndex(int(Severity::RelativelySerious));
    QVERIFY(!panel->overrideReasonEdit()->isEnabled());
    QVERIFY(panel->saveButton()->isEnabled());
    panel->gradeCombo()->setCurrentIndex(int(Severity::General));
    QTest::keyClicks(panel->overrideReasonEdit(), QStringLiteral("Duplicates counted twice"));
    QVERIFY(panel->saveButton()->isEnabled());
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    QVERIFY2(panel->messageLabel()->text() == IncidentReportingPanel::tr("Reporting details saved."),
        qPrintable(panel->messageLabel()->text()));
    const IncidentReporting r = IncidentReportingService(m_tv->vault()).get(id).value();
    QCOMPARE(r.overrideReason, QStringLiteral("Duplicates counted twice"));
    QCOMPARE(int(r.proposedGrade), int(Severity::RelativelySerious));

    // Staff see the refusal of the service, not a silent change.
    m_tv->signInAs(Role::Staff);
    tab.setVault(&m_tv->vault());
    QVERIFY(tab.showIncident(id));
    panel->gradeCombo()->setCurrentIndex(int(Severity::Major));
    panel->overrideReasonEdit()->setText(QStringLiteral("Worse than counted"));
    QVERIFY(!panel->save());
    QVERIFY(!panel->messageLabel()->text().isEmpty());
    QCOMPARE(int(IncidentService(m_tv->vault()).get(id)->severity), int(Severity::General));
}

void TestIncidentReportingPage::tracksSideBySideAndReports()
{
    const qint64 id = addIncident(1'000'000);
    IncidentReportingService service(m_tv->vault());
    IncidentReporting r = service.get(id).value();
    QVERIFY(service.save(r, Severity::RelativelySerious));
    IncidentsTab tab(*m_settings);
    tab.setVault(&m_tv->vault());
    tab.show();
    QVERIFY(tab.showIncident(id));
    IncidentReportingPanel* panel = tab.reportingPanel();
    // The regulator track runs its 4-hour clock; the notice track names what the notice lacks.
    QVERIFY(panel->regulatorTrackLabel()->text().contains(clockStateName(RegulatorClock::State::Running)));
    QVERIFY(panel->regulatorTrackLabel()->text().contains(
        finalClockStateName(FinalReportClock::State::AwaitingEndOfHandling)));
    QVERIFY(panel->noticeTrackLabel()->text().contains(
        IncidentService::missingNoticeElements(IncidentService(m_tv->vault()).get(id).value()).first()));

    IncidentReportEntry e;
    e.incidentId = id;
    e.kind = ReportKind::Initial;
    e.authority = QStringLiteral("Shanghai CAC");
    e.reportedBy = QStringLiteral("Officer");
    e.reportedAt = m_now.addSecs(-600);
    QVERIFY(service.addReport(e));
    // Reports recorded elsewhere (the command line) show when the incident is shown again.
    panel->setIncident(IncidentService(m_tv->vault()).get(id).value());
    QCOMPARE(panel->reportsTree()->topLevelItemCount(), 1);
    QCOMPARE(panel->reportsTree()->topLevelItem(0)->text(2), QStringLiteral("Shanghai CAC"));
    QVERIFY(panel->regulatorTrackLabel()->text().contains(clockStateName(RegulatorClock::State::ReportedInTime)));
}

void TestIncidentReportingPage::documentRefusedThenRendered()
{
    const qint64 id = addIncident(1'000'000);
    IncidentsTab tab(*m_settings);
    tab.setVault(&m_tv->vault());
    tab.show();
    QVERIFY(tab.showIncident(id));
    IncidentReportingPanel* panel = tab.reportingPanel();
    QVERIFY(panel->reportDocument().title.isEmpty());
    QVERIFY(panel->messageLabel()->text().contains(QStringLiteral("contact person")));

    QVERIFY(IncidentReportingService(m_tv->vault()).setOperatorName(QStringLiteral("Vivest")));
    panel->textEdit(QStringLiteral("systems"))->setText(QStringLiteral("Portal"));
    panel->textEdit(QStringLiteral("place"))->setText(QStringLiteral("Shanghai"));
    panel->textEdit(QStringLiteral("measuresEffect"))->setText(QStringLiteral("Stopped"));
    panel->textEdit(QStringLiteral("contactPerson"))->setText(QStringLiteral("Security desk"));
    panel->gradeCombo()->setCurrentIndex(int(Severity::RelativelySerious));
    QVERIFY(panel->save());
    panel->documentLanguageCombo()->setCurrentIndex(0); // 中文
    const ReportDocument doc = panel->reportDocument();
    QVERIFY2(!doc.title.isEmpty(), qPrintable(panel->messageLabel()->text()));
    QCOMPARE(doc.language, QStringLiteral("zh_CN"));
    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    QVERIFY(ReportRenderer(doc).writePdf(pdf));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
}

void TestIncidentReportingPage::operatorSettingSetsTheClock()
{
    OperatorSettingsBox box;
    box.setVault(&m_tv->vault());
    box.show();
    QCOMPARE(box.typeCombo()->currentIndex(), int(OperatorType::Other));
    QVERIFY(!box.saveButton()->isEnabled());
    box.typeCombo()->setCurrentIndex(int(OperatorType::CriticalInfrastructure));
    QTest::keyClicks(box.nameEdit(), QStringLiteral("Vivest Medical"));
    QVERIFY(box.saveButton()->isEnabled());
    QTest::mouseClick(box.saveButton(), Qt::LeftButton);
    QCOMPARE(IncidentService(m_tv->vault()).rule().hours, 1);
    QCOMPARE(IncidentReportingService(m_tv->vault()).operatorName(), QStringLiteral("Vivest Medical"));
    QVERIFY(!box.saveButton()->isEnabled());

    m_tv->signInAs(Role::PrivacyOfficer);
    box.setVault(&m_tv->vault());
    QVERIFY(!box.typeCombo()->isEnabled()); // settings are for administrators
}

void TestIncidentReportingPage::lockClearsThePanel()
{
    const qint64 id = addIncident(1'000'000);
    IncidentReportingService service(m_tv->vault());
    IncidentReporting r = service.get(id).value();
    r.systems = QStringLiteral("SECRET-SYSTEM");
    QVERIFY(service.save(r, Severity::RelativelySerious));
    IncidentsTab tab(*m_settings);
    tab.setVault(&m_tv->vault());
    QVERIFY(tab.showIncident(id));
    QCOMPARE(tab.reportingPanel()->textEdit(QStringLiteral("systems"))->text(), QStringLiteral("SECRET-SYSTEM"));
    tab.setVault(nullptr);
    QVERIFY(tab.reportingPanel()->textEdit(QStringLiteral("systems"))->text().isEmpty());
    QVERIFY(tab.reportingPanel()->regulatorTrackLabel()->text().indexOf(QStringLiteral("Portal")) < 0);
}

QTEST_MAIN(TestIncidentReportingPage)
#include "tst_incidentreporting_page.moc"

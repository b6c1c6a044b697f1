// The registers page on real widgets: both registers from demo data, the form refusing a
// disclosure without its legal basis, the countdown, status steps, and locking.
#include "TestVault.h"

#include "audit/AuditLog.h"
#include "demo/DemoData.h"
#include "preferences/AppSettings.h"
#include "registers/DisclosuresTab.h"
#include "registers/IncidentsTab.h"
#include "registers/RegisterModels.h"
#include "registers/RegisterReports.h"
#include "registers/RegisterService.h"
#include "registers/RegistersPage.h"
#include "report/ReportRenderer.h"
#include "util/Clock.h"
#include "widgets/BackgroundTask.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cd;
using namespace cd::ui;
using namespace cd::test;

class TestRegistersPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsBothRegisters();
    void formRefusesMissingBasis();
    void countdownFollowsTheClock();
    void minuteTickCountsFromMemory();
    void notifiedStepNamesMissingElements();
    void lockClearsEverything();
    void auditorCannotEdit();
    void newIncidentValidatesOnSave();
    void formPaneOpensWithARecord();
    void lettersRenderToPdf_data();
    void lettersRenderToPdf();
    void registerExportsRunOnAWorker_data();
    void registerExportsRunOnAWorker();

private:
    void screenshot(QWidget* w, const QString& name);
    // Shows the page on the demo vault with its incidents tab in front.
    IncidentsTab* showIncidents(RegistersPage& page);
    std::unique_ptr<TestVault> m_tv;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    QDateTime m_now;
};

void TestRegistersPage::init()
{
    m_now = QDateTime(QDate(2026, 4, 20), QTime(2, 0), Qt::UTC);
    Clock::setOverride([this] { return m_now; });
    m_tv = std::make_unique<TestVault>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    DemoSummary summary;
    QVERIFY(demo::fillRegisters(m_tv->vault(), {}, summary));
}

void TestRegistersPage::cleanup()
{
    Clock::setOverride(nullptr);
    m_tv.reset();
}

void TestRegistersPage::screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    // Let pending layout requests settle, as they would before the next paint on screen.
    QTest::qWait(50);
    QVERIFY(w->grab().save(QDir(dir).filePath(QStringLiteral("registers-%1.png").arg(name))));
}

void TestRegistersPage::showsBothRegisters()
{
    RegistersPage page(*m_settings);
    page.resize(1360, 860);
    page.setVault(&m_tv->vault());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.disclosuresTab()->model()->rowCount(), 3);
    QCOMPARE(page.incidentsTab()->model()->rowCount(), 2);
    QCOMPARE(page.badgeCount(), 1);
    QVERIFY(page.canPrint());
    QVERIFY(!page.printableReport().title.isEmpty());
    page.disclosuresTab()->table()->selectRow(0);
    QVERIFY(page.disclosuresTab()->problemsLabel()->isHidden());
    screenshot(&page, QStringLiteral("disclosures"));

    page.tabs()->setCurrentWidget(page.incidentsTab());
    QVERIFY(page.incidentsTab()->timer()->isActive()); // counting while visible
    page.incidentsTab()->table()->selectRow(0); // newest first: the open one
    QVERIFY(!page.incidentsTab()->clockLabel()->text().isEmpty());
    screenshot(&page, QStringLiteral("incidents"));
    page.tabs()->setCurrentWidget(page.disclosuresTab());
    QVERIFY(!page.incidentsTab()->timer()->isActive()); // and idle when hidden
}

void TestRegistersPage::formRefusesMissingBasis()
{
    RegistersPage page(*m_settings);
    page.resize(1360, 860);
    page.setVault(&m_tv->vault());
    page.show();
    DisclosuresTab* tab = page.disclosuresTab();
    tab->startNew();
    registers::Disclosure d;
    d.recipientName = QStringLiteral("Quick Courier");
    d.purpose = QStringLiteral("Deliver replacement sensors");
    d.categoryKeys = { QStringLiteral("name"), QStringLiteral("address") };
    d.peopleCount = 4;
    d.disclosedOn = QDate(2026, 4, 18);
    d.basis = registers::LegalBasis::Government;
    tab->setFormValue(d);
    QVERIFY(!tab->saveButton()->isEnabled());
    QVERIFY(tab->problemsLabel()->isVisible());
    QVERIFY(tab->problemsLabel()->text().contains(QLatin1String("authority")));
    screenshot(&page, QStringLiteral("disclosure-missing-basis"));
    // Typing the details makes it savable.
    auto* authority = tab->findChild<QLineEdit*>(QStringLiteral("authority"));
    auto* document = tab->findChild<QLineEdit*>(QStringLiteral("documentNumber"));
    QVERIFY(authority && document);
    QVERIFY(authority->isVisibleTo(tab));
    QTest::keyClicks(authority, QStringLiteral("Municipal health commission"));
    QTest::keyClicks(document, QStringLiteral("No. 2026-31"));
    QVERIFY(tab->saveButton()->isEnabled());
    QVERIFY(tab->save());
    QCOMPARE(tab->model()->rowCount(), 4);
}

IncidentsTab* TestRegistersPage::showIncidents(RegistersPage& page)
{
    page.setVault(&m_tv->vault());
    page.tabs()->setCurrentWidget(page.incidentsTab());
    page.show();
    return page.incidentsTab();
}

void TestRegistersPage::countdownFollowsTheClock()
{
    RegistersPage page(*m_settings);
    page.resize(1360, 860);
    IncidentsTab* tab = showIncidents(page);
    // The demo's open incident was discovered 95 minutes ago: 2 h 25 min are left.
    QVERIFY2(
        tab->countdownLabel()->text().contains(QLatin1String("2 h 25 min")), qPrintable(tab->countdownLabel()->text()));
    QVERIFY(tab->ruleLabel()->text().contains(QLatin1String("within 4 h")));
    m_now = m_now.addSecs(3 * 3600);
    tab->tick(); // what the minute timer does
    QVERIFY2(
        tab->countdownLabel()->text().contains(QLatin1String("OVERDUE")), qPrintable(tab->countdownLabel()->text()));
    QVERIFY(tab->countdownLabel()->text().contains(QLatin1String("35 min")));
    const int row = tab->model()->rowOf(tab->model()->incidentAt(0).id);
    QCOMPARE(tab->model()->clockAt(row).state, registers::RegulatorClock::State::Overdue);
    screenshot(&page, QStringLiteral("incidents-overdue"));
}

void TestRegistersPage::minuteTickCountsFromMemory()
{
    RegistersPage page(*m_settings);
    IncidentsTab* tab = showIncidents(page);
    QVERIFY2(
        tab->countdownLabel()->text().contains(QLatin1String("2 h 25 min")), qPrintable(tab->countdownLabel()->text()));
    const int pending = tab->pendingReports();
    QVERIFY(pending > 0);
    // Signed out, every read of the vault is refused: the tick still counts down from what the
    // last load read, so it does not read the vault.
    m_tv->vault().signOut();
    m_now = m_now.addSecs(3600);
    tab->tick();
    QVERIFY2(
        tab->countdownLabel()->text().contains(QLatin1String("1 h 25 min")), qPrintable(tab->countdownLabel()->text()));
    QCOMPARE(tab->pendingReports(), pending);
    // A change reads again.
    m_tv->signInAdmin();
    for (const auto& entry : registers::IncidentService(m_tv->vault()).pendingRegulatorReports().value()) {
        QVERIFY(registers::IncidentService(m_tv->vault())
                    .recordRegulatorReport(
                        entry.first.id, QStringLiteral("Provincial CAC"), m_now, {}, QStringLiteral("Officer")));
    }
    tab->tick();
    QCOMPARE(tab->pendingReports(), pending);
    tab->reload();
    QCOMPARE(tab->pendingReports(), 0);
    QCOMPARE(tab->countdownLabel()->text(), QStringLiteral("No regulator report is due."));
}

void TestRegistersPage::notifiedStepNamesMissingElements()
{
    RegistersPage page(*m_settings);
    page.resize(1360, 860);
    page.setVault(&m_tv->vault());
    page.tabs()->setCurrentWidget(page.incidentsTab());
    page.show();
    IncidentsTab* tab = page.incidentsTab();
    registers::IncidentService service(m_tv->vault());
    const auto pending = service.pendingRegulatorReports().value();
    QCOMPARE(pending.size(), 1);
    tab->select(pending.first().first.id);
    // Contained already; "Mark notified" is blocked: advice and remedies are missing, nobody was told,
    // and the regulator report is outstanding.
    QVERIFY(tab->nextStepButton()->isVisible());
    QVERIFY(!tab->nextStepButton()->isEnabled());
    const QString why = tab->stepProblemsLabel()->text();
    QVERIFY2(why.contains(QLatin1String("what individuals can do")) && why.contains(QLatin1String("remedies")),
        qPrintable(why));
    QVERIFY(why.contains(QLatin1String("regulator")));
    screenshot(&page, QStringLiteral("incident-blocked"));
}

void TestRegistersPage::lockClearsEverything()
{
    RegistersPage page(*m_settings);
    page.resize(1360, 860);
    page.setVault(&m_tv->vault());
    page.tabs()->setCurrentWidget(page.incidentsTab());
    page.show();
    page.incidentsTab()->table()->selectRow(0);
    page.setVault(nullptr);
    QCOMPARE(page.disclosuresTab()->model()->rowCount(), 0);
    QCOMPARE(page.incidentsTab()->model()->rowCount(), 0);
    QVERIFY(!page.incidentsTab()->timer()->isActive());
    QCOMPARE(page.badgeCount(), 0);
    QVERIFY(page.incidentsTab()->clockLabel()->text().isEmpty());
    // No value of the records stays in any text field.
    for (QLineEdit* e : page.findChildren<QLineEdit*>()) {
        QVERIFY2(!e->text().contains(QStringLiteral("物流")) && !e->text().contains(QStringLiteral("外包")),
            qPrintable(e->text()));
    }
    QVERIFY(!page.printableReport().blocks.size());
}

void TestRegistersPage::auditorCannotEdit()
{
    m_tv->signInAs(Role::Auditor);
    RegistersPage page(*m_settings);
    page.resize(1360, 860);
    page.setVault(&m_tv->vault());
    page.show();
    QCOMPARE(page.disclosuresTab()->model()->rowCount(), 3);
    page.disclosuresTab()->table()->selectRow(0);
    QVERIFY(!page.disclosuresTab()->saveButton()->isEnabled());
}

void TestRegistersPage::newIncidentValidatesOnSave()
{
    RegistersPage page(*m_settings);
    page.resize(1360, 860);
    page.setVault(&m_tv->vault());
    page.tabs()->setCurrentWidget(page.incidentsTab());
    page.show();
    IncidentsTab* tab = page.incidentsTab();
    const int before = tab->model()->rowCount();
    tab->startNew();
    // Nothing typed yet: no red problems, and Save is where the check happens.
    QVERIFY(tab->formPane()->isVisible());
    QVERIFY(!tab->problemsLabel()->isVisible());
    QVERIFY(tab->saveButton()->isEnabled());
    // The Save button stays in view: it is not inside the scrolling form.
    QVERIFY(!tab->saveButton()->parentWidget()->inherits("QScrollArea"));
    for (QWidget* p = tab->saveButton()->parentWidget(); p; p = p->parentWidget()) {
        QVERIFY(!p->inherits("QScrollArea"));
    }
    QVERIFY(!tab->save());
    QVERIFY(tab->problemsLabel()->isVisible());
    QVERIFY(!tab->problemsLabel()->text().isEmpty());
    QCOMPARE(tab->model()->rowCount(), before);
}

void TestRegistersPage::formPaneOpensWithARecord()
{
    RegistersPage page(*m_settings);
    page.resize(1360, 860);
    page.setVault(&m_tv->vault());
    page.show();
    DisclosuresTab* tab = page.disclosuresTab();
    // Nothing selected: the table has the whole width.
    QVERIFY(!tab->isFormShown());
    tab->table()->selectRow(0);
    QVERIFY(tab->isFormShown());
    tab->closeForm();
    QVERIFY(!tab->isFormShown());
    tab->startNew();
    QVERIFY(tab->isFormShown());
}

void TestRegistersPage::lettersRenderToPdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("announcement");
    QTest::newRow("letter zh") << QStringLiteral("zh_CN") << false;
    QTest::newRow("letter en") << QStringLiteral("en") << false;
    QTest::newRow("announcement zh") << QStringLiteral("zh_CN") << true;
}

void TestRegistersPage::lettersRenderToPdf()
{
    QFETCH(QString, language);
    QFETCH(bool, announcement);
    RegistersPage page(*m_settings);
    page.setVault(&m_tv->vault());
    IncidentsTab* tab = page.incidentsTab();
    registers::IncidentFilter closed;
    closed.status = int(registers::IncidentStatus::Closed);
    const auto list = registers::IncidentService(m_tv->vault()).list(closed).value();
    QCOMPARE(list.size(), 1);
    tab->select(list.first().id);
    const ReportDocument doc = tab->letter(language, announcement);
    QVERIFY(!doc.title.isEmpty());
    QVERIFY(doc.toPlainText().contains(list.first().remedies));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    ReportRenderer renderer(doc);
    QVERIFY(renderer.writePdf(pdf));
    QVERIFY(readFile(pdf).startsWith("%PDF"));
    QVERIFY(renderer.lastPageCount() >= 1);
}

void TestRegistersPage::registerExportsRunOnAWorker_data()
{
    QTest::addColumn<bool>("incidents");
    QTest::newRow("incident register") << true;
    QTest::newRow("disclosure register") << false;
}

void TestRegistersPage::registerExportsRunOnAWorker()
{
    QFETCH(bool, incidents);
    RegistersPage page(*m_settings);
    page.setVault(&m_tv->vault());
    QWidget* tab = incidents ? static_cast<QWidget*>(page.incidentsTab()) : page.disclosuresTab();
    QPushButton* exportButton = nullptr;
    for (QPushButton* b : tab->findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Export CSV/XLSX…")) {
            exportButton = b;
        }
    }
    QVERIFY(exportButton);
    AuditFilter exports;
    exports.action = incidents ? QStringLiteral("incident.export") : QStringLiteral("disclosure.export");
    auto exportCount = [&] { return AuditLog::count(m_tv->db(), exports); };

    // What the tab wrote on the UI thread before, for the tab's whole register.
    QTemporaryDir out;
    const QString expected = out.filePath(QStringLiteral("expected.csv"));
    const QString csv = QStringLiteral("csv");
    const QString en = QStringLiteral("en");
    QVERIFY(incidents ? registers::exportIncidentRegister(m_tv->vault(), {}, expected, csv, en)
                      : registers::exportDisclosureRegister(m_tv->vault(), {}, expected, csv, en));
    const qint64 before = exportCount();

    const QString path = out.filePath(QStringLiteral("register.csv"));
    {
        Dialogs::DialogScript script;
        script.answer(QMessageBox::Ok).choosePath(path);
        TaskWatch watch;
        exportButton->click();
        QVERIFY(watch.ranOnWorker());
        QVERIFY(watch.lastDone() > 0); // progress in rows
        QCOMPARE(script.count(Dialogs::Kind::Warning), 1); // the personal-data warning only
    }
    QCOMPARE(test::readFile(path), test::readFile(expected));
    QCOMPARE(exportCount(), before + 1); // audited once the file is there

    // Cancelled at the last row: no file, no partial file, no audit entry.
    const QString cancelled = out.filePath(QStringLiteral("cancelled.csv"));
    {
        Dialogs::DialogScript script;
        script.answer(QMessageBox::Ok).choosePath(cancelled);
        TaskWatch watch(1);
        exportButton->click();
        QVERIFY(watch.ranOnWorker());
        QCOMPARE(script.count(Dialogs::Kind::Warning), 1);
    }
    QVERIFY(!QFile::exists(cancelled));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
        QStringList({ QStringLiteral("expected.csv"), QStringLiteral("register.csv") }));
    QCOMPARE(exportCount(), before + 1);
}

QTEST_MAIN(TestRegistersPage)
#include "tst_registers_page.moc"

// The compliance-audit tab on real widgets: planning an ordered audit through the form, which
// refuses it until the regulator's facts are in; findings; the officer setting; read-only roles.
#include "TestVault.h"

#include "audits/AuditsTab.h"
#include "audits/ComplianceAudits.h"
#include "preferences/AppSettings.h"
#include "registers/RegistersPage.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "widgets/EmptyState.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::audits;
using namespace cd::ui;
using namespace cd::test;

class TestAuditsUi : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC); });
    }
    void cleanup()
    {
        Clock::setOverride(nullptr);
        ReportDocument::setProtectionOfficer({}, {});
    }
    void orderedAuditThroughTheForm();
    void officerWarningAndSetting();
    void auditorSeesButCannotChange();
    void registersPageOpensTheTab();
};

void TestAuditsUi::orderedAuditThroughTheForm()
{
    TestVault tv;
    AuditsTab tab;
    tab.setVault(&tv.vault());
    tab.show();
    QCOMPARE(tab.table()->rowCount(), 0);
    // An empty list says what fills it and offers the step.
    EmptyState* empty = EmptyState::of(tab.table());
    QVERIFY(empty && empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("New audit")));
    QCOMPARE(empty->actionText(), QStringLiteral("New audit"));
    empty->triggerAction();
    QVERIFY(EmptyState::of(tab.findingTable())->text().startsWith(QStringLiteral("Save the audit")));
    QVERIFY(tab.scheduleLabel()->text().contains(QStringLiteral("2027")));
    tab.kindCombo()->setCurrentIndex(int(AuditKind::Ordered));
    QTest::keyClicks(tab.scopeEdit(), QStringLiteral("Contact form"));
    QVERIFY(!tab.saveButton()->isEnabled());
    QVERIFY(tab.problemsLabel()->text().contains(QStringLiteral("authority")));
    tab.auditorKindCombo()->setCurrentIndex(int(AuditorKind::External));
    QTest::keyClicks(tab.auditorEdit(), QStringLiteral("Institution"));
    tab.orderedByEdit()->setText(QStringLiteral("省网信办"));
    tab.orderedOnEdit()->setDate(QDate(2026, 6, 1));
    tab.dueEdit()->setDate(QDate(2026, 7, 1));
    QVERIFY2(tab.saveButton()->isEnabled(), qPrintable(tab.problemsLabel()->text()));
    QTest::mouseClick(tab.saveButton(), Qt::LeftButton);
    QCOMPARE(tab.table()->rowCount(), 1);
    QVERIFY(!empty->isVisible());
    QVERIFY(EmptyState::of(tab.findingTable())->text().startsWith(QStringLiteral("No findings")));
    const ComplianceAudit saved = ComplianceAuditService(tv.vault()).list()->first();
    QCOMPARE(saved.dueOn, QDate(2026, 7, 1));
    QCOMPARE(saved.orderedBy, QStringLiteral("省网信办"));

    Finding f;
    f.auditId = saved.id;
    f.title = QStringLiteral("Missing consent log");
    f.owner = QStringLiteral("IT");
    f.dueOn = QDate(2026, 6, 30);
    QVERIFY(tab.addFinding(f));
    QCOMPARE(tab.findingTable()->rowCount(), 1);
    tab.findingTable()->selectRow(0);
    QVERIFY(tab.closeSelectedFinding(QStringLiteral("Log restored")));
    QVERIFY(ComplianceAuditService(tv.vault()).get(saved.id)->findings.first().closed);
    QVERIFY(tab.auditReport(QStringLiteral("en")).toPlainText().contains(QStringLiteral("Log restored")));
}

void TestAuditsUi::officerWarningAndSetting()
{
    TestVault tv;
    {
        Statement s(tv.db(), "UPDATE submission_stats SET total = 1000000 WHERE id = 1");
        s.exec();
    }
    AuditsTab tab;
    tab.setVault(&tv.vault());
    tab.show();
    QVERIFY(tab.officerLabel()->text().contains(QStringLiteral("PIPL art. 52")));
    tab.officerNameEdit()->setText(QStringLiteral("王敏"));
    tab.officerContactEdit()->setText(QStringLiteral("dpo@vivest.cn"));
    QVERIFY(tab.officerSaveButton()->isEnabled());
    QTest::mouseClick(tab.officerSaveButton(), Qt::LeftButton);
    QVERIFY(!ComplianceAuditService(tv.vault()).officer()->missing());
    QVERIFY(tab.officerLabel()->text().contains(QStringLiteral("王敏")));
}

void TestAuditsUi::auditorSeesButCannotChange()
{
    TestVault tv;
    tv.signInAs(Role::Auditor);
    AuditsTab tab;
    tab.setVault(&tv.vault());
    tab.show();
    QVERIFY(!tab.saveButton()->isEnabled());
    QVERIFY(!tab.officerSaveButton()->isEnabled());
    QVERIFY(!tab.scopeEdit()->isEnabled());
    QVERIFY(!tab.canStartNew());
    // Nothing offered that the role cannot do.
    QVERIFY(EmptyState::of(tab.table())->actionText().isEmpty());
}

void TestAuditsUi::registersPageOpensTheTab()
{
    TestVault tv;
    auto audit = ComplianceAuditService(tv.vault()).add([] {
        ComplianceAudit a;
        a.scope = QStringLiteral("Whole company");
        return a;
    }());
    QVERIFY(audit);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    RegistersPage page(settings);
    page.setVault(&tv.vault());
    page.showTarget(
        QVariantMap { { QStringLiteral("register"), QStringLiteral("audits") }, { QStringLiteral("id"), audit->id } });
    QCOMPARE(page.tabs()->currentWidget(), page.auditsTab());
    QCOMPARE(page.auditsTab()->scopeEdit()->text(), QStringLiteral("Whole company"));
    QVERIFY(page.printableReport().toPlainText().contains(QStringLiteral("Whole company")));
}

QTEST_MAIN(TestAuditsUi)
#include "tst_audits_ui.moc"

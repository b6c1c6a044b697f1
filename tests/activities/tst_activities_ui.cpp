// The register of processing activities on real widgets: the seeded activities, the form that
// refuses a transfer without its destination, the assessment flag, processors and the
// cross-border line, and the printable register as PDF.
#include "TestVault.h"

#include "activities/ActivitiesTab.h"
#include "activities/ActivityService.h"
#include "attachments/AttachmentStore.h"
#include "registers/RegisterModels.h"
#include "report/ReportRenderer.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::activities;
using namespace cd::ui;
using namespace cd::test;

class TestActivitiesUi : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC); });
    }
    void cleanup() { Clock::setOverride(nullptr); }
    void showsTheSeededRegister();
    void formRefusesTransferWithoutDestination();
    void assessmentClearsTheFlag();
    void printsToPdf();
    void lockClears();
};

void TestActivitiesUi::showsTheSeededRegister()
{
    TestVault tv;
    ActivitiesTab tab;
    tab.setVault(&tv.vault());
    tab.show();
    QCOMPARE(tab.table()->rowCount(), 2);
    QVERIFY(tab.crossBorderLabel()->text().contains(mechanismName(CrossBorderCheck::Mechanism::None)));
}

void TestActivitiesUi::formRefusesTransferWithoutDestination()
{
    TestVault tv;
    ActivitiesTab tab;
    tab.setVault(&tv.vault());
    tab.show();
    tab.categories()->setChecked({ QStringLiteral("name") });
    QTest::keyClicks(tab.nameEdit(), QStringLiteral("Support chat"));
    QTest::keyClicks(tab.purposeEdit(), QStringLiteral("Answer questions"));
    QVERIFY(tab.saveButton()->isEnabled());
    tab.crossBorderCheck()->setChecked(true);
    QVERIFY(!tab.saveButton()->isEnabled());
    QVERIFY(!tab.problemsLabel()->text().isEmpty());
    QTest::keyClicks(tab.destinationEdit(), QStringLiteral("Singapore"));
    tab.peopleSpin()->setValue(150'000);
    QVERIFY(tab.saveButton()->isEnabled());
    QTest::mouseClick(tab.saveButton(), Qt::LeftButton);
    QCOMPARE(tab.table()->rowCount(), 3);
    // 150,000 people abroad: a standard contract or certification, shown as a crossed threshold.
    QVERIFY(tab.crossBorderLabel()->text().contains(mechanismName(CrossBorderCheck::Mechanism::StandardContract)));
    QVERIFY(tab.piaLabel()->text().contains(piaStateName(PiaStatus::State::Missing)));
}

void TestActivitiesUi::assessmentClearsTheFlag()
{
    TestVault tv;
    Activity a;
    a.name = QStringLiteral("Clinical follow-up");
    a.purpose = QStringLiteral("Device safety");
    a.categoryKeys = { QStringLiteral("health") };
    auto added = ActivityService(tv.vault()).add(a);
    QVERIFY(added);
    ActivitiesTab tab;
    tab.setVault(&tv.vault());
    QVERIFY(tab.showActivity(added->id));
    QVERIFY(tab.addPiaButton()->isEnabled());
    Pia p;
    p.assessedOn = QDate(2026, 3, 1);
    p.lawfulPurpose = QStringLiteral("Required by device regulation");
    p.impactRisks = QStringLiteral("Health data: high");
    p.measures = QStringLiteral("Encryption, least privilege");
    p.conclusion = QStringLiteral("Acceptable with measures");
    p.approver = QStringLiteral("Officer");
    QVERIFY(tab.addPia(p));
    QVERIFY(tab.piaLabel()->text().contains(piaStateName(PiaStatus::State::Current)));
    // The assessment's evidence box is ready for files of that assessment.
    QCOMPARE(tab.piaTable()->rowCount(), 1);
    QCOMPARE(tab.evidenceBox()->count(), 0);
    const qint64 piaId = ActivityService(tv.vault()).pias(added->id)->first().id;
    QVERIFY(AttachmentStore(tv.vault())
                .addData(QStringLiteral("pia"), piaId, QStringLiteral("minutes.txt"),
                    QByteArrayLiteral("Assessment meeting minutes")));
    QVERIFY(tab.showActivity(added->id));
    QCOMPARE(tab.evidenceBox()->count(), 1);
    tv.signInAs(Role::Staff);
    tab.setVault(&tv.vault());
    QVERIFY(tab.showActivity(added->id));
    QVERIFY(!tab.addPiaButton()->isEnabled()); // assessments are approved by an officer
}

void TestActivitiesUi::printsToPdf()
{
    TestVault tv;
    ActivitiesTab tab;
    tab.setVault(&tv.vault());
    Processor p;
    p.name = QStringLiteral("Cloud Host Ltd");
    p.contractSigned = QDate(2025, 1, 1);
    QVERIFY(tab.addProcessor(p));
    QCOMPARE(tab.processorTable()->rowCount(), 1);
    // A disclosure that does not exist cannot be linked; the refusal is shown.
    QVERIFY(!tab.linkDisclosure(99, 1));
    QVERIFY(tab.problemsLabel()->text().contains(QStringLiteral("99")));
    const ReportDocument doc = tab.registerReport(QStringLiteral("zh_CN"));
    QVERIFY(!doc.title.isEmpty());
    QVERIFY(doc.toPlainText().contains(QStringLiteral("Cloud Host Ltd")));
    QVERIFY(doc.toPlainText().contains(QStringLiteral("二.1")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ropa.pdf"));
    QVERIFY(ReportRenderer(doc).writePdf(pdf));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
}

void TestActivitiesUi::lockClears()
{
    TestVault tv;
    ActivitiesTab tab;
    tab.setVault(&tv.vault());
    QVERIFY(tab.table()->rowCount() > 0);
    tab.setVault(nullptr);
    QCOMPARE(tab.table()->rowCount(), 0);
    QVERIFY(tab.nameEdit()->text().isEmpty());
    QVERIFY(!tab.isEnabled());
}

QTEST_MAIN(TestActivitiesUi)
#include "tst_activities_ui.moc"

// The register of processing activities on real widgets: the seeded activities, the form that
// refuses a transfer without its destination, the assessment flag, processors and the
// cross-border line, and the printable register as PDF.
#include "TestVault.h"

#include "activities/ActivitiesTab.h"
#include "activities/ActivityService.h"
#include "activities/ProcessorsBox.h"
#include "attachments/AttachmentStore.h"
#include "preferences/AppSettings.h"
#include "registers/DisclosuresTab.h"
#include "registers/ProcessorPicker.h"
#include "registers/RegisterModels.h"
#include "registers/RegisterService.h"
#include "report/ReportRenderer.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    void editsAProcessor();
    void disclosurePicksItsProcessor();
};

void TestActivitiesUi::showsTheSeededRegister()
{
    TestVault tv;
    ActivitiesTab tab;
    tab.setVault(&tv.vault());
    tab.show();
    QCOMPARE(tab.table()->rowCount(), 2);
    QVERIFY(tab.crossBorderLabel()->text().contains(mechanismName(CrossBorderCheck::Mechanism::None)));
    // In the space the registers page gives it at 1366x768, the form is wide enough to read: the
    // seeded register's long columns once squeezed it to a sliver.
    tab.resize(1060, 560);
    QCoreApplication::processEvents();
    auto* form = tab.findChild<QScrollArea*>();
    QVERIFY(form);
    QVERIFY2(form->width() >= 480, qPrintable(QString::number(form->width())));
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

void TestActivitiesUi::editsAProcessor()
{
    TestVault tv;
    Processor p;
    p.name = QStringLiteral("Cloud Host Ltd");
    p.contractSigned = QDate(2025, 1, 1);
    auto added = ActivityService(tv.vault()).addProcessor(p);
    QVERIFY(added);
    ActivitiesTab tab;
    tab.setVault(&tv.vault());
    tab.show();
    ProcessorsBox* box = tab.processorsBox();
    QCOMPARE(box->table()->rowCount(), 1);
    // Selecting the row loads the form; Save updates that processor, not a new one.
    box->table()->selectRow(0);
    QCOMPARE(box->nameEdit()->text(), QStringLiteral("Cloud Host Ltd"));
    QVERIFY(box->saveButton()->text().contains(QString::number(added->id)));
    box->nameEdit()->clear();
    QTest::keyClicks(box->nameEdit(), QStringLiteral("Cloud Host Group"));
    box->lastAuditEdit()->setDate(QDate(2026, 2, 20));
    // A review on the day of the audit is refused before saving.
    box->nextReviewEdit()->setDate(QDate(2026, 2, 20));
    QVERIFY(!box->saveButton()->isEnabled());
    box->nextReviewEdit()->setDate(QDate(2026, 3, 31));
    QVERIFY(box->saveButton()->isEnabled());
    QTest::mouseClick(box->saveButton(), Qt::LeftButton);
    const Processor stored = ActivityService(tv.vault()).processor(added->id).value();
    QCOMPARE(stored.name, QStringLiteral("Cloud Host Group"));
    QCOMPARE(stored.lastAudit, QDate(2026, 2, 20));
    QCOMPARE(stored.nextReview, QDate(2026, 3, 31));
    QCOMPARE(ActivityService(tv.vault()).processors()->size(), 1);
    QCOMPARE(box->table()->rowCount(), 1);
    QCOMPARE(box->table()->item(0, ProcessorsBox::NextReview)->text(), QStringLiteral("2026-03-31"));
    // Due within 30 days: marked in the list.
    QVERIFY(!box->table()->item(0, ProcessorsBox::NextReview)->toolTip().isEmpty());
    // "Not planned" clears the date again.
    box->nextReviewEdit()->setDate(box->nextReviewEdit()->minimumDate());
    QVERIFY(box->save());
    QVERIFY(!ActivityService(tv.vault()).processor(added->id)->nextReview.isValid());
    // An auditor sees the form but cannot save.
    tv.signInAs(Role::Auditor);
    tab.setVault(&tv.vault());
    tab.processorsBox()->table()->selectRow(0);
    QVERIFY(!tab.processorsBox()->saveButton()->isEnabled());
}

void TestActivitiesUi::disclosurePicksItsProcessor()
{
    TestVault tv;
    Processor p;
    p.name = QStringLiteral("Mail Relay Co");
    p.contractSigned = QDate(2025, 1, 1);
    auto processor = ActivityService(tv.vault()).addProcessor(p);
    QVERIFY(processor);
    registers::Disclosure d;
    d.kind = registers::DisclosureKind::Sharing;
    d.recipientName = QStringLiteral("Mail Relay Co");
    d.recipientType = registers::RecipientType::Processor;
    d.purpose = QStringLiteral("Send replies");
    d.categoryKeys = { QStringLiteral("email") };
    d.basis = registers::LegalBasis::Consent;
    d.consentRecord = QStringLiteral("Form v3");
    d.disclosedOn = QDate(2026, 3, 1);
    auto disclosure = registers::DisclosureService(tv.vault()).add(d);
    QVERIFY(disclosure);

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    DisclosuresTab tab(settings);
    tab.setVault(&tv.vault());
    tab.show();
    QVERIFY(tab.showDisclosure(disclosure->id));
    ProcessorLinkEdit* link = tab.processorEdit();
    QVERIFY(link->isEnabled());
    QCOMPARE(link->processorId(), qint64(0));
    QVERIFY(!link->clearButton()->isEnabled());
    // The picker lists the processor; searching narrows it; Choose links it.
    bool picked = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ProcessorPickerDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        QTest::keyClicks(dialog->searchBox(), QStringLiteral("nothing-like-this"));
        const bool emptyShown = !(dialog->results()->item(0)->flags() & Qt::ItemIsSelectable);
        dialog->searchBox()->clear();
        QTest::keyClicks(dialog->searchBox(), QStringLiteral("relay"));
        picked = emptyShown && dialog->results()->count() == 1 && dialog->chosen().id == processor->id;
        dialog->accept();
    });
    QTest::mouseClick(link->chooseButton(), Qt::LeftButton);
    QVERIFY(picked);
    QCOMPARE(link->processorId(), processor->id);
    QVERIFY(link->label()->text().contains(QStringLiteral("Mail Relay Co")));
    QVERIFY(tab.saveButton()->isEnabled());
    QVERIFY(tab.save());
    QCOMPARE(registers::DisclosureService(tv.vault()).get(disclosure->id)->processorId, processor->id);
    // Shown again after a reload; Clear unlinks.
    tab.setVault(&tv.vault());
    QVERIFY(tab.showDisclosure(disclosure->id));
    QVERIFY(tab.processorEdit()->label()->text().contains(QStringLiteral("Mail Relay Co")));
    QTest::mouseClick(tab.processorEdit()->clearButton(), Qt::LeftButton);
    QVERIFY(tab.save());
    QCOMPARE(registers::DisclosureService(tv.vault()).get(disclosure->id)->processorId, qint64(0));
}

QTEST_MAIN(TestActivitiesUi)
#include "tst_activities_ui.moc"

#include "policies/PoliciesPage.h"

#include "demo/DemoData.h"
#include "policies/PolicyContents.h"
#include "policies/PolicyContentsBox.h"
#include "policies/PolicyService.h"
#include "preferences/AppSettings.h"
#include "storage/Statement.h"
#include "widgets/Dialogs.h"

#include "TestVault.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        widget->grab().save(dir + QStringLiteral("/policies-%1.png").arg(name));
    }
}

} // namespace

class TestPoliciesPage : public QObject
{
    Q_OBJECT

private slots:
    void showsDemoVersionsAndSealsPublished();
    void contentsCheckAndConfirmedApproval();
};

void TestPoliciesPage::showsDemoVersionsAndSealsPublished()
{
    TestVault tv;
    tv.signInAs(Role::Staff, QStringLiteral("zhangwei"));
    tv.signInAdmin();
    DemoSummary summary;
    QVERIFY(demo::fillPolicies(tv.vault(), DemoOptions {}, summary));

    // The page's per-user settings (column widths) go to a file of this test, never the user's.
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::PoliciesPage page(settings);
    page.resize(1400, 860);
    page.setVault(&tv.vault());
    page.show();
    QCOMPARE(page.versionModel()->rowCount(), 3);
    QCOMPARE(page.badgeCount(), 0);

    // The published version: read-only editors, Save disabled, hash shown.
    PolicyService service(tv.vault());
    auto doc = service.documentByName(QStringLiteral("隐私政策 / Privacy policy"));
    QVERIFY(doc.ok());
    const PolicyVersion published = service.versionByLabel(doc->id, QStringLiteral("2024-04-25")).value();
    page.selectVersion(published.id);
    QCOMPARE(page.currentVersion()->id, published.id);
    QVERIFY(!page.saveButton()->isEnabled());
    QVERIFY(page.chineseEditor()->isReadOnly());
    QVERIFY(page.chineseEditor()->toPlainText().contains(QStringLiteral("醫(yī)")));
    screenshot(&page, QStringLiteral("published"));

    // The draft in review is selected first (newest); compare it with what it revises.
    page.selectVersion(page.versionModel()->versionAt(0)->id);
    std::unique_ptr<ui::PolicyCompareDialog> dialog(page.createCompareDialog());
    dialog->resize(1200, 760);
    dialog->show();
    QVERIFY(dialog->changeCount() >= 3);
    QCOMPARE(dialog->currentChange(), 0);
    dialog->showChange(2);
    QCOMPARE(dialog->currentChange(), 2);
    dialog->showChange(999);
    QCOMPARE(dialog->currentChange(), 2);
    QVERIFY(dialog->comparisonReport().toPlainText().contains(published.contentHash));
    screenshot(dialog.get(), QStringLiteral("compare"));

    page.setVault(nullptr);
    QCOMPARE(page.versionModel()->rowCount(), 0);
    QVERIFY(page.chineseEditor()->toPlainText().isEmpty());
}

void TestPoliciesPage::contentsCheckAndConfirmedApproval()
{
    TestVault tv;
    tv.signInAs(Role::Staff, QStringLiteral("zhangwei"));
    tv.signInAdmin();
    DemoSummary summary;
    QVERIFY(demo::fillPolicies(tv.vault(), DemoOptions {}, summary));
    AppSettings settings;
    ui::PoliciesPage page(settings);
    page.resize(1400, 860);
    page.setVault(&tv.vault());
    page.show();
    const PolicyVersion review = *page.versionModel()->versionAt(0);
    QCOMPARE(review.status, PolicyStatus::InReview);
    page.selectVersion(review.id);
    ui::PolicyContentsBox* box = page.contentsBox();
    QCOMPARE(box->table()->rowCount(), 10);
    QVERIFY(box->isEditable());
    // The demo's approver has ticked five items with their sections.
    QCOMPARE(box->untickedKeys().size(), 5);
    QVERIFY(box->summaryLabel()->text().contains(QStringLiteral("5")));
    QCOMPARE(box->table()->item(2, ui::PolicyContentsBox::Note)->text(), QStringLiteral("二.1"));
    screenshot(&page, QStringLiteral("contents"));

    // Ticking through the table's check box saves at once.
    box->table()->item(4, ui::PolicyContentsBox::Item)->setCheckState(Qt::Checked);
    QTRY_COMPARE(box->untickedKeys().size(), 4);
    QVERIFY(PolicyContentsService(tv.vault()).checks(review.id)->at(4).ticked);
    QVERIFY(box->setNote(QStringLiteral("retention"), QStringLiteral("二.1.3")));
    QCOMPARE(PolicyContentsService(tv.vault()).checks(review.id)->at(4).note, QStringLiteral("二.1.3"));
    QVERIFY(!box->setNote(QStringLiteral("retention"), QStringLiteral("a\nb"))); // refused, shown, kept

    // Approve with items unticked: a warning names them; No keeps the version in review.
    {
        ui::Dialogs::DialogScript script;
        script.answer(QMessageBox::No);
        QTest::mouseClick(page.approveButton(), Qt::LeftButton);
        QCOMPARE(script.asked().size(), 1);
        QCOMPARE(script.last().kind, ui::Dialogs::Kind::Warning);
        const QString text = script.last().text;
        QVERIFY2(text.contains(PolicyContents::find(QStringLiteral("officer_contact"))->title(QStringLiteral("en"))),
            qPrintable(text));
    }
    PolicyService service(tv.vault());
    QCOMPARE(service.version(review.id)->status, PolicyStatus::InReview);
    // Yes approves, and the audit log records the unticked items.
    {
        ui::Dialogs::DialogScript script;
        script.answer(QMessageBox::Yes);
        QTest::mouseClick(page.approveButton(), Qt::LeftButton);
        QCOMPARE(script.count(ui::Dialogs::Kind::Warning), 1);
    }
    QCOMPARE(service.version(review.id)->status, PolicyStatus::Approved);
    Statement forced(tv.db(),
        "SELECT count(*) FROM audit_log WHERE action = 'policy.version.transition' AND entity_id = ? AND detail "
        "LIKE 'in_review->approved; forced; unticked=%officer_contact%'");
    forced.bind(1, QString::number(review.id));
    QVERIFY(forced.next());
    QCOMPARE(forced.int64(0), qint64(1));

    // The printed version carries the check.
    const QString printed = page.versionReport(PolicyTexts::Chinese).toPlainText();
    const PolicyContentRequirement* collected = PolicyContents::find(QStringLiteral("collected_list"));
    QVERIFY(printed.contains(collected->titleEn) || printed.contains(collected->titleZh));
    QVERIFY(printed.contains(QStringLiteral("二.1.3")));

    // A staff member sees the check read-only.
    tv.signInAs(Role::Staff, QStringLiteral("zhangwei"));
    page.setVault(&tv.vault());
    page.selectVersion(review.id);
    QVERIFY(!page.contentsBox()->isEditable());
    QVERIFY(!(page.contentsBox()->table()->item(0, 0)->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!page.contentsBox()->setTicked(QStringLiteral("officer_contact"), true));
}

QTEST_MAIN(TestPoliciesPage)
#include "tst_policiespage.moc"

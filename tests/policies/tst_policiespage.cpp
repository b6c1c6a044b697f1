#include "policies/PoliciesPage.h"

#include "demo/DemoData.h"
#include "policies/PolicyService.h"
#include "settings/AppSettings.h"

#include "TestVault.h"

#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
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

QTEST_MAIN(TestPoliciesPage)
#include "tst_policiespage.moc"

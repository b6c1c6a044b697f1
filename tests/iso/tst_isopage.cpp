#include "TestVault.h"

#include "demo/DemoData.h"
#include "iso/IsoPage.h"
#include "iso/IsoService.h"
#include "util/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace cd;
using namespace cd::test;

namespace {
void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        w->grab().save(dir + QStringLiteral("/iso-") + name + QStringLiteral(".png"));
    }
}
} // namespace

class TestIsoPage : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryControlByTheme();
    void searchFiltersInBothLanguages();
    void savingAnExclusionNeedsJustification();
    void lockClearsEverything();
};

void TestIsoPage::showsEveryControlByTheme()
{
    TestVault tv;
    DemoSummary summary;
    DemoOptions options;
    QVERIFY(demo::fillIso(tv.vault(), options, summary));
    ui::IsoPage page;
    page.resize(1400, 860);
    page.setVault(&tv.vault());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.tree()->topLevelItemCount(), 4);
    QCOMPARE(page.visibleControlCount(), 93);
    QCOMPARE(page.tree()->topLevelItem(0)->childCount(), 37);
    QCOMPARE(page.tree()->topLevelItem(3)->childCount(), 34);
    QVERIFY(page.tree()->topLevelItem(0)->text(0).contains(QLatin1Char('%')));
    QVERIFY(page.badgeCount() > 0); // the demo leaves some reviews overdue
    // The demo's history replays to today's state.
    iso::IsoService service(tv.vault());
    iso::ControlFilter implemented;
    implemented.status = iso::ImplementationStatus::Implemented;
    auto months = service.implementedByMonth(Clock::today(), 12);
    QCOMPARE(months->last().implemented, int(service.controls(implemented)->size()));
    QVERIFY(months->first().implemented < months->last().implemented);
    QVERIFY(page.selectControl(QStringLiteral("5.1")));
    QCOMPARE(page.currentControlId(), QStringLiteral("5.1"));
    screenshot(&page, QStringLiteral("controls"));
    page.tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    screenshot(&page, QStringLiteral("charts"));
}

void TestIsoPage::searchFiltersInBothLanguages()
{
    TestVault tv;
    ui::IsoPage page;
    page.setVault(&tv.vault());
    page.searchEdit()->setText(QStringLiteral("安全编码")); // keyClicks types ASCII only
    QCOMPARE(page.visibleControlCount(), 1);
    page.searchEdit()->clear();
    QTest::keyClicks(page.searchEdit(), QStringLiteral("threat"));
    QCOMPARE(page.visibleControlCount(), 2); // 5.7 Threat intelligence, 7.5 … environmental threats
    page.searchEdit()->clear();
    QCOMPARE(page.visibleControlCount(), 93);
}

void TestIsoPage::savingAnExclusionNeedsJustification()
{
    TestVault tv;
    ui::IsoPage page;
    page.setVault(&tv.vault());
    QVERIFY(page.selectControl(QStringLiteral("8.30")));
    auto* combo = page.findChild<QComboBox*>(QStringLiteral("isoApplicable"));
    QVERIFY(combo);
    combo->setCurrentIndex(1);
    QVERIFY(!page.saveDetail().isEmpty()); // refused: no justification
    QVERIFY(iso::IsoService(tv.vault()).control(QStringLiteral("8.30"))->applicable);
    auto* justification = page.findChild<QPlainTextEdit*>(QStringLiteral("isoJustification"));
    QVERIFY(justification);
    justification->setPlainText(QStringLiteral("No outsourced development."));
    QCOMPARE(page.saveDetail(), QString());
    auto c = iso::IsoService(tv.vault()).control(QStringLiteral("8.30"));
    QVERIFY(!c->applicable);
    QCOMPARE(c->status, iso::ImplementationStatus::NotApplicable);
}

void TestIsoPage::lockClearsEverything()
{
    TestVault tv;
    ui::IsoPage page;
    page.setVault(&tv.vault());
    QVERIFY(page.selectControl(QStringLiteral("5.7")));
    page.setVault(nullptr);
    QCOMPARE(page.tree()->topLevelItemCount(), 0);
    QCOMPARE(page.currentControlId(), QString());
    QCOMPARE(page.badgeCount(), 0);
    QVERIFY(!page.canPrint());
}

QTEST_MAIN(TestIsoPage)
#include "tst_isopage.moc"

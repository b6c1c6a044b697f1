#include "TestVault.h"

#include "demo/DemoData.h"
#include "iso/IsoControlFilterModel.h"
#include "iso/IsoControlsModel.h"
#include "iso/IsoPage.h"
#include "iso/IsoService.h"
#include "report/StatePalette.h"
#include "util/Clock.h"
#include "widgets/EmptyState.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

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
    void savedEditRepaintsTheRowInPlace();
    void reviewedTodayClearsTheOverdueMark();
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
    const QAbstractItemModel* shown = page.tree()->model();
    QCOMPARE(shown->rowCount(), 4);
    QCOMPARE(page.visibleControlCount(), 93);
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 37);
    QCOMPARE(shown->rowCount(shown->index(3, 0)), 34);
    QVERIFY(shown->index(0, 0).data().toString().contains(QLatin1Char('%')));
    QVERIFY(page.tree()->isFirstColumnSpanned(0, {}));
    QVERIFY(page.tree()->isExpanded(shown->index(3, 0)));
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
    // A search that matches nothing says so in the list.
    const ui::EmptyState* empty = ui::EmptyState::of(page.tree());
    QVERIFY(empty);
    QVERIFY(!empty->isVisibleTo(page.tree()));
    page.searchEdit()->setText(QStringLiteral("zz-nothing-matches"));
    QCOMPARE(page.visibleControlCount(), 0);
    QCOMPARE(page.tree()->model()->rowCount(), 0);
    QVERIFY(empty->isVisibleTo(page.tree()));
    page.searchEdit()->clear();
    QVERIFY(!empty->isVisibleTo(page.tree()));
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
    QCOMPARE(page.tree()->model()->rowCount(), 0);
    QCOMPARE(page.currentControlId(), QString());
    QCOMPARE(page.badgeCount(), 0);
    QVERIFY(!page.canPrint());
}

namespace {

// What the tree shows in one cell of a control's row.
QModelIndex shownCell(const ui::IsoPage& page, const QString& controlId, int column)
{
    return page.proxy()->mapFromSource(page.model()->indexOf(controlId, column));
}

QColor shownColour(const QModelIndex& index)
{
    return index.data(Qt::ForegroundRole).value<QBrush>().color();
}

void chooseStatus(ui::IsoPage& page, iso::ImplementationStatus status)
{
    auto* combo = page.findChild<QComboBox*>(QStringLiteral("isoStatus"));
    QVERIFY(combo);
    const int index = combo->findData(iso::statusKey(status));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

void TestIsoPage::savedEditRepaintsTheRowInPlace()
{
    TestVault tv;
    DemoSummary summary;
    QVERIFY(demo::fillIso(tv.vault(), {}, summary));
    ui::IsoPage page;
    page.resize(1400, 860);
    page.setVault(&tv.vault());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // A control of the last theme: the list scrolls to show it.
    const QString id = QStringLiteral("8.20");
    QVERIFY(page.selectControl(id));
    QApplication::processEvents();
    const int scrolled = page.tree()->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);

    QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(page.model(), &QAbstractItemModel::dataChanged);
    chooseStatus(page, iso::ImplementationStatus::Planned);
    QCOMPARE(page.saveDetail(), QString());
    QCOMPARE(iso::IsoService(tv.vault()).control(id)->status, iso::ImplementationStatus::Planned);
    // The row shows the saved status in the palette's colour for open work…
    QModelIndex status = shownCell(page, id, ui::IsoControlsModel::Status);
    QCOMPARE(status.data().toString(), iso::statusDisplayName(iso::ImplementationStatus::Planned));
    QCOMPARE(shownColour(status), QColor(StatePalette::text(StateTone::Info)));
    // …without a reset: the row stays selected and current, the list where it was.
    QCOMPARE(resets.size(), 0);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(page.tree()->currentIndex().siblingAtColumn(0).data().toString(), id);
    QVERIFY(page.tree()->selectionModel()->isSelected(page.tree()->currentIndex()));
    QCOMPARE(page.tree()->verticalScrollBar()->value(), scrolled);
    QCOMPARE(page.currentControlId(), id);
    const QString themePlanned = page.tree()->model()->index(3, 0).data().toString();

    // Implemented: green, and the theme line counts it.
    chooseStatus(page, iso::ImplementationStatus::Implemented);
    QCOMPARE(page.saveDetail(), QString());
    status = shownCell(page, id, ui::IsoControlsModel::Status);
    QCOMPARE(status.data().toString(), iso::statusDisplayName(iso::ImplementationStatus::Implemented));
    QCOMPARE(shownColour(status), QColor(StatePalette::text(StateTone::Ok)));
    const QString themeAfter = page.tree()->model()->index(3, 0).data().toString();
    QVERIFY2(themeAfter != themePlanned, qPrintable(themeAfter));

    // Excluded: not applicable, in the neutral grey.
    auto* applicable = page.findChild<QComboBox*>(QStringLiteral("isoApplicable"));
    auto* justification = page.findChild<QPlainTextEdit*>(QStringLiteral("isoJustification"));
    QVERIFY(applicable && justification);
    applicable->setCurrentIndex(1);
    justification->setPlainText(QStringLiteral("No development in house."));
    QCOMPARE(page.saveDetail(), QString());
    status = shownCell(page, id, ui::IsoControlsModel::Status);
    QCOMPARE(status.data().toString(), iso::statusDisplayName(iso::ImplementationStatus::NotApplicable));
    QCOMPARE(shownColour(status), QColor(StatePalette::text(StateTone::Neutral)));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(page.tree()->verticalScrollBar()->value(), scrolled);
    screenshot(&page, QStringLiteral("after-edit"));

    // A search that hides the control leaves no other row current; the form keeps the control,
    // and clearing the search selects it again.
    page.searchEdit()->setText(QStringLiteral("5.1"));
    QVERIFY(!shownCell(page, id, 0).isValid());
    QVERIFY(!page.tree()->currentIndex().isValid());
    QCOMPARE(page.currentControlId(), id);
    page.searchEdit()->clear();
    QCOMPARE(page.tree()->currentIndex().siblingAtColumn(0).data().toString(), id);
    QVERIFY(page.tree()->selectionModel()->isSelected(page.tree()->currentIndex()));
}

void TestIsoPage::reviewedTodayClearsTheOverdueMark()
{
    TestVault tv;
    DemoSummary summary;
    QVERIFY(demo::fillIso(tv.vault(), {}, summary));
    auto overview = iso::IsoService(tv.vault()).overview(Clock::today());
    QVERIFY(overview);
    QVERIFY(!overview->overdueReviews.isEmpty());
    const QString id = overview->overdueReviews.first().controlId;
    ui::IsoPage page;
    page.setVault(&tv.vault());
    const int overdue = page.badgeCount();
    QModelIndex next = shownCell(page, id, ui::IsoControlsModel::NextReview);
    QCOMPARE(shownColour(next), QColor(StatePalette::text(StateTone::Overdue)));
    QVERIFY(!next.data(Qt::ToolTipRole).toString().isEmpty());

    QVERIFY(page.selectControl(id));
    auto* reviewed = page.findChild<QPushButton*>(QStringLiteral("isoReviewedToday"));
    QVERIFY(reviewed);
    reviewed->click();
    QCOMPARE(page.saveDetail(), QString());
    next = shownCell(page, id, ui::IsoControlsModel::NextReview);
    QVERIFY(!next.data(Qt::ForegroundRole).isValid());
    QVERIFY(next.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(page.badgeCount(), overdue - 1);
}

QTEST_MAIN(TestIsoPage)
#include "tst_isopage.moc"

#include "TestVault.h"

#include "demo/DemoData.h"
#include "preferences/AppSettings.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionImportDialog.h"
#include "submissions/SubmissionsModel.h"
#include "submissions/SubmissionsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace cd;
using namespace cd::submissions;
using namespace cd::test;
using namespace cd::ui;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(CD_SUBMISSIONS_DATA "/") + name;
}

void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        w->grab().save(dir + QStringLiteral("/submissions-") + name + QStringLiteral(".png"));
    }
}

} // namespace

class TestSubmissionsUi : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_vault = std::make_unique<TestVault>();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }
    void cleanup()
    {
        SubmissionsModel::setFarOffset(0);
        SubmissionsModel::setBackgroundFrom(0);
        m_vault.reset();
        m_settings.reset();
    }
    void modelPassesTester();
    void importSearchAndChangeStatus();
    void lockClearsEverything();
    void farRowsLoadOnWorker();
    void staleBlocksAreDropped();
    void filterAppliesOnWorker();
    void loadingRowSelectedShowsWhenLoaded();
    void hiddenPageMeasuresAScreenOfRows();
    void newSearchStartsAtTheTop();

private:
    void fill(int rows)
    {
        DemoOptions o;
        o.submissions = rows;
        DemoSummary s;
        QVERIFY(demo::fillSubmissions(m_vault->vault(), o, s));
    }
    // Asks for `row`, which must be far: loading first, then (on the worker) its block.
    void loadFar(SubmissionsModel& model, int row)
    {
        QCOMPARE(model.idAt(row), 0);
        QVERIFY(model.isLoading(row));
        QSignalSpy arrived(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(arrived.wait());
        QVERIFY(!model.isLoading(row));
    }
    QTemporaryDir m_dir;
    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<AppSettings> m_settings;
};

void TestSubmissionsUi::modelPassesTester()
{
    fill(1200);
    SubmissionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVault(&m_vault->vault());
    QCOMPARE(model.rowCount(), 1200);
    // Walk past several blocks forwards (keyset) and jump back (offset): same rows as SQL.
    QList<qint64> walked;
    for (int r = 0; r < model.rowCount(); ++r) {
        walked.append(model.idAt(r));
    }
    SubmissionQuery q = SubmissionQuery::compile(m_vault->db(), {}, 24);
    QCOMPARE(walked, q.ids(m_vault->db(), Sort {}));
    QCOMPARE(model.idAt(5), walked.at(5));
    model.sort(SubmissionsModel::Name, Qt::AscendingOrder);
    QVERIFY(model.data(model.index(0, SubmissionsModel::Name)).toString()
        <= model.data(model.index(1199, SubmissionsModel::Name)).toString());
    SubmissionFilter f;
    f.search = QStringLiteral("删除");
    model.setFilter(f);
    QVERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(model.submissionAt(r)->message.contains(QStringLiteral("删除")));
    }
    f.search = QStringLiteral("x");
    model.setFilter(f);
    QVERIFY(model.searchTooShort());
    QCOMPARE(model.rowCount(), 0);
}

void TestSubmissionsUi::importSearchAndChangeStatus()
{
    fill(300);
    SubmissionsPage page(*m_settings);
    page.resize(1280, 760);
    page.setVault(&m_vault->vault());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 300);

    SubmissionImportDialog* dialog = page.openImportDialog(fixture(QStringLiteral("gb18030.csv")));
    QVERIFY(dialog);
    QCOMPARE(dialog->encodingCombo()->currentIndex(), 0);
    QCOMPARE(dialog->mappingCombo(ImportField::Phone)->currentText(), QStringLiteral("手机号"));
    screenshot(dialog, QStringLiteral("import-dialog"));
    QVERIFY(dialog->startImport());
    QVERIFY(dialog->report().has_value());
    QCOMPARE(dialog->report()->imported, 4);
    QCOMPARE(dialog->report()->rejected, 2);
    QVERIFY(dialog->resultLabel()->text().contains(QStringLiteral("4")));
    screenshot(dialog, QStringLiteral("import-result"));
    dialog->close();
    QCOMPARE(page.model()->rowCount(), 304);

    QTest::keyClicks(page.searchEdit(), QStringLiteral("A-1001"));
    page.applyFilterNow();
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.countLabel()->text().contains(QStringLiteral("1")));
    page.table()->selectRow(0);
    const qint64 id = page.model()->idAt(0);
    QVERIFY(id > 0);
    QCOMPARE(page.detailStatus()->currentData().toString(), QStringLiteral("new"));
    page.detailStatus()->setCurrentIndex(page.detailStatus()->findData(QStringLiteral("contacted")));
    QTest::mouseClick(page.saveButton(), Qt::LeftButton);
    auto saved = SubmissionService(m_vault->vault()).get(id);
    QVERIFY(saved);
    QCOMPARE(saved->status, QStringLiteral("contacted"));
    page.searchEdit()->clear();
    page.applyFilterNow();
    page.table()->selectRow(2);
    screenshot(&page, QStringLiteral("page"));
}

void TestSubmissionsUi::lockClearsEverything()
{
    fill(50);
    SubmissionsPage page(*m_settings);
    page.setVault(&m_vault->vault());
    page.table()->selectRow(0);
    QCOMPARE(page.model()->rowCount(), 50);
    page.setVault(nullptr);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.countLabel()->text().isEmpty());
    QVERIFY(page.searchEdit()->text().isEmpty());
}

void TestSubmissionsUi::farRowsLoadOnWorker()
{
    fill(20000);
    SubmissionsModel::setFarOffset(1000);
    const QList<qint64> all = SubmissionQuery::compile(m_vault->db(), {}, 24).ids(m_vault->db(), Sort {});
    QCOMPARE(all.size(), 20000);
    SubmissionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVault(&m_vault->vault());
    QCOMPARE(model.rowCount(), 20000);
    // Near either end: read at once, as before (no worker at all).
    QCOMPARE(model.idAt(0), all.at(0));
    QCOMPARE(model.idAt(19999), all.at(19999));
    QVERIFY(!model.findChild<QThread*>());

    const int row = 10050;
    QVERIFY(!model.submissionAt(row));
    QVERIFY(model.isLoading(row));
    QVERIFY(model.data(model.index(row, SubmissionsModel::Name)).toString().isEmpty());
    QCOMPARE(model.data(model.index(row, SubmissionsModel::Message)).toString(),
        SubmissionsModel::tr("Loading…", "rows of a long list still being read"));
    QVERIFY(model.data(model.index(row, SubmissionsModel::Message), Qt::ForegroundRole).isValid());
    QThread* reader = model.findChild<QThread*>(QStringLiteral("submissions-reader"));
    QVERIFY(reader);
    QVERIFY(reader->isRunning());
    // The UI thread keeps turning while the block is read.
    int beats = 0;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    connect(&heartbeat, &QTimer::timeout, [&] { ++beats; });
    heartbeat.start();
    QSignalSpy arrived(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(arrived.wait());
    QVERIFY(beats > 0);
    const int first = row - row % SubmissionsModel::blockSize; // the block that holds the row
    const int end = first + SubmissionsModel::blockSize;
    QCOMPARE(arrived.first().at(0).value<QModelIndex>().row(), first);
    QCOMPARE(arrived.first().at(1).value<QModelIndex>().row(), end - 1);
    QVERIFY(!model.isLoading(row));
    QVERIFY(!model.data(model.index(row, SubmissionsModel::Message), Qt::ForegroundRole).isValid());
    for (int r = first; r < end; ++r) {
        QCOMPARE(model.idAt(r), all.at(r));
    }
    // Its neighbours step from it by keyset, at once: the next block and the one before.
    QCOMPARE(model.idAt(end), all.at(end));
    QCOMPARE(model.idAt(first - 1), all.at(first - 1));
    QCOMPARE(model.data(model.index(first - 1, SubmissionsModel::Id), SubmissionsModel::IdRole).toLongLong(),
        all.at(first - 1));
    // Past the middle, far from the end: read from the other end on the worker, same rows.
    loadFar(model, 15050);
    for (int r = 15000; r < 15000 + SubmissionsModel::blockSize; ++r) {
        QCOMPARE(model.idAt(r), all.at(r));
    }
}

void TestSubmissionsUi::staleBlocksAreDropped()
{
    fill(20000);
    SubmissionsModel::setFarOffset(1000);
    SubmissionQuery q = SubmissionQuery::compile(m_vault->db(), {}, 24);
    const QList<qint64> byName = q.ids(m_vault->db(), Sort { SortColumn::Name, false });
    SubmissionsModel model;
    model.setVault(&m_vault->vault());
    const QList<qint64> byDate = q.ids(m_vault->db(), model.currentSort());
    QVERIFY(byName.at(10050) != byDate.at(10050));

    // A sort while the block is read: the block in the old order never shows.
    QCOMPARE(model.idAt(10050), 0);
    model.sort(SubmissionsModel::Name, Qt::AscendingOrder);
    loadFar(model, 10050);
    QCOMPARE(model.idAt(10050), byName.at(10050));

    // A reload while a block is read: asked for again, not taken from the old read.
    QCOMPARE(model.idAt(5050), 0);
    model.reload();
    loadFar(model, 5050);
    QCOMPARE(model.idAt(5050), byName.at(5050));

    // A lock while a block is read: nothing arrives, nothing breaks.
    model.sort(SubmissionsModel::Id, Qt::AscendingOrder);
    QCOMPARE(model.idAt(8050), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setVault(nullptr);
    QVERIFY(!model.findChild<QThread*>());
    QCOMPARE(model.rowCount(), 0);
    QTest::qWait(50);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.idAt(8050), 0);

    // The window closes while a block is read.
    auto* closing = new SubmissionsModel;
    closing->setVault(&m_vault->vault());
    QCOMPARE(closing->idAt(10050), 0);
    QVERIFY(closing->isLoading(10050));
    delete closing;
    QTest::qWait(50);
}

void TestSubmissionsUi::filterAppliesOnWorker()
{
    fill(20000);
    SubmissionsModel::setBackgroundFrom(10000);
    SubmissionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVault(&m_vault->vault());
    QVERIFY(!model.isUpdating()); // the whole list: at once
    QCOMPARE(model.rowCount(), 20000);
    SubmissionFilter search;
    search.search = QStringLiteral("删除");
    const QList<qint64> expected = SubmissionQuery::compile(m_vault->db(), search, 24)
                                       .ids(m_vault->db(), model.currentSort(), SubmissionsModel::searchCountCap);
    QVERIFY(!expected.isEmpty());

    // The rows shown stay until the search's count and first rows arrive.
    QSignalSpy counted(&model, &SubmissionsModel::countChanged);
    model.setFilter(search);
    QVERIFY(model.isUpdating());
    QCOMPARE(model.rowCount(), 20000);
    QVERIFY(model.findChild<QThread*>(QStringLiteral("submissions-reader")));
    QVERIFY(counted.wait());
    QVERIFY(!model.isUpdating());
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.idAt(r), expected.at(r));
    }

    // Typed on before the first search arrived: only the last one shows.
    SubmissionFilter status;
    status.statuses = { QStringLiteral("closed") };
    const qint64 closed = SubmissionQuery::compile(m_vault->db(), status, 24).count(m_vault->db());
    QVERIFY(closed != model.rowCount());
    counted.clear();
    model.setFilter(search);
    model.setFilter(status);
    QTRY_VERIFY(!model.isUpdating());
    QTest::qWait(50);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(model.rowCount(), int(closed));
    QCOMPARE(model.filter().statuses, status.statuses);

    // A lock while a filter is applied.
    model.setFilter(search);
    model.setVault(nullptr);
    QVERIFY(!model.isUpdating());
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 0);
}

void TestSubmissionsUi::loadingRowSelectedShowsWhenLoaded()
{
    fill(20000);
    SubmissionsModel::setFarOffset(1000);
    SubmissionsPage page(*m_settings);
    page.resize(1280, 760);
    page.setVault(&m_vault->vault());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QScrollBar* bar = page.table()->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    const int row = page.table()->rowAt(page.table()->viewport()->height() / 2);
    QVERIFY(row > 5000);
    // Painting the middle asks for its rows: they show as loading, and selecting one is harmless.
    page.table()->viewport()->repaint();
    QVERIFY(page.model()->isLoading(row));
    screenshot(&page, QStringLiteral("loading"));
    page.table()->selectRow(row);
    QVERIFY(!page.saveButton()->isEnabled());
    QTRY_VERIFY(!page.model()->isLoading(row));
    // Once its block is there, the selected row's details show.
    QVERIFY(page.saveButton()->isEnabled());
    QCOMPARE(page.detailStatus()->currentData().toString(), page.model()->submissionAt(row)->status);
    screenshot(&page, QStringLiteral("loaded"));
}

void TestSubmissionsUi::hiddenPageMeasuresAScreenOfRows()
{
    fill(3000);
    SubmissionsPage page(*m_settings);
    page.setVault(&m_vault->vault()); // never shown: another page is in front after unlocking
    page.table()->resizeColumnToContents(SubmissionsModel::Name); // as the column policy does
    QVERIFY(page.table()->columnWidth(SubmissionsModel::Name) > 0);
    // Column widths come from about a screen of rows, whether or not the table is on screen:
    // measuring every row of a hidden table read the whole vault on the UI thread.
    QVERIFY2(page.model()->cachedBlocks() <= 1,
        qPrintable(QStringLiteral("%1 blocks of %2 rows read")
                       .arg(page.model()->cachedBlocks())
                       .arg(SubmissionsModel::blockSize)));
    page.setVault(nullptr);
}

void TestSubmissionsUi::newSearchStartsAtTheTop()
{
    fill(3000);
    SubmissionsPage page(*m_settings);
    page.resize(1000, 600);
    page.show();
    page.setVault(&m_vault->vault());
    QScrollBar* bar = page.table()->verticalScrollBar();
    // At once on a small vault, and on the worker (as on a large one).
    for (const qint64 backgroundFrom : { qint64(0), qint64(1000) }) {
        SubmissionsModel::setBackgroundFrom(backgroundFrom);
        page.searchEdit()->clear();
        page.applyFilterNow();
        QTRY_VERIFY(!page.model()->isUpdating());
        page.table()->scrollToBottom();
        QTRY_VERIFY(bar->value() > 0);
        page.searchEdit()->setText(QStringLiteral("com")); // most rows: still a long list
        page.applyFilterNow();
        QCOMPARE(page.model()->isUpdating(), backgroundFrom > 0);
        QTRY_VERIFY(!page.model()->isUpdating());
        QVERIFY(page.model()->rowCount() > 100);
        QTRY_COMPARE(bar->value(), 0);
    }
    page.setVault(nullptr);
}

QTEST_MAIN(TestSubmissionsUi)
#include "tst_submissions_ui.moc"

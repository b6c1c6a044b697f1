#include "TestVault.h"

#include "demo/DemoData.h"
#include "iso/IsoControlFilterModel.h"
#include "iso/IsoControlsModel.h"
#include "iso/IsoService.h"
#include "pages/AuditLogModel.h"
#include "policies/PoliciesPage.h"
#include "policies/PolicyService.h"
#include "registers/RegisterModels.h"
#include "registers/RegisterService.h"
#include "registers/RegisterViews.h"
#include "requests/RequestService.h"
#include "requests/RequestsModel.h"
#include "submissions/SubmissionsModel.h"
#include "util/Clock.h"
#include "util/Languages.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace cd;
using namespace cd::test;
using namespace cd::ui;

// Every item model of the program under QAbstractItemModelTester, filled from a real vault and
// then sorted, filtered, reset and refreshed the way its page does, directly and through the
// proxy the page puts in front of it.
class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void auditLogModel();
    void submissionsModel();
    void requestsModel();
    void policyVersionModel();
    void disclosureModel();
    void incidentModel();
    void isoControlsModel();

private:
    std::unique_ptr<TestVault> m_vault;
};

namespace {

constexpr auto kReport = QAbstractItemModelTester::FailureReportingMode::QtTest;

// Exposes the comparison the proxy sorts with, to check the order it produced.
class CheckedProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::lessThan;
};

// Every role of one cell: the values must be of the types views expect.
void readRoles(const QAbstractItemModel& model, const QModelIndex& index)
{
    const QList<int> roles = { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::TextAlignmentRole,
        Qt::ForegroundRole, Qt::BackgroundRole, Qt::FontRole, Qt::CheckStateRole, Qt::UserRole, Qt::UserRole + 1 };
    for (const int role : roles) {
        const QVariant v = model.data(index, role);
        if (!v.isValid()) {
            continue;
        }
        if (role == Qt::TextAlignmentRole) {
            QVERIFY(v.canConvert<int>());
        } else if (role == Qt::ForegroundRole || role == Qt::BackgroundRole) {
            QVERIFY(v.canConvert<QBrush>() || v.canConvert<QColor>());
        } else if (role == Qt::FontRole) {
            QVERIFY(v.canConvert<QFont>());
        }
    }
}

void readHeaders(const QAbstractItemModel& model)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        QVERIFY2(!model.headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
    }
    QVERIFY(!model.headerData(model.columnCount(), Qt::Horizontal).isValid());
}

// Reads every role of every cell and header: the values must be of the types views expect.
void readEverything(const QAbstractItemModel& model)
{
    readHeaders(model);
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            QVERIFY(index.isValid());
            QCOMPARE(model.parent(index), QModelIndex());
            QCOMPARE(model.rowCount(index), 0);
            readRoles(model, index);
        }
    }
    // Out of range asks get nothing, and no crash.
    QVERIFY(!model.data(model.index(model.rowCount(), 0)).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
}

// Sorts every column both ways and filters through a proxy set up like the page's, with a tester
// on the proxy; checks the order the proxy produced with its own comparison.
void sortAndFilterThroughProxy(QAbstractItemModel* model, QSortFilterProxyModel* pageProxy)
{
    CheckedProxy proxy;
    proxy.setSortRole(pageProxy ? pageProxy->sortRole() : int(Qt::DisplayRole));
    proxy.setSortLocaleAware(pageProxy ? pageProxy->isSortLocaleAware() : false);
    QAbstractItemModelTester tester(&proxy, kReport);
    proxy.setSourceModel(model);
    QCOMPARE(proxy.rowCount(), model->rowCount());
    for (int c = 0; c < model->columnCount(); ++c) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            proxy.sort(c, order);
            QCOMPARE(proxy.rowCount(), model->rowCount());
            for (int r = 1; r < proxy.rowCount(); ++r) {
                const QModelIndex before = proxy.mapToSource(proxy.index(r - 1, c));
                const QModelIndex after = proxy.mapToSource(proxy.index(r, c));
                const bool wrong
                    = order == Qt::AscendingOrder ? proxy.lessThan(after, before) : proxy.lessThan(before, after);
                QVERIFY2(!wrong, qPrintable(QStringLiteral("column %1 rows %2/%3").arg(c).arg(r - 1).arg(r)));
            }
        }
    }
    // Filter on the first row's text in every column: at least that row stays, no row without it.
    if (model->rowCount() > 0) {
        const QString needle = model->data(model->index(0, 1)).toString();
        proxy.setFilterKeyColumn(1);
        proxy.setFilterFixedString(needle);
        QVERIFY(proxy.rowCount() >= 1);
        for (int r = 0; r < proxy.rowCount(); ++r) {
            QVERIFY(proxy.data(proxy.index(r, 1)).toString().contains(needle));
        }
        proxy.setFilterFixedString(QStringLiteral("\u0001no such text\u0001"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), model->rowCount());
    }
}

} // namespace

void TestItemModels::initTestCase()
{
    // The demo's dates and deadlines are relative to "now": a fixed now keeps runs alike.
    Clock::setOverride([] { return QDateTime(QDate(2026, 4, 20), QTime(9, 30), Qt::UTC); });
    m_vault = std::make_unique<TestVault>();
    DemoOptions o;
    o.submissions = 450; // three blocks of the submissions model
    o.staffPassword = QStringLiteral("password-123");
    QVERIFY(fillDemoVault(m_vault->vault(), o));
    m_vault->signInAdmin();
    // More than one page of audit entries, so the audit model fetches more as a view scrolls.
    for (int i = 0; i <= AuditLogModel::pageSize; ++i) {
        QVERIFY(m_vault->vault().setSetting(QStringLiteral("itemmodels.k%1").arg(i), QStringLiteral("v")));
    }
}

void TestItemModels::auditLogModel()
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, kReport);
    model.setVault(&m_vault->vault());
    QVERIFY2(model.totalCount() > AuditLogModel::pageSize, "the demo leaves more than one page of entries");
    QCOMPARE(model.rowCount(), AuditLogModel::pageSize);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(qint64(model.rowCount()), model.totalCount());
    model.fetchMore({}); // nothing left: no change, no signal out of order
    QCOMPARE(qint64(model.rowCount()), model.totalCount());
    readEverything(model);
    if (QTest::currentTestFailed()) {
        return;
    }
    sortAndFilterThroughProxy(&model, nullptr);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Filter, refresh after new entries, and an impossible filter.
    AuditFilter f;
    f.action = QStringLiteral("settings.");
    model.setFilter(f);
    const qint64 before = model.totalCount();
    QVERIFY(before > 0);
    QVERIFY(m_vault->vault().setSetting(QStringLiteral("itemmodels.check"), QStringLiteral("1")));
    QCOMPARE(model.totalCount(), before);
    model.reload();
    QCOMPARE(model.totalCount(), before + 1);
    QVERIFY(model.entry(0).action.startsWith(QStringLiteral("settings.")));
    f.action = QStringLiteral("no-such-action.");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setVault(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::submissionsModel()
{
    SubmissionsModel model;
    QAbstractItemModelTester tester(&model, kReport);
    model.setVault(&m_vault->vault());
    QCOMPARE(model.rowCount(), 450);
    for (int c = 0; c < model.columnCount(); ++c) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            model.sort(c, order);
            QCOMPARE(model.rowCount(), 450);
            // First, middle (a jump by offset) and last rows are there after every sort.
            for (const int r : { 0, 225, 449 }) {
                QVERIFY(model.idAt(r) > 0);
            }
        }
    }
    model.sort(SubmissionsModel::Id, Qt::AscendingOrder);
    for (int r = 1; r < model.rowCount(); ++r) {
        QVERIFY(model.idAt(r - 1) < model.idAt(r));
    }
    readEverything(model);
    if (QTest::currentTestFailed()) {
        return;
    }
    submissions::SubmissionFilter f;
    f.search = QStringLiteral("删除");
    model.setFilter(f);
    QVERIFY(model.rowCount() > 0 && model.rowCount() < 450);
    model.reload();
    QVERIFY(model.rowCount() > 0);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 450);
    model.setVault(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::requestsModel()
{
    RequestsModel model;
    QAbstractItemModelTester tester(&model, kReport);
    requests::RequestService service(m_vault->vault());
    auto list = service.list();
    QVERIFY(list);
    QVERIFY(list->size() > 5);
    model.setRequests(list.value(), service.calendar(), Clock::today());
    QCOMPARE(model.rowCount(), int(list->size()));
    readEverything(model);
    if (QTest::currentTestFailed()) {
        return;
    }
    QSortFilterProxyModel pageProxy; // as RequestsPage sets it up
    pageProxy.setSortRole(RequestsModel::SortRole);
    sortAndFilterThroughProxy(&model, &pageProxy);
    if (QTest::currentTestFailed()) {
        return;
    }
    // Refresh with one row fewer while a sorted proxy is attached, then clear.
    QSortFilterProxyModel live;
    live.setSortRole(RequestsModel::SortRole);
    live.setSourceModel(&model);
    QAbstractItemModelTester liveTester(&live, kReport);
    live.sort(RequestsModel::Due, Qt::DescendingOrder);
    QList<requests::RightsRequest> fewer = list.value();
    fewer.removeFirst();
    model.setRequests(fewer, service.calendar(), Clock::today().addDays(3));
    QCOMPARE(live.rowCount(), int(fewer.size()));
    QCOMPARE(model.rowOf(list->first().id), -1);
    model.clear();
    QCOMPARE(live.rowCount(), 0);
    readEverything(model);
}

void TestItemModels::policyVersionModel()
{
    PolicyVersionModel model;
    QAbstractItemModelTester tester(&model, kReport);
    PolicyService service(m_vault->vault());
    auto docs = service.documents();
    QVERIFY(docs);
    QVERIFY(!docs->isEmpty());
    int seen = 0;
    for (const PolicyDocument& d : docs.value()) {
        auto versions = service.versions(d.id);
        QVERIFY(versions);
        model.setVersions(versions.value());
        QCOMPARE(model.rowCount(), int(versions->size()));
        seen += model.rowCount();
        readEverything(model);
        if (QTest::currentTestFailed()) {
            return;
        }
        sortAndFilterThroughProxy(&model, nullptr);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    QVERIFY(seen >= 3);
    QVERIFY(!model.versionAt(-1));
    QVERIFY(!model.versionAt(model.rowCount()));
    model.setVersions({});
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::disclosureModel()
{
    DisclosureModel model;
    QAbstractItemModelTester tester(&model, kReport);
    auto list = registers::DisclosureService(m_vault->vault()).list();
    QVERIFY(list);
    QVERIFY(list->size() > 2);
    model.setDisclosures(list.value());
    readEverything(model);
    if (QTest::currentTestFailed()) {
        return;
    }
    QObject owner;
    sortAndFilterThroughProxy(&model, makeRegisterProxy(&model, &owner));
    if (QTest::currentTestFailed()) {
        return;
    }
    model.retranslate();
    model.setDisclosures({});
    QCOMPARE(model.rowCount(), 0);
    model.retranslate(); // nothing to repaint: no dataChanged over an empty range
    model.setDisclosures(list.value());
    QCOMPARE(model.rowOf(list->last().id), int(list->size()) - 1);
}

void TestItemModels::incidentModel()
{
    IncidentModel model;
    QAbstractItemModelTester tester(&model, kReport);
    registers::IncidentService service(m_vault->vault());
    auto list = service.list();
    QVERIFY(list);
    QVERIFY(list->size() >= 2);
    model.setIncidents(list.value(), service.rule());
    readEverything(model);
    if (QTest::currentTestFailed()) {
        return;
    }
    QObject owner;
    QSortFilterProxyModel* pageProxy = makeRegisterProxy(&model, &owner);
    sortAndFilterThroughProxy(&model, pageProxy);
    if (QTest::currentTestFailed()) {
        return;
    }
    // The page's minute timer: clocks move on while the page's sorted proxy is attached.
    QAbstractItemModelTester proxyTester(pageProxy, kReport);
    pageProxy->sort(IncidentModel::RegulatorClock, Qt::AscendingOrder);
    model.updateClocks(Clock::nowUtc().addSecs(3600 * 30));
    model.retranslate();
    QCOMPARE(pageProxy->rowCount(), int(list->size()));
    model.setIncidents({}, service.rule());
    model.updateClocks(Clock::nowUtc());
    QCOMPARE(pageProxy->rowCount(), 0);
    model.setIncidents(list.value(), service.rule());
    QCOMPARE(pageProxy->rowCount(), int(list->size()));
}

namespace {

// A two-level model (headings with rows below them): every heading and row, with its parent.
void readTree(const QAbstractItemModel& model)
{
    readHeaders(model);
    for (int t = 0; t < model.rowCount(); ++t) {
        const QModelIndex heading = model.index(t, 0);
        QCOMPARE(model.parent(heading), QModelIndex());
        readRoles(model, heading);
        for (int r = 0; r < model.rowCount(heading); ++r) {
            for (int c = 0; c < model.columnCount(heading); ++c) {
                const QModelIndex index = model.index(r, c, heading);
                QVERIFY(index.isValid());
                QCOMPARE(model.parent(index), heading);
                QCOMPARE(model.rowCount(index), 0);
                readRoles(model, index);
            }
        }
        QVERIFY(!model.index(model.rowCount(heading), 0, heading).isValid());
    }
    QVERIFY(!model.data(QModelIndex()).isValid());
}

} // namespace

void TestItemModels::isoControlsModel()
{
    IsoControlsModel model;
    QAbstractItemModelTester tester(&model, kReport);
    iso::IsoService service(m_vault->vault());
    auto list = service.controls();
    QVERIFY(list);
    QVERIFY(list->size() > 90);
    const QDate today = Clock::today();
    model.setControls(list.value(), Languages::english(), today);
    QCOMPARE(model.rowCount(), iso::themeCount);
    QCOMPARE(model.controlCount(), int(list->size()));
    readTree(model);
    if (QTest::currentTestFailed()) {
        return;
    }
    // Theme lines are headings: bold, not selectable, no control behind them.
    const QModelIndex theme = model.index(0, 0);
    QVERIFY(!(model.flags(theme) & Qt::ItemIsSelectable));
    QVERIFY(model.data(theme, Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.controlAt(theme));
    QVERIFY(model.flags(model.index(0, 0, theme)) & Qt::ItemIsSelectable);
    const QString id = list->first().controlId;
    QCOMPARE(model.indexOf(id).data(IsoControlsModel::ControlIdRole).toString(), id);
    QVERIFY(!model.indexOf(QStringLiteral("9.99")).isValid());

    // Through the page's proxy: each filter shows what IsoService's own filter finds.
    IsoControlFilterModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, kReport);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.visibleControlCount(), int(list->size()));
    iso::ControlFilter implemented;
    implemented.status = iso::ImplementationStatus::Implemented;
    iso::ControlFilter overdue;
    overdue.reviewOverdue = true;
    iso::ControlFilter threat;
    threat.search = QStringLiteral("threat");
    iso::ControlFilter noOwner;
    noOwner.owner = QString();
    for (const iso::ControlFilter& f : { implemented, overdue, threat, noOwner }) {
        proxy.setFilter(f);
        QCOMPARE(proxy.visibleControlCount(), int(service.controls(f)->size()));
        readTree(proxy);
    }
    iso::ControlFilter nothing;
    nothing.search = QStringLiteral("\u0001no such control\u0001");
    proxy.setFilter(nothing);
    QCOMPARE(proxy.rowCount(), 0);

    // An edit refills the model in place: no reset, the proxy takes the row in or out.
    iso::ControlFilter planned;
    planned.status = iso::ImplementationStatus::Planned;
    proxy.setFilter(planned);
    const int plannedBefore = proxy.visibleControlCount();
    const QString edited = service.controls(implemented)->first().controlId;
    iso::ControlChange change;
    change.status = iso::ImplementationStatus::Planned;
    QVERIFY(service.update(edited, change));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setControls(service.controls().value(), Languages::english(), today);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 2); // the control's row and its theme line
    QCOMPARE(proxy.visibleControlCount(), plannedBefore + 1);
    QCOMPARE(model.indexOf(edited, IsoControlsModel::Status).data().toString(),
        iso::statusDisplayName(iso::ImplementationStatus::Planned));
    model.setControls(service.controls().value(), Languages::english(), today);
    QCOMPARE(changes.size(), 2); // nothing changed: nothing repainted

    // Another language repaints every row, still without a reset.
    model.setControls(service.controls().value(), Languages::chinese(), today);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.indexOf(id, IsoControlsModel::Title).data().toString(), list->first().titleZh);
    model.retranslate();
    readTree(model);

    // Another set of controls resets; a lock empties it.
    QList<iso::Control> fewer = service.controls().value();
    fewer.removeLast();
    model.setControls(fewer, Languages::english(), today);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.controlCount(), int(fewer.size()));
    proxy.setFilter({});
    QCOMPARE(proxy.visibleControlCount(), int(fewer.size()));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
    readTree(model);
    model.retranslate(); // nothing to repaint: no dataChanged over an empty range
    model.setControls({}, Languages::english(), today);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"

// Navigation from the Dashboard into the other pages, through the real main window on a demo
// vault: each attention line opens its record (or filtered list), filters that would hide the
// record are reset, and a record deleted meanwhile gives a status message instead of a failure.
#include "TestVault.h"

#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoData.h"
#include "iso/IsoPage.h"
#include "policies/PoliciesPage.h"
#include "policies/PolicyService.h"
#include "preferences/AppSettings.h"
#include "registers/DisclosuresTab.h"
#include "registers/IncidentsTab.h"
#include "registers/RegisterModels.h"
#include "registers/RegisterService.h"
#include "registers/RegistersPage.h"
#include "requests/RequestService.h"
#include "requests/RequestsModel.h"
#include "requests/RequestsPage.h"
#include "storage/Statement.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionsModel.h"
#include "submissions/SubmissionsPage.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cd;
using namespace cd::ui;
using cd::test::TestVault;

namespace {

void saveScreenshot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        w.grab().save(dir + QStringLiteral("/navigation-") + name + QStringLiteral(".png"));
    }
}

QLineEdit* searchWithPlaceholder(QWidget* parent, const QString& placeholder)
{
    const auto edits = parent->findChildren<QLineEdit*>();
    for (QLineEdit* e : edits) {
        if (e->placeholderText() == placeholder) {
            return e;
        }
    }
    return nullptr;
}

QVariantMap arg(std::initializer_list<std::pair<QString, QVariant>> values)
{
    QVariantMap map;
    for (const auto& v : values) {
        map.insert(v.first, v.second);
    }
    return map;
}

} // namespace

class TestNavigation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void dashboardLinesOpenTheirTargets();
    void requestHiddenByFiltersIsShown();
    void registersSelectIncidentAndDisclosure();
    void policyVersionOfAnotherDocument();
    void isoControlHiddenBySearch();
    void submissionListsResetOtherFilters_data();
    void submissionListsResetOtherFilters();
    void missingTargetsGiveAMessage_data();
    void missingTargetsGiveAMessage();
    void lockedWindowIgnoresTargets();

private:
    // Sends the request the way a Dashboard line does and checks the page is shown.
    void navigate(const QString& pageId, const QVariantMap& argument);
    Vault& vault() { return *m_window->page(QStringLiteral("dashboard"))->vault(); }
    template <typename P> P* page(const QString& id) { return static_cast<P*>(m_window->page(id)); }

    std::unique_ptr<TestVault> m_demo;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
};

void TestNavigation::initTestCase()
{
    m_language = std::make_unique<LanguageManager>();
    m_language->setLanguage(QStringLiteral("en"));
    m_demo = std::make_unique<TestVault>();
    DemoOptions options;
    options.submissions = 300;
    options.staffPassword = QStringLiteral("password-123");
    auto demo = fillDemoVault(m_demo->vault(), options);
    QVERIFY2(demo, qPrintable(demo.message()));
    m_demo->close(); // each test works on its own copy of the file
}

void TestNavigation::init()
{
    // A fresh window per test on a fresh copy of the demo vault, so one test's deletions and
    // filters do not leak into the next.
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    const QString copy = m_dir->filePath(QStringLiteral("demo.cdvault"));
    QVERIFY(QFile::copy(m_demo->path(), copy));
    m_window = std::make_unique<MainWindow>(*m_settings, *m_language);
    m_window->resize(1280, 800);
    m_window->show();
    auto opened = Vault::open(copy, TestVault::key());
    QVERIFY2(opened, qPrintable(opened.message()));
    QVERIFY(opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    m_window->setVault(std::shared_ptr<Vault>(std::move(opened.value())));
    QCOMPARE(m_window->currentPageId(), QStringLiteral("dashboard"));
}

void TestNavigation::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestNavigation::cleanupTestCase()
{
    m_demo.reset();
    m_language.reset();
}

void TestNavigation::navigate(const QString& pageId, const QVariantMap& argument)
{
    emit m_window->page(QStringLiteral("dashboard"))->navigateRequested(pageId, argument);
    QCOMPARE(m_window->currentPageId(), pageId);
}

void TestNavigation::dashboardLinesOpenTheirTargets()
{
    auto* dashboard = page<DashboardPage>(QStringLiteral("dashboard"));
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->data().has_value() && !dashboard->isBusy(), 20000);
    auto* list = dashboard->findChild<QListWidget*>(QStringLiteral("attention"));
    QVERIFY(list);
    const int lines = list->count();
    QVERIFY(lines >= 4);
    QSet<QString> opened;
    for (int i = 0; i < lines; ++i) {
        m_window->showPage(QStringLiteral("dashboard"));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isBusy(), 20000);
        QCOMPARE(list->count(), lines);
        QListWidgetItem* item = list->item(i);
        const QString pageId = item->data(Qt::UserRole).toString();
        const QVariantMap target = item->data(Qt::UserRole + 1).toMap();
        QVERIFY2(!pageId.isEmpty(), qPrintable(item->text()));
        list->scrollToItem(item);
        const QString what = QStringLiteral("line %1 (%2)").arg(i).arg(pageId);
        // Enter on the selected line (a double click does the same; see tst_dashboardpage).
        list->setFocus();
        list->setCurrentItem(item);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY2(m_window->currentPageId() == pageId, qPrintable(what + QStringLiteral(": ") + item->text()));

        if (pageId == QLatin1String("requests")) {
            auto* p = page<RequestsPage>(pageId);
            QCOMPARE(p->selectedId(), target.value(QStringLiteral("id")).toLongLong());
            const QModelIndex current = p->table()->currentIndex();
            QVERIFY(p->table()->selectionModel()->isRowSelected(current.row(), {}));
        } else if (pageId == QLatin1String("registers")) {
            auto* p = page<RegistersPage>(pageId);
            QCOMPARE(target.value(QStringLiteral("register")).toString(), QStringLiteral("incidents"));
            QCOMPARE(p->tabs()->currentWidget(), p->incidentsTab());
            QCOMPARE(p->incidentsTab()->formValue().id, target.value(QStringLiteral("id")).toLongLong());
        } else if (pageId == QLatin1String("policies")) {
            auto* p = page<PoliciesPage>(pageId);
            QVERIFY2(p->currentVersion(), qPrintable(what));
            QCOMPARE(p->currentVersion()->id, target.value(QStringLiteral("versionId")).toLongLong());
        } else if (pageId == QLatin1String("iso")) {
            auto* p = page<IsoPage>(pageId);
            const QString control = target.value(QStringLiteral("control")).toString();
            QCOMPARE(p->currentControlId(), control);
            QVERIFY(p->tree()->currentIndex().isValid());
            QCOMPARE(p->tree()->currentIndex().siblingAtColumn(0).data().toString(), control);
        } else if (pageId == QLatin1String("submissions")) {
            auto* p = page<SubmissionsPage>(pageId);
            const auto& filter = p->model()->filter();
            if (target.value(QStringLiteral("filter")) == QLatin1String("new")) {
                QCOMPARE(filter.statuses, QStringList { QStringLiteral("new") });
                QVERIFY(!filter.dueForDeletion);
            } else {
                QCOMPARE(target.value(QStringLiteral("filter")).toString(), QStringLiteral("due_for_deletion"));
                QVERIFY(filter.statuses.isEmpty());
                QVERIFY(filter.dueForDeletion);
            }
            QVERIFY(p->model()->matchCount() > 0);
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected page for ") + what));
        }
        if (!opened.contains(pageId)) {
            saveScreenshot(*m_window, pageId);
        }
        opened.insert(pageId);
    }
    // The demo vault has late requests, a running incident clock, overdue reviews and new
    // submissions: each of those pages must have been opened from a line.
    for (const char* id : { "requests", "registers", "iso", "submissions" }) {
        QVERIFY2(opened.contains(QLatin1String(id)), id);
    }
}

void TestNavigation::requestHiddenByFiltersIsShown()
{
    requests::RequestService service(vault());
    requests::RequestFilter open;
    open.openOnly = true;
    auto openList = service.list(open);
    QVERIFY(openList && !openList->isEmpty());
    const requests::RightsRequest target = openList->first();

    auto* p = page<RequestsPage>(QStringLiteral("requests"));
    m_window->showPage(QStringLiteral("requests"));
    // A type other than the target's, and a search that matches nothing: the request is hidden.
    const int otherType = p->typeFilter()->findData(key(target.type)) == 1 ? 2 : 1;
    p->typeFilter()->setCurrentIndex(otherType);
    QLineEdit* search = searchWithPlaceholder(p, RequestsPage::tr("Search number, name, email or phone"));
    QVERIFY(search);
    search->setText(QStringLiteral("zz-nothing-matches"));
    QCOMPARE(p->model()->rowCount(), 0);

    QSignalSpy messages(p, &Page::statusMessage);
    navigate(QStringLiteral("requests"),
        arg({ { QStringLiteral("id"), target.id }, { QStringLiteral("number"), target.number } }));
    QCOMPARE(p->selectedId(), target.id);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(p->typeFilter()->currentIndex(), 0);
    QCOMPARE(p->stateFilter()->currentIndex(), 0); // still "Open": the request is open
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(target.number));
    QVERIFY(m_window->statusBar()->currentMessage().contains(target.number));

    // A request closed meanwhile is not in the open list: the state filter widens to all states.
    auto all = service.list({});
    QVERIFY(all);
    const auto closed = std::find_if(
        all->cbegin(), all->cend(), [](const requests::RightsRequest& r) { return !requests::isOpen(r.state); });
    QVERIFY2(closed != all->cend(), "the demo vault has completed requests");
    p->stateFilter()->setCurrentIndex(0);
    QCOMPARE(p->model()->rowOf(closed->id), -1);
    navigate(QStringLiteral("requests"), arg({ { QStringLiteral("id"), closed->id } }));
    QCOMPARE(p->selectedId(), closed->id);
    QCOMPARE(p->stateFilter()->currentIndex(), 1);

    // Already visible: the filters the user chose stay as they are.
    p->stateFilter()->setCurrentIndex(p->stateFilter()->findData(requests::key(closed->state)));
    messages.clear();
    navigate(QStringLiteral("requests"), arg({ { QStringLiteral("number"), closed->number } }));
    QCOMPARE(p->selectedId(), closed->id);
    QCOMPARE(p->stateFilter()->currentData().toString(), requests::key(closed->state));
    QVERIFY(messages.isEmpty());
}

void TestNavigation::registersSelectIncidentAndDisclosure()
{
    auto incidents = registers::IncidentService(vault()).list();
    auto disclosures = registers::DisclosureService(vault()).list();
    QVERIFY(incidents && incidents->size() >= 2);
    QVERIFY(disclosures && disclosures->size() >= 2);
    auto* p = page<RegistersPage>(QStringLiteral("registers"));
    m_window->showPage(QStringLiteral("registers"));
    p->tabs()->setCurrentWidget(p->disclosuresTab());

    // Incident: the search on the incidents tab hides everything until the target is opened.
    QLineEdit* incidentSearch = searchWithPlaceholder(p->incidentsTab(), IncidentsTab::tr("Search title"));
    QVERIFY(incidentSearch);
    incidentSearch->setText(QStringLiteral("zz-nothing-matches"));
    QCOMPARE(p->incidentsTab()->model()->rowCount(), 0);
    const registers::Incident incident = incidents->last();
    navigate(QStringLiteral("registers"),
        arg({ { QStringLiteral("register"), QStringLiteral("incidents") }, { QStringLiteral("id"), incident.id } }));
    QCOMPARE(p->tabs()->currentWidget(), p->incidentsTab());
    QVERIFY(incidentSearch->text().isEmpty());
    QCOMPARE(p->incidentsTab()->model()->rowCount(), int(incidents->size()));
    QCOMPARE(p->incidentsTab()->formValue().id, incident.id);
    QCOMPARE(p->incidentsTab()->formValue().title, incident.title);
    const QModelIndex current = p->incidentsTab()->table()->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY(p->incidentsTab()->table()->selectionModel()->isRowSelected(current.row(), {}));

    // Disclosure: same on the other tab.
    QLineEdit* disclosureSearch
        = searchWithPlaceholder(p->disclosuresTab(), DisclosuresTab::tr("Search recipient or purpose"));
    QVERIFY(disclosureSearch);
    disclosureSearch->setText(QStringLiteral("zz-nothing-matches"));
    const registers::Disclosure disclosure = disclosures->at(1);
    navigate(QStringLiteral("registers"),
        arg({ { QStringLiteral("register"), QStringLiteral("disclosures") },
            { QStringLiteral("id"), disclosure.id } }));
    QCOMPARE(p->tabs()->currentWidget(), p->disclosuresTab());
    QVERIFY(disclosureSearch->text().isEmpty());
    QCOMPARE(p->disclosuresTab()->formValue().id, disclosure.id);
    QCOMPARE(p->disclosuresTab()->formValue().recipientName, disclosure.recipientName);

    // Deleted after the Dashboard listed it: a message, and the selection stays where it was.
    const registers::Disclosure gone = disclosures->at(0);
    QVERIFY(registers::DisclosureService(vault()).remove(gone.id));
    QSignalSpy messages(p, &Page::statusMessage);
    navigate(QStringLiteral("registers"),
        arg({ { QStringLiteral("register"), QStringLiteral("disclosures") }, { QStringLiteral("id"), gone.id } }));
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("no longer exists")));
    QCOMPARE(p->disclosuresTab()->formValue().id, disclosure.id);
}

void TestNavigation::policyVersionOfAnotherDocument()
{
    PolicyService service(vault());
    auto documents = service.documents();
    QVERIFY(documents && !documents->isEmpty());
    // The oldest version of the last document: neither the document nor the row shown first.
    const PolicyDocument document = documents->last();
    auto versions = service.versions(document.id);
    QVERIFY(versions && !versions->isEmpty());
    const PolicyVersion target = versions->last();

    auto* p = page<PoliciesPage>(QStringLiteral("policies"));
    m_window->showPage(QStringLiteral("policies"));
    QComboBox* documentBox = nullptr;
    for (QComboBox* box : p->findChildren<QComboBox*>()) {
        if (box->count() == documents->size() && box->itemData(0).toLongLong() == documents->first().id) {
            documentBox = box;
        }
    }
    QVERIFY(documentBox);
    if (documents->size() > 1) {
        documentBox->setCurrentIndex(0);
        QVERIFY(p->currentVersion()->documentId != document.id);
    }
    navigate(QStringLiteral("policies"), arg({ { QStringLiteral("versionId"), target.id } }));
    QVERIFY(p->currentVersion());
    QCOMPARE(p->currentVersion()->id, target.id);
    QCOMPARE(p->currentVersion()->documentId, document.id);
    QCOMPARE(documentBox->currentData().toLongLong(), document.id);
    QCOMPARE(p->chineseEditor()->toPlainText(), target.textZh);
}

void TestNavigation::isoControlHiddenBySearch()
{
    auto* p = page<IsoPage>(QStringLiteral("iso"));
    m_window->showPage(QStringLiteral("iso"));
    p->tabs()->setCurrentIndex(1); // the charts
    p->searchEdit()->setText(QStringLiteral("zz-nothing-matches"));
    QCOMPARE(p->visibleControlCount(), 0);

    QSignalSpy messages(p, &Page::statusMessage);
    navigate(QStringLiteral("iso"), arg({ { QStringLiteral("control"), QStringLiteral("8.24") } }));
    QCOMPARE(p->tabs()->currentIndex(), 0);
    QVERIFY(p->searchEdit()->text().isEmpty());
    QCOMPARE(p->visibleControlCount(), 93);
    QCOMPARE(p->currentControlId(), QStringLiteral("8.24"));
    const QModelIndex item = p->tree()->currentIndex();
    QVERIFY(item.isValid());
    QCOMPARE(item.siblingAtColumn(0).data().toString(), QStringLiteral("8.24"));
    QVERIFY(p->tree()->selectionModel()->isSelected(item));
    QVERIFY(p->tree()->visualRect(item).intersects(p->tree()->viewport()->rect()));
    bool detailShown = false;
    for (QLabel* l : p->findChildren<QLabel*>()) {
        detailShown = detailShown || l->text().startsWith(QStringLiteral("8.24  "));
    }
    QVERIFY(detailShown);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("8.24")));
}

void TestNavigation::submissionListsResetOtherFilters_data()
{
    QTest::addColumn<QString>("list");
    QTest::newRow("new") << QStringLiteral("new");
    QTest::newRow("due for deletion") << QStringLiteral("due_for_deletion");
}

void TestNavigation::submissionListsResetOtherFilters()
{
    QFETCH(QString, list);
    auto* p = page<SubmissionsPage>(QStringLiteral("submissions"));
    m_window->showPage(QStringLiteral("submissions"));
    p->searchEdit()->setText(QStringLiteral("zz-nothing-matches"));
    p->applyFilterNow();
    QCOMPARE(p->model()->rowCount(), 0);

    QSignalSpy messages(p, &Page::statusMessage);
    navigate(QStringLiteral("submissions"), arg({ { QStringLiteral("filter"), list } }));
    const submissions::SubmissionFilter& filter = p->model()->filter();
    QVERIFY(p->searchEdit()->text().isEmpty());
    QVERIFY(filter.search.isEmpty());
    QVERIFY(filter.region.isEmpty());
    QCOMPARE(filter.assigneeId, qint64(0));
    QVERIFY(!filter.from.isValid() && !filter.to.isValid());
    QVERIFY(!filter.possibleMinorOnly);

    qint64 expected = 0;
    if (list == QLatin1String("new")) {
        QCOMPARE(filter.statuses, QStringList { QStringLiteral("new") });
        QVERIFY(!filter.dueForDeletion);
        Statement count(vault().db(), "SELECT COUNT(*) FROM submissions WHERE status = 'new'");
        QVERIFY(count.next());
        expected = count.int64(0);
        for (int row = 0; row < qMin(20, p->model()->rowCount()); ++row) {
            QCOMPARE(p->model()->submissionAt(row)->status, QStringLiteral("new"));
        }
    } else {
        QVERIFY(filter.statuses.isEmpty());
        QVERIFY(filter.dueForDeletion);
        auto due = submissions::SubmissionService(vault()).purgeExpired(true);
        QVERIFY(due);
        expected = due->due;
    }
    QCOMPARE(p->model()->matchCount(), expected);
    // An empty list says why it is empty.
    QCOMPARE(messages.size(), expected == 0 ? 1 : 0);
}

void TestNavigation::missingTargetsGiveAMessage_data()
{
    QTest::addColumn<QString>("pageId");
    QTest::addColumn<QVariantMap>("argument");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("request") << QStringLiteral("requests")
                             << arg({ { QStringLiteral("id"), 987654 },
                                    { QStringLiteral("number"), QStringLiteral("RR-2020-9999") } })
                             << QStringLiteral("RR-2020-9999");
    QTest::newRow("incident") << QStringLiteral("registers")
                              << arg({ { QStringLiteral("register"), QStringLiteral("incidents") },
                                     { QStringLiteral("id"), 987654 } })
                              << QStringLiteral("987654");
    QTest::newRow("disclosure") << QStringLiteral("registers")
                                << arg({ { QStringLiteral("register"), QStringLiteral("disclosures") },
                                       { QStringLiteral("id"), 987654 } })
                                << QStringLiteral("987654");
    QTest::newRow("policy version") << QStringLiteral("policies") << arg({ { QStringLiteral("versionId"), 987654 } })
                                    << QStringLiteral("no longer exists");
    QTest::newRow("control") << QStringLiteral("iso") << arg({ { QStringLiteral("control"), QStringLiteral("9.99") } })
                             << QStringLiteral("9.99");
}

void TestNavigation::missingTargetsGiveAMessage()
{
    QFETCH(QString, pageId);
    QFETCH(QVariantMap, argument);
    QFETCH(QString, mentions);
    Page* p = m_window->page(pageId);
    QSignalSpy messages(p, &Page::statusMessage);
    navigate(pageId, argument);
    QCOMPARE(messages.size(), 1);
    const QString message = messages.first().first().toString();
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QCOMPARE(m_window->statusBar()->currentMessage(), message);
}

void TestNavigation::lockedWindowIgnoresTargets()
{
    m_window->lock();
    for (const QString& id : MainWindow::pageIds()) {
        Page* p = m_window->page(id);
        QSignalSpy messages(p, &Page::statusMessage);
        p->showTarget(arg({ { QStringLiteral("id"), 1 }, { QStringLiteral("versionId"), 1 },
            { QStringLiteral("control"), QStringLiteral("5.1") }, { QStringLiteral("filter"), QStringLiteral("new") },
            { QStringLiteral("register"), QStringLiteral("incidents") } }));
        QVERIFY2(messages.isEmpty(), qPrintable(id));
    }
}

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"

// Daily use with real widgets: where the cursor starts, the attention list, the File, Edit and
// Help menus, safe deletion and discarding, read-only fields, words instead of codes, dates and
// ids, and a live language switch of filters, date edits and the audit-check result.
#include "TestVault.h"

#include "app/HelpDialogs.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "dashboard/DashboardPage.h"
#include "pages/AuditLogModel.h"
#include "pages/AuditLogPage.h"
#include "preferences/AppSettings.h"
#include "registers/DisclosuresTab.h"
#include "registers/RecordPicker.h"
#include "registers/RegistersPage.h"
#include "requests/RequestDialogs.h"
#include "requests/RequestService.h"
#include "requests/RequestsPage.h"
#include "storage/Statement.h"
#include "submissions/SubmissionCount.h"
#include "submissions/SubmissionImportDialog.h"
#include "submissions/SubmissionsModel.h"
#include "vault/NewVaultDialog.h"
#include "vault/UnlockWidget.h"
#include "widgets/FormGuard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace cd;
using namespace cd::test;
using namespace cd::ui;

namespace {

const QRegularExpression kHan(QStringLiteral("\\p{Han}"));

QAction* action(QMainWindow& w, const char* name)
{
    return w.findChild<QAction*>(QString::fromLatin1(name));
}

QStringList menuTitles(QMainWindow& w)
{
    QStringList titles;
    for (QAction* a : w.menuBar()->actions()) {
        titles << a->text();
    }
    return titles;
}

} // namespace

class TestDailyUse : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void focusStartsInFirstEmptyField();
    void dashboardPrintsItsOverview();
    void ctrlNMakesARecordOnThePage();
    void editAndHelpMenus();
    void permanentDeleteIsNeverTheDefault();
    void escAsksBeforeDiscarding();
    void readOnlyPathLooksReadOnly();
    void idsHaveNoThousandsSeparators();
    void auditLogAndTimelineShowWords();
    void recordPickerFindsRecords();
    void liveSwitchReachesFiltersDatesAndResults();

private:
    // A window with a real vault signed in; the TestVault keeps the files.
    std::unique_ptr<MainWindow> openWindow(TestVault& tv);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageManager> m_language;
};

void TestDailyUse::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_language = std::make_unique<LanguageManager>();
    m_language->setLanguage(QStringLiteral("en"));
}

void TestDailyUse::cleanup()
{
    m_language.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestDailyUse::openWindow(TestVault& tv)
{
    const QString path = tv.path();
    tv.close();
    auto w = std::make_unique<MainWindow>(*m_settings, *m_language);
    w->show();
    auto opened = Vault::open(path, TestVault::key());
    if (!opened || !opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword())) {
        return nullptr;
    }
    w->setVault(std::shared_ptr<Vault>(std::move(opened.value())));
    return w;
}

// As ./scripts/run.sh starts it: vault and account on the command line, so typing goes to the
// passphrase, never appended to the path.
void TestDailyUse::focusStartsInFirstEmptyField()
{
    TestVault tv;
    const QString path = tv.path();
    tv.close();
    MainWindow w(*m_settings, *m_language);
    w.openVault(path); // what main() does with the positional argument…
    w.unlockWidget()->setAccountName(QStringLiteral("admin")); // …and with --account
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto* passphrase = w.unlockWidget()->findChild<QLineEdit*>(QStringLiteral("passphrase"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(passphrase));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("secret"));
    QCOMPARE(w.unlockWidget()->vaultPath(), path);
    QCOMPARE(passphrase->text(), QStringLiteral("secret"));

    // With nothing known the welcome shows and Create, its default, has the focus.
    AppSettings empty(m_dir->filePath(QStringLiteral("empty.ini")));
    MainWindow fresh(empty, *m_language);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowActive(&fresh));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("welcomeCreate"));
}

void TestDailyUse::dashboardPrintsItsOverview()
{
    TestVault tv;
    auto w = openWindow(tv);
    QVERIFY(w);
    w->showPage(QStringLiteral("dashboard"));
    auto* dashboard = static_cast<DashboardPage*>(w->page(QStringLiteral("dashboard")));
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->data().has_value() && !dashboard->isBusy(), 20000);
    // File › Print and Export PDF follow the overview report as soon as it exists.
    QTRY_VERIFY(action(*w, "printAction")->isEnabled());
    QVERIFY(action(*w, "pdfAction")->isEnabled());
    QVERIFY(!dashboard->printableReport().title.isEmpty());
    w->lock();
    QVERIFY(!action(*w, "printAction")->isEnabled());
}

void TestDailyUse::ctrlNMakesARecordOnThePage()
{
    TestVault tv;
    auto w = openWindow(tv);
    QVERIFY(w);
    QAction* newRecord = action(*w, "newRecordAction");
    QAction* newVault = action(*w, "newVaultAction");
    QVERIFY(newRecord && newVault);
    QCOMPARE(newRecord->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(newVault->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    w->showPage(QStringLiteral("audit"));
    QVERIFY(!newRecord->isEnabled()); // nothing to create in the audit log

    w->showPage(QStringLiteral("registers"));
    auto* registers = static_cast<RegistersPage*>(w->page(QStringLiteral("registers")));
    registers->tabs()->setCurrentWidget(registers->disclosuresTab());
    QVERIFY(newRecord->isEnabled());
    // A half-filled recipient field is replaced by an empty new record.
    auto* recipient = registers->disclosuresTab()->findChild<QLineEdit*>(QStringLiteral("recipient"));
    QVERIFY(recipient);
    recipient->setText(QStringLiteral("Someone"));
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    // The typed text is not thrown away unasked: the user agrees to discard it.
    PageFormGuard* guard = registers->disclosuresTab()->formGuard();
    const int asked = guard->questionsAsked();
    guard->setNextAnswerForTest(true);
    QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(guard->questionsAsked(), asked + 1);
    QCOMPARE(registers->disclosuresTab()->formValue().id, qint64(0));
    QCOMPARE(recipient->text(), QString());
}

void TestDailyUse::editAndHelpMenus()
{
    TestVault tv;
    auto w = openWindow(tv);
    QVERIFY(w);
    const QStringList titles = menuTitles(*w);
    QCOMPARE(titles.value(1), QStringLiteral("&Edit"));
    QVERIFY(titles.contains(QStringLiteral("&Help")));
    QAction* find = action(*w, "findAction");
    QVERIFY(find);
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
    QVERIFY(action(*w, "copyAction"));

    // Edit › Copy on a table copies the current cell (through the secure clipboard).
    w->showPage(QStringLiteral("audit"));
    auto* audit = static_cast<AuditLogPage*>(w->page(QStringLiteral("audit")));
    auto* table = audit->findChild<QTableView*>(QStringLiteral("auditTable"));
    QVERIFY(table && table->model()->rowCount() > 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, AuditLogModel::Actor));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(table));
    action(*w, "copyAction")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), table->currentIndex().data().toString());

    // Help › User guide in both languages; Help › Keyboard shortcuts lists the real shortcuts.
    QVERIFY(action(*w, "userGuideAction"));
    {
        UserGuideDialog guide(w.get());
        QVERIFY(guide.browser()->toPlainText().contains(QStringLiteral("Dashboard")));
    }
    QVERIFY(UserGuideDialog::guideHtml(QStringLiteral("zh_CN")).contains(QStringLiteral("仪表板")));
    QList<QAction*> actions;
    for (QMenu* m : w->menuBar()->findChildren<QMenu*>()) {
        actions += m->actions();
    }
    ShortcutsDialog shortcuts(actions, w.get());
    QStringList rows;
    for (int r = 0; r < shortcuts.table()->rowCount(); ++r) {
        rows << shortcuts.table()->item(r, 0)->text() + QStringLiteral(" = ") + shortcuts.table()->item(r, 1)->text();
    }
    const QString list = rows.join(QLatin1Char('\n'));
    QVERIFY2(list.contains(
                 QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText) + QStringLiteral(" = New record")),
        qPrintable(list));
    QVERIFY2(list.contains(QStringLiteral("Ctrl+Shift+N = New vault…")), qPrintable(list));
    QVERIFY2(list.contains(QStringLiteral("Ctrl+L = Lock")), qPrintable(list));
}

void TestDailyUse::permanentDeleteIsNeverTheDefault()
{
    requests::RightsRequest r;
    r.number = QStringLiteral("RR-2026-0001");
    r.linkedSubmissionCount = 2;
    ErasureDialog dialog(r, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* erase = dialog.findChild<QPushButton*>(QStringLiteral("deletePermanently"));
    QVERIFY(erase);
    QVERIFY(!erase->isDefault());
    QVERIFY(!erase->autoDefault());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // Enter cancelled; nothing deleted

    // Confirmations of deletion default to No: Enter by habit keeps the record.
    QWidget parent;
    bool sawDefaultNo = false;
    QTimer::singleShot(0, this, [&sawDefaultNo] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        sawDefaultNo = box->defaultButton() == box->button(QMessageBox::No);
        QTest::keyClick(box, Qt::Key_Return);
    });
    QVERIFY(!askBeforeDeleting(&parent, QStringLiteral("Delete"), QStringLiteral("Delete it?")));
    QVERIFY(sawDefaultNo);
}

void TestDailyUse::escAsksBeforeDiscarding()
{
    {
        NewVaultDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Untouched: Esc closes at once.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
    }
    NewVaultDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* guard = dialog.findChild<DiscardGuard*>();
    QVERIFY(guard);
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("displayName"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Wang Fang"));
    QVERIFY(DiscardGuard::hasTypedInput(&dialog));
    guard->setNextAnswerForTest(false); // "Keep editing"
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QCOMPARE(name->text(), QStringLiteral("Wang Fang"));
    guard->setNextAnswerForTest(true); // "Discard"
    QTest::keyClick(name, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestDailyUse::readOnlyPathLooksReadOnly()
{
    TestVault tv;
    SubmissionImportDialog dialog(tv.vault());
    auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("file"));
    QVERIFY(file);
    QVERIFY(file->isReadOnly());
    QCOMPARE(file->palette().color(QPalette::Base), file->palette().color(QPalette::Window));
}

void TestDailyUse::idsHaveNoThousandsSeparators()
{
    TestVault tv;
    Statement s(tv.db(),
        "INSERT INTO submissions (id, received_at, name, status, created_at, updated_at) "
        "VALUES (1923, '2026-11-05T06:30:00.000Z', 'Test Person', 'new', '2026-11-05T06:30:00.000Z', "
        "'2026-11-05T06:30:00.000Z')");
    s.exec();
    cd::submissions::SubmissionCount::add(tv.db(), 1); // as every writer of submissions does
    SubmissionsModel model;
    model.setVault(&tv.vault());
    QTRY_VERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, SubmissionsModel::Id).data().toString(), QStringLiteral("1923"));
    const QString received = model.index(0, SubmissionsModel::ReceivedAt).data().toString();
    QVERIFY2(received.startsWith(QStringLiteral("5 Nov 2026")), qPrintable(received));
}

void TestDailyUse::auditLogAndTimelineShowWords()
{
    TestVault tv;
    requests::RequestService service(tv.vault());
    requests::RequestDraft d;
    d.type = requests::RequestType::Deletion;
    d.receivedOn = QDate::currentDate();
    d.requesterName = QStringLiteral("Li Lei");
    d.email = QStringLiteral("li.lei@example.cn");
    auto r = service.add(d);
    QVERIFY2(r, qPrintable(r.message()));
    requests::TransitionInput toVerification;
    toVerification.to = requests::RequestState::Verification;
    QVERIFY(service.transition(r->id, toVerification));
    requests::TransitionInput toWork;
    toWork.to = requests::RequestState::InProgress;
    toWork.verificationMethod = QStringLiteral("id_document");
    auto worked = service.transition(r->id, toWork);
    QVERIFY2(worked, qPrintable(worked.message()));

    auto w = openWindow(tv);
    QVERIFY(w);
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        w->setLanguage(language);
        // Audit log: action words and field names, no raw codes.
        w->showPage(QStringLiteral("audit"));
        auto* audit = static_cast<AuditLogPage*>(w->page(QStringLiteral("audit")));
        AuditLogModel* model = audit->model();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString act = model->index(row, AuditLogModel::Action).data().toString();
            const QString detail = model->index(row, AuditLogModel::Detail).data().toString();
            QVERIFY2(!act.contains(QLatin1Char('.')) && !act.contains(QLatin1Char('_')), qPrintable(act));
            QVERIFY2(!detail.contains(QLatin1Char('=')), qPrintable(detail));
            if (language == QLatin1String("zh_CN")) {
                QVERIFY2(kHan.match(act).hasMatch(), qPrintable(act));
            }
        }
        // Request timeline: "(type=deletion …)" and "(method=id_document)" are words now.
        w->showPage(QStringLiteral("requests"));
        auto* requests = static_cast<RequestsPage*>(w->page(QStringLiteral("requests")));
        requests->showTarget(QVariantMap { { QStringLiteral("id"), r->id } });
        auto* timeline = requests->findChild<QTreeWidget*>();
        QVERIFY(timeline);
        QTRY_VERIFY(timeline->topLevelItemCount() >= 3);
        QStringList whats;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
            whats << timeline->topLevelItem(i)->text(2);
        }
        const QString all = whats.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(QStringLiteral("method=")) && !all.contains(QStringLiteral("type=")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("id_document")), qPrintable(all));
        if (language == QLatin1String("en")) {
            QVERIFY2(all.contains(QStringLiteral("Identity document checked")), qPrintable(all));
        } else {
            QVERIFY2(all.contains(QStringLiteral("（")), qPrintable(all)); // full-width brackets, no stray spaces
            QVERIFY2(!all.contains(QStringLiteral(" （")), qPrintable(all));
        }
    }
    w->setLanguage(QStringLiteral("en"));
}

void TestDailyUse::recordPickerFindsRecords()
{
    TestVault tv;
    requests::RequestService service(tv.vault());
    requests::RequestDraft d;
    d.type = requests::RequestType::Access;
    d.receivedOn = QDate(2026, 3, 2);
    d.requesterName = QStringLiteral("Han Meimei");
    d.email = QStringLiteral("han@example.cn");
    auto r = service.add(d);
    QVERIFY(r);
    RecordPickerDialog picker(tv.vault());
    picker.typeBox()->setCurrentIndex(picker.typeBox()->findData(QStringLiteral("request")));
    QTest::keyClicks(picker.searchBox(), QStringLiteral("Meimei"));
    QCOMPARE(picker.results()->count(), 1);
    QVERIFY(picker.results()->item(0)->text().contains(r->number));
    QCOMPARE(picker.chosen().targetType, QStringLiteral("request"));
    QCOMPARE(picker.chosen().targetId, r->id);
    // Wildcards typed by a user are text, not patterns.
    picker.searchBox()->setText(QStringLiteral("%"));
    QVERIFY(picker.chosen().targetType.isEmpty());

    // The disclosure form shows links in words and adds them through the picker.
    LinkListEdit links;
    links.setVault(&tv.vault());
    links.addLink({ QStringLiteral("request"), r->id });
    links.addLink({ QStringLiteral("request"), r->id }); // not twice
    QCOMPARE(links.links().size(), 1);
    QCOMPARE(links.list()->item(0)->text(), QStringLiteral("Rights request %1").arg(r->id));
}

void TestDailyUse::liveSwitchReachesFiltersDatesAndResults()
{
    TestVault tv;
    auto w = openWindow(tv);
    QVERIFY(w);
    w->showPage(QStringLiteral("audit"));
    auto* audit = static_cast<AuditLogPage*>(w->page(QStringLiteral("audit")));
    const QString english = audit->verifyChain();
    QVERIFY(english.contains(QStringLiteral("verifies")));
    auto* result = audit->findChild<QLabel*>(QStringLiteral("verifyResult"));
    auto* actions = audit->findChild<QComboBox*>(QStringLiteral("actionFilter"));
    auto* entities = audit->findChild<QComboBox*>(QStringLiteral("entityFilter"));
    const QList<QDateEdit*> dates = audit->findChildren<QDateEdit*>();
    QVERIFY(result && actions && entities && !dates.isEmpty());
    QCOMPARE(actions->itemText(0), QStringLiteral("Any action"));
    QCOMPARE(dates.first()->displayFormat(), QStringLiteral("d MMM yyyy"));

    // The submissions page's filters filled from the vault keep their fixed entries translated.
    QWidget* submissions = w->page(QStringLiteral("submissions"));
    QVERIFY(submissions);
    auto* regions = submissions->findChild<QComboBox*>(QStringLiteral("regionFilter"));
    auto* assignees = submissions->findChild<QComboBox*>(QStringLiteral("assigneeFilter"));
    QVERIFY(regions && assignees && assignees->count() > 1);
    QCOMPARE(regions->itemText(0), QStringLiteral("All regions"));

    w->setLanguage(QStringLiteral("zh_CN"));
    QVERIFY2(kHan.match(result->text()).hasMatch(), qPrintable(result->text()));
    QCOMPARE(actions->itemText(0), QStringLiteral("全部操作"));
    QCOMPARE(regions->itemText(0), QStringLiteral("全部地区"));
    QCOMPARE(assignees->itemText(0), QStringLiteral("全部人员"));
    QCOMPARE(assignees->itemText(1), QStringLiteral("未分配"));
    for (int i = 1; i < actions->count(); ++i) {
        QVERIFY2(kHan.match(actions->itemText(i)).hasMatch(), qPrintable(actions->itemText(i)));
    }
    for (int i = 1; i < entities->count(); ++i) {
        QVERIFY2(kHan.match(entities->itemText(i)).hasMatch(), qPrintable(entities->itemText(i)));
    }
    for (QDateEdit* e : dates) {
        QCOMPARE(e->displayFormat(), QStringLiteral("yyyy-MM-dd"));
        QCOMPARE(e->locale().language(), QLocale::Chinese);
    }
    // Every date edit of every page follows, not only this one.
    for (QDateEdit* e : w->findChildren<QDateEdit*>()) {
        if (!e->property("cdFixedFormat").toBool()) {
            QCOMPARE(e->displayFormat(), QStringLiteral("yyyy-MM-dd"));
        }
    }

    w->setLanguage(QStringLiteral("en"));
    QVERIFY2(result->text().contains(QStringLiteral("verifies")), qPrintable(result->text()));
    QCOMPARE(actions->itemText(0), QStringLiteral("Any action"));
    QCOMPARE(regions->itemText(0), QStringLiteral("All regions"));
    QCOMPARE(dates.first()->displayFormat(), QStringLiteral("d MMM yyyy"));
}

QTEST_MAIN(TestDailyUse)
#include "tst_dailyuse.moc"

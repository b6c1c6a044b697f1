#include "TestVault.h"

#include "accounts/AccountService.h"
#include "app/AboutDialog.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "audit/AuditLog.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/GettingStartedPanel.h"
#include "demo/DemoData.h"
#include "pages/AuditLogModel.h"
#include "pages/AuditLogPage.h"
#include "pages/Page.h"
#include "pages/SettingsPage.h"
#include "preferences/AppSettings.h"
#include "report/ReportDocument.h"
#include "report/ReportRenderer.h"
#include "security/InactivityFilter.h"
#include "storage/Statement.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionsPage.h"
#include "util/Clock.h"
#include "vault/AutoBackup.h"
#include "vault/NewVaultDialog.h"
#include "vault/UnlockWidget.h"
#include "widgets/BackgroundTask.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/Dialogs.h"
#include "widgets/EmptyState.h"

#include <QCommandLinkButton>
#include <QFile>
#include <QHeaderView>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

using namespace cd;
using namespace cd::test;
using namespace cd::ui;

namespace {

QString menuTitle(QMainWindow& w, int index)
{
    return w.menuBar()->actions().value(index)->text();
}

// The vault at path, opened and signed in as the administrator, for the window to own.
std::shared_ptr<Vault> signedIn(const QString& path)
{
    auto opened = Vault::open(path, TestVault::key());
    if (!opened || !opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword())) {
        return {};
    }
    return std::shared_ptr<Vault>(std::move(opened.value()));
}

// A closed vault file with automatic backups on into a folder of its own.
struct BackedUpVault {
    TestVault tv;
    QString path;
    QTemporaryDir folder;

    explicit BackedUpVault(AppSettings& settings)
        : path(tv.path())
    {
        tv.close();
        settings.setValue(AppSettings::Key::AutoBackupEnabled, true);
        settings.setValue(AppSettings::Key::AutoBackupFolder, folder.path());
    }
    // Another program's connection inside BEGIN IMMEDIATE: writers wait until it commits.
    std::unique_ptr<Database> holdWriteLock() const
    {
        auto db = Database::open(path, TestVault::key(), Database::OpenMode::Existing);
        if (!db) {
            return {};
        }
        db.value()->exec("BEGIN IMMEDIATE");
        return std::move(db.value());
    }
    // Exactly one automatic backup, whole (it opens and holds the vault's account), no partial
    // copy beside it, and the vault file free again.
    void verifyOneWholeBackup() const
    {
        const QStringList made = AutoBackup::existing(folder.path(), path);
        QCOMPARE(made.size(), 1);
        auto copy = Database::open(made.first(), TestVault::key(), Database::OpenMode::ReadOnly);
        QVERIFY2(copy, qPrintable(copy.message()));
        QCOMPARE(Statement::scalarInt(*copy.value(), "SELECT count(*) FROM accounts"), 1);
        QVERIFY(QFile::exists(Vault::backupManifestPath(made.first())));
        QVERIFY(QDir(folder.path()).entryList({ QStringLiteral("*.partial*") }, QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(Vault::open(path, TestVault::key()));
    }
};

void saveScreenshot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void languageSwitchesLive();
    void lockClearsEveryPage();
    void restoreNeedsAnAdministrator();
    void bannerWarnsAboutTheAuditLog();
    void idleLockFires();
    void unlockScreenOpensVault();
    void unlockScreenReportsWrongPassphrase();
    void newVaultDialogValidates();
    void auditPageListsAndVerifies();
    void auditModelPassesTester();
    void auditReportRunsOnAWorker();
    void settingsShowsAccounts();
    void aboutShowsVersions();
    void englishPluralForms();
    void fitsLaptopScreen();
    void firstRunShowsWelcome();
    void newVaultCreatesMissingFolders();
    void newVaultKeepsInputOnError();
    void gettingStartedChecklist();
    void emptyTablesSayWhatToDo();
    void columnWidthsPersistPerTable();
    void automaticBackupRunsBehindTheWindow();
    void unlockWaitsForTheAutomaticBackup();
    void windowGoneDuringBackupLeavesItWhole();
    void purgeRunsOnAWorker();
    void screenshots();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageManager> m_language;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_language = std::make_unique<LanguageManager>();
    m_language->setLanguage(QStringLiteral("en"));
}

void TestMainWindow::cleanup()
{
    m_language.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::languageSwitchesLive()
{
    MainWindow w(*m_settings, *m_language);
    w.show();
    QCOMPARE(menuTitle(w, 0), QStringLiteral("&File"));
    auto* header = w.page(QStringLiteral("audit"))->findChild<QLabel*>(QStringLiteral("pageHeader"));
    QVERIFY(header);
    QCOMPARE(header->text(), QStringLiteral("Audit log"));
    auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(nav->item(6)->text(), QStringLiteral("Audit log"));

    w.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(menuTitle(w, 0), QStringLiteral("文件(&F)"));
    QCOMPARE(header->text(), QStringLiteral("审计日志"));
    QCOMPARE(nav->item(6)->text(), QStringLiteral("审计日志"));
    QCOMPARE(w.windowTitle(), QStringLiteral("合规工作台"));
    QCOMPARE(m_settings->language(), QStringLiteral("zh_CN"));
    // Qt's own strings switch too (standard buttons come from qtbase_zh_CN).
    QCOMPARE(QApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));

    w.setLanguage(QStringLiteral("en"));
    QCOMPARE(menuTitle(w, 0), QStringLiteral("&File"));
    QCOMPARE(header->text(), QStringLiteral("Audit log"));
}

void TestMainWindow::lockClearsEveryPage()
{
    TestVault tv;
    MainWindow w(*m_settings, *m_language);
    w.show();
    const QString path = tv.path();
    // The window owns the vault from here on.
    auto opened = Vault::open(path, TestVault::key());
    tv.close();
    opened = Vault::open(path, TestVault::key());
    QVERIFY2(opened, qPrintable(opened.message()));
    QVERIFY(opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    w.setVault(std::shared_ptr<Vault>(std::move(opened.value())));
    QVERIFY(!w.isLocked());
    auto* audit = static_cast<AuditLogPage*>(w.page(QStringLiteral("audit")));
    QVERIFY(audit->model()->rowCount() > 0);
    auto* settings = static_cast<SettingsPage*>(w.page(QStringLiteral("settings")));
    QCOMPARE(settings->accountsTable()->rowCount(), 1);

    w.lock();
    QVERIFY(w.isLocked());
    QCOMPARE(audit->model()->rowCount(), 0);
    QCOMPARE(settings->accountsTable()->rowCount(), 0);
    for (const QString& id : MainWindow::pageIds()) {
        QVERIFY2(w.page(id)->vault() == nullptr, qPrintable(id));
    }
    QVERIFY(w.unlockWidget()->isVisible());
    // The lock released the file: another program can open it now.
    QVERIFY(Vault::open(path, TestVault::key()));
}

void TestMainWindow::restoreNeedsAnAdministrator()
{
    TestVault tv;
    tv.signInAs(Role::PrivacyOfficer, QStringLiteral("officer"));
    const QString path = tv.path();
    tv.close();
    MainWindow w(*m_settings, *m_language);
    w.show();
    QVERIFY(!w.restoreAction()->isEnabled()); // locked
    auto opened = Vault::open(path, TestVault::key());
    QVERIFY(opened);
    QVERIFY(opened.value()->signIn(QStringLiteral("officer"), QStringLiteral("password-123")));
    w.setVault(std::shared_ptr<Vault>(std::move(opened.value())));
    QVERIFY(!w.restoreAction()->isEnabled());
    w.lock();
    QVERIFY(!w.restoreAction()->isEnabled());
    opened = Vault::open(path, TestVault::key());
    QVERIFY(opened);
    QVERIFY(opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    w.setVault(std::shared_ptr<Vault>(std::move(opened.value())));
    QVERIFY(w.restoreAction()->isEnabled());
    QVERIFY(w.banner()->text().isEmpty());
    w.lock();
    QVERIFY(!w.restoreAction()->isEnabled());
}

void TestMainWindow::bannerWarnsAboutTheAuditLog()
{
    TestVault tv;
    const QString path = tv.path();
    tv.close();
    MainWindow w(*m_settings, *m_language);
    w.show();
    auto opened = Vault::open(path, TestVault::key());
    QVERIFY(opened);
    QVERIFY(opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    w.setVault(std::shared_ptr<Vault>(std::move(opened.value())));
    QVERIFY(!w.banner()->isVisible());
    w.lock(); // this computer remembers the log's head
    {
        // The log's tail cut consistently with the passphrase, outside the program.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        const QByteArray key = TestVault::key().material().bytes();
        QCOMPARE(sqlite3_key(db, key.constData(), int(key.size())), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr), SQLITE_OK);
        const char* sql = "DELETE FROM audit_log WHERE id > (SELECT max(id) FROM audit_log) - 3;"
                          "UPDATE meta SET value = (SELECT count(*) FROM audit_log) WHERE key = 'audit_count';"
                          "UPDATE meta SET value = (SELECT lower(hex(hash)) FROM audit_log ORDER BY id DESC LIMIT 1) "
                          "WHERE key = 'audit_head';";
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    opened = Vault::open(path, TestVault::key());
    QVERIFY(opened);
    QVERIFY(opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    w.setVault(std::shared_ptr<Vault>(std::move(opened.value())));
    QVERIFY(w.banner()->isVisible());
    QVERIFY2(w.banner()->text().contains(QLatin1String("shorter")), qPrintable(w.banner()->text()));
    auto* accept = w.findChild<QPushButton*>(QStringLiteral("vaultBannerAccept"));
    QVERIFY(accept && accept->isVisible());
    // In Chinese too.
    w.setLanguage(QStringLiteral("zh_CN"));
    QVERIFY(w.banner()->text().contains(QStringLiteral("审计日志")));
    w.setLanguage(QStringLiteral("en"));
    w.lock();
}

void TestMainWindow::idleLockFires()
{
    TestVault tv;
    const QString path = tv.path();
    tv.close();
    MainWindow w(*m_settings, *m_language);
    w.show();
    auto opened = Vault::open(path, TestVault::key());
    QVERIFY(opened);
    QVERIFY(opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    w.setVault(std::shared_ptr<Vault>(std::move(opened.value())));
    w.inactivityFilter()->setTimeoutMs(300);
    QVERIFY(!w.isLocked());
    // Activity keeps it open…
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(120);
        QTest::keyClick(w.findChild<QListWidget*>(QStringLiteral("navigation")), Qt::Key_Down);
    }
    QVERIFY(!w.isLocked());
    // …silence locks it.
    QTRY_VERIFY_WITH_TIMEOUT(w.isLocked(), 3000);
}

void TestMainWindow::unlockScreenOpensVault()
{
    TestVault tv;
    const QString path = tv.path();
    tv.close();
    MainWindow w(*m_settings, *m_language);
    w.show();
    UnlockWidget* unlock = w.unlockWidget();
    unlock->setVaultPath(path);
    // A raw key in SQLCipher's x'…' form is accepted as the passphrase (no KDF in tests).
    const QString rawKey = QString::fromLatin1(TestVault::key().material().bytes());
    unlock->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(rawKey);
    QTest::keyClicks(unlock->findChild<QLineEdit*>(QStringLiteral("account")), QStringLiteral("admin"));
    QTest::keyClicks(unlock->findChild<QLineEdit*>(QStringLiteral("password")), TestVault::adminPassword());
    QTest::mouseClick(unlock->findChild<QPushButton*>(QStringLiteral("unlock")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isLocked(), 10000);
    QCOMPARE(w.vault()->actor().username, QStringLiteral("admin"));
    QVERIFY(unlock->findChild<QLineEdit*>(QStringLiteral("passphrase"))->text().isEmpty());
    QCOMPARE(m_settings->lastVault(), path);
}

void TestMainWindow::unlockScreenReportsWrongPassphrase()
{
    TestVault tv;
    const QString path = tv.path();
    tv.close();
    MainWindow w(*m_settings, *m_language);
    w.show();
    UnlockWidget* unlock = w.unlockWidget();
    unlock->setVaultPath(path);
    const QString wrong = QString::fromLatin1(VaultKey::rawFromSeed("wrong").material().bytes());
    unlock->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(wrong);
    unlock->findChild<QLineEdit*>(QStringLiteral("account"))->setText(QStringLiteral("admin"));
    unlock->findChild<QLineEdit*>(QStringLiteral("password"))->setText(TestVault::adminPassword());
    unlock->unlock();
    auto* error = unlock->findChild<QLabel*>(QStringLiteral("error"));
    QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 10000);
    QCOMPARE(error->text(), StorageMessages::wrongPassphrase());
    QVERIFY(w.isLocked());

    // Right passphrase, wrong personal password: a sign-in error, still locked.
    unlock->findChild<QLineEdit*>(QStringLiteral("passphrase"))
        ->setText(QString::fromLatin1(TestVault::key().material().bytes()));
    unlock->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("not-the-password"));
    unlock->unlock();
    QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty() && error->text() != StorageMessages::wrongPassphrase(), 10000);
    QVERIFY(w.isLocked());
    QVERIFY(error->text().contains(QStringLiteral("password")));
}

void TestMainWindow::newVaultDialogValidates()
{
    NewVaultDialog d;
    d.setPath(m_dir->filePath(QStringLiteral("n.cdvault")));
    auto set
        = [&](const char* name, const QString& text) { d.findChild<QLineEdit*>(QLatin1String(name))->setText(text); };
    set("passphrase", QStringLiteral("short"));
    set("passphraseRepeat", QStringLiteral("short"));
    QVERIFY(d.validationError().contains(QStringLiteral("12")));
    set("passphrase", QStringLiteral("a long vault passphrase"));
    set("passphraseRepeat", QStringLiteral("a long vault passphrase!"));
    QVERIFY(d.validationError().contains(QStringLiteral("differ")));
    set("passphraseRepeat", QStringLiteral("a long vault passphrase"));
    set("displayName", QStringLiteral("王芳"));
    set("username", QStringLiteral("wang fang"));
    set("password", QStringLiteral("personal-pw"));
    set("passwordRepeat", QStringLiteral("personal-pw"));
    QVERIFY(!d.validationError().isEmpty()); // space in the account name
    set("username", QStringLiteral("wangfang"));
    QCOMPARE(d.validationError(), QString());
    set("password", QStringLiteral("a long vault passphrase"));
    set("passwordRepeat", QStringLiteral("a long vault passphrase"));
    QVERIFY(!d.validationError().isEmpty()); // password equal to the passphrase
}

void TestMainWindow::auditPageListsAndVerifies()
{
    TestVault tv;
    for (int i = 0; i < 450; ++i) {
        QVERIFY(tv.vault().setSetting(QStringLiteral("k%1").arg(i), QStringLiteral("v")));
    }
    AuditLogPage page;
    page.setVault(&tv.vault());
    AuditLogModel* model = page.model();
    QCOMPARE(model->totalCount(), AuditLog::count(tv.db(), {}));
    QCOMPARE(model->rowCount(), AuditLogModel::pageSize); // paged, not all loaded
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    QCOMPARE(qint64(model->rowCount()), model->totalCount());
    QVERIFY(page.verifyChain().contains(QStringLiteral("verifies")));

    tv.db().exec("UPDATE audit_log SET action = 'x' WHERE id = 5");
    const QString broken = page.verifyChain();
    QVERIFY(broken.contains(QStringLiteral("Entry 5")));

    const ReportDocument report = page.printableReport();
    QVERIFY(report.toPlainText().contains(QStringLiteral("Entry 5")));
    page.setVault(nullptr);
    QCOMPARE(model->rowCount(), 0);
}

void TestMainWindow::auditReportRunsOnAWorker()
{
    const QDateTime now(QDate(2026, 3, 2), QTime(4, 0), Qt::UTC);
    Clock::setOverride([now] { return now; });
    TestVault tv;
    for (int i = 0; i < 300; ++i) {
        QVERIFY(tv.vault().setSetting(QStringLiteral("k%1").arg(i), QStringLiteral("v")));
    }
    AuditLogPage page;
    page.setVault(&tv.vault());
    const qint64 entries = AuditLog::count(tv.db(), {});
    const auto pdfPages = [](const QString& path) {
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
        return int(QString::fromLatin1(test::readFile(path)).count(page));
    };

    // File › Print / Export PDF read the log on a worker, through a connection of its own: the
    // same report as the one read on the UI thread.
    const ReportDocument direct = page.printableReport();
    ReportDocument gathered;
    {
        TaskWatch watch;
        gathered = page.gatherReport();
        QVERIFY(watch.ranOnWorker());
    }
    QCOMPARE(gathered.toHtml(), direct.toHtml());

    // The PDF is drawn on a worker too (the report has no charts), page by page.
    QTemporaryDir out;
    ReportRenderer expected(direct);
    QVERIFY(expected.writePdf(out.filePath(QStringLiteral("expected.pdf"))));
    QVERIFY(expected.lastPageCount() >= 2);
    const QString path = out.filePath(QStringLiteral("audit.pdf"));
    {
        Dialogs::DialogScript script;
        script.choosePath(path);
        TaskWatch watch;
        QCOMPARE(ReportRenderer(gathered).exportPdfInteractive(&page, QStringLiteral("audit.pdf")), path);
        QVERIFY(watch.ranOnWorker());
        QCOMPARE(watch.lastDone(), qint64(expected.lastPageCount()));
        QCOMPARE(script.count(Dialogs::Kind::Warning), 0);
    }
    QCOMPARE(pdfPages(path), expected.lastPageCount());

    // Cancelled after the first page, or while reading: no file, no partial file, no message.
    const QString cancelled = out.filePath(QStringLiteral("cancelled.pdf"));
    {
        Dialogs::DialogScript script;
        script.choosePath(cancelled);
        TaskWatch watch(1);
        QVERIFY(ReportRenderer(gathered).exportPdfInteractive(&page, QStringLiteral("audit.pdf")).isEmpty());
        QVERIFY(watch.ranOnWorker());
        QCOMPARE(script.count(Dialogs::Kind::Warning), 0);
    }
    {
        TaskWatch watch(0);
        QVERIFY(page.gatherReport().title.isEmpty());
        QVERIFY(watch.ranOnWorker());
    }
    QVERIFY(!QFile::exists(cancelled));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
        QStringList({ QStringLiteral("audit.pdf"), QStringLiteral("expected.pdf") }));
    // A report is not an export of records: as before, none of this enters the audit log.
    QCOMPARE(AuditLog::count(tv.db(), {}), entries);
    Clock::setOverride(nullptr);
}

void TestMainWindow::auditModelPassesTester()
{
    TestVault tv;
    for (int i = 0; i < 30; ++i) {
        QVERIFY(tv.vault().setSetting(QStringLiteral("k%1").arg(i), QStringLiteral("v")));
    }
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVault(&tv.vault());
    AuditFilter f;
    f.action = QStringLiteral("settings.");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 30);
    model.setVault(nullptr);
}

void TestMainWindow::settingsShowsAccounts()
{
    TestVault tv;
    tv.signInAs(Role::Auditor, QStringLiteral("audrey"));
    SettingsPage page(*m_settings);
    page.setVault(&tv.vault());
    QCOMPARE(page.accountsTable()->rowCount(), 2);
    // An auditor sees the accounts but cannot add one: the button is disabled (core refuses too).
    bool addEnabled = true;
    for (auto* b : page.findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Add…")) {
            addEnabled = b->isEnabled();
        }
    }
    QVERIFY(!addEnabled);
}

void TestMainWindow::aboutShowsVersions()
{
    AboutDialog d(nullptr);
    const QString text = d.text();
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(Database::sqlcipherVersion()));
    QVERIFY(!Database::sqlcipherVersion().isEmpty());
}

void TestMainWindow::englishPluralForms()
{
    // English is the source language; its plural forms come from compliance-desk_en.ts.
    QCOMPARE(cd::ui::AuditLogPage::tr("%n entries", nullptr, 1), QStringLiteral("1 entry"));
    QCOMPARE(cd::ui::AuditLogPage::tr("%n entries", nullptr, 3), QStringLiteral("3 entries"));
    m_language->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(cd::ui::AuditLogPage::tr("%n entries", nullptr, 3), QStringLiteral("3 条记录"));
    m_language->setLanguage(QStringLiteral("en"));
}

void TestMainWindow::fitsLaptopScreen()
{
    // Many staff work on 1366×768 laptops: every page, in both languages, must fit.
    TestVault tv;
    DemoOptions options;
    options.submissions = 200;
    options.staffPassword = QStringLiteral("password-123");
    QVERIFY(fillDemoVault(tv.vault(), options));
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        m_language->setLanguage(lang);
        MainWindow w(*m_settings, *m_language);
        w.show();
        const QString path = tv.path();
        tv.close();
        auto opened = Vault::open(path, TestVault::key());
        QVERIFY(opened);
        QVERIFY(opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
        w.setVault(std::shared_ptr<Vault>(std::move(opened.value())));
        for (const QString& id : MainWindow::pageIds()) {
            w.showPage(id);
            QApplication::processEvents();
            const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
            QVERIFY2(min.width() <= 1366 && min.height() <= 740,
                qPrintable(QStringLiteral("%1 %2: %3x%4").arg(id, lang).arg(min.width()).arg(min.height())));
        }
        w.lock();
        tv.reopen();
    }
    m_language->setLanguage(QStringLiteral("en"));
}

void TestMainWindow::screenshots()
{
    if (qEnvironmentVariableIsEmpty("CD_SCREENSHOT_DIR")) {
        QSKIP("set CD_SCREENSHOT_DIR to write screenshots");
    }
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        m_language->setLanguage(lang);
        MainWindow w(*m_settings, *m_language);
        w.resize(1200, 760);
        w.show();
        saveScreenshot(w, QStringLiteral("unlock-") + lang);
        TestVault tv;
        DemoOptions options;
        options.submissions = 500;
        options.staffPassword = QStringLiteral("password-123");
        auto demo = fillDemoVault(tv.vault(), options);
        QVERIFY2(demo, qPrintable(demo.message()));
        const QString path = tv.path();
        tv.close();
        auto opened = Vault::open(path, TestVault::key());
        QVERIFY(opened);
        QVERIFY(opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
        w.setVault(std::shared_ptr<Vault>(std::move(opened.value())));
        for (const QString& id : MainWindow::pageIds()) {
            w.showPage(id);
            QApplication::processEvents();
            if (auto* dashboard = qobject_cast<DashboardPage*>(w.page(id))) {
                QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isBusy() && dashboard->canPrint(), 20000);
            }
            saveScreenshot(w, QStringLiteral("page-%1-%2").arg(id, lang));
            if (id == QLatin1String("dashboard")) {
                saveScreenshot(w, QStringLiteral("main-") + lang);
            }
        }
        w.lock();
    }
}

void TestMainWindow::firstRunShowsWelcome()
{
    // No vault known yet: the welcome offers create / open / demo, and Enter creates.
    MainWindow w(*m_settings, *m_language);
    w.show();
    UnlockWidget* unlock = w.unlockWidget();
    QVERIFY(unlock->isWelcomeShown());
    auto* create = unlock->findChild<QCommandLinkButton*>(QStringLiteral("welcomeCreate"));
    QVERIFY(create && create->isVisible() && create->isDefault());
    QVERIFY(unlock->findChild<QCommandLinkButton*>(QStringLiteral("welcomeOpen"))->isVisible());
    QVERIFY(unlock->findChild<QCommandLinkButton*>(QStringLiteral("welcomeDemo"))->isVisible());
    QVERIFY(!unlock->findChild<QPushButton*>(QStringLiteral("unlock"))->isVisible());

    // Once a vault file is chosen, the unlock form shows and Enter unlocks.
    TestVault tv;
    const QString path = tv.path();
    tv.close();
    unlock->setVaultPath(path);
    unlock->showUnlockForm();
    QVERIFY(!unlock->isWelcomeShown());
    QVERIFY(unlock->findChild<QPushButton*>(QStringLiteral("unlock"))->isDefault());
    // A path to a file that does not exist: Enter offers to create it instead.
    unlock->setVaultPath(m_dir->filePath(QStringLiteral("missing.cdvault")));
    QVERIFY(unlock->findChild<QPushButton*>(QStringLiteral("newVault"))->isDefault());
    QVERIFY(!unlock->findChild<QPushButton*>(QStringLiteral("unlock"))->isDefault());
}

namespace {

void fillNewVault(NewVaultDialog& d, const QString& path)
{
    d.setPath(path);
    const auto set
        = [&](const char* name, const QString& text) { d.findChild<QLineEdit*>(QLatin1String(name))->setText(text); };
    set("passphrase", QStringLiteral("a long vault passphrase"));
    set("passphraseRepeat", QStringLiteral("a long vault passphrase"));
    set("displayName", QStringLiteral("王芳"));
    set("username", QStringLiteral("wangfang"));
    set("password", QStringLiteral("personal-pw-1"));
    set("passwordRepeat", QStringLiteral("personal-pw-1"));
}

} // namespace

void TestMainWindow::newVaultCreatesMissingFolders()
{
    const QString path = m_dir->filePath(QStringLiteral("not/yet/there/office.cdvault"));
    NewVaultDialog d;
    fillNewVault(d, path);
    QCOMPARE(d.validationError(), QString());
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(QFile::exists(path));
    std::unique_ptr<Vault> vault = d.takeVault();
    QVERIFY(vault);
    QCOMPARE(vault->actor().username, QStringLiteral("wangfang"));
    vault->close();
}

void TestMainWindow::newVaultKeepsInputOnError()
{
    // The folder cannot exist: a file is in its place. The dialog says so and keeps everything.
    const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QString path = blocker + QStringLiteral("/sub/office.cdvault");
    NewVaultDialog d;
    d.show();
    fillNewVault(d, path);
    d.accept();
    QVERIFY(d.result() != int(QDialog::Accepted));
    QVERIFY(d.isVisible());
    QVERIFY(!d.errorText().isEmpty());
    QVERIFY2(d.errorText().contains(QDir::toNativeSeparators(blocker)), qPrintable(d.errorText()));
    QVERIFY(!d.takeVault());
    QCOMPARE(d.path(), path);
    QCOMPARE(d.passphrase(), QStringLiteral("a long vault passphrase"));
    QCOMPARE(d.username(), QStringLiteral("wangfang"));
    QCOMPARE(d.password(), QStringLiteral("personal-pw-1"));
    QVERIFY(!QFile::exists(path));
}

void TestMainWindow::gettingStartedChecklist()
{
    TestVault tv;
    DashboardPage page;
    page.setAppSettings(m_settings.get());
    page.setVault(&tv.vault());
    page.show();
    GettingStartedPanel* panel = page.gettingStarted();
    QVERIFY(panel->isVisible());
    QList<bool> done = panel->doneSteps();
    QCOMPARE(done.size(), 4);
    QVERIFY(!done.at(0)); // no contact submissions yet
    QVERIFY(!done.at(1)); // only the administrator
    QVERIFY(!done.at(2)); // no backup folder

    QVERIFY(AccountService(tv.vault())
                .add(NewAccount { QStringLiteral("zhangwei"), QStringLiteral("张伟"),
                    QStringLiteral("staff-password-1"), Role::Staff }));
    m_settings->setValue(AppSettings::Key::AutoBackupFolder, m_dir->path());
    page.refresh();
    done = panel->doneSteps();
    QVERIFY(done.at(1));
    QVERIFY(done.at(2));

    // "Import…" goes to the contact submissions page and opens the importer.
    QSignalSpy spy(&page, &Page::navigateRequested);
    QList<QPushButton*> buttons = panel->findChildren<QPushButton*>();
    for (QPushButton* b : buttons) {
        if (b->text() == QStringLiteral("Import…")) {
            b->click();
        }
    }
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toString(), QStringLiteral("submissions"));
    QCOMPARE(spy.first().at(1).toMap().value(QStringLiteral("action")).toString(), QStringLiteral("import"));

    // Hidden for this vault once the user says so, also after the next refresh.
    for (QPushButton* b : buttons) {
        if (b->text() == QStringLiteral("Hide")) {
            b->click();
        }
    }
    QVERIFY(!panel->isVisible());
    page.refresh();
    QVERIFY(!panel->isVisible());
    page.setVault(nullptr);
}

void TestMainWindow::emptyTablesSayWhatToDo()
{
    TestVault tv;
    SubmissionsPage page(*m_settings);
    page.resize(1200, 700);
    page.setVault(&tv.vault());
    page.show();
    QCoreApplication::processEvents();
    EmptyState* empty = EmptyState::of(page.table());
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("Import")));
    // A search that matches nothing says so instead.
    page.searchEdit()->setText(QStringLiteral("nobody-by-this-name"));
    page.applyFilterNow();
    QCoreApplication::processEvents();
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("filters")), qPrintable(empty->text()));
    page.setVault(nullptr);
}

void TestMainWindow::columnWidthsPersistPerTable()
{
    // A width the user set survives a restart; damaged entries are ignored.
    m_settings->setValue(AppSettings::Key::TableColumns,
        QVariantMap { { QStringLiteral("auditLog"), QStringLiteral("1:222,x:5,2:-4") } });
    {
        MainWindow w(*m_settings, *m_language);
        w.resize(1280, 700);
        w.show();
        TestVault tv;
        const QString path = tv.path();
        tv.close();
        auto opened = Vault::open(path, TestVault::key());
        QVERIFY(opened);
        QVERIFY(opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
        w.setVault(std::shared_ptr<Vault>(std::move(opened.value())));
        w.showPage(QStringLiteral("audit"));
        QTRY_COMPARE(w.page(QStringLiteral("audit"))
                         ->findChild<QTableView*>(QStringLiteral("auditTable"))
                         ->horizontalHeader()
                         ->sectionSize(1),
            222);
        w.close();
    }
    const QVariantMap saved = m_settings->value(AppSettings::Key::TableColumns).toMap();
    QCOMPARE(saved.value(QStringLiteral("auditLog")).toString(), QStringLiteral("1:222"));
}

void TestMainWindow::automaticBackupRunsBehindTheWindow()
{
    BackedUpVault v(*m_settings);
    // Left by a backup that a crash stopped half-way: never a backup, swept by the next one.
    const QString stale
        = QDir(v.folder.path())
              .filePath(QFileInfo(v.path).completeBaseName() + QStringLiteral("-20260101-000000.cdvault.partial"));
    {
        QFile half(stale);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write("half a backup");
    }
    MainWindow w(*m_settings, *m_language);
    w.show();
    w.setVault(signedIn(v.path));
    QVERIFY(!w.isLocked());
    // Another program holds the vault's write lock: the backup's audit entry waits for it.
    std::unique_ptr<Database> blocker = v.holdWriteLock();
    QVERIFY(blocker);

    w.lock(); // returns at once: the backup runs on a worker
    QVERIFY(w.isLocked());
    QVERIFY(w.unlockWidget()->isVisible());
    QVERIFY(w.isBackingUp());
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Backing up…"));
    bool turned = false;
    QTimer::singleShot(50, &w, [&turned] { turned = true; });
    QTRY_VERIFY(turned); // the window's event loop keeps turning meanwhile
    QVERIFY(w.isBackingUp());

    // Closing waits for the backup: the window stays until the backup is written.
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    blocker->exec("COMMIT");
    QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 15000);
    QVERIFY(!w.isBackingUp());
    QVERIFY(!QFile::exists(stale));
    v.verifyOneWholeBackup();
}

void TestMainWindow::unlockWaitsForTheAutomaticBackup()
{
    // The vault just locked keeps its file until its backup is written; unlocking it again at
    // once waits for the backup instead of finding the vault in use.
    BackedUpVault v(*m_settings);
    MainWindow w(*m_settings, *m_language);
    w.show();
    w.setVault(signedIn(v.path));
    std::unique_ptr<Database> blocker = v.holdWriteLock();
    QVERIFY(blocker);
    w.lock();
    QVERIFY(w.isBackingUp());
    UnlockWidget* unlock = w.unlockWidget();
    unlock->findChild<QLineEdit*>(QStringLiteral("passphrase"))
        ->setText(QString::fromLatin1(TestVault::key().material().bytes()));
    unlock->findChild<QLineEdit*>(QStringLiteral("account"))->setText(QStringLiteral("admin"));
    unlock->findChild<QLineEdit*>(QStringLiteral("password"))->setText(TestVault::adminPassword());
    unlock->unlock();
    QTest::qWait(100);
    QVERIFY(w.isLocked());
    QVERIFY(unlock->isBusy());
    blocker->exec("COMMIT");
    QTRY_VERIFY_WITH_TIMEOUT(!w.isLocked(), 15000);
    QVERIFY(!w.isBackingUp());
    QCOMPARE(AutoBackup::existing(v.folder.path(), v.path).size(), 1);
}

void TestMainWindow::windowGoneDuringBackupLeavesItWhole()
{
    // The window is destroyed while its backup is being written: it waits for the worker, which
    // uses the vault until the end, and the backup is whole.
    BackedUpVault v(*m_settings);
    {
        MainWindow w(*m_settings, *m_language);
        w.show();
        w.setVault(signedIn(v.path));
        w.lock();
        QVERIFY(w.isBackingUp());
    }
    v.verifyOneWholeBackup();
}

void TestMainWindow::purgeRunsOnAWorker()
{
    TestVault tv;
    DemoOptions options;
    options.submissions = 400;
    options.seed = 11;
    DemoSummary summary;
    QVERIFY(demo::fillSubmissions(tv.vault(), options, summary));
    submissions::SubmissionService service(tv.vault());
    QVERIFY(service.setRetentionMonths(6));
    const qint64 due = service.purgeExpired(true)->due;
    QVERIFY(due > 0);
    SubmissionsPage page(*m_settings);
    page.setVault(&tv.vault());
    page.show();
    // Another connection holds the write lock, and only the window's event loop lets go of it:
    // the purge gets through only if the loop keeps turning while the purge runs.
    auto blocker = tv.vault().openConnection();
    QVERIFY(blocker);
    blocker.value()->exec("BEGIN IMMEDIATE");
    bool released = false;
    QTimer::singleShot(100, &page, [&] {
        blocker.value()->exec("COMMIT");
        released = true;
    });
    Dialogs::DialogScript script;
    script.answer(QMessageBox::Yes);
    QPushButton* purge = nullptr;
    for (QPushButton* b : page.findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("&Purge due…")) {
            purge = b;
        }
    }
    QVERIFY(purge);
    purge->click();
    QVERIFY(released);
    QCOMPARE(script.count(Dialogs::Kind::Warning), 1); // the question only, no error
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions"), qint64(400) - due);
    AuditFilter f;
    f.action = QStringLiteral("submission.purge");
    const auto entries = AuditLog::list(tv.db(), f, 0, 10);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().detail, QStringLiteral("rows=%1 retention_months=6").arg(due));
    page.setVault(nullptr);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

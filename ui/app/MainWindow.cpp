#include "MainWindow.h"

#include "app/AboutDialog.h"
#include "app/HelpDialogs.h"
#include "app/LanguageManager.h"
#include "demo/DemoData.h"
#include "maintenance/VaultMaintenance.h"
#include "pages/AuditLogPage.h"
#include "pages/FeaturePages.h"
#include "pages/Page.h"
#include "pages/SettingsPage.h"
#include "preferences/AppSettings.h"
#include "report/ReportDocument.h"
#include "report/ReportRenderer.h"
#include "security/InactivityFilter.h"
#include "security/ScreenLockWatcher.h"
#include "security/SecureClipboard.h"
#include "settings/VaultSettings.h"
#include "util/Languages.h"
#include "util/SecretBytes.h"
#include "vault/AutoBackup.h"
#include "vault/NewVaultDialog.h"
#include "vault/RestoreUnopenableDialog.h"
#include "vault/UnlockWidget.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/Dialogs.h"
#include "widgets/ElidingLabel.h"
#include "widgets/Theme.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <condition_variable>
#include <mutex>

namespace cd::ui {

// Vaults whose automatic backup is still being written. Opening a vault waits until none is
// left: the vault just locked keeps its file lock until its backup is done.
struct MainWindow::PendingBackups {
    std::mutex mutex;
    std::condition_variable changed;
    int count = 0;

    void add(int n)
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            count += n;
        }
        changed.notify_all();
    }
    void waitUntilNone()
    {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [this] { return count == 0; });
    }
};

QStringList MainWindow::pageIds()
{
    return { QStringLiteral("dashboard"), QStringLiteral("submissions"), QStringLiteral("requests"),
        QStringLiteral("policies"), QStringLiteral("iso"), QStringLiteral("registers"), QStringLiteral("audit"),
        QStringLiteral("settings") };
}

MainWindow::MainWindow(AppSettings& settings, LanguageManager& language, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_language(language)
    , m_backupPool(new QThreadPool(this))
    , m_backups(std::make_shared<PendingBackups>())
{
    m_backupPool->setMaxThreadCount(1);
    setObjectName(QStringLiteral("MainWindow"));
    setStyleSheet(Theme::styleSheet());
    m_root = new QStackedWidget(this);
    setCentralWidget(m_root);

    m_unlock = new UnlockWidget(m_settings, m_root);
    m_root->addWidget(m_unlock);

    m_workspace = new QWidget(m_root);
    auto* layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bannerFrame = new QFrame(m_workspace);
    m_bannerFrame->setObjectName(QStringLiteral("vaultBanner"));
    m_bannerFrame->setStyleSheet(
        QStringLiteral("#vaultBanner { background: %1; border-bottom: 1px solid %2; }")
            .arg(StatePalette::background(StateTone::DueSoon), StatePalette::fill(StateTone::DueSoon)));
    auto* bannerLayout = new QHBoxLayout(m_bannerFrame);
    m_banner = new QLabel(m_bannerFrame);
    m_banner->setObjectName(QStringLiteral("vaultBannerText"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerAccept = new QPushButton(m_bannerFrame);
    m_bannerAccept->setObjectName(QStringLiteral("vaultBannerAccept"));
    connect(m_bannerAccept, &QPushButton::clicked, this, &MainWindow::acceptAuditLog);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_bannerAccept);
    m_bannerFrame->setVisible(false);
    layout->addWidget(m_bannerFrame);
    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(body, 1);
    // The navigation keeps the width of its longest entry (see updateBadges); the page gets the rest.
    m_nav = new QListWidget(m_workspace);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    m_pages = new QStackedWidget(m_workspace);
    body->addWidget(m_nav);
    body->addWidget(m_pages, 1);
    m_root->addWidget(m_workspace);

    m_idle = new InactivityFilter(this);
    m_idle->setTimeoutMs(m_settings.idleLockMinutes() * 60 * 1000);
    connect(m_idle, &InactivityFilter::idle, this, &MainWindow::lock);
    connect(new ScreenLockWatcher(this), &ScreenLockWatcher::screenLocked, this, &MainWindow::lock);

    buildPages();
    buildMenus();
    // Column widths the user dragged, per table, from the last session.
    ColumnPolicy::restoreAll(this, m_settings);
    // A combo box sized on first show keeps that width after a language switch and then cuts
    // its text ("Any statu"); these follow their longest entry instead.
    for (QComboBox* combo : m_pages->findChildren<QComboBox*>()) {
        if (combo->sizeAdjustPolicy() == QComboBox::AdjustToContentsOnFirstShow) {
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        }
    }

    // A long vault path or name must never make the window wider than the screen.
    m_statusVault = new ElidingLabel(this, Qt::ElideMiddle);
    m_statusVault->setObjectName(QStringLiteral("statusVault"));
    m_statusUser = new ElidingLabel(this);
    m_statusLock = new QLabel(this);
    m_statusLock->setObjectName(QStringLiteral("lockState"));
    statusBar()->addWidget(m_statusVault, 1);
    statusBar()->addPermanentWidget(m_statusUser);
    statusBar()->addPermanentWidget(m_statusLock);

    m_unlock->setBeforeOpen([backups = m_backups] { backups->waitUntilNone(); });
    connect(m_unlock, &UnlockWidget::unlocked, this, &MainWindow::setVault);
    connect(m_unlock, &UnlockWidget::newVaultRequested, this, &MainWindow::newVault);
    connect(m_unlock, &UnlockWidget::demoRequested, this, &MainWindow::openDemo);
    connect(m_unlock, &UnlockWidget::restoreUnopenableRequested, this, &MainWindow::restoreUnopenable);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pageList.size()) {
            m_pages->setCurrentIndex(row);
            m_pageList.at(row)->refresh();
            updateState();
        }
    });

    const QByteArray geometry = m_settings.value(AppSettings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a comfortable size that still fits a 1366×768 laptop screen.
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1366, 768);
        resize(std::min(1240, available.width() * 95 / 100), std::min(800, available.height() * 92 / 100));
    }
    retranslate();
    updateState();
}

MainWindow::~MainWindow()
{
    if (m_vault) {
        for (Page* p : m_pageList) {
            p->setVault(nullptr);
        }
        m_vault->close();
    }
    // A backup still being written finishes first: the worker uses its vault until the end (the
    // vault closes with the watcher that holds it). An unlock waiting for it goes on.
    m_backupPool->waitForDone();
    std::lock_guard<std::mutex> lock(m_backups->mutex);
    m_backups->count = 0;
    m_backups->changed.notify_all();
}

void MainWindow::buildPages()
{
    m_pageList = {
        createDashboardPage(m_settings, m_pages),
        createSubmissionsPage(m_settings, m_pages),
        createRequestsPage(m_settings, m_pages),
        createPoliciesPage(m_settings, m_pages),
        createIsoPage(m_settings, m_pages),
        createRegistersPage(m_settings, m_pages),
        new AuditLogPage(m_pages),
        new SettingsPage(m_settings, m_pages),
    };
    connect(static_cast<SettingsPage*>(m_pageList.last()), &SettingsPage::idleLockChanged, this,
        [this](int minutes) { m_idle->setTimeoutMs(minutes * 60 * 1000); });
    const QStringList ids = pageIds();
    // One icon set (Lucide) for the whole navigation.
    const QStringList icons = { QStringLiteral("layout-dashboard"), QStringLiteral("inbox"),
        QStringLiteral("user-round-check"), QStringLiteral("scroll-text"), QStringLiteral("shield-check"),
        QStringLiteral("book-open-check"), QStringLiteral("history"), QStringLiteral("settings") };
    for (int i = 0; i < m_pageList.size(); ++i) {
        Page* p = m_pageList.at(i);
        p->setObjectName(ids.at(i) + QStringLiteral("Page"));
        m_pages->addWidget(p);
        auto* item = new QListWidgetItem(Theme::icon(icons.at(i)), p->title(), m_nav);
        item->setData(Qt::UserRole, ids.at(i));
        item->setSizeHint(QSize(0, 34));
        connect(p, &Page::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
        connect(p, &Page::badgeChanged, this, &MainWindow::updateBadges);
        connect(p, &Page::printableChanged, this, &MainWindow::updateState);
        connect(p, &Page::navigateRequested, this, [this](const QString& id, const QVariant& argument) {
            showPage(id);
            if (Page* target = page(id); target && argument.isValid()) {
                target->showTarget(argument);
            }
        });
    }
    m_nav->setCurrentRow(0);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    // Ctrl+N makes what people make every day: a record on the page they are on. A new vault
    // is rare and takes Ctrl+Shift+N.
    m_newRecordAction = m_fileMenu->addAction(QString(), this, &MainWindow::createRecord);
    m_newRecordAction->setObjectName(QStringLiteral("newRecordAction"));
    m_newRecordAction->setShortcut(QKeySequence::New);
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newVault);
    m_newAction->setObjectName(QStringLiteral("newVaultAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openAction = m_fileMenu->addAction(QString(), this, [this] { openVault(); });
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_fileMenu->addSeparator();
    m_backupAction = m_fileMenu->addAction(QString(), this, &MainWindow::backupNow);
    m_restoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::restoreFromBackup);
    m_fileMenu->addSeparator();
    m_printAction = m_fileMenu->addAction(QString(), this, &MainWindow::printCurrent);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_pdfAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCurrentPdf);
    m_pdfAction->setObjectName(QStringLiteral("pdfAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    // Edit: acts on the focused field. Text fields handle their own standard keys first, so
    // these shortcuts only fire where the field has none (e.g. Copy in a table).
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_undoAction = m_editMenu->addAction(QString(), this, [this] { editFocused("undo"); });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(QString(), this, [this] { editFocused("redo"); });
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addSeparator();
    m_cutAction = m_editMenu->addAction(QString(), this, [this] { editFocused("cut"); });
    m_cutAction->setShortcut(QKeySequence::Cut);
    m_copyAction = m_editMenu->addAction(QString(), this, &MainWindow::copyFocused);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_pasteAction = m_editMenu->addAction(QString(), this, [this] { editFocused("paste"); });
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_selectAllAction = m_editMenu->addAction(QString(), this, [this] { editFocused("selectAll"); });
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString(), this, [this] {
        if (Page* p = qobject_cast<Page*>(m_pages->currentWidget())) {
            p->focusSearch();
        }
    });
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);

    m_viewMenu = menuBar()->addMenu(QString());
    const QStringList ids = pageIds();
    for (int i = 0; i < ids.size(); ++i) {
        QAction* a = m_viewMenu->addAction(QString(), this, [this, id = ids.at(i)] { showPage(id); });
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        m_gotoActions << a;
    }

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_zhAction = m_languageMenu->addAction(QStringLiteral("中文"));
    m_zhAction->setData(Languages::chinese());
    m_enAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_enAction->setData(Languages::english());
    for (QAction* a : { m_zhAction, m_enAction }) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] { setLanguage(a->data().toString()); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showUserGuide);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    setWindowTitle(
        m_vault ? tr("%1 — Compliance Desk").arg(QFileInfo(m_vault->path()).fileName()) : tr("Compliance Desk"));
    m_fileMenu->setTitle(tr("&File"));
    m_newRecordAction->setText(tr("&New record"));
    m_newAction->setText(tr("New &vault…"));
    m_openAction->setText(tr("&Open vault…"));
    m_recentMenu->setTitle(tr("&Recent vaults"));
    m_lockAction->setText(tr("&Lock"));
    m_backupAction->setText(tr("&Back up now…"));
    m_restoreAction->setText(tr("&Restore from backup…"));
    m_printAction->setText(tr("&Print…"));
    m_pdfAction->setText(tr("&Export PDF…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_cutAction->setText(tr("Cu&t"));
    m_copyAction->setText(tr("&Copy"));
    m_pasteAction->setText(tr("&Paste"));
    m_selectAllAction->setText(tr("Select &all"));
    m_findAction->setText(tr("&Find"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About Compliance Desk"));
    m_bannerAccept->setText(tr("Accept the log as it is"));
    updateBanner();
    for (int i = 0; i < m_pageList.size(); ++i) {
        m_nav->item(i)->setText(m_pageList.at(i)->title());
        m_gotoActions.at(i)->setText(m_pageList.at(i)->title());
    }
    m_zhAction->setChecked(m_language.language() == Languages::chinese());
    m_enAction->setChecked(m_language.language() != Languages::chinese());
    updateRecentMenu();
    updateBadges();
    updateState();
}

void MainWindow::updateBadges()
{
    for (int i = 0; i < m_pageList.size(); ++i) {
        const int badge = m_vault ? m_pageList.at(i)->badgeCount() : 0;
        const QString title = m_pageList.at(i)->title();
        m_nav->item(i)->setText(badge > 0 ? QStringLiteral("%1  (%2)").arg(title).arg(badge) : title);
    }
    // As wide as its longest entry in the current language, so the pages keep the room.
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i) {
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    }
    const int width = std::clamp(widest + m_nav->iconSize().width() + 56, 150, 260);
    m_nav->setFixedWidth(width);
}

void MainWindow::updateState()
{
    const bool open = m_vault != nullptr;
    m_root->setCurrentWidget(open ? m_workspace : static_cast<QWidget*>(m_unlock));
    m_lockAction->setEnabled(open);
    const bool writable = open && !m_vault->isReadOnly();
    m_backupAction->setEnabled(writable);
    // Replacing the vault is an administrator's decision, taken while signed in.
    m_restoreAction->setEnabled(writable && m_vault->actor().can(Permission::ManageSettings));
    Page* current = qobject_cast<Page*>(m_pages->currentWidget());
    const bool printable = open && current && current->canPrint();
    m_printAction->setEnabled(printable);
    m_pdfAction->setEnabled(printable);
    m_newRecordAction->setEnabled(open && current && current->canCreateRecord());
    m_findAction->setEnabled(open);
    for (QAction* a : m_gotoActions) {
        a->setEnabled(open);
    }
    if (open) {
        m_statusVault->setFullText(tr("Vault: %1").arg(QDir::toNativeSeparators(m_vault->path())));
        m_statusUser->setFullText(
            tr("Signed in: %1 (%2)").arg(m_vault->actor().displayName, roleDisplayName(m_vault->actor().role)));
        m_statusLock->setText(tr("Unlocked"));
    } else {
        m_statusVault->setFullText(tr("No vault open"));
        m_statusUser->setFullText(QString());
        m_statusLock->setText(tr("Locked"));
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentVaults();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openVault(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

Page* MainWindow::page(const QString& id) const
{
    const int index = int(pageIds().indexOf(id));
    return index >= 0 ? m_pageList.value(index) : nullptr;
}

QString MainWindow::currentPageId() const
{
    return pageIds().value(m_pages->currentIndex());
}

void MainWindow::showPage(const QString& id)
{
    const int index = int(pageIds().indexOf(id));
    if (index >= 0) {
        m_nav->setCurrentRow(index);
    }
}

void MainWindow::setVault(std::shared_ptr<Vault> vault)
{
    if (m_vault) {
        lock();
    }
    m_vault = std::move(vault);
    if (m_vault) {
        m_vault->checkAuditAnchor(m_settings);
    }
    for (Page* p : m_pageList) {
        p->setVault(m_vault.get());
    }
    m_idle->setTimeoutMs(m_settings.idleLockMinutes() * 60 * 1000);
    m_idle->start();
    updateRecentMenu();
    retranslate();
    if (Page* p = qobject_cast<Page*>(m_pages->currentWidget())) {
        p->refresh();
    }
}

void MainWindow::lock()
{
    if (!m_vault) {
        return;
    }
    m_idle->stop();
    // A phone or email copied from the vault must not outlive the unlock; text the user copied
    // since from elsewhere is left alone.
    SecureClipboard::instance()->clearIfOurs();
    for (Page* p : m_pageList) {
        p->setVault(nullptr);
    }
    const QString path = m_vault->path();
    std::shared_ptr<Vault> locked = std::move(m_vault);
    m_unlock->setVaultPath(path);
    m_unlock->reset();
    retranslate();
    backUpAndClose(std::move(locked));
}

bool MainWindow::isBackingUp() const
{
    std::lock_guard<std::mutex> lock(m_backups->mutex);
    return m_backups->count > 0;
}

void MainWindow::updateBanner()
{
    QStringList lines;
    bool offerAccept = false;
    if (m_vault) {
        if (m_vault->isReadOnly()) {
            lines << StorageMessages::openedReadOnly(QDir::toNativeSeparators(m_vault->path()));
        }
        const AnchorCheck& anchor = m_vault->lastAnchorCheck();
        if (!anchor.ok()) {
            lines << anchor.message();
            offerAccept = !m_vault->isReadOnly() && m_vault->actor().can(Permission::ManageSettings);
        }
    }
    m_banner->setText(lines.join(QStringLiteral("\n")));
    m_bannerAccept->setVisible(offerAccept);
    m_bannerFrame->setVisible(!lines.isEmpty());
}

void MainWindow::acceptAuditLog()
{
    if (!m_vault) {
        return;
    }
    if (Dialogs::question(this, tr("Audit log"),
            tr("Accept the audit log as it is now? Do this only after the difference was explained "
               "(for example, a backup was restored on another computer). The decision is recorded in "
               "the audit log."))
        != QMessageBox::Yes) {
        return;
    }
    if (Status s = m_vault->acceptAuditAnchor(m_settings); !s) {
        Dialogs::warning(this, tr("Audit log"), s.message());
    }
    updateBanner();
}

void MainWindow::backUpAndClose(std::shared_ptr<Vault> vault)
{
    const QString folder = m_settings.value(AppSettings::Key::AutoBackupFolder).toString();
    if (!m_settings.value(AppSettings::Key::AutoBackupEnabled).toBool() || folder.isEmpty()) {
        vault->close();
        return;
    }
    // The window is usable at once (the unlock screen, another vault); the backup writes a
    // checked copy under a temporary name and renames it into place, so it is whole or absent.
    // The vault is closed here, on the window's thread, once the backup is done.
    const int keep = m_settings.value(AppSettings::Key::AutoBackupKeep).toInt();
    auto result = std::make_shared<Result<BackupReport>>(Error { ErrorCode::Internal, QString() });
    m_backups->add(1);
    statusBar()->showMessage(tr("Backing up…"));
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, vault, result] {
        watcher->deleteLater();
        backupFinished(vault, *result);
    });
    watcher->setFuture(QtConcurrent::run(
        m_backupPool, [vault, folder, keep, result] { *result = AutoBackup::run(*vault, folder, keep); }));
}

void MainWindow::backupFinished(const std::shared_ptr<Vault>& vault, const Result<BackupReport>& result)
{
    vault->close();
    m_backups->add(-1);
    if (m_vault) {
        // Closing the backed-up vault cleared the officer named on reports; the open vault's
        // stays.
        ReportDocument::setProtectionOfficer(VaultSettings::get<QString>(*m_vault, Setting::OfficerName),
            VaultSettings::get<QString>(*m_vault, Setting::OfficerContact));
    }
    if (result) {
        statusBar()->showMessage(tr("Automatic backup written: %1").arg(QDir::toNativeSeparators(result->path)), 8000);
    } else {
        statusBar()->clearMessage();
        Dialogs::warning(this, tr("Automatic backup failed"), result.message());
    }
    if (m_closeAfterBackup && !isBackingUp()) {
        close();
    }
}

void MainWindow::newVault()
{
    // The dialog creates the vault itself and stays open on errors, keeping what was typed.
    NewVaultDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    std::unique_ptr<Vault> created = dialog.takeVault();
    if (!created) {
        return;
    }
    m_settings.addRecentVault(created->path());
    m_settings.setValue(AppSettings::Key::LastAccount, dialog.username());
    setVault(std::shared_ptr<Vault>(std::move(created)));
}

QString MainWindow::demoVaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(QStringLiteral("demo/demo.cdvault"));
}

void MainWindow::openDemo()
{
    // Synthetic people only; the demo's passphrase and passwords are the published ones.
    const QString path = demoVaultPath();
    const QString passphrase = QStringLiteral("demo passphrase 2026");
    const QString account = QStringLiteral("admin");
    const QString password = QStringLiteral("demo-password");
    Result<std::unique_ptr<Vault>> r = Error { ErrorCode::Cancelled, QString() };
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool exists = QFileInfo::exists(path);
    runInBackground(
        this, exists ? tr("Opening the demo vault…") : tr("Creating the demo vault with synthetic records…"),
        [&](TaskControl&) {
            m_backups->waitUntilNone(); // the demo vault may have just been locked and still be backed up
            const VaultKey key = VaultKey::passphrase(passphrase);
            if (exists) {
                r = VaultMaintenance::open(path, key);
                if (r) {
                    if (auto signedIn = r.value()->signIn(account, password); !signedIn) {
                        r = signedIn.error();
                    }
                }
                return;
            }
            r = VaultMaintenance::create(
                path, key, NewAccount { account, tr("Demo administrator"), password, Role::Administrator });
            if (r) {
                DemoOptions options;
                options.staffPassword = password;
                if (auto filled = fillDemoVault(*r.value(), options); !filled) {
                    r = filled.error();
                }
            }
        },
        false);
    if (!r) {
        Dialogs::warning(this, tr("Demo vault"), r.message());
        return;
    }
    m_settings.addRecentVault(path);
    m_settings.setValue(AppSettings::Key::LastAccount, account);
    setVault(std::shared_ptr<Vault>(std::move(r.value())));
    Dialogs::information(this, tr("Demo vault"),
        tr("This is the demo vault: every person and record in it is made up.\n\nTo open it again: vault %1, "
           "passphrase \"%2\", account %3, password \"%4\".")
            .arg(QDir::toNativeSeparators(path), passphrase, account, password));
}

void MainWindow::openVault(const QString& path)
{
    if (m_vault) {
        lock();
    }
    QString chosen = path;
    if (chosen.isEmpty()) {
        chosen = Dialogs::openFileName(
            this, tr("Open vault"), m_settings.lastVault(), tr("Compliance Desk vaults (*.cdvault);;All files (*)"));
        if (chosen.isEmpty()) {
            return;
        }
    }
    m_unlock->setVaultPath(chosen);
    m_unlock->reset();
    updateState();
}

void MainWindow::setLanguage(const QString& language)
{
    m_language.setLanguage(language);
    m_settings.setLanguage(m_language.language());
}

void MainWindow::printCurrent()
{
    Page* p = qobject_cast<Page*>(m_pages->currentWidget());
    if (!p || !p->canPrint()) {
        return;
    }
    // The vault reads on a worker, and the preview lays the pages out on one.
    const ReportDocument doc = p->gatherReport();
    if (doc.title.isEmpty()) {
        return;
    }
    ReportRenderer(doc).showPrintPreview(this);
}

void MainWindow::exportCurrentPdf()
{
    Page* p = qobject_cast<Page*>(m_pages->currentWidget());
    if (!p || !p->canPrint()) {
        return;
    }
    const ReportDocument doc = p->gatherReport();
    if (doc.title.isEmpty()) {
        return;
    }
    const QString suggested = QDir(m_settings.value(AppSettings::Key::LastExportFolder).toString())
                                  .filePath(doc.title + QStringLiteral(".pdf"));
    const QString path = ReportRenderer(doc).exportPdfInteractive(this, suggested);
    if (!path.isEmpty()) {
        m_settings.setValue(AppSettings::Key::LastExportFolder, QFileInfo(path).absolutePath());
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_vault.get(), this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    UserGuideDialog dialog(this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    QList<QAction*> actions;
    for (QMenu* menu : { m_fileMenu, m_editMenu, m_viewMenu, m_helpMenu }) {
        actions += menu->actions();
    }
    ShortcutsDialog dialog(actions, this);
    dialog.exec();
}

void MainWindow::createRecord()
{
    Page* p = qobject_cast<Page*>(m_pages->currentWidget());
    if (m_vault && p && p->canCreateRecord()) {
        p->createRecord();
    }
}

void MainWindow::editFocused(const char* slot)
{
    QWidget* w = QApplication::focusWidget();
    const QByteArray signature = QByteArray(slot) + "()";
    if (w && w->metaObject()->indexOfMethod(signature.constData()) >= 0) {
        QMetaObject::invokeMethod(w, slot);
    }
}

void MainWindow::copyFocused()
{
    QWidget* w = QApplication::focusWidget();
    if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
        // A cell may hold personal data: copied the careful way (kept out of clipboard
        // histories, cleared after the configured time).
        const QString text = view->currentIndex().data(Qt::DisplayRole).toString();
        if (!text.isEmpty()) {
            SecureClipboard::instance()->copySecret(text);
        }
        return;
    }
    editFocused("copy");
}

void MainWindow::backupNow()
{
    if (!m_vault) {
        return;
    }
    const QString suggested = QFileInfo(m_vault->path()).absolutePath() + QLatin1Char('/')
        + QFileInfo(m_vault->path()).completeBaseName() + QStringLiteral("-backup.cdvault");
    const QString path
        = Dialogs::saveFileName(this, tr("Back up vault"), suggested, tr("Compliance Desk vaults (*.cdvault)"));
    if (path.isEmpty()) {
        return;
    }
    Result<BackupReport> r = Error { ErrorCode::Cancelled, QString() };
    Vault* vault = m_vault.get();
    runInBackground(
        this, tr("Writing and checking the backup…"), [&](TaskControl&) { r = vault->backup(path); }, false);
    if (!r) {
        Dialogs::warning(this, tr("Backup"), r.message());
        return;
    }
    Dialogs::information(this, tr("Backup"),
        tr("The backup was written and checked: %1 tables, %2 records.\n%3")
            .arg(r->tables)
            .arg(QLocale().toString(r->rows))
            .arg(QDir::toNativeSeparators(r->path)));
}

void MainWindow::restoreFromBackup()
{
    if (!m_vault || !m_vault->actor().can(Permission::ManageSettings)) {
        return; // the action is disabled; core refuses as well
    }
    const QString backup = Dialogs::openFileName(this, tr("Restore from backup"),
        QFileInfo(m_vault->path()).absolutePath(), tr("Compliance Desk vaults (*.cdvault)"));
    if (backup.isEmpty()) {
        return;
    }
    const QString target = m_vault->path();
    bool ok = false;
    QString passphrase = QInputDialog::getText(
        this, tr("Restore from backup"), tr("Passphrase of the backup:"), QLineEdit::Password, QString(), &ok);
    if (!ok) {
        return;
    }
    if (Dialogs::question(this, tr("Restore from backup"),
            tr("Replace %1 with the backup? The current file is kept as %2.")
                .arg(
                    QDir::toNativeSeparators(target), QFileInfo(target).fileName() + QStringLiteral(".before-restore")))
        != QMessageBox::Yes) {
        secureWipe(passphrase);
        return;
    }
    Result<BackupReport> r = Error { ErrorCode::Internal, QString() };
    Vault* vault = m_vault.get();
    const VaultKey key = VaultKey::passphrase(passphrase);
    secureWipe(passphrase);
    m_idle->stop();
    // The pages let go first: the restore closes the connection they read through.
    for (Page* p : m_pageList) {
        p->setVault(nullptr);
    }
    // Cancel stays offered while the backup is checked and copied; once the copy starts to
    // replace the vault file the restore runs to its end.
    runInBackground(this, tr("Checking and restoring the backup…"), [&](TaskControl& control) {
        RestoreControl restore;
        restore.cancel = &control.cancelFlag();
        restore.replacing = [&control] { control.endCancellablePart(); };
        r = VaultMaintenance::restore(*vault, backup, key, restore);
    });
    if (vault->isOpen()) {
        // Cancelled or refused before anything was replaced: the vault stays open as it was.
        for (Page* p : m_pageList) {
            p->setVault(vault);
        }
        m_idle->start();
        if (r.code() == ErrorCode::Cancelled) {
            statusBar()->showMessage(r.message(), 8000);
        } else {
            Dialogs::warning(this, tr("Restore from backup"), r.message());
        }
        return;
    }
    SecureClipboard::instance()->clearIfOurs();
    m_vault.reset();
    m_unlock->setVaultPath(target);
    m_unlock->reset();
    retranslate();
    if (!r) {
        Dialogs::warning(this, tr("Restore from backup"), r.message());
        return;
    }
    QString restored
        = tr("The vault was restored (%1 records). Unlock it to continue.").arg(QLocale().toString(r->rows));
    if (!r->erasedAgainSummary.isEmpty()) {
        restored += QStringLiteral("\n\n") + r->erasedAgainSummary;
    }
    Dialogs::information(this, tr("Restore from backup"), restored);
}

void MainWindow::restoreUnopenable(const QString& vaultPath)
{
    if (m_vault || vaultPath.isEmpty()) {
        return;
    }
    RestoreUnopenableDialog dialog(vaultPath, m_settings, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_unlock->setVaultPath(vaultPath);
    m_unlock->reset();
    Dialogs::information(this, dialog.windowTitle(), dialog.outcomeText());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(AppSettings::Key::MainWindowGeometry, saveGeometry());
    ColumnPolicy::saveAll(this, m_settings);
    lock();
    if (isBackingUp()) {
        // The window closes once the automatic backup is written, never half-way through it.
        m_closeAfterBackup = true;
        statusBar()->showMessage(tr("Finishing the automatic backup before closing…"));
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace cd::ui

#include "MainWindow.h"

#include "app/AboutDialog.h"
#include "app/LanguageManager.h"
#include "pages/AuditLogPage.h"
#include "pages/FeaturePages.h"
#include "pages/Page.h"
#include "pages/SettingsPage.h"
#include "report/ReportRenderer.h"
#include "security/InactivityFilter.h"
#include "security/ScreenLockWatcher.h"
#include "security/SecureClipboard.h"
#include "settings/AppSettings.h"
#include "util/SecretBytes.h"
#include "vault/AutoBackup.h"
#include "vault/NewVaultDialog.h"
#include "vault/UnlockWidget.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace cd::ui {

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
{
    setObjectName(QStringLiteral("MainWindow"));
    m_root = new QStackedWidget(this);
    setCentralWidget(m_root);

    m_unlock = new UnlockWidget(m_settings, m_root);
    m_root->addWidget(m_unlock);

    m_workspace = new QWidget(m_root);
    auto* layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, m_workspace);
    m_nav = new QListWidget(splitter);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setMinimumWidth(170);
    m_nav->setMaximumWidth(280);
    m_nav->setSpacing(2);
    m_pages = new QStackedWidget(splitter);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);
    m_root->addWidget(m_workspace);

    m_idle = new InactivityFilter(this);
    m_idle->setTimeoutMs(m_settings.idleLockMinutes() * 60 * 1000);
    connect(m_idle, &InactivityFilter::idle, this, &MainWindow::lock);
    connect(new ScreenLockWatcher(this), &ScreenLockWatcher::screenLocked, this, &MainWindow::lock);

    buildPages();
    buildMenus();

    m_statusVault = new QLabel(this);
    m_statusUser = new QLabel(this);
    m_statusLock = new QLabel(this);
    m_statusLock->setObjectName(QStringLiteral("lockState"));
    statusBar()->addWidget(m_statusVault, 1);
    statusBar()->addPermanentWidget(m_statusUser);
    statusBar()->addPermanentWidget(m_statusLock);

    connect(m_unlock, &UnlockWidget::unlocked, this, &MainWindow::setVault);
    connect(m_unlock, &UnlockWidget::newVaultRequested, this, &MainWindow::newVault);
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
    const QList<QStyle::StandardPixmap> icons = { QStyle::SP_ComputerIcon, QStyle::SP_FileDialogDetailedView,
        QStyle::SP_FileDialogContentsView, QStyle::SP_FileIcon, QStyle::SP_DialogApplyButton,
        QStyle::SP_FileDialogListView, QStyle::SP_FileDialogInfoView, QStyle::SP_FileDialogStart };
    for (int i = 0; i < m_pageList.size(); ++i) {
        Page* p = m_pageList.at(i);
        p->setObjectName(ids.at(i) + QStringLiteral("Page"));
        m_pages->addWidget(p);
        auto* item = new QListWidgetItem(style()->standardIcon(icons.at(i)), p->title(), m_nav);
        item->setData(Qt::UserRole, ids.at(i));
        item->setSizeHint(QSize(0, 34));
        connect(p, &Page::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
        connect(p, &Page::badgeChanged, this, &MainWindow::updateBadges);
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
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newVault);
    m_newAction->setShortcut(QKeySequence::New);
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
    m_printAction->setShortcut(QKeySequence::Print);
    m_pdfAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCurrentPdf);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        if (Page* p = qobject_cast<Page*>(m_pages->currentWidget())) {
            p->focusSearch();
        }
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_viewMenu->addSeparator();
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
    m_zhAction->setData(QStringLiteral("zh_CN"));
    m_enAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_enAction->setData(QStringLiteral("en"));
    for (QAction* a : { m_zhAction, m_enAction }) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] { setLanguage(a->data().toString()); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    setWindowTitle(
        m_vault ? tr("%1 — Compliance Desk").arg(QFileInfo(m_vault->path()).fileName()) : tr("Compliance Desk"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New vault…"));
    m_openAction->setText(tr("&Open vault…"));
    m_recentMenu->setTitle(tr("&Recent vaults"));
    m_lockAction->setText(tr("&Lock"));
    m_backupAction->setText(tr("&Back up now…"));
    m_restoreAction->setText(tr("&Restore from backup…"));
    m_printAction->setText(tr("&Print…"));
    m_pdfAction->setText(tr("&Export PDF…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Compliance Desk"));
    for (int i = 0; i < m_pageList.size(); ++i) {
        m_nav->item(i)->setText(m_pageList.at(i)->title());
        m_gotoActions.at(i)->setText(m_pageList.at(i)->title());
    }
    m_zhAction->setChecked(m_language.language() == QLatin1String("zh_CN"));
    m_enAction->setChecked(m_language.language() != QLatin1String("zh_CN"));
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
}

void MainWindow::updateState()
{
    const bool open = m_vault != nullptr;
    m_root->setCurrentWidget(open ? m_workspace : static_cast<QWidget*>(m_unlock));
    m_lockAction->setEnabled(open);
    m_backupAction->setEnabled(open);
    Page* current = qobject_cast<Page*>(m_pages->currentWidget());
    const bool printable = open && current && current->canPrint();
    m_printAction->setEnabled(printable);
    m_pdfAction->setEnabled(printable);
    m_findAction->setEnabled(open);
    for (QAction* a : m_gotoActions) {
        a->setEnabled(open);
    }
    if (open) {
        m_statusVault->setText(tr("Vault: %1").arg(QDir::toNativeSeparators(m_vault->path())));
        m_statusUser->setText(
            tr("Signed in: %1 (%2)").arg(m_vault->actor().displayName, roleDisplayName(m_vault->actor().role)));
        m_statusLock->setText(tr("Unlocked"));
    } else {
        m_statusVault->setText(tr("No vault open"));
        m_statusUser->clear();
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
    autoBackup();
    const QString path = m_vault->path();
    m_vault->close();
    m_vault.reset();
    m_unlock->setVaultPath(path);
    m_unlock->reset();
    retranslate();
}

void MainWindow::autoBackup()
{
    if (!m_vault || !m_settings.value(AppSettings::Key::AutoBackupEnabled).toBool()) {
        return;
    }
    const QString folder = m_settings.value(AppSettings::Key::AutoBackupFolder).toString();
    if (folder.isEmpty()) {
        return;
    }
    auto r = AutoBackup::run(*m_vault, folder, m_settings.value(AppSettings::Key::AutoBackupKeep).toInt());
    if (!r) {
        QMessageBox::warning(this, tr("Automatic backup failed"), r.message());
    }
}

void MainWindow::newVault()
{
    NewVaultDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QProgressDialog progress(tr("Creating the vault…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QApplication::processEvents();
    auto created = Vault::create(dialog.path(), VaultKey::passphrase(dialog.passphrase()),
        NewAccount { dialog.username(), dialog.displayName(), dialog.password(), Role::Administrator });
    progress.close();
    if (!created) {
        QMessageBox::warning(this, tr("New vault"), created.message());
        return;
    }
    m_settings.addRecentVault(created.value()->path());
    m_settings.setValue(AppSettings::Key::LastAccount, dialog.username());
    setVault(std::shared_ptr<Vault>(std::move(created.value())));
}

void MainWindow::openVault(const QString& path)
{
    if (m_vault) {
        lock();
    }
    QString chosen = path;
    if (chosen.isEmpty()) {
        chosen = QFileDialog::getOpenFileName(
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
    ReportRenderer(p->printableReport()).showPrintPreview(this);
}

void MainWindow::exportCurrentPdf()
{
    Page* p = qobject_cast<Page*>(m_pages->currentWidget());
    if (!p || !p->canPrint()) {
        return;
    }
    const ReportDocument doc = p->printableReport();
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

void MainWindow::backupNow()
{
    if (!m_vault) {
        return;
    }
    const QString suggested = QFileInfo(m_vault->path()).absolutePath() + QLatin1Char('/')
        + QFileInfo(m_vault->path()).completeBaseName() + QStringLiteral("-backup.cdvault");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Back up vault"), suggested, tr("Compliance Desk vaults (*.cdvault)"));
    if (path.isEmpty()) {
        return;
    }
    Result<BackupReport> r = Error { ErrorCode::Cancelled, QString() };
    Vault* vault = m_vault.get();
    runInBackground(
        this, tr("Writing and checking the backup…"), [&](TaskControl&) { r = vault->backup(path); }, false);
    if (!r) {
        QMessageBox::warning(this, tr("Backup"), r.message());
        return;
    }
    QMessageBox::information(this, tr("Backup"),
        tr("The backup was written and checked: %1 tables, %2 records.\n%3")
            .arg(r->tables)
            .arg(QLocale().toString(r->rows))
            .arg(QDir::toNativeSeparators(r->path)));
}

void MainWindow::restoreFromBackup()
{
    const QString backup = QFileDialog::getOpenFileName(
        this, tr("Restore from backup"), m_settings.lastVault(), tr("Compliance Desk vaults (*.cdvault)"));
    if (backup.isEmpty()) {
        return;
    }
    const QString target = m_vault ? m_vault->path() : m_unlock->vaultPath();
    if (target.isEmpty()) {
        QMessageBox::information(this, tr("Restore from backup"), tr("Choose the vault to replace first."));
        return;
    }
    bool ok = false;
    QString passphrase = QInputDialog::getText(
        this, tr("Restore from backup"), tr("Passphrase of the backup:"), QLineEdit::Password, QString(), &ok);
    if (!ok) {
        return;
    }
    if (QMessageBox::question(this, tr("Restore from backup"),
            tr("Replace %1 with the backup? The current file is kept as %2.")
                .arg(
                    QDir::toNativeSeparators(target), QFileInfo(target).fileName() + QStringLiteral(".before-restore")))
        != QMessageBox::Yes) {
        return;
    }
    lock();
    auto r = Vault::restore(backup, target, VaultKey::passphrase(passphrase));
    secureWipe(passphrase);
    if (!r) {
        QMessageBox::warning(this, tr("Restore from backup"), r.message());
        return;
    }
    QString restored
        = tr("The vault was restored (%1 records). Unlock it to continue.").arg(QLocale().toString(r->rows));
    if (!r->erasedAgainSummary.isEmpty()) {
        restored += QStringLiteral("\n\n") + r->erasedAgainSummary;
    }
    QMessageBox::information(this, tr("Restore from backup"), restored);
    m_unlock->setVaultPath(target);
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
    lock();
    event->accept();
}

} // namespace cd::ui

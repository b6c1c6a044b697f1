#pragma once

#include "vault/Vault.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QFrame;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QThreadPool;

namespace cd {
class AppSettings;
} // namespace cd

namespace cd::ui {

class ElidingLabel;
class InactivityFilter;
class LanguageManager;
class Page;
class UnlockWidget;

// The application window: navigation on the left, one page per area, the unlock screen
// while no vault is open. Owns the open vault; locking drops it and every page's data.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppSettings& settings, LanguageManager& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Page identifiers, stable for navigation requests and tests.
    static QStringList pageIds();
    Page* page(const QString& id) const;
    QString currentPageId() const;
    void showPage(const QString& id);

    UnlockWidget* unlockWidget() const { return m_unlock; }
    // The warning above the pages: a read-only vault, or an audit log that does not match
    // this computer's anchor. Hidden when there is nothing to say.
    QLabel* banner() const { return m_banner; }
    QAction* restoreAction() const { return m_restoreAction; }
    InactivityFilter* inactivityFilter() const { return m_idle; }
    Vault* vault() const { return m_vault.get(); }
    bool isLocked() const { return !m_vault; }
    // True while an automatic backup of a vault locked a moment ago is still being written.
    bool isBackingUp() const;

    // Takes an opened, signed-in vault (from the unlock screen or tests).
    void setVault(std::shared_ptr<Vault> vault);

public slots:
    void lock();
    void newVault();
    // Creates (first time) or opens the demo vault with synthetic data and signs in.
    void openDemo();
    static QString demoVaultPath();
    void openVault(const QString& path = {});
    void setLanguage(const QString& language);
    void printCurrent();
    void exportCurrentPdf();
    void showAbout();
    void showUserGuide();
    void showShortcuts();
    void createRecord(); // File › New record on the current page
    void backupNow();
    void restoreFromBackup();
    void restoreUnopenable(const QString& vaultPath);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildPages();
    void retranslate();
    void updateState();
    void updateRecentMenu();
    void updateBadges();
    // Closes a vault that was just locked: after its automatic backup (when one is set up), which
    // runs on a worker while the window stays usable.
    void backUpAndClose(std::shared_ptr<Vault> vault);
    void backupFinished(const std::shared_ptr<Vault>& vault, const Result<BackupReport>& result);
    void updateBanner();
    void acceptAuditLog();
    void editFocused(const char* slot); // Edit menu: the same slot on the focused text field
    void copyFocused();

    AppSettings& m_settings;
    LanguageManager& m_language;
    std::shared_ptr<Vault> m_vault;
    // Automatic backups, one after another on one worker; each keeps its vault until it is done.
    QThreadPool* m_backupPool;
    struct PendingBackups;
    std::shared_ptr<PendingBackups> m_backups;
    bool m_closeAfterBackup = false;

    QStackedWidget* m_root;
    UnlockWidget* m_unlock;
    QWidget* m_workspace;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    QList<Page*> m_pageList;
    InactivityFilter* m_idle;

    QMenu* m_fileMenu;
    QMenu* m_recentMenu;
    QMenu* m_editMenu;
    QMenu* m_viewMenu;
    QMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QAction* m_newRecordAction;
    QAction* m_newAction;
    QAction* m_openAction;
    QAction* m_lockAction;
    QAction* m_backupAction;
    QAction* m_restoreAction;
    QAction* m_printAction;
    QAction* m_pdfAction;
    QAction* m_quitAction;
    QAction* m_undoAction;
    QAction* m_redoAction;
    QAction* m_cutAction;
    QAction* m_copyAction;
    QAction* m_pasteAction;
    QAction* m_selectAllAction;
    QAction* m_findAction;
    QAction* m_guideAction;
    QAction* m_shortcutsAction;
    QAction* m_zhAction;
    QAction* m_enAction;
    QAction* m_aboutAction;
    QActionGroup* m_languageGroup;
    QList<QAction*> m_gotoActions;

    QFrame* m_bannerFrame;
    QLabel* m_banner;
    QPushButton* m_bannerAccept;

    ElidingLabel* m_statusVault;
    ElidingLabel* m_statusUser;
    QLabel* m_statusLock;
};

} // namespace cd::ui

#pragma once

#include "util/Result.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QGroupBox;
class QFormLayout;
class QCommandLinkButton;

namespace cd {
class Vault;
class AppSettings;
} // namespace cd

namespace cd::ui {

class PassphraseEdit;

// The result of opening a vault and signing in, produced off the UI thread.
struct UnlockOutcome {
    std::shared_ptr<Vault> vault;
    Error error;
    bool passphraseStage = true; // where it failed: the vault passphrase or the sign-in
};

// The screen shown while no vault is open or the vault is locked: choose the vault, type its
// passphrase and your own account and password. Key derivation runs off the UI thread.
class UnlockWidget : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockWidget(AppSettings& settings, QWidget* parent = nullptr);
    ~UnlockWidget() override;

    void setVaultPath(const QString& path);
    QString vaultPath() const;
    void setAccountName(const QString& name);
    void reset(); // clears secrets and errors, e.g. on lock
    // Puts the cursor in the first field still empty (vault, passphrase, account, password), so
    // typing never lands in a field that is already filled in.
    void focusFirstEmptyField();
    QWidget* firstEmptyField() const;
    bool isBusy() const;
    void showError(const QString& message);
    // True while the first-run welcome (create / open / try the demo) is shown instead of the
    // unlock form: no vault is known yet.
    bool isWelcomeShown() const;
    void showUnlockForm();

    // Starts opening; emits unlocked() or shows the error.
    void unlock();
    // Runs on the opening worker before the vault opens (the window waits there for an automatic
    // backup that still holds the vault it just locked).
    void setBeforeOpen(std::function<void()> wait) { m_beforeOpen = std::move(wait); }

    // Blocking variant used by tests.
    static UnlockOutcome openAndSignIn(
        const QString& path, const QString& passphrase, const QString& account, const QString& password);

signals:
    void unlocked(std::shared_ptr<cd::Vault> vault);
    void newVaultRequested();
    void demoRequested();
    // The vault would not open: replace it with a backup (RestoreUnopenableDialog).
    void restoreUnopenableRequested(const QString& vaultPath);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void browse();
    void setBusy(bool busy);
    void finished();
    void updateMode();

    AppSettings& m_settings;
    QLabel* m_title;
    QLabel* m_subtitle;
    QGroupBox* m_box;
    QFormLayout* m_form;
    QComboBox* m_vault;
    QPushButton* m_browse;
    PassphraseEdit* m_passphrase;
    QLineEdit* m_account;
    PassphraseEdit* m_password;
    QPushButton* m_unlock;
    QPushButton* m_new;
    QPushButton* m_rescue; // shown once the vault failed to open
    QProgressBar* m_busy;
    QLabel* m_status;
    QLabel* m_error;
    QWidget* m_welcome;
    QLabel* m_welcomeText;
    QCommandLinkButton* m_createFirst;
    QCommandLinkButton* m_openExisting;
    QCommandLinkButton* m_tryDemo;
    QWidget* m_unlockPanel;
    bool m_forceUnlockForm = false;
    QFutureWatcher<UnlockOutcome> m_watcher;
    std::function<void()> m_beforeOpen;
};

} // namespace cd::ui

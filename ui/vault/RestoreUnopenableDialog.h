#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {
class AppSettings;
struct BackupReport;
} // namespace cd

namespace cd::ui {

class PassphraseEdit;

// Replaces a vault that will not open with a checked backup (Vault::restoreUnopenable), offered
// from the unlock screen. An administrator of the backup signs for it with the account name and
// password the backup holds. Errors are shown in the dialog, which keeps what was typed (except
// the password) so a wrong entry costs one field, not the whole form.
class RestoreUnopenableDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreUnopenableDialog(const QString& vaultPath, AppSettings& settings, QWidget* parent = nullptr);
    ~RestoreUnopenableDialog() override;

    // After accept(): what the restore reported, for the message the caller shows.
    QString outcomeText() const { return m_outcome; }

    QLineEdit* backupEdit() const { return m_backup; }
    PassphraseEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* accountEdit() const { return m_account; }
    PassphraseEdit* passwordEdit() const { return m_password; }
    QLabel* errorLabel() const { return m_error; }
    // Runs the restore with the fields as they are (the Restore button).
    void restore();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void browse();
    void showError(const QString& message);

    QString m_vaultPath;
    AppSettings& m_settings;
    QFormLayout* m_form;
    QLabel* m_intro;
    QLabel* m_vaultLabel;
    QLineEdit* m_backup;
    QPushButton* m_browse;
    PassphraseEdit* m_passphrase;
    QLineEdit* m_account;
    PassphraseEdit* m_password;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_restore;
    QString m_outcome;
};

} // namespace cd::ui

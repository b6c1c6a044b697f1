#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QDialogButtonBox;
class QProgressBar;

class QPushButton;
class QFormLayout;
class QGroupBox;

namespace cd {
class Vault;
}

namespace cd::ui {

class PassphraseEdit;

// Asks for a location, the vault passphrase (twice) and the first account, an administrator,
// and creates the vault when the user confirms: missing folders are created, and on any error
// the dialog stays open with everything typed still there.
class NewVaultDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewVaultDialog(QWidget* parent = nullptr);
    ~NewVaultDialog() override;

    QString path() const;
    QString passphrase() const;
    QString username() const;
    QString displayName() const;
    QString password() const;

    // What is wrong with the current input, or empty when it may be accepted.
    QString validationError() const;
    static constexpr int minimumPassphraseLength = 12;

    void setPath(const QString& path);
    // The vault created by accept(), signed in as the new administrator (once).
    std::unique_ptr<Vault> takeVault();
    QString errorText() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void browse();

    QLineEdit* m_path;
    QPushButton* m_browse;
    PassphraseEdit* m_passphrase;
    PassphraseEdit* m_passphraseRepeat;
    QLabel* m_strength;
    QProgressBar* m_strengthBar;
    QLineEdit* m_displayName;
    QLineEdit* m_username;
    PassphraseEdit* m_password;
    PassphraseEdit* m_passwordRepeat;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QFormLayout* m_vaultForm;
    QFormLayout* m_accountForm;
    QGroupBox* m_vaultBox;
    QGroupBox* m_accountBox;
    QLabel* m_intro;
    std::unique_ptr<Vault> m_created;
};

} // namespace cd::ui

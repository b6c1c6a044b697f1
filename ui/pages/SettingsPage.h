#pragma once

#include "pages/Page.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QFormLayout;
class QVBoxLayout;

namespace cd {
class AppSettings;
}

namespace cd::ui {

// Accounts (administrators), vault passphrase, idle lock, automatic backups, and the vault rules.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(AppSettings& settings, QWidget* parent = nullptr);

    QString title() const override { return tr("Settings"); }
    void setVault(Vault* vault) override;
    void refresh() override;
    bool canCreateRecord() const override; // a new staff account
    void createRecord() override;

    QTableWidget* accountsTable() const { return m_accounts; }
    // A place for feature settings groups (deadline rules, retention, …).
    void addSection(QWidget* section);

signals:
    void idleLockChanged(int minutes);

protected:
    void retranslate() override;

private:
    void loadAccounts();
    qint64 selectedAccountId() const;
    void addAccount();
    void toggleAccount();
    void resetPassword();
    void changeRole();
    void changeOwnPassword();
    void changePassphrase();
    void chooseBackupFolder();
    void updateButtons();

    AppSettings& m_settings;
    QLabel* m_header;
    QVBoxLayout* m_sections;
    QGroupBox* m_accountsBox;
    QTableWidget* m_accounts;
    QPushButton* m_add;
    QPushButton* m_toggle;
    QPushButton* m_reset;
    QPushButton* m_role;
    QPushButton* m_ownPassword;
    QGroupBox* m_securityBox;
    QFormLayout* m_securityForm;
    QSpinBox* m_idle;
    QSpinBox* m_clipboard;
    QPushButton* m_passphrase;
    QGroupBox* m_backupBox;
    QFormLayout* m_backupForm;
    QCheckBox* m_autoBackup;
    QLineEdit* m_backupFolder;
    QPushButton* m_backupBrowse;
    QSpinBox* m_backupKeep;
    QList<Page*> m_pageSections;
};

} // namespace cd::ui

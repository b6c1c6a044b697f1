#include "SettingsPage.h"
#include "VaultRulesSection.h"

#include "accounts/AccountService.h"
#include "preferences/AppSettings.h"
#include "report/StatePalette.h"
#include "util/SecretBytes.h"
#include "vault/PassphraseEdit.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/EmptyState.h"

#include "util/Formatting.h"
#include "widgets/Dialogs.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

void setFormLabel(QFormLayout* form, int row, const QString& text)
{
    if (auto* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
        static_cast<QLabel*>(item->widget())->setText(text);
    }
}

// Asks for a new password twice; empty result means cancelled.
QString askNewPassword(QWidget* parent, const QString& title, QString* current = nullptr)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* form = new QFormLayout(&dialog);
    PassphraseEdit* old = nullptr;
    if (current) {
        old = new PassphraseEdit(&dialog);
        form->addRow(SettingsPage::tr("Current:"), old);
    }
    auto* first = new PassphraseEdit(&dialog);
    auto* second = new PassphraseEdit(&dialog);
    form->addRow(SettingsPage::tr("New:"), first);
    form->addRow(SettingsPage::tr("Repeat:"), second);
    auto* error = new QLabel(&dialog);
    error->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (first->text() != second->text()) {
            error->setText(SettingsPage::tr("The two entries differ."));
            return;
        }
        if (first->text().isEmpty()) {
            error->setText(SettingsPage::tr("Type the new value."));
            return;
        }
        dialog.accept();
    });
    dialog.setMinimumWidth(380);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    if (current && old) {
        *current = old->text();
    }
    return first->text();
}

} // namespace

SettingsPage::SettingsPage(AppSettings& settings, QWidget* parent)
    : Page(parent)
    , m_settings(settings)
{
    auto* outer = new QVBoxLayout(this);
    m_header = makePageHeader(this);
    outer->addWidget(m_header);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    m_sections = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    // Accounts
    m_accountsBox = new QGroupBox(content);
    auto* accountsLayout = new QVBoxLayout(m_accountsBox);
    m_accounts = new QTableWidget(0, 5, m_accountsBox);
    m_accounts->setObjectName(QStringLiteral("accounts"));
    m_accounts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accounts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accounts->verticalHeader()->hide();
    ColumnPolicy::install(m_accounts, QStringLiteral("accounts"), 1, { 4 });
    m_accounts->setMinimumHeight(160);
    EmptyState::attach(m_accounts);
    accountsLayout->addWidget(m_accounts);
    auto* accountButtons = new QHBoxLayout();
    m_add = new QPushButton(m_accountsBox);
    m_toggle = new QPushButton(m_accountsBox);
    m_reset = new QPushButton(m_accountsBox);
    m_role = new QPushButton(m_accountsBox);
    m_ownPassword = new QPushButton(m_accountsBox);
    for (QPushButton* b : { m_add, m_toggle, m_reset, m_role }) {
        accountButtons->addWidget(b);
    }
    accountButtons->addStretch(1);
    accountButtons->addWidget(m_ownPassword);
    accountsLayout->addLayout(accountButtons);
    m_sections->addWidget(m_accountsBox);

    // Security
    m_securityBox = new QGroupBox(content);
    m_securityForm = new QFormLayout(m_securityBox);
    m_idle = new QSpinBox(m_securityBox);
    m_idle->setRange(0, 240);
    m_idle->setValue(m_settings.idleLockMinutes());
    m_clipboard = new QSpinBox(m_securityBox);
    m_clipboard->setRange(5, 600);
    m_clipboard->setValue(m_settings.clipboardClearSeconds());
    m_passphrase = new QPushButton(m_securityBox);
    m_securityForm->addRow(new QLabel(m_securityBox), m_idle);
    m_securityForm->addRow(new QLabel(m_securityBox), m_clipboard);
    m_securityForm->addRow(new QLabel(m_securityBox), m_passphrase);
    m_sections->addWidget(m_securityBox);

    // Automatic backup
    m_backupBox = new QGroupBox(content);
    m_backupForm = new QFormLayout(m_backupBox);
    m_autoBackup = new QCheckBox(m_backupBox);
    m_autoBackup->setChecked(m_settings.value(AppSettings::Key::AutoBackupEnabled).toBool());
    m_backupFolder = new QLineEdit(m_backupBox);
    m_backupFolder->setText(m_settings.value(AppSettings::Key::AutoBackupFolder).toString());
    m_backupBrowse = new QPushButton(m_backupBox);
    auto* folderRow = new QHBoxLayout();
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(m_backupBrowse);
    m_backupKeep = new QSpinBox(m_backupBox);
    m_backupKeep->setRange(1, 100);
    m_backupKeep->setValue(m_settings.value(AppSettings::Key::AutoBackupKeep).toInt());
    m_backupForm->addRow(new QLabel(m_backupBox), m_autoBackup);
    m_backupForm->addRow(new QLabel(m_backupBox), folderRow);
    m_backupForm->addRow(new QLabel(m_backupBox), m_backupKeep);
    m_sections->addWidget(m_backupBox);
    m_sections->addStretch(1);
    addSection(new VaultRulesSection(content));

    connect(m_add, &QPushButton::clicked, this, &SettingsPage::addAccount);
    connect(m_toggle, &QPushButton::clicked, this, &SettingsPage::toggleAccount);
    connect(m_reset, &QPushButton::clicked, this, &SettingsPage::resetPassword);
    connect(m_role, &QPushButton::clicked, this, &SettingsPage::changeRole);
    connect(m_ownPassword, &QPushButton::clicked, this, &SettingsPage::changeOwnPassword);
    connect(m_passphrase, &QPushButton::clicked, this, &SettingsPage::changePassphrase);
    connect(m_backupBrowse, &QPushButton::clicked, this, &SettingsPage::chooseBackupFolder);
    connect(m_accounts, &QTableWidget::itemSelectionChanged, this, &SettingsPage::updateButtons);
    connect(m_idle, &QSpinBox::valueChanged, this, [this](int v) {
        m_settings.setValue(AppSettings::Key::IdleLockMinutes, v);
        emit idleLockChanged(v);
    });
    connect(m_clipboard, &QSpinBox::valueChanged, this,
        [this](int v) { m_settings.setValue(AppSettings::Key::ClipboardClearSeconds, v); });
    connect(m_autoBackup, &QCheckBox::toggled, this,
        [this](bool on) { m_settings.setValue(AppSettings::Key::AutoBackupEnabled, on); });
    connect(m_backupFolder, &QLineEdit::editingFinished, this,
        [this] { m_settings.setValue(AppSettings::Key::AutoBackupFolder, m_backupFolder->text().trimmed()); });
    connect(m_backupKeep, &QSpinBox::valueChanged, this,
        [this](int v) { m_settings.setValue(AppSettings::Key::AutoBackupKeep, v); });
    retranslate();
}

void SettingsPage::addSection(QWidget* section)
{
    m_sections->insertWidget(m_sections->count() - 1, section);
    // A section that is a Page gets the vault, refreshes and status messages with this page.
    if (auto* page = qobject_cast<Page*>(section)) {
        m_pageSections.append(page);
        connect(page, &Page::statusMessage, this, &Page::statusMessage);
        page->setVault(vault());
    }
}

void SettingsPage::setVault(Vault* vault)
{
    Page::setVault(vault);
    for (Page* section : std::as_const(m_pageSections)) {
        section->setVault(vault);
    }
    loadAccounts();
    updateButtons();
}

void SettingsPage::refresh()
{
    loadAccounts();
    updateButtons();
    for (Page* section : std::as_const(m_pageSections)) {
        section->refresh();
    }
}

void SettingsPage::loadAccounts()
{
    const bool admin = vault() && vault()->actor().can(Permission::ManageAccounts);
    EmptyState::of(m_accounts)
        ->setMessages(admin ? tr("No staff accounts yet. Give each person who works in this "
                                 "vault an account of their own.")
                            : tr("Only an administrator can see and add staff accounts."));
    EmptyState::of(m_accounts)->setAction(admin ? tr("Add an account…") : QString(), [this] { addAccount(); });
    m_accounts->setRowCount(0);
    if (!vault()) {
        return;
    }
    AccountService service(*vault());
    auto list = service.list();
    if (!list) {
        return;
    }
    const QLocale locale;
    m_accounts->setRowCount(int(list->size()));
    for (int r = 0; r < list->size(); ++r) {
        const Account& a = list->at(r);
        const QStringList cells { a.username, a.displayName, roleDisplayName(a.role),
            a.active ? tr("Active") : tr("Disabled"),
            a.lastSignIn.isValid() ? fmt::dateTime(a.lastSignIn) : tr("Never") };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, a.id);
            item->setData(Qt::UserRole + 1, a.active);
            item->setData(Qt::UserRole + 2, int(a.role));
            m_accounts->setItem(r, c, item);
        }
    }
}

qint64 SettingsPage::selectedAccountId() const
{
    const auto items = m_accounts->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void SettingsPage::updateButtons()
{
    const bool admin = vault() && vault()->actor().can(Permission::ManageAccounts);
    const bool selected = selectedAccountId() > 0;
    m_add->setEnabled(admin);
    m_toggle->setEnabled(admin && selected);
    m_reset->setEnabled(admin && selected);
    m_role->setEnabled(admin && selected);
    m_ownPassword->setEnabled(vault() != nullptr);
    m_passphrase->setEnabled(vault() && vault()->actor().can(Permission::ManageSettings));
    const auto items = m_accounts->selectedItems();
    const bool active = items.isEmpty() || items.first()->data(Qt::UserRole + 1).toBool();
    m_toggle->setText(active ? tr("Disable") : tr("Enable"));
}

void SettingsPage::addAccount()
{
    if (!vault()) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add account"));
    auto* form = new QFormLayout(&dialog);
    auto* username = new QLineEdit(&dialog);
    auto* display = new QLineEdit(&dialog);
    auto* role = new QComboBox(&dialog);
    for (Role r : { Role::Staff, Role::PrivacyOfficer, Role::Auditor, Role::Administrator }) {
        role->addItem(roleDisplayName(r), int(r));
    }
    auto* password = new PassphraseEdit(&dialog);
    form->addRow(tr("Account name:"), username);
    form->addRow(tr("Display name:"), display);
    form->addRow(tr("Role:"), role);
    form->addRow(tr("First password:"), password);
    auto* error = new QLabel(&dialog);
    error->setWordWrap(true);
    error->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        AccountService service(*vault());
        auto added = service.add(
            NewAccount { username->text(), display->text(), password->text(), Role(role->currentData().toInt()) });
        if (!added) {
            error->setText(added.message());
            return;
        }
        dialog.accept();
    });
    dialog.setMinimumWidth(420);
    if (dialog.exec() == QDialog::Accepted) {
        loadAccounts();
        emit statusMessage(tr("Account added."));
    }
}

void SettingsPage::toggleAccount()
{
    const qint64 id = selectedAccountId();
    if (!vault() || id == 0) {
        return;
    }
    const bool active = m_accounts->selectedItems().first()->data(Qt::UserRole + 1).toBool();
    AccountService service(*vault());
    const Status s = service.setActive(id, !active);
    if (!s) {
        Dialogs::warning(this, title(), s.message());
    }
    loadAccounts();
    updateButtons();
}

void SettingsPage::resetPassword()
{
    const qint64 id = selectedAccountId();
    if (!vault() || id == 0) {
        return;
    }
    const QString pw = askNewPassword(this, tr("Reset password"));
    if (pw.isEmpty()) {
        return;
    }
    AccountService service(*vault());
    const Status s = service.resetPassword(id, pw);
    if (!s) {
        Dialogs::warning(this, title(), s.message());
    } else {
        emit statusMessage(tr("Password reset."));
    }
}

void SettingsPage::changeRole()
{
    const qint64 id = selectedAccountId();
    if (!vault() || id == 0) {
        return;
    }
    QStringList names;
    const QList<Role> roles { Role::Staff, Role::PrivacyOfficer, Role::Auditor, Role::Administrator };
    for (Role r : roles) {
        names << roleDisplayName(r);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change role"), tr("Role:"), names, 0, false, &ok);
    if (!ok) {
        return;
    }
    AccountService service(*vault());
    const Status s = service.setRole(id, roles.at(int(names.indexOf(chosen))));
    if (!s) {
        Dialogs::warning(this, title(), s.message());
    }
    loadAccounts();
}

void SettingsPage::changeOwnPassword()
{
    if (!vault()) {
        return;
    }
    QString current;
    const QString pw = askNewPassword(this, tr("Change my password"), &current);
    if (pw.isEmpty()) {
        return;
    }
    AccountService service(*vault());
    const Status s = service.changeOwnPassword(current, pw);
    if (!s) {
        Dialogs::warning(this, title(), s.message());
    } else {
        emit statusMessage(tr("Your password was changed."));
    }
}

void SettingsPage::changePassphrase()
{
    if (!vault()) {
        return;
    }
    QString current;
    QString pw = askNewPassword(this, tr("Change vault passphrase"), &current);
    if (pw.isEmpty()) {
        return;
    }
    if (const Status check = Vault::checkNewKey(VaultKey::passphrase(pw)); !check) {
        secureWipe(current);
        secureWipe(pw);
        Dialogs::warning(this, title(), check.message());
        return;
    }
    // Re-keying rewrites every page of the vault; on a large vault that takes a while. It runs on
    // the page's own connection while the modal dialog keeps everything else waiting.
    Status s;
    Vault* v = vault();
    const VaultKey oldKey = VaultKey::passphrase(current);
    const VaultKey newKey = VaultKey::passphrase(pw);
    runInBackground(
        this, tr("Changing the vault passphrase…"), [&](TaskControl&) { s = v->changePassphrase(oldKey, newKey); },
        false);
    secureWipe(current);
    secureWipe(pw);
    if (!s) {
        Dialogs::warning(this, title(), s.message());
    } else {
        Dialogs::information(this, title(),
            tr("The vault passphrase was changed. Use the new passphrase from "
               "now on; old backups keep their old passphrase."));
    }
}

bool SettingsPage::canCreateRecord() const
{
    return vault() != nullptr && m_add->isEnabled();
}

void SettingsPage::createRecord()
{
    if (canCreateRecord()) {
        addAccount();
    }
}

void SettingsPage::chooseBackupFolder()
{
    const QString folder = Dialogs::existingDirectory(this, tr("Folder for automatic backups"), m_backupFolder->text());
    if (!folder.isEmpty()) {
        m_backupFolder->setText(QDir::toNativeSeparators(folder));
        m_settings.setValue(AppSettings::Key::AutoBackupFolder, folder);
    }
}

void SettingsPage::retranslate()
{
    m_header->setText(title());
    m_accountsBox->setTitle(tr("Staff accounts"));
    m_accounts->setHorizontalHeaderLabels({ tr("Account"), tr("Name"), tr("Role"), tr("State"), tr("Last sign-in") });
    m_add->setText(tr("Add…"));
    m_reset->setText(tr("Reset password…"));
    m_role->setText(tr("Change role…"));
    m_ownPassword->setText(tr("Change my password…"));
    m_securityBox->setTitle(tr("Security"));
    setFormLabel(m_securityForm, 0, tr("Lock after idle (minutes, 0 = never):"));
    setFormLabel(m_securityForm, 1, tr("Clear copied personal data after (seconds):"));
    setFormLabel(m_securityForm, 2, tr("Vault passphrase:"));
    m_passphrase->setText(tr("Change passphrase…"));
    m_backupBox->setTitle(tr("Automatic backup"));
    setFormLabel(m_backupForm, 0, tr("Back up when the vault is locked or closed:"));
    setFormLabel(m_backupForm, 1, tr("Folder:"));
    setFormLabel(m_backupForm, 2, tr("Keep the newest:"));
    m_autoBackup->setText(tr("Enabled"));
    m_backupBrowse->setText(tr("Browse…"));
    loadAccounts();
    updateButtons();
}

} // namespace cd::ui

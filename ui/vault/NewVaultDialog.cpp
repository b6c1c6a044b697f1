#include "NewVaultDialog.h"

#include "PassphraseEdit.h"
#include "accounts/AccountService.h"
#include "maintenance/VaultMaintenance.h"
#include "report/StatePalette.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"

#include "widgets/Dialogs.h"
#include "widgets/FormGuard.h"
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cd::ui {

NewVaultDialog::NewVaultDialog(QWidget* parent)
    : QDialog(parent)
{
    DiscardGuard::install(this); // Esc on a filled form asks first
    setObjectName(QStringLiteral("NewVaultDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_vaultBox = new QGroupBox(this);
    m_vaultForm = new QFormLayout(m_vaultBox);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_browse = new QPushButton(this);
    auto* pathRow = new QHBoxLayout();
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_passphrase = new PassphraseEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphraseRepeat = new PassphraseEdit(this);
    m_passphraseRepeat->setObjectName(QStringLiteral("passphraseRepeat"));
    m_strengthBar = new QProgressBar(this);
    m_strengthBar->setRange(0, 4);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setMaximumHeight(6);
    m_strength = new QLabel(this);
    m_strength->setWordWrap(true);
    m_vaultForm->addRow(QString(), pathRow);
    m_vaultForm->addRow(QString(), m_passphrase);
    m_vaultForm->addRow(QString(), m_passphraseRepeat);
    m_vaultForm->addRow(QString(), m_strengthBar);
    m_vaultForm->addRow(QString(), m_strength);
    layout->addWidget(m_vaultBox);

    m_accountBox = new QGroupBox(this);
    m_accountForm = new QFormLayout(m_accountBox);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new PassphraseEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_passwordRepeat = new PassphraseEdit(this);
    m_passwordRepeat->setObjectName(QStringLiteral("passwordRepeat"));
    m_accountForm->addRow(QString(), m_displayName);
    m_accountForm->addRow(QString(), m_username);
    m_accountForm->addRow(QString(), m_password);
    m_accountForm->addRow(QString(), m_passwordRepeat);
    layout->addWidget(m_accountBox);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewVaultDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewVaultDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &NewVaultDialog::browse);
    for (QLineEdit* e :
        { m_path, static_cast<QLineEdit*>(m_passphrase), static_cast<QLineEdit*>(m_passphraseRepeat), m_displayName,
            m_username, static_cast<QLineEdit*>(m_password), static_cast<QLineEdit*>(m_passwordRepeat) }) {
        connect(e, &QLineEdit::textChanged, this, &NewVaultDialog::updateState);
    }
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(docs.isEmpty() ? QDir::homePath() : docs).filePath(QStringLiteral("compliance.cdvault")));
    retranslate();
    updateState();
    setMinimumWidth(520);
}

NewVaultDialog::~NewVaultDialog()
{
    m_passphrase->wipe();
    m_passphraseRepeat->wipe();
    m_password->wipe();
    m_passwordRepeat->wipe();
}

QString NewVaultDialog::path() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && QFileInfo(p).suffix().isEmpty()) {
        p += QStringLiteral(".") + Vault::fileSuffix();
    }
    return p;
}
QString NewVaultDialog::passphrase() const
{
    return m_passphrase->text();
}
QString NewVaultDialog::username() const
{
    return m_username->text().trimmed();
}
QString NewVaultDialog::displayName() const
{
    return m_displayName->text().trimmed();
}
QString NewVaultDialog::password() const
{
    return m_password->text();
}

void NewVaultDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

QString NewVaultDialog::validationError() const
{
    if (path().isEmpty()) {
        return tr("Choose where to save the vault.");
    }
    if (QFileInfo::exists(path())) {
        return tr("A file with this name already exists. Choose another name.");
    }
    if (passphrase().size() < minimumPassphraseLength) {
        return tr("The vault passphrase needs at least %1 characters.").arg(minimumPassphraseLength);
    }
    if (const Status key = Vault::checkNewKey(VaultKey::passphrase(passphrase())); !key) {
        return key.message(); // e.g. the raw-key form x'…'
    }
    if (passphrase() != m_passphraseRepeat->text()) {
        return tr("The two vault passphrases differ.");
    }
    const Status account
        = AccountService::validateNewAccount(NewAccount { username(), displayName(), password(), Role::Administrator });
    if (!account) {
        return account.message();
    }
    if (password() != m_passwordRepeat->text()) {
        return tr("The two account passwords differ.");
    }
    if (password() == passphrase()) {
        return tr("Use a personal password that differs from the vault passphrase.");
    }
    return {};
}

void NewVaultDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        return;
    }
    // A folder that does not exist yet is created; one that cannot be is named, with what to do.
    const QString folder = QFileInfo(path()).absolutePath();
    const QFileInfo folderInfo(folder);
    if (folderInfo.exists() && !folderInfo.isDir()) {
        m_error->setText(tr("%1 is a file, not a folder. Choose another folder for the vault.")
                             .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (!folderInfo.exists() && !QDir().mkpath(folder)) {
        m_error->setText(tr("The folder %1 does not exist and could not be created. Check that the drive is "
                            "connected and that you may write there, or choose another folder.")
                             .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (!QFileInfo(folder).isWritable()) {
        m_error->setText(
            tr("You may not write in the folder %1. Choose another folder.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    Result<std::unique_ptr<Vault>> created = Error { ErrorCode::Cancelled, QString() };
    const QString file = path();
    const NewAccount admin { username(), displayName(), password(), Role::Administrator };
    const VaultKey key = VaultKey::passphrase(passphrase());
    runInBackground(
        this, tr("Creating the vault…"), [&](TaskControl&) { created = VaultMaintenance::create(file, key, admin); },
        false);
    if (!created) {
        // Everything typed stays, so the user can correct the place or try again.
        m_error->setText(created.message());
        return;
    }
    m_created = std::move(created.value());
    QDialog::accept();
}

std::unique_ptr<Vault> NewVaultDialog::takeVault()
{
    return std::move(m_created);
}

QString NewVaultDialog::errorText() const
{
    return m_error->text();
}

void NewVaultDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void NewVaultDialog::retranslate()
{
    setWindowTitle(tr("New vault"));
    m_intro->setText(tr("A vault is one encrypted file that holds all records. Keep its passphrase safe: "
                        "without it nobody, including IT, can open the vault."));
    m_vaultBox->setTitle(tr("Vault"));
    m_accountBox->setTitle(tr("Your account (administrator)"));
    m_browse->setText(tr("Browse…"));
    auto setLabel = [](QFormLayout* form, int row, const QString& text) {
        if (auto* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
            static_cast<QLabel*>(item->widget())->setText(text);
        } else {
            auto* label = new QLabel(text);
            form->setWidget(row, QFormLayout::LabelRole, label);
        }
    };
    setLabel(m_vaultForm, 0, tr("File:"));
    setLabel(m_vaultForm, 1, tr("Vault passphrase:"));
    setLabel(m_vaultForm, 2, tr("Repeat passphrase:"));
    setLabel(m_vaultForm, 3, tr("Strength:"));
    setLabel(m_accountForm, 0, tr("Your name:"));
    setLabel(m_accountForm, 1, tr("Account name:"));
    setLabel(m_accountForm, 2, tr("Personal password:"));
    setLabel(m_accountForm, 3, tr("Repeat password:"));
    m_displayName->setPlaceholderText(tr("e.g. 王芳"));
    m_username->setPlaceholderText(tr("e.g. wangfang"));
    m_passphrase->setPlaceholderText(tr("At least %1 characters").arg(minimumPassphraseLength));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create vault"));
    updateState();
}

void NewVaultDialog::updateState()
{
    const PassphraseStrength s = assessPassphrase(passphrase());
    m_strengthBar->setValue(s.score);
    m_strength->setText(s.text);
    m_error->setText(QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(validationError().isEmpty());
}

void NewVaultDialog::browse()
{
    const QString chosen
        = Dialogs::saveFileName(this, tr("New vault"), m_path->text(), tr("Compliance Desk vaults (*.cdvault)"));
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
    }
}

} // namespace cd::ui

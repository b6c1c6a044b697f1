#include "RestoreUnopenableDialog.h"

#include "PassphraseEdit.h"
#include "maintenance/VaultMaintenance.h"
#include "preferences/AppSettings.h"
#include "report/StatePalette.h"
#include "util/SecretBytes.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"
#include "widgets/Dialogs.h"
#include "widgets/FormGuard.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

RestoreUnopenableDialog::RestoreUnopenableDialog(const QString& vaultPath, AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_vaultPath(vaultPath)
    , m_settings(settings)
{
    DiscardGuard::install(this); // Esc on a filled form asks first
    setObjectName(QStringLiteral("RestoreUnopenableDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new QFormLayout();
    auto* form = m_form;
    m_vaultLabel = new QLabel(QDir::toNativeSeparators(vaultPath), this);
    m_vaultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_vaultLabel->setWordWrap(true);
    m_backup = new QLineEdit(this);
    m_backup->setObjectName(QStringLiteral("backup"));
    m_browse = new QPushButton(this);
    auto* backupRow = new QHBoxLayout();
    backupRow->addWidget(m_backup, 1);
    backupRow->addWidget(m_browse);
    m_passphrase = new PassphraseEdit(this);
    m_passphrase->setObjectName(QStringLiteral("backupPassphrase"));
    m_account = new QLineEdit(this);
    m_account->setObjectName(QStringLiteral("account"));
    m_password = new PassphraseEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    form->addRow(QString(), m_vaultLabel);
    form->addRow(QString(), backupRow);
    form->addRow(QString(), m_passphrase);
    form->addRow(QString(), m_account);
    form->addRow(QString(), m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restore"));
    // Enter moves from field to field; only in the password field, or on Restore, does it replace
    // the file.
    m_restore->setAutoDefault(false);
    m_restore->setDefault(false);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &RestoreUnopenableDialog::browse);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreUnopenableDialog::restore);
    connect(m_backup, &QLineEdit::returnPressed, m_passphrase, qOverload<>(&QWidget::setFocus));
    connect(m_passphrase, &QLineEdit::returnPressed, m_account, qOverload<>(&QWidget::setFocus));
    connect(m_account, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    // Enter in the last field is the deliberate "go" (the dialog's default button would do the
    // same from any field).
    connect(m_password, &QLineEdit::returnPressed, this, &RestoreUnopenableDialog::restore);

    retranslate();
    m_backup->setFocus();
}

RestoreUnopenableDialog::~RestoreUnopenableDialog()
{
    m_passphrase->wipe();
    m_password->wipe();
}

void RestoreUnopenableDialog::browse()
{
    const QString chosen = Dialogs::openFileName(this, windowTitle(),
        m_backup->text().isEmpty() ? QFileInfo(m_vaultPath).absolutePath() : m_backup->text(),
        tr("Compliance Desk vaults (*.cdvault);;All files (*)"));
    if (!chosen.isEmpty()) {
        m_backup->setText(QDir::toNativeSeparators(chosen));
        m_passphrase->setFocus();
    }
}

void RestoreUnopenableDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RestoreUnopenableDialog::restore()
{
    const QString backup = QDir::fromNativeSeparators(m_backup->text().trimmed());
    if (backup.isEmpty()) {
        showError(tr("Choose the backup file."));
        m_backup->setFocus();
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        showError(tr("Type the backup's passphrase."));
        m_passphrase->setFocus();
        return;
    }
    if (m_account->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Type the account name and password of an administrator in the backup."));
        (m_account->text().trimmed().isEmpty() ? static_cast<QWidget*>(m_account) : m_password)->setFocus();
        return;
    }
    showError(QString());
    const VaultKey key = VaultKey::passphrase(m_passphrase->text());
    const QString account = m_account->text().trimmed();
    QString password = m_password->text();
    const QStringList folders { m_settings.value(AppSettings::Key::AutoBackupFolder).toString() };
    Result<BackupReport> r = Error { ErrorCode::Internal, QString() };
    runInBackground(
        this, tr("Checking and restoring the backup…"),
        [&](TaskControl&) {
            r = VaultMaintenance::restoreUnopenable(m_vaultPath, backup, key, account, password, folders, &m_settings);
        },
        false);
    secureWipe(password);
    m_password->wipe();
    if (!r) {
        // Everything but the password stays, so one wrong field costs one retype.
        showError(r.message());
        m_password->setFocus();
        return;
    }
    m_outcome = tr("The vault was restored from the backup (%1 records). The file that would not open is kept "
                   "as %2. Unlock the vault to continue.")
                    .arg(QLocale().toString(r->rows), QDir::toNativeSeparators(r->previousPath));
    if (!r->erasedAgainSummary.isEmpty()) {
        m_outcome += QStringLiteral("\n\n") + r->erasedAgainSummary;
    }
    m_passphrase->wipe();
    accept();
}

void RestoreUnopenableDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The button box makes its accept button the default when it is shown; here Enter moves on.
    m_restore->setDefault(false);
}

void RestoreUnopenableDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RestoreUnopenableDialog::retranslate()
{
    setWindowTitle(tr("Restore a vault that will not open"));
    m_intro->setText(tr("If the vault is damaged or lost, it can be replaced by a backup. An administrator "
                        "account of the backup authorises this. The file that will not open is kept, and "
                        "people erased since the backup are removed again as far as the other copies of the "
                        "vault still record it."));
    const QStringList labels { tr("Vault:"), tr("Backup:"), tr("Backup passphrase:"), tr("Administrator:"),
        tr("Password:") };
    const QList<QWidget*> buddies { nullptr, m_backup, m_passphrase, m_account, m_password };
    for (int row = 0; row < labels.size(); ++row) {
        if (auto* item = m_form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
            static_cast<QLabel*>(item->widget())->setText(labels.at(row));
        } else {
            auto* label = new QLabel(labels.at(row), this);
            label->setBuddy(buddies.at(row));
            m_form->setWidget(row, QFormLayout::LabelRole, label);
        }
    }
    m_browse->setText(tr("Browse…"));
    m_restore->setText(tr("Restore"));
}

} // namespace cd::ui

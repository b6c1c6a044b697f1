#include "UnlockWidget.h"

#include "PassphraseEdit.h"
#include "maintenance/VaultMaintenance.h"
#include "preferences/AppSettings.h"
#include "report/StatePalette.h"
#include "vault/Vault.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QCommandLinkButton>
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
#include <QShowEvent>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cd::ui {

UnlockWidget::UnlockWidget(AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("UnlockWidget"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* center = new QHBoxLayout();
    outer->addLayout(center);
    outer->addStretch(2);
    center->addStretch(1);
    auto* column = new QVBoxLayout();
    center->addLayout(column, 0);
    center->addStretch(1);

    m_title = new QLabel(this);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.8);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    column->addWidget(m_title);
    column->addWidget(m_subtitle);

    // First run: no vault known yet. Three ways in, the first one the default.
    m_welcome = new QWidget(this);
    m_welcome->setObjectName(QStringLiteral("welcome"));
    auto* welcome = new QVBoxLayout(m_welcome);
    welcome->setContentsMargins(0, 8, 0, 0);
    m_welcomeText = new QLabel(m_welcome);
    m_welcomeText->setWordWrap(true);
    m_createFirst = new QCommandLinkButton(m_welcome);
    m_createFirst->setObjectName(QStringLiteral("welcomeCreate"));
    m_openExisting = new QCommandLinkButton(m_welcome);
    m_openExisting->setObjectName(QStringLiteral("welcomeOpen"));
    m_tryDemo = new QCommandLinkButton(m_welcome);
    m_tryDemo->setObjectName(QStringLiteral("welcomeDemo"));
    welcome->addWidget(m_welcomeText);
    welcome->addWidget(m_createFirst);
    welcome->addWidget(m_openExisting);
    welcome->addWidget(m_tryDemo);
    m_welcome->setMinimumWidth(520);
    column->addWidget(m_welcome);

    // Everything of the unlock form, hidden together while the welcome shows.
    m_unlockPanel = new QWidget(this);
    auto* panel = new QVBoxLayout(m_unlockPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_unlockPanel);
    column = panel;

    m_box = new QGroupBox(this);
    m_box->setMinimumWidth(520);
    m_form = new QFormLayout(m_box);
    m_vault = new QComboBox(this);
    m_vault->setObjectName(QStringLiteral("vaultPath"));
    m_vault->setEditable(true);
    m_vault->setInsertPolicy(QComboBox::NoInsert);
    m_vault->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vault->setMinimumContentsLength(30);
    m_browse = new QPushButton(this);
    auto* vaultRow = new QHBoxLayout();
    vaultRow->addWidget(m_vault, 1);
    vaultRow->addWidget(m_browse);
    m_passphrase = new PassphraseEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_account = new QLineEdit(this);
    m_account->setObjectName(QStringLiteral("account"));
    m_password = new PassphraseEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_form->addRow(new QLabel(this), vaultRow);
    m_form->addRow(new QLabel(this), m_passphrase);
    m_form->addRow(new QLabel(this), m_account);
    m_form->addRow(new QLabel(this), m_password);
    column->addWidget(m_box);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    m_status = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    column->addWidget(m_busy);
    column->addWidget(m_status);
    column->addWidget(m_error);

    auto* buttons = new QHBoxLayout();
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newVault"));
    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    m_unlock->setAutoDefault(true);
    m_rescue = new QPushButton(this);
    m_rescue->setObjectName(QStringLiteral("restoreUnopenable"));
    m_rescue->setFlat(true);
    m_rescue->hide();
    buttons->addWidget(m_new);
    buttons->addWidget(m_rescue);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    column->addLayout(buttons);

    connect(m_createFirst, &QPushButton::clicked, this, &UnlockWidget::newVaultRequested);
    connect(m_tryDemo, &QPushButton::clicked, this, &UnlockWidget::demoRequested);
    connect(m_openExisting, &QPushButton::clicked, this, &UnlockWidget::browse);
    connect(m_vault, &QComboBox::editTextChanged, this, &UnlockWidget::updateMode);
    connect(m_browse, &QPushButton::clicked, this, &UnlockWidget::browse);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockWidget::unlock);
    connect(m_new, &QPushButton::clicked, this, &UnlockWidget::newVaultRequested);
    connect(m_rescue, &QPushButton::clicked, this, [this] { emit restoreUnopenableRequested(vaultPath()); });
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockWidget::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this,
        [this] { m_account->text().isEmpty() ? m_account->setFocus() : m_password->setFocus(); });
    connect(m_account, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(&m_watcher, &QFutureWatcher<UnlockOutcome>::finished, this, &UnlockWidget::finished);

    for (const QString& recent : m_settings.recentVaults()) {
        m_vault->addItem(QDir::toNativeSeparators(recent), recent);
    }
    if (!m_settings.lastVault().isEmpty()) {
        setVaultPath(m_settings.lastVault());
    }
    m_account->setText(m_settings.value(AppSettings::Key::LastAccount).toString());
    retranslate();
    updateMode();
}

bool UnlockWidget::isWelcomeShown() const
{
    return !m_welcome->isHidden();
}

void UnlockWidget::showUnlockForm()
{
    m_forceUnlockForm = true;
    updateMode();
}

void UnlockWidget::updateMode()
{
    const QString path = vaultPath();
    const bool exists = !path.isEmpty() && QFileInfo::exists(path);
    const bool welcome = !m_forceUnlockForm && !exists && m_settings.recentVaults().isEmpty();
    m_welcome->setVisible(welcome);
    m_unlockPanel->setVisible(!welcome);
    m_subtitle->setVisible(!welcome);
    // With no vault file to unlock, Enter creates one; otherwise Enter unlocks.
    QPushButton* preferred = welcome ? m_createFirst : (exists || path.isEmpty() ? m_unlock : m_new);
    for (QPushButton* b : { static_cast<QPushButton*>(m_createFirst), m_unlock, m_new }) {
        b->setDefault(b == preferred);
        b->setAutoDefault(b == preferred);
    }
}

UnlockWidget::~UnlockWidget()
{
    if (m_watcher.isRunning()) {
        m_watcher.waitForFinished();
    }
}

void UnlockWidget::setVaultPath(const QString& path)
{
    m_vault->setEditText(QDir::toNativeSeparators(path));
}

QString UnlockWidget::vaultPath() const
{
    return QDir::fromNativeSeparators(m_vault->currentText().trimmed());
}

void UnlockWidget::setAccountName(const QString& name)
{
    m_account->setText(name);
    focusFirstEmptyField();
}

QWidget* UnlockWidget::firstEmptyField() const
{
    if (vaultPath().isEmpty()) {
        return m_vault;
    }
    if (m_passphrase->text().isEmpty()) {
        return m_passphrase;
    }
    if (m_account->text().trimmed().isEmpty()) {
        return m_account;
    }
    return m_password;
}

void UnlockWidget::focusFirstEmptyField()
{
    QWidget* field = firstEmptyField();
    field->setFocus(Qt::OtherFocusReason);
}

void UnlockWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Fields filled in before the window appeared (command line, last account) are skipped.
    focusFirstEmptyField();
}

void UnlockWidget::reset()
{
    m_passphrase->wipe();
    m_password->wipe();
    m_error->clear();
    m_status->clear();
    m_rescue->hide();
    focusFirstEmptyField();
}

bool UnlockWidget::isBusy() const
{
    return m_watcher.isRunning();
}

void UnlockWidget::showError(const QString& message)
{
    m_error->setText(message);
}

UnlockOutcome UnlockWidget::openAndSignIn(
    const QString& path, const QString& passphrase, const QString& account, const QString& password)
{
    UnlockOutcome out;
    auto opened = VaultMaintenance::open(path, VaultKey::passphrase(passphrase));
    if (!opened) {
        out.error = opened.error();
        return out;
    }
    out.vault = std::shared_ptr<Vault>(std::move(opened.value()));
    auto actor = out.vault->signIn(account, password);
    if (!actor) {
        out.error = actor.error();
        out.passphraseStage = false;
        out.vault.reset();
    }
    return out;
}

void UnlockWidget::unlock()
{
    if (isBusy()) {
        return;
    }
    m_error->clear();
    if (vaultPath().isEmpty()) {
        showError(tr("Choose a vault file, or create a new vault."));
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        showError(tr("Type the vault passphrase."));
        m_passphrase->setFocus();
        return;
    }
    if (m_account->text().trimmed().isEmpty()) {
        showError(tr("Type your account name."));
        m_account->setFocus();
        return;
    }
    setBusy(true);
    const QString path = vaultPath();
    QString passphrase = m_passphrase->text();
    QString account = m_account->text().trimmed();
    QString password = m_password->text();
    m_watcher.setFuture(QtConcurrent::run([path, passphrase, account, password, wait = m_beforeOpen]() mutable {
        if (wait) {
            wait();
        }
        UnlockOutcome o = openAndSignIn(path, passphrase, account, password);
        secureWipe(passphrase);
        secureWipe(password);
        return o;
    }));
}

void UnlockWidget::finished()
{
    setBusy(false);
    QFuture<UnlockOutcome> future = m_watcher.future();
    if (future.resultCount() == 0) {
        return;
    }
    // Taken out of the future, so no copy of the vault handle outlives a later lock.
    UnlockOutcome outcome = future.takeResult();
    if (!outcome.vault) {
        showError(outcome.error.message);
        // A file that will not open may be damaged: offer the way back from a backup.
        m_rescue->setVisible(outcome.passphraseStage && outcome.error.code != ErrorCode::InUse);
        if (outcome.passphraseStage && outcome.error.code == ErrorCode::WrongPassphrase) {
            m_passphrase->selectAll();
            m_passphrase->setFocus();
        } else if (!outcome.passphraseStage) {
            m_password->clear();
            m_password->setFocus();
        }
        return;
    }
    m_settings.addRecentVault(outcome.vault->path());
    m_settings.setValue(AppSettings::Key::LastAccount, m_account->text().trimmed());
    m_passphrase->wipe();
    m_password->wipe();
    emit unlocked(outcome.vault);
}

void UnlockWidget::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_status->setText(busy ? tr("Opening the vault…") : QString());
    m_box->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_new->setEnabled(!busy);
}

void UnlockWidget::browse()
{
    const QString chosen = Dialogs::openFileName(
        this, tr("Open vault"), vaultPath(), tr("Compliance Desk vaults (*.cdvault);;All files (*)"));
    if (!chosen.isEmpty()) {
        m_forceUnlockForm = true;
        setVaultPath(chosen);
        updateMode();
        m_passphrase->setFocus();
    }
}

void UnlockWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void UnlockWidget::retranslate()
{
    m_title->setText(tr("Compliance Desk"));
    m_subtitle->setText(tr("Open the encrypted vault and sign in with your own account."));
    m_box->setTitle(tr("Unlock"));
    const QStringList labels { tr("Vault:"), tr("Vault passphrase:"), tr("Account:"), tr("Password:") };
    for (int row = 0; row < labels.size(); ++row) {
        if (auto* item = m_form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
            static_cast<QLabel*>(item->widget())->setText(labels.at(row));
        }
    }
    m_browse->setText(tr("Browse…"));
    m_unlock->setText(tr("Unlock"));
    m_new->setText(tr("New vault…"));
    m_rescue->setText(tr("Will not open? Restore from a backup…"));
    m_welcomeText->setText(tr("Welcome. Compliance Desk keeps contact submissions, rights requests, policy versions, "
                              "the ISO 27001 checklist and the registers in one encrypted vault. How would you like "
                              "to start?"));
    m_createFirst->setText(tr("Create a new vault"));
    m_createFirst->setDescription(tr("Start empty, with you as administrator. A short checklist then helps with the "
                                     "first steps."));
    m_openExisting->setText(tr("Open an existing vault…"));
    m_openExisting->setDescription(tr("A .cdvault file from a colleague or a backup."));
    m_tryDemo->setText(tr("Try the demo"));
    m_tryDemo->setDescription(tr("A vault with synthetic people and records, to look around safely."));
    m_vault->lineEdit()->setPlaceholderText(tr("Path of a .cdvault file"));
    if (isBusy()) {
        m_status->setText(tr("Opening the vault…"));
    }
}

} // namespace cd::ui

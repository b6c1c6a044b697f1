#include "SecretCopyActions.h"

#include "SecureClipboard.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace cd::ui {

SecretCopyActions::SecretCopyActions(QWidget* parent)
    : QWidget(parent)
    , m_copyPhone(new QAction(this))
    , m_copyEmail(new QAction(this))
    , m_phoneButton(new QToolButton(this))
    , m_emailButton(new QToolButton(this))
{
    m_copyPhone->setObjectName(QStringLiteral("copyPhone"));
    m_copyEmail->setObjectName(QStringLiteral("copyEmail"));
    m_phoneButton->setDefaultAction(m_copyPhone);
    m_emailButton->setDefaultAction(m_copyEmail);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_phoneButton);
    row->addWidget(m_emailButton);
    row->addStretch(1);
    connect(m_copyPhone, &QAction::triggered, this, [this] { SecureClipboard::instance()->copySecret(m_phone); });
    connect(m_copyEmail, &QAction::triggered, this, [this] { SecureClipboard::instance()->copySecret(m_email); });
    retranslate();
    clear();
}

void SecretCopyActions::attachTo(QLabel* label)
{
    label->setContextMenuPolicy(Qt::ActionsContextMenu);
    label->addAction(m_copyPhone);
    label->addAction(m_copyEmail);
}

void SecretCopyActions::setValues(const QString& phone, const QString& email)
{
    m_phone = phone.trimmed();
    m_email = email.trimmed();
    m_copyPhone->setEnabled(!m_phone.isEmpty());
    m_copyEmail->setEnabled(!m_email.isEmpty());
}

void SecretCopyActions::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SecretCopyActions::retranslate()
{
    m_copyPhone->setText(tr("Copy &phone"));
    m_copyEmail->setText(tr("Copy e&mail"));
    m_copyPhone->setToolTip(tr("Copy the phone number; it is kept out of clipboard histories and cleared after a "
                               "short time or when the vault locks."));
    m_copyEmail->setToolTip(tr("Copy the email address; it is kept out of clipboard histories and cleared after a "
                               "short time or when the vault locks."));
}

} // namespace cd::ui

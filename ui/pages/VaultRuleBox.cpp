#include "pages/VaultRuleBox.h"
#include "widgets/FormLabels.h"

#include "report/StatePalette.h"
#include "util/Formatting.h"
#include "vault/Vault.h"

#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace cd::ui {

namespace {

const QString kErrorStyle = StatePalette::styleSheet(StateTone::Error);

} // namespace

VaultRuleBox::VaultRuleBox(QWidget* parent)
    : QGroupBox(parent)
{
}

bool VaultRuleBox::isSignedIn() const
{
    return m_vault && m_vault->isSignedIn();
}

void VaultRuleBox::setPermission(bool canManage, const QString& refusalTip)
{
    m_canManage = canManage;
    m_refusalTip = refusalTip;
    applyPermissions();
}

void VaultRuleBox::clearMessage()
{
    if (m_message) {
        m_message->clear();
    }
}

QString VaultRuleBox::dayText(const QDate& date)
{
    const QLocale locale;
    return QStringLiteral("%1 (%2)").arg(fmt::date(date), locale.dayName(date.dayOfWeek(), QLocale::ShortFormat));
}

void VaultRuleBox::enableEditors(std::initializer_list<QWidget*> editors) const
{
    for (QWidget* w : editors) {
        w->setEnabled(m_canManage);
        w->setToolTip(m_refusalTip);
    }
}

void VaultRuleBox::enableSave(QPushButton* save, bool changed) const
{
    save->setEnabled(m_canManage && changed);
    save->setToolTip(m_canManage ? QString() : m_refusalTip);
}

Status VaultRuleBox::noVault()
{
    return Error { ErrorCode::NotAllowed, tr("Open the vault to see its rules.") };
}

void VaultRuleBox::showOutcome(const Status& status, const QString& success)
{
    if (status) {
        m_message->setStyleSheet(QString());
        m_message->setText(success);
        emit statusMessage(success);
    } else {
        m_message->setStyleSheet(kErrorStyle);
        m_message->setText(status.message());
    }
}

QLabel* VaultRuleBox::makeNote(QWidget* parent)
{
    auto* note = new QLabel(parent);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

QLabel* VaultRuleBox::makeMessage(const QString& name)
{
    m_message = new QLabel(this);
    m_message->setObjectName(name);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return m_message;
}

QHBoxLayout* VaultRuleBox::buttonRow(std::initializer_list<QWidget*> buttons) const
{
    auto* row = new QHBoxLayout();
    for (QWidget* b : buttons) {
        row->addWidget(b);
    }
    row->addWidget(m_message, 1);
    return row;
}

void VaultRuleBox::setFormLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
        label->setText(withColon(text));
    }
}

} // namespace cd::ui

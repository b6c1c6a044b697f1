#include "IncidentNotificationDialog.h"

#include "RegisterViews.h"
#include "util/Clock.h"
#include "widgets/FormGuard.h"
#include "widgets/FormLabels.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::registers;

NotificationDialog::NotificationDialog(QWidget* parent)
    : QDialog(parent)
    , m_channel(new QComboBox(this))
    , m_at(makeRegisterDateTimeEdit(this))
    , m_people(new QSpinBox(this))
    , m_by(new QLineEdit(this))
    , m_reason(makeRegisterTextEdit(this, 2))
    , m_reasonLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
{
    DiscardGuard::install(this); // Esc on a filled form asks first
    setWindowTitle(tr("Record a notification"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    for (int i = 0; i < channelCount; ++i) {
        m_channel->addItem(channelName(static_cast<NotificationChannel>(i)), i);
    }
    m_at->setDateTime(Clock::nowUtc().toLocalTime());
    m_people->setRange(0, 100000000);
    m_people->setGroupSeparatorShown(true);
    m_reasonLabel->setText(withColon(tr("Why individual notice is impractical")));
    form->addRow(withColon(tr("&Channel")), m_channel);
    form->addRow(withColon(tr("&When")), m_at);
    form->addRow(withColon(tr("People notified")), m_people);
    form->addRow(withColon(tr("Notified &by")), m_by);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(withColon(tr("Note")), m_note);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &NotificationDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &NotificationDialog::updateState);
    connect(m_by, &QLineEdit::textChanged, this, &NotificationDialog::updateState);
    connect(m_people, &QSpinBox::valueChanged, this, &NotificationDialog::updateState);
    resize(460, sizeHint().height());
    updateState();
}

void NotificationDialog::setDefaults(int people, const QString& by)
{
    m_people->setValue(people);
    m_by->setText(by);
}

void NotificationDialog::updateState()
{
    const bool announcement = m_channel->currentIndex() == int(NotificationChannel::Announcement);
    m_reason->setEnabled(announcement);
    m_reasonLabel->setEnabled(announcement);
    m_ok->setEnabled(!m_by->text().trimmed().isEmpty()
        && (announcement ? !m_reason->toPlainText().trimmed().isEmpty() : m_people->value() > 0));
}

IncidentNotification NotificationDialog::value() const
{
    IncidentNotification x;
    x.channel = static_cast<NotificationChannel>(m_channel->currentIndex());
    x.notifiedAt = m_at->dateTime().toUTC();
    x.peopleCount = m_people->value();
    x.notifiedBy = m_by->text();
    x.reason = x.channel == NotificationChannel::Announcement ? m_reason->toPlainText() : QString();
    x.note = m_note->text();
    return x;
}

} // namespace cd::ui

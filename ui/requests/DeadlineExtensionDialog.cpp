#include "DeadlineExtensionDialog.h"

#include "report/StatePalette.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include "util/Formatting.h"
#include "widgets/FormGuard.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::requests;

bool DeadlineExtensionDialog::canExtend(const RightsRequest& r, QString* whyNot)
{
    QString reason;
    if (!r.rule.allowsExtension()) {
        reason = tr("Only deadlines counted in calendar months can be extended; this request's rule is %1.")
                     .arg(r.rule.displayName());
    } else if (!isOpen(r.state)) {
        reason = tr("The request is closed.");
    } else if (r.extensionMonths >= DeadlineRule::maxExtensionMonths) {
        reason = tr("The deadline was already extended by the maximum of %n month(s).", nullptr,
            DeadlineRule::maxExtensionMonths);
    }
    if (whyNot) {
        *whyNot = reason;
    }
    return reason.isEmpty();
}

DeadlineExtensionDialog::DeadlineExtensionDialog(Vault& vault, const RightsRequest& request, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_request(request)
    , m_calendar(RequestService(vault).calendar())
{
    DiscardGuard::install(this); // Esc on a filled form asks first
    setWindowTitle(tr("Extend the deadline – %1").arg(request.number));
    const int remaining = qMax(0, DeadlineRule::maxExtensionMonths - request.extensionMonths);
    const QLocale locale;

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The deadline is counted in calendar months (%1) and may be extended by up to "
                                "%n more month(s). The reason is kept with the request and shown in its timeline; "
                                "tell the person about the extension and why.",
                                 nullptr, remaining)
                                 .arg(request.rule.displayName()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const QDate currentDue = request.effectiveDue(m_calendar, Clock::today());
    auto* current = new QLabel(fmt::date(currentDue), this);
    form->addRow(tr("Current due date:"), current);
    if (request.extensionMonths > 0) {
        form->addRow(tr("Already extended:"), new QLabel(tr("%n month(s)", nullptr, request.extensionMonths), this));
    }
    m_months = new QSpinBox(this);
    m_months->setRange(remaining > 0 ? 1 : 0, remaining);
    m_months->setValue(remaining > 0 ? 1 : 0);
    m_months->setSuffix(tr(" month(s)"));
    form->addRow(tr("Extend &by:"), m_months);
    m_newDue = new QLabel(this);
    QFont bold = m_newDue->font();
    bold.setWeight(QFont::DemiBold);
    m_newDue->setFont(bold);
    form->addRow(tr("New due date:"), m_newDue);
    m_reason = new QPlainTextEdit(this);
    m_reason->setPlaceholderText(tr("Why more time is needed, e.g. the request covers many records in several "
                                    "systems"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(90);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form, 1);

    m_error = new QLabel(this);
    m_error->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Extend deadline"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeadlineExtensionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_months, &QSpinBox::valueChanged, this, &DeadlineExtensionDialog::updatePreview);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DeadlineExtensionDialog::updatePreview);

    QString whyNot;
    if (!canExtend(request, &whyNot)) {
        m_error->setText(whyNot);
        m_error->show();
        m_months->setEnabled(false);
        m_reason->setEnabled(false);
    }
    updatePreview();
    resize(520, 360);
}

QDate DeadlineExtensionDialog::newDueDate() const
{
    if (m_months->value() < 1) {
        return {};
    }
    // The same arithmetic as RequestService::extend: the month rule from receipt, then the working
    // days spent waiting for the requester.
    const QDate base
        = m_request.rule.dueDate(m_request.receivedOn, m_calendar, m_request.extensionMonths + m_months->value());
    QDate due = m_calendar.addWorkingDays(base, m_request.pausedWorkingDays);
    if (m_request.state == RequestState::Waiting && m_request.pausedSince.isValid()
        && Clock::today() > m_request.pausedSince) {
        due = m_calendar.addWorkingDays(due, m_calendar.workingDaysBetween(m_request.pausedSince, Clock::today()));
    }
    return due;
}

QString DeadlineExtensionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DeadlineExtensionDialog::updatePreview()
{
    const QDate due = newDueDate();
    m_newDue->setText(due.isValid() ? fmt::date(due) : QStringLiteral("—"));
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            b->setEnabled(due.isValid() && !m_reason->toPlainText().trimmed().isEmpty());
        }
    }
}

void DeadlineExtensionDialog::accept()
{
    if (Status s = RequestService(m_vault).extend(m_request.id, m_months->value(), m_reason->toPlainText()); !s) {
        m_error->setText(s.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cd::ui

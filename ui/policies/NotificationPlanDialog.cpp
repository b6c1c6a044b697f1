#include "policies/NotificationPlanDialog.h"

#include "report/StatePalette.h"
#include "util/Clock.h"
#include "util/Formatting.h"
#include "widgets/FormGuard.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cd::ui {

NotificationPlanDialog::NotificationPlanDialog(
    const NotificationPlan& plan, const PolicyVersion& version, int leadDays, QWidget* parent)
    : QDialog(parent)
    , m_version(version)
    , m_leadDays(leadDays)
{
    DiscardGuard::install(this); // Esc on a filled form asks first
    setWindowTitle(tr("Notification of a material change"));
    resize(640, 560);
    m_email = new QCheckBox(tr("&Email"), this);
    m_inSite = new QCheckBox(tr("&In-site message"), this);
    m_other = new QCheckBox(tr("&Other:"), this);
    m_otherName = new QLineEdit(this);
    m_otherName->setPlaceholderText(tr("e.g. SMS, WeChat official account"));
    m_planned = new QDateEdit(this);
    m_planned->setCalendarPopup(true);
    m_planned->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_noticeZh = new QPlainTextEdit(this);
    m_noticeEn = new QPlainTextEdit(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    m_email->setChecked(plan.channels & ChannelEmail);
    m_inSite->setChecked(plan.channels & ChannelInSite);
    m_other->setChecked(plan.channels & ChannelOther);
    m_otherName->setText(plan.otherChannel);
    m_planned->setDate(plan.plannedOn.isValid()
            ? plan.plannedOn
            : (version.effectiveOn.isValid() ? version.effectiveOn.addDays(-leadDays) : Clock::today()));
    m_noticeZh->setPlainText(plan.noticeZh);
    m_noticeEn->setPlainText(plan.noticeEn);

    auto* channels = new QHBoxLayout;
    channels->addWidget(m_email);
    channels->addWidget(m_inSite);
    channels->addWidget(m_other);
    channels->addWidget(m_otherName, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Channels:"), channels);
    form->addRow(tr("&Planned date:"), m_planned);
    form->addRow(QString(), m_hint);
    form->addRow(tr("Notice (&Chinese):"), m_noticeZh);
    form->addRow(tr("Notice (E&nglish):"), m_noticeEn);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_planned, &QDateEdit::dateChanged, this, &NotificationPlanDialog::updateHint);
    updateHint();
}

void NotificationPlanDialog::updateHint()
{
    if (!m_version.effectiveOn.isValid()) {
        m_hint->setText(tr("Set the effective date of the version: the notice must go out at least %n day(s) before "
                           "it.",
            nullptr, m_leadDays));
        return;
    }
    const qint64 lead = m_planned->date().daysTo(m_version.effectiveOn);
    const QString text = tr("The version takes effect on %1, %n day(s) after the planned notice.", nullptr, int(lead))
                             .arg(fmt::date(m_version.effectiveOn));
    if (lead < m_leadDays) {
        m_hint->setText(QStringLiteral("<span style=\"color:%3\">%1 %2</span>")
                            .arg(text.toHtmlEscaped(),
                                tr("At least %n day(s) are required; publishing will be refused.", nullptr, m_leadDays)
                                    .toHtmlEscaped(),
                                StatePalette::text(StateTone::Error)));
    } else {
        m_hint->setText(text.toHtmlEscaped());
    }
}

NotificationPlan NotificationPlanDialog::plan() const
{
    NotificationPlan plan;
    plan.versionId = m_version.id;
    plan.channels = (m_email->isChecked() ? ChannelEmail : 0) | (m_inSite->isChecked() ? ChannelInSite : 0)
        | (m_other->isChecked() ? ChannelOther : 0);
    plan.otherChannel = m_otherName->text();
    plan.plannedOn = m_planned->date();
    plan.noticeZh = m_noticeZh->toPlainText();
    plan.noticeEn = m_noticeEn->toPlainText();
    return plan;
}

} // namespace cd::ui

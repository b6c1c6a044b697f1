#include "IncidentBoxes.h"

#include "DisclosuresTab.h"
#include "IncidentNotificationDialog.h"
#include "RegisterViews.h"
#include "registers/RegisterReports.h"
#include "registers/RegisterService.h"
#include "report/ReportRenderer.h"
#include "util/Clock.h"
#include "util/Languages.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::registers;

RegulatorReportBox::RegulatorReportBox(QWidget* parent)
    : IncidentBox(parent)
    , m_form(new QFormLayout(this))
    , m_authority(new QLineEdit(this))
    , m_reportedAt(makeRegisterDateTimeEdit(this))
    , m_reference(new QLineEdit(this))
    , m_reportedBy(new QLineEdit(this))
    , m_record(new QPushButton(this))
{
    for (QWidget* field :
        std::initializer_list<QWidget*> { m_authority, m_reportedAt, m_reference, m_reportedBy, m_record }) {
        addLabelledRow(m_form, field);
    }
    connect(m_record, &QPushButton::clicked, this, &RegulatorReportBox::record);
}

void RegulatorReportBox::setIncident(const Incident& n)
{
    IncidentBox::setIncident(n);
    m_authority->setText(n.regulatorAuthority);
    m_reportedAt->setDateTime(
        (n.regulatorReportedAt.isValid() ? n.regulatorReportedAt : Clock::nowUtc()).toLocalTime());
    m_reference->setText(n.regulatorReference);
    m_reportedBy->setText(
        n.regulatorReportedBy.isEmpty() && m_vault ? m_vault->actor().displayName : n.regulatorReportedBy);
}

void RegulatorReportBox::updateState(bool canWrite)
{
    const bool saved = isSaved();
    setEnabled(saved);
    m_record->setEnabled(saved && canWrite && !m_incident.regulatorReportedAt.isValid());
}

void RegulatorReportBox::retranslate()
{
    setTitle(tr("Report to the regulator"));
    setFormLabel(m_form, m_authority, tr("Authority"));
    setFormLabel(m_form, m_reportedAt, tr("Reported at"));
    setFormLabel(m_form, m_reference, tr("Reference"));
    setFormLabel(m_form, m_reportedBy, tr("Reported by"));
    m_authority->setPlaceholderText(tr("e.g. Shanghai Cyberspace Administration"));
    m_record->setText(tr("Record the report"));
}

void RegulatorReportBox::record()
{
    if (!m_vault || !isSaved()) {
        return;
    }
    auto reported = IncidentService(*m_vault).recordRegulatorReport(m_incident.id, m_authority->text(),
        m_reportedAt->dateTime().toUTC(), m_reference->text(), m_reportedBy->text());
    if (!reported) {
        Dialogs::warning(this, tr("Report to the regulator"), reported.message());
        return;
    }
    emit changed(m_incident.id);
}

// ---------------------------------------------------------------------------------------------

IncidentNotificationsBox::IncidentNotificationsBox(QWidget* parent)
    : IncidentBox(parent)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(this))
{
    auto* layout = new QVBoxLayout(this);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(5);
    ColumnPolicy::install(m_list, QStringLiteral("incidentNotifications"), 4, { 3, 2 });
    m_list->setMinimumHeight(90);
    m_list->setMaximumHeight(150);
    layout->addWidget(m_list);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &IncidentNotificationsBox::add);
}

void IncidentNotificationsBox::setIncident(const Incident& n)
{
    IncidentBox::setIncident(n);
    m_list->clear();
    for (const IncidentNotification& x : n.notifications) {
        auto* item = new QTreeWidgetItem(m_list,
            { registerLocalTime(x.notifiedAt), channelName(x.channel), QLocale().toString(x.peopleCount), x.notifiedBy,
                x.reason });
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void IncidentNotificationsBox::updateState(bool canWrite)
{
    const bool saved = isSaved();
    setEnabled(saved);
    m_add->setEnabled(saved && canWrite && m_incident.status != IncidentStatus::Closed);
}

void IncidentNotificationsBox::retranslate()
{
    setTitle(tr("Notifications to the people affected"));
    m_list->setHeaderLabels({ tr("When"), tr("Channel"), tr("People"), tr("By"), tr("Reason") });
    m_add->setText(tr("Record a notification…"));
}

void IncidentNotificationsBox::add()
{
    if (!m_vault || !isSaved()) {
        return;
    }
    NotificationDialog dialog(this);
    dialog.setDefaults(m_incident.peopleCount, m_vault->actor().displayName);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    IncidentNotification x = dialog.value();
    x.incidentId = m_incident.id;
    auto added = IncidentService(*m_vault).addNotification(x);
    if (!added) {
        Dialogs::warning(this, tr("Record a notification"), added.message());
        return;
    }
    emit changed(m_incident.id);
}

// ---------------------------------------------------------------------------------------------

IncidentLettersBox::IncidentLettersBox(QWidget* parent)
    : IncidentBox(parent)
    , m_language(new QComboBox(this))
    , m_letter(new QPushButton(this))
    , m_announcement(new QPushButton(this))
    , m_incidentReport(new QPushButton(this))
{
    auto* layout = new QGridLayout(this);
    m_language->addItem(QStringLiteral("中文"), Languages::chinese());
    m_language->addItem(QStringLiteral("English"), Languages::english());
    layout->addWidget(m_language, 0, 0);
    layout->addWidget(m_letter, 0, 1);
    layout->addWidget(m_announcement, 0, 2);
    layout->addWidget(m_incidentReport, 1, 1);
    layout->setColumnStretch(3, 1);
    connect(m_letter, &QPushButton::clicked, this, [this] { previewLetter(false); });
    connect(m_announcement, &QPushButton::clicked, this, [this] { previewLetter(true); });
    connect(m_incidentReport, &QPushButton::clicked, this, &IncidentLettersBox::previewIncidentReport);
}

void IncidentLettersBox::updateState()
{
    const bool saved = isSaved();
    setEnabled(saved);
    // Letters are drafted from what is saved, and only when every element is there.
    const QStringList missing = IncidentService::missingNoticeElements(m_incident);
    m_letter->setEnabled(saved && missing.isEmpty());
    m_announcement->setEnabled(saved && missing.isEmpty());
    const QString missingText
        = missing.isEmpty() ? QString() : tr("The notice still lacks: %1.").arg(missing.join(QStringLiteral(", ")));
    m_letter->setToolTip(missingText);
    m_announcement->setToolTip(missingText);
}

void IncidentLettersBox::retranslate()
{
    setTitle(tr("Letters and reports"));
    m_letter->setText(tr("Notification letter…"));
    m_announcement->setText(tr("Public announcement…"));
    m_incidentReport->setText(tr("Incident report…"));
}

ReportDocument IncidentLettersBox::letter(const QString& language, bool announcement) const
{
    if (!m_vault || !isSaved()) {
        return {};
    }
    const ReportContext ctx = reportContext(*m_vault, language);
    return announcement ? buildPublicAnnouncement(m_incident, ctx) : buildNotificationLetter(m_incident, ctx);
}

void IncidentLettersBox::previewLetter(bool announcement)
{
    const ReportDocument doc = letter(m_language->currentData().toString(), announcement);
    if (!doc.title.isEmpty()) {
        ReportRenderer(doc).showPrintPreview(this);
    }
}

void IncidentLettersBox::previewIncidentReport()
{
    if (m_vault && isSaved()) {
        ReportRenderer(buildIncidentReport(m_incident, reportContext(*m_vault, uiLanguage()))).showPrintPreview(this);
    }
}

} // namespace cd::ui

#include "RegistersPage.h"

#include "DisclosuresTab.h"
#include "IncidentsTab.h"
#include "activities/ActivitiesTab.h"
#include "activities/ProcessorsBox.h"
#include "audits/AuditsTab.h"
#include "report/ReportDocument.h"

#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd::ui {

RegistersPage::RegistersPage(AppSettings& settings, QWidget* parent)
    : Page(parent)
    , m_header(makePageHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_disclosures(new DisclosuresTab(settings, m_tabs))
    , m_incidents(new IncidentsTab(settings, m_tabs))
    , m_activities(new ActivitiesTab(m_tabs))
    , m_audits(new AuditsTab(m_tabs))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(m_disclosures, QString());
    m_tabs->addTab(m_incidents, QString());
    m_tabs->addTab(m_activities, QString());
    m_tabs->addTab(m_audits, QString());
    connect(m_audits, &AuditsTab::statusMessage, this, &Page::statusMessage);
    connect(m_activities, &ActivitiesTab::statusMessage, this, &Page::statusMessage);
    connect(m_disclosures, &DisclosuresTab::statusMessage, this, &Page::statusMessage);
    connect(m_incidents, &IncidentsTab::statusMessage, this, &Page::statusMessage);
    connect(m_incidents, &IncidentsTab::dataChanged, this, &Page::badgeChanged);
    retranslate();
}

void RegistersPage::retranslate()
{
    m_header->setText(title());
    m_tabs->setTabText(0, tr("Sharing, transfer and disclosure"));
    m_tabs->setTabText(1, tr("Security incidents"));
    m_tabs->setTabToolTip(0,
        tr("Every event in which personal information left the company, with its legal basis "
           "(privacy policy section II.2)"));
    m_tabs->setTabToolTip(1,
        tr("Personal-information security incidents, regulator reports and notifications "
           "(privacy policy section II.3.2, PIPL art. 57)"));
    m_tabs->setTabText(2, tr("Processing activities"));
    m_tabs->setTabToolTip(2,
        tr("Register of processing activities with impact assessments, processors and the cross-border check "
           "(PIPL arts. 21, 55, 56)"));
    m_tabs->setTabText(3, tr("Compliance audits"));
    m_tabs->setTabToolTip(3,
        tr("Personal information protection compliance audits, their findings, the protection officer and evidence "
           "expiry (PIPL arts. 52, 54, 64)"));
    m_disclosures->retranslate();
    m_incidents->retranslate();
    m_activities->retranslate();
    m_audits->retranslate();
}

void RegistersPage::setVault(Vault* vault)
{
    Page::setVault(vault);
    m_disclosures->setVault(vault);
    m_incidents->setVault(vault);
    m_activities->setVault(vault);
    m_audits->setVault(vault);
    emit badgeChanged();
}

void RegistersPage::refresh()
{
    if (!vault()) {
        return;
    }
    m_disclosures->reload();
    m_incidents->reload();
    m_activities->reload();
    m_audits->reload();
    emit badgeChanged();
}

ReportDocument RegistersPage::printableReport()
{
    const QString language = uiLanguage();
    if (m_tabs->currentWidget() == m_activities) {
        return m_activities->registerReport(language);
    }
    if (m_tabs->currentWidget() == m_audits) {
        return m_audits->auditReport(language);
    }
    return m_tabs->currentWidget() == m_incidents ? m_incidents->registerReport(language)
                                                  : m_disclosures->registerReport(language);
}

bool RegistersPage::canCreateRecord() const
{
    if (!vault()) {
        return false;
    }
    if (m_tabs->currentWidget() == m_audits) {
        return m_audits->canStartNew();
    }
    return m_tabs->currentWidget() == m_incidents ? m_incidents->canStartNew() : m_disclosures->canStartNew();
}

void RegistersPage::createRecord()
{
    if (!canCreateRecord()) {
        return;
    }
    if (m_tabs->currentWidget() == m_audits) {
        m_audits->startNew();
    } else if (m_tabs->currentWidget() == m_incidents) {
        m_incidents->startNew();
    } else {
        m_disclosures->startNew();
    }
}

void RegistersPage::focusSearch()
{
    if (auto* search = m_tabs->currentWidget()->findChild<QLineEdit*>()) {
        search->setFocus();
    }
}

void RegistersPage::showTarget(const QVariant& argument)
{
    if (!vault()) {
        return;
    }
    const QVariantMap target = argument.toMap();
    const QString registerName = target.value(QStringLiteral("register")).toString();
    const qint64 id = target.value(QStringLiteral("id")).toLongLong();
    if (registerName == QLatin1String("disclosures")) {
        m_tabs->setCurrentWidget(m_disclosures);
        if (id > 0) {
            m_disclosures->showDisclosure(id);
        }
    } else if (registerName == QLatin1String("activities")) {
        m_tabs->setCurrentWidget(m_activities);
        if (id > 0) {
            m_activities->showActivity(id);
        }
        if (const qint64 processor = target.value(QStringLiteral("processor")).toLongLong(); processor > 0) {
            m_activities->processorsBox()->showProcessor(processor);
        }
    } else if (registerName == QLatin1String("audits")) {
        m_tabs->setCurrentWidget(m_audits);
        if (id > 0) {
            m_audits->showAudit(id);
        }
    } else if (registerName == QLatin1String("incidents")) {
        m_tabs->setCurrentWidget(m_incidents);
        if (id > 0) {
            m_incidents->showIncident(id);
        }
    }
}

int RegistersPage::badgeCount() const
{
    return vault() ? m_incidents->pendingReports() : 0;
}

} // namespace cd::ui

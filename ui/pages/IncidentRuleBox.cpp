#include "pages/IncidentRuleBox.h"

#include "registers/RegisterService.h"
#include "registers/RegisterTypes.h"
#include "settings/VaultSettings.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace cd::ui {

IncidentRuleBox::IncidentRuleBox(QWidget* parent)
    : VaultRuleBox(parent)
{
    m_incidentForm = new QFormLayout(this);
    m_threshold = new QComboBox(this);
    m_threshold->setObjectName(QStringLiteral("reportThreshold"));
    for (int i = 0; i < registers::severityCount; ++i) {
        m_threshold->addItem(QString(), i);
    }
    m_reportHours = new QSpinBox(this);
    m_reportHours->setObjectName(QStringLiteral("reportHours"));
    m_reportHours->setRange(VaultSettings::spec(Setting::IncidentReportHours).minimum,
        VaultSettings::spec(Setting::IncidentReportHours).maximum);
    m_incidentNote = makeNote(this);
    m_incidentSave = new QPushButton(this);
    m_incidentSave->setObjectName(QStringLiteral("incidentSave"));
    makeMessage(QStringLiteral("incidentMessage"));
    m_incidentForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_incidentForm->addRow(new QLabel(this), m_threshold);
    m_incidentForm->addRow(new QLabel(this), m_reportHours);
    m_incidentForm->addRow(m_incidentNote);
    m_incidentForm->addRow(buttonRow({ m_incidentSave }));
    static_cast<QLabel*>(m_incidentForm->labelForField(m_threshold))->setBuddy(m_threshold);
    static_cast<QLabel*>(m_incidentForm->labelForField(m_reportHours))->setBuddy(m_reportHours);

    connect(m_threshold, &QComboBox::currentIndexChanged, this, &IncidentRuleBox::updateDirtyState);
    connect(m_reportHours, &QSpinBox::valueChanged, this, &IncidentRuleBox::updateDirtyState);
    connect(m_incidentSave, &QPushButton::clicked, this, &IncidentRuleBox::save);
}

void IncidentRuleBox::load()
{
    const registers::RegulatorRule regulator = registers::IncidentService(*vault()).rule();
    m_savedThreshold = int(regulator.threshold);
    m_savedHours = regulator.hours;
    showSavedValues();
}

void IncidentRuleBox::clear()
{
    const registers::RegulatorRule regulator;
    m_savedThreshold = int(regulator.threshold);
    m_savedHours = regulator.hours;
    showSavedValues();
    clearMessage();
}

void IncidentRuleBox::showSavedValues()
{
    // Without the edits counting as changes: the Save button stays off.
    const QSignalBlocker e(m_threshold);
    const QSignalBlocker f(m_reportHours);
    m_threshold->setCurrentIndex(m_savedThreshold);
    m_reportHours->setValue(m_savedHours);
}

void IncidentRuleBox::applyPermissions()
{
    enableEditors({ m_threshold, m_reportHours });
    updateDirtyState();
}

void IncidentRuleBox::updateDirtyState()
{
    enableSave(
        m_incidentSave, m_threshold->currentIndex() != m_savedThreshold || m_reportHours->value() != m_savedHours);
}

Status IncidentRuleBox::save()
{
    if (!vault()) {
        return noVault();
    }
    registers::IncidentService service(*vault());
    registers::RegulatorRule rule;
    rule.hours = m_reportHours->value();
    rule.threshold = registers::Severity(m_threshold->currentData().toInt());
    const Status s = service.setRule(rule);
    if (s) {
        const registers::RegulatorRule stored = service.rule();
        m_savedThreshold = int(stored.threshold);
        m_savedHours = stored.hours;
        updateDirtyState();
        emit ruleSaved();
    }
    showOutcome(s, tr("Regulator-report rule saved."));
    return s;
}

void IncidentRuleBox::retranslate()
{
    setTitle(tr("Incidents: report to the regulator"));
    setFormLabel(m_incidentForm, m_threshold, tr("Report incidents from this level up:"));
    setFormLabel(m_incidentForm, m_reportHours, tr("Within:"));
    for (int i = 0; i < m_threshold->count(); ++i) {
        m_threshold->setItemText(i, registers::severityName(registers::Severity(i)));
    }
    m_reportHours->setSuffix(tr(" hours after discovery"));
    m_incidentNote->setText(tr("The CAC incident reporting rules in force since 1 November 2025: incidents of the "
                               "relatively serious level (较大) and above are reported to the provincial CAC "
                               "within 4 hours."));
    m_incidentSave->setText(tr("Save"));
    m_incidentSave->setAccessibleName(tr("Save the regulator-report rule"));
}

} // namespace cd::ui

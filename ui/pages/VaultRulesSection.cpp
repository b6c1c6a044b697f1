#include "VaultRulesSection.h"
#include "registers/OperatorSettingsBox.h"

#include "access/Roles.h"
#include "pages/CalendarRuleBox.h"
#include "pages/DeadlineRuleBox.h"
#include "pages/IncidentRuleBox.h"
#include "pages/PolicyRulesBox.h"
#include "pages/RetentionRuleBox.h"
#include "vault/Vault.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cd::ui {

VaultRulesSection::VaultRulesSection(QWidget* parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("vaultRules"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 8, 0, 0);
    m_header = new QLabel(this);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    headerFont.setWeight(QFont::DemiBold);
    m_header->setFont(headerFont);
    m_intro = VaultRuleBox::makeNote(this);
    outer->addWidget(m_header);
    outer->addWidget(m_intro);

    m_deadline = new DeadlineRuleBox(this);
    m_calendar = new CalendarRuleBox(this);
    m_policy = new PolicyRulesBox(this);
    m_incident = new IncidentRuleBox(this);
    m_retention = new RetentionRuleBox(this);
    m_boxes = { m_deadline, m_calendar, m_policy, m_incident, m_retention };
    for (VaultRuleBox* box : std::as_const(m_boxes)) {
        connect(box, &VaultRuleBox::statusMessage, this, &Page::statusMessage);
    }
    // The example due date counts with the calendar as it is now.
    connect(m_calendar, &CalendarRuleBox::calendarChanged, this,
        [this] { m_deadline->setCalendar(m_calendar->calendar()); });

    // Two columns use the width of a laptop screen; the requests rules stay together on the left.
    auto* columns = new QHBoxLayout();
    auto* left = new QVBoxLayout();
    left->addWidget(m_deadline);
    left->addWidget(m_calendar);
    left->addStretch(1);
    auto* right = new QVBoxLayout();
    right->addWidget(m_policy);
    right->addWidget(m_incident);
    m_operatorBox = new OperatorSettingsBox(this);
    connect(m_operatorBox, &OperatorSettingsBox::ruleChanged, this, &VaultRulesSection::refresh);
    connect(m_incident, &IncidentRuleBox::ruleSaved, m_operatorBox, &OperatorSettingsBox::reload);
    right->addWidget(m_operatorBox);
    right->addWidget(m_retention);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    outer->addLayout(columns);

    retranslate();
    refresh();
}

void VaultRulesSection::setVault(Vault* vault)
{
    Page::setVault(vault);
    m_operatorBox->setVault(vault);
    for (VaultRuleBox* box : std::as_const(m_boxes)) {
        box->setVault(vault);
        box->clearMessage();
    }
    refresh();
}

void VaultRulesSection::refresh()
{
    // Nothing of the vault stays visible while it is locked: the controls show the defaults.
    const bool signedIn = vault() && vault()->isSignedIn();
    for (VaultRuleBox* box : std::as_const(m_boxes)) {
        if (signedIn) {
            box->load();
        } else {
            box->clear();
        }
    }
    applyPermissions();
}

void VaultRulesSection::applyPermissions()
{
    const bool signedIn = vault() && vault()->isSignedIn();
    const bool canManage = signedIn && vault()->actor().can(Permission::ManageSettings);
    QString refusalTip;
    if (!signedIn) {
        refusalTip = tr("Open the vault to see its rules.");
    } else if (!canManage) {
        refusalTip = tr("Your role (%1) may not change vault rules. Ask an administrator.")
                         .arg(roleDisplayName(vault()->actor().role));
    }
    for (VaultRuleBox* box : std::as_const(m_boxes)) {
        box->setPermission(canManage, refusalTip);
    }
}

Status VaultRulesSection::saveDeadlineRule()
{
    return m_deadline->save();
}

Status VaultRulesSection::savePolicyRules()
{
    return m_policy->save();
}

Status VaultRulesSection::saveIncidentRule()
{
    return m_incident->save();
}

Status VaultRulesSection::saveRetention()
{
    return m_retention->save();
}

Status VaultRulesSection::importCalendarFile(const QString& path)
{
    return m_calendar->importCalendarFile(path);
}

Status VaultRulesSection::exportCalendarFile(int year, const QString& path)
{
    return m_calendar->exportCalendarFile(year, path);
}

Status VaultRulesSection::saveCalendarYear(const WorkingDayCalendar& year)
{
    return m_calendar->saveCalendarYear(year);
}

int VaultRulesSection::selectedCalendarYear() const
{
    return m_calendar->selectedCalendarYear();
}

void VaultRulesSection::retranslate()
{
    m_operatorBox->retranslate();
    m_header->setText(title());
    m_intro->setText(tr("These rules apply to everyone who works in this vault. Only an administrator can change "
                        "them, and every change is recorded in the audit log."));
    for (VaultRuleBox* box : std::as_const(m_boxes)) {
        box->retranslate();
    }
    applyPermissions();
}

} // namespace cd::ui

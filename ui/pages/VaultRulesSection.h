#pragma once

#include "pages/Page.h"
#include "requests/WorkingDayCalendar.h"
#include "util/Result.h"

#include <QList>

class QLabel;

namespace cd::ui {

class CalendarRuleBox;
class DeadlineRuleBox;
class IncidentRuleBox;
class OperatorSettingsBox;
class PolicyRulesBox;
class RetentionRuleBox;
class VaultRuleBox;

// The rules that apply to everyone working in the vault, stored in the vault and changed only
// through the core services (which check Permission::ManageSettings and write the audit entry):
// the rights-request deadline and its working-day calendar, the policy approval and notice
// rules, the incident regulator-report rule and the retention of contact submissions. Each rule
// has its own box (a VaultRuleBox); the section lays them out and hands them the vault.
//
// It is a Page so SettingsPage can hand it the vault, refresh it and retranslate it like a page;
// it lives inside the Settings page, not in the navigation.
class VaultRulesSection : public Page
{
    Q_OBJECT

public:
    explicit VaultRulesSection(QWidget* parent = nullptr);

    QString title() const override { return tr("Vault rules"); }
    void setVault(Vault* vault) override;
    // Re-reads every rule from the vault; unsaved edits are dropped.
    void refresh() override;

    // Each saves one group from its controls through the group's service and shows the outcome
    // (the service's own message when it refuses) under the group.
    Status saveDeadlineRule();
    Status savePolicyRules();
    Status saveIncidentRule();
    Status saveRetention();
    // Calendar files in the format of resources/data/holidays-cn-2026.json.
    Status importCalendarFile(const QString& path);
    Status exportCalendarFile(int year, const QString& path);
    // Replaces the special days of the calendar's year(s) in the vault.
    Status saveCalendarYear(const WorkingDayCalendar& year);

    // The year selected in the calendar table, 0 when none.
    int selectedCalendarYear() const;

protected:
    void retranslate() override;

private:
    void applyPermissions();

    QLabel* m_header;
    QLabel* m_intro;
    DeadlineRuleBox* m_deadline;
    CalendarRuleBox* m_calendar;
    PolicyRulesBox* m_policy;
    IncidentRuleBox* m_incident;
    OperatorSettingsBox* m_operatorBox;
    RetentionRuleBox* m_retention;
    QList<VaultRuleBox*> m_boxes;
};

} // namespace cd::ui

#pragma once

#include "pages/Page.h"
#include "requests/WorkingDayCalendar.h"
#include "util/Result.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cd::ui {

class OperatorSettingsBox;

// The rules that apply to everyone working in the vault, stored in the vault and changed only
// through the core services (which check Permission::ManageSettings and write the audit entry):
// the rights-request deadline and its working-day calendar, the policy approval and notice
// rules, the incident regulator-report rule and the retention of contact submissions.
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
    void buildDeadlineGroup();
    void buildCalendarGroup();
    void buildPolicyGroup();
    void buildIncidentGroup();
    void buildRetentionGroup();

    void loadAll();
    void showSavedValues();
    void clearAll();
    void loadCalendar();
    void applyPermissions();
    void updateDirtyState();
    void updateDuePreview();
    void deadlineKindChanged();
    void resetDeadlineToDefault();
    void showOutcome(QLabel* label, const Status& status, const QString& success);

    // Interactive wrappers that ask for files or years, then call the functions above.
    void chooseCalendarImport();
    void chooseCalendarExport();
    void editSelectedYear();
    void addCalendarYear();
    void editYear(int year);

    bool m_canManage = false;
    QString m_refusalTip;

    QLabel* m_header;
    QLabel* m_intro;

    QGroupBox* m_deadlineBox;
    QFormLayout* m_deadlineForm;
    QSpinBox* m_deadlineAmount;
    QComboBox* m_deadlineKind;
    QLabel* m_duePreview;
    QLabel* m_deadlineNote;
    QPushButton* m_deadlineSave;
    QPushButton* m_deadlineDefault;
    QLabel* m_deadlineMessage;
    int m_savedKind = 0;
    int m_savedAmount = 15;

    QGroupBox* m_calendarBox;
    QLabel* m_calendarNote;
    QTableWidget* m_years;
    QLabel* m_calendarWarning;
    QPushButton* m_calendarImport;
    QPushButton* m_calendarExport;
    QPushButton* m_calendarEdit;
    QPushButton* m_calendarAddYear;
    QLabel* m_calendarMessage;
    WorkingDayCalendar m_calendar;

    QGroupBox* m_policyBox;
    QFormLayout* m_policyForm;
    QCheckBox* m_separateApprover;
    QSpinBox* m_noticeLead;
    QPushButton* m_policySave;
    QLabel* m_policyMessage;
    bool m_savedSeparate = true;
    int m_savedLead = 7;

    QGroupBox* m_incidentBox;
    QFormLayout* m_incidentForm;
    QComboBox* m_threshold;
    OperatorSettingsBox* m_operatorBox;
    QSpinBox* m_reportHours;
    QLabel* m_incidentNote;
    QPushButton* m_incidentSave;
    QLabel* m_incidentMessage;
    int m_savedThreshold = 1;
    int m_savedHours = 4;

    QGroupBox* m_retentionBox;
    QFormLayout* m_retentionForm;
    QSpinBox* m_retention;
    QLabel* m_retentionNote;
    QPushButton* m_retentionSave;
    QLabel* m_retentionMessage;
    int m_savedRetention = 24;
};

// Holidays and make-up working days (调休) of one year: a list to add to and remove from.
// The result is checked by the same parser as an imported file before it is accepted.
class CalendarYearDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarYearDialog(int year, const QList<WorkingDayCalendar::SpecialDay>& days, QWidget* parent = nullptr);

    int year() const { return m_year; }
    // The edited year; only valid after the dialog was accepted.
    const WorkingDayCalendar& calendar() const { return m_result; }

    // Adds or replaces the entry of a date; false (with the reason shown) when not allowed.
    bool addDay(const QDate& date, WorkingDayCalendar::DayKind kind, const QString& name);
    void removeDay(const QDate& date);
    QList<WorkingDayCalendar::SpecialDay> days() const { return m_days.values(); }

    void accept() override;

private:
    void rebuildTable();
    void addFromInputs();
    void removeSelected();

    int m_year;
    QMap<QDate, WorkingDayCalendar::SpecialDay> m_days;
    WorkingDayCalendar m_result;
    QTableWidget* m_table;
    QDateEdit* m_date;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_error;
};

} // namespace cd::ui

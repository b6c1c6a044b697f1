#pragma once

#include "pages/VaultRuleBox.h"
#include "requests/WorkingDayCalendar.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd::ui {

// The working-day calendar of the rights-request deadline: the years loaded in the vault, with
// import and export of calendar files and a dialog to edit one year.
class CalendarRuleBox : public VaultRuleBox
{
    Q_OBJECT

public:
    explicit CalendarRuleBox(QWidget* parent = nullptr);

    void load() override;
    void clear() override;
    void retranslate() override;
    const WorkingDayCalendar& calendar() const { return m_calendar; }

    // Calendar files in the format of resources/data/holidays-cn-2026.json.
    Status importCalendarFile(const QString& path);
    Status exportCalendarFile(int year, const QString& path);
    // Replaces the special days of the calendar's year(s) in the vault.
    Status saveCalendarYear(const WorkingDayCalendar& year);
    // The year selected in the calendar table, 0 when none.
    int selectedCalendarYear() const;

signals:
    // The calendar was read again from the vault.
    void calendarChanged();

protected:
    void applyPermissions() override;

private:
    void loadCalendar();
    // Interactive wrappers that ask for files or years, then call the functions above.
    void chooseCalendarImport();
    void chooseCalendarExport();
    void editSelectedYear();
    void addCalendarYear();
    void editYear(int year);

    QLabel* m_calendarNote;
    QTableWidget* m_years;
    QLabel* m_calendarWarning;
    QPushButton* m_calendarImport;
    QPushButton* m_calendarExport;
    QPushButton* m_calendarEdit;
    QPushButton* m_calendarAddYear;
    WorkingDayCalendar m_calendar;
};

} // namespace cd::ui

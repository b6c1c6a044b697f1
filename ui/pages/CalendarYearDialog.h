#pragma once

#include "requests/WorkingDayCalendar.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd::ui {

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

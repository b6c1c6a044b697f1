#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace cd {

class Database;
class Vault;

// Official working days: Monday to Friday, minus public holidays, plus the weekend days the
// State Council declares as make-up working days (调休). Counting always starts the day after
// the reference date, so "15 working days from receipt" is the 15th working day after it.
//
// Reusable by every area: the dashboard's "due within 3 working days" is
// isDueWithin(due, today, 3).
class WorkingDayCalendar
{
public:
    enum class DayKind { Holiday, MakeUpWorkday };
    struct SpecialDay {
        QDate date;
        DayKind kind = DayKind::Holiday;
        QString name;
    };

    WorkingDayCalendar() = default;

    // The calendars shipped with the program (resources/data/holidays-cn-*.json).
    static WorkingDayCalendar bundled();
    // Parses the holiday file format (see resources/data/holidays-cn-2026.json); a broken file
    // is refused as a whole with a message naming the problem.
    static Result<WorkingDayCalendar> fromJson(const QByteArray& json);
    // One year of this calendar in the same format.
    QByteArray toJson(int year) const;

    bool isWorkingDay(const QDate& date) const;
    bool isHoliday(const QDate& date) const;
    bool isMakeUpWorkday(const QDate& date) const;
    QString dayName(const QDate& date) const;

    // The n-th working day after `from` (n = 0 gives `from`). Negative n counts backwards.
    QDate addWorkingDays(const QDate& from, int n) const;
    // Working days in (from, to]; negative when `to` is before `from`.
    int workingDaysBetween(const QDate& from, const QDate& to) const;
    // Working days left until `due`, as seen on `today`: 0 on the due date itself, negative once
    // overdue (counting the working days past it).
    int workingDaysLeft(const QDate& today, const QDate& due) const;
    // Due today or within the next `workingDays` working days, not yet overdue.
    bool isDueWithin(const QDate& due, const QDate& today, int workingDays) const;
    bool isOverdue(const QDate& due, const QDate& today) const { return today > due; }

    // Years for which official holidays are known; outside them only weekends count.
    QList<int> years() const;
    bool covers(int year) const { return years().contains(year); }
    QList<SpecialDay> days(int year = 0) const; // 0: all years
    void setDay(const QDate& date, DayKind kind, const QString& name);
    void removeDay(const QDate& date);
    // Replaces one year with the year(s) of another calendar.
    void replaceYears(const WorkingDayCalendar& other);
    bool isEmpty() const { return m_days.isEmpty(); }

    // The vault's calendar: its own rows, or the bundled calendar for years it has none of.
    static WorkingDayCalendar load(Database& db);
    // Stores the given years in the vault (replacing those years), audited.
    static Status saveYears(Vault& vault, const WorkingDayCalendar& calendar);
    // Reads and stores a holiday file for later years.
    static Result<QList<int>> importFile(Vault& vault, const QString& path);

private:
    QMap<QDate, SpecialDay> m_days;
    QList<int> m_years; // sorted; years whose official calendar is known
};

} // namespace cd

// Holiday calendar files: parse; an accepted calendar must survive its own writer and answer
// working-day questions for its year.
#include "FuzzTargets.h"

#include "requests/WorkingDayCalendar.h"

namespace cd::fuzz {

int fuzzHolidayCalendar(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parsed = WorkingDayCalendar::fromJson(bytes);
    if (!parsed) {
        CD_FUZZ_CHECK("holiday_calendar", !parsed.message().isEmpty());
        return 0;
    }
    const WorkingDayCalendar& cal = parsed.value();
    const QList<int> years = cal.years();
    CD_FUZZ_CHECK("holiday_calendar", years.size() == 1);
    const int year = years.first();
    const auto again = WorkingDayCalendar::fromJson(cal.toJson(year));
    CD_FUZZ_CHECK("holiday_calendar", again.ok());
    CD_FUZZ_CHECK("holiday_calendar", again->days(year).size() == cal.days(year).size());
    const QDate start(year, 1, 1);
    const QDate due = cal.addWorkingDays(start, 15);
    CD_FUZZ_CHECK("holiday_calendar", due > start);
    CD_FUZZ_CHECK("holiday_calendar", cal.workingDaysBetween(start, due) == 15);
    CD_FUZZ_CHECK("holiday_calendar", cal.addWorkingDays(due, -15) <= start);
    return 0;
}

} // namespace cd::fuzz

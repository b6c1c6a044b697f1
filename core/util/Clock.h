#pragma once

#include <QDateTime>

#include <functional>

namespace cd {

// The one source of "now" in core, so deadlines, idle lock and audit times can be tested.
class Clock
{
public:
    static QDateTime nowUtc();
    static QDate today(); // local calendar date
    // Tests only: replace the clock; pass nullptr to restore the system clock.
    static void setOverride(std::function<QDateTime()> now);
    // The replacement in force (empty for the system clock), to put back after a temporary one.
    static std::function<QDateTime()> currentOverride();
};

} // namespace cd

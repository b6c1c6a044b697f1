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
};

} // namespace cd

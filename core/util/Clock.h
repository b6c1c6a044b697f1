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

    // Call first in main(), before any thread starts. On Linux with TZ unset, glibc checks
    // /etc/localtime with a stat() on every local-time conversion (a fifth of a dashboard
    // computation); naming that same file in TZ makes it read once. A time zone changed while
    // the program runs is then seen at its next start. Elsewhere, and with TZ set, nothing changes.
    static void settleLocalTimeZone();
};

} // namespace cd

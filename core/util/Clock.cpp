#include "Clock.h"

#include <QFileInfo>
#include <QtGlobal>

namespace cd {

namespace {
std::function<QDateTime()>& override()
{
    static std::function<QDateTime()> fn;
    return fn;
}
} // namespace

QDateTime Clock::nowUtc()
{
    if (override()) {
        return override()().toUTC();
    }
    return QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return nowUtc().toLocalTime().date();
}

void Clock::setOverride(std::function<QDateTime()> now)
{
    override() = std::move(now);
}

std::function<QDateTime()> Clock::currentOverride()
{
    return override();
}

void Clock::settleLocalTimeZone()
{
#if defined(Q_OS_LINUX)
    if (!qEnvironmentVariableIsSet("TZ") && QFileInfo::exists(QStringLiteral("/etc/localtime"))) {
        qputenv("TZ", ":/etc/localtime");
    }
#endif
}

} // namespace cd

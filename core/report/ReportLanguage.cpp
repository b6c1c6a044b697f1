#include "ReportLanguage.h"

#include "util/Formatting.h"

namespace cd {

QString reportLanguage(const QString& requested)
{
    return fmt::language(requested);
}

bool isChineseReport(const QString& language)
{
    return reportLanguage(language) == QLatin1String("zh_CN");
}

QString inReportLanguage(const QString& language, const char* english, const char* chinese)
{
    return QString::fromUtf8(isChineseReport(language) ? chinese : english);
}

} // namespace cd

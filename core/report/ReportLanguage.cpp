#include "ReportLanguage.h"

#include "util/Formatting.h"
#include "util/Languages.h"

namespace cd {

QString reportLanguage(const QString& requested)
{
    return fmt::language(requested);
}

bool isChineseReport(const QString& language)
{
    return reportLanguage(language) == Languages::chinese();
}

QString inReportLanguage(const QString& language, const char* english, const char* chinese)
{
    return QString::fromUtf8(isChineseReport(language) ? chinese : english);
}

} // namespace cd

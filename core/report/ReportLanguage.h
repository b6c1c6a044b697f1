#pragma once

#include <QString>

namespace cd {

// The one decision about the language a report, letter or notice is written in: the language
// asked for ("zh", "zh_CN", "en", …) or, when none is asked for, the interface's language.
// Always "zh_CN" or "en".
QString reportLanguage(const QString& requested = {});
bool isChineseReport(const QString& language);
// The English or the Chinese wording, by the report's language rather than the interface's:
// for the lines every report carries (contact line, page numbers), which follow the report.
QString inReportLanguage(const QString& language, const char* english, const char* chinese);

} // namespace cd

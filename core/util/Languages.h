#pragma once

#include <QString>
#include <QStringList>

// The languages of the interface, of reports and of letters, by the code stored in settings,
// letter templates and report options. The one place these codes are spelled; report/
// ReportLanguage decides which one a report is written in.
namespace cd::Languages {

inline QString chinese()
{
    return QStringLiteral("zh_CN");
}

inline QString english()
{
    return QStringLiteral("en");
}

// Every language the program ships, Chinese first.
inline QStringList all()
{
    return { chinese(), english() };
}

inline bool isSupported(const QString& code)
{
    return code == chinese() || code == english();
}

// Any Chinese code a person, a file or the system may give: "zh", "zh_CN", "zh-CN", "zh_TW".
inline bool isAnyChinese(const QString& code)
{
    return code.startsWith(QLatin1String("zh"));
}

} // namespace cd::Languages

#include "Formatting.h"
#include "util/Languages.h"

#include <QLocale>

namespace cd::fmt {

namespace {

bool isChinese(const QString& lang)
{
    return language(lang) == Languages::chinese();
}

// English month abbreviations come from the C locale's data, so "Nov" never turns into a
// translated or localised form that differs between machines.
QLocale englishLocale()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

QString language(const QString& language)
{
    if (!language.isEmpty()) {
        return Languages::isAnyChinese(language) ? Languages::chinese() : Languages::english();
    }
    return QLocale().language() == QLocale::Chinese ? Languages::chinese() : Languages::english();
}

QString dateEditFormat(const QString& language)
{
    return isChinese(language) ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("d MMM yyyy");
}

QString dateTimeEditFormat(const QString& language)
{
    return isChinese(language) ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("d MMM yyyy, HH:mm");
}

QString date(const QDate& date, const QString& language)
{
    if (!date.isValid()) {
        return QStringLiteral("—");
    }
    if (isChinese(language)) {
        return date.toString(QStringLiteral("yyyy-MM-dd"));
    }
    return englishLocale().toString(date, dateEditFormat(language));
}

QString dateTime(const QDateTime& instant, const QString& language)
{
    if (!instant.isValid()) {
        return QStringLiteral("—");
    }
    const QDateTime local = instant.toLocalTime();
    if (isChinese(language)) {
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return englishLocale().toString(local, dateTimeEditFormat(language));
}

QString timestamp(const QDateTime& instant, const QString& language)
{
    if (!instant.isValid()) {
        return QStringLiteral("—");
    }
    const QDateTime local = instant.toLocalTime();
    if (isChinese(language)) {
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return englishLocale().toString(local, QStringLiteral("d MMM yyyy, HH:mm:ss"));
}

QString time(const QTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QStringLiteral("—");
}

QString number(qint64 value, const QString& language)
{
    const QLocale locale = isChinese(language) ? QLocale(QLocale::Chinese, QLocale::China) : englishLocale();
    return locale.toString(value);
}

QString id(qint64 value)
{
    return QString::number(value);
}

} // namespace cd::fmt

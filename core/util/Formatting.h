#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cd::fmt {

// One way to write dates, times and numbers per language, used by every page, report, letter
// and export header, so one screen never mixes 2025/11/5, "Thursday, 5 November 2026" and
// 05/11/2026:
//   Chinese  date 2026-11-05      date and time 2026-11-05 14:30      number 12,345   id 1923
//   English  date 5 Nov 2026      date and time 5 Nov 2026, 14:30     number 12,345   id 1923
// `language` is "zh_CN" or "en"; empty means the UI language (the default QLocale). Instants
// (QDateTime) are shown in local time. Invalid values give an em dash.

QString language(const QString& language = {}); // "zh_CN" or "en": the language the functions use
QString date(const QDate& date, const QString& language = {});
QString dateTime(const QDateTime& instant, const QString& language = {});
// The same with seconds, where the exact moment matters (audit log): 2026-11-05 14:30:05.
QString timestamp(const QDateTime& instant, const QString& language = {});
QString time(const QTime& time); // 14:30 in both languages
QString number(qint64 value, const QString& language = {}); // grouped: 12,345
QString id(qint64 value); // record numbers are names, not amounts: never grouped
// For QDateEdit::setDisplayFormat / QDateTimeEdit, matching date() and dateTime().
QString dateEditFormat(const QString& language = {});
QString dateTimeEditFormat(const QString& language = {});

} // namespace cd::fmt

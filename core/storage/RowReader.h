#pragma once

#include "storage/Statement.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <type_traits>

namespace cd {

// One column of the current row into a variable, read the way its type is stored.
template <typename T> void readColumn(const Statement& s, int column, T& out)
{
    if constexpr (std::is_same_v<T, qint64>) {
        out = s.int64(column);
    } else if constexpr (std::is_same_v<T, int>) {
        out = s.integer(column);
    } else if constexpr (std::is_same_v<T, bool>) {
        out = s.boolean(column);
    } else if constexpr (std::is_same_v<T, QString>) {
        out = s.text(column);
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        out = s.dateTime(column);
    } else {
        static_assert(std::is_same_v<T, QDate>, "a column is read as qint64, int, bool, QString, QDateTime or QDate");
        out = s.date(column);
    }
}

// The columns of the current row, from the first, into `out` in order: a record's reader names
// its fields once, in the order of its SELECT, instead of one numbered line a column.
template <typename... T> void readColumns(const Statement& s, T&... out)
{
    int column = 0;
    (readColumn(s, column++, out), ...);
}

} // namespace cd

#pragma once

// Helpers shared by the register services and their store (core/registers only).

#include "RegisterTypes.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {
class Database;
} // namespace cd

namespace cd::registers::detail {

Error invalid(const QString& lead, const QStringList& problems);
[[noreturn]] void refuse(ErrorCode code, const QString& message);
QString likePattern(const QString& text);
// Resolves category keys to ids; unknown or inactive keys are refused by name.
QList<qint64> categoryIds(Database& db, const QStringList& keys);
void writeCategories(Database& db, const char* table, const char* ownerColumn, qint64 ownerId, const QStringList& keys);
QHash<qint64, QStringList> readCategories(Database& db, const char* table, const char* ownerColumn);
const QStringList& linkTargets();
void writeLinks(Database& db, const QString& ownerType, qint64 ownerId, const QList<RegisterLink>& links);
QHash<qint64, QList<RegisterLink>> readLinks(Database& db, const QString& ownerType);
QStringList linkProblems(const QList<RegisterLink>& links);
void removeLinksTo(Database& db, const QString& type, qint64 id);
QDateTime startOfLocalDay(const QDate& date);
// Deletes the entry `id` of `table` (a record of `type`) with its links and attachments, inside
// the caller's write, and returns how many attachments went; refuses with `missing` when it is gone.
int removeEntry(Database& db, const char* table, const QString& type, qint64 id, const QString& missing);

// The one entry a lookup by id found, or NotFound with `missing`.
template <typename T> Result<T> foundEntry(const QList<T>& found, qint64 id, const QString& missing)
{
    if (found.isEmpty() || id <= 0) {
        return Error { ErrorCode::NotFound, missing };
    }
    return found.first();
}

} // namespace cd::registers::detail

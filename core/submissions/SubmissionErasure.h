#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace cd {

class Database;

namespace submissions {
// Deletes submissions and everything derived from them (search-index entries included) inside
// the caller's transaction. Returns how many rows were deleted. Used by purge and by
// rights-request fulfilment (deletion, account cancellation).
// Search-index postings are removed by row id; links to the rows (request links, register
// links, dismissed intake matches) and attachments owned by them go in the same transaction.
// `step` (optional) is called with the rows deleted so far and the rows to delete: once the
// search postings are gone, then every 1,000 rows and at the end. It may throw to stop the work
// (WorkControl::step); the caller's transaction then rolls everything back.
int eraseSubmissions(
    Database& db, const QList<qint64>& ids, const std::function<void(qint64 done, qint64 total)>& step = {});
// Removes every link that names one of the records (targetType "submission", "request", …) and
// the attachments they own, inside the caller's transaction. Returns the rows removed.
int removeLinksTo(Database& db, const QString& targetType, const QList<qint64>& ids);
// Rewrites index structures that could still hold tokens of deleted rows, so erased personal
// data is physically gone from the vault file (secure_delete overwrites freed pages).
void compactSearchIndex(Database& db);
} // namespace submissions

} // namespace cd

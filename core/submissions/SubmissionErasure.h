#pragma once

#include <QList>

namespace cd {

class Database;

namespace submissions {
// Deletes submissions and everything derived from them (search-index entries included) inside
// the caller's transaction. Returns how many rows were deleted. Used by purge and by
// rights-request fulfilment (deletion, account cancellation).
int eraseSubmissions(Database& db, const QList<qint64>& ids);
// Rewrites index structures that could still hold tokens of deleted rows, so erased personal
// data is physically gone from the vault file (secure_delete overwrites freed pages).
void compactSearchIndex(Database& db);
} // namespace submissions

} // namespace cd

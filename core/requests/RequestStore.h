#pragma once

#include "RequestService.h"

#include <QList>
#include <QString>

namespace cd {
class Database;
class Statement;
struct Actor;
} // namespace cd

// Rows of rights requests as the request service reads and writes them, inside its transactions.
// Internal to core/requests.
namespace cd::requests::store {

// SELECT … FROM requests r (with the account names joined), ending in a space: append WHERE/ORDER.
const QString& requestSelect();
// One row of requestSelect().
RightsRequest readRequest(const Statement& q);
// Throws DbException(NotFound) when there is no such request.
RightsRequest loadRequest(Database& db, qint64 id);
void addEvent(Database& db, const Actor& actor, qint64 requestId, const QString& kind, const QString& from,
    const QString& to, const QString& detail);
// The next request number of the year, RR-YYYY-NNNN.
QString nextNumber(Database& db, int year);
QList<qint64> linkedIds(Database& db, qint64 requestId, const char* targetType);
// Replaces the request's links; throws DbException(NotFound) for a record that does not exist.
void writeLinks(Database& db, qint64 requestId, const QList<qint64>& submissions, const QList<qint64>& requestIds);
// One row of SELECT id, received_at, name, phone, email, region, message, status FROM submissions.
LinkedSubmission readSubmission(const Statement& q);

} // namespace cd::requests::store

#pragma once

#include "access/Roles.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

// What a service records about one change. Field *names* only, never values: deleting a
// person must leave nothing of them here. `detail` is for non-personal facts (counts, filters).
struct AuditRecord {
    QString action; // e.g. "submission.update", "vault.backup"
    QString entityType; // e.g. "submission"
    QString entityId;
    QStringList fields;
    QString detail;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    qint64 actorId = 0;
    QString actor;
    QString action;
    QString entityType;
    QString entityId;
    QStringList fields;
    QString detail;
    QByteArray prevHash;
    QByteArray hash;
};

struct AuditFilter {
    QString actor; // display name, exact
    QString action; // prefix, e.g. "submission."
    QString entityType; // exact
    QString entityId; // exact
    QDateTime from; // inclusive, UTC
    QDateTime to; // exclusive, UTC
};

struct AuditVerifyResult {
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadId = 0; // 0 when ok
    QString problem; // translated, names the entry and what is wrong
    QByteArray headHash;
};

// Appending to the log is reachable only through WriteTx::audit (core/vault/VaultTx.h): an entry
// is written inside the transaction of the change it records, and they commit together.
class AuditAppender
{
    friend class WriteTx;
    static void append(Database& db, const Actor& actor, const AuditRecord& record);
};

namespace AuditLog {
QList<AuditEntry> list(Database& db, const AuditFilter& filter, int offset, int limit);
qint64 count(Database& db, const AuditFilter& filter);
QStringList actors(Database& db);
QStringList entityTypes(Database& db);

// Recomputes the whole chain and names the first entry that was altered, removed or moved.
Result<AuditVerifyResult> verify(Database& db);

QByteArray canonicalEncoding(const AuditEntry& entry);
QByteArray computeHash(const QByteArray& prevHash, const AuditEntry& entry);
} // namespace AuditLog

} // namespace cd

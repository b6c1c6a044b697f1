#include "AuditLog.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/Clock.h"

#include <QCryptographicHash>

namespace cd::AuditLog {

namespace {

const QByteArray kGenesis(32, '\0');

void appendField(QByteArray& out, const QString& value)
{
    // Length-prefixed so that no choice of values can make two entries encode alike.
    const QByteArray utf8 = value.toUtf8();
    out.append(QByteArray::number(utf8.size()));
    out.append(':');
    out.append(utf8);
    out.append(';');
}

QString whereClause(const AuditFilter& f, QList<QVariant>* binds)
{
    QStringList parts;
    if (!f.actor.isEmpty()) {
        parts << QStringLiteral("actor = ?");
        binds->append(f.actor);
    }
    if (!f.action.isEmpty()) {
        parts << QStringLiteral("action LIKE ? ESCAPE '\\'");
        QString escaped = f.action;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        binds->append(QString(escaped + QLatin1Char('%')));
    }
    if (!f.entityType.isEmpty()) {
        parts << QStringLiteral("entity_type = ?");
        binds->append(f.entityType);
    }
    if (!f.entityId.isEmpty()) {
        parts << QStringLiteral("entity_id = ?");
        binds->append(f.entityId);
    }
    if (f.from.isValid()) {
        parts << QStringLiteral("at >= ?");
        binds->append(toStorageText(f.from));
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("at < ?");
        binds->append(toStorageText(f.to));
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

AuditEntry readEntry(const Statement& s)
{
    AuditEntry e;
    e.id = s.int64(0);
    e.at = s.dateTime(1);
    e.actorId = s.int64(2);
    e.actor = s.text(3);
    e.action = s.text(4);
    e.entityType = s.text(5);
    e.entityId = s.text(6);
    const QString fields = s.text(7);
    e.fields = fields.isEmpty() ? QStringList() : fields.split(QLatin1Char(','));
    e.detail = s.text(8);
    e.prevHash = s.blob(9);
    e.hash = s.blob(10);
    return e;
}

const char* kColumns = "id, at, actor_id, actor, action, entity_type, entity_id, fields, detail, prev_hash, hash";

} // namespace

QByteArray canonicalEncoding(const AuditEntry& e)
{
    QByteArray out;
    out.append("cd-audit-v1;");
    appendField(out, QString::number(e.id));
    appendField(out, toStorageText(e.at));
    appendField(out, QString::number(e.actorId));
    appendField(out, e.actor);
    appendField(out, e.action);
    appendField(out, e.entityType);
    appendField(out, e.entityId);
    appendField(out, e.fields.join(QLatin1Char(',')));
    appendField(out, e.detail);
    return out;
}

QByteArray computeHash(const QByteArray& prevHash, const AuditEntry& entry)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash);
    h.addData(canonicalEncoding(entry));
    return h.result();
}

} // namespace cd::AuditLog

namespace cd {

void AuditAppender::append(Database& db, const Actor& actor, const AuditRecord& record)
{
    Q_ASSERT(db.inTransaction());
    QByteArray prev = AuditLog::kGenesis;
    qint64 lastId = 0;
    {
        Statement last(db, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
        if (last.next()) {
            lastId = last.int64(0);
            prev = last.blob(1);
        }
    }
    AuditEntry e;
    e.id = lastId + 1;
    e.at = Clock::nowUtc();
    e.actorId = actor.id;
    e.actor = actor.displayName.isEmpty() ? actor.username : actor.displayName;
    e.action = record.action;
    e.entityType = record.entityType;
    e.entityId = record.entityId;
    e.fields = record.fields;
    e.detail = record.detail;
    e.prevHash = prev;
    e.hash = AuditLog::computeHash(prev, e);

    Statement insert(db,
        "INSERT INTO audit_log (id, at, actor_id, actor, action, entity_type, entity_id, fields, "
        "detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, e.id)
        .bind(2, e.at)
        .bind(3, e.actorId)
        .bindText(4, e.actor)
        .bindText(5, e.action)
        .bindText(6, e.entityType)
        .bindText(7, e.entityId)
        .bindText(8, e.fields.join(QLatin1Char(',')))
        .bindText(9, e.detail)
        .bind(10, e.prevHash)
        .bind(11, e.hash);
    insert.exec();

    // The head lets verify() notice entries cut off the end of the chain.
    Statement head(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?), ('audit_count', ?)");
    head.bind(1, QString::fromLatin1(e.hash.toHex())).bind(2, QString::number(e.id));
    head.exec();
}

} // namespace cd

namespace cd::AuditLog {

QList<AuditEntry> list(Database& db, const AuditFilter& filter, int offset, int limit)
{
    QList<QVariant> binds;
    const QString sql = QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY id DESC LIMIT ? OFFSET ?")
                            .arg(QLatin1String(kColumns), whereClause(filter, &binds));
    Statement s(db, sql);
    int i = 1;
    for (const QVariant& v : binds) {
        s.bind(i++, v);
    }
    s.bind(i, limit);
    s.bind(i + 1, offset);
    QList<AuditEntry> out;
    while (s.next()) {
        out.append(readEntry(s));
    }
    return out;
}

qint64 count(Database& db, const AuditFilter& filter)
{
    QList<QVariant> binds;
    Statement s(db, QStringLiteral("SELECT count(*) FROM audit_log") + whereClause(filter, &binds));
    int i = 1;
    for (const QVariant& v : binds) {
        s.bind(i++, v);
    }
    return s.next() ? s.int64(0) : 0;
}

QStringList actors(Database& db)
{
    Statement s(db, "SELECT DISTINCT actor FROM audit_log ORDER BY actor");
    QStringList out;
    while (s.next()) {
        out << s.text(0);
    }
    return out;
}

QStringList entityTypes(Database& db)
{
    Statement s(db, "SELECT DISTINCT entity_type FROM audit_log ORDER BY entity_type");
    QStringList out;
    while (s.next()) {
        out << s.text(0);
    }
    return out;
}

Result<AuditVerifyResult> verify(Database& db)
{
    try {
        AuditVerifyResult r;
        QByteArray expectedPrev = kGenesis;
        qint64 expectedId = 1;
        Statement s(db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(kColumns)));
        while (s.next()) {
            const AuditEntry e = readEntry(s);
            ++r.entries;
            if (e.id != expectedId || e.prevHash != expectedPrev) {
                r.ok = false;
                r.firstBadId = e.id;
                r.problem = QCoreApplication::translate("cd::Audit",
                    "Entry %1 does not follow the entry before it: "
                    "an entry was removed, inserted or moved here.")
                                .arg(e.id);
                return r;
            }
            if (computeHash(e.prevHash, e) != e.hash) {
                r.ok = false;
                r.firstBadId = e.id;
                r.problem
                    = QCoreApplication::translate("cd::Audit", "Entry %1 was altered after it was written.").arg(e.id);
                return r;
            }
            expectedPrev = e.hash;
            ++expectedId;
        }
        r.headHash = r.entries ? expectedPrev : QByteArray();
        Statement head(db,
            "SELECT (SELECT value FROM meta WHERE key = 'audit_head'), "
            "(SELECT value FROM meta WHERE key = 'audit_count')");
        if (head.next() && !head.isNull(1)) {
            const qint64 recorded = head.text(1).toLongLong();
            if (recorded != r.entries || head.text(0).toLatin1() != r.headHash.toHex()) {
                r.ok = false;
                r.firstBadId = r.entries + 1;
                r.problem = QCoreApplication::translate("cd::Audit",
                    "The log ends early: %1 entries were written "
                    "but only %2 remain.")
                                .arg(recorded)
                                .arg(r.entries);
            }
        } else if (r.entries > 0) {
            r.ok = false;
            r.firstBadId = 1;
            r.problem = QCoreApplication::translate("cd::Audit", "The record of the log's last entry is missing.");
        }
        return r;
    } catch (const DbException& e) {
        return e.error();
    }
}

} // namespace cd::AuditLog

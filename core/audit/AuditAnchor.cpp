#include "AuditAnchor.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace cd {

QJsonObject AuditAnchor::toJson() const
{
    return QJsonObject { { QStringLiteral("audit_entries"), entries },
        { QStringLiteral("audit_head"), QString::fromLatin1(head) } };
}

AuditAnchor AuditAnchor::fromJson(const QJsonObject& o)
{
    AuditAnchor a;
    a.entries = o.value(QStringLiteral("audit_entries")).toInteger();
    a.head = o.value(QStringLiteral("audit_head")).toString().toLatin1();
    return a;
}

QString AnchorCheck::outcomeKey() const
{
    switch (outcome) {
    case Outcome::NoAnchor: return QStringLiteral("none");
    case Outcome::Consistent: return QStringLiteral("ok");
    case Outcome::Shorter: return QStringLiteral("shorter");
    case Outcome::Diverged: return QStringLiteral("diverged");
    }
    return {};
}

QString AnchorCheck::message() const
{
    switch (outcome) {
    case Outcome::NoAnchor:
    case Outcome::Consistent: return {};
    case Outcome::Shorter:
        return QCoreApplication::translate("cd::Audit",
            "The audit log is shorter than when this computer last saw it: %1 entries now, %2 then. "
            "Entries were removed, or an older copy of the vault was put in its place. If nobody "
            "here restored a backup, report this to the security officer.")
            .arg(current.entries)
            .arg(remembered.entries);
    case Outcome::Diverged:
        return QCoreApplication::translate("cd::Audit",
            "The audit log differs from what this computer last saw: entry %1 is not the entry "
            "recorded then. The log was rewritten, or another copy of the vault was put in its "
            "place. If nobody here restored a backup, report this to the security officer.")
            .arg(remembered.entries);
    }
    return {};
}

namespace AuditAnchors {

AuditAnchor current(Database& db)
{
    AuditAnchor a;
    Statement s(db,
        "SELECT (SELECT value FROM meta WHERE key = 'audit_count'), "
        "(SELECT value FROM meta WHERE key = 'audit_head')");
    if (s.next() && !s.isNull(0)) {
        a.entries = s.text(0).toLongLong();
        a.head = s.text(1).toLatin1();
    }
    return a;
}

AnchorCheck compare(Database& db, const AuditAnchor& remembered)
{
    AnchorCheck c;
    c.remembered = remembered;
    c.current = current(db);
    if (!remembered.isValid()) {
        c.outcome = AnchorCheck::Outcome::NoAnchor;
        return c;
    }
    // Count the entries themselves: the recorded count lives in the same file and can be edited
    // along with them.
    const qint64 present = Statement::scalarInt(db, "SELECT count(*) FROM audit_log");
    if (present < remembered.entries || c.current.entries < remembered.entries) {
        c.current.entries = std::min(present, c.current.entries);
        c.outcome = AnchorCheck::Outcome::Shorter;
        return c;
    }
    Statement s(db, "SELECT hash FROM audit_log WHERE id = ?");
    s.bind(1, remembered.entries);
    if (!s.next() || s.blob(0).toHex() != remembered.head) {
        c.outcome = AnchorCheck::Outcome::Diverged;
        return c;
    }
    c.outcome = AnchorCheck::Outcome::Consistent;
    return c;
}

} // namespace AuditAnchors

} // namespace cd

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cd {

class Database;

// What someone outside the vault remembers about its audit log: how many entries it had and
// the hash of the last one. The chain inside the vault cannot show that it was rewritten or
// cut short by someone holding the passphrase; a copy of its head kept elsewhere (this
// computer's settings, each backup's manifest) can, as long as that copy was not rewritten too.
struct AuditAnchor {
    qint64 entries = 0;
    QByteArray head; // hex of the last entry's hash

    bool isValid() const { return entries > 0 && !head.isEmpty(); }
    bool operator==(const AuditAnchor& o) const { return entries == o.entries && head == o.head; }
    QJsonObject toJson() const;
    static AuditAnchor fromJson(const QJsonObject& o);
};

struct AnchorCheck {
    enum class Outcome {
        NoAnchor, // nothing remembered yet
        Consistent, // the log holds the remembered entry unchanged (and maybe more after it)
        Shorter, // the log has fewer entries than remembered
        Diverged, // the remembered entry is there but is not the one remembered
    };
    Outcome outcome = Outcome::NoAnchor;
    AuditAnchor remembered;
    AuditAnchor current;

    bool ok() const { return outcome == Outcome::NoAnchor || outcome == Outcome::Consistent; }
    QString outcomeKey() const; // stable: none, ok, shorter, diverged
    QString message() const; // translated; empty when ok()
};

namespace AuditAnchors {
// The log's own record of its head (meta: audit_count, audit_head).
AuditAnchor current(Database& db);
// Does the log still hold the remembered entry, unchanged?
AnchorCheck compare(Database& db, const AuditAnchor& remembered);
} // namespace AuditAnchors

} // namespace cd

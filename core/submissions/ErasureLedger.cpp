#include "ErasureLedger.h"

#include "SubmissionErasure.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

namespace cd::ErasureLedger {

namespace {

bool hasLedger(Database& db)
{
    Statement s(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'erasure_ledger'");
    return s.next();
}

QByteArray digest(const QByteArray& key, const char* kind, const QString& value)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(kind);
    mac.addData(":", 1);
    mac.addData(value.toUtf8());
    return mac.result();
}

// The key new entries are written under: the vault's first key, created on first use.
QPair<qint64, QByteArray> ownKey(Database& db)
{
    {
        Statement s(db, "SELECT id, key FROM erasure_ledger_keys ORDER BY id LIMIT 1");
        if (s.next()) {
            return { s.int64(0), s.blob(1) };
        }
    }
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32*>(key.data()), reinterpret_cast<quint32*>(key.data() + key.size()));
    Statement ins(db, "INSERT INTO erasure_ledger_keys (key, created_at) VALUES (?, ?)");
    ins.bind(1, key).bind(2, Clock::nowUtc()).exec();
    return { db.lastInsertId(), key };
}

void insertEntry(Database& db, qint64 keyId, const QString& kind, const QByteArray& d, const QString& person,
    const QString& erasedAt)
{
    // The latest erasure of a value wins: it covers everything received up to then.
    Statement ins(
        db, "INSERT OR IGNORE INTO erasure_ledger (key_id, kind, digest, person, erased_at) VALUES (?, ?, ?, ?, ?)");
    ins.bind(1, keyId).bind(2, kind).bind(3, d).bind(4, person).bindText(5, erasedAt).exec();
    if (db.changes() == 0) {
        Statement up(db,
            "UPDATE erasure_ledger SET erased_at = ?1, person = ?2 WHERE key_id = ?3 AND kind = ?4 AND digest = ?5 "
            "AND erased_at < ?1");
        up.bindText(1, erasedAt).bind(2, person).bind(3, keyId).bind(4, kind).bind(5, d).exec();
    }
}

int scrubRequests(Database& db, const QList<qint64>& ids)
{
    Statement scrub(db,
        "UPDATE requests SET requester_name = '', email = '', email_norm = '', phone = '', phone_norm = '', "
        "description = '', rejection_text = '', extension_reason = '', erased = 1, updated_at = ? WHERE id = ?");
    Statement files(db, "DELETE FROM attachments WHERE owner_type = 'request' AND owner_id = ?");
    int n = 0;
    for (qint64 id : ids) {
        files.bind(1, id).exec();
        scrub.bind(1, Clock::nowUtc()).bind(2, id).exec();
        n += db.changes();
    }
    return n;
}

} // namespace

int record(Database& db, const QList<Identifiers>& identifiers, const QDateTime& erasedAt)
{
    QSet<QString> emails;
    QSet<QString> phones;
    for (const Identifiers& i : identifiers) {
        if (!i.emailNorm.isEmpty()) {
            emails.insert(i.emailNorm);
        }
        if (!i.phoneNorm.isEmpty()) {
            phones.insert(i.phoneNorm);
        }
    }
    if (emails.isEmpty() && phones.isEmpty()) {
        return 0;
    }
    const auto [keyId, key] = ownKey(db);
    const QString person = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = toStorageText(erasedAt);
    int n = 0;
    for (const QString& e : std::as_const(emails)) {
        insertEntry(db, keyId, QStringLiteral("email"), digest(key, "email", e), person, at);
        ++n;
    }
    for (const QString& p : std::as_const(phones)) {
        insertEntry(db, keyId, QStringLiteral("phone"), digest(key, "phone", p), person, at);
        ++n;
    }
    return n;
}

Matcher Matcher::load(Database& db)
{
    Matcher m;
    if (!hasLedger(db)) {
        return m;
    }
    QHash<qint64, int> index;
    {
        Statement keys(db, "SELECT id, key FROM erasure_ledger_keys ORDER BY id");
        while (keys.next()) {
            index.insert(keys.int64(0), int(m.m_keys.size()));
            m.m_keys.append({ keys.blob(1), {} });
        }
    }
    Statement entries(db, "SELECT key_id, kind, digest, person, erased_at FROM erasure_ledger");
    while (entries.next()) {
        const int k = index.value(entries.int64(0), -1);
        if (k < 0) {
            continue;
        }
        const QByteArray tag
            = entries.text(1) == QLatin1String("email") ? QByteArrayLiteral("e") : QByteArrayLiteral("p");
        m.m_keys[k].digests.insert(tag + entries.blob(2), { entries.text(3), entries.text(4) });
    }
    // Keys without entries cost an HMAC per lookup for nothing.
    m.m_keys.removeIf([](const KeyEntries& k) { return k.digests.isEmpty(); });
    return m;
}

int Matcher::entries() const
{
    int n = 0;
    for (const KeyEntries& k : m_keys) {
        n += int(k.digests.size());
    }
    return n;
}

QString Matcher::match(const QString& emailNorm, const QString& phoneNorm, const QString& receivedAt) const
{
    for (const KeyEntries& k : m_keys) {
        for (int i = 0; i < 2; ++i) {
            const QString& value = i == 0 ? emailNorm : phoneNorm;
            if (value.isEmpty()) {
                continue;
            }
            const QByteArray tagged = (i == 0 ? QByteArrayLiteral("e") : QByteArrayLiteral("p"))
                + digest(k.key, i == 0 ? "email" : "phone", value);
            const auto it = k.digests.constFind(tagged);
            if (it != k.digests.cend() && (receivedAt.isEmpty() || receivedAt <= it->erasedAt)) {
                return it->person;
            }
        }
    }
    return {};
}

int merge(Database& from, Database& into)
{
    if (!hasLedger(from) || !hasLedger(into)) {
        return 0;
    }
    struct Row {
        QByteArray key;
        QString kind;
        QByteArray digest;
        QString person;
        QString erasedAt;
    };
    QList<Row> rows;
    {
        Statement s(from,
            "SELECT k.key, l.kind, l.digest, l.person, l.erased_at FROM erasure_ledger l "
            "JOIN erasure_ledger_keys k ON k.id = l.key_id");
        while (s.next()) {
            rows.append({ s.blob(0), s.text(1), s.blob(2), s.text(3), s.text(4) });
        }
    }
    QHash<QByteArray, qint64> keyIds;
    Statement find(into, "SELECT id FROM erasure_ledger_keys WHERE key = ?");
    Statement addKey(into, "INSERT INTO erasure_ledger_keys (key, created_at) VALUES (?, ?)");
    Statement count(into, "SELECT count(*) FROM erasure_ledger");
    count.next();
    const qint64 before = count.int64(0);
    count.reset();
    for (const Row& r : std::as_const(rows)) {
        auto it = keyIds.find(r.key);
        if (it == keyIds.end()) {
            find.bind(1, r.key);
            qint64 id = 0;
            if (find.next()) {
                id = find.int64(0);
            } else {
                addKey.bind(1, r.key).bind(2, Clock::nowUtc()).exec();
                id = into.lastInsertId();
            }
            find.reset();
            it = keyIds.insert(r.key, id);
        }
        insertEntry(into, it.value(), r.kind, r.digest, r.person, r.erasedAt);
    }
    count.next();
    return int(count.int64(0) - before);
}

QList<QPair<QString, qint64>> liveMatches(Database& db)
{
    QList<QPair<QString, qint64>> out;
    const Matcher m = Matcher::load(db);
    if (m.isEmpty()) {
        return out;
    }
    {
        Statement s(db,
            "SELECT id, email_norm, phone_norm, received_at FROM submissions WHERE email_norm <> '' OR phone_norm <> "
            "''");
        while (s.next()) {
            if (!m.match(s.text(1), s.text(2), s.text(3)).isEmpty()) {
                out.append({ QStringLiteral("submissions"), s.int64(0) });
            }
        }
    }
    Statement r(db,
        "SELECT id, email_norm, phone_norm, created_at FROM requests WHERE erased = 0 AND (email_norm <> '' OR "
        "phone_norm <> '')");
    while (r.next()) {
        if (!m.match(r.text(1), r.text(2), r.text(3)).isEmpty()) {
            out.append({ QStringLiteral("requests"), r.int64(0) });
        }
    }
    return out;
}

ReapplyReport reapply(Database& db)
{
    ReapplyReport report;
    const Matcher m = Matcher::load(db);
    if (m.isEmpty()) {
        return report;
    }
    QSet<QString> people;
    QList<qint64> submissionIds;
    {
        Statement s(db,
            "SELECT id, email_norm, phone_norm, received_at FROM submissions WHERE email_norm <> '' OR phone_norm <> "
            "''");
        while (s.next()) {
            const QString person = m.match(s.text(1), s.text(2), s.text(3));
            if (!person.isEmpty()) {
                people.insert(person);
                submissionIds.append(s.int64(0));
            }
        }
    }
    QList<qint64> requestIds;
    {
        Statement r(db,
            "SELECT id, email_norm, phone_norm, created_at FROM requests WHERE erased = 0 AND (email_norm <> '' OR "
            "phone_norm <> '')");
        while (r.next()) {
            const QString person = m.match(r.text(1), r.text(2), r.text(3));
            if (!person.isEmpty()) {
                people.insert(person);
                requestIds.append(r.int64(0));
            }
        }
    }
    if (submissionIds.isEmpty() && requestIds.isEmpty()) {
        return report;
    }
    report.submissions = submissions::eraseSubmissions(db, submissionIds);
    report.requests = scrubRequests(db, requestIds);
    report.people = int(people.size());
    AuditLog::append(db, Actor::system(),
        { QStringLiteral("erasure.reapply"), QStringLiteral("vault"), QString(), {},
            QStringLiteral("people=%1 submissions=%2 requests=%3")
                .arg(report.people)
                .arg(report.submissions)
                .arg(report.requests) });
    return report;
}

Result<ReapplyReport> carryOverOnRestore(
    const QString& currentVault, const VaultKey& currentKey, const QString& restoredCopy, const VaultKey& copyKey)
{
    try {
        auto restored = Database::open(restoredCopy, copyKey, Database::OpenMode::Existing);
        if (!restored) {
            return restored.error();
        }
        Database& into = *restored.value();
        // The copy joins this program's format first, so it has a ledger to merge into.
        if (Status s = Migrations::apply(into); !s) {
            return s.error();
        }
        std::unique_ptr<Database> current;
        ReapplyReport report;
        if (!currentVault.isEmpty() && QFileInfo::exists(currentVault)) {
            auto opened = Database::open(currentVault, currentKey, Database::OpenMode::Existing);
            if (opened) {
                current = std::move(opened.value());
            } else if (opened.code() == ErrorCode::WrongPassphrase) {
                // The restore goes ahead (the replaced file is kept as .before-restore), and the
                // summary says that erasures made since the backup were not re-applied.
                report.replacedLedgerUnreadable = true;
            } else {
                return opened.error();
            }
        }
        {
            Transaction tx(into);
            if (current) {
                merge(*current, into);
            }
            const bool unreadable = report.replacedLedgerUnreadable;
            report = reapply(into);
            report.replacedLedgerUnreadable = unreadable;
            tx.commit();
        }
        current.reset();
        submissions::compactSearchIndex(into);
        into.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        into.exec("PRAGMA journal_mode = DELETE");
        return report;
    } catch (const DbException& e) {
        return e.error();
    }
}

QString restoreSummary(const ReapplyReport& report)
{
    QStringList parts;
    if (!report.empty()) {
        parts << (report.people == 0
                ? QCoreApplication::translate("cd::ErasureLedger",
                    "%n record(s) of people erased since this backup were removed again.", nullptr,
                    report.submissions + report.requests)
                : QCoreApplication::translate("cd::ErasureLedger",
                    "%n people erased since this backup were removed again.", nullptr, report.people));
    }
    if (report.replacedLedgerUnreadable) {
        parts << QCoreApplication::translate("cd::ErasureLedger",
            "The replaced vault uses another passphrase, so its erasure ledger could not be read: people erased "
            "since this backup was made may be back. Open the .before-restore file with its passphrase to check.");
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace cd::ErasureLedger

#include "ErasureLedger.h"

#include "SubmissionErasure.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/DbGuard.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "vault/VaultTx.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace cd::ErasureLedger {

namespace {

bool hasLedger(Database& db)
{
    Statement s(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'erasure_ledger'");
    return s.next();
}

bool hasRecordLedger(Database& db)
{
    Statement s(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'erasure_ledger_records'");
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

QByteArray recordDigest(const QByteArray& key, const QString& table, qint64 id, const QString& time)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(table.toUtf8());
    mac.addData(":", 1);
    mac.addData(QByteArray::number(id));
    mac.addData(":", 1);
    mac.addData(time.toUtf8());
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

bool insertEntry(Database& db, qint64 keyId, const QString& kind, const QByteArray& d, const QString& person,
    const QString& erasedAt)
{
    // The latest erasure of a value wins: it covers everything received up to then.
    Statement ins(
        db, "INSERT OR IGNORE INTO erasure_ledger (key_id, kind, digest, person, erased_at) VALUES (?, ?, ?, ?, ?)");
    ins.bind(1, keyId).bind(2, kind).bind(3, d).bind(4, person).bindText(5, erasedAt).exec();
    if (db.changes() > 0) {
        return true;
    }
    {
        Statement up(db,
            "UPDATE erasure_ledger SET erased_at = ?1, person = ?2 WHERE key_id = ?3 AND kind = ?4 AND digest = ?5 "
            "AND erased_at < ?1");
        up.bindText(1, erasedAt).bind(2, person).bind(3, keyId).bind(4, kind).bind(5, d).exec();
    }
    return false;
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

QString record(Database& db, const QList<Identifiers>& identifiers, const QDateTime& erasedAt)
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
        return {};
    }
    const auto [keyId, key] = ownKey(db);
    const QString person = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = toStorageText(erasedAt);
    for (const QString& e : std::as_const(emails)) {
        insertEntry(db, keyId, QStringLiteral("email"), digest(key, "email", e), person, at);
    }
    for (const QString& p : std::as_const(phones)) {
        insertEntry(db, keyId, QStringLiteral("phone"), digest(key, "phone", p), person, at);
    }
    return person;
}

int recordErased(Database& db, const QString& table, const QList<qint64>& ids, Reason reason, const QString& person,
    const QDateTime& erasedAt)
{
    if (ids.isEmpty() || !hasLedger(db)) {
        return 0;
    }
    const bool submissionsTable = table == QLatin1String("submissions");
    Statement time(db,
        submissionsTable ? "SELECT received_at FROM submissions WHERE id = ?"
                         : "SELECT created_at FROM requests WHERE id = ?");
    const auto [keyId, key] = ownKey(db);
    Statement ins(db,
        "INSERT OR IGNORE INTO erasure_ledger_records (key_id, digest, person, reason, erased_at) "
        "VALUES (?, ?, ?, ?, ?)");
    const QString at = toStorageText(erasedAt);
    const QString why = reason == Reason::Request ? QStringLiteral("request")
        : reason == Reason::Retention             ? QStringLiteral("retention")
                                                  : QStringLiteral("kept");
    int n = 0;
    for (qint64 id : ids) {
        time.bind(1, id);
        if (time.next()) {
            ins.bind(1, keyId)
                .bind(2, recordDigest(key, table, id, time.text(0)))
                .bindText(3, person)
                .bind(4, why)
                .bindText(5, at)
                .exec();
            n += db.changes();
        }
        time.reset();
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
            m.m_keys.append({ keys.blob(1), {}, {} });
        }
    }
    {
        Statement entries(db, "SELECT key_id, kind, digest, person, erased_at FROM erasure_ledger");
        while (entries.next()) {
            const int k = index.value(entries.int64(0), -1);
            if (k < 0) {
                continue;
            }
            const bool email = entries.text(1) == QLatin1String("email");
            const QByteArray d = entries.blob(2);
            const QString person = entries.text(3);
            m.m_keys[k].digests.insert(
                (email ? QByteArrayLiteral("e") : QByteArrayLiteral("p")) + d, { person, entries.text(4) });
            Person& p = m.m_people[person];
            (email ? p.emails : p.phones).insert(d);
        }
    }
    if (hasRecordLedger(db)) {
        Statement records(db, "SELECT key_id, digest, person, reason FROM erasure_ledger_records");
        while (records.next()) {
            const int k = index.value(records.int64(0), -1);
            if (k < 0) {
                continue;
            }
            if (records.text(3) == QLatin1String("kept")) {
                m.m_keys[k].kept.insert(records.blob(1));
                continue;
            }
            const QString person = records.text(2);
            m.m_keys[k].records.insert(records.blob(1), person);
            if (!person.isEmpty()) {
                m.m_people[person].byRecord = true;
            }
        }
    }
    // Keys without entries cost an HMAC per lookup for nothing.
    m.m_keys.removeIf(
        [](const KeyEntries& k) { return k.digests.isEmpty() && k.records.isEmpty() && k.kept.isEmpty(); });
    return m;
}

int Matcher::entries() const
{
    int n = 0;
    for (const KeyEntries& k : m_keys) {
        n += int(k.digests.size() + k.records.size());
    }
    return n;
}

bool Matcher::hasRecords() const
{
    return std::any_of(m_keys.cbegin(), m_keys.cend(), [](const KeyEntries& k) { return !k.records.isEmpty(); });
}

bool Matcher::contradicts(const Person& p, const QByteArray& email, const QByteArray& phone) const
{
    // An identifier of a kind the person had, with a value the person never had.
    return (!email.isEmpty() && !p.emails.isEmpty() && !p.emails.contains(email))
        || (!phone.isEmpty() && !p.phones.isEmpty() && !p.phones.contains(phone));
}

QString Matcher::match(const QString& emailNorm, const QString& phoneNorm, const QString& receivedAt, Use use) const
{
    for (const KeyEntries& k : m_keys) {
        if (k.digests.isEmpty()) {
            continue;
        }
        const QByteArray email = emailNorm.isEmpty() ? QByteArray() : digest(k.key, "email", emailNorm);
        const QByteArray phone = phoneNorm.isEmpty() ? QByteArray() : digest(k.key, "phone", phoneNorm);
        for (int i = 0; i < 2; ++i) {
            const QByteArray& d = i == 0 ? email : phone;
            if (d.isEmpty()) {
                continue;
            }
            const auto it = k.digests.constFind((i == 0 ? QByteArrayLiteral("e") : QByteArrayLiteral("p")) + d);
            if (it == k.digests.cend() || (!receivedAt.isEmpty() && receivedAt > it->erasedAt)) {
                continue;
            }
            const auto person = m_people.constFind(it->person);
            if (person == m_people.cend()) {
                continue;
            }
            if (use == Use::Restore && person->byRecord) {
                continue; // matched record by record instead
            }
            if (!contradicts(*person, email, phone)) {
                return it->person;
            }
        }
    }
    return {};
}

bool Matcher::erasedRecord(const QString& table, qint64 id, const QString& time, QString* person) const
{
    for (const KeyEntries& k : m_keys) {
        if (k.records.isEmpty()) {
            continue;
        }
        const auto it = k.records.constFind(recordDigest(k.key, table, id, time));
        if (it != k.records.cend()) {
            if (person) {
                *person = it.value();
            }
            return true;
        }
    }
    return false;
}

bool Matcher::keptRecord(const QString& table, qint64 id, const QString& time) const
{
    for (const KeyEntries& k : m_keys) {
        if (!k.kept.isEmpty() && k.kept.contains(recordDigest(k.key, table, id, time))) {
            return true;
        }
    }
    return false;
}

int merge(Database& from, Database& into)
{
    if (!hasLedger(from) || !hasLedger(into)) {
        return 0;
    }
    struct Row {
        QByteArray key;
        QString kind; // email, phone, or empty for a record digest
        QByteArray digest;
        QString person;
        QString erasedAt;
        QString reason;
    };
    QList<Row> rows;
    {
        Statement s(from,
            "SELECT k.key, l.kind, l.digest, l.person, l.erased_at FROM erasure_ledger l "
            "JOIN erasure_ledger_keys k ON k.id = l.key_id");
        while (s.next()) {
            rows.append({ s.blob(0), s.text(1), s.blob(2), s.text(3), s.text(4), {} });
        }
    }
    if (hasRecordLedger(from)) {
        Statement s(from,
            "SELECT k.key, r.digest, r.person, r.erased_at, r.reason FROM erasure_ledger_records r "
            "JOIN erasure_ledger_keys k ON k.id = r.key_id");
        while (s.next()) {
            rows.append({ s.blob(0), {}, s.blob(1), s.text(2), s.text(3), s.text(4) });
        }
    }
    QHash<QByteArray, qint64> keyIds;
    Statement find(into, "SELECT id FROM erasure_ledger_keys WHERE key = ?");
    Statement addKey(into, "INSERT INTO erasure_ledger_keys (key, created_at) VALUES (?, ?)");
    Statement addRecord(into,
        "INSERT OR IGNORE INTO erasure_ledger_records (key_id, digest, person, reason, erased_at) "
        "VALUES (?, ?, ?, ?, ?)");
    int added = 0;
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
        if (r.kind.isEmpty()) {
            addRecord.bind(1, it.value())
                .bind(2, r.digest)
                .bindText(3, r.person)
                .bind(4, r.reason)
                .bindText(5, r.erasedAt)
                .exec();
            added += into.changes();
        } else {
            added += insertEntry(into, it.value(), r.kind, r.digest, r.person, r.erasedAt) ? 1 : 0;
        }
    }
    return added;
}

namespace {

struct Found {
    QList<qint64> submissions;
    QList<qint64> requests;
    QSet<QString> people;
    int anonymous = 0; // records erased by retention, not by a person's request
};

// Restore: records erased by digest, and people erased before digests were kept by identifiers.
// Import (verify --deep): the same, plus every record an erased person's identifiers match, unless
// staff told it apart.
Found findErased(Database& db, const Matcher& m, Matcher::Use use)
{
    Found f;
    if (m.isEmpty()) {
        return f;
    }
    QSet<QPair<QString, qint64>> dismissed;
    if (use == Matcher::Use::Import) {
        Statement d(db, "SELECT target_type, target_id FROM request_dismissed_matches");
        while (d.next()) {
            dismissed.insert({ d.text(0) + QLatin1Char('s'), d.int64(1) });
        }
    }
    const bool byRecord = m.hasRecords();
    auto consider = [&](const QString& table, QList<qint64>& out, Statement& s) {
        while (s.next()) {
            const qint64 id = s.int64(0);
            QString person;
            if (byRecord && m.erasedRecord(table, id, s.text(3), &person)) {
                if (person.isEmpty()) {
                    ++f.anonymous;
                } else {
                    f.people.insert(person);
                }
                out.append(id);
                continue;
            }
            if (s.text(1).isEmpty() && s.text(2).isEmpty()) {
                continue;
            }
            if (use == Matcher::Use::Import
                && (dismissed.contains({ table, id }) || m.keptRecord(table, id, s.text(3)))) {
                continue;
            }
            person = m.match(s.text(1), s.text(2), s.text(3), use);
            if (!person.isEmpty()) {
                f.people.insert(person);
                out.append(id);
            }
        }
    };
    {
        Statement s(db, "SELECT id, email_norm, phone_norm, received_at FROM submissions");
        consider(QStringLiteral("submissions"), f.submissions, s);
    }
    Statement r(db, "SELECT id, email_norm, phone_norm, created_at FROM requests WHERE erased = 0");
    consider(QStringLiteral("requests"), f.requests, r);
    return f;
}

} // namespace

QList<QPair<QString, qint64>> liveMatches(Database& db)
{
    QList<QPair<QString, qint64>> out;
    const Found f = findErased(db, Matcher::load(db), Matcher::Use::Import);
    for (qint64 id : f.submissions) {
        out.append({ QStringLiteral("submissions"), id });
    }
    for (qint64 id : f.requests) {
        out.append({ QStringLiteral("requests"), id });
    }
    return out;
}

ReapplyReport reapply(Database& db)
{
    ReapplyReport report;
    const Found f = findErased(db, Matcher::load(db), Matcher::Use::Restore);
    if (f.submissions.isEmpty() && f.requests.isEmpty()) {
        return report;
    }
    report.submissions = submissions::eraseSubmissions(db, f.submissions);
    report.requests = scrubRequests(db, f.requests);
    report.people = int(f.people.size());
    // Joins the caller's transaction: the entry commits with the merge and the erasures.
    Q_ASSERT(db.inTransaction());
    WriteTx tx(db, Actor::system());
    tx.audit({ QStringLiteral("erasure.reapply"), QStringLiteral("vault"), QString(), {},
        QStringLiteral("people=%1 submissions=%2 requests=%3")
            .arg(report.people)
            .arg(report.submissions)
            .arg(report.requests) });
    return report;
}

ReapplyReport reapplyWithLedgersOf(Database& into, const QStringList& candidates, const VaultKey& key)
{
    QString vaultId;
    {
        Statement id(into, "SELECT value FROM meta WHERE key = 'vault_id'");
        vaultId = id.next() ? id.text(0) : QString();
    }
    int merged = 0;
    Transaction tx(into);
    for (const QString& path : candidates) {
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
            continue; // in use: reading it would mean writing it
        }
        auto other = Database::open(path, key, Database::OpenMode::ReadOnly);
        if (!other) {
            continue;
        }
        try {
            Statement id(*other.value(), "SELECT value FROM meta WHERE key = 'vault_id'");
            if (!id.next() || id.text(0) != vaultId) {
                continue;
            }
            id.reset();
            merge(*other.value(), into);
            ++merged;
        } catch (const DbException&) {
            // Damaged or of another format: it lends nothing.
        }
    }
    ReapplyReport report = reapply(into);
    report.replacedUnopenable = true;
    report.otherLedgers = merged;
    tx.commit();
    return report;
}

Result<ReapplyReport> carryOverOnRestore(
    const QString& currentVault, const VaultKey& currentKey, const QString& restoredCopy, const VaultKey& copyKey)
{
    return catchDb([&]() -> Result<ReapplyReport> {
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
    });
}

QString restoreSummary(const ReapplyReport& report)
{
    QStringList parts;
    if (!report.empty()) {
        parts << (report.people == 0
                ? QCoreApplication::translate("cd::ErasureLedger",
                    "%n record(s) deleted since this backup were removed again.", nullptr,
                    report.submissions + report.requests)
                : QCoreApplication::translate("cd::ErasureLedger",
                    "%n people erased since this backup were removed again.", nullptr, report.people));
    }
    if (report.replacedUnopenable && report.otherLedgers == 0) {
        parts << QCoreApplication::translate("cd::ErasureLedger",
            "The vault being replaced could not be opened, and no other copy of it was found, so erasures made "
            "since this backup could not be re-applied. Check the deletion certificates issued since then.");
    } else if (report.replacedUnopenable) {
        parts << QCoreApplication::translate("cd::ErasureLedger",
            "The vault being replaced could not be opened, so erasures recorded only in it could not be "
            "re-applied. The erasure ledgers of %n other copy(ies) of this vault were used.",
            nullptr, report.otherLedgers);
    }
    if (report.replacedLedgerUnreadable) {
        parts << QCoreApplication::translate("cd::ErasureLedger",
            "The replaced vault uses another passphrase, so its erasure ledger could not be read: people erased "
            "since this backup was made may be back. Open the .before-restore file with its passphrase to check.");
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace cd::ErasureLedger

#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace cd {

class Database;
class VaultKey;

// The erasure ledger: keyed hashes of the identifiers of each person erased through a rights
// request, so that an erasure outlives the backups and source files that still hold the person.
//
// Identifiers and their normal form (the same rule every match in the vault uses):
//   email: ContactNormalizer::email — trimmed, full-width folded to ASCII, lower-cased;
//   phone: ContactNormalizer::phone — digits only, China mobile numbers without +86/0086/86.
// Each is stored as HMAC-SHA256(key, "email:" + value) or ("phone:" + value), with a random
// 32-byte key held in the (encrypted) vault. Empty values are never recorded or matched.
//
// Since format 16 each erased record is kept too, as HMAC-SHA256(key, "<table>:<id>:<time>")
// (erasure_ledger_records): retention purges as well as rights requests.
//
// Two uses, two rules:
// - Restore re-applies the ledger to a copy of the same vault, which holds the very records that
//   were erased: a record goes when its own digest is in the ledger. People erased before
//   format 16 have no record digests; for them the identifier rule below applies.
// - Import (and re-applying old entries) has only identifiers. A record matches an erased person
//   when its normalised email or phone is one of theirs, it was received no later than the
//   erasure (a person who writes again afterwards is a new contact; a record without a time
//   matches whenever an identifier does), and none of its other identifiers contradicts the
//   person: a record with the erased person's phone but an email the person never had is
//   somebody else sharing the phone (a family line), and is kept.
namespace ErasureLedger {

struct Identifiers {
    QString emailNorm;
    QString phoneNorm;
};

// Records one erased person's identifiers (all of them: the request's and every erased record's),
// inside the caller's transaction. Creates the vault's ledger key on first use. Returns the
// person's ledger id (random), empty when there was no identifier to record.
QString record(Database& db, const QList<Identifiers>& identifiers, const QDateTime& erasedAt);

// Request and Retention: records erased. Kept: records staff told apart as another person's when
// the request was fulfilled (dismissed intake matches); never removed, and not reported by
// verify --deep although they share an identifier with the erased person.
enum class Reason { Request, Retention, Kept };
// Records records (table "submissions" or "requests") in the ledger, inside the caller's
// transaction and before they are deleted or scrubbed: their ids and times are read here. person
// is record()'s id for a rights request, empty for a retention purge. Returns the digests written.
int recordErased(Database& db, const QString& table, const QList<qint64>& ids, Reason reason, const QString& person,
    const QDateTime& erasedAt);

// The ledger loaded once (for an import or a sweep); matching is a few HMACs and hash lookups.
class Matcher
{
public:
    // Import: every erased person's identifiers. Restore: only people erased before record
    // digests were kept; the others are matched record by record (erasedRecord).
    enum class Use { Import, Restore };

    static Matcher load(Database& db);
    bool isEmpty() const { return m_keys.isEmpty(); }
    // The id of the erased person the record matches by its identifiers, or an empty string.
    // receivedAt is the record's stored time text (ISO 8601 UTC), empty when unknown.
    QString match(
        const QString& emailNorm, const QString& phoneNorm, const QString& receivedAt, Use use = Use::Import) const;
    // Whether this very record (table "submissions" or "requests", its id and stored time) was
    // erased; `person` receives the erased person's id when it was a rights request.
    bool erasedRecord(const QString& table, qint64 id, const QString& time, QString* person = nullptr) const;
    // Whether staff told this record apart from an erased person (Reason::Kept).
    bool keptRecord(const QString& table, qint64 id, const QString& time) const;
    bool hasRecords() const;
    int entries() const;

private:
    struct Entry {
        QString person;
        QString erasedAt;
    };
    struct Person {
        QSet<QByteArray> emails; // digests under the person's key
        QSet<QByteArray> phones;
        bool byRecord = false; // erased with record digests (format 16 and later)
    };
    struct KeyEntries {
        QByteArray key;
        QHash<QByteArray, Entry> digests; // kind-prefixed digest → entry
        QHash<QByteArray, QString> records; // record digest → person ('' for retention)
        QSet<QByteArray> kept; // record digests of records told apart
    };
    bool contradicts(const Person& p, const QByteArray& email, const QByteArray& phone) const;
    QList<KeyEntries> m_keys;
    QHash<QString, Person> m_people;
};

struct ReapplyReport {
    int people = 0; // distinct erased people found again
    int submissions = 0;
    int requests = 0;
    // Restore only: the vault being replaced could not be opened with the backup's key (another
    // passphrase), so its ledger was not merged; only the backup's own ledger was re-applied.
    bool replacedLedgerUnreadable = false;
    // Restore over a vault that cannot be opened: how many other copies of the same vault (newer
    // backups, the file kept by an earlier restore) lent their ledgers.
    bool replacedUnopenable = false;
    int otherLedgers = 0;
    bool empty() const { return submissions == 0 && requests == 0; }
};

// Copies the keys and entries of the ledger in `from` into the ledger of `into` (no-op when
// `from` has none), inside the caller's transaction on `into`. Returns the entries added.
int merge(Database& from, Database& into);
// Erases every live record the ledger names (Matcher::Use::Restore: by record digest, or by
// identifiers for people erased before record digests were kept) through the full erasure path
// (search index by id, links, attachments; requests keep only non-personal facts) and writes an
// audit entry, inside the caller's transaction.
ReapplyReport reapply(Database& db);
// Live records the ledger names, without changing anything: (table, id) pairs. Stricter than
// reapply: for verify --deep every record received before an erasure whose identifiers match the
// erased person counts, unless staff told it apart (Reason::Kept, or a dismissed intake match).
QList<QPair<QString, qint64>> liveMatches(Database& db);

// The restore step: merges the ledger of the vault being replaced (if any) into the restored
// copy, which is not visible yet, migrates the copy to this program's format and re-applies
// the ledger to it in one transaction. Called by Vault::restore before the copy takes the
// vault's place; a failure must stop the restore.
// The current vault and the copy may have different passphrases (a backup made before a
// passphrase change): each is opened with its own key.
Result<ReapplyReport> carryOverOnRestore(
    const QString& currentVault, const VaultKey& currentKey, const QString& restoredCopy, const VaultKey& copyKey);

// The restore step for a vault that cannot be opened (Vault::restoreUnopenable): merges the
// ledgers of the other readable copies of the same vault among `candidates` (opened read-only
// with `key`; other vaults, other passphrases and files in use are skipped) into the copy, then
// re-applies the ledger, in one transaction on `into`, which is at this program's format.
ReapplyReport reapplyWithLedgersOf(Database& into, const QStringList& candidates, const VaultKey& key);

// "2 people erased since this backup were removed again." (translated; empty when none).
QString restoreSummary(const ReapplyReport& report);

} // namespace ErasureLedger
} // namespace cd

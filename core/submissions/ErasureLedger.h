#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
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
// A record matches when its normalised email or phone is in the ledger and it was received no
// later than the erasure (a person who writes again afterwards is a new contact). A record
// without a time matches whenever an identifier does.
namespace ErasureLedger {

struct Identifiers {
    QString emailNorm;
    QString phoneNorm;
};

// Records one erased person's identifiers (all of them: the request's and every erased record's),
// inside the caller's transaction. Creates the vault's ledger key on first use. Returns how many
// digests were written.
int record(Database& db, const QList<Identifiers>& identifiers, const QDateTime& erasedAt);

// The ledger loaded once (for an import or a sweep); matching is a few HMACs and hash lookups.
class Matcher
{
public:
    static Matcher load(Database& db);
    bool isEmpty() const { return m_keys.isEmpty(); }
    // The id of the erased person the record matches, or an empty string. receivedAt is the
    // record's stored time text (ISO 8601 UTC), empty when unknown.
    QString match(const QString& emailNorm, const QString& phoneNorm, const QString& receivedAt) const;
    int entries() const;

private:
    struct Entry {
        QString person;
        QString erasedAt;
    };
    struct KeyEntries {
        QByteArray key;
        QHash<QByteArray, Entry> digests; // kind-prefixed digest → entry
    };
    QList<KeyEntries> m_keys;
};

struct ReapplyReport {
    int people = 0; // distinct erased people found again
    int submissions = 0;
    int requests = 0;
    // Restore only: the vault being replaced could not be opened with the backup's key (another
    // passphrase), so its ledger was not merged; only the backup's own ledger was re-applied.
    bool replacedLedgerUnreadable = false;
    bool empty() const { return submissions == 0 && requests == 0; }
};

// Copies the keys and entries of the ledger in `from` into the ledger of `into` (no-op when
// `from` has none), inside the caller's transaction on `into`. Returns the entries added.
int merge(Database& from, Database& into);
// Erases every live record that matches the ledger through the full erasure path (search index
// by id, links, attachments; requests keep only non-personal facts) and writes an audit entry,
// inside the caller's transaction.
ReapplyReport reapply(Database& db);
// Live records that match the ledger, without changing anything: (table, id) pairs.
QList<QPair<QString, qint64>> liveMatches(Database& db);

// The restore step: merges the ledger of the vault being replaced (if any) into the restored
// copy, which is not visible yet, migrates the copy to this program's format and re-applies
// the ledger to it in one transaction. Called by Vault::restore before the copy takes the
// vault's place; a failure must stop the restore.
// The current vault and the copy may have different passphrases (a backup made before a
// passphrase change): each is opened with its own key.
Result<ReapplyReport> carryOverOnRestore(
    const QString& currentVault, const VaultKey& currentKey, const QString& restoredCopy, const VaultKey& copyKey);

// "2 people erased since this backup were removed again." (translated; empty when none).
QString restoreSummary(const ReapplyReport& report);

} // namespace ErasureLedger
} // namespace cd

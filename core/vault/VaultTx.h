#pragma once

#include "access/Roles.h"
#include "util/Result.h"

#include <functional>
#include <memory>

namespace cd {

class Database;
class Transaction;
struct AuditRecord;

// The one way to change a vault: a write transaction and the audit entries that record it,
// committed together. Services get one from Vault::write(). Code that works on a connection of
// its own (the importer and the exports on their worker connection, a restore on the copy it
// prepares) makes one over that connection for the actor the vault signed in.
//
// A WriteTx that opened its transaction and changed rows commits only when it wrote at least one
// audit entry. A change that forgets its entry is rolled back and commit() throws, in every build:
// the caller gets an error, never a change without its record. (A debug-only assertion would let
// release builds through and could not be tested.) A write that turns out to change nothing (an
// edit equal to the stored record) commits without an entry.
class WriteTx
{
public:
    // Begins a write transaction (BEGIN IMMEDIATE) on db. On a connection already inside a
    // transaction the WriteTx joins it instead: its entries commit or roll back with that
    // transaction, which its owner ends (the restore's erasure step).
    WriteTx(Database& db, const Actor& actor);
    ~WriteTx(); // rolls back unless committed
    WriteTx(const WriteTx&) = delete;
    WriteTx& operator=(const WriteTx&) = delete;

    Database& db() const { return m_db; }
    const Actor& actor() const { return m_actor; }
    // Appends an entry for actor(); it commits or rolls back with the change.
    void audit(const AuditRecord& record);
    int auditEntries() const { return m_entries; }

    // Commits; throws DbException (after rolling back) when rows changed without an audit entry.
    void commit();

    // Runs fn in one WriteTx on db and commits. DbExceptions thrown inside, and a missing audit
    // entry, roll everything back and become the returned Status.
    static Status run(Database& db, const Actor& actor, const std::function<void(WriteTx&)>& fn);

private:
    friend class Vault;
    // A new vault's first account records its own creation (Vault::create).
    void setActor(const Actor& actor) { m_actor = actor; }

    Database& m_db;
    Actor m_actor;
    std::unique_ptr<Transaction> m_tx; // null when joined to the caller's transaction
    int m_changesBefore = 0;
    int m_entries = 0;
};

// A read: one snapshot under a deferred transaction (BEGIN, not BEGIN IMMEDIATE), so a read
// never takes the write lock and never keeps a writer waiting. On a connection already inside a
// transaction it reads within that one.
class ReadTx
{
public:
    explicit ReadTx(Database& db);
    ~ReadTx();
    ReadTx(const ReadTx&) = delete;
    ReadTx& operator=(const ReadTx&) = delete;

    Database& db() const { return m_db; }
    // Ends the read transaction (the destructor does it too).
    void finish();

    // Runs fn in one ReadTx on db; DbExceptions thrown inside become the returned Status.
    static Status run(Database& db, const std::function<void(ReadTx&)>& fn);

private:
    Database& m_db;
    std::unique_ptr<Transaction> m_tx;
};

} // namespace cd

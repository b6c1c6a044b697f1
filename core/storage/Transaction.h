#pragma once

namespace cd {

class Database;

// Rolls back in its destructor unless commit() was called. A write transaction (`BEGIN
// IMMEDIATE`) takes the write lock up front, so two writers fail fast instead of deadlocking on
// upgrade. A read transaction (`BEGIN`, deferred) takes only a shared lock when it first reads:
// it sees one snapshot and never keeps a writer out.
class Transaction
{
public:
    enum class Mode { Write, Read };
    explicit Transaction(Database& db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace cd

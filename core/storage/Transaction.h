#pragma once

namespace cd {

class Database;

// Rolls back in its destructor unless commit() was called. `BEGIN IMMEDIATE` takes the write
// lock up front, so two writers fail fast instead of deadlocking on upgrade.
class Transaction
{
public:
    explicit Transaction(Database& db);
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

#include "Transaction.h"

#include "Database.h"

#include <sqlite3.h>

namespace cd {

Transaction::Transaction(Database& db, Mode mode)
    : m_db(db)
{
    m_db.exec(mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN");
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active) {
        // Destructors must not throw; a failed rollback leaves SQLite to roll back on close.
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_active = false;
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        m_db.exec("ROLLBACK");
    }
}

} // namespace cd

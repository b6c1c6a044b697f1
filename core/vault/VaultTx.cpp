#include "VaultTx.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace cd {

WriteTx::WriteTx(Database& db, const Actor& actor)
    : m_db(db)
    , m_actor(actor)
{
    if (!db.inTransaction()) {
        m_tx = std::make_unique<Transaction>(db, Transaction::Mode::Write);
        m_changesBefore = sqlite3_total_changes(db.handle());
    }
}

WriteTx::~WriteTx() = default;

void WriteTx::audit(const AuditRecord& record)
{
    AuditAppender::append(m_db, m_actor, record);
    ++m_entries;
}

void WriteTx::commit()
{
    if (!m_tx) {
        return; // joined: the owner of the transaction commits
    }
    if (m_entries == 0 && sqlite3_total_changes(m_db.handle()) != m_changesBefore) {
        m_tx->rollback();
        throw DbException(ErrorCode::Internal,
            QCoreApplication::translate(
                "cd::Vault", "The change was not recorded in the audit log, so it was not saved. Please report this."));
    }
    m_tx->commit();
}

Status WriteTx::run(Database& db, const Actor& actor, const std::function<void(WriteTx&)>& fn)
{
    try {
        WriteTx tx(db, actor);
        fn(tx);
        tx.commit();
        return {};
    } catch (const DbException& e) {
        return e.error();
    }
}

ReadTx::ReadTx(Database& db)
    : m_db(db)
{
    if (!db.inTransaction()) {
        m_tx = std::make_unique<Transaction>(db, Transaction::Mode::Read);
    }
}

ReadTx::~ReadTx() = default;

void ReadTx::finish()
{
    if (m_tx && m_tx->isActive()) {
        m_tx->commit();
    }
}

Status ReadTx::run(Database& db, const std::function<void(ReadTx&)>& fn)
{
    try {
        ReadTx tx(db);
        fn(tx);
        tx.finish();
        return {};
    } catch (const DbException& e) {
        return e.error();
    }
}

} // namespace cd

#include "RegisterService.h"
#include "RegisterServiceDetail.h"
#include "util/TranslationContexts.h"

#include "audit/AuditLog.h"
#include "storage/Statement.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd::registers {

using namespace detail;

// ---------------------------------------------------------------------------------------------
// CategoryService

CategoryService::CategoryService(Vault& vault)
    : m_vault(vault)
{
}

Result<QList<DataCategory>> CategoryService::list(bool includeInactive)
{
    return m_vault.readResult(Permission::Read,
        [&](ReadTx& tx) -> Result<QList<DataCategory>> { return store::categories(tx.db(), includeInactive); });
}

Result<DataCategory> CategoryService::add(const QString& key, const QString& nameEn, const QString& nameZh)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!keyPattern.match(key).hasMatch()) {
        return Error { ErrorCode::InvalidInput,
            cd::RegistersText::tr("A category key uses lower-case letters, digits and underscores, "
                                  "starting with a letter (for example health_record).") };
    }
    if (nameEn.trimmed().isEmpty() || nameZh.trimmed().isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            cd::RegistersText::tr("Give the category an English and a Chinese name.") };
    }
    DataCategory added;
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement exists(db, "SELECT 1 FROM register_data_categories WHERE key = ?");
        exists.bind(1, key);
        if (exists.next()) {
            refuse(ErrorCode::Conflict, cd::RegistersText::tr("The category \"%1\" is already in the list.").arg(key));
        }
        Statement ins(db,
            "INSERT INTO register_data_categories (key, name_en, name_zh, sort_order) VALUES "
            "(?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 10 FROM register_data_categories))");
        ins.bind(1, key).bind(2, nameEn.trimmed()).bind(3, nameZh.trimmed()).exec();
        added = DataCategory { db.lastInsertId(), key, nameEn.trimmed(), nameZh.trimmed(), true };
        tx.audit(
            { QStringLiteral("register_category.add"), QStringLiteral("register_category"), QString::number(added.id),
                { QStringLiteral("key"), QStringLiteral("name_en"), QStringLiteral("name_zh") }, {} });
    });
    if (!s) {
        return s;
    }
    return added;
}

Status CategoryService::setActive(qint64 id, bool active)
{
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement u(db, "UPDATE register_data_categories SET active = ? WHERE id = ?");
        u.bind(1, active).bind(2, id).exec();
        if (db.changes() == 0) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("The data category no longer exists."));
        }
        tx.audit({ QStringLiteral("register_category.update"), QStringLiteral("register_category"), QString::number(id),
            { QStringLiteral("active") }, {} });
    });
}

} // namespace cd::registers

#include "AuditLogModel.h"

#include "auditview/AuditText.h"
#include "storage/Database.h"
#include "util/Formatting.h"
#include "vault/Vault.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace cd::ui {

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setVault(Vault* vault)
{
    m_vault = vault;
    reload();
}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    // A view or proxy that asks for more rows while the reset is being announced would get rows
    // inserted before every listener has seen the reset; it asks again afterwards.
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_vault) {
        try {
            m_total = AuditLog::count(m_vault->db(), m_filter);
            m_rows = AuditLog::list(m_vault->db(), m_filter, 0, pageSize);
        } catch (const DbException&) {
            m_rows.clear();
        }
    }
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const AuditEntry& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return fmt::timestamp(e.at);
        case Actor: return e.actor;
        case Action: return audit::actionName(e.action);
        case Entity: return audit::entityName(e.entityType);
        case EntityId: return audit::recordText(e.entityType, e.entityId);
        case Fields: return audit::fieldNames(e.fields);
        case Detail: return audit::detailText(e.detail);
        default: break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Time) {
        return tr("Entry %1, hash %2").arg(e.id).arg(QString::fromLatin1(e.hash.toHex().left(16)));
    } else if (role == Qt::ToolTipRole && (index.column() == Action || index.column() == Detail)) {
        // The stored codes, for auditors comparing with the CLI's JSON.
        return index.column() == Action ? e.action : e.detail;
    } else if (role == Qt::UserRole) {
        return e.id;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time: return tr("Time");
    case Actor: return tr("Who");
    case Action: return tr("Action");
    case Entity: return tr("Record type");
    case EntityId: return tr("Record");
    case Fields: return tr("Fields changed");
    case Detail: return tr("Detail");
    default: return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && m_vault && m_rows.size() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    QList<AuditEntry> more;
    try {
        more = AuditLog::list(m_vault->db(), m_filter, int(m_rows.size()), pageSize);
    } catch (const DbException&) {
        return;
    }
    if (more.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    const QScopedValueRollback<bool> changing(m_changing, true); // as in reload()
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

} // namespace cd::ui

#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>

namespace cd {
class Vault;
}

namespace cd::ui {

// Audit entries, newest first, fetched from SQL in pages as the view scrolls.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Actor, Action, Entity, EntityId, Fields, Detail, ColumnCount };

    explicit AuditLogModel(QObject* parent = nullptr);

    void setVault(Vault* vault);
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }
    const AuditEntry& entry(int row) const { return m_rows.at(row); }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int pageSize = 200;

private:
    Vault* m_vault = nullptr;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    qint64 m_total = 0;
    bool m_changing = false; // rows being reset or inserted: no fetchMore() until it is done
};

} // namespace cd::ui

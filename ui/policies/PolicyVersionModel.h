#pragma once

#include "policies/PolicyService.h"

#include <QAbstractTableModel>

namespace cd::ui {

// The versions of one policy document, newest first.
class PolicyVersionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Label, Status, UpdatedOn, EffectiveOn, Author, Approver, MaterialChange, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setVersions(const QList<PolicyVersion>& versions);
    const PolicyVersion* versionAt(int row) const;
    int rowOf(qint64 versionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<PolicyVersion> m_versions;
};

} // namespace cd::ui

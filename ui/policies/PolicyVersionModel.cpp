#include "policies/PolicyVersionModel.h"

#include "util/Formatting.h"

#include <QFont>

namespace cd::ui {

namespace {

QString formatDate(const QDate& date)
{
    return date.isValid() ? fmt::date(date) : QString();
}

} // namespace

void PolicyVersionModel::setVersions(const QList<PolicyVersion>& versions)
{
    beginResetModel();
    m_versions = versions;
    endResetModel();
}

const PolicyVersion* PolicyVersionModel::versionAt(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

int PolicyVersionModel::rowOf(qint64 versionId) const
{
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).id == versionId) {
            return i;
        }
    }
    return -1;
}

int PolicyVersionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int PolicyVersionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyVersionModel::data(const QModelIndex& index, int role) const
{
    const PolicyVersion* v = versionAt(index.row());
    if (!v) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Label: return v->label;
        case Status: return policyStatusDisplayName(v->status);
        case UpdatedOn: return formatDate(v->updatedOn);
        case EffectiveOn: return formatDate(v->effectiveOn);
        case Author: return v->authorName;
        case Approver: return v->approverName;
        case MaterialChange: return v->materialChange ? tr("Yes") : QString();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && !v->contentHash.isEmpty()) {
        return tr("SHA-256: %1").arg(v->contentHash);
    }
    if (role == Qt::FontRole && v->status == PolicyStatus::Published) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant PolicyVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Label: return tr("Version");
    case Status: return tr("Status");
    case UpdatedOn: return tr("Updated on");
    case EffectiveOn: return tr("Effective");
    case Author: return tr("Author");
    case Approver: return tr("Approved by");
    case MaterialChange: return tr("Material change");
    default: return {};
    }
}

} // namespace cd::ui

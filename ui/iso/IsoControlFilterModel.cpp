#include "iso/IsoControlFilterModel.h"

#include "iso/IsoControlsModel.h"

namespace cd::ui {

IsoControlFilterModel::IsoControlFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // A theme line shows when one of its controls does.
    setRecursiveFilteringEnabled(true);
}

void IsoControlFilterModel::setFilter(const iso::ControlFilter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

int IsoControlFilterModel::visibleControlCount() const
{
    int n = 0;
    for (int t = 0; t < rowCount(); ++t) {
        n += rowCount(index(t, 0));
    }
    return n;
}

bool IsoControlFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const IsoControlsModel*>(sourceModel());
    if (!model || !sourceParent.isValid()) {
        return false; // a theme line: shown through its controls (recursive filtering)
    }
    const iso::Control* c = model->controlAt(model->index(sourceRow, 0, sourceParent));
    return c && m_filter.matches(*c, model->today());
}

} // namespace cd::ui

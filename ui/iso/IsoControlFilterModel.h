#pragma once

#include "iso/IsoTypes.h"

#include <QSortFilterProxyModel>

namespace cd::ui {

// Shows the controls of an IsoControlsModel that match the filter bar (IsoService's
// ControlFilter, so the list and the CLI agree), and a theme line only while one of its
// controls shows. Keeps the model's order: the checklist reads in the standard's order.
class IsoControlFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IsoControlFilterModel(QObject* parent = nullptr);

    void setFilter(const iso::ControlFilter& filter);
    const iso::ControlFilter& filter() const { return m_filter; }
    // Controls shown now, theme lines not counted.
    int visibleControlCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    iso::ControlFilter m_filter;
};

} // namespace cd::ui

#pragma once

class QAbstractItemModel;
class QObject;
class QScrollArea;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace cd::ui {

// The list-and-form layout both register tabs share: a locale-aware sorting proxy, a
// single-selection record table, and a scroll area for the record's form.
QSortFilterProxyModel* makeRegisterProxy(QAbstractItemModel* source, QObject* parent);
QTableView* makeRegisterTable(QAbstractItemModel* model, int sortColumn, QWidget* parent);
QScrollArea* makeRegisterFormArea(QWidget* parent);
// The record's pane: the scrolling form above a fixed row of actions (Save stays in reach
// however long the form is). Hidden while no record is shown or being created.
QWidget* makeRegisterFormPane(QScrollArea* form, QWidget* actions, QWidget* parent);

} // namespace cd::ui

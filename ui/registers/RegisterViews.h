#pragma once

#include "registers/RegisterReports.h"

#include <QDateTime>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QDateTimeEdit;
class QFormLayout;
class QObject;
class QPlainTextEdit;
class QScrollArea;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace cd {
class Vault;
}

namespace cd::ui {

// The list-and-form layout both register tabs share: a locale-aware sorting proxy, a
// single-selection record table, and a scroll area for the record's form.
QSortFilterProxyModel* makeRegisterProxy(QAbstractItemModel* source, QObject* parent);
QTableView* makeRegisterTable(QAbstractItemModel* model, int sortColumn, QWidget* parent);
QScrollArea* makeRegisterFormArea(QWidget* parent);
// The record's pane: the scrolling form above a fixed row of actions (Save stays in reach
// however long the form is). Hidden while no record is shown or being created.
QWidget* makeRegisterFormPane(QScrollArea* form, QWidget* actions, QWidget* parent);

// Form fields of the register records.
// A plain-text field `lines` high (Tab moves on).
QPlainTextEdit* makeRegisterTextEdit(QWidget* parent, int lines);
// A date and time to the minute, in local time, with a calendar.
QDateTimeEdit* makeRegisterDateTimeEdit(QWidget* parent);
// A row whose label is set (and translated) later; the label is the field's buddy, so its
// mnemonic moves the focus there.
void addLabelledRow(QFormLayout* form, QWidget* field);
void setFormLabel(QFormLayout* form, QWidget* field, const QString& text);
// A UTC instant as local date and time, or empty when unset.
QString registerLocalTime(const QDateTime& utc);

// A register export (exportIncidentRegister / exportDisclosureRegister, called by `exportWith`)
// on a worker with a connection of its own, behind a progress dialog in rows with Cancel; a
// cancel leaves no file and no audit entry. Returns the line for the status bar (where the file
// went, or that a cancel wrote none); an error is shown under `title` and gives an empty line.
QString exportRegisterInBackground(QWidget* parent, Vault& vault, const QString& title, const QString& progressTitle,
    const QString& language, const QString& path,
    const std::function<Status(const registers::RegisterExport& how)>& exportWith);

} // namespace cd::ui

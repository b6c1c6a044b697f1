#pragma once

#include "iso/IsoTypes.h"
#include "report/StatePalette.h"

#include <QAbstractItemModel>
#include <QDate>

namespace cd::ui {

// The ISO 27001 checklist as a tree: one row per Annex A theme, whose first column spans the
// row with the theme's progress, and the theme's controls below it. Filled from
// IsoService::controls(). Filling it again with the same controls (after an edit) changes the
// rows in place with dataChanged, so a view keeps its selection and scroll position; only a
// different set of controls (another catalogue, a lock) resets it.
class IsoControlsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Id, Title, Status, Owner, NextReview, Evidence, ColumnCount };
    // The control id ("5.1") of a control row; nothing on a theme row.
    static constexpr int ControlIdRole = Qt::UserRole + 1;

    explicit IsoControlsModel(QObject* parent = nullptr);

    // controls: every control of the checklist; language picks the titles (zh_CN or en);
    // today decides which reviews are overdue.
    void setControls(const QList<iso::Control>& controls, const QString& language, const QDate& today);
    void clear();
    // Status names, theme lines and headers again after a language switch.
    void retranslate();

    int controlCount() const;
    QDate today() const { return m_today; }
    // The control on a control row; nullptr on a theme row or an index of another model.
    const iso::Control* controlAt(const QModelIndex& index) const;
    // The row of a control, or an invalid index when the checklist has no such control.
    QModelIndex indexOf(const QString& controlId, int column = Id) const;
    static bool isThemeRow(const QModelIndex& index) { return index.isValid() && !index.parent().isValid(); }
    // The tone the Status column shows a status in: green when implemented, blue while it is
    // planned or partly done, grey otherwise.
    static StateTone statusTone(iso::ImplementationStatus status);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct ThemeRows {
        iso::Theme theme = iso::Theme::Organizational;
        QList<iso::Control> controls;
    };

    static QList<ThemeRows> group(const QList<iso::Control>& controls);
    static bool sameShape(const QList<ThemeRows>& a, const QList<ThemeRows>& b);
    QVariant themeData(const ThemeRows& theme, int column, int role) const;
    QVariant controlData(const iso::Control& control, int column, int role) const;
    void emitAllChanged();

    QList<ThemeRows> m_themes;
    QString m_language;
    QDate m_today;
};

} // namespace cd::ui

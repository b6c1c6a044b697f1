#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class QAbstractItemView;
class QHeaderView;
class QTimer;
class QWidget;

namespace cd {
class AppSettings;
}

namespace cd::ui {

// How a table uses its width, the same for every table in the app:
// - the identifying text column (a title, a message) stretches and keeps at least
//   minMainChars characters;
// - every other column is as wide as its header and the visible rows need, up to a cap;
// - when the view is too narrow for all of that, the optional columns are hidden, last
//   first, so the key columns never need a horizontal scroll bar;
// - widths the user drags are kept per table (AppSettings::Key::TableColumns) and win over
//   the automatic fit.
class ColumnPolicy : public QObject
{
    Q_OBJECT

public:
    static constexpr int minMainChars = 20;
    static constexpr int maxShortChars = 28;

    // view: a QTableView or QTreeView; id names the table in the saved settings.
    // optional: columns that may be hidden when the view is narrow, the first one first.
    static ColumnPolicy* install(
        QAbstractItemView* view, const QString& id, int mainColumn, const QList<int>& optional = {});
    static ColumnPolicy* of(const QAbstractItemView* view);

    // Every policy below root: restore the widths the user set, or save them.
    static void restoreAll(const QWidget* root, const AppSettings& settings);
    static void saveAll(const QWidget* root, AppSettings& settings);

    QString id() const { return m_id; }
    int mainColumn() const { return m_main; }
    // Columns that must stay visible: every column that is not optional.
    QList<int> keyColumns() const;
    // The width the main column needs at least (minMainChars average characters).
    int mainMinimumWidth() const;

    // Fits the columns now (normally done after model changes, resizes and language changes).
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ColumnPolicy(QAbstractItemView* view, const QString& id, int mainColumn, const QList<int>& optional);
    QHeaderView* header() const;
    int columnCount() const;
    int naturalWidth(int column) const;
    int availableWidth() const;
    void scheduleFit();
    void onSectionResized(int column, int oldSize, int newSize);

    QAbstractItemView* m_view;
    QString m_id;
    int m_main;
    QList<int> m_optional;
    QHash<int, int> m_userWidths;
    QTimer* m_fitTimer;
    bool m_fitting = false;
};

} // namespace cd::ui

#pragma once

#include <QLabel>

class QAbstractItemView;

namespace cd::ui {

// A message with the next step, shown in the middle of a table while it has no rows
// ("No contact submissions yet. Import the website's export with Import…").
class EmptyState : public QLabel
{
    Q_OBJECT

public:
    // The overlay follows the view's model: shown when it has no rows, hidden otherwise.
    static EmptyState* attach(QAbstractItemView* view);
    static EmptyState* of(const QAbstractItemView* view);

    // Text when the table is empty because nothing exists yet, and when a filter hides every row.
    void setMessages(const QString& empty, const QString& filtered = {});
    void setFiltered(bool filtered);
    // For views that hide rows instead of removing them: the page says when nothing shows.
    void setNothingShown(bool nothing);
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit EmptyState(QAbstractItemView* view);
    void place();

    QAbstractItemView* m_view;
    QString m_empty;
    QString m_filtered;
    bool m_isFiltered = false;
    bool m_manual = false;
    bool m_nothingShown = false;
};

} // namespace cd::ui

#pragma once

#include <QLabel>

#include <functional>

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
    // The step that fills the table, as a link under the message ("Add an account…"); with a
    // filter, the step that shows the rows again ("Clear the filters"). Empty text: no link.
    void setAction(const QString& text, std::function<void()> action);
    void setFilteredAction(const QString& text, std::function<void()> action);
    // The link shown now (for tests), and following it as a click would.
    QString actionText() const;
    void triggerAction();
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
    QString m_actionText;
    std::function<void()> m_action;
    QString m_filteredActionText;
    std::function<void()> m_filteredAction;
};

} // namespace cd::ui

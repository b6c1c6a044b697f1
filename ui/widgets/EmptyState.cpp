#include "EmptyState.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>

namespace cd::ui {

EmptyState::EmptyState(QAbstractItemView* view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyState"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(this, &QLabel::linkActivated, this, &EmptyState::triggerAction);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::refresh);
    }
    hide();
}

EmptyState* EmptyState::attach(QAbstractItemView* view)
{
    return new EmptyState(view);
}

EmptyState* EmptyState::of(const QAbstractItemView* view)
{
    return view ? view->viewport()->findChild<EmptyState*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void EmptyState::setMessages(const QString& empty, const QString& filtered)
{
    m_empty = empty;
    m_filtered = filtered;
    refresh();
}

void EmptyState::setFiltered(bool filtered)
{
    m_isFiltered = filtered;
    refresh();
}

void EmptyState::setNothingShown(bool nothing)
{
    m_manual = true;
    m_nothingShown = nothing;
    refresh();
}

void EmptyState::setAction(const QString& text, std::function<void()> action)
{
    m_actionText = text;
    m_action = std::move(action);
    refresh();
}

void EmptyState::setFilteredAction(const QString& text, std::function<void()> action)
{
    m_filteredActionText = text;
    m_filteredAction = std::move(action);
    refresh();
}

QString EmptyState::actionText() const
{
    return m_isFiltered && !m_filtered.isEmpty() ? m_filteredActionText : m_actionText;
}

void EmptyState::triggerAction()
{
    const auto& action = m_isFiltered && !m_filtered.isEmpty() ? m_filteredAction : m_action;
    if (action && !actionText().isEmpty()) {
        action();
    }
}

void EmptyState::refresh()
{
    const QAbstractItemModel* model = m_view->model();
    const bool empty = m_manual ? m_nothingShown : model && model->rowCount(m_view->rootIndex()) == 0;
    const QString text = m_isFiltered && !m_filtered.isEmpty() ? m_filtered : m_empty;
    const QString link = actionText();
    if (link.isEmpty()) {
        setTextFormat(Qt::PlainText);
        setText(text);
    } else {
        // The message and, below it, the step as a link; the label then takes clicks.
        setTextFormat(Qt::RichText);
        setText(
            QStringLiteral("%1<br/><a href=\"action\">%2</a>")
                .arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")), link.toHtmlEscaped()));
    }
    setAttribute(Qt::WA_TransparentForMouseEvents, link.isEmpty());
    setVisible(empty && !text.isEmpty());
    place();
}

void EmptyState::place()
{
    const QRect area = m_view->viewport()->rect().adjusted(24, 24, -24, -24);
    const int height = std::min(area.height(), heightForWidth(area.width()) + 8);
    setGeometry(area.left(), area.top() + std::max(0, area.height() / 3 - height / 2), area.width(), height);
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        place();
    }
    return QLabel::eventFilter(watched, event);
}

} // namespace cd::ui

#include "ElidingLabel.h"

#include <QResizeEvent>

namespace cd::ui {

ElidingLabel::ElidingLabel(QWidget* parent, Qt::TextElideMode mode)
    : QLabel(parent)
    , m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidingLabel::setFullText(const QString& text)
{
    m_full = text;
    elide();
    updateGeometry();
}

QSize ElidingLabel::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 8, QLabel::minimumSizeHint().height());
}

QSize ElidingLabel::sizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(m_full) + 2 * margin() + 4, QLabel::sizeHint().height());
}

void ElidingLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidingLabel::elide()
{
    const int room = contentsRect().width() - 2 * margin();
    const QString shown = fontMetrics().elidedText(m_full, m_mode, std::max(0, room));
    setText(shown);
    setToolTip(shown == m_full ? QString() : m_full);
}

} // namespace cd::ui

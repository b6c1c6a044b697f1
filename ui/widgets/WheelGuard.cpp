#include "WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>

namespace cd::ui {

WheelGuard::WheelGuard(QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("cdWheelGuard"));
}

void WheelGuard::install(QApplication* app)
{
    if (!app || app->findChild<WheelGuard*>(QStringLiteral("cdWheelGuard"), Qt::FindDirectChildrenOnly)) {
        return;
    }
    app->installEventFilter(new WheelGuard(app));
}

bool WheelGuard::guards(const QWidget* widget)
{
    if (!widget) {
        return false;
    }
    if (qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QComboBox*>(widget)) {
        return true;
    }
    return qobject_cast<const QAbstractSlider*>(widget) && !qobject_cast<const QScrollBar*>(widget);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Polish: {
        // Qt gives these fields focus on a wheel turn (Qt::WheelFocus); after that the next
        // turn would change the value. They keep focus by click and Tab only.
        auto* widget = qobject_cast<QWidget*>(watched);
        if (guards(widget) && widget->focusPolicy() == Qt::WheelFocus) {
            widget->setFocusPolicy(Qt::StrongFocus);
        }
        break;
    }
    case QEvent::Wheel: {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (guards(widget) && !widget->hasFocus()) {
            // Not accepted: Qt passes the turn on to the parents, so the page scrolls.
            event->ignore();
            return true;
        }
        break;
    }
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cd::ui

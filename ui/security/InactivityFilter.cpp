#include "InactivityFilter.h"

#include <QCoreApplication>
#include <QEvent>

namespace cd::ui {

InactivityFilter::InactivityFilter(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityFilter::idle);
}

void InactivityFilter::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    if (m_timer.isActive()) {
        start();
    }
}

void InactivityFilter::start()
{
    if (m_timeoutMs <= 0) {
        m_timer.stop();
        return;
    }
    QCoreApplication::instance()->removeEventFilter(this);
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start(m_timeoutMs);
}

void InactivityFilter::stop()
{
    m_timer.stop();
    QCoreApplication::instance()->removeEventFilter(this);
}

bool InactivityFilter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::Shortcut:
        if (m_timer.isActive()) {
            m_timer.start(m_timeoutMs);
        }
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cd::ui

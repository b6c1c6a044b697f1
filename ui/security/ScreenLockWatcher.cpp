#include "security/ScreenLockWatcher.h"

#ifdef CD_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace cd::ui {

ScreenLockWatcher::ScreenLockWatcher(QObject* parent)
    : QObject(parent)
{
#ifdef CD_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return;
    }
    // Any sender: the service name differs between desktops, the signal does not.
    // (D-Bus signals can only be connected with the string-based syntax.)
    const bool freedesktop = bus.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
        QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
        SLOT(onActiveChanged(bool)));
    const bool gnome = bus.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"),
        QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("ActiveChanged"), this, SLOT(onActiveChanged(bool)));
    m_listening = freedesktop || gnome;
#endif
}

void ScreenLockWatcher::onActiveChanged(bool active)
{
    if (active) {
        emit screenLocked();
    }
}

} // namespace cd::ui

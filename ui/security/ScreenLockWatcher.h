#pragma once

#include <QObject>

namespace cd::ui {

// Tells the application when the user's session locks its screen, so the vault locks with it.
// On Linux it listens on the session D-Bus for the screen savers' ActiveChanged(true)
// (org.freedesktop.ScreenSaver: KDE, Xfce, LXQt, ...; org.gnome.ScreenSaver: GNOME). Without a
// session bus, or on other platforms, it does nothing and the idle timer still applies.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ScreenLockWatcher(QObject* parent = nullptr);

    // True when it is connected to a session bus and listening.
    bool isListening() const { return m_listening; }

signals:
    void screenLocked();

private slots:
    void onActiveChanged(bool active);

private:
    bool m_listening = false;
};

} // namespace cd::ui

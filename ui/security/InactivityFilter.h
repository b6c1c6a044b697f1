#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace cd::ui {

// Application-wide event filter that emits idle() when no key or mouse input arrived for the
// configured time. Installed on qApp, so every window counts as activity.
class InactivityFilter : public QObject
{
    Q_OBJECT

public:
    explicit InactivityFilter(QObject* parent = nullptr);

    void setTimeoutMs(int ms); // 0 disables
    int timeoutMs() const { return m_timeoutMs; }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    int m_timeoutMs = 10 * 60 * 1000;
};

} // namespace cd::ui

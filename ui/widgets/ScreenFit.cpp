#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace cd::ui {

QSize availableScreenSize(const QWidget* anchor)
{
    QScreen* screen = anchor ? anchor->screen() : nullptr;
    if (!screen) {
        screen = QGuiApplication::primaryScreen();
    }
    return screen ? screen->availableGeometry().size() : QSize(1280, 720);
}

QSize fitToScreen(const QWidget* anchor, const QSize& preferred)
{
    const QSize available = availableScreenSize(anchor);
    // Title bar and borders are outside the widget's own size.
    constexpr int frameWidth = 16;
    constexpr int frameHeight = 48;
    return preferred.boundedTo(QSize(available.width() - frameWidth, available.height() - frameHeight));
}

} // namespace cd::ui

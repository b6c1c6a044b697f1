#pragma once

#include <QSize>

class QScreen;
class QWidget;

namespace cd::ui {

// The available area (without task bars) of the screen a window shown for anchor would use.
QSize availableScreenSize(const QWidget* anchor);
// preferred, shrunk to fit that area with room for the window frame.
QSize fitToScreen(const QWidget* anchor, const QSize& preferred);

} // namespace cd::ui

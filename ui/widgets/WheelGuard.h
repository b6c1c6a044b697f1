#pragma once

#include <QObject>

class QApplication;
class QWidget;

namespace cd::ui {

// Value fields take the mouse wheel only when they have focus. Turning the wheel over a spin
// box, date field, drop-down or slider while scrolling a page scrolls the page; it never changes
// a value the user did not choose (the settings page once lost a retention period this way).
// A click or Tab into the field gives it focus, and then the wheel steps its value as before.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards every such field of the application, present and future. Installing twice is harmless.
    static void install(QApplication* app);
    // True for the kinds of field the guard applies to (spin boxes and date fields, drop-downs,
    // sliders; not scroll bars).
    static bool guards(const QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent);
};

} // namespace cd::ui

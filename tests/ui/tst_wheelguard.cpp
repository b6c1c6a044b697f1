// Value fields on a scrolled page take the mouse wheel only once the user has put focus in
// them: the settings page once changed a retention period while the user scrolled past it.
#include "widgets/WheelGuard.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace cd::ui;

namespace {

// One notch of the wheel turned towards the user (scrolling down, stepping a value down).
bool turnWheel(QWidget* widget)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(
        at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
    return event.isAccepted();
}

} // namespace

class TestWheelGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unfocusedFieldsKeepTheirValue();
    void focusedFieldsStepAsBefore();
    void scrollBarsAndOtherWidgetsAreLeftAlone();
    void installingTwiceGuardsOnce();
};

void TestWheelGuard::initTestCase()
{
    WheelGuard::install(qApp);
}

void TestWheelGuard::unfocusedFieldsKeepTheirValue()
{
    QScrollArea area;
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* spin = new QSpinBox(page);
    spin->setRange(1, 240);
    spin->setValue(30);
    auto* date = new QDateEdit(QDate(2026, 4, 20), page);
    auto* combo = new QComboBox(page);
    combo->addItems({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
    combo->setCurrentIndex(1);
    auto* slider = new QSlider(Qt::Horizontal, page);
    slider->setValue(50);
    auto* other = new QSpinBox(page); // holds the focus, as a field the user works in
    for (QWidget* w : std::initializer_list<QWidget*> { spin, date, combo, slider, other }) {
        layout->addWidget(w);
        layout->addSpacing(400);
    }
    area.setWidget(page);
    area.resize(300, 300);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    area.activateWindow();
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());

    for (QWidget* w : std::initializer_list<QWidget*> { spin, date, combo, slider }) {
        QCOMPARE(w->focusPolicy(), Qt::StrongFocus); // a turn of the wheel gives no focus
        QVERIFY(!turnWheel(w)); // not taken: it goes on to the page
        QVERIFY(!w->hasFocus());
    }
    QCOMPARE(spin->value(), 30);
    QCOMPARE(date->date(), QDate(2026, 4, 20));
    QCOMPARE(combo->currentIndex(), 1);
    QCOMPARE(slider->value(), 50);
    QVERIFY(other->hasFocus());
}

void TestWheelGuard::focusedFieldsStepAsBefore()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* spin = new QSpinBox(&window);
    spin->setValue(30);
    auto* combo = new QComboBox(&window);
    combo->addItems({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
    layout->addWidget(spin);
    layout->addWidget(combo);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    spin->setFocus();
    QTRY_VERIFY(spin->hasFocus());
    QVERIFY(turnWheel(spin));
    QCOMPARE(spin->value(), 29);
    combo->setFocus();
    QTRY_VERIFY(combo->hasFocus());
    turnWheel(combo);
    QCOMPARE(combo->currentIndex(), 1);
}

void TestWheelGuard::scrollBarsAndOtherWidgetsAreLeftAlone()
{
    QScrollBar bar(Qt::Vertical);
    bar.setRange(0, 100);
    bar.resize(20, 200);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QVERIFY(!bar.hasFocus());
    QVERIFY(!WheelGuard::guards(&bar));
    turnWheel(&bar);
    QVERIFY(bar.value() > 0);
    QVERIFY(!WheelGuard::guards(nullptr));
    QWidget plain;
    QVERIFY(!WheelGuard::guards(&plain));
}

void TestWheelGuard::installingTwiceGuardsOnce()
{
    WheelGuard::install(qApp);
    WheelGuard::install(qApp);
    QCOMPARE(qApp->findChildren<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
}

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"

#include "report/StatePalette.h"

#include <QColor>
#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace cd;

namespace {

// WCAG 2.x relative luminance of an sRGB colour.
double luminance(const QColor& c)
{
    auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QString& a, const QString& b)
{
    const double la = luminance(QColor(a));
    const double lb = luminance(QColor(b));
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestStatePalette : public QObject
{
    Q_OBJECT

private slots:
    void contrastFormulaIsWcag();
    void everyTextColourMeetsAaOnItsBackgrounds();
    void categoryColoursCarryNoState();
    void noStateColourOutsideThePalette();
};

void TestStatePalette::contrastFormulaIsWcag()
{
    QCOMPARE(qRound(contrast(QStringLiteral("#000000"), QStringLiteral("#ffffff")) * 100), 2100);
    QCOMPARE(qRound(contrast(QStringLiteral("#777777"), QStringLiteral("#ffffff")) * 100), 448); // just below AA
    QCOMPARE(contrast(QStringLiteral("#123456"), QStringLiteral("#123456")), 1.0);
}

void TestStatePalette::everyTextColourMeetsAaOnItsBackgrounds()
{
    QCOMPARE(StatePalette::tones().size(), 6);
    for (StateTone tone : StatePalette::tones()) {
        const QString text = StatePalette::text(tone);
        QVERIFY(QColor(text).isValid());
        QStringList backgrounds = StatePalette::windowBackgrounds();
        backgrounds << StatePalette::background(tone);
        for (const QString& background : backgrounds) {
            const double ratio = contrast(text, background);
            QVERIFY2(ratio >= 4.5,
                qPrintable(
                    QStringLiteral("tone %1: %2 on %3 is %4:1").arg(int(tone)).arg(text, background).arg(ratio)));
        }
        // Chart fills are told apart from the white page (WCAG non-text contrast is not asked of
        // light shades, which carry a label); each shade is a valid, distinct colour.
        for (int shade : { -2, -1, 0, 1 }) {
            QVERIFY(QColor(StatePalette::fill(tone, shade)).isValid());
        }
    }
    QVERIFY(StatePalette::fill(StateTone::Info, -2) != StatePalette::fill(StateTone::Info, 1));
}

// Category series are told apart and never look like a state: not red, not amber, and not the
// fill of a tone that means late or failed.
void TestStatePalette::categoryColoursCarryNoState()
{
    const QStringList categories = StatePalette::categories();
    QVERIFY(categories.size() >= 6);
    QCOMPARE(QSet<QString>(categories.cbegin(), categories.cend()).size(), categories.size());
    const QStringList warning { StatePalette::fill(StateTone::Overdue), StatePalette::fill(StateTone::DueSoon),
        StatePalette::fill(StateTone::Error) };
    for (const QString& c : categories) {
        const QColor colour(c);
        QVERIFY2(colour.isValid(), qPrintable(c));
        QVERIFY2(!warning.contains(c, Qt::CaseInsensitive), qPrintable(c));
        // Reds, oranges and ambers (hue 0–50° or above 330°) are kept for deadlines.
        const int hue = colour.hsvHue();
        const bool warm = hue >= 0 && (hue <= 50 || hue >= 330) && colour.hsvSaturation() > 80;
        QVERIFY2(!warm, qPrintable(c));
    }
}

// Pages, the dashboard, reports and charts take state colours from StatePalette: a colour
// literal elsewhere is a second red in the making. Only the palette itself, the report's and
// the window's chrome (headings, borders) spell colours; chart categories come from the palette too.
void TestStatePalette::noStateColourOutsideThePalette()
{
    const QStringList allowed { QStringLiteral("core/report/StatePalette.cpp"),
        QStringLiteral("core/report/ReportDocument.cpp"), QStringLiteral("ui/widgets/Theme.cpp"),
        QStringLiteral("ui/report/ReportRenderer.cpp") };
    static const QRegularExpression literal(
        QStringLiteral("#[0-9a-fA-F]{6}\\b|Qt::(?:dark)?[Rr]ed\\b|QColor\\(0x|QColor\\(\\d+,"));
    const QString root = qEnvironmentVariable("CD_SOURCE_DIR");
    QVERIFY(!root.isEmpty());
    int files = 0;
    QStringList found;
    for (const char* area : { "core", "ui", "app" }) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(area),
            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size() + 1);
            ++files;
            if (allowed.contains(relative)) {
                continue;
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(f.readLine());
                if (literal.match(text).hasMatch()) {
                    found << QStringLiteral("%1:%2: %3").arg(relative).arg(line).arg(text.trimmed());
                }
            }
        }
    }
    QVERIFY(files > 100);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestStatePalette)
#include "tst_statepalette.moc"

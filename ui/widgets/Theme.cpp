#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace cd::ui::Theme {

namespace {

QString iconPath(const QString& name)
{
    return QStringLiteral(":/icons/lucide/%1.svg").arg(name);
}

QPixmap render(const QByteArray& svg, const QColor& color, int size)
{
    QByteArray coloured = svg;
    // The set draws with "currentColor", which the SVG renderer does not resolve.
    coloured.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(coloured);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    return pixmap;
}

} // namespace

bool hasIcon(const QString& name)
{
    return QFile::exists(iconPath(name));
}

QIcon icon(const QString& name)
{
    static QHash<QString, QIcon> cache;
    const QPalette palette = QApplication::palette();
    const QColor normal = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::WindowText);
    const QColor selected = palette.color(QPalette::Active, QPalette::HighlightedText);
    const QString key = name + normal.name() + disabled.name();
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        return *it;
    }
    QFile file(iconPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray svg = file.readAll();
    QIcon result;
    for (int size : { 16, 20, 24, 32, 40, 48, 64 }) {
        result.addPixmap(render(svg, normal, size), QIcon::Normal);
        result.addPixmap(render(svg, disabled, size), QIcon::Disabled);
        result.addPixmap(render(svg, selected, size), QIcon::Selected);
    }
    cache.insert(key, result);
    return result;
}

QIcon icon(const QString& name, const QColor& color)
{
    static QHash<QString, QIcon> cache;
    const QString key = name + color.name();
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        return *it;
    }
    QFile file(iconPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray svg = file.readAll();
    QIcon result;
    for (int size : { 16, 20, 24, 32, 40, 48, 64 }) {
        const QPixmap pixmap = render(svg, color, size);
        result.addPixmap(pixmap, QIcon::Normal);
        result.addPixmap(pixmap, QIcon::Selected);
    }
    cache.insert(key, result);
    return result;
}

QIcon stateIcon(StateTone tone)
{
    switch (tone) {
    case StateTone::Overdue:
    case StateTone::Error: return icon(QStringLiteral("circle-alert"), stateColor(tone));
    case StateTone::DueSoon: return icon(QStringLiteral("clock"), stateColor(tone));
    case StateTone::Ok: return icon(QStringLiteral("circle-check"), stateColor(tone));
    case StateTone::Info:
    case StateTone::Neutral: break;
    }
    return icon(QStringLiteral("circle-alert"), stateColor(tone));
}

QColor stateColor(StateTone tone)
{
    return QColor(StatePalette::text(tone));
}

QColor stateBackground(StateTone tone)
{
    return QColor(StatePalette::background(tone));
}

QString styleSheet()
{
    // Restrained on purpose: the platform style keeps drawing the controls; this adds rhythm
    // (navigation spacing, headers in the report blue, cards for key figures and first steps).
    return QStringLiteral("QListWidget#navigation { border: none; padding: 6px 4px; }"
                          "QListWidget#navigation::item { padding: 4px 8px; border-radius: 6px; }"
                          "QListWidget#navigation::item:selected { background: %1; color: %2; }"
                          "QLabel#pageHeader { color: #0b3d66; padding: 2px 0 6px 0; }"
                          "QFrame[card=\"true\"] { background: palette(base); border: 1px solid #d5dbe3; "
                          "border-radius: 8px; }"
                          "QGroupBox::title { color: #0b3d66; }")
        .arg(StatePalette::background(StateTone::Info), StatePalette::text(StateTone::Info));
}

} // namespace cd::ui::Theme

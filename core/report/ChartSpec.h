#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// A chart described as data, so core can put charts into report content and ui/charts can
// draw them with whatever chart library it uses (QtCharts today).
struct ChartSeries {
    QString name;
    QList<double> values; // one per category (for Donut: one per slice, categories name the slices)
    QString color; // "#rrggbb"; empty picks from the palette
};

struct ChartSpec {
    enum class Type { Bar, StackedBar, Line, Donut };
    Type type = Type::Bar;
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    QStringList categoryColors; // optional "#rrggbb" per category (donut slices, e.g. status colours)
    QString valueAxisTitle;
    QString noDataText; // shown instead of empty axes

    bool hasData() const
    {
        for (const ChartSeries& s : series) {
            for (double v : s.values) {
                if (v != 0.0) {
                    return true;
                }
            }
        }
        return false;
    }
};

} // namespace cd

#include "ChartAdapter.h"
#include "report/StatePalette.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace cd::ui::ChartAdapter {

QStringList palette()
{
    return StatePalette::categories();
}

namespace {

QColor colorFor(const ChartSeries& s, int index)
{
    if (!s.color.isEmpty()) {
        return QColor(s.color);
    }
    const QStringList p = palette();
    return QColor(p.at(index % p.size()));
}

QFont chartFont(qreal pointSize)
{
    QFont f = QApplication::font();
    f.setPointSizeF(pointSize);
    return f;
}

QChart* buildChart(const ChartSpec& spec)
{
    auto* chart = new QChart();
    chart->setTitle(spec.title);
    chart->setTitleFont(chartFont(10));
    chart->legend()->setFont(chartFont(8));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);

    if (!spec.hasData()) {
        chart->legend()->hide();
        return chart;
    }

    switch (spec.type) {
    case ChartSpec::Type::Donut: {
        auto* pie = new QPieSeries();
        pie->setHoleSize(0.45);
        const ChartSeries& s = spec.series.first();
        for (int i = 0; i < s.values.size(); ++i) {
            auto* slice = pie->append(spec.categories.value(i), s.values.at(i));
            const QString color = spec.categoryColors.value(i);
            slice->setColor(color.isEmpty() ? QColor(palette().at(i % palette().size())) : QColor(color));
            slice->setLabelFont(chartFont(7.5));
        }
        chart->addSeries(pie);
        chart->legend()->setAlignment(Qt::AlignRight);
        break;
    }
    case ChartSpec::Type::Line: {
        auto* axisX = new QBarCategoryAxis();
        axisX->append(spec.categories);
        axisX->setLabelsFont(chartFont(7.5));
        auto* axisY = new QValueAxis();
        axisY->setLabelFormat(QStringLiteral("%d"));
        axisY->setLabelsFont(chartFont(7.5));
        axisY->setTitleText(spec.valueAxisTitle);
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        double maxValue = 1;
        for (int i = 0; i < spec.series.size(); ++i) {
            const ChartSeries& s = spec.series.at(i);
            auto* line = new QLineSeries();
            line->setName(s.name);
            for (int x = 0; x < s.values.size(); ++x) {
                line->append(x, s.values.at(x));
                maxValue = std::max(maxValue, s.values.at(x));
            }
            QPen pen(colorFor(s, i));
            pen.setWidthF(2);
            line->setPen(pen);
            chart->addSeries(line);
            line->attachAxis(axisY);
            // A category axis maps index i to the i-th category.
            line->attachAxis(axisX);
        }
        axisY->setRange(0, maxValue * 1.1);
        axisY->applyNiceNumbers();
        break;
    }
    case ChartSpec::Type::Bar:
    case ChartSpec::Type::StackedBar: {
        QAbstractBarSeries* bars = spec.type == ChartSpec::Type::StackedBar
            ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries())
            : static_cast<QAbstractBarSeries*>(new QBarSeries());
        double maxValue = 1;
        QList<double> stacked(spec.categories.size(), 0.0);
        for (int i = 0; i < spec.series.size(); ++i) {
            const ChartSeries& s = spec.series.at(i);
            auto* set = new QBarSet(s.name);
            set->setColor(colorFor(s, i));
            set->setBorderColor(colorFor(s, i).darker(115));
            for (int c = 0; c < s.values.size(); ++c) {
                *set << s.values.at(c);
                if (c < stacked.size()) {
                    stacked[c] += s.values.at(c);
                }
                maxValue = std::max(maxValue, s.values.at(c));
            }
            bars->append(set);
        }
        if (spec.type == ChartSpec::Type::StackedBar) {
            for (double v : stacked) {
                maxValue = std::max(maxValue, v);
            }
        }
        chart->addSeries(bars);
        auto* axisX = new QBarCategoryAxis();
        axisX->append(spec.categories);
        axisX->setLabelsFont(chartFont(7.5));
        auto* axisY = new QValueAxis();
        axisY->setLabelFormat(QStringLiteral("%d"));
        axisY->setLabelsFont(chartFont(7.5));
        axisY->setTitleText(spec.valueAxisTitle);
        axisY->setRange(0, maxValue * 1.1);
        axisY->applyNiceNumbers();
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        bars->attachAxis(axisX);
        bars->attachAxis(axisY);
        break;
    }
    }
    return chart;
}

// A chart view that paints a "no data" message over empty charts instead of bare axes.
class SpecChartView : public QChartView
{
public:
    explicit SpecChartView(QWidget* parent)
        : QChartView(parent)
    {
        setRenderHint(QPainter::Antialiasing);
        setMinimumHeight(220);
    }
    void setSpec(const ChartSpec& spec)
    {
        m_spec = spec;
        QChart* old = chart();
        setChart(buildChart(spec));
        delete old;
        viewport()->update();
    }

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override
    {
        QChartView::drawForeground(painter, rect);
        if (!m_spec.hasData()) {
            painter->save();
            painter->setPen(palette().color(QPalette::PlaceholderText));
            painter->setFont(chartFont(10));
            painter->drawText(sceneRect(), Qt::AlignCenter,
                m_spec.noDataText.isEmpty() ? QCoreApplication::translate("cd::ui::Charts", "No data for this period")
                                            : m_spec.noDataText);
            painter->restore();
        }
    }

private:
    ChartSpec m_spec;
};

} // namespace

QWidget* createView(const ChartSpec& spec, QWidget* parent)
{
    auto* view = new SpecChartView(parent);
    view->setSpec(spec);
    return view;
}

void updateView(QWidget* view, const ChartSpec& spec)
{
    if (auto* v = dynamic_cast<SpecChartView*>(view)) {
        v->setSpec(spec);
    }
}

void render(const ChartSpec& spec, QPainter* painter, const QRectF& target)
{
    QGraphicsScene scene;
    QChart* chart = buildChart(spec);
    scene.addItem(chart);
    // Lay the chart out at a screen-like size, then scale it into the target as vectors.
    const QSizeF logical(720, 720 * target.height() / std::max<qreal>(1, target.width()));
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    if (!spec.hasData()) {
        auto* text = new QGraphicsSimpleTextItem(spec.noDataText.isEmpty()
                ? QCoreApplication::translate("cd::ui::Charts", "No data for this period")
                : spec.noDataText);
        text->setFont(chartFont(11));
        text->setBrush(QColor(StatePalette::text(StateTone::Neutral)));
        const QRectF b = text->boundingRect();
        text->setPos((logical.width() - b.width()) / 2, (logical.height() - b.height()) / 2);
        scene.addItem(text);
    }
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
}

} // namespace cd::ui::ChartAdapter

#pragma once

#include "report/ChartSpec.h"

#include <QWidget>

class QPainter;
class QRectF;

namespace cd::ui {

// The only place that knows QtCharts (deprecated from Qt 6.10): pages and reports describe
// charts as ChartSpec and get a widget or a vector drawing back, so the library can be swapped.
namespace ChartAdapter {
// A widget showing the chart, following the application palette and language.
QWidget* createView(const ChartSpec& spec, QWidget* parent = nullptr);
// Replaces the chart shown by a widget made with createView().
void updateView(QWidget* view, const ChartSpec& spec);
// Draws the chart as vectors (for PDF and print).
void render(const ChartSpec& spec, QPainter* painter, const QRectF& target);
QStringList palette();
} // namespace ChartAdapter

} // namespace cd::ui

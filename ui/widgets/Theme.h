#pragma once

#include "report/StatePalette.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace cd::ui {

// The look of the interface in one place: one icon set (Lucide, shipped as SVG in the
// resources, drawn in the palette's text colour), the state colours (cd::StatePalette) and
// a light style sheet for spacing, section headers and cards.
namespace Theme {

// An icon of the set by its Lucide name ("inbox", "eye-off"); an empty icon when unknown.
QIcon icon(const QString& name);
bool hasIcon(const QString& name);
QColor stateColor(StateTone tone);
QColor stateBackground(StateTone tone);
// For the main window: applies to it and every page and dialog below it.
QString styleSheet();

} // namespace Theme

} // namespace cd::ui

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
// The same icon drawn in one colour whatever its state, e.g. a state colour for a list item
// that is late (StateTone::Overdue) or due soon.
QIcon icon(const QString& name, const QColor& color);
// The icon of the set for a state of the attention list and similar lists.
QIcon stateIcon(StateTone tone);
QColor stateColor(StateTone tone);
QColor stateBackground(StateTone tone);
// For the main window: applies to it and every page and dialog below it.
QString styleSheet();

} // namespace Theme

} // namespace cd::ui

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// The colours that carry a meaning, the same on every page, on the dashboard and in every
// report: red only for overdue (and errors), amber for due soon, green for done or on time.
// Text colours reach WCAG AA contrast (4.5:1 or more) on white and on their own background.
enum class StateTone {
    Overdue, // past a legal or internal deadline
    DueSoon, // within the warning window
    Ok, // done, on time, verified
    Error, // a message that something failed or is missing
    Info, // open work that is not late
    Neutral, // closed without a result (rejected, withdrawn, not applicable)
};

struct StatePalette {
    static QString text(StateTone tone); // "#rrggbb" for text on white
    static QString background(StateTone tone); // a light fill behind that text
    static QString fill(StateTone tone); // chart bars and slices
    // A lighter (shade < 0, down to -2) or darker (shade 1) fill of the same tone, for charts that
    // tell several states of one tone apart (received, in verification, in progress, waiting).
    static QString fill(StateTone tone, int shade);
    // The window backgrounds every text colour is checked against (WCAG AA, 4.5:1): white and
    // the light grey of a window. The program has no dark theme.
    static QStringList windowBackgrounds();
    static QList<StateTone> tones();
    // Chart series of plain categories (regions, tables, types), which carry no state: told apart
    // by hue, and never red or amber, so a category never looks late.
    static QStringList categories();
    // "color: …;" (with the light fill when withBackground), for a label's style sheet.
    static QString styleSheet(StateTone tone, bool withBackground = false);
};

} // namespace cd

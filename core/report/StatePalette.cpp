#include "StatePalette.h"

namespace cd {

QString StatePalette::text(StateTone tone)
{
    switch (tone) {
    case StateTone::Overdue: return QStringLiteral("#a51c1c");
    case StateTone::DueSoon: return QStringLiteral("#7a4b00");
    case StateTone::Ok: return QStringLiteral("#1b5e20");
    case StateTone::Error: return QStringLiteral("#a51c1c");
    case StateTone::Info: return QStringLiteral("#0d47a1");
    case StateTone::Neutral: return QStringLiteral("#455a64");
    }
    return QStringLiteral("#1d1d1f");
}

QString StatePalette::background(StateTone tone)
{
    switch (tone) {
    case StateTone::Overdue:
    case StateTone::Error: return QStringLiteral("#fde7e7");
    case StateTone::DueSoon: return QStringLiteral("#fff3d6");
    case StateTone::Ok: return QStringLiteral("#e6f4e7");
    case StateTone::Info: return QStringLiteral("#e3eefb");
    case StateTone::Neutral: return QStringLiteral("#eceff1");
    }
    return QStringLiteral("#ffffff");
}

QString StatePalette::fill(StateTone tone)
{
    switch (tone) {
    case StateTone::Overdue:
    case StateTone::Error: return QStringLiteral("#c62828");
    case StateTone::DueSoon: return QStringLiteral("#f9a825");
    case StateTone::Ok: return QStringLiteral("#2e7d32");
    case StateTone::Info: return QStringLiteral("#1e88e5");
    case StateTone::Neutral: return QStringLiteral("#90a4ae");
    }
    return QStringLiteral("#9e9e9e");
}

QString StatePalette::fill(StateTone tone, int shade)
{
    if (shade == 0) {
        return fill(tone);
    }
    switch (tone) {
    case StateTone::Info:
        return shade <= -2 ? QStringLiteral("#90caf9")
            : shade < 0    ? QStringLiteral("#42a5f5")
                           : QStringLiteral("#3949ab");
    case StateTone::Neutral:
        return shade <= -2 ? QStringLiteral("#cfd8dc")
            : shade < 0    ? QStringLiteral("#b0bec5")
                           : QStringLiteral("#78909c");
    case StateTone::Overdue:
    case StateTone::Error:
    case StateTone::DueSoon:
    case StateTone::Ok: break;
    }
    return fill(tone);
}

QStringList StatePalette::windowBackgrounds()
{
    return { QStringLiteral("#ffffff"), QStringLiteral("#efefef") };
}

QStringList StatePalette::categories()
{
    return { QStringLiteral("#1565c0"), QStringLiteral("#00838f"), QStringLiteral("#6a1b9a"), QStringLiteral("#9e9e9e"),
        QStringLiteral("#2e7d32"), QStringLiteral("#5c6bc0"), QStringLiteral("#8d6e63"), QStringLiteral("#26a69a") };
}

QList<StateTone> StatePalette::tones()
{
    return { StateTone::Overdue, StateTone::DueSoon, StateTone::Ok, StateTone::Error, StateTone::Info,
        StateTone::Neutral };
}

QString StatePalette::styleSheet(StateTone tone, bool withBackground)
{
    QString css = QStringLiteral("color: %1;").arg(text(tone));
    if (withBackground) {
        css += QStringLiteral(" background-color: %1; border-radius: 4px; padding: 4px 8px;").arg(background(tone));
    }
    return css;
}

} // namespace cd

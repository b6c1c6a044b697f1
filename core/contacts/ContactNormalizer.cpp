#include "ContactNormalizer.h"

#include <QRegularExpression>

namespace cd::ContactNormalizer {

QString foldFullWidth(const QString& input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) {
            out.append(QChar(char16_t(u - 0xFEE0)));
        } else if (u == 0x3000) {
            out.append(QLatin1Char(' '));
        } else {
            out.append(c);
        }
    }
    return out;
}

QString phone(const QString& input)
{
    const QString folded = foldFullWidth(input);
    QString digits;
    digits.reserve(folded.size());
    for (const QChar c : folded) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits.append(c);
        }
    }
    // China mobile: 1[3-9]x xxxx xxxx, optionally behind 86 / 0086. (Checked by hand: this runs
    // for every imported row.)
    auto isMobile = [](QStringView d) {
        return d.size() == 11 && d.at(0) == QLatin1Char('1') && d.at(1) >= QLatin1Char('3')
            && d.at(1) <= QLatin1Char('9');
    };
    const QStringView view(digits);
    if (isMobile(view)) {
        return digits;
    }
    if (view.size() == 13 && view.startsWith(QLatin1String("86")) && isMobile(view.mid(2))) {
        return digits.mid(2);
    }
    if (view.size() == 15 && view.startsWith(QLatin1String("0086")) && isMobile(view.mid(4))) {
        return digits.mid(4);
    }
    return digits;
}

QString email(const QString& input)
{
    return foldFullWidth(input).trimmed().toLower();
}

bool looksLikeEmail(const QString& input)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email(input)).hasMatch();
}

bool looksLikePhone(const QString& input)
{
    return phone(input).size() >= 5;
}

} // namespace cd::ContactNormalizer

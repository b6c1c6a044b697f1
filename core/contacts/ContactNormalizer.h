#pragma once

#include <QString>

namespace cd {

// Normalised forms of phones and emails: what matching and duplicate checks compare.
// Values are always stored as entered too.
namespace ContactNormalizer {
// China mobile numbers fold +86 / 0086 / 86 prefixes, spaces, dashes, dots, brackets and
// full-width digits to 11 digits ("+86 138-0013-8000" → "13800138000"). Any other number
// keeps its digits only (with a leading "+" kept as digits, e.g. "+44 20 7946 0958" → "442079460958").
QString phone(const QString& input);
// Trimmed, full-width characters folded to ASCII, lower-cased.
QString email(const QString& input);
bool looksLikeEmail(const QString& input);
// At least 5 digits after normalisation.
bool looksLikePhone(const QString& input);
// Folds full-width ASCII (U+FF01–U+FF5E) and the ideographic space to their ASCII forms.
QString foldFullWidth(const QString& input);
} // namespace ContactNormalizer

} // namespace cd

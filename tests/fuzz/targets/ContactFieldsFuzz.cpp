// Contact fields as every importer and export sees them: phone and email normalisation, and
// the formula neutralisation that keeps exported cells from running in Excel.
#include "FuzzTargets.h"

#include "contacts/ContactNormalizer.h"
#include "export/TableExport.h"

namespace cd::fuzz {

namespace {

bool startsLikeFormula(const QString& cell)
{
    if (cell.isEmpty()) {
        return false;
    }
    const QChar first = cell.at(0);
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

} // namespace

int fuzzContactFields(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString phone = ContactNormalizer::phone(text);
    for (const QChar c : phone) {
        CD_FUZZ_CHECK("contact_fields", c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    }
    CD_FUZZ_CHECK("contact_fields", ContactNormalizer::phone(phone) == phone);
    const QString email = ContactNormalizer::email(text);
    CD_FUZZ_CHECK("contact_fields", ContactNormalizer::email(email) == email);
    (void)ContactNormalizer::looksLikeEmail(text);
    (void)ContactNormalizer::looksLikePhone(text);
    const QString cell = TableExport::neutraliseFormula(text);
    CD_FUZZ_CHECK("contact_fields", !startsLikeFormula(cell));
    (void)TableExport::csvLine({ text, cell });
    return 0;
}

} // namespace cd::fuzz

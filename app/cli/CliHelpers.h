#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QTranslator>

namespace cd {
class ReportDocument;
}

namespace cd::cli {

class CliContext;

// Helpers the area commands share.

// A date as YYYY-MM-DD, or JSON null when unset.
QJsonValue dateOrNull(const QDate& d);
// Reads --option as YYYY-MM-DD into *out when given; false when given but malformed.
bool parseDay(CliContext& ctx, const QString& option, QDate* out);
// Adds an option that takes a value.
void option(CliContext& ctx, const char* name, const QString& help, const char* value = "text");
// --lang: zh_CN or en.
bool checkLanguage(CliContext& ctx, QString* lang);
// Renders the document to the PDF file `out` and prints what was written.
int writePdf(CliContext& ctx, const ReportDocument& doc, const QString& out, const QString& what);

// While alive, user-visible text (reports, letters) is in `language` (zh_CN or en).
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString& language);
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

private:
    QTranslator m_app;
    QTranslator m_qt;
};

} // namespace cd::cli

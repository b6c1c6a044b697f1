#pragma once

#include "report/ReportDocument.h"
#include "requests/RequestService.h"
#include "vault/AutoBackup.h"

#include <QDate>
#include <QString>

namespace cd::requests {

// Letters, certificates and packages go to the person in the language they wrote in, whatever
// language the program is shown in, so their texts are fixed pairs (English, Chinese) rather
// than UI translations. `language` is "zh_CN" or "en".
QString bilingual(const QString& language, const char* english, const char* chinese);

// The response letter for the request's outcome, from the vault's template.
ReportDocument buildResponseLetter(
    RequestService& service, const RightsRequest& request, const QString& language, const QString& preparedBy);
// The same letter from a given template body (e.g. an edit not saved yet, for a preview).
ReportDocument buildResponseLetter(
    const QString& templateBody, const RightsRequest& request, const QString& language, const QString& preparedBy);
// The placeholders a template may use, with what each becomes (UI language).
QList<QPair<QString, QString>> letterPlaceholders();
// Fills a letter template's {placeholders}.
QString fillLetterTemplate(const QString& templ, const RightsRequest& request, const QString& language);

// Deletion certificate: number, ground, categories and counts, when, by whom, sign-off; never a
// deleted value.
// It also says what was found and kept (records confirmed as another person's), and, given the
// backup rotation, until when automatic backups made before the deletion still hold the data.
ReportDocument buildDeletionCertificate(const RightsRequest& request, const QString& language,
    const QString& preparedBy, const BackupExposure* backups = nullptr);

// Access/copy and portability: the person's records in both languages.
ReportDocument buildDataPackageReport(const DataPackage& package, const QString& preparedBy);

// The register for a date range: counts by type and outcome, on-time rate, and the list.
struct RegisterSummary {
    QList<RightsRequest> requests;
    QMap<RequestType, QMap<RequestState, int>> byTypeAndState;
    int closed = 0;
    int closedOnTime = 0;
    double onTimeRate() const { return closed > 0 ? double(closedOnTime) / closed : 1.0; }
};
Result<RegisterSummary> buildRegisterSummary(RequestService& service, const QDate& from, const QDate& to);
ReportDocument buildRegisterReport(const RegisterSummary& summary, const QDate& from, const QDate& to,
    const QString& language, const QString& preparedBy);
QStringList registerTableHeaders();
QList<QStringList> registerTableRows(const RegisterSummary& summary);
// Counts by type (rows) and state (columns) with a total column and a total row; plain
// integers, for CSV and XLSX.
QStringList registerCountHeaders();
QList<QStringList> registerCountRows(const RegisterSummary& summary);

} // namespace cd::requests

#pragma once

#include "iso/IsoTypes.h"
#include "report/ChartSpec.h"
#include "report/ReportDocument.h"
#include "util/Result.h"

namespace cd {
class Vault;
}

namespace cd::iso {

class IsoService;

// Charts of the checklist as data; ui/charts draws them on the page and in the PDF reports.
namespace IsoCharts {
ChartSpec statusByTheme(const IsoOverview& overview, const QString& language);
ChartSpec overallDonut(const IsoOverview& overview);
ChartSpec implementedOverTime(const QList<MonthCount>& months);
} // namespace IsoCharts

// The Statement of Applicability as a table: one row per control (retired ones left out).
struct SoaTable {
    QStringList headers;
    QList<QStringList> rows;
};

namespace IsoReports {
// Column texts follow the installed translation; control titles follow `language`.
Result<SoaTable> soaTable(IsoService& service, const QString& language);
// Landscape PDF content: header (scope, SoA version, approval, catalogue version), then every control.
// The caller records the print or export with IsoService::auditExport().
Result<ReportDocument> buildSoa(Vault& vault, const QString& language);
// Applicable controls not yet implemented and overdue reviews, with the three charts.
Result<ReportDocument> buildGapReport(Vault& vault, const QString& language);
// CSV (UTF-8 with BOM) or XLSX by the file's suffix; audited as an SoA export.
Result<int> exportSoa(Vault& vault, const QString& path, const QString& language);
} // namespace IsoReports

} // namespace cd::iso

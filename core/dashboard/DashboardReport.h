#pragma once

#include "dashboard/DashboardService.h"
#include "report/ChartSpec.h"
#include "report/ReportDocument.h"
#include "util/Result.h"

namespace cd {
class Vault;
}

namespace cd::dashboard {

// The Dashboard's charts as data: the page shows them through ui/charts, the overview report
// draws them as vectors. Texts follow the installed translation; ISO theme titles follow
// `language`.
namespace DashboardCharts {
ChartSpec submissions(const DashboardData& data);
ChartSpec requests(const DashboardData& data);
ChartSpec iso(const DashboardData& data, const QString& language);
} // namespace DashboardCharts

// "1 Mar 2026 – 31 Mar 2026" in the report language.
QString periodText(const Period& period, const QString& language);

// The compliance overview for a period: the tiles as a table, the attention list and the
// three charts. `language` is "zh_CN" or "en"; the caller installs the matching translation.
ReportDocument buildOverviewReport(const DashboardData& data, const QString& language, const QString& generatedBy);
Result<ReportDocument> buildOverviewReport(Vault& vault, const Period& period, const QString& language);

} // namespace cd::dashboard

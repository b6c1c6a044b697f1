#pragma once

#include <QString>

namespace cd::cli {

class CliContext;

// The `incidents` actions for reporting under the 国家网络安全事件报告管理办法: grade, grading,
// file-report, reports, operator, and `report ID --kind …` (the report document).
void addIncidentReportingOptions(CliContext& ctx);
bool handlesIncidentReporting(const CliContext& ctx, const QString& action);
int runIncidentReporting(CliContext& ctx, const QString& action);

} // namespace cd::cli

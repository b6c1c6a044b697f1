#pragma once

#include "audit/AuditLog.h"
#include "report/ReportDocument.h"

namespace cd {

class Database;

// The audit log (filtered) as a printable report, with the chain verification result.
ReportDocument buildAuditReport(
    Database& db, const QString& generatedBy, const AuditFilter& filter, const QString& language, int maxRows = 5000);

} // namespace cd

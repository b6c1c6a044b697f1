#pragma once

#include "report/ReportDocument.h"

namespace cd {

class Vault;

// A one-page report about the vault and the program's versions; proves the report path.
ReportDocument buildAboutReport(Vault& vault, const QString& language);

} // namespace cd

#pragma once

#include "util/Result.h"

#include <QDate>

namespace cd {
class Vault;
}

namespace cd::dashboard {

// The first steps after a vault is created, as they stand in the vault: shown as a checklist
// on the dashboard until every step is done.
struct SetupChecklist {
    bool hasSubmissions = false; // contact submissions imported (or entered)
    bool hasStaff = false; // an account besides the first administrator
    bool calendarNextYear = false; // the official holiday calendar of next year is loaded
    int nextYear = 0;

    bool vaultStepsDone() const { return hasSubmissions && hasStaff && calendarNextYear; }
};

// Reads the checklist for the signed-in actor (counts and flags only, no personal values).
Result<SetupChecklist> setupChecklist(Vault& vault, const QDate& today);

} // namespace cd::dashboard

#include "dashboard/SetupChecklist.h"

#include "requests/RequestService.h"
#include "requests/WorkingDayCalendar.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/Vault.h"

namespace cd::dashboard {

Result<SetupChecklist> setupChecklist(Vault& vault, const QDate& today)
{
    return vault.readResult(Permission::Read, [&](ReadTx& tx) {
        SetupChecklist c;
        c.nextYear = today.year() + 1;
        Database& db = tx.db();
        Statement submissions(db, "SELECT EXISTS (SELECT 1 FROM submissions)");
        c.hasSubmissions = submissions.next() && submissions.int64(0) != 0;
        Statement accounts(db, "SELECT count(*) FROM accounts");
        c.hasStaff = accounts.next() && accounts.int64(0) > 1;
        c.calendarNextYear = requests::RequestService(vault).calendar().covers(c.nextYear);
        return c;
    });
}

} // namespace cd::dashboard

#pragma once

#include "storage/Database.h"

#include <sqlite3.h>

namespace cd {

// Asks the statement running on `db` (on another thread) to stop at once: its next step throws
// DbException. Safe from any thread while `db` stays open; does nothing when nothing runs.
inline void interruptRunningStatement(Database& db)
{
    sqlite3_interrupt(db.handle());
}

} // namespace cd

#include "SubmissionCount.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace cd::submissions::SubmissionCount {

void add(Database& db, qint64 delta)
{
    if (delta == 0) {
        return;
    }
    Statement s(db, "UPDATE submission_stats SET total = total + ? WHERE id = 1");
    s.bind(1, delta).exec();
}

qint64 stored(Database& db)
{
    Statement s(db, "SELECT total FROM submission_stats WHERE id = 1");
    return s.next() ? s.int64(0) : -1;
}

qint64 counted(Database& db)
{
    return Statement::scalarInt(db, "SELECT count(*) FROM submissions");
}

void recompute(Database& db)
{
    db.exec("INSERT OR REPLACE INTO submission_stats (id, total) SELECT 1, count(*) FROM submissions");
}

} // namespace cd::submissions::SubmissionCount

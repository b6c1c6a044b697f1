#include "SubmissionErasure.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace cd::submissions {

int eraseSubmissions(Database& db, const QList<qint64>& ids)
{
    int deleted = 0;
    Statement del(db, "DELETE FROM submissions WHERE id = ?");
    for (qint64 id : ids) {
        del.bind(1, id).exec();
        deleted += db.changes();
    }
    return deleted;
}

void compactSearchIndex(Database& db)
{
    Q_UNUSED(db)
}

} // namespace cd::submissions

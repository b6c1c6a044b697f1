#include "SubmissionErasure.h"

#include "SearchIndex.h"
#include "SubmissionCount.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSet>

#include <algorithm>
#include <iterator>
#include <vector>

namespace cd::submissions {

int eraseSubmissions(Database& db, const QList<qint64>& ids, const std::function<void(qint64, qint64)>& step)
{
    QList<qint64> present;
    SubmissionCount::SlotChanges removed; // what the rows deleted below counted
    {
        QSet<qint64> seen;
        Statement exists(db, "SELECT received_at, status, closed_at FROM submissions WHERE id = ?");
        for (qint64 id : ids) {
            if (seen.contains(id)) {
                continue; // an id named twice is deleted once
            }
            seen.insert(id);
            exists.bind(1, id);
            if (exists.next()) {
                present.append(id);
                removed.count(exists, 1);
            }
            exists.reset();
        }
    }
    // Postings go by row id, not by the row's current text: a corrected row may still have
    // postings of text it no longer holds.
    SearchIndex::removeIds(db, present);
    const qint64 total = present.size();
    auto report = [&](qint64 done) {
        if (step) {
            step(done, total);
        }
    };
    report(0);
    int deleted = 0;
    qint64 visited = 0;
    Statement del(db, "DELETE FROM submissions WHERE id = ?");
    Statement done(db, "DELETE FROM submission_unindexed_deletes WHERE id = ?");
    for (qint64 id : present) {
        del.bind(1, id).exec();
        deleted += db.changes();
        done.bind(1, id).exec();
        if (++visited % 1000 == 0 && visited < total) {
            report(visited);
        }
    }
    SubmissionCount::remove(db, removed);
    removeLinksTo(db, QStringLiteral("submission"), present);
    report(total);
    return deleted;
}

int removeLinksTo(Database& db, const QString& targetType, const QList<qint64>& ids)
{
    // Every table that can name a record by type and id. Attachments owned by the record go too.
    static const char* const statements[] = {
        "DELETE FROM request_links WHERE target_type = ?1 AND target_id = ?2",
        "DELETE FROM register_links WHERE (target_type = ?1 AND target_id = ?2) OR (owner_type = ?1 AND owner_id = ?2)",
        "DELETE FROM request_dismissed_matches WHERE target_type = ?1 AND target_id = ?2",
        "DELETE FROM attachments WHERE owner_type = ?1 AND owner_id = ?2",
    };
    int removed = 0;
    for (const char* sql : statements) {
        Statement s(db, sql);
        for (qint64 id : ids) {
            s.bind(1, targetType).bind(2, id).exec();
            removed += db.changes();
        }
    }
    return removed;
}

void compactSearchIndex(Database& db)
{
    // eraseSubmissions() rewrites the posting lists it touches and secure_delete overwrites the
    // old pages, so normally nothing is left. Rows deleted by plain SQL are swept here: their
    // text is gone, so every posting list is checked for their ids.
    std::vector<quint32> stray;
    {
        Statement s(db, "SELECT id FROM submission_unindexed_deletes ORDER BY id");
        while (s.next()) {
            stray.push_back(quint32(s.int64(0)));
        }
    }
    if (stray.empty()) {
        return;
    }
    const bool ownTransaction = !db.inTransaction();
    if (ownTransaction) {
        db.exec("BEGIN IMMEDIATE");
    }
    try {
        Statement all(db, "SELECT gram, block, ids FROM submission_grams");
        Statement write(db, "UPDATE submission_grams SET docs = ?, ids = ? WHERE gram = ? AND block = ?");
        Statement drop(db, "DELETE FROM submission_grams WHERE gram = ? AND block = ?");
        struct Change {
            qint64 gram;
            qint64 block;
            std::vector<quint32> kept;
        };
        std::vector<Change> changes;
        std::vector<quint32> list;
        while (all.next()) {
            const qint64 block = all.int64(1);
            list.clear();
            SearchIndex::decodePosting(all.blob(2), block, list);
            Change c { all.int64(0), block, {} };
            c.kept.reserve(list.size());
            std::set_difference(list.begin(), list.end(), stray.begin(), stray.end(), std::back_inserter(c.kept));
            if (c.kept.size() != list.size()) {
                changes.push_back(std::move(c));
            }
        }
        for (const Change& c : changes) {
            if (c.kept.empty()) {
                drop.bind(1, c.gram).bind(2, c.block).exec();
            } else {
                write.bind(1, qint64(c.kept.size()))
                    .bind(2, SearchIndex::encodePosting(c.kept))
                    .bind(3, c.gram)
                    .bind(4, c.block)
                    .exec();
            }
        }
        db.exec("DELETE FROM submission_unindexed_deletes");
        if (ownTransaction) {
            db.exec("COMMIT");
        }
    } catch (...) {
        if (ownTransaction) {
            db.exec("ROLLBACK");
        }
        throw;
    }
}

} // namespace cd::submissions

#include "SubmissionErasure.h"

#include "SearchIndex.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>
#include <vector>

namespace cd::submissions {

int eraseSubmissions(Database& db, const QList<qint64>& ids)
{
    // Postings are found through the row's own text, so read it before the row goes.
    QList<QPair<qint64, SearchIndex::IndexedText>> rows;
    {
        Statement read(db, "SELECT name, phone_norm, email_norm, message, region FROM submissions WHERE id = ?");
        for (qint64 id : ids) {
            read.bind(1, id);
            if (read.next()) {
                rows.append({ id,
                    SearchIndex::IndexedText {
                        read.text(0), read.text(1), read.text(2), read.text(3), read.text(4) } });
            }
            read.reset();
        }
    }
    SearchIndex::remove(db, rows);
    int deleted = 0;
    Statement del(db, "DELETE FROM submissions WHERE id = ?");
    Statement done(db, "DELETE FROM submission_unindexed_deletes WHERE id = ?");
    for (const auto& row : rows) {
        del.bind(1, row.first).exec();
        deleted += db.changes();
        done.bind(1, row.first).exec();
    }
    return deleted;
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
            QByteArray ids;
        };
        std::vector<Change> changes;
        while (all.next()) {
            const QByteArray blob = all.blob(2);
            const auto* p = reinterpret_cast<const unsigned char*>(blob.constData());
            QByteArray kept;
            bool touched = false;
            for (int i = 0; i + 4 <= blob.size(); i += 4) {
                const quint32 id
                    = quint32(p[i]) | quint32(p[i + 1]) << 8 | quint32(p[i + 2]) << 16 | quint32(p[i + 3]) << 24;
                if (std::binary_search(stray.begin(), stray.end(), id)) {
                    touched = true;
                } else {
                    kept.append(blob.constData() + i, 4);
                }
            }
            if (touched) {
                changes.push_back({ all.int64(0), all.int64(1), kept });
            }
        }
        for (const Change& c : changes) {
            if (c.ids.isEmpty()) {
                drop.bind(1, c.gram).bind(2, c.block).exec();
            } else {
                write.bind(1, qint64(c.ids.size() / 4)).bind(2, c.ids).bind(3, c.gram).bind(4, c.block).exec();
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

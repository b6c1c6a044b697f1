#include "SubmissionCount.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDate>

namespace cd::submissions::SubmissionCount {

namespace {

int digits(QByteArrayView text, qsizetype at, int count, bool* ok)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = at + i < text.size() ? text.at(at + i) : 'x';
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

// Adds each slot's change in the caller's transaction; a slot left with none loses its row.
void applySlots(Database& db, const std::map<std::pair<int, qint64>, qint64>& changes)
{
    Statement update(db, "UPDATE submission_slots SET count = count + ?3 WHERE kind = ?1 AND slot = ?2");
    Statement insert(db, "INSERT INTO submission_slots (kind, slot, count) VALUES (?1, ?2, ?3)");
    Statement emptied(db, "DELETE FROM submission_slots WHERE kind = ? AND slot = ? AND count = 0");
    for (const auto& [key, delta] : changes) {
        if (delta == 0) {
            continue;
        }
        update.bind(1, qint64(key.first)).bind(2, key.second).bind(3, delta).exec();
        if (db.changes() == 0) {
            insert.bind(1, qint64(key.first)).bind(2, key.second).bind(3, delta).exec();
        } else if (delta < 0) {
            emptied.bind(1, qint64(key.first)).bind(2, key.second).exec();
        }
    }
}

void addTotal(Database& db, qint64 delta)
{
    if (delta == 0) {
        return;
    }
    Statement s(db, "UPDATE submission_stats SET total = total + ? WHERE id = 1");
    s.bind(1, delta).exec();
}

// What every row of the table counts in its slots: the numbers the stored ones must equal.
SlotChanges countEveryRow(Database& db)
{
    SlotChanges rows;
    Statement s(db, "SELECT received_at, status, closed_at FROM submissions");
    while (s.next()) {
        rows.count(s, 1);
    }
    return rows;
}

} // namespace

qint64 slotAt(qint64 secsSinceEpoch)
{
    return floorDiv(secsSinceEpoch, slotSeconds);
}

qint64 slotOf(QByteArrayView storedUtc)
{
    // Read by hand: the importer hands over a million of these.
    bool ok = storedUtc.size() >= 16 && storedUtc.at(4) == '-' && storedUtc.at(7) == '-' && storedUtc.at(10) == 'T'
        && storedUtc.at(13) == ':';
    const int year = digits(storedUtc, 0, 4, &ok);
    const int month = digits(storedUtc, 5, 2, &ok);
    const int day = digits(storedUtc, 8, 2, &ok);
    const int hour = digits(storedUtc, 11, 2, &ok);
    const int minute = digits(storedUtc, 14, 2, &ok);
    const QDate date(year, month, day);
    if (ok && date.isValid() && (storedUtc.size() == 16 || storedUtc.back() == 'Z')) {
        return slotAt((date.toJulianDay() - 2440588) * 86400 + hour * 3600 + minute * 60);
    }
    const QDateTime parsed = fromStorageText(storedUtc);
    return parsed.isValid() ? slotAt(parsed.toSecsSinceEpoch()) : 0;
}

void SlotChanges::count(const Statement& row, qint64 sign)
{
    const qint64 received = slotOf(row.utf8(0));
    m_slots[{ int(SlotKind::Received), received }] += sign;
    const QByteArrayView status = row.utf8(1);
    if (status == QByteArrayView("new")) {
        m_slots[{ int(SlotKind::New), received }] += sign;
    } else if (status == QByteArrayView("closed") && !row.isNull(2)) {
        m_slots[{ int(SlotKind::Closed), slotOf(row.utf8(2)) }] += sign;
    }
}

void SlotChanges::countNew(qint64 slot, qint64 rows)
{
    m_slots[{ int(SlotKind::Received), slot }] += rows;
    m_slots[{ int(SlotKind::New), slot }] += rows;
}

qint64 SlotChanges::received() const
{
    qint64 sum = 0;
    for (const auto& [key, delta] : m_slots) {
        sum += key.first == int(SlotKind::Received) ? delta : 0;
    }
    return sum;
}

void add(Database& db, qint64 inserted)
{
    if (inserted <= 0) {
        return;
    }
    SlotChanges changes;
    Statement s(db, "SELECT received_at, status, closed_at FROM submissions ORDER BY id DESC LIMIT ?");
    s.bind(1, inserted);
    while (s.next()) {
        changes.count(s, 1);
    }
    add(db, changes);
}

void add(Database& db, const SlotChanges& inserted)
{
    applySlots(db, inserted.bySlot());
    addTotal(db, inserted.received());
}

void remove(Database& db, const SlotChanges& deleted)
{
    std::map<std::pair<int, qint64>, qint64> negated;
    for (const auto& [key, count] : deleted.bySlot()) {
        negated[key] = -count;
    }
    applySlots(db, negated);
    addTotal(db, -deleted.received());
}

StatusChange::StatusChange(Database& db, const QList<qint64>& ids)
    : m_db(db)
    , m_ids(ids)
{
    read(-1);
}

void StatusChange::read(qint64 sign)
{
    Statement s(m_db, "SELECT received_at, status, closed_at FROM submissions WHERE id = ?");
    for (qint64 id : m_ids) {
        s.bind(1, id);
        if (s.next()) {
            m_changes.count(s, sign);
        }
        s.reset();
    }
}

void StatusChange::apply()
{
    read(1);
    applySlots(m_db, m_changes.bySlot()); // the received slots cancel out
    m_changes = {};
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

qint64 countInSlots(Database& db, SlotKind kind, qint64 fromSlot, qint64 toSlot)
{
    Statement s(db, "SELECT coalesce(sum(count), 0) FROM submission_slots WHERE kind = ? AND slot >= ? AND slot < ?");
    s.bind(1, qint64(kind)).bind(2, fromSlot).bind(3, toSlot);
    return s.next() ? s.int64(0) : 0;
}

qint64 slotsOff(Database& db)
{
    const SlotChanges rows = countEveryRow(db);
    std::map<std::pair<int, qint64>, qint64> expected;
    for (const auto& [key, n] : rows.bySlot()) {
        if (n != 0) {
            expected.emplace(key, n);
        }
    }
    qint64 off = 0;
    Statement stored(db, "SELECT kind, slot, count FROM submission_slots");
    while (stored.next()) {
        const auto it = expected.find({ int(stored.int64(0)), stored.int64(1) });
        if (it == expected.end()) {
            off += stored.int64(2) != 0 ? 1 : 0;
            continue;
        }
        off += it->second != stored.int64(2) ? 1 : 0;
        expected.erase(it);
    }
    return off + qint64(expected.size()); // slots with rows and nothing stored
}

void recompute(Database& db)
{
    db.exec("INSERT OR REPLACE INTO submission_stats (id, total) SELECT 1, count(*) FROM submissions");
    db.exec("DELETE FROM submission_slots");
    applySlots(db, countEveryRow(db).bySlot());
}

} // namespace cd::submissions::SubmissionCount

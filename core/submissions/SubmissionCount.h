#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <QList>

#include <map>
#include <utility>

namespace cd {

class Database;
class Statement;

namespace submissions {

// The stored number of contact submissions (table submission_stats, migrations 0012 and 0015),
// which lets the unfiltered list show its total without counting a million index entries, and
// the number received per 15-minute UTC slot (table submission_slots, migration 0017), which lets
// the dashboard count a year of submissions per local day without walking a million rows.
//
// Every write that inserts or deletes submissions records its change once, inside its own
// transaction, after its rows are written: a rollback or a crash then undoes both together and
// the stored numbers are exact after every committed transaction. There is no per-row trigger
// (it made every plain insert several times slower). The writers: SubmissionService::create,
// SubmissionImporter::run and the demo data (add), eraseSubmissions (retention purge,
// rights-request erasure, erasures re-applied on restore; remove), SubmissionService::updateMany
// (status and closing; StatusChange). A restore brings the backup's
// own numbers. DeepVerify compares the stored total and the slot counts with the rows;
// recompute() repairs both.
//
// Rows inserted or deleted by plain SQL outside these writers are not counted: the numbers stay
// off until recompute() (DeepVerify reports a wrong total and the slots that are off).
namespace SubmissionCount {

// Every time zone's offset from UTC, and every daylight-saving change, falls on a whole quarter
// of an hour, so each 15-minute UTC slot lies within one local day in any zone.
constexpr qint64 slotSeconds = 900;

// The slot of a stored UTC instant ("YYYY-MM-DDTHH:MM:SS.mmmZ"): seconds since 1970 / 900,
// rounded down.
qint64 slotOf(QByteArrayView storedUtc);
// The slot that holds the instant `secsSinceEpoch`.
qint64 slotAt(qint64 secsSinceEpoch);

// What a slot counts (the column `kind` of submission_slots).
enum class SlotKind {
    Received = 0, // submissions received in the slot
    New = 1, // of those, the ones still 'new'
    Closed = 2, // submissions 'closed', by the slot of closed_at
};

// Changes per slot, gathered by a writer and applied once.
class SlotChanges
{
public:
    // A row that came (+1) or went (-1), or the state a row left (-1) and took (+1). `row`'s
    // first three columns are received_at, status and closed_at.
    void count(const Statement& row, qint64 sign);
    // `rows` rows that came received in `slot`, still 'new' and not closed (imported rows).
    void countNew(qint64 slot, qint64 rows);
    const std::map<std::pair<int, qint64>, qint64>& bySlot() const { return m_slots; }
    qint64 received() const;

private:
    std::map<std::pair<int, qint64>, qint64> m_slots; // (kind, slot) → change
};

// The `inserted` newest submissions (highest ids: ids only grow) were just inserted in the
// caller's transaction; adds them to the total and their slots. A no-op for 0.
void add(Database& db, qint64 inserted);
// The same for a writer that has its rows at hand (the importer): `inserted` holds what they
// count, so they are not read back.
void add(Database& db, const SlotChanges& inserted);
// Submissions were deleted in the caller's transaction; `deleted` holds what they counted.
void remove(Database& db, const SlotChanges& deleted);

// A change of status (and with it closed_at) of some submissions: made before the rows change,
// applied after, in the same transaction.
class StatusChange
{
public:
    StatusChange(Database& db, const QList<qint64>& ids);
    void apply();

private:
    void read(qint64 sign);
    Database& m_db;
    const QList<qint64> m_ids;
    SlotChanges m_changes;
};

// The stored number, or -1 when the vault has none (a format before 0012).
qint64 stored(Database& db);
// count(*) of the table: what the stored number must equal.
qint64 counted(Database& db);
// The stored count of `kind` over the slots in [fromSlot, toSlot).
qint64 countInSlots(Database& db, SlotKind kind, qint64 fromSlot, qint64 toSlot);
// The number of (kind, slot) counts stored that differ from what the rows say (0 when they all
// agree); reads every row once.
qint64 slotsOff(Database& db);
// Sets the stored numbers to what the rows say in the caller's transaction (repair; migrations
// 0015 and 0017 do the same in SQL).
void recompute(Database& db);

} // namespace SubmissionCount
} // namespace submissions
} // namespace cd

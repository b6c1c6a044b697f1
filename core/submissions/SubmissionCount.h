#pragma once

#include <QtGlobal>

namespace cd {

class Database;

namespace submissions {

// The stored number of contact submissions (table submission_stats, migrations 0012 and 0015),
// which lets the unfiltered list show its total without counting a million index entries.
//
// Every write that inserts or deletes submissions adds its net change once, inside its own
// transaction, after its rows are written: a rollback or a crash then undoes both together and
// the stored number is exact after every committed transaction. There is no per-row trigger
// (it made every plain insert several times slower). The writers: SubmissionService::create,
// SubmissionImporter::run, eraseSubmissions (retention purge, rights-request erasure, erasures
// re-applied on restore) and the demo data. DeepVerify compares the stored number with the rows.
namespace SubmissionCount {

// Adds `delta` (negative for deletions) in the caller's transaction; a no-op for 0.
void add(Database& db, qint64 delta);
// The stored number, or -1 when the vault has none (a format before 0012).
qint64 stored(Database& db);
// count(*) of the table: what the stored number must equal.
qint64 counted(Database& db);
// Sets the stored number to count(*) in the caller's transaction (repair; migration 0015 does the
// same in SQL).
void recompute(Database& db);

} // namespace SubmissionCount
} // namespace submissions
} // namespace cd

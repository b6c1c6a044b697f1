#pragma once

#include <QDateTime>

namespace cd {
class Statement;
}

namespace cd::submissions {
struct Submission;

// What the submission service and the list's query share about reading a row (internal to the
// submissions area).
namespace detail {

// The columns readRow() reads, in its order: "submissions s LEFT JOIN accounts a".
const char* selectColumns();
Submission readRow(const Statement& s);
// The instant before which closed submissions are due for deletion.
QDateTime retentionCutoff(int months);

} // namespace detail
} // namespace cd::submissions

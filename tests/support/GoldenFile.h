#pragma once

#include <QString>
#include <QStringList>

namespace cd::test {

// Golden files: text a test produces, compared with a committed file under tests/data/golden/.
// With CD_UPDATE_GOLDEN=1 in the environment the files are rewritten instead of compared:
//   cd build && CD_UPDATE_GOLDEN=1 ctest -R golden
// An intended change to what users see updates its golden files in the same commit.
namespace golden {

bool updateRequested();
// The folder of the golden files (tests/data/golden in the source tree).
QString directory();
// Compares `actual` with the golden file `name` (e.g. "reports/about.en.txt"), or rewrites the
// file when updateRequested(). Empty when they agree (or the file was rewritten); otherwise a
// message that names the file, the first differing line with both versions of it, and the
// command that refreshes the golden files.
QString check(const QString& name, const QString& actual);
// The first line where two texts differ, 1-based; 0 when they are equal.
int firstDifferingLine(const QString& expected, const QString& actual);
// Golden files under `subfolder` that no name in `used` refers to (left over from a renamed or
// removed case). With updateRequested() they are deleted and the list is empty.
QStringList unused(const QString& subfolder, const QStringList& used);

} // namespace golden

} // namespace cd::test

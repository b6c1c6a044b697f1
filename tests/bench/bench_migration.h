#pragma once

#include <QJsonObject>
#include <QString>

namespace cd::bench {

// The cost of opening a vault of format 7 (the last release before ids were made never-reused)
// with `rows` contact submissions: migration 0008 (tables rebuilt with AUTOINCREMENT), the later
// migrations, and the one-time re-index, each against a plain insert of the same rows into the
// same file in the same run.
QJsonObject runMigrationBench(const QString& dir, qint64 rows);

} // namespace cd::bench

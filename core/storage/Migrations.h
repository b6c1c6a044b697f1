#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace cd {

class Database;

// Numbered schema migrations, shipped as resources/sql/NNNN_name.sql and embedded in core.
// The vault's PRAGMA user_version says which have run.
struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

namespace Migrations {
QList<Migration> all();
// The highest version this program knows: the vault format version.
int latestVersion();
// Applies every pending migration in one transaction. Refuses (untouched) a vault whose
// user_version is above latestVersion(). upTo > 0 stops at that version (benchmarks and tests
// that build a vault of an earlier format).
Status apply(Database& db, int upTo = 0);
} // namespace Migrations

} // namespace cd

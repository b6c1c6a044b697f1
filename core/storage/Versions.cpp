#include "Versions.h"

#include "AppInfo.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QtGlobal>

namespace cd {

VersionInfo VersionInfo::current()
{
    VersionInfo v;
    v.app = QStringLiteral(CD_VERSION);
    v.qt = QString::fromLatin1(qVersion());
    v.sqlcipher = Database::sqlcipherVersion();
    v.sqlite = Database::sqliteVersion();
    v.vaultFormat = Migrations::latestVersion();
    return v;
}

QString VersionInfo::toText() const
{
    return QStringLiteral("Compliance Desk %1\nQt %2\nSQLCipher %3 (SQLite %4)\nVault format %5")
        .arg(app, qt, sqlcipher, sqlite)
        .arg(vaultFormat);
}

} // namespace cd

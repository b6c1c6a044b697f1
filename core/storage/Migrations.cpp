#include "Migrations.h"

#include "Database.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace cd::Migrations {

QList<Migration> all()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        const QDir dir(QStringLiteral(":/sql"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const auto match = pattern.match(file);
            if (!match.hasMatch()) {
                continue;
            }
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly)) {
                continue;
            }
            list.append({ match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll()) });
        }
        std::sort(
            list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

int latestVersion()
{
    const auto list = all();
    return list.isEmpty() ? 0 : list.last().version;
}

Status apply(Database& db)
{
    try {
        const int current = db.userVersion();
        const int latest = latestVersion();
        if (current > latest) {
            return Error { ErrorCode::TooNew, StorageMessages::tooNew(current, latest) };
        }
        if (current == latest) {
            return {};
        }
        Transaction tx(db);
        for (const Migration& m : all()) {
            if (m.version > current) {
                db.exec(m.sql);
            }
        }
        db.setUserVersion(latest);
        tx.commit();
        return {};
    } catch (const DbException& e) {
        return e.error();
    }
}

} // namespace cd::Migrations

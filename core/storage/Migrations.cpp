#include "Migrations.h"

#include "Database.h"
#include "DbGuard.h"
#include "Statement.h"
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

namespace {

QString quoted(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Rebuilds `table` so its INTEGER PRIMARY KEY becomes AUTOINCREMENT: SQLite never hands out an
// id again once it was used, even after the row with the largest id is deleted. SQLite cannot add
// AUTOINCREMENT in place, so this is its documented table rebuild (new table, copy, drop, rename)
// inside the caller's transaction, with every index and trigger of the table recreated from
// sqlite_master. Foreign keys must be off (apply() does that) so dropping the old table does not
// cascade into the tables that reference it; their references resolve to the new table by name.
// `entityType` names the table's rows in the audit log and in links, so ids that were used and
// deleted before the rebuild are never handed out again either.
void rebuildWithAutoincrement(Database& db, const QString& table, const QString& entityType)
{
    QString createSql;
    {
        Statement s(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?");
        s.bind(1, table);
        if (!s.next()) {
            return;
        }
        createSql = s.text(0);
    }
    if (createSql.contains(QLatin1String("AUTOINCREMENT"), Qt::CaseInsensitive)) {
        return;
    }
    const QRegularExpression head(
        QStringLiteral("^\\s*CREATE\\s+TABLE\\s+(\"?)%1\\1\\s*\\(").arg(QRegularExpression::escape(table)),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression key(
        QStringLiteral("\\bINTEGER\\s+PRIMARY\\s+KEY\\b"), QRegularExpression::CaseInsensitiveOption);
    const auto headMatch = head.match(createSql);
    const auto keyMatch = key.match(createSql);
    if (!headMatch.hasMatch() || !keyMatch.hasMatch()) {
        throw DbException(ErrorCode::Internal, QStringLiteral("cannot rebuild table %1").arg(table));
    }
    const QString rebuilt = table + QStringLiteral("__rebuild");
    QString newSql = createSql;
    newSql.insert(keyMatch.capturedEnd(), QStringLiteral(" AUTOINCREMENT"));
    newSql.replace(0, headMatch.capturedLength(), QStringLiteral("CREATE TABLE %1 (").arg(quoted(rebuilt)));

    QStringList dependents; // indexes and triggers, in creation order
    {
        Statement s(db,
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL "
            "ORDER BY rowid");
        s.bind(1, table);
        while (s.next()) {
            dependents << s.text(0);
        }
    }
    qint64 highest = 0;
    {
        Statement s(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(quoted(table)));
        s.next();
        highest = s.int64(0);
    }
    if (!entityType.isEmpty()) {
        // Ids named by the audit log or by links were handed out once, even if the row is gone.
        Statement s(db,
            "SELECT coalesce(max(CAST(entity_id AS INTEGER)), 0) FROM audit_log WHERE entity_type = ? "
            "AND entity_id GLOB '[0-9]*'");
        s.bind(1, entityType);
        s.next();
        highest = std::max(highest, s.int64(0));
        for (const char* links : { "request_links", "register_links" }) {
            Statement exists(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
            exists.bind(1, QString::fromLatin1(links));
            if (!exists.next()) {
                continue;
            }
            Statement m(db,
                QStringLiteral("SELECT coalesce(max(target_id), 0) FROM %1 WHERE target_type = ?")
                    .arg(QString::fromLatin1(links)));
            m.bind(1, entityType);
            m.next();
            highest = std::max(highest, m.int64(0));
        }
    }
    db.exec(newSql);
    db.exec(QStringLiteral("INSERT INTO %1 SELECT * FROM %2").arg(quoted(rebuilt), quoted(table)));
    db.exec(QStringLiteral("DROP TABLE %1").arg(quoted(table)));
    db.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(quoted(rebuilt), quoted(table)));
    for (const QString& sql : std::as_const(dependents)) {
        db.exec(sql);
    }
    {
        Statement s(db, "DELETE FROM sqlite_sequence WHERE name = ?");
        s.bind(1, table).exec();
        Statement ins(db, "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)");
        ins.bind(1, table).bind(2, highest).exec();
    }
}

// Lines "-- @autoincrement TABLE ENTITY_TYPE" in a migration ask for rebuildWithAutoincrement().
void runDirectives(Database& db, const QString& sql)
{
    static const QRegularExpression directive(
        QStringLiteral("^--\\s*@autoincrement\\s+([a-z_]+)(?:\\s+([a-z_]+))?\\s*$"),
        QRegularExpression::MultilineOption);
    auto it = directive.globalMatch(sql);
    while (it.hasNext()) {
        const auto m = it.next();
        rebuildWithAutoincrement(db, m.captured(1), m.captured(2));
    }
}

// Foreign keys off while the schema changes (a table rebuild would otherwise cascade deletes);
// on again afterwards whatever happened. The pragma is a no-op inside a transaction, so this
// wraps the migration transaction.
struct ForeignKeysOff {
    Database& db;
    explicit ForeignKeysOff(Database& d)
        : db(d)
    {
        db.exec("PRAGMA foreign_keys = OFF");
        // Newer SQLite rewrites references on RENAME unless told otherwise; 3.15 ignores this.
        db.exec("PRAGMA legacy_alter_table = ON");
    }
    ~ForeignKeysOff()
    {
        // A destructor must not throw: a failure here leaves only the connection's pragmas off.
        try {
            db.exec("PRAGMA legacy_alter_table = OFF");
            db.exec("PRAGMA foreign_keys = ON");
        } catch (const DbException&) {
        }
    }
};

} // namespace

Status apply(Database& db, int upTo)
{
    return catchDb([&]() -> Status {
        const int current = db.userVersion();
        const int known = latestVersion();
        if (current > known) {
            return Error { ErrorCode::TooNew, StorageMessages::tooNew(current, known) };
        }
        const int latest = upTo > 0 ? std::min(upTo, known) : known;
        if (current >= latest) {
            return {};
        }
        ForeignKeysOff fkOff(db);
        Transaction tx(db);
        for (const Migration& m : all()) {
            if (m.version > current && m.version <= latest) {
                db.exec(m.sql);
                runDirectives(db, m.sql);
            }
        }
        {
            // The rebuilt tables must leave every reference intact before the commit.
            Statement check(db, "PRAGMA foreign_key_check");
            if (check.next()) {
                throw DbException(
                    ErrorCode::Damaged, QStringLiteral("migration left a broken reference in %1").arg(check.text(0)));
            }
        }
        db.setUserVersion(latest);
        tx.commit();
        return {};
    });
}

} // namespace cd::Migrations

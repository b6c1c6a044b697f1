#include "DashboardBench.h"

#include "dashboard/DashboardService.h"
#include "iso/IsoService.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "submissions/SubmissionCount.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace cd::bench {

namespace {

VaultKey benchKey()
{
    return VaultKey::rawFromSeed("compliance-desk-bench-dashboard");
}

QJsonObject failure(const QString& message)
{
    return { { QStringLiteral("case"), QStringLiteral("dashboard") }, { QStringLiteral("error"), message } };
}

QString quoted(const QString& text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// Rows in one transaction, many rows per INSERT (literal values: SQLite 3.15 allows only 999
// bound parameters per statement, and the values are synthetic, never user text).
void insertSubmissions(Database& db, int count, const QDateTime& now, QRandomGenerator& rng)
{
    const int perStatement = 500;
    const qint64 span = 3LL * 365 * 86400; // three years back
    for (int done = 0; done < count;) {
        QString sql = QStringLiteral("INSERT INTO submissions (received_at, name, email, region, message, source, "
                                     "status, closed_at, created_at, updated_at) VALUES ");
        const int n = std::min(perStatement, count - done);
        for (int i = 0; i < n; ++i) {
            const QDateTime received = now.addSecs(-qint64(rng.bounded(quint64(span))));
            const QString at = toStorageText(received);
            const quint32 roll = rng.bounded(100u);
            // Recent ones are still new; older ones contacted or closed a few days later.
            QString status = QStringLiteral("closed");
            QString closed = toStorageText(received.addDays(1 + rng.bounded(20)));
            if (received.daysTo(now) < 20 && roll < 60) {
                status = QStringLiteral("new");
                closed = QString();
            } else if (roll < 10) {
                status = QStringLiteral("contacted");
                closed = QString();
            }
            if (i > 0) {
                sql += QLatin1Char(',');
            }
            sql += QStringLiteral("(%1,'Synthetic %2','person%2@example.invalid','Shanghai','Product question','bench',"
                                  "%3,%4,%1,%1)")
                       .arg(quoted(at))
                       .arg(done + i)
                       .arg(quoted(status), closed.isEmpty() ? QStringLiteral("NULL") : quoted(closed));
        }
        db.exec(sql);
        done += n;
    }
    submissions::SubmissionCount::add(db, count); // as every writer of submissions does
}

void insertRequests(Database& db, int count, const QDate& today, QRandomGenerator& rng)
{
    static const char* const types[]
        = { "access", "correction", "deletion", "cancellation", "withdrawal", "portability", "other" };
    const int perStatement = 200;
    for (int done = 0; done < count;) {
        QString sql
            = QStringLiteral("INSERT INTO requests (number, type, state, received_on, deadline_rule, base_due_on, "
                             "due_on, closed_at, created_at, updated_at) VALUES ");
        const int n = std::min(perStatement, count - done);
        for (int i = 0; i < n; ++i) {
            const int index = done + i;
            const QDate received = today.addDays(-qint64(rng.bounded(3u * 365u)));
            const QDate due = received.addDays(21); // about 15 working days
            QString state = QStringLiteral("completed");
            QString closed = toStorageText(received.addDays(3 + rng.bounded(25)).startOfDay().toUTC());
            const quint32 roll = rng.bounded(100u);
            if (received.daysTo(today) < 30 && roll < 70) {
                state = roll < 20 ? QStringLiteral("received") : QStringLiteral("in_progress");
                closed = QString();
            } else if (roll < 8) {
                state = QStringLiteral("rejected");
            } else if (roll < 12) {
                state = QStringLiteral("withdrawn");
            }
            if (i > 0) {
                sql += QLatin1Char(',');
            }
            const QString created = quoted(toStorageText(received.startOfDay().toUTC()));
            sql += QStringLiteral("('RR-B-%1','%2',%3,%4,'working:15',%5,%5,%6,%7,%7)")
                       .arg(index)
                       .arg(QLatin1String(types[index % 7]))
                       .arg(quoted(state), quoted(received.toString(Qt::ISODate)), quoted(due.toString(Qt::ISODate)),
                           closed.isEmpty() ? QStringLiteral("NULL") : quoted(closed), created);
        }
        db.exec(sql);
        done += n;
    }
}

qint64 countRows(Database& db, const char* table)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    return Statement::scalarInt(db, sql.constData());
}

// Opens the bench vault, building it first when it is missing or holds other counts.
Result<std::unique_ptr<Database>> prepare(const QString& path, int submissions, int requests, qint64* buildMs)
{
    *buildMs = 0;
    if (QFile::exists(path)) {
        {
            auto db = Database::open(path, benchKey(), Database::OpenMode::Existing);
            try {
                if (db && countRows(*db.value(), "submissions") == submissions
                    && countRows(*db.value(), "requests") == requests) {
                    return std::move(db.value());
                }
            } catch (const DbException&) {
                // Not a bench vault of this version; rebuilt below.
            }
        } // closed before the file goes
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(path + suffix);
        }
    }
    QElapsedTimer timer;
    timer.start();
    {
        auto vault = Vault::create(path, benchKey(),
            { QStringLiteral("bench"), QStringLiteral("Bench Admin"), QStringLiteral("bench-password-1"),
                Role::Administrator });
        if (!vault) {
            return vault.error();
        }
        if (Status s = iso::IsoService(*vault.value()).ensureCatalogue(); !s) {
            return s.error();
        }
        try {
            Database& db = vault.value()->db();
            QRandomGenerator rng(20260318);
            db.exec("BEGIN");
            insertSubmissions(db, submissions, Clock::nowUtc(), rng);
            insertRequests(db, requests, Clock::today(), rng);
            db.exec("COMMIT");
            db.exec("ANALYZE");
        } catch (const DbException& e) {
            return e.error();
        }
        vault.value()->close();
    }
    *buildMs = timer.elapsed();
    return Database::open(path, benchKey(), Database::OpenMode::Existing);
}

} // namespace

QJsonObject runDashboardBench(const QString& vaultPath, int submissions, int requests)
{
    if (submissions < 0 || requests < 0) {
        return failure(QStringLiteral("counts must not be negative"));
    }
    qint64 buildMs = 0;
    auto db = prepare(vaultPath, submissions, requests, &buildMs);
    if (!db) {
        return failure(db.error().message);
    }
    // The connection as the dashboard page's worker keeps it.
    if (Status s = dashboard::DashboardService::prepareConnection(*db.value()); !s) {
        return failure(s.error().message);
    }
    const QDate today = Clock::today();
    const QList<QPair<QString, dashboard::Period::Preset>> presets = {
        { QStringLiteral("30_days"), dashboard::Period::Preset::Last30Days },
        { QStringLiteral("quarter"), dashboard::Period::Preset::Quarter },
        { QStringLiteral("year"), dashboard::Period::Preset::Year },
    };
    const int runs = 9;
    QJsonObject periods;
    QJsonObject lastFigures;
    for (const auto& [name, preset] : presets) {
        const dashboard::DashboardQuery query { dashboard::Period::preset(preset, today), today, Clock::nowUtc() };
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto data = dashboard::DashboardService::compute(*db.value(), query);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!data) {
                return failure(data.error().message);
            }
            times << ms;
            if (i == 0) {
                const dashboard::Tile* t = data->tile(dashboard::TileKind::NewSubmissions);
                lastFigures.insert(name,
                    QJsonObject { { QStringLiteral("new_submissions"), t ? t->value : 0.0 },
                        { QStringLiteral("attention_items"), int(data->attention.size()) } });
            }
        }
        const double first = times.first(); // the first period's first run starts with a cold cache
        std::sort(times.begin(), times.end());
        const int p95 = std::min(int(times.size()) - 1, int(std::ceil(0.95 * times.size())) - 1);
        periods.insert(name,
            QJsonObject { { QStringLiteral("runs"), runs },
                { QStringLiteral("median_ms"), std::round(times.at(times.size() / 2) * 10) / 10 },
                { QStringLiteral("p95_ms"), std::round(times.at(p95) * 10) / 10 },
                { QStringLiteral("min_ms"), std::round(times.first() * 10) / 10 },
                { QStringLiteral("first_ms"), std::round(first * 10) / 10 } });
    }
    return { { QStringLiteral("case"), QStringLiteral("dashboard") }, { QStringLiteral("submissions"), submissions },
        { QStringLiteral("requests"), requests }, { QStringLiteral("build_ms"), buildMs },
        { QStringLiteral("periods"), periods }, { QStringLiteral("figures"), lastFigures },
        { QStringLiteral("target_ms"), 300 } };
}

} // namespace cd::bench

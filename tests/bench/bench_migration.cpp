#include "bench_migration.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "submissions/SearchIndex.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

namespace cd::bench {

namespace {

constexpr int kFormatBeforeAutoincrement = 7;

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

QJsonObject runMigrationBench(const QString& dir, qint64 rows)
{
    const QString path = dir + QStringLiteral("/migrate-bench.cdvault");
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(path + suffix);
    }
    QJsonObject result { { QStringLiteral("case"), QStringLiteral("migrate") }, { QStringLiteral("rows"), rows },
        { QStringLiteral("from_format"), kFormatBeforeAutoincrement },
        { QStringLiteral("to_format"), Migrations::latestVersion() } };
    auto opened = Database::open(path, VaultKey::rawFromSeed("migrate-bench"), Database::OpenMode::Create);
    if (!opened) {
        result.insert(QStringLiteral("error"), opened.message());
        return result;
    }
    Database& db = *opened.value();
    try {
        if (Status s = Migrations::apply(db, kFormatBeforeAutoincrement); !s) {
            result.insert(QStringLiteral("error"), s.message());
            return result;
        }
        // Rows as a format-7 vault holds them (synthetic; the text sizes of a typical contact form).
        QRandomGenerator rng(7);
        QElapsedTimer t;
        t.start();
        {
            Transaction tx(db);
            Statement ins(db,
                "INSERT INTO submissions (received_at, name, phone, phone_norm, email, email_norm, region, message, "
                "source, status, created_at, updated_at, dedup_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?, "
                "?, ?)");
            for (qint64 i = 0; i < rows; ++i) {
                const QString at = QStringLiteral("2025-%1-%2T%3:00:00Z")
                                       .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                       .arg(i % 24, 2, 10, QLatin1Char('0'));
                const QString phone = QStringLiteral("139%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
                const QString email = QStringLiteral("person%1@example.cn").arg(i);
                ins.bind(1, at)
                    .bind(2, QStringLiteral("王芳%1").arg(i % 9973))
                    .bind(3, phone)
                    .bind(4, phone)
                    .bind(5, email)
                    .bind(6, email)
                    .bind(7, QStringLiteral("上海市"))
                    .bind(8, QStringLiteral("关于订单 %1 的个人信息删除请求，请尽快处理。").arg(i))
                    .bind(9, i % 3 == 0 ? QStringLiteral("closed") : QStringLiteral("new"))
                    .bind(10, at)
                    .bind(11, at)
                    .bind(12, qint64(rng.generate64() >> 1))
                    .exec();
            }
            tx.commit();
        }
        const double insertSeconds = seconds(t);
        t.restart();
        if (Status s = Migrations::apply(db, kFormatBeforeAutoincrement + 1); !s) {
            result.insert(QStringLiteral("error"), s.message());
            return result;
        }
        const double autoincrementSeconds = seconds(t);
        t.restart();
        if (Status s = Migrations::apply(db); !s) {
            result.insert(QStringLiteral("error"), s.message());
            return result;
        }
        const double restSeconds = seconds(t);
        t.restart();
        submissions::SearchIndex::ensureCurrent(db);
        const double reindexSeconds = seconds(t);
        result.insert(QStringLiteral("insert_seconds"), insertSeconds);
        result.insert(QStringLiteral("migration_0008_seconds"), autoincrementSeconds);
        result.insert(QStringLiteral("later_migrations_seconds"), restSeconds);
        result.insert(QStringLiteral("reindex_seconds"), reindexSeconds);
        result.insert(
            QStringLiteral("migration_0008_to_insert_ratio"), autoincrementSeconds / qMax(1e-9, insertSeconds));
        result.insert(QStringLiteral("upgrade_total_seconds"), autoincrementSeconds + restSeconds + reindexSeconds);
        result.insert(QStringLiteral("format_after"), db.userVersion());
    } catch (const DbException& e) {
        result.insert(QStringLiteral("error"), e.error().message);
    }
    return result;
}

} // namespace cd::bench

// compliance-desk-bench: performance figures as JSON. Not a test: numbers, not pass/fail.
//   compliance-desk-bench submissions --rows N [--dir DIR]
//   compliance-desk-bench gui --rows N [--dir DIR]   (QT_QPA_PLATFORM=offscreen)
//   compliance-desk-bench dashboard --rows N [--requests M] [--dir DIR]
//   compliance-desk-bench migrate --rows N [--dir DIR]
//   compliance-desk-bench signin [--runs N]
#include "DashboardBench.h"
#include "access/PasswordHash.h"
#include "accounts/AccountService.h"
#include "bench_migration.h"
#include "bench_print.h"
#include "contacts/ContactNormalizer.h"
#include "maintenance/VaultMaintenance.h"
#include "preferences/AppSettings.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "submissions/SearchIndex.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionImport.h"
#include "submissions/SubmissionsModel.h"
#include "submissions/SubmissionsPage.h"
#include "submissions/SyntheticSubmissions.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QEventLoop>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

#include <cstdio>
#include <ctime>
#include <malloc.h>

using namespace cd;
using namespace cd::submissions;

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this thread, in ms: unlike wall time, not stretched by other processes on a busy
// machine, so it shows what a hash costs on an idle one.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

qint64 statusKb(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly)) {
        f.write("5");
    }
}

QJsonObject stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    auto at = [&](double q) {
        return values.isEmpty() ? 0.0 : values.at(qMin(int(values.size()) - 1, int(q * values.size())));
    };
    double sum = 0;
    for (double v : values) {
        sum += v;
    }
    return QJsonObject { { QStringLiteral("median_ms"), values.isEmpty() ? 0.0 : values.at(values.size() / 2) },
        { QStringLiteral("p95_ms"), at(0.95) }, { QStringLiteral("max_ms"), values.isEmpty() ? 0.0 : values.last() },
        { QStringLiteral("mean_ms"), values.isEmpty() ? 0.0 : sum / values.size() },
        { QStringLiteral("queries"), int(values.size()) } };
}

QString csvField(const QString& v)
{
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))) {
        return QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    }
    return v;
}

// The benchmark's rows, the same on every call: website exports are in submission order, so the
// times are generated first and sorted.
void generateRows(qint64 rows, const std::function<void(const SyntheticRow&)>& sink)
{
    QRandomGenerator rng(20260425);
    const QDateTime now = QDateTime(QDate(2026, 4, 25), QTime(12, 0), Qt::UTC);
    std::vector<qint64> offsets;
    {
        QRandomGenerator timeRng(7);
        offsets.reserve(size_t(rows));
        for (qint64 i = 0; i < rows; ++i) {
            offsets.push_back(timeRng.bounded(548 * 24 * 3600));
        }
        std::sort(offsets.begin(), offsets.end(), std::greater<>());
    }
    for (qint64 i = 0; i < rows; ++i) {
        SyntheticRow r = makeSyntheticRow(rng, now);
        r.receivedAt = now.addSecs(-offsets[size_t(i)]);
        sink(r);
    }
}

// Writes the benchmark's rows as a website export would: CSV with Chinese headers, local times.
qint64 writeBenchCsv(qint64 rows, const QString& csvPath)
{
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly)) {
        fprintf(stderr, "cannot write %s\n", qPrintable(csvPath));
        return -1;
    }
    QByteArray buffer = "提交时间,姓名,手机号,邮箱,地区,留言内容\n";
    generateRows(rows, [&](const SyntheticRow& r) {
        buffer += (r.receivedAt.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            + QLatin1Char(',') + csvField(r.name) + QLatin1Char(',') + csvField(r.phone) + QLatin1Char(',')
            + csvField(r.email) + QLatin1Char(',') + csvField(r.region) + QLatin1Char(',') + csvField(r.message)
            + QLatin1Char('\n'))
                      .toUtf8();
        if (buffer.size() > (1 << 20)) {
            csv.write(buffer);
            buffer.clear();
        }
    });
    csv.write(buffer);
    return csv.size();
}

// The submissions columns with the primary key only: the raw baseline's table.
const char* rawTableSql()
{
    return "CREATE TABLE submissions (id INTEGER PRIMARY KEY, received_at TEXT NOT NULL, name TEXT NOT NULL, "
           "phone TEXT NOT NULL, phone_norm TEXT NOT NULL, email TEXT NOT NULL, email_norm TEXT NOT NULL, "
           "region TEXT NOT NULL, message TEXT NOT NULL, source TEXT NOT NULL, status TEXT NOT NULL, "
           "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, dedup_key INTEGER NOT NULL)";
}

// Inserts the first `limit` benchmark rows into `db`'s submissions table in one transaction with
// one prepared statement, as a plain SQL writer would. Returns the nanoseconds spent binding,
// stepping and committing (making the rows is not timed).
qint64 timedPlainInsert(Database& db, qint64 limit)
{
    qint64 timedNs = 0;
    Transaction tx(db);
    Statement insert(db,
        "INSERT INTO submissions (received_at, name, phone, phone_norm, email, email_norm, region, message, "
        "source, status, created_at, updated_at, dedup_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?)");
    const QString nowText = toStorageText(Clock::nowUtc());
    const QString source = QStringLiteral("bench-submissions.csv");
    qint64 n = 0;
    generateRows(limit, [&](const SyntheticRow& r) {
        const QString received = toStorageText(r.receivedAt);
        const QString phoneNorm = ContactNormalizer::phone(r.phone);
        const QString emailNorm = ContactNormalizer::email(r.email);
        QElapsedTimer t;
        t.start();
        insert.bindText(1, received)
            .bindText(2, r.name)
            .bindText(3, r.phone)
            .bindText(4, phoneNorm)
            .bindText(5, r.email)
            .bindText(6, emailNorm)
            .bindText(7, r.region)
            .bindText(8, r.message)
            .bindText(9, source)
            .bindText(10, nowText)
            .bindText(11, nowText)
            .bind(12, ++n)
            .exec();
        timedNs += t.nsecsElapsed();
    });
    QElapsedTimer c;
    c.start();
    tx.commit();
    return timedNs + c.nsecsElapsed();
}

// The fixed query mix: Chinese pairs, Latin fragments, 4-digit phone fragments, mail domains.
QStringList queryMix()
{
    QStringList q { QStringLiteral("删除"), QStringLiteral("隐私"), QStringLiteral("订单"), QStringLiteral("发货"),
        QStringLiteral("个人"), QStringLiteral("王芳"), QStringLiteral("李娜"), QStringLiteral("试纸"),
        QStringLiteral("注销"), QStringLiteral("发票"), QStringLiteral("营销"), QStringLiteral("经销"),
        QStringLiteral("校准"), QStringLiteral("孩子"), QStringLiteral("张子涵"), QStringLiteral("血糖仪"),
        QStringLiteral("use"), QStringLiteral("data"), QStringLiteral("smith"), QStringLiteral("wang12"),
        QStringLiteral("order"), QStringLiteral("pair"), QStringLiteral("emily"), QStringLiteral("hughes"),
        QStringLiteral("zhao88"), QStringLiteral("quote"), QStringLiteral("priv"), QStringLiteral("chen4"),
        QStringLiteral("cd1234"), QStringLiteral("xyzq"), QStringLiteral("163.com"), QStringLiteral("qq.com"),
        QStringLiteral("gmail.com"), QStringLiteral("@126"), QStringLiteral("outlook"), QStringLiteral("sina.com"),
        QStringLiteral(".com"), QStringLiteral("yeah.net"), QStringLiteral("foxmail"), QStringLiteral("139.com"),
        // as people type: phones with separators, regions, Traditional characters, full-width
        QStringLiteral("139-1234"), QStringLiteral("138 0013"), QStringLiteral("上海"), QStringLiteral("廣州"),
        QStringLiteral("個人資料"), QStringLiteral("訂單"), QStringLiteral("ＧＭＡＩＬ"), QStringLiteral("Wang") };
    QRandomGenerator rng(4242);
    while (q.size() < 60) {
        q << QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
    }
    return q;
}

// With --import-only: the raw insert and the import, nothing after (what to profile the import with).
bool g_importOnly = false;
// Every row through the page's export, in the list's default order, into result's export_csv and
// export_xlsx. keepFiles leaves export.csv and export.xlsx in dir (to compare two builds' output).
void exportFigures(Vault& vault, const QString& dir, bool keepFiles, QJsonObject& result)
{
    for (const auto& [format, name] :
        { std::make_pair(SubmissionService::ExportFormat::Csv, QStringLiteral("export_csv")),
            std::make_pair(SubmissionService::ExportFormat::Xlsx, QStringLiteral("export_xlsx")) }) {
        // Every row, in the list's default order, as the page's Export does it.
        const QString path = dir
            + (format == SubmissionService::ExportFormat::Csv ? QStringLiteral("/export.csv")
                                                              : QStringLiteral("/export.xlsx"));
        malloc_trim(0);
        resetPeakRss();
        QElapsedTimer t;
        t.start();
        auto exported = SubmissionService(vault).exportRows({}, Sort {}, format, path);
        const double elapsed = ms(t);
        if (!exported) {
            result.insert(name, QJsonObject { { QStringLiteral("error"), exported.message() } });
            continue;
        }
        result.insert(name,
            QJsonObject { { QStringLiteral("rows"), exported.value() }, { QStringLiteral("seconds"), elapsed / 1000.0 },
                { QStringLiteral("rows_per_s"), double(exported.value()) / (elapsed / 1000.0) },
                { QStringLiteral("bytes"), QFileInfo(path).size() },
                { QStringLiteral("peak_rss_mb"), double(statusKb("VmHWM:")) / 1024.0 } });
        if (!keepFiles) {
            QFile::remove(path);
        }
    }
}

// reuse: query the vault a previous run left in --dir (with --keep) instead of importing again.
// keep: leave the search index in place (skips the index-size figures, which delete it).
// searchOnly: with reuse, only the search queries (what to profile), and the LIKE scan if withLike.
// exportOnly: with reuse, only the two exports, their files kept in the folder.
int benchSubmissions(qint64 rows, const QString& dirArg, bool reuse, bool keep, bool searchOnly, bool withLike,
    bool exportOnly, QTextStream& out)
{
    QTemporaryDir tmp;
    const QString dir = dirArg.isEmpty() ? tmp.path() : dirArg;
    const QString csvPath = dir + QStringLiteral("/bench-submissions.csv");
    const QString vaultPath = dir + QStringLiteral("/bench.cdvault");
    reuse = reuse && QFileInfo::exists(vaultPath);
    keep = keep || reuse;
    if (!reuse) {
        QFile::remove(vaultPath);
        QFile::remove(vaultPath + QStringLiteral("-wal"));
        QFile::remove(vaultPath + QStringLiteral("-shm"));
    }
    QJsonObject result { { QStringLiteral("case"), QStringLiteral("submissions") }, { QStringLiteral("rows"), rows } };
    const VaultKey key = VaultKey::rawFromSeed("compliance-desk-bench");
    PasswordHash::setDefaultIterations(1000);
    std::unique_ptr<Vault> vault;
    if (!reuse) {

        {
            const qint64 bytes = writeBenchCsv(rows, csvPath);
            if (bytes < 0) {
                return 1;
            }
            result.insert(QStringLiteral("csv_bytes"), bytes);
        }

        {
            // The storage engine's own speed on this machine, now: the same rows into a table of the
            // same columns (primary key only) in one transaction, one prepared statement, with the
            // vault's cipher settings. Only binding and stepping are timed, not making the rows.
            const QString rawPath = dir + QStringLiteral("/raw.cdvault");
            QFile::remove(rawPath);
            auto raw = Database::open(rawPath, key, Database::OpenMode::Create);
            if (!raw) {
                fprintf(stderr, "%s\n", qPrintable(raw.message()));
                return 1;
            }
            Database& rdb = *raw.value();
            rdb.exec(rawTableSql());
            malloc_trim(0);
            resetPeakRss();
            QElapsedTimer total;
            total.start();
            const qint64 timedNs = timedPlainInsert(rdb, rows);
            result.insert(QStringLiteral("raw_insert"),
                QJsonObject { { QStringLiteral("rows"), rows }, { QStringLiteral("seconds"), double(timedNs) / 1e9 },
                    { QStringLiteral("rows_per_s"), double(rows) / (double(timedNs) / 1e9) },
                    { QStringLiteral("wall_seconds_with_generation"), ms(total) / 1000.0 },
                    { QStringLiteral("peak_rss_mb"), double(statusKb("VmHWM:")) / 1024.0 } });
            raw.value().reset();
            QFile::remove(rawPath);
            QFile::remove(rawPath + QStringLiteral("-wal"));
            QFile::remove(rawPath + QStringLiteral("-shm"));
        }

        if (!g_importOnly) {
            // A plain SQL insert of the first rows (at most 50,000) into a new vault's own
            // submissions table, with its indexes and triggers, against the raw table for the
            // same rows: what the vault's schema costs a plain writer, as a ratio in this run.
            const qint64 plainRows = qMin<qint64>(rows, 50000);
            const QString rawPath = dir + QStringLiteral("/raw-plain.cdvault");
            const QString plainPath = dir + QStringLiteral("/plain.cdvault");
            auto removeVault = [](const QString& path) {
                for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
                    QFile::remove(path + suffix);
                }
            };
            removeVault(rawPath);
            removeVault(plainPath);
            qint64 rawNs = 0;
            {
                auto raw = Database::open(rawPath, key, Database::OpenMode::Create);
                if (!raw) {
                    fprintf(stderr, "%s\n", qPrintable(raw.message()));
                    return 1;
                }
                raw.value()->exec(rawTableSql());
                rawNs = timedPlainInsert(*raw.value(), plainRows);
            }
            auto plain = VaultMaintenance::create(plainPath, key,
                NewAccount { QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password-1"),
                    Role::Administrator });
            if (!plain) {
                fprintf(stderr, "%s\n", qPrintable(plain.message()));
                return 1;
            }
            const qint64 plainNs = timedPlainInsert(plain.value()->db(), plainRows);
            plain.value()->close();
            plain.value().reset();
            removeVault(rawPath);
            removeVault(plainPath);
            result.insert(QStringLiteral("plain_insert"),
                QJsonObject { { QStringLiteral("rows"), plainRows },
                    { QStringLiteral("seconds"), double(plainNs) / 1e9 },
                    { QStringLiteral("rows_per_s"), double(plainRows) / (double(plainNs) / 1e9) },
                    { QStringLiteral("raw_seconds"), double(rawNs) / 1e9 },
                    { QStringLiteral("plain_to_raw_ratio"), double(rawNs) / double(qMax<qint64>(1, plainNs)) } });
        }

        auto created = VaultMaintenance::create(vaultPath, key,
            NewAccount { QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password-1"),
                Role::Administrator });
        if (!created) {
            fprintf(stderr, "%s\n", qPrintable(created.message()));
            return 1;
        }
        vault = std::move(created.value());
        {
            malloc_trim(0);
            resetPeakRss();
            QElapsedTimer t;
            t.start();
            auto report = SubmissionImporter::run(vault->db(), vault->actor(), csvPath, {});
            const double elapsed = ms(t);
            if (!report) {
                fprintf(stderr, "%s\n", qPrintable(report.message()));
                return 1;
            }
            result.insert(QStringLiteral("import"),
                QJsonObject { { QStringLiteral("rows"), report->imported },
                    { QStringLiteral("rejected"), report->rejected },
                    { QStringLiteral("duplicates"), report->duplicates },
                    { QStringLiteral("seconds"), elapsed / 1000.0 },
                    { QStringLiteral("rows_per_s"), double(report->read) / (elapsed / 1000.0) },
                    { QStringLiteral("peak_rss_mb"), double(statusKb("VmHWM:")) / 1024.0 } });
            const double rawRate
                = result.value(QStringLiteral("raw_insert")).toObject().value(QStringLiteral("rows_per_s")).toDouble();
            result.insert(
                QStringLiteral("import_to_raw_ratio"), double(report->read) / (elapsed / 1000.0) / qMax(1.0, rawRate));
        }
        vault->close();
        vault.reset();
        if (g_importOnly) {
            out << QJsonDocument(result).toJson(QJsonDocument::Indented);
            out.flush();
            return 0;
        }
    }

    // Reopen with the raw key: no KDF, so the first page measures the query itself.
    auto opened = VaultMaintenance::open(vaultPath, key);
    if (!opened) {
        fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    vault = std::move(opened.value());
    vault->signIn(QStringLiteral("bench"), QStringLiteral("bench-password-1"));
    Database& db = vault->db();
    SubmissionQuery::prepareConnection(db); // as the page does
    if (reuse && exportOnly) {
        exportFigures(*vault, dir, true, result);
        vault->close();
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        out.flush();
        return 0;
    }
    const QList<QPair<SortColumn, QString>> sortColumns { { SortColumn::ReceivedAt, QStringLiteral("received_at") },
        { SortColumn::Name, QStringLiteral("name") }, { SortColumn::Phone, QStringLiteral("phone") },
        { SortColumn::Email, QStringLiteral("email") }, { SortColumn::Region, QStringLiteral("region") },
        { SortColumn::Status, QStringLiteral("status") }, { SortColumn::Id, QStringLiteral("id") } };
    {
        // What the list does when it opens: compile the filter, count, read the first page (a
        // block of the list's rows, SubmissionsModel::blockSize). The very first open also warms the page cache; it is
        // reported on its own. Then every sort column in both directions, on a fresh query each.
        QElapsedTimer t;
        t.start();
        const SubmissionQuery q0 = SubmissionQuery::compile(db, {}, 24);
        const qint64 total = q0.count(db);
        q0.page(db, Sort { SortColumn::ReceivedAt, true }, ui::SubmissionsModel::blockSize, std::nullopt);
        result.insert(QStringLiteral("first_page_cold_ms"), ms(t));
        result.insert(QStringLiteral("total_rows"), total);
        QJsonObject perColumn;
        double worst = 0;
        QList<double> sortTimes;
        QList<double> nextTimes;
        for (const auto& [column, name] : sortColumns) {
            for (const bool descending : { true, false }) {
                QElapsedTimer one;
                one.start();
                const SubmissionQuery q = SubmissionQuery::compile(db, {}, 24);
                q.count(db);
                const auto page
                    = q.page(db, Sort { column, descending }, ui::SubmissionsModel::blockSize, std::nullopt);
                const double elapsed = ms(one);
                perColumn.insert(name + (descending ? QStringLiteral("_desc") : QStringLiteral("_asc")), elapsed);
                worst = qMax(worst, elapsed);
                sortTimes.append(elapsed);
                if (!page.isEmpty()) {
                    QElapsedTimer next;
                    next.start();
                    q.page(db, Sort { column, descending }, ui::SubmissionsModel::blockSize,
                        SubmissionQuery::keyOf(page.last(), column));
                    nextTimes.append(ms(next));
                }
            }
        }
        result.insert(QStringLiteral("first_page_ms"), worst);
        result.insert(QStringLiteral("first_page_per_sort"), perColumn);
        result.insert(QStringLiteral("sort_change"), stats(sortTimes));
        result.insert(QStringLiteral("next_page"), stats(nextTimes));
    }
    const QStringList mix = queryMix();
    QJsonArray perQuery;
    {
        QList<double> times;
        QList<double> cpuTimes;
        for (const QString& text : mix) {
            QElapsedTimer t;
            t.start();
            const double cpuStart = threadCpuMs();
            SubmissionFilter f;
            f.search = text;
            const SubmissionQuery q = SubmissionQuery::compile(db, f, 24);
            const double compiled = ms(t);
            // As the list counts (its cap; an estimate when the candidates far outnumber it).
            const auto counted = q.listCount(db, ui::SubmissionsModel::searchCountCap);
            const double countedAt = ms(t);
            const qint64 n = counted.n;
            q.page(db, Sort { SortColumn::ReceivedAt, true }, ui::SubmissionsModel::blockSize, std::nullopt);
            const double elapsed = ms(t);
            const double cpu = threadCpuMs() - cpuStart;
            times.append(elapsed);
            cpuTimes.append(cpu);
            perQuery.append(QJsonObject { { QStringLiteral("q"), text }, { QStringLiteral("ms"), elapsed },
                { QStringLiteral("cpu_ms"), cpu }, { QStringLiteral("plan_ms"), compiled },
                { QStringLiteral("count_ms"), countedAt - compiled },
                { QStringLiteral("page_ms"), elapsed - countedAt }, { QStringLiteral("count_capped"), n },
                { QStringLiteral("estimated"), counted.estimated } });
        }
        result.insert(QStringLiteral("search"), stats(times));
        result.insert(QStringLiteral("search_count_cap"), ui::SubmissionsModel::searchCountCap);
        // The same on this thread's CPU clock: less stretched by other processes on a busy machine.
        result.insert(QStringLiteral("search_cpu"), stats(cpuTimes));
    }
    if (!searchOnly || withLike) {
        // The same mix as a LIKE scan over the four fields: what a search without an index costs.
        QList<double> times;
        Statement like(db,
            "SELECT count(*) FROM submissions WHERE name LIKE ?1 OR phone_norm LIKE ?1 OR "
            "email_norm LIKE ?1 OR message LIKE ?1 OR region LIKE ?1");
        for (const QString& text : mix) {
            QElapsedTimer t;
            t.start();
            like.bind(1, QLatin1Char('%') + text + QLatin1Char('%'));
            like.next();
            like.reset();
            times.append(ms(t));
        }
        result.insert(QStringLiteral("like_scan"), stats(times));
        const double ratio
            = result.value(QStringLiteral("like_scan")).toObject().value(QStringLiteral("median_ms")).toDouble()
            / qMax(
                0.001, result.value(QStringLiteral("search")).toObject().value(QStringLiteral("median_ms")).toDouble());
        result.insert(QStringLiteral("search_speedup_median"), ratio);
    }
    if (searchOnly) {
        // For a profiler: the search queries alone, on a vault kept by an earlier run.
        result.insert(QStringLiteral("queries"), perQuery);
        vault->close();
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        out.flush();
        return 0;
    }
    {
        // Scroll the whole table the way the view pages it: keyset pages, a bounded cache.
        malloc_trim(0); // hand the import's freed memory back so the peak below is the scroll's own
        resetPeakRss();
        QElapsedTimer t;
        t.start();
        const SubmissionQuery q = SubmissionQuery::compile(db, {}, 24);
        std::optional<PageKey> after;
        QList<QList<Submission>> cache;
        qint64 seen = 0;
        for (;;) {
            auto page = q.page(db, Sort { SortColumn::ReceivedAt, true }, 200, after);
            seen += page.size();
            if (page.size() < 200) {
                break;
            }
            after = SubmissionQuery::keyOf(page.last(), SortColumn::ReceivedAt);
            cache.append(std::move(page));
            if (cache.size() > 40) {
                cache.removeFirst();
            }
        }
        result.insert(QStringLiteral("scroll"),
            QJsonObject { { QStringLiteral("rows"), seen }, { QStringLiteral("seconds"), ms(t) / 1000.0 },
                { QStringLiteral("peak_rss_mb"), double(statusKb("VmHWM:")) / 1024.0 } });
    }
    exportFigures(*vault, dir, false, result);
    if (!keep) {
        const qint64 pageSize = Statement::scalarInt(db, "PRAGMA page_size");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const qint64 withIndex = Statement::scalarInt(db, "PRAGMA page_count") * pageSize;
        db.exec("DELETE FROM submission_grams");
        db.exec("PRAGMA secure_delete = OFF");
        db.exec("VACUUM");
        const qint64 without = Statement::scalarInt(db, "PRAGMA page_count") * pageSize;
        result.insert(QStringLiteral("vault_bytes_with_index"), withIndex);
        result.insert(QStringLiteral("vault_bytes_without_index"), without);
        result.insert(QStringLiteral("index_overhead_percent"), 100.0 * double(withIndex - without) / double(without));
    }
    result.insert(QStringLiteral("queries"), perQuery);
    vault->close();
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    out.flush();
    if (dirArg.isEmpty()) {
        QFile::remove(csvPath);
    }
    return 0;
}

// The cost of a staff sign-in at the production password-hash cost: the hash alone, a real
// sign-in on a vault, and the one-off sign-in that upgrades a legacy hash; plus, for comparison,
// opening the vault with a passphrase (the vault's own KDF).
int benchSignIn(int runs, QTextStream& out)
{
    QJsonObject result { { QStringLiteral("case"), QStringLiteral("signin") },
        { QStringLiteral("algorithm"), QStringLiteral("PBKDF2-HMAC-SHA256") },
        { QStringLiteral("iterations"), PasswordHash::defaultIterations() },
        { QStringLiteral("legacy_iterations"), PasswordHash::legacyIterations }, { QStringLiteral("runs"), runs } };
    const QByteArray password("bench-password-1");
    {
        QList<double> times;
        QList<double> cpu;
        for (int i = 0; i < runs; ++i) {
            const QByteArray salt = PasswordHash::newSalt();
            QElapsedTimer t;
            t.start();
            const double cpuStart = threadCpuMs();
            PasswordHash::pbkdf2Sha256(password, salt, PasswordHash::defaultIterations());
            cpu.append(threadCpuMs() - cpuStart);
            times.append(ms(t));
        }
        result.insert(QStringLiteral("hash"), stats(times));
        result.insert(QStringLiteral("hash_cpu"), stats(cpu));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signin.cdvault"));
    const VaultKey key = VaultKey::passphrase(QStringLiteral("bench passphrase"));
    auto created = VaultMaintenance::create(path, key,
        NewAccount {
            QStringLiteral("bench"), QStringLiteral("Bench"), QString::fromLatin1(password), Role::Administrator });
    if (!created) {
        result.insert(QStringLiteral("error"), created.message());
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return 1;
    }
    Vault& vault = *created.value();
    {
        QList<double> times;
        QList<double> cpu;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const double cpuStart = threadCpuMs();
            vault.signIn(QStringLiteral("bench"), QString::fromLatin1(password));
            cpu.append(threadCpuMs() - cpuStart);
            times.append(ms(t));
        }
        result.insert(QStringLiteral("sign_in"), stats(times));
        result.insert(QStringLiteral("sign_in_cpu"), stats(cpu));
    }
    {
        // A hash as older versions stored it: verified at its own cost, then rewritten.
        QList<double> times;
        QList<double> cpu;
        for (int i = 0; i < runs; ++i) {
            {
                // Set up past the write path: the benchmark measures the sign-in, not this.
                Transaction tx(vault.db());
                const QByteArray salt = PasswordHash::newSalt();
                Statement u(vault.db(),
                    "UPDATE accounts SET password_hash = ?, password_salt = ?, password_iterations = ? "
                    "WHERE username = 'bench'");
                u.bind(1, PasswordHash::pbkdf2Sha256(password, salt, PasswordHash::legacyIterations))
                    .bind(2, salt)
                    .bind(3, PasswordHash::legacyIterations)
                    .exec();
                tx.commit();
            }
            QElapsedTimer t;
            t.start();
            const double cpuStart = threadCpuMs();
            vault.signIn(QStringLiteral("bench"), QString::fromLatin1(password));
            cpu.append(threadCpuMs() - cpuStart);
            times.append(ms(t));
        }
        result.insert(QStringLiteral("legacy_sign_in_with_upgrade"), stats(times));
        result.insert(QStringLiteral("legacy_sign_in_with_upgrade_cpu"), stats(cpu));
    }
    vault.close();
    {
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            auto reopened = VaultMaintenance::open(path, key);
            times.append(ms(t));
            if (!reopened) {
                result.insert(QStringLiteral("error"), reopened.message());
                break;
            }
        }
        result.insert(QStringLiteral("vault_open_with_passphrase"), stats(times));
    }
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    out.flush();
    return result.contains(QStringLiteral("error")) ? 1 : 0;
}

// The submissions page at N rows under the real event loop: a 0 ms timer beats whenever the loop
// is idle, so the longest gap between beats is the longest time the UI thread was busy (a stall).
// The vault in --dir is reused when it already holds N rows, so repeated runs skip the import.
// A new vault at vaultPath (any old one removed) with the benchmark's first `rows` rows imported
// as a CSV file, signed in as the benchmark's administrator; null (the error printed) on failure.
std::unique_ptr<Vault> importedVault(const QString& vaultPath, const VaultKey& key, qint64 rows)
{
    PasswordHash::setDefaultIterations(1000);
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(vaultPath + suffix);
    }
    const QString csvPath = vaultPath + QStringLiteral(".csv");
    if (writeBenchCsv(rows, csvPath) < 0) {
        return nullptr;
    }
    auto created = VaultMaintenance::create(vaultPath, key,
        NewAccount { QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password-1"),
            Role::Administrator });
    if (!created) {
        fprintf(stderr, "%s\n", qPrintable(created.message()));
        return nullptr;
    }
    std::unique_ptr<Vault> vault = std::move(created.value());
    auto report = SubmissionImporter::run(vault->db(), vault->actor(), csvPath, {});
    QFile::remove(csvPath);
    if (!report) {
        fprintf(stderr, "%s\n", qPrintable(report.message()));
        return nullptr;
    }
    return vault;
}

int benchGui(qint64 rows, const QString& dirArg, QTextStream& out)
{
    QTemporaryDir tmp;
    const QString dir = dirArg.isEmpty() ? tmp.path() : dirArg;
    const QString vaultPath = dir + QStringLiteral("/gui-bench.cdvault");
    const VaultKey key = VaultKey::rawFromSeed("compliance-desk-bench-gui");
    PasswordHash::setDefaultIterations(1000);
    const QString user = QStringLiteral("bench");
    const QString password = QStringLiteral("bench-password-1");
    std::unique_ptr<Vault> vault;
    if (QFileInfo::exists(vaultPath)) {
        if (auto opened = VaultMaintenance::open(vaultPath, key); opened) {
            vault = std::move(opened.value());
            vault->signIn(user, password);
            if (!vault->isSignedIn() || Statement::scalarInt(vault->db(), "SELECT count(*) FROM submissions") != rows) {
                vault.reset();
            }
        }
    }
    QJsonObject result { { QStringLiteral("case"), QStringLiteral("gui") }, { QStringLiteral("rows"), rows } };
    if (!vault) {
        vault = importedVault(vaultPath, key, rows);
        if (!vault) {
            return 1;
        }
    }

    AppSettings settings(dir + QStringLiteral("/gui-bench-settings.ini"));
    ui::SubmissionsPage page(settings);
    page.resize(1280, 800);
    page.show();

    QString currentStep = QStringLiteral("idle");
    QJsonObject perStep;
    double maxStall = 0;
    QString worstStep;
    QElapsedTimer sinceBeat;
    sinceBeat.start();
    QTimer heartbeat;
    heartbeat.setInterval(0);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const double gap = double(sinceBeat.nsecsElapsed()) / 1e6;
        sinceBeat.restart();
        perStep.insert(currentStep, qMax(perStep.value(currentStep).toDouble(), gap));
        if (gap > maxStall) {
            maxStall = gap;
            worstStep = currentStep;
        }
    });

    QList<QPair<QString, std::function<void()>>> steps;
    steps.append({ QStringLiteral("open"), [&] { page.setVault(vault.get()); } });
    steps.append({ QStringLiteral("scroll_end"), [&] { page.table()->scrollToBottom(); } });
    steps.append({ QStringLiteral("scroll_middle"), [&] {
                      QScrollBar* bar = page.table()->verticalScrollBar();
                      bar->setValue(bar->maximum() / 2);
                  } });
    steps.append({ QStringLiteral("scroll_top"), [&] { page.table()->scrollToTop(); } });
    for (int column = ui::SubmissionsModel::Id; column <= ui::SubmissionsModel::Status; ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            steps.append({ QStringLiteral("sort_%1_%2")
                               .arg(column)
                               .arg(order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
                [&page, column, order] { page.table()->sortByColumn(column, order); } });
        }
    }
    steps.append({ QStringLiteral("sort_reset"),
        [&] { page.table()->sortByColumn(ui::SubmissionsModel::ReceivedAt, Qt::DescendingOrder); } });
    for (const QString& text : { QStringLiteral("王芳"), QStringLiteral("139 1234"), QStringLiteral("gmail.com"),
             QStringLiteral("删除"), QStringLiteral("上海"), QStringLiteral("订单") }) {
        // Typed one character at a time, as a person types; the page waits for a pause.
        steps.append({ QStringLiteral("search_") + text, [&page, text] {
                          page.searchEdit()->clear();
                          for (int i = 1; i <= text.size(); ++i) {
                              page.searchEdit()->setText(text.left(i));
                          }
                      } });
        steps.append({ QStringLiteral("search_%1_scroll_end").arg(text), [&] { page.table()->scrollToBottom(); } });
    }
    steps.append({ QStringLiteral("clear"), [&] { page.searchEdit()->clear(); } });
    steps.append({ QStringLiteral("clear_scroll_end"), [&] { page.table()->scrollToBottom(); } });

    QEventLoop loop;
    int next = 0;
    QTimer driver;
    driver.setInterval(600); // longer than the search box's typing pause
    QObject::connect(&driver, &QTimer::timeout, [&] {
        if (next >= steps.size()) {
            driver.stop();
            loop.quit();
            return;
        }
        currentStep = steps.at(next).first;
        steps.at(next).second();
        ++next;
    });
    sinceBeat.restart();
    heartbeat.start();
    driver.start();
    loop.exec();
    heartbeat.stop();

    result.insert(QStringLiteral("gui"),
        QJsonObject { { QStringLiteral("max_stall_ms"), maxStall }, { QStringLiteral("worst_step"), worstStep },
            { QStringLiteral("steps"), int(steps.size()) }, { QStringLiteral("per_step_max_ms"), perStep },
            { QStringLiteral("visible_rows_at_end"), int(page.model()->rowCount()) } });
    page.setVault(nullptr);
    vault->close();
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    out.flush();
    return 0;
}

// The print preview of the submission list, on a vault of `rows` imported submissions.
int benchPrint(qint64 rows, const QString& dirArg, QTextStream& out)
{
    QTemporaryDir tmp;
    const QString dir = dirArg.isEmpty() ? tmp.path() : dirArg;
    std::unique_ptr<Vault> vault = importedVault(
        dir + QStringLiteral("/print-bench.cdvault"), VaultKey::rawFromSeed("compliance-desk-bench-print"), rows);
    if (!vault) {
        return 1;
    }
    QJsonObject result = bench::runPrintBench(*vault, dir);
    result.insert(QStringLiteral("vault_rows"), rows);
    vault->close();
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    out.flush();
    return result.contains(QStringLiteral("error")) ? 1 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    Clock::settleLocalTimeZone(); // as the program does
    // The GUI case needs a QApplication (widgets); the others run without a display.
    bool gui = false;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "gui") == 0 || qstrcmp(argv[i], "print") == 0) {
            gui = true;
        }
    }
    std::unique_ptr<QCoreApplication> application
        = gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compliance Desk benchmarks (JSON on stdout)."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("case"), QStringLiteral("submissions | gui | print | dashboard | migrate | signin"));
    parser.addOption(
        { QStringLiteral("rows"), QStringLiteral("Rows to generate."), QStringLiteral("n"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("requests"), QStringLiteral("Rights requests to generate (dashboard)."),
        QStringLiteral("n"), QStringLiteral("10000") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Working folder (default: a temporary one)."), QStringLiteral("dir") });
    parser.addOption(
        { QStringLiteral("runs"), QStringLiteral("Repetitions (signin)."), QStringLiteral("n"), QStringLiteral("5") });
    parser.addOption({ QStringLiteral("reuse"),
        QStringLiteral("submissions: query the vault left in --dir by a run with --keep; no import.") });
    parser.addOption({ QStringLiteral("keep"),
        QStringLiteral("submissions: keep the vault and its search index (no index-size figures).") });
    parser.addOption({ QStringLiteral("search-only"),
        QStringLiteral("submissions: with --reuse, run the search queries only (for a profiler).") });
    parser.addOption({ QStringLiteral("like"), QStringLiteral("submissions: with --search-only, the LIKE scan too.") });
    parser.addOption({ QStringLiteral("import-only"),
        QStringLiteral("submissions: the raw insert and the import only, no queries (for a profiler).") });
    parser.addOption({ QStringLiteral("export-only"),
        QStringLiteral("submissions: with --reuse, run the two exports only and keep their files in --dir.") });
    parser.process(app);
    g_importOnly = parser.isSet(QStringLiteral("import-only"));
    QTextStream out(stdout);
    const QString which = parser.positionalArguments().value(0);
    if (which == QLatin1String("submissions")) {
        return benchSubmissions(parser.value(QStringLiteral("rows")).toLongLong(), parser.value(QStringLiteral("dir")),
            parser.isSet(QStringLiteral("reuse")), parser.isSet(QStringLiteral("keep")),
            parser.isSet(QStringLiteral("search-only")), parser.isSet(QStringLiteral("like")),
            parser.isSet(QStringLiteral("export-only")), out);
    }
    if (which == QLatin1String("gui")) {
        return benchGui(parser.value(QStringLiteral("rows")).toLongLong(), parser.value(QStringLiteral("dir")), out);
    }
    if (which == QLatin1String("dashboard")) {
        // A vault in --dir is reused when its counts match, so repeated runs skip the build.
        QTemporaryDir temp;
        const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
        const QJsonObject result = bench::runDashboardBench(dir + QStringLiteral("/dashboard-bench.cdvault"),
            parser.value(QStringLiteral("rows")).toInt(), parser.value(QStringLiteral("requests")).toInt());
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        out.flush();
        return result.contains(QStringLiteral("error")) ? 1 : 0;
    }
    if (which == QLatin1String("print")) {
        return benchPrint(parser.value(QStringLiteral("rows")).toLongLong(), parser.value(QStringLiteral("dir")), out);
    }
    if (which == QLatin1String("migrate")) {
        QTemporaryDir temp;
        const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
        const QJsonObject result = bench::runMigrationBench(dir, parser.value(QStringLiteral("rows")).toLongLong());
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        out.flush();
        return result.contains(QStringLiteral("error")) ? 1 : 0;
    }
    if (which == QLatin1String("signin")) {
        return benchSignIn(qMax(1, parser.value(QStringLiteral("runs")).toInt()), out);
    }
    fprintf(stderr,
        "usage: compliance-desk-bench submissions|gui|dashboard|migrate --rows N [--requests M] [--dir DIR]\n"
        "       compliance-desk-bench signin [--runs N]\n");
    return 2;
}

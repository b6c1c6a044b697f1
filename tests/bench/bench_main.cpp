// compliance-desk-bench: performance figures as JSON. Not a test: numbers, not pass/fail.
//   compliance-desk-bench submissions --rows N [--dir DIR]
//   compliance-desk-bench dashboard --rows N [--requests M] [--dir DIR]
//   compliance-desk-bench signin [--runs N]
#include "DashboardBench.h"
#include "accounts/AccountService.h"
#include "accounts/PasswordHash.h"
#include "storage/Statement.h"
#include "submissions/SearchIndex.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionImport.h"
#include "submissions/SyntheticSubmissions.h"
#include "util/Clock.h"
#include "vault/Vault.h"

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
        QStringLiteral(".com"), QStringLiteral("yeah.net"), QStringLiteral("foxmail"), QStringLiteral("139.com") };
    QRandomGenerator rng(4242);
    while (q.size() < 60) {
        q << QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
    }
    return q;
}

int benchSubmissions(qint64 rows, const QString& dirArg, QTextStream& out)
{
    QTemporaryDir tmp;
    const QString dir = dirArg.isEmpty() ? tmp.path() : dirArg;
    const QString csvPath = dir + QStringLiteral("/bench-submissions.csv");
    const QString vaultPath = dir + QStringLiteral("/bench.cdvault");
    QFile::remove(vaultPath);
    QFile::remove(vaultPath + QStringLiteral("-wal"));
    QFile::remove(vaultPath + QStringLiteral("-shm"));
    QJsonObject result { { QStringLiteral("case"), QStringLiteral("submissions") }, { QStringLiteral("rows"), rows } };

    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly)) {
            fprintf(stderr, "cannot write %s\n", qPrintable(csvPath));
            return 1;
        }
        QRandomGenerator rng(20260425);
        const QDateTime now = Clock::nowUtc();
        // Website exports are in submission order: generate the times first and sort them.
        std::vector<qint64> offsets;
        {
            QRandomGenerator timeRng(7);
            for (qint64 i = 0; i < rows; ++i) {
                offsets.push_back(timeRng.bounded(548 * 24 * 3600));
            }
            std::sort(offsets.begin(), offsets.end(), std::greater<>());
        }
        QByteArray buffer = "提交时间,姓名,手机号,邮箱,地区,留言内容\n";
        for (qint64 i = 0; i < rows; ++i) {
            SyntheticRow r = makeSyntheticRow(rng, now);
            r.receivedAt = now.addSecs(-offsets[size_t(i)]);
            buffer += (r.receivedAt.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                + QLatin1Char(',') + csvField(r.name) + QLatin1Char(',') + csvField(r.phone) + QLatin1Char(',')
                + csvField(r.email) + QLatin1Char(',') + csvField(r.region) + QLatin1Char(',') + csvField(r.message)
                + QLatin1Char('\n'))
                          .toUtf8();
            if (buffer.size() > (1 << 20)) {
                csv.write(buffer);
                buffer.clear();
            }
        }
        csv.write(buffer);
        result.insert(QStringLiteral("csv_bytes"), csv.size());
    }

    PasswordHash::setDefaultIterations(1000);
    const VaultKey key = VaultKey::rawFromSeed("compliance-desk-bench");
    auto created = Vault::create(vaultPath, key,
        NewAccount { QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password-1"),
            Role::Administrator });
    if (!created) {
        fprintf(stderr, "%s\n", qPrintable(created.message()));
        return 1;
    }
    std::unique_ptr<Vault> vault = std::move(created.value());
    {
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
                { QStringLiteral("rejected"), report->rejected }, { QStringLiteral("duplicates"), report->duplicates },
                { QStringLiteral("seconds"), elapsed / 1000.0 },
                { QStringLiteral("rows_per_s"), double(report->read) / (elapsed / 1000.0) },
                { QStringLiteral("peak_rss_mb"), double(statusKb("VmHWM:")) / 1024.0 } });
    }
    vault->close();
    vault.reset();

    // Reopen with the raw key: no KDF, so the first page measures the query itself.
    auto opened = Vault::open(vaultPath, key);
    if (!opened) {
        fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    vault = std::move(opened.value());
    vault->signIn(QStringLiteral("bench"), QStringLiteral("bench-password-1"));
    Database& db = vault->db();
    SubmissionQuery::prepareConnection(db); // as the page does
    {
        QElapsedTimer t;
        t.start();
        const SubmissionQuery q = SubmissionQuery::compile(db, {}, 24);
        const qint64 total = q.count(db);
        const auto page = q.page(db, Sort { SortColumn::ReceivedAt, true }, 100, std::nullopt);
        result.insert(QStringLiteral("first_page_ms"), ms(t));
        result.insert(QStringLiteral("total_rows"), total);
        Q_UNUSED(page)
    }
    {
        QList<double> sortTimes;
        for (SortColumn c : { SortColumn::Name, SortColumn::Region, SortColumn::Email, SortColumn::Phone,
                 SortColumn::Status, SortColumn::ReceivedAt }) {
            QElapsedTimer t;
            t.start();
            const SubmissionQuery q = SubmissionQuery::compile(db, {}, 24);
            q.count(db);
            q.page(db, Sort { c, false }, 100, std::nullopt);
            sortTimes.append(ms(t));
        }
        result.insert(QStringLiteral("sort_change"), stats(sortTimes));
    }
    const QStringList mix = queryMix();
    QJsonArray perQuery;
    {
        QList<double> times;
        for (const QString& text : mix) {
            QElapsedTimer t;
            t.start();
            SubmissionFilter f;
            f.search = text;
            const SubmissionQuery q = SubmissionQuery::compile(db, f, 24);
            const qint64 n = q.count(db, 1000);
            q.page(db, Sort { SortColumn::ReceivedAt, true }, 100, std::nullopt);
            const double elapsed = ms(t);
            times.append(elapsed);
            perQuery.append(QJsonObject { { QStringLiteral("q"), text }, { QStringLiteral("ms"), elapsed },
                { QStringLiteral("count_capped_1000"), n } });
        }
        result.insert(QStringLiteral("search"), stats(times));
    }
    {
        // The same mix as a LIKE scan over the four fields: what a search without an index costs.
        QList<double> times;
        Statement like(db,
            "SELECT count(*) FROM submissions WHERE name LIKE ?1 OR phone_norm LIKE ?1 OR "
            "email_norm LIKE ?1 OR message LIKE ?1");
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
    {
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
    auto created = Vault::create(path, key,
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
            vault.transact([&](Database& db) {
                const QByteArray salt = PasswordHash::newSalt();
                Statement u(db,
                    "UPDATE accounts SET password_hash = ?, password_salt = ?, password_iterations = ? "
                    "WHERE username = 'bench'");
                u.bind(1, PasswordHash::pbkdf2Sha256(password, salt, PasswordHash::legacyIterations))
                    .bind(2, salt)
                    .bind(3, PasswordHash::legacyIterations)
                    .exec();
            });
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
            auto reopened = Vault::open(path, key);
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compliance Desk benchmarks (JSON on stdout)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("case"), QStringLiteral("submissions | dashboard | signin"));
    parser.addOption(
        { QStringLiteral("rows"), QStringLiteral("Rows to generate."), QStringLiteral("n"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("requests"), QStringLiteral("Rights requests to generate (dashboard)."),
        QStringLiteral("n"), QStringLiteral("10000") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Working folder (default: a temporary one)."), QStringLiteral("dir") });
    parser.addOption(
        { QStringLiteral("runs"), QStringLiteral("Repetitions (signin)."), QStringLiteral("n"), QStringLiteral("5") });
    parser.process(app);
    QTextStream out(stdout);
    const QString which = parser.positionalArguments().value(0);
    if (which == QLatin1String("submissions")) {
        return benchSubmissions(
            parser.value(QStringLiteral("rows")).toLongLong(), parser.value(QStringLiteral("dir")), out);
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
    if (which == QLatin1String("signin")) {
        return benchSignIn(qMax(1, parser.value(QStringLiteral("runs")).toInt()), out);
    }
    fprintf(stderr,
        "usage: compliance-desk-bench submissions|dashboard --rows N [--requests M] [--dir DIR]\n"
        "       compliance-desk-bench signin [--runs N]\n");
    return 2;
}

#include "TestVault.h"

#include "maintenance/VaultMaintenance.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionImport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>

using namespace cd;
using namespace cd::submissions;
using namespace cd::test;

namespace {

// The secondary indexes of submissions from migration 0018 on, by name.
const QStringList kIndexes { QStringLiteral("dashboard_submissions_status_received"),
    QStringLiteral("submissions_closed_by_status"), QStringLiteral("submissions_email_norm"),
    QStringLiteral("submissions_name"), QStringLiteral("submissions_phone_norm"),
    QStringLiteral("submissions_received"), QStringLiteral("submissions_region") };

// The last format before migration 0018.
constexpr int kFormatBeforeFewerIndexes = 16;

QStringList indexNames(Database& db)
{
    QStringList names;
    Statement s(db,
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'submissions' AND sql IS NOT NULL "
        "ORDER BY name");
    while (s.next()) {
        names << s.text(0);
    }
    return names;
}

// The list's sort indexes from migration 0019 on: the column alone, since every entry already ends
// in the rowid (id). Fails when an index names id again and stores it twice.
void checkSortIndexesEndInRowidOnly(Database& db)
{
    for (const char* index : { "submissions_received", "submissions_name", "submissions_phone_norm",
             "submissions_email_norm", "submissions_region" }) {
        QStringList columns;
        Statement info(db, QStringLiteral("PRAGMA index_xinfo(%1)").arg(QLatin1String(index)));
        while (info.next()) { // the named columns, then the rowid (no name)
            columns << (info.isNull(2) ? QStringLiteral("<rowid>") : info.text(2));
        }
        QCOMPARE(columns.size(), 2);
        QCOMPARE(columns.last(), QStringLiteral("<rowid>"));
        QVERIFY2(columns.first() != QLatin1String("id"), index);
    }
}

// A contact form export full of ties (four submission times, repeated names, phones, emails and
// regions, empty values) and awkward text (case, full-width letters, quotes, formula signs,
// Chinese, emoji). Every row differs in its message, so none is a duplicate. `padding` makes the
// file large enough for the import to build the indexes at its end.
QString writeTiedCsv(const QTemporaryDir& dir, int rows, int padding = 0)
{
    static const char* names[] = { "张三", "ABC", "abc", "ＡＢＣ", "O'Brien \"Jr\"", "=1+1", "😀 Smile", "李四", "Zoë" };
    static const char* times[]
        = { "2026-05-01 10:00:00", "2026-05-01 10:00:00.001", "2026-04-30 23:59:59", "2026-05-01T02:00:00Z" };
    static const char* regions[] = { "上海市", "", "广东省深圳市", "Hong Kong", "上海市" };
    const QString path = dir.filePath(QStringLiteral("tied-%1.csv").arg(rows));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    QByteArray out = "name,phone,email,region,submitted at,message\n";
    const QByteArray pad(padding, 'm');
    for (int i = 0; i < rows; ++i) {
        const QByteArray phone = i % 4 == 0 ? QByteArray() : QByteArray::number(13900000000LL + i % 7);
        const QByteArray email = i % 3 == 0 ? QByteArray() : "p" + QByteArray::number(i % 5) + "@example.com";
        out += QByteArray("\"") + QByteArray(names[i % 9]).replace("\"", "\"\"") + "\"," + phone + "," + email + ","
            + regions[i % 5] + "," + times[i % 4] + ",Note " + QByteArray::number(i) + pad + "\n";
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    return path;
}

// Statuses by id past the write path: a third contacted, a fifth closed, all closed at one time
// (ties in closed_at as well).
void setStatuses(Database& db)
{
    QVERIFY(writeRaw(db, [](Database& d) {
        d.exec("UPDATE submissions SET status = CASE WHEN id % 5 = 0 THEN 'closed' WHEN id % 3 = 0 THEN 'contacted' "
               "ELSE 'new' END, closed_at = CASE WHEN id % 5 = 0 THEN '2026-06-01T00:00:00.000Z' END");
    }));
}

struct StoredRow {
    qint64 id = 0;
    QByteArray received, name, phone, email, region, status;
};

QList<StoredRow> storedRows(Database& db, const QString& where)
{
    QList<StoredRow> rows;
    Statement s(db,
        QStringLiteral(
            "SELECT id, received_at, name, phone_norm, email_norm, region, status FROM submissions s WHERE %1")
            .arg(where));
    while (s.next()) {
        rows.append({ s.int64(0), s.text(1).toUtf8(), s.text(2).toUtf8(), s.text(3).toUtf8(), s.text(4).toUtf8(),
            s.text(5).toUtf8(), s.text(6).toUtf8() });
    }
    return rows;
}

// The list's order worked out here, not by SQL: the column's stored bytes (SQLite's BINARY
// collation compares them as memcmp does), the received time within a status, then the id; all
// reversed for descending.
QList<qint64> expectedOrder(QList<StoredRow> rows, const Sort& sort)
{
    static const QByteArray none;
    auto first = [&sort](const StoredRow& r) -> const QByteArray& {
        switch (sort.column) {
        case SortColumn::ReceivedAt: return r.received;
        case SortColumn::Name: return r.name;
        case SortColumn::Phone: return r.phone;
        case SortColumn::Email: return r.email;
        case SortColumn::Region: return r.region;
        case SortColumn::Status: return r.status;
        case SortColumn::Id: return none;
        }
        return none;
    };
    auto second = [&sort](const StoredRow& r) -> const QByteArray& {
        return sort.column == SortColumn::Status ? r.received : none;
    };
    std::sort(rows.begin(), rows.end(), [&](const StoredRow& a, const StoredRow& b) {
        const auto ka = std::tie(first(a), second(a), a.id);
        const auto kb = std::tie(first(b), second(b), b.id);
        return sort.descending ? kb < ka : ka < kb;
    });
    QList<qint64> ids;
    for (const StoredRow& r : rows) {
        ids.append(r.id);
    }
    return ids;
}

QList<qint64> keysetIds(Database& db, const SubmissionQuery& q, const Sort& sort, int pageSize)
{
    QList<qint64> ids;
    std::optional<PageKey> after;
    for (;;) {
        const QList<Submission> page = q.page(db, sort, pageSize, after);
        for (const Submission& r : page) {
            ids.append(r.id);
        }
        if (page.size() < pageSize) {
            return ids;
        }
        after = SubmissionQuery::keyOf(page.last(), sort.column);
    }
}

QList<qint64> offsetIds(Database& db, const SubmissionQuery& q, const Sort& sort, int pageSize, qint64 total)
{
    QList<qint64> ids;
    for (qint64 offset = 0; offset < total; offset += pageSize) {
        for (const Submission& r : q.page(db, sort, pageSize, std::nullopt, offset)) {
            ids.append(r.id);
        }
    }
    return ids;
}

// Every sort column in both directions.
QList<Sort> everySort()
{
    QList<Sort> sorts;
    for (int c = 0; c <= int(SortColumn::Id); ++c) {
        sorts << Sort { SortColumn(c), false } << Sort { SortColumn(c), true };
    }
    return sorts;
}

// Checks every sort of the list, unfiltered and (when `thorough`) with a status filter: pages by
// keyset and (when `thorough`) by offset, the ids and an export's single pass all give the order
// worked out from the stored rows.
void checkEveryOrder(Database& db, int pageSize, bool thorough = true)
{
    for (const bool filtered : { false, true }) {
        if (filtered && !thorough) {
            break;
        }
        SubmissionFilter filter;
        if (filtered) {
            filter.statuses = { QStringLiteral("new"), QStringLiteral("closed") };
        }
        const SubmissionQuery q = SubmissionQuery::compile(db, filter, 24);
        const QList<StoredRow> rows
            = storedRows(db, filtered ? QStringLiteral("status IN ('new', 'closed')") : QStringLiteral("1"));
        QVERIFY(rows.size() > 3 * pageSize);
        for (const Sort& sort : everySort()) {
            const QString what = QStringLiteral("column %1 %2 %3")
                                     .arg(int(sort.column))
                                     .arg(sort.descending ? "desc" : "asc", filtered ? "filtered" : "all");
            const QList<qint64> expected = expectedOrder(rows, sort);
            QVERIFY2(keysetIds(db, q, sort, pageSize) == expected, qPrintable(what + QStringLiteral(" by keyset")));
            if (thorough) {
                QVERIFY2(offsetIds(db, q, sort, pageSize, rows.size()) == expected,
                    qPrintable(what + QStringLiteral(" by offset")));
                QVERIFY2(q.ids(db, sort) == expected, qPrintable(what + QStringLiteral(" ids")));
            }
            QList<qint64> exported;
            Statement every = q.everyRow(db, "s.id", sort);
            while (every.next()) {
                exported.append(every.int64(0));
            }
            QVERIFY2(exported == expected, qPrintable(what + QStringLiteral(" export")));
        }
    }
}

// EXPLAIN QUERY PLAN of one statement, its lines joined.
QString planOf(Database& db, const QString& sql)
{
    QStringList lines;
    Statement s(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    while (s.next()) {
        lines << s.text(3);
    }
    return lines.join(QLatin1Char('\n'));
}

// The plan of every statement the connection runs while `fn` runs, one string per statement.
QStringList plansOf(Database& db, const std::function<void()>& fn)
{
    QStringList sqls;
    sqlite3_trace_v2(
        db.handle(), SQLITE_TRACE_STMT,
        [](unsigned, void* context, void* statement, void*) {
            static_cast<QStringList*>(context)->append(
                QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt*>(statement))));
            return 0;
        },
        &sqls);
    fn();
    sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
    QStringList plans;
    for (const QString& sql : std::as_const(sqls)) {
        if (sql.startsWith(QLatin1String("SELECT")) && sql.contains(QLatin1String("FROM submissions"))) {
            plans << planOf(db, sql);
        }
    }
    return plans;
}

} // namespace

class TestSubmissionOrder : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_vault = std::make_unique<TestVault>(); }
    void cleanup() { m_vault.reset(); }

    void everySortPagesTiesWithoutGapsOrRepeats();
    void largeImportRebuildsTheSameIndexes();
    void olderVaultGetsTheNewIndexes();
    void listAndDashboardQueriesUseIndexes();

private:
    void import(const QString& path)
    {
        auto report = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), path, {});
        QVERIFY2(report, qPrintable(report.message()));
        QVERIFY(report->imported > 0);
        QCOMPARE(report->duplicates, 0);
    }
    std::unique_ptr<TestVault> m_vault;
};

void TestSubmissionOrder::everySortPagesTiesWithoutGapsOrRepeats()
{
    QTemporaryDir dir;
    import(writeTiedCsv(dir, 160));
    setStatuses(m_vault->db());
    // Pages of 7 cut through runs of equal status and equal received time.
    checkEveryOrder(m_vault->db(), 7);
}

void TestSubmissionOrder::largeImportRebuildsTheSameIndexes()
{
    // About 6 MB: the import drops the secondary indexes and builds them at its end.
    Database& db = m_vault->db();
    QCOMPARE(indexNames(db), kIndexes);
    const qint64 cache = Statement::scalarInt(db, "PRAGMA cache_size");
    QCOMPARE(Statement::scalarInt(db, "PRAGMA foreign_keys"), qint64(1));
    QTemporaryDir dir;
    import(writeTiedCsv(dir, 52000, 60));
    QCOMPARE(Statement::scalarInt(db, "SELECT count(*) FROM submissions"), qint64(52000));
    QCOMPARE(indexNames(db), kIndexes);
    checkSortIndexesEndInRowidOnly(db);
    // The import turned foreign keys off and enlarged the page cache for its own transaction only.
    QCOMPARE(Statement::scalarInt(db, "PRAGMA foreign_keys"), qint64(1));
    QCOMPARE(Statement::scalarInt(db, "PRAGMA cache_size"), cache);
    QVERIFY(!writeRaw(db, [](Database& d) { d.exec("UPDATE submissions SET assignee_id = 999999 WHERE id = 1"); }));
    Statement check(db, "PRAGMA integrity_check");
    QVERIFY(check.next());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
    setStatuses(db);
    checkEveryOrder(db, 4999, false);
}

void TestSubmissionOrder::olderVaultGetsTheNewIndexes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("format16.cdvault"));
    {
        auto old = Database::open(path, TestVault::key(), Database::OpenMode::Create);
        QVERIFY2(old, qPrintable(old.message()));
        Database& d = *old.value();
        QVERIFY(Migrations::apply(d, kFormatBeforeFewerIndexes));
        QVERIFY(indexNames(d).contains(QStringLiteral("submissions_status")));
        QVERIFY(writeRaw(d, [](Database& w) {
            Statement ins(w,
                "INSERT INTO submissions (received_at, name, phone_norm, email_norm, region, created_at, updated_at) "
                "VALUES (?, ?, '', '', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
            for (int i = 0; i < 90; ++i) {
                ins.bind(1, QStringLiteral("2026-01-0%1T00:00:00.000Z").arg(1 + i % 3))
                    .bind(2, QStringLiteral("Row %1").arg(i % 11))
                    .exec();
                ins.reset();
            }
        }));
        setStatuses(d);
    }
    auto opened = VaultMaintenance::open(path, TestVault::key());
    QVERIFY2(opened, qPrintable(opened.message()));
    Database& db = opened.value()->db();
    QCOMPARE(db.userVersion(), Migrations::latestVersion());
    QCOMPARE(indexNames(db), kIndexes);
    checkSortIndexesEndInRowidOnly(db);
    // The closed rows are in the partial index, the others are not.
    QCOMPARE(Statement::scalarInt(db,
                 "SELECT count(*) FROM submissions INDEXED BY submissions_closed_by_status "
                 "WHERE status = 'closed' AND closed_at IS NOT NULL"),
        qint64(18));
    checkEveryOrder(db, 8);
}

void TestSubmissionOrder::listAndDashboardQueriesUseIndexes()
{
    QTemporaryDir dir;
    import(writeTiedCsv(dir, 60));
    setStatuses(m_vault->db());
    Database& db = m_vault->db();
    const SubmissionQuery all = SubmissionQuery::compile(db, {}, 24);
    for (const Sort& sort : everySort()) {
        if (sort.column == SortColumn::Id) {
            continue; // the table itself is in id order
        }
        // The first page, the next page by keyset and a jump, as the list reads them.
        const QStringList plans = plansOf(db, [&] {
            const QList<Submission> first = all.page(db, sort, 10, std::nullopt);
            all.page(db, sort, 10, SubmissionQuery::keyOf(first.last(), sort.column));
            all.page(db, sort, 10, std::nullopt, 25);
        });
        QCOMPARE(plans.size(), 4);
        for (const QString& plan : plans) {
            QVERIFY2(plan.contains(QLatin1String("INDEX")) && !plan.contains(QLatin1String("TEMP B-TREE")),
                qPrintable(plan));
            if (sort.column == SortColumn::Status) {
                QVERIFY2(plan.contains(QLatin1String("dashboard_submissions_status_received")), qPrintable(plan));
            }
        }
    }
    // The dashboard's new and closed submissions (core/dashboard), the retention purge and the
    // "due for deletion" filter read an index only.
    QVERIFY2(planOf(db, "SELECT count(*), min(received_at) FROM submissions WHERE status = 'new'")
                 .contains(QLatin1String("COVERING INDEX dashboard_submissions_status_received")),
        "new submissions");
    for (const char* closed :
        { "SELECT count(*), min(closed_at) FROM submissions WHERE status = 'closed' AND closed_at < ?",
            "SELECT count(*) FROM submissions WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at < ?",
            "SELECT id FROM submissions WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at < ? ORDER BY "
            "id" }) {
        const QString plan = planOf(db, QString::fromLatin1(closed));
        QVERIFY2(plan.contains(QLatin1String("COVERING INDEX submissions_closed_by_status")), qPrintable(plan));
    }
    SubmissionFilter due;
    due.dueForDeletion = true;
    const SubmissionQuery dueQuery = SubmissionQuery::compile(db, due, 1);
    const QStringList duePlans = plansOf(db, [&] { dueQuery.count(db); });
    QCOMPARE(duePlans.size(), 1);
    QVERIFY2(duePlans.first().contains(QLatin1String("submissions_closed_by_status")), qPrintable(duePlans.first()));
}

QTEST_GUILESS_MAIN(TestSubmissionOrder)
#include "tst_submissionorder.moc"

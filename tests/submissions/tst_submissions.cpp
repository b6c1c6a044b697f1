#include "TestVault.h"

#include "audit/AuditLog.h"
#include "demo/DemoData.h"
#include "export/TableExport.h"
#include "maintenance/VaultMaintenance.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "submissions/SearchIndex.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionCount.h"
#include "submissions/SubmissionErasure.h"
#include "submissions/SubmissionImport.h"
#include "submissions/SyntheticSubmissions.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <algorithm>

using namespace cd;
using namespace cd::submissions;
using namespace cd::test;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(CD_SUBMISSIONS_DATA "/") + name;
}

QList<qint64> searchIds(Database& db, const QString& query)
{
    SubmissionFilter f;
    f.search = query;
    const SubmissionQuery q = SubmissionQuery::compile(db, f, 24);
    QList<qint64> ids = q.ids(db, Sort { SortColumn::Id, false });
    return ids;
}

QList<qint64> fullScan(Database& db, const QString& query)
{
    const QByteArray folded = SearchIndex::foldedUtf8(query);
    QList<qint64> ids;
    Statement s(db, "SELECT id, name, phone_norm, email_norm, message, region FROM submissions ORDER BY id");
    while (s.next()) {
        if (SearchIndex::matches(folded, { s.text(1), s.text(2), s.text(3), s.text(4), s.text(5) })) {
            ids.append(s.int64(0));
        }
    }
    return ids;
}

qint64 count(Database& db, const char* sql)
{
    return Statement::scalarInt(db, sql);
}

// What an import that fails must leave as it was: the rows, the search postings, the stored
// count, the audit log and the table's indexes (a large import drops and rebuilds them).
QStringList vaultState(Database& db)
{
    QStringList state;
    for (const char* sql : { "SELECT count(*) FROM submissions", "SELECT coalesce(max(id), 0) FROM submissions",
             "SELECT count(*) FROM submission_grams", "SELECT coalesce(sum(docs), 0) FROM submission_grams",
             "SELECT count(*) FROM audit_log",
             "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'submissions'), 0)" }) {
        state << QString::number(count(db, sql));
    }
    state << QString::number(SubmissionCount::stored(db));
    Statement indexes(
        db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'submissions' ORDER BY name");
    while (indexes.next()) {
        state << indexes.text(0) + QLatin1Char(' ') + indexes.text(1);
    }
    return state;
}

// `rows` good rows of about 200 bytes (the file passes the large-import threshold from about
// 25,000 rows on), with `bad` written as line `badLine` of the file (the header is line 1).
QString writeLargeCsv(const QTemporaryDir& dir, int rows, int badLine = 0, const QByteArray& bad = {})
{
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    QByteArray out = "name,phone,email,submitted at,message\n";
    const QByteArray padding(120, 'm');
    for (int i = 0, line = 2; i < rows; ++line) {
        if (line == badLine) {
            out += bad + "\n";
            continue;
        }
        const QByteArray n = QByteArray::number(i);
        out += "Person " + n + "," + QByteArray::number(13900000000LL + i) + ",p" + n + "@example.com,2026-05-0"
            + QByteArray::number(1 + i % 9) + " 10:00:00,Note " + n + " " + padding + "\n";
        ++i;
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    return path;
}

} // namespace

class TestSubmissions : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_vault = std::make_unique<TestVault>(); }
    void cleanup()
    {
        SearchIndex::setScanThreshold(0);
        SubmissionQuery::setCandidateTableLimit(0);
        Clock::setOverride(nullptr);
        m_vault.reset();
    }

    void importFixtures_data();
    void importFixtures();
    void reimportAddsNothing();
    void importInBatchesKeepsIdsAndIndex();
    void mappingGuessesHeaders();
    void hostileFiles_data();
    void hostileFiles();
    void hugeFieldIsRejectedOthersImport();
    void tenThousandColumnsAreRefused();
    void wrongEncodingRejectsRows();
    void cancelLeavesNothing();
    void lateMalformedLineLeavesVaultUnchanged();
    void cancelMidLargeImportLeavesVaultUnchanged();
    void lateRejectsKeepTheirLines();
    void rejectsCanBeSaved();
    void searchEqualsFullScan_data();
    void searchEqualsFullScan();
    void gramsOfOneWordAreReadOnce();
    void fewThousandCandidatesAreNarrowed();
    void manyExactMatchesPageInEveryOrder();
    void keysetPagingMatchesOffset_data();
    void keysetPagingMatchesOffset();
    void statusWorkflowIsAudited();
    void auditorCannotChange();
    void erasureRemovesIndexEntries();
    void plainDeleteIsSweptByCompact();
    void erasedValuesAreGoneFromPlaintextExport();
    void purgeExpired();
    void cancelledPurgeChangesNothing_data();
    void cancelledPurgeChangesNothing();
    void exportCsvIsAudited();
    void parseTime_data();
    void parseTime();
    void nulByteRejectsOnlyItsLine();
    void rejectsStreamToTemporaryFile();
    void olderVaultGetsCountAndReindex();
    void unfilteredJumpMatchesKeyset();
    void cancelledExportLeavesNothing_data();
    void cancelledExportLeavesNothing();

private:
    void fill(int rows, quint32 seed = 42)
    {
        DemoOptions o;
        o.submissions = rows;
        o.seed = seed;
        DemoSummary summary;
        QVERIFY(demo::fillSubmissions(m_vault->vault(), o, summary));
    }
    std::unique_ptr<TestVault> m_vault;
};

void TestSubmissions::importFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<qint64>("firstRejectLine");
    QTest::newRow("utf8 crlf, embedded newline") << "utf8-crlf.csv"
                                                 << "UTF-8" << 4 << 2 << qint64(6);
    QTest::newRow("utf8 bom semicolon") << "utf8-bom-semicolon.csv"
                                        << "UTF-8" << 4 << 2 << qint64(6);
    QTest::newRow("gb18030") << "gb18030.csv"
                             << "GB18030" << 4 << 2 << qint64(6);
    QTest::newRow("tsv") << "tabs.tsv"
                         << "UTF-8" << 4 << 2 << qint64(6);
    QTest::newRow("json array") << "array.json"
                                << "UTF-8" << 4 << 2 << qint64(4);
    QTest::newRow("json lines") << "lines.jsonl"
                                << "UTF-8" << 4 << 3 << qint64(4);
}

void TestSubmissions::importFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(int, imported);
    QFETCH(int, rejected);
    QFETCH(qint64, firstRejectLine);
    auto preview = SubmissionImporter::preview(fixture(file), {});
    QVERIFY2(preview, qPrintable(preview.message()));
    QCOMPARE(preview->encoding, encoding);
    auto report = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), fixture(file), {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->imported, imported);
    QCOMPARE(report->rejected, rejected);
    QCOMPARE(report->rejects.first().line, firstRejectLine);
    // The values arrive decoded and normalised.
    Statement s(m_vault->db(),
        "SELECT name, phone_norm, email_norm, message, received_at FROM submissions ORDER BY "
        "received_at");
    QVERIFY(s.next());
    QCOMPARE(s.text(0), QStringLiteral("张伟"));
    QCOMPARE(s.text(1), QStringLiteral("13800138000"));
    QCOMPARE(s.text(2), QStringLiteral("zhangwei@qq.com"));
    QCOMPARE(s.text(4), QStringLiteral("2026-03-01T01:15:00.000Z")); // 09:15 China time
    QVERIFY(s.next());
    QCOMPARE(s.text(1), QStringLiteral("13900001111"));
    QVERIFY(s.next());
    QCOMPARE(s.text(3), QStringLiteral("She said \"hello\"\nand left, twice"));
    QVERIFY(s.next());
    QCOMPARE(s.text(1), QStringLiteral("13600005678")); // full-width digits folded
    QVERIFY(!s.next());
    QCOMPARE(searchIds(m_vault->db(), QStringLiteral("删除我的")).size(), 1);
}

void TestSubmissions::reimportAddsNothing()
{
    auto first = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), fixture("utf8-crlf.csv"), {});
    QVERIFY(first);
    // The same rows in another encoding and format are still the same submissions.
    auto second = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), fixture("gb18030.csv"), {});
    QVERIFY(second);
    QCOMPARE(second->imported, 0);
    QCOMPARE(second->duplicates, 4);
    QCOMPARE(count(m_vault->db(), "SELECT count(*) FROM submissions"), 4);
}

// Rows go in many to a statement with ids the import hands out: every row lands, in file order,
// with the id AUTOINCREMENT would give, the search index points at the right rows, and an id
// deleted at the end of the table is never given again.
void TestSubmissions::importInBatchesKeepsIdsAndIndex()
{
    QTemporaryDir dir;
    auto writeFile = [&](const QString& name, int from, int rows) {
        const QString path = dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("name,phone\n");
        for (int i = from; i < from + rows; ++i) {
            f.write(QStringLiteral("Person%1,139%2\n").arg(i).arg(i, 8, 10, QLatin1Char('0')).toUtf8());
        }
        return path;
    };
    Database& db = m_vault->db();
    const int rows = 150; // two full batches and a shorter one
    auto report
        = SubmissionImporter::run(db, m_vault->vault().actor(), writeFile(QStringLiteral("a.csv"), 0, rows), {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->imported, rows);
    const qint64 first = count(db, "SELECT min(id) FROM submissions");
    QCOMPARE(count(db, "SELECT max(id) FROM submissions"), first + rows - 1);
    for (int i : { 0, 63, 64, 127, 128, 149 }) {
        Statement s(db, "SELECT name, phone_norm FROM submissions WHERE id = ?");
        s.bind(1, first + i);
        QVERIFY(s.next());
        QCOMPARE(s.text(0), QStringLiteral("Person%1").arg(i));
        const SearchIndex::Plan plan = SearchIndex::plan(db, s.text(1));
        QVERIFY(std::binary_search(plan.candidates.begin(), plan.candidates.end(), quint32(first + i)));
    }
    const qint64 last = first + rows - 1;
    QVERIFY(test::writeRaw(db, [&](Database& d) {
        Statement del(d, "DELETE FROM submissions WHERE id = ?");
        del.bind(1, last).exec();
    }));
    report = SubmissionImporter::run(db, m_vault->vault().actor(), writeFile(QStringLiteral("b.csv"), 1000, 1), {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->imported, 1);
    QCOMPARE(count(db, "SELECT max(id) FROM submissions"), last + 1);
    // The new row's grams join the lists the first import wrote in the same block: merged with
    // them, not written over them.
    const SearchIndex::Plan plan = SearchIndex::plan(db, QStringLiteral("Person1"));
    for (qint64 id : { first + 1, first + 10, first + 100, last + 1 }) {
        QVERIFY2(std::binary_search(plan.candidates.begin(), plan.candidates.end(), quint32(id)),
            qPrintable(QString::number(id - first)));
    }
}

void TestSubmissions::mappingGuessesHeaders()
{
    const ImportMapping m = SubmissionImporter::guessMapping(
        { QStringLiteral("序号"), QStringLiteral("联系人"), QStringLiteral("联系电话"), QStringLiteral("E-mail"),
            QStringLiteral("所在地区"), QStringLiteral("咨询内容"), QStringLiteral("留言时间") });
    QCOMPARE(m[size_t(ImportField::Name)], 1);
    QCOMPARE(m[size_t(ImportField::Phone)], 2);
    QCOMPARE(m[size_t(ImportField::Email)], 3);
    QCOMPARE(m[size_t(ImportField::Region)], 4);
    QCOMPARE(m[size_t(ImportField::Message)], 5);
    QCOMPARE(m[size_t(ImportField::ReceivedAt)], 6);
}

void TestSubmissions::hostileFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unbalanced quotes") << "unbalanced-quotes.csv"
                                       << "Line 3";
    QTest::newRow("binary garbage") << "binary-garbage.csv"
                                    << "not a text file";
}

void TestSubmissions::hostileFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);
    fill(10);
    auto report = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), fixture(file), {});
    QVERIFY(!report);
    QCOMPARE(report.code(), ErrorCode::InvalidInput);
    QVERIFY2(report.message().contains(messagePart), qPrintable(report.message()));
    QCOMPARE(count(m_vault->db(), "SELECT count(*) FROM submissions"), 10); // nothing added, nothing lost
}

void TestSubmissions::hugeFieldIsRejectedOthersImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,phone,message\n");
    f.write("Alice,13800000001,short\n");
    f.write("Bob,13800000002,\"");
    const QByteArray chunk(1 << 20, 'x');
    for (int i = 0; i < 50; ++i) {
        f.write(chunk);
    }
    f.write("\"\nCarol,13800000003,fine\n");
    f.close();
    auto report = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), path, {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->imported, 2);
    QCOMPARE(report->rejected, 1);
    QCOMPARE(report->rejects.first().line, 3);
}

void TestSubmissions::tenThousandColumnsAreRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArrayList cols { "name" };
    for (int i = 1; i < 10000; ++i) {
        cols << "c" + QByteArray::number(i);
    }
    f.write(cols.join(',') + "\nAlice\n");
    f.close();
    auto report = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), path, {});
    QVERIFY(!report);
    QVERIFY2(report.message().contains(QStringLiteral("10000")), qPrintable(report.message()));
}

void TestSubmissions::wrongEncodingRejectsRows()
{
    ImportOptions o;
    o.encoding = QStringLiteral("UTF-8");
    auto report = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), fixture("gb18030.csv"), o);
    // The Chinese header cannot be read as UTF-8, so no column is recognised: a clear refusal.
    QVERIFY(!report);
    QCOMPARE(count(m_vault->db(), "SELECT count(*) FROM submissions"), 0);
    ImportOptions mapped = o;
    mapped.useMapping = true;
    mapped.mapping = { { 0, 1, 2, 3, 4, 5 } };
    report = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), fixture("gb18030.csv"), mapped);
    QVERIFY(report);
    QCOMPARE(report->imported, 1); // the only row whose name and message are plain ASCII
    QVERIFY(report->rejects.first().reason.contains(QStringLiteral("encoding")));
}

void TestSubmissions::cancelLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,phone\n");
    for (int i = 0; i < 5000; ++i) {
        f.write("P" + QByteArray::number(i) + ",1380000" + QByteArray::number(1000 + i) + "\n");
    }
    f.close();
    std::atomic_bool cancel { false };
    auto report = SubmissionImporter::run(
        m_vault->db(), m_vault->vault().actor(), path, {},
        [&](const ImportProgress& p) {
            if (p.rows >= 2048) {
                cancel = true;
            }
        },
        &cancel);
    QVERIFY(!report);
    QCOMPARE(report.code(), ErrorCode::Cancelled);
    QCOMPARE(count(m_vault->db(), "SELECT count(*) FROM submissions"), 0);
    QCOMPARE(count(m_vault->db(), "SELECT count(*) FROM submission_grams"), 0);
}

void TestSubmissions::lateMalformedLineLeavesVaultUnchanged()
{
    // Rows are read on one thread and written on another: a file broken far into it (after
    // several batches were written) names the broken line and leaves the vault as it was.
    fill(10);
    const QStringList before = vaultState(m_vault->db());
    QTemporaryDir dir;
    const QString path = writeLargeCsv(dir, 30000, 28001, "Broken \"quote, 13900000001,x@example.com");
    QVERIFY(!path.isEmpty());
    qint64 lastProgress = 0;
    auto report = SubmissionImporter::run(
        m_vault->db(), m_vault->vault().actor(), path, {}, [&](const ImportProgress& p) { lastProgress = p.rows; });
    QVERIFY(!report);
    QCOMPARE(report.code(), ErrorCode::InvalidInput);
    QVERIFY2(report.message().startsWith(QStringLiteral("Line 28001:")), qPrintable(report.message()));
    QVERIFY2(lastProgress >= 27000, qPrintable(QString::number(lastProgress))); // the rows before were written
    QCOMPARE(vaultState(m_vault->db()), before);
}

void TestSubmissions::cancelMidLargeImportLeavesVaultUnchanged()
{
    fill(10);
    const QStringList before = vaultState(m_vault->db());
    QTemporaryDir dir;
    const QString path = writeLargeCsv(dir, 30000);
    QVERIFY(!path.isEmpty());
    std::atomic_bool cancel { false };
    QList<qint64> reported;
    auto report = SubmissionImporter::run(
        m_vault->db(), m_vault->vault().actor(), path, {},
        [&](const ImportProgress& p) {
            reported.append(p.rows);
            cancel = p.rows >= 10240; // the user presses Cancel after 10,240 rows
        },
        &cancel);
    QVERIFY(!report);
    QCOMPARE(report.code(), ErrorCode::Cancelled);
    // Progress every 1,024 rows up to the Cancel, which the next check sees.
    QList<qint64> expected;
    for (qint64 rows = 1024; rows <= 10240; rows += 1024) {
        expected.append(rows);
    }
    QCOMPARE(reported, expected);
    QCOMPARE(vaultState(m_vault->db()), before);
    // The vault takes the same file afterwards, whole.
    cancel = false;
    report = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), path, {}, {}, &cancel);
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->imported, 30000);
    QCOMPARE(count(m_vault->db(), "SELECT count(*) FROM submissions"), 30010);
    QCOMPARE(SubmissionCount::stored(m_vault->db()), 30010);
}

void TestSubmissions::lateRejectsKeepTheirLines()
{
    // Rejects and duplicates found in different batches keep their line numbers and file order.
    QTemporaryDir dir;
    const QString path = writeLargeCsv(dir, 5000, 4500, "Bad phone,12,bad@example.com,2026-05-01 10:00:00,x");
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write("Person 7,13900000007,p7@example.com,2026-05-08 10:00:00,Note 7 " + QByteArray(120, 'm') + "\n");
    f.write("No time,13900000008,p8@example.com,,x\n");
    f.close();
    auto report = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), path, {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->read, 5003);
    QCOMPARE(report->imported, 5000);
    QCOMPARE(report->duplicates, 1); // line 5003 repeats line 9
    QCOMPARE(report->rejected, 2);
    QCOMPARE(report->rejects.at(0).line, qint64(4500));
    QCOMPARE(report->rejects.at(1).line, qint64(5004));
    QCOMPARE(count(m_vault->db(), "SELECT min(id) FROM submissions"), 1);
    QCOMPARE(count(m_vault->db(), "SELECT max(id) FROM submissions"), 5000);
    QCOMPARE(count(m_vault->db(), "SELECT id FROM submissions WHERE name = 'Person 4998'"), 4999);
    QCOMPARE(searchIds(m_vault->db(), QStringLiteral("p4998@")), QList<qint64> { 4999 });
}

void TestSubmissions::rejectsCanBeSaved()
{
    auto report = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), fixture("utf8-crlf.csv"), {});
    QVERIFY(report);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("rejects.csv"));
    QVERIFY(SubmissionImporter::writeRejects(m_vault->vault(), out, report.value()));
    const QByteArray bytes = readFile(out);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("not-an-email"));
    QCOMPARE(bytes.count('\n'), 3);
}

void TestSubmissions::searchEqualsFullScan_data()
{
    QTest::addColumn<qint64>("scanThreshold");
    QTest::addColumn<qint64>("tableLimit");
    QTest::newRow("index path") << qint64(0) << qint64(0);
    QTest::newRow("scan path for common grams") << qint64(50) << qint64(0);
    QTest::newRow("large candidate sets walk the index") << qint64(0) << qint64(20);
}

void TestSubmissions::gramsOfOneWordAreReadOnce()
{
    // More candidates than are verified one by one (2,000). "qwe" and "wer" have as many rows
    // in every block as each other, but not the same rows: "qwer" is in none of them. "outlook"
    // has all its grams in the same rows, plus one row with "outl" alone.
    Database& db = m_vault->db();
    const int many = 2100;
    QVERIFY(test::writeRaw(db, [&](Database& d) {
        Statement insert(d,
            "INSERT INTO submissions (received_at, name, email_norm, created_at, updated_at) "
            "VALUES ('2026-01-01T00:00:00.000Z', ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
        for (int i = 0; i < many; ++i) {
            insert.bind(1, QStringLiteral("qwex %1").arg(i)).bind(2, QStringLiteral("p%1@outlook.com").arg(i)).exec();
            insert.bind(1, QStringLiteral("xwer %1").arg(i)).bind(2, QStringLiteral("q%1@example.org").arg(i)).exec();
        }
        insert.bind(1, QStringLiteral("outl")).bind(2, QStringLiteral("-")).exec();
        SubmissionCount::add(d, 2 * many + 1);
        SearchIndex::rebuild(d);
    }));
    for (const QString& q : { QStringLiteral("qwer"), QStringLiteral("outlook"), QStringLiteral("outl"),
             QStringLiteral("qwex"), QStringLiteral("k.com") }) {
        const QList<qint64> expected = fullScan(db, q);
        QCOMPARE(searchIds(db, q), expected);
        SubmissionFilter f;
        f.search = q;
        QCOMPARE(SubmissionQuery::compile(db, f, 24).count(db), qint64(expected.size()));
    }
    QCOMPARE(fullScan(db, QStringLiteral("outlook")).size(), many);
    QCOMPARE(fullScan(db, QStringLiteral("qwer")).size(), 0);
    // The candidates of "outlook" are its rows exactly, though only one of its lists was read.
    QCOMPARE(SearchIndex::plan(db, QStringLiteral("outlook")).candidates.size(), size_t(many));
}

void TestSubmissions::fewThousandCandidatesAreNarrowed()
{
    // "zq7" is in 2,500 rows and "q7y" in 10,300; 300 rows hold "zq7y". The plan reads the longer
    // list too: a few thousand candidates might all be verified, a row read each.
    Database& db = m_vault->db();
    QVERIFY(test::writeRaw(db, [&](Database& d) {
        Statement insert(d,
            "INSERT INTO submissions (received_at, name, email_norm, created_at, updated_at) "
            "VALUES ('2026-01-01T00:00:00.000Z', ?, '-', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
        for (int i = 0; i < 12500; ++i) {
            const QString name = i < 300 ? QStringLiteral("zq7y %1")
                : i < 2500               ? QStringLiteral("zq7 %1")
                                         : QStringLiteral("q7y %1");
            insert.bind(1, name.arg(i)).exec();
        }
        SubmissionCount::add(d, 12500);
        SearchIndex::rebuild(d);
    }));
    const SearchIndex::Plan plan = SearchIndex::plan(db, QStringLiteral("zq7y"));
    QCOMPARE(plan.mode, SearchIndex::Plan::Mode::Candidates);
    QCOMPARE(plan.candidates.size(), size_t(300));
    QCOMPARE(searchIds(db, QStringLiteral("zq7y")), fullScan(db, QStringLiteral("zq7y")));
}

void TestSubmissions::manyExactMatchesPageInEveryOrder()
{
    // "删除" is one gram: its list is the answer. With more matches than walkFromMatches() (200 at
    // this size) the first page walks the sort column's index; with a status filter it sorts the
    // listed ids. Either way every order, both directions and the next page, must be the scan's.
    fill(3000, 11);
    Database& db = m_vault->db();
    const QString q = QStringLiteral("删除");
    const QList<qint64> matches = fullScan(db, q);
    QVERIFY2(matches.size() > 250 && matches.size() < 2000, qPrintable(QString::number(matches.size())));
    const QString idList = [&] {
        QStringList ids;
        for (qint64 id : matches) {
            ids << QString::number(id);
        }
        return ids.join(QLatin1Char(','));
    }();
    const QList<QPair<SortColumn, const char*>> orders { { SortColumn::ReceivedAt, "received_at" },
        { SortColumn::Name, "name" }, { SortColumn::Phone, "phone_norm" }, { SortColumn::Email, "email_norm" },
        { SortColumn::Region, "region" }, { SortColumn::Status, "status%1, received_at" },
        { SortColumn::Id, nullptr } };
    for (const bool filtered : { false, true }) {
        SubmissionFilter f;
        f.search = q;
        if (filtered) {
            f.statuses = statusKeys();
        }
        const SubmissionQuery query = SubmissionQuery::compile(db, f, 24);
        QCOMPARE(query.count(db), qint64(matches.size()));
        for (const auto& [column, sql] : orders) {
            for (const bool descending : { true, false }) {
                const char* dir = descending ? " DESC" : " ASC";
                // The status sorts by status, then time received, then id, all in one direction.
                QString keys = QString::fromLatin1(sql ? sql : "");
                if (keys.contains(QLatin1String("%1"))) {
                    keys = keys.arg(QLatin1String(dir));
                }
                const QString order = sql ? QStringLiteral("%1%2, id%2").arg(keys, QLatin1String(dir))
                                          : QStringLiteral("id%1").arg(QLatin1String(dir));
                QList<qint64> expected;
                Statement s(db,
                    QStringLiteral("SELECT id FROM submissions WHERE id IN (%1) ORDER BY %2 LIMIT 200")
                        .arg(idList, order));
                while (s.next()) {
                    expected.append(s.int64(0));
                }
                const Sort sort { column, descending };
                const QList<Submission> first = query.page(db, sort, 100, std::nullopt);
                QCOMPARE(first.size(), 100);
                const QList<Submission> next = query.page(db, sort, 100, SubmissionQuery::keyOf(first.last(), column));
                QList<qint64> got;
                for (const Submission& r : first + next) {
                    got.append(r.id);
                }
                QVERIFY2(got == expected, qPrintable(QStringLiteral("%1 %2").arg(order).arg(filtered)));
            }
        }
    }
}

void TestSubmissions::searchEqualsFullScan()
{
    QFETCH(qint64, scanThreshold);
    QFETCH(qint64, tableLimit);
    SearchIndex::setScanThreshold(scanThreshold);
    SubmissionQuery::setCandidateTableLimit(tableLimit);
    fill(3000, 7);
    Database& db = m_vault->db();
    QStringList queries { QStringLiteral("163"), QStringLiteral(".com"), QStringLiteral("use"), QStringLiteral("删除"),
        QStringLiteral("王芳"), QStringLiteral("1380"), QStringLiteral("QQ.COM"), QStringLiteral("ｑｑ．ｃｏｍ"),
        QStringLiteral("个人信息"), QStringLiteral("zzzq"), QStringLiteral("order CD1") };
    // Random fragments of stored text, in every field, plus some that will not occur.
    QRandomGenerator rng(99);
    Statement s(db, "SELECT name, phone_norm, email_norm, message FROM submissions WHERE id = ?");
    for (int i = 0; i < 120; ++i) {
        s.bind(1, qint64(rng.bounded(1, 3001)));
        QVERIFY(s.next());
        const QString text = s.text(rng.bounded(4));
        s.reset();
        if (text.size() < 3) {
            continue;
        }
        const int len = rng.bounded(2, qMin(8, int(text.size())) + 1);
        const int from = rng.bounded(int(text.size()) - len + 1);
        queries << text.mid(from, len);
    }
    for (int i = 0; i < 20; ++i) {
        queries << QString::number(rng.bounded(1000, 99999));
    }
    int nonEmpty = 0;
    int estimates = 0;
    for (const QString& q : queries) {
        const QList<qint64> expected = fullScan(db, q);
        if (!SearchIndex::isSearchable(q)) {
            continue;
        }
        QCOMPARE(searchIds(db, q), expected);
        SubmissionFilter f;
        f.search = q;
        const SubmissionQuery query = SubmissionQuery::compile(db, f, 24);
        QCOMPARE(query.count(db), qint64(expected.size()));
        QCOMPARE(query.count(db, 5), qMin<qint64>(6, expected.size()));
        // The list's count: exact up to the cap, or an estimate only when the matches really
        // are more than the cap, and near their number.
        const SubmissionQuery::ListCount listed = query.listCount(db, 5);
        if (listed.estimated) {
            QVERIFY2(expected.size() > 5 && listed.n > 5, qPrintable(q));
            QVERIFY2(listed.n * 2 > expected.size() && listed.n < expected.size() * 2, qPrintable(q));
            ++estimates;
        } else {
            QCOMPARE(listed.n, qMin<qint64>(6, expected.size()));
        }
        // The candidate lookups share a read transaction of their own, ended when they are done,
        // or the caller's, which stays open.
        QVERIFY2(!db.inTransaction(), qPrintable(q));
        {
            Transaction read(db, Transaction::Mode::Read);
            const SubmissionQuery inside = SubmissionQuery::compile(db, f, 24);
            QCOMPARE(inside.listCount(db, 5).n, listed.n);
            QCOMPARE(inside.count(db), qint64(expected.size()));
            QVERIFY2(db.inTransaction(), qPrintable(q));
            read.commit();
        }
        f.statuses = { QStringLiteral("closed") };
        const SubmissionQuery filtered = SubmissionQuery::compile(db, f, 24);
        QCOMPARE(filtered.count(db), qint64(filtered.ids(db, Sort {}).size()));
        nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    QVERIFY(nonEmpty > 50);
    if (scanThreshold == 0) {
        QVERIFY(estimates > 0); // common grams ("com") have thousands of candidates here
    }
    QVERIFY(!SearchIndex::isSearchable(QStringLiteral("ab")));
    QVERIFY(!SearchIndex::isSearchable(QStringLiteral("王")));
    QVERIFY(SearchIndex::isSearchable(QStringLiteral("王芳")));
}

void TestSubmissions::keysetPagingMatchesOffset_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (int c = 0; c <= int(SortColumn::Id); ++c) {
        QTest::addRow("column %d desc", c) << c << true;
        QTest::addRow("column %d asc", c) << c << false;
    }
}

void TestSubmissions::keysetPagingMatchesOffset()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    fill(700, 3);
    Database& db = m_vault->db();
    SubmissionFilter f;
    f.statuses = { QStringLiteral("closed"), QStringLiteral("contacted") };
    const SubmissionQuery q = SubmissionQuery::compile(db, f, 24);
    const Sort sort { SortColumn(column), descending };
    const qint64 total = q.count(db);
    QList<qint64> keyset;
    std::optional<PageKey> after;
    for (;;) {
        const auto page = q.page(db, sort, 97, after);
        for (const auto& r : page) {
            keyset.append(r.id);
        }
        if (page.size() < 97) {
            break;
        }
        after = SubmissionQuery::keyOf(page.last(), sort.column);
    }
    QCOMPARE(keyset.size(), total);
    QList<qint64> offsetIds;
    for (qint64 off = 0; off < total; off += 97) {
        for (const auto& r : q.page(db, sort, 97, std::nullopt, off)) {
            offsetIds.append(r.id);
        }
    }
    QCOMPARE(keyset, offsetIds);
}

void TestSubmissions::statusWorkflowIsAudited()
{
    fill(5);
    SubmissionService service(m_vault->vault());
    QVERIFY(service.update(1, { QStringLiteral("new"), {}, QStringLiteral("called back"), {} }));
    QVERIFY(service.update(1, { QStringLiteral("closed"), {}, {}, true }));
    auto s = service.get(1);
    QVERIFY(s);
    QCOMPARE(s->status, QStringLiteral("closed"));
    QVERIFY(s->closedAt.isValid());
    QVERIFY(s->possibleMinor);
    QCOMPARE(s->notes, QStringLiteral("called back"));
    QVERIFY(service.update(1, { QStringLiteral("contacted"), {}, {}, {} })); // reopen
    QVERIFY(!service.get(1)->closedAt.isValid());
    QVERIFY(!service.update(1, { QStringLiteral("archived"), {}, {}, {} }));
    auto many = service.updateMany({ 2, 3, 4 }, { {}, m_vault->vault().actor().id, {}, {} });
    QVERIFY(many);
    QCOMPARE(many.value(), 3);
    QCOMPARE(service.get(3)->assigneeId, m_vault->vault().actor().id);
    AuditFilter af;
    af.action = QStringLiteral("submission.");
    const auto entries = AuditLog::list(m_vault->db(), af, 0, 100);
    QVERIFY(entries.size() >= 4);
    for (const AuditEntry& e : entries) {
        QVERIFY(!e.detail.contains(QStringLiteral("called back")));
        QVERIFY(!e.fields.join(QLatin1Char(' ')).contains(QStringLiteral("called back")));
    }
}

void TestSubmissions::auditorCannotChange()
{
    fill(3);
    m_vault->signInAs(Role::Auditor);
    SubmissionService service(m_vault->vault());
    QVERIFY(service.get(1));
    const Status st = service.update(1, { QStringLiteral("closed"), {}, {}, {} });
    QCOMPARE(st.code(), ErrorCode::PermissionDenied);
    QTemporaryDir dir;
    auto exported
        = service.exportRows({}, {}, SubmissionService::ExportFormat::Csv, dir.filePath(QStringLiteral("x.csv")));
    QCOMPARE(exported.code(), ErrorCode::PermissionDenied);
}

void TestSubmissions::erasureRemovesIndexEntries()
{
    fill(300);
    Database& db = m_vault->db();
    SubmissionService service(m_vault->vault());
    auto victim = service.get(42);
    QVERIFY(victim);
    const QString fragment = victim->emailNorm.isEmpty() ? victim->phoneNorm : victim->emailNorm;
    QVERIFY(searchIds(db, fragment).contains(42));
    const qint64 postingsBefore = count(db, "SELECT sum(docs) FROM submission_grams");
    QVERIFY(test::writeRaw(m_vault->db(), [&](Database& d) { QCOMPARE(eraseSubmissions(d, { 42, 43 }), 2); }));
    QVERIFY(!searchIds(db, fragment).contains(42));
    const qint64 gramsOfTwo = qint64(
        SearchIndex::gramsOf({ victim->name, victim->phoneNorm, victim->emailNorm, victim->message, victim->region })
            .size());
    QVERIFY(count(db, "SELECT sum(docs) FROM submission_grams") <= postingsBefore - gramsOfTwo);
    // Index and table agree afterwards: a rebuild gives the same postings.
    const qint64 after = count(db, "SELECT sum(docs) FROM submission_grams");
    SearchIndex::rebuild(db);
    QCOMPARE(count(db, "SELECT sum(docs) FROM submission_grams"), after);
}

void TestSubmissions::plainDeleteIsSweptByCompact()
{
    fill(200);
    Database& db = m_vault->db();
    SubmissionService service(m_vault->vault());
    const QString email = service.get(7)->emailNorm;
    db.exec("DELETE FROM submissions WHERE id IN (7, 8, 9)");
    compactSearchIndex(db);
    const qint64 afterCompact = count(db, "SELECT sum(docs) FROM submission_grams");
    SearchIndex::rebuild(db);
    QCOMPARE(count(db, "SELECT sum(docs) FROM submission_grams"), afterCompact);
    QCOMPARE(count(db, "SELECT count(*) FROM submission_unindexed_deletes"), 0);
    Q_UNUSED(email)
}

void TestSubmissions::erasedValuesAreGoneFromPlaintextExport()
{
    Database& db = m_vault->db();
    SubmissionService service(m_vault->vault());
    Submission s;
    s.name = QStringLiteral("Quentin Vexillary");
    s.phone = QStringLiteral("13912345678");
    s.email = QStringLiteral("quentin.vexillary@example.org");
    s.message = QStringLiteral("please forget me");
    auto id = service.create(s);
    QVERIFY(id);
    fill(50);
    QVERIFY(searchIds(db, QStringLiteral("vexillary")).contains(id.value()));
    QVERIFY(test::writeRaw(m_vault->db(), [&](Database& d) { QCOMPARE(eraseSubmissions(d, { id.value() }), 1); }));
    compactSearchIndex(db);
    const QString plain = m_vault->dir() + QStringLiteral("/plain.db");
    Statement attach(db, "ATTACH DATABASE ? AS plain KEY ''");
    attach.bind(1, plain).exec();
    db.exec("SELECT sqlcipher_export('plain')");
    db.exec("DETACH DATABASE plain");
    const QByteArray bytes = readFile(plain);
    QVERIFY(bytes.size() > 10000);
    QVERIFY(bytes.contains("submission_grams")); // really a plaintext copy
    QVERIFY(!bytes.contains("Vexillary"));
    QVERIFY(!bytes.contains("vexillary"));
    QVERIFY(!bytes.contains("13912345678"));
    // Grams are stored as packed integers: no trace of the posting list for "vex" either.
    QVERIFY(searchIds(db, QStringLiteral("vexillary")).isEmpty());
}

void TestSubmissions::purgeExpired()
{
    fill(400, 11);
    Database& db = m_vault->db();
    SubmissionService service(m_vault->vault());
    QVERIFY(service.setRetentionMonths(6));
    const qint64 due = count(db,
        "SELECT count(*) FROM submissions WHERE status = 'closed' AND closed_at < "
        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-6 months')");
    QVERIFY(due > 10);
    auto dry = service.purgeExpired(true);
    QVERIFY(dry);
    QCOMPARE(dry->due, due);
    QCOMPARE(dry->deleted, 0);
    SubmissionFilter f;
    f.dueForDeletion = true;
    QCOMPARE(SubmissionQuery::compile(db, f, 6).count(db), due);
    auto done = service.purgeExpired(false);
    QVERIFY(done);
    QCOMPARE(done->deleted, due);
    QCOMPARE(count(db, "SELECT count(*) FROM submissions"), 400 - due);
    AuditFilter af;
    af.action = QStringLiteral("submission.purge");
    const auto entries = AuditLog::list(db, af, 0, 10);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().detail.contains(QStringLiteral("rows=%1").arg(due)));
    const qint64 postings = count(db, "SELECT sum(docs) FROM submission_grams");
    SearchIndex::rebuild(db);
    QCOMPARE(count(db, "SELECT sum(docs) FROM submission_grams"), postings);
}

void TestSubmissions::cancelledPurgeChangesNothing_data()
{
    QTest::addColumn<bool>("atStart");
    QTest::newRow("before the first row") << true;
    QTest::newRow("after the last row") << false;
}

void TestSubmissions::cancelledPurgeChangesNothing()
{
    // The purge is one transaction: a cancel at any point, even after the last row went, leaves
    // every row, the erasure ledger and the audit log as they were.
    QFETCH(bool, atStart);
    fill(400, 11);
    Database& db = m_vault->db();
    SubmissionService service(m_vault->vault());
    QVERIFY(service.setRetentionMonths(6));
    const qint64 due = service.purgeExpired(true)->due;
    QVERIFY(due > 10);
    const qint64 rows = count(db, "SELECT count(*) FROM submissions");
    const qint64 stored = count(db, "SELECT total FROM submission_stats WHERE id = 1");
    const qint64 ledger = count(db, "SELECT count(*) FROM erasure_ledger_records");
    const qint64 audit = count(db, "SELECT count(*) FROM audit_log");
    const qint64 postings = count(db, "SELECT sum(docs) FROM submission_grams");

    // On a connection of its own, as the page runs it on its worker.
    auto connection = m_vault->vault().openConnection();
    QVERIFY2(connection, qPrintable(connection.message()));
    std::atomic_bool cancel { false };
    QList<qint64> reported;
    PurgeControl control;
    control.connection = connection.value().get();
    control.work.cancel = &cancel;
    control.work.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, due);
        reported << done;
        if (atStart || done == total) {
            cancel = true; // as if the user pressed Cancel while this step ran
        }
    };
    auto cancelled = service.purgeExpired(false, control);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
    QCOMPARE(reported.last(), atStart ? qint64(0) : due);
    QCOMPARE(count(db, "SELECT count(*) FROM submissions"), rows);
    QCOMPARE(count(db, "SELECT total FROM submission_stats WHERE id = 1"), stored);
    QCOMPARE(count(db, "SELECT count(*) FROM erasure_ledger_records"), ledger);
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log"), audit);
    QCOMPARE(count(db, "SELECT sum(docs) FROM submission_grams"), postings);

    // Run to the end, the same purge does what it always did.
    cancel = false;
    reported.clear();
    control.work.progress = [&](qint64 done, qint64) { reported << done; };
    auto done = service.purgeExpired(false, control);
    QVERIFY2(done, qPrintable(done.message()));
    QCOMPARE(done->deleted, due);
    QCOMPARE(reported.last(), due);
    QCOMPARE(count(db, "SELECT count(*) FROM submissions"), rows - due);
    QCOMPARE(count(db, "SELECT count(*) FROM erasure_ledger_records"), ledger + due);
    QCOMPARE(count(db, "SELECT count(*) FROM audit_log"), audit + 1);
    AuditFilter af;
    af.action = QStringLiteral("submission.purge");
    const auto entries = AuditLog::list(db, af, 0, 10);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().detail, QStringLiteral("rows=%1 retention_months=6").arg(due));
}

void TestSubmissions::exportCsvIsAudited()
{
    fill(120);
    SubmissionService service(m_vault->vault());
    SubmissionFilter f;
    f.statuses = { QStringLiteral("closed") };
    const qint64 expected = SubmissionQuery::compile(m_vault->db(), f, 24).count(m_vault->db());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    auto rows = service.exportRows(f, {}, SubmissionService::ExportFormat::Csv, path);
    QVERIFY2(rows, qPrintable(rows.message()));
    QCOMPARE(rows.value(), expected);
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count('\n'), expected + 1);
    AuditFilter af;
    af.action = QStringLiteral("submission.export");
    const auto entries = AuditLog::list(m_vault->db(), af, 0, 10);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().detail.contains(QStringLiteral("rows=%1").arg(expected)));
    QVERIFY(entries.first().detail.contains(QStringLiteral("status=closed")));
    if (TableExport::xlsxAvailable()) {
        auto x
            = service.exportRows(f, {}, SubmissionService::ExportFormat::Xlsx, dir.filePath(QStringLiteral("o.xlsx")));
        QVERIFY2(x, qPrintable(x.message()));
        QVERIFY(readFile(dir.filePath(QStringLiteral("o.xlsx"))).startsWith("PK"));
    }
}

void TestSubmissions::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: refused
    QTest::newRow("china local") << "2026-03-01 09:15:00"
                                 << "2026-03-01T01:15:00.000Z";
    QTest::newRow("no seconds") << "2026/3/1 9:15"
                                << "2026-03-01T01:15:00.000Z";
    QTest::newRow("chinese date") << "2026年3月1日 09:15"
                                  << "2026-03-01T01:15:00.000Z";
    QTest::newRow("date only") << "2026-03-01"
                               << "2026-02-28T16:00:00.000Z";
    QTest::newRow("iso z") << "2026-03-01T09:15:00Z"
                           << "2026-03-01T09:15:00.000Z";
    QTest::newRow("iso offset ms") << "2026-03-01T09:15:00.5+02:00"
                                   << "2026-03-01T07:15:00.500Z";
    QTest::newRow("full-width") << "２０２６-０３-０１ ０９:１５"
                                << "2026-03-01T01:15:00.000Z";
    QTest::newRow("bad month") << "2026-13-01 09:00"
                               << "";
    QTest::newRow("words") << "yesterday"
                           << "";
    QTest::newRow("trailing junk") << "2026-03-01 09:15 abc"
                                   << "";
}

void TestSubmissions::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const QDateTime t = SubmissionImporter::parseTime(text);
    QCOMPARE(t.isValid() ? toStorageText(t) : QString(), utc);
}

void TestSubmissions::nulByteRejectsOnlyItsLine()
{
    // A NUL byte inside the first 64 KB used to refuse the whole file; now only its line goes.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nul.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("姓名,手机,留言\n张伟,13800138001,你好\n李明,13800138002,带");
    f.write(QByteArray(1, '\0'));
    f.write("空字符\n王芳,13800138003,再见\n");
    f.close();
    auto report = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), path, {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->imported, qint64(2));
    QCOMPARE(report->rejected, qint64(1));
    QCOMPARE(report->rejects.first().line, qint64(3));
    QVERIFY2(
        report->rejects.first().reason.contains(QStringLiteral("NUL")), qPrintable(report->rejects.first().reason));
    QCOMPARE(count(m_vault->db(), "SELECT count(*) FROM submissions WHERE name IN ('张伟', '王芳')"), 2);
    QCOMPARE(count(m_vault->db(), "SELECT count(*) FROM submissions WHERE name = '李明'"), 0);
}

void TestSubmissions::rejectsStreamToTemporaryFile()
{
    // More rejects than are kept in memory: all of them reach the saved file, in order.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many-bad.csv"));
    const int bad = ImportReport::maxKeptRejects * 3 + 7;
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,手机,邮箱\n张伟,13800138001,\n");
        for (int i = 0; i < bad; ++i) {
            f.write("坏行" + QByteArray::number(i) + ",12,not-an-email\n");
        }
        f.write("王芳,13800138003,\n");
    }
    auto report = SubmissionImporter::run(m_vault->db(), m_vault->vault().actor(), path, {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->imported, qint64(2));
    QCOMPARE(report->rejected, qint64(bad));
    QCOMPARE(report->rejects.size(), qsizetype(ImportReport::maxKeptRejects));
    QVERIFY(report->rejectSpool);
    const QString out = dir.filePath(QStringLiteral("rejects.csv"));
    QVERIFY(SubmissionImporter::writeRejects(m_vault->vault(), out, report.value()));
    QFile saved(out);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = saved.readAll().split('\n');
    QCOMPARE(lines.size(), bad + 2); // header, every reject, the empty piece after the last CRLF
    QVERIFY(lines.at(1).startsWith("3,"));
    QVERIFY(lines.at(bad).startsWith(QByteArray(QByteArray::number(bad + 2) + ",")));
    QVERIFY(lines.at(bad).contains(QByteArray("坏行" + QByteArray::number(bad - 1))));
    // The spool is private and goes with the report.
    const QString spoolPath = report->rejectSpool->fileName();
    QVERIFY(QFile::exists(spoolPath));
    QCOMPARE(
        QFile::permissions(spoolPath) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    report = Result<ImportReport>(Error { ErrorCode::Cancelled, QString() });
    QVERIFY(!QFile::exists(spoolPath));
}

void TestSubmissions::olderVaultGetsCountAndReindex()
{
    // A vault as format 11 made it (before migration 0012 and search index version 2): no stored
    // count, no postings of the region. Opening it adds both.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("format11.cdvault"));
    {
        auto old = Database::open(path, TestVault::key(), Database::OpenMode::Create);
        QVERIFY2(old, qPrintable(old.message()));
        Database& d = *old.value();
        QVERIFY(Migrations::apply(d, 11));
        const QStringList regions { QStringLiteral("上海市浦东新区"), QStringLiteral("广东省深圳市"),
            QStringLiteral("北京市海淀区"), QStringLiteral("Hong Kong") };
        d.exec("BEGIN");
        Statement ins(d,
            "INSERT INTO submissions (received_at, name, region, phone_norm, email_norm, created_at, updated_at) "
            "VALUES ('2026-01-01T00:00:00.000Z', ?, ?, '', '', '2026-01-01T00:00:00.000Z', "
            "'2026-01-01T00:00:00.000Z')");
        for (int i = 0; i < 30; ++i) {
            ins.bind(1, QStringLiteral("Row %1").arg(i)).bind(2, regions.at(i % regions.size())).exec();
        }
        d.exec("COMMIT");
    }
    auto opened = VaultMaintenance::open(path, TestVault::key());
    QVERIFY2(opened, qPrintable(opened.message()));
    Database& again = opened.value()->db();
    QCOMPARE(again.userVersion(), Migrations::latestVersion());
    QCOMPARE(count(again, "SELECT total FROM submission_stats"), count(again, "SELECT count(*) FROM submissions"));
    QCOMPARE(count(again, "SELECT count(*) FROM submissions"), qint64(30));
    // Migration 0012 adds per-row count triggers and 0015 drops them again.
    QCOMPARE(count(again, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'submissions_count_%'"), 0);
    QCOMPARE(Statement::scalarInt(again, "SELECT value FROM meta WHERE key = 'search_index_version'"),
        qint64(SearchIndex::indexVersion));
    // Every region is found again through the rebuilt index.
    Statement regions(again, "SELECT DISTINCT region FROM submissions WHERE length(region) >= 2");
    int checked = 0;
    while (regions.next()) {
        const QString r = regions.text(0);
        QVERIFY2(!searchIds(again, r).isEmpty(), qPrintable(r));
        QCOMPARE(searchIds(again, r), fullScan(again, r));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestSubmissions::cancelledExportLeavesNothing_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::newRow("csv") << false;
    if (TableExport::xlsxAvailable()) {
        QTest::newRow("xlsx") << true;
    }
}

void TestSubmissions::cancelledExportLeavesNothing()
{
    // The page runs exports on a worker connection; Cancel mid-way leaves no file (not even a
    // partial one next to it) and no audit entry. Then the same export to the end works.
    QFETCH(bool, xlsx);
    fill(4500);
    QTemporaryDir dir;
    const QString path = dir.filePath(xlsx ? QStringLiteral("out.xlsx") : QStringLiteral("out.csv"));
    const auto format = xlsx ? SubmissionService::ExportFormat::Xlsx : SubmissionService::ExportFormat::Csv;
    auto connection = m_vault->vault().openConnection();
    QVERIFY(connection);
    auto audits
        = [&] { return count(m_vault->db(), "SELECT count(*) FROM audit_log WHERE action = 'submission.export'"); };
    const qint64 auditsBefore = audits();
    std::atomic_bool cancel { false };
    QList<qint64> progress;
    SubmissionService::ExportControl control;
    control.connection = connection.value().get();
    control.cancel = &cancel;
    control.progress = [&](qint64 written, qint64 total) {
        progress << written;
        QCOMPARE(total, qint64(4500));
        cancel = written >= 2000; // the user presses Cancel after the first page
    };
    auto cancelled = SubmissionService(m_vault->vault()).exportRows({}, Sort {}, format, path, control);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
    QCOMPARE(progress, QList<qint64> { 2000 });
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    QCOMPARE(audits(), auditsBefore);

    cancel = false;
    progress.clear();
    control.progress = [&](qint64 written, qint64) { progress << written; };
    auto done = SubmissionService(m_vault->vault()).exportRows({}, Sort {}, format, path, control);
    QVERIFY2(done, qPrintable(done.message()));
    QCOMPARE(done.value(), qint64(4500));
    QCOMPARE(progress, (QList<qint64> { 2000, 4000, 4500 }));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QFileInfo(path).fileName() });
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(4);
    QVERIFY(xlsx ? head.startsWith("PK") : head.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(audits(), auditsBefore + 1);
}

void TestSubmissions::unfilteredJumpMatchesKeyset()
{
    // Without a filter a jump finds its start on the sort index alone; every column, both
    // directions, every offset must give the rows keyset paging gives.
    fill(450, 5);
    Database& db = m_vault->db();
    const SubmissionQuery q = SubmissionQuery::compile(db, {}, 24);
    for (int column = 0; column <= int(SortColumn::Id); ++column) {
        for (const bool descending : { false, true }) {
            const Sort sort { SortColumn(column), descending };
            QList<qint64> keyset;
            for (const auto& r : q.page(db, sort, 1000, std::nullopt)) {
                keyset.append(r.id);
            }
            QCOMPARE(keyset.size(), 450);
            for (const qint64 offset : { 1, 13, 200, 449 }) {
                const auto page = q.page(db, sort, 7, std::nullopt, offset);
                QList<qint64> ids;
                for (const auto& r : page) {
                    ids.append(r.id);
                }
                QCOMPARE(ids, keyset.mid(offset, 7));
            }
            QVERIFY(q.page(db, sort, 7, std::nullopt, 450).isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestSubmissions)
#include "tst_submissions.moc"

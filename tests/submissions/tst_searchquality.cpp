// Search as people type: a vault filled by importing a contact-form file, then a table of
// queries with the rows each must find and must not find, through the index and through the scan.
#include "TestVault.h"

#include "storage/Statement.h"
#include "submissions/SearchIndex.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionImport.h"

#include <QTest>

#include <tuple>
#include <vector>

using namespace cd;
using namespace cd::submissions;
using namespace cd::test;

namespace {

const QString fixture = QStringLiteral(CD_SUBMISSIONS_DATA "/search-quality.csv");

// The names of the rows a query finds, as the submissions list pages and counts them.
QStringList namesFound(Database& db, const QString& query)
{
    SubmissionFilter f;
    f.search = query;
    const SubmissionQuery q = SubmissionQuery::compile(db, f, 24);
    QStringList found;
    for (const Submission& s : q.page(db, Sort { SortColumn::Id, false }, 100, std::nullopt)) {
        found << s.name;
    }
    if (q.count(db) != qint64(found.size())) {
        found << QStringLiteral("(count %1 differs from the page)").arg(q.count(db));
    }
    return found;
}

void importFixture(TestVault& vault)
{
    auto report = SubmissionImporter::run(vault.db(), vault.vault().actor(), fixture, {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->imported, 10);
    QCOMPARE(report->rejected, 0);
}

} // namespace

class TestSearchQuality : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { SearchIndex::setScanThreshold(0); }
    void cleanupTestCase() { m_vault.reset(); }
    void queries_data();
    void queries();
    void openingRebuildsAnOlderIndex();
    void openingRebuildsFourByteIds();
    void postingListsRoundTrip();
    void missingConversionTableIsReported();

private:
    std::unique_ptr<TestVault> m_vault;
};

void TestSearchQuality::initTestCase()
{
    QVERIFY2(SearchIndex::foldsChineseVariants(), "built without OpenCC or its data files");
    m_vault = std::make_unique<TestVault>();
    importFixture(*m_vault);
}

void TestSearchQuality::queries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("mustFind");
    QTest::addColumn<QStringList>("mustNotFind");
    // The rows of search-quality.csv, by name as imported.
    const QString zhang = QStringLiteral("张伟"); // 139-1234-5678, 上海市浦东新区, 個人資料
    const QString chen = QStringLiteral("陳小明"); // 0512-6888-1234, 江苏省苏州市
    const QString emily = QStringLiteral("Emily Hughes"); // +86 138 0013 8000, 北京市
    const QString wang = QStringLiteral("王芳"); // 0086 13912340000, 上海市, 2026-11-05 in the message
    const QString zhangT = QStringLiteral("張偉"); // 13700005555, 香港, 產品價格
    const QString li = QStringLiteral("ＬＩ　Ｎａ"); // full-width digits, 廣東省深圳市
    const QString client = QStringLiteral("客户8899"); // 6677-1122, 杭州市
    const QString zhou = QStringLiteral("周杰"); // +86 574 8765 4321 (a landline behind the country code)
    const QString zhao = QStringLiteral("赵敏"); // 010-6552-9988 (Beijing)
    const QString sun = QStringLiteral("孙丽"); // +86 135 0000 2468 (a mobile), 订单号 8657100002222333
    const QStringList all { zhang, chen, emily, wang, zhangT, li, client, zhou, zhao, sun };
    auto others = [&](const QStringList& found) {
        QStringList rest = all;
        for (const QString& name : found) {
            rest.removeAll(name);
        }
        return rest;
    };
    auto row = [&](const char* tag, const QString& query, const QStringList& found) {
        QTest::newRow(tag) << query << found << others(found);
    };
    row("mobile with dashes", QStringLiteral("139-1234-5678"), { zhang });
    row("mobile with spaces", QStringLiteral("139 1234 5678"), { zhang });
    row("mobile with dots", QStringLiteral("139.1234.5678"), { zhang });
    row("mobile as digits", QStringLiteral("13912345678"), { zhang });
    row("mobile behind +86", QStringLiteral("+86 139 1234 5678"), { zhang });
    row("mobile behind 0086", QStringLiteral("0086-139-1234-5678"), { zhang });
    row("mobile behind (+86)", QStringLiteral("(+86) 139-1234-5678"), { zhang });
    row("full-width digits and dashes", QStringLiteral("１３９－１２３４－５６７８"), { zhang });
    row("full-width digits stored", QStringLiteral("136 0000 5678"), { li });
    row("full-width digits typed", QStringLiteral("１３６００００５６７８"), { li });
    row("stored +86 found without it", QStringLiteral("138-0013-8000"), { emily });
    row("stored 0086 found without it", QStringLiteral("139 1234 0000"), { wang });
    row("landline with area code", QStringLiteral("0512-6888-1234"), { chen });
    row("landline in brackets", QStringLiteral("(0512) 6888 1234"), { chen });
    row("landline without area code", QStringLiteral("6888-1234"), { chen });
    row("partial number", QStringLiteral("1234-5678"), { zhang });
    row("four digits", QStringLiteral("1234"), { zhang, chen, wang });
    row("local number", QStringLiteral("6677 1122"), { client });
    row("landline typed behind +86", QStringLiteral("+86 512 6888 1234"), { chen });
    row("landline typed behind 0086", QStringLiteral("0086-512-68881234"), { chen });
    row("landline typed behind +86 (0)", QStringLiteral("+86 (0)512 6888 1234"), { chen });
    row("landline typed as digits behind 86", QStringLiteral("8651268881234"), { chen });
    row("landline stored behind +86, typed with 0", QStringLiteral("0574-8765-4321"), { zhou });
    row("landline stored behind +86, typed with it", QStringLiteral("0086 574 87654321"), { zhou });
    row("landline stored behind +86, typed locally", QStringLiteral("8765-4321"), { zhou });
    row("Beijing landline typed behind +86", QStringLiteral("+86 10 6552 9988"), { zhao });
    row("Beijing landline typed with 0", QStringLiteral("010 6552 9988"), { zhao });
    row("mobile behind +86 stays a mobile", QStringLiteral("+86 135 0000 2468"), { sun });
    row("mobile is no landline", QStringLiteral("0135-0000-2468"), {});
    row("mobile typed as a landline is no match", QStringLiteral("(0135) 0000 2468"), {});
    row("long number behind 86 is no landline", QStringLiteral("0571-0000-2222"), {});
    row("long number behind 86 found as typed", QStringLiteral("8657100002222333"), { sun });
    row("date in a message", QStringLiteral("2026-11-05"), { wang });
    row("date with slashes", QStringLiteral("2026/11/05"), { wang });
    row("region", QStringLiteral("上海"), { zhang, wang });
    row("district", QStringLiteral("浦东"), { zhang });
    row("region, traditional query", QStringLiteral("蘇州"), { chen });
    row("region, traditional row", QStringLiteral("广东"), { li });
    row("simplified name finds both scripts", QStringLiteral("张伟"), { zhang, zhangT });
    row("traditional name finds both scripts", QStringLiteral("張偉"), { zhang, zhangT });
    row("simplified name, traditional row", QStringLiteral("陈小明"), { chen });
    row("simplified message, traditional row", QStringLiteral("个人资料"), { zhang });
    row("traditional message, traditional row", QStringLiteral("產品價格"), { zhangT });
    row("full-width latin query", QStringLiteral("ＥＭＩＬＹ"), { emily });
    row("full-width latin row", QStringLiteral("Li Na"), { li });
    row("upper case", QStringLiteral("HUGHES"), { emily });
    row("mixed case email", QStringLiteral("ZHANG.WEI@example.com"), { zhang });
    row("mixed case email part", QStringLiteral("Wang.Fang@163"), { wang });
    row("accented latin", QStringLiteral("CAFÉ"), { wang });
    // Name 客户8899 and phone 6677-1122: the digits follow each other only across two fields.
    row("digits across two fields", QStringLiteral("8899-6677"), {});
    row("digits across name and phone", QStringLiteral("88996677"), {});
    row("no such words", QStringLiteral("不存在的词"), {});
}

void TestSearchQuality::queries()
{
    QFETCH(QString, query);
    QFETCH(QStringList, mustFind);
    QFETCH(QStringList, mustNotFind);
    // Through the index and, with the scan threshold at one id, through the scan: both agree.
    for (const qint64 threshold : { qint64(0), qint64(1) }) {
        SearchIndex::setScanThreshold(threshold);
        const QStringList found = namesFound(m_vault->db(), query);
        for (const QString& name : mustFind) {
            QVERIFY2(found.contains(name),
                qPrintable(QStringLiteral("%1 not found by %2 (found: %3)").arg(name, query, found.join(", "))));
        }
        for (const QString& name : mustNotFind) {
            QVERIFY2(!found.contains(name), qPrintable(QStringLiteral("%1 wrongly found by %2").arg(name, query)));
        }
        QCOMPARE(found.size(), mustFind.size());
    }
}

void TestSearchQuality::openingRebuildsAnOlderIndex()
{
    // A vault indexed by the previous version: its postings lack what this version folds. Here
    // the postings are gone altogether, so only a rebuild on opening can find anything.
    TestVault vault;
    importFixture(vault);
    vault.db().exec("DELETE FROM submission_grams");
    vault.db().exec("UPDATE meta SET value = '2' WHERE key = 'search_index_version'");
    QCOMPARE(namesFound(vault.db(), QStringLiteral("2026-11-05")), QStringList {});
    vault.reopen();
    QCOMPARE(Statement::scalarInt(vault.db(), "SELECT value FROM meta WHERE key = 'search_index_version'"),
        qint64(SearchIndex::indexVersion));
    QCOMPARE(namesFound(vault.db(), QStringLiteral("2026-11-05")), QStringList { QStringLiteral("王芳") });
    QCOMPARE(namesFound(vault.db(), QStringLiteral("139-1234-5678")), QStringList { QStringLiteral("张伟") });
}

void TestSearchQuality::openingRebuildsFourByteIds()
{
    // A vault indexed by version 4 stored each id as four bytes, little-endian. Its lists are
    // rewritten that way here; opening it must rebuild them and then find what it found before.
    TestVault vault;
    importFixture(vault);
    const QStringList queries { QStringLiteral("1234"), QStringLiteral("上海"), QStringLiteral("张伟"),
        QStringLiteral("example.com"), QStringLiteral("139-1234-5678"), QStringLiteral("HUGHES") };
    QList<QStringList> before;
    for (const QString& q : queries) {
        before << namesFound(vault.db(), q);
    }
    QCOMPARE(before.at(0).size(), 3);
    QVERIFY(test::writeRaw(vault.db(), [](Database& db) {
        std::vector<std::tuple<qint64, qint64, QByteArray>> lists;
        Statement all(db, "SELECT gram, block, ids FROM submission_grams");
        while (all.next()) {
            std::vector<quint32> ids;
            QVERIFY(SearchIndex::decodePosting(all.blob(2), all.int64(1), ids));
            QByteArray old;
            for (quint32 id : ids) {
                for (int shift = 0; shift < 32; shift += 8) {
                    old.append(char((id >> shift) & 0xFF));
                }
            }
            lists.emplace_back(all.int64(0), all.int64(1), old);
        }
        all.reset();
        Statement write(db, "UPDATE submission_grams SET ids = ? WHERE gram = ? AND block = ?");
        for (const auto& [gram, block, ids] : lists) {
            write.bind(1, ids).bind(2, gram).bind(3, block).exec();
        }
        db.exec("UPDATE meta SET value = '4' WHERE key = 'search_index_version'");
    }));
    // Read as this version's lists, four-byte ids find something else.
    QVERIFY(namesFound(vault.db(), queries.at(0)) != before.at(0));
    vault.reopen();
    QCOMPARE(Statement::scalarInt(vault.db(), "SELECT value FROM meta WHERE key = 'search_index_version'"),
        qint64(SearchIndex::indexVersion));
    // Ten rows: every gap is below 128, one byte an id.
    QCOMPARE(Statement::scalarInt(vault.db(), "SELECT count(*) FROM submission_grams WHERE length(ids) <> docs"), 0);
    for (qsizetype i = 0; i < queries.size(); ++i) {
        QCOMPARE(namesFound(vault.db(), queries.at(i)), before.at(i));
    }
}

void TestSearchQuality::postingListsRoundTrip()
{
    // Offsets of block 3: the first at 0, gaps of one byte, two bytes and three bytes, the last
    // offset of the block.
    const quint32 base = 3u << 16;
    const std::vector<quint32> ids { base, base + 1, base + 127, base + 255, base + 20000, base + 65535 };
    const QByteArray blob = SearchIndex::encodePosting(ids);
    QCOMPARE(blob.toHex(), QByteArray("00017e8001a19a01dfe302"));
    std::vector<quint32> back { 7 }; // appended to what is there
    QVERIFY(SearchIndex::decodePosting(blob, 3, back));
    QCOMPARE(back.size(), ids.size() + 1);
    QVERIFY(std::equal(ids.begin(), ids.end(), back.begin() + 1));
    std::vector<quint32> bad;
    QVERIFY(!SearchIndex::decodePosting(QByteArray::fromHex("0500"), 0, bad)); // an id twice
    QVERIFY(!SearchIndex::decodePosting(QByteArray::fromHex("0180"), 0, bad)); // cut off
    QVERIFY(!SearchIndex::decodePosting(QByteArray::fromHex("808004"), 0, bad)); // beyond the block
    QVERIFY(!SearchIndex::decodePosting(QByteArray::fromHex("01000000"), 0, bad)); // four-byte ids
}

void TestSearchQuality::missingConversionTableIsReported()
{
    QCOMPARE(SearchIndex::foldingProblem(), QString());
    const QString problem = SearchIndex::foldingProblem(QStringLiteral("no-such-table.json"));
    QVERIFY2(problem.contains(QStringLiteral("no-such-table.json")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("libopencc-data")), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestSearchQuality)
#include "tst_searchquality.moc"

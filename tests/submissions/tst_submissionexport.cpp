#include "TestVault.h"

#include "demo/DemoData.h"
#include "export/TableExport.h"
#include "storage/Statement.h"
#include "submissions/Submission.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::submissions;
using namespace cd::test;

namespace {

// The CSV line as exports wrote it before they read SQLite's UTF-8 directly: the formula guard
// and the quoting done on the QString. The streamed export must give the same bytes.
QByteArray formerCsvLine(const QStringList& cells)
{
    QByteArray line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line.append(',');
        }
        QString v = TableExport::neutraliseFormula(cells.at(i));
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
            || v.contains(QLatin1Char('\r'))) {
            v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            v = QLatin1Char('"') + v + QLatin1Char('"');
        }
        line.append(v.toUtf8());
    }
    line.append("\r\n");
    return line;
}

// Every matching row read as a Submission, page by page, as the list reads them.
QList<Submission> rowsOf(Database& db, const SubmissionFilter& filter, const Sort& sort)
{
    const SubmissionQuery q = SubmissionQuery::compile(db, filter, 24);
    QList<Submission> all;
    std::optional<PageKey> after;
    for (;;) {
        const QList<Submission> page = q.page(db, sort, 1000, after);
        all += page;
        if (page.size() < 1000) {
            return all;
        }
        after = SubmissionQuery::keyOf(page.last(), sort.column);
    }
}

QByteArray sheetXml(const QString& xlsx)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml") });
    if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0) {
        return {};
    }
    return unzip.readAllStandardOutput();
}

} // namespace

class TestSubmissionExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void csvCellsOnBytes_data();
    void csvCellsOnBytes();
    void plainUtf8();
    void exportEqualsRowByRow_data();
    void exportEqualsRowByRow();

private:
    std::unique_ptr<TestVault> m_vault;
};

void TestSubmissionExport::init()
{
    m_vault = std::make_unique<TestVault>();
    DemoOptions o;
    o.submissions = 300;
    o.seed = 7;
    DemoSummary summary;
    QVERIFY(demo::fillSubmissions(m_vault->vault(), o, summary));
    // Values the export must write exactly as before: formula starts (a full-width = too),
    // separators, quotes and line breaks, a byte order mark, bytes that are not UTF-8, a
    // surrogate and a noncharacter, an embedded NUL, Chinese text, and instants stored in other
    // forms than the writers' (no milliseconds, an impossible day, 24:00, a three-digit year).
    QVERIFY(test::writeRaw(m_vault->db(), [](Database& d) {
        const QString account = QStringLiteral("(SELECT min(id) FROM accounts)");
        const char* rows[] = {
            "'2026-11-05T10:20:30.123Z', '=SUM(A1:A2)', '+86 138 0013 8000', '-1', '@cmd', 'tab\tstart', "
            "'closed', '2026-11-06T00:00:00.000Z', 1, 'a,b', '\"quoted\"'",
            "'2026-02-28T23:59:59.999Z', char(13) || 'cr first', '＝1+1', 'line' || char(10) || 'break', "
            "'区域,上海', '他说\"你好\"' || char(13) || char(10) || '再见', 'contacted', NULL, 0, '', ''",
            "'2026-11-05T10:20:30Z', char(65279) || 'bom', CAST(x'41ff42' AS TEXT), CAST(x'eda08041' AS TEXT), "
            "CAST(x'efbfbe' AS TEXT), CAST(x'610062' AS TEXT), 'new', '2026-02-30T10:00:00.000Z', 2, '-', '='",
            "'2026-02-30T10:00:00.000Z', '李雷', '13912345678', 'x@example.com', '北京市', '留言', 'closed', "
            "'2026-12-31T24:00:00.000Z', 0, CAST(x'c0af' AS TEXT), CAST(x'f4908080' AS TEXT)",
            "'0999-01-01T00:00:00.000Z', 'old', '', '', '', '', 'new', '', 0, '', ''",
            "'2026-13-01T00:00:00.000Z', 'month 13', '', '', '', '', 'new', '2026-11-05T10:20:30.123+08:00', 0, "
            "'', ''",
        };
        for (const char* values : rows) {
            Statement(d,
                QStringLiteral("INSERT INTO submissions (received_at, name, phone, email, region, message, "
                               "status, closed_at, possible_minor, source, notes, assignee_id, created_at, "
                               "updated_at) VALUES (%1, %2, '2026-01-01T00:00:00.000Z', "
                               "'2026-01-01T00:00:00.000Z')")
                    .arg(QString::fromUtf8(values), account))
                .exec();
        }
    }));
}

void TestSubmissionExport::csvCellsOnBytes_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("plain") << QStringLiteral("上海") << QByteArray("上海");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QByteArray("'=1+1");
    QTest::newRow("full-width =") << QStringLiteral("＝1") << QByteArray("'＝1");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("formula and quote") << QStringLiteral("-\"x\"") << QByteArray("\"'-\"\"x\"\"\"");
    QTest::newRow("carriage return") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestSubmissionExport::csvCellsOnBytes()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);
    QByteArray out;
    TableExport::appendCsvCell(out, cell.toUtf8());
    QCOMPARE(out, written);
    QCOMPARE(TableExport::csvLine({ cell, cell }), formerCsvLine({ cell, cell }));
}

void TestSubmissionExport::plainUtf8()
{
    QVERIFY(TableExport::isPlainUtf8(QByteArrayView("ascii, 上海 😀")));
    QVERIFY(TableExport::isPlainUtf8(QByteArrayView("a\0b", 3)));
    QVERIFY(!TableExport::isPlainUtf8(QByteArrayView("\xEF\xBB\xBF"
                                                     "bom")));
    QVERIFY(!TableExport::isPlainUtf8(QByteArrayView("A\xFF")));
    QVERIFY(!TableExport::isPlainUtf8(QByteArrayView("\xED\xA0\x80"))); // a surrogate
    QVERIFY(!TableExport::isPlainUtf8(QByteArrayView("\xC0\xAF"))); // overlong
    QVERIFY(!TableExport::isPlainUtf8(QByteArrayView("\xE4\xB8"))); // cut short
    QVERIFY(!TableExport::isPlainUtf8(QByteArrayView("\xEF\xBF\xBE"))); // U+FFFE
}

void TestSubmissionExport::exportEqualsRowByRow_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("status");
    QTest::newRow("received, newest first") << int(SortColumn::ReceivedAt) << true << QString();
    QTest::newRow("name, ascending") << int(SortColumn::Name) << false << QString();
    QTest::newRow("id, closed only") << int(SortColumn::Id) << true << QStringLiteral("closed");
}

void TestSubmissionExport::exportEqualsRowByRow()
{
    // The export reads SQLite's UTF-8 in one pass; what it writes must equal the former path:
    // every row read as a Submission, turned into exportCells() and written cell by cell as text.
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, status);
    const Sort sort { SortColumn(column), descending };
    SubmissionFilter filter;
    if (!status.isEmpty()) {
        filter.statuses = { status };
    }
    const QList<Submission> rows = rowsOf(m_vault->db(), filter, sort);
    QVERIFY(rows.size() > 10);
    QTemporaryDir dir;

    QByteArray expected("\xEF\xBB\xBF");
    expected += formerCsvLine(SubmissionService::exportHeaders());
    for (const Submission& s : rows) {
        expected += formerCsvLine(SubmissionService::exportCells(s));
    }
    const QString csv = dir.filePath(QStringLiteral("fast.csv"));
    auto written
        = SubmissionService(m_vault->vault()).exportRows(filter, sort, SubmissionService::ExportFormat::Csv, csv);
    QVERIFY2(written, qPrintable(written.message()));
    QCOMPARE(written.value(), qint64(rows.size()));
    const QByteArray actual = readFile(csv);
    QVERIFY(actual.contains("'=SUM(A1:A2)") && actual.contains("'@cmd")); // the planted rows are there
    QCOMPARE(actual, expected);

    if (!TableExport::xlsxAvailable() || QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        return;
    }
    const QString reference = dir.filePath(QStringLiteral("reference.xlsx"));
    {
        XlsxStreamWriter w(reference);
        QVERIFY(w.open(SubmissionsText::tr("Submissions"), SubmissionService::exportHeaders(), { 0 }));
        for (const Submission& s : rows) {
            w.writeRow(SubmissionService::exportCells(s));
        }
        QVERIFY(w.close());
    }
    const QString xlsx = dir.filePath(QStringLiteral("fast.xlsx"));
    written = SubmissionService(m_vault->vault()).exportRows(filter, sort, SubmissionService::ExportFormat::Xlsx, xlsx);
    QVERIFY2(written, qPrintable(written.message()));
    const QByteArray sheet = sheetXml(xlsx);
    QVERIFY(sheet.contains("=SUM(A1:A2)"));
    QCOMPARE(sheet, sheetXml(reference));
}

QTEST_GUILESS_MAIN(TestSubmissionExport)
#include "tst_submissionexport.moc"

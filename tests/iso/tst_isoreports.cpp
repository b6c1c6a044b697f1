#include "TestVault.h"

#include "audit/AuditLog.h"
#include "export/TableExport.h"
#include "iso/IsoReports.h"
#include "iso/IsoService.h"
#include "report/ReportRenderer.h"
#include "util/Clock.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace cd;
using namespace cd::iso;
using namespace cd::test;

namespace {

// pdftotext gives "fi" as a ligature, which NFKC folds back; CJK radicals are left alone (see
// titlePattern). Whitespace goes too, since table cells wrap titles over lines.
QString comparable(const QString& text)
{
    QString out;
    for (const QChar ch : text) {
        const ushort u = ch.unicode();
        if (ch.isSpace()) {
            continue;
        }
        out += (u >= 0x2E80 && u <= 0x2FDF) ? QString(ch) : QString(ch).normalized(QString::NormalizationForm_KC);
    }
    return out;
}

// Qt's PDF output maps some CJK glyphs shared with radicals (角 → ⻆) to the radical's code point
// in the text layer, so a CJK character also matches any radical.
QRegularExpression titlePattern(const QString& title)
{
    QString pattern;
    for (const QChar ch : comparable(title)) {
        const ushort u = ch.unicode();
        pattern += (u >= 0x3400 && u <= 0x9FFF)
            ? QStringLiteral("(?:%1|[\\x{2E80}-\\x{2FDF}])").arg(QRegularExpression::escape(QString(ch)))
            : QRegularExpression::escape(QString(ch));
    }
    return QRegularExpression(pattern);
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

void fillSome(Vault& vault)
{
    IsoService service(vault);
    QVERIFY(service.ensureCatalogue());
    ControlChange done;
    done.status = ImplementationStatus::Implemented;
    done.owner = QStringLiteral("信息安全部 测试");
    done.lastReviewed = QDate(2024, 1, 10);
    QVERIFY(service.bulkUpdate({ QStringLiteral("5.1"), QStringLiteral("5.2"), QStringLiteral("8.28") }, done));
    ControlChange exclude;
    exclude.applicable = false;
    exclude.justification = QStringLiteral("EXCLUSION-REASON <b>no outsourced development</b>");
    QVERIFY(service.update(QStringLiteral("8.30"), exclude));
    QVERIFY(service.addTextEvidence(QStringLiteral("5.1"), QStringLiteral("POLICY-EVIDENCE"), QStringLiteral("v3")));
    QVERIFY(service.setSoaHeader(QStringLiteral("SCOPE-HEAD-OFFICE"), QStringLiteral("V9.9")));
}

} // namespace

class TestIsoReports : public QObject
{
    Q_OBJECT

private slots:
    void soaPdfListsEveryControl_data();
    void soaPdfListsEveryControl();
    void soaCsvAndXlsx_data();
    void soaCsvAndXlsx();
    void gapReportHasChartsAsVectors();
    void chartSpecsFollowTheData();
};

void TestIsoReports::soaPdfListsEveryControl_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("zh_CN") << "zh_CN";
}

void TestIsoReports::soaPdfListsEveryControl()
{
    QFETCH(QString, language);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext is not installed");
    }
    TestVault tv;
    fillSome(tv.vault());
    auto doc = IsoReports::buildSoa(tv.vault(), language);
    QVERIFY2(doc.ok(), qPrintable(doc.message()));
    QVERIFY(doc->landscape);
    QCOMPARE(doc->language, language);
    const QString pdf = tv.dir() + QStringLiteral("/soa.pdf");
    ui::ReportRenderer renderer(doc.value());
    QVERIFY(renderer.writePdf(pdf));
    QVERIFY(renderer.lastPageCount() >= 3);
    const QString text = comparable(pdfText(pdf));
    QVERIFY(!text.isEmpty());

    auto controls = IsoService(tv.vault()).controls();
    QCOMPARE(controls->size(), 93);
    int found = 0;
    for (const Control& c : controls.value()) {
        QVERIFY2(text.contains(titlePattern(c.title(language))),
            qPrintable(c.controlId + QLatin1Char(' ') + c.title(language)));
        QVERIFY2(text.contains(comparable(c.controlId)), qPrintable(c.controlId));
        ++found;
    }
    QCOMPARE(found, 93);
    QVERIFY(text.contains(QStringLiteral("SCOPE-HEAD-OFFICE")));
    QVERIFY(text.contains(QStringLiteral("V9.9")));
    QVERIFY(text.contains(QStringLiteral("POLICY-EVIDENCE")));
    // Hostile markup is printed as text, not interpreted.
    QVERIFY(text.contains(comparable(QStringLiteral("<b>no outsourced development</b>"))));
    // The other language's titles are not there.
    const QString other = comparable(
        controls->at(6).title(language == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en")));
    QVERIFY(!text.contains(other));
}

void TestIsoReports::soaCsvAndXlsx_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("zh_CN") << "zh_CN";
}

void TestIsoReports::soaCsvAndXlsx()
{
    QFETCH(QString, language);
    TestVault tv;
    fillSome(tv.vault());
    const QString csv = tv.dir() + QStringLiteral("/soa.csv");
    auto rows = IsoReports::exportSoa(tv.vault(), csv, language);
    QVERIFY2(rows.ok(), qPrintable(rows.message()));
    QCOMPARE(rows.value(), 93);
    const QByteArray bytes = readFile(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // BOM for Excel
    const QString content = QString::fromUtf8(bytes);
    QCOMPARE(content.count(QLatin1Char('\n')), 94);
    const QString title
        = language == QLatin1String("en") ? QStringLiteral("Secure coding") : QStringLiteral("安全编码");
    QVERIFY(content.contains(QStringLiteral("8.28,") + title));

    if (TableExport::xlsxAvailable()) {
        const QString xlsx = tv.dir() + QStringLiteral("/soa.xlsx");
        QCOMPARE(IsoReports::exportSoa(tv.vault(), xlsx, language).value(), 93);
        QVERIFY(readFile(xlsx).startsWith("PK"));
    }
    QCOMPARE(IsoReports::exportSoa(tv.vault(), tv.dir() + QStringLiteral("/soa.txt"), language).code(),
        ErrorCode::InvalidInput);
    // Exports are audited with format and row count.
    AuditFilter f;
    f.action = QStringLiteral("iso.soa.export");
    const auto entries = AuditLog::list(tv.db(), f, 0, 10);
    QVERIFY(!entries.isEmpty());
    QVERIFY(entries.first().detail.contains(QStringLiteral("rows=93")));
}

void TestIsoReports::gapReportHasChartsAsVectors()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext is not installed");
    }
    TestVault tv;
    fillSome(tv.vault());
    auto doc = IsoReports::buildGapReport(tv.vault(), QStringLiteral("en"));
    QVERIFY2(doc.ok(), qPrintable(doc.message()));
    int charts = 0;
    for (const ReportBlock& b : doc->blocks) {
        charts += b.kind == ReportBlock::Kind::Chart ? 1 : 0;
    }
    QCOMPARE(charts, 3);
    const QString pdf = tv.dir() + QStringLiteral("/gap.pdf");
    QVERIFY(ui::ReportRenderer(doc.value()).writePdf(pdf));
    const QString text = comparable(pdfText(pdf));
    // Chart texts come out as text: the charts are vectors, not pictures.
    QVERIFY(text.contains(comparable(QStringLiteral("Implemented controls per month"))));
    QVERIFY(text.contains(comparable(QStringLiteral("Organizational controls"))));
    QVERIFY(!readFile(pdf).contains("/Subtype /Image"));
    // Gaps: applicable and not implemented (5.3 yes, 5.1 no); overdue reviews (5.1, reviewed 2024).
    QVERIFY(text.contains(comparable(QStringLiteral("5.3Segregation of duties"))));
    QVERIFY(text.contains(comparable(QStringLiteral("Overdue reviews"))));
}

void TestIsoReports::chartSpecsFollowTheData()
{
    TestVault tv;
    fillSome(tv.vault());
    IsoService service(tv.vault());
    auto o = service.overview(Clock::today());
    const ChartSpec bars = IsoCharts::statusByTheme(o.value(), QStringLiteral("zh_CN"));
    QCOMPARE(bars.type, ChartSpec::Type::StackedBar);
    QCOMPARE(bars.categories,
        (QStringList { QStringLiteral("组织控制"), QStringLiteral("人员控制"), QStringLiteral("物理控制"),
            QStringLiteral("技术控制") }));
    QCOMPARE(bars.series.size(), 5);
    QCOMPARE(bars.series.at(int(ImplementationStatus::Implemented)).values, (QList<double> { 2, 0, 0, 1 }));
    const ChartSpec donut = IsoCharts::overallDonut(o.value());
    QCOMPARE(donut.type, ChartSpec::Type::Donut);
    QCOMPARE(donut.series.size(), 1);
    QCOMPARE(donut.categories.size(), 5);
    double sum = 0;
    for (double v : donut.series.first().values) {
        sum += v;
    }
    QCOMPARE(sum, 93.0);
    QCOMPARE(donut.series.first().values.first(), 3.0); // implemented first
    auto months = service.implementedByMonth(Clock::today(), 12);
    const ChartSpec line = IsoCharts::implementedOverTime(months.value());
    QCOMPARE(line.categories.size(), 12);
    QCOMPARE(line.series.first().values.last(), 3.0);
}

QTEST_MAIN(TestIsoReports)
#include "tst_isoreports.moc"

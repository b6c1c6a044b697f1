#include "TestVault.h"

#include "app/LanguageManager.h"
#include "demo/DemoData.h"
#include "maintenance/AboutReport.h"
#include "report/ReportRenderer.h"
#include "report/StatePalette.h"
#include "requests/RequestDocuments.h"
#include "requests/RequestService.h"
#include "requests/RequestTypes.h"

#include <QColor>
#include <QProcess>

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <cmath>

using namespace cd;
using namespace cd::test;
using namespace cd::ui;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void aboutReportInChinese();
    void aboutReportInEnglish();
    void longTablesPaginateWithFooters();
    void htmlIsEscaped();
    void chartsAreVectors();
    void unwritablePathFails();
    void registerChartStaysInsideItsPage();
    void oversizedChartIsScaledToThePage();
    void completedIsNotRed();
    void stateTextColoursMeetWcagAA();
    void footerFollowsTheReportLanguage();
    void headingNeverEndsAPage();
};

void TestReport::aboutReportInChinese()
{
    TestVault tv;
    QTranslator appTr, qtTr;
    QVERIFY(LanguageManager::installInto(QCoreApplication::instance(), QStringLiteral("zh_CN"), &appTr, &qtTr));
    const ReportDocument doc = buildAboutReport(tv.vault(), QStringLiteral("zh_CN"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("about.pdf"));
    ReportRenderer renderer(doc);
    QVERIFY(renderer.writePdf(pdf));
    const int pages = renderer.lastPageCount();
    QVERIFY(pages >= 1 && pages <= 3);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("关于此加密数据库")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("各表记录数")));
    QVERIFY(text.contains(QStringLiteral("security@vivest.cn")));
    QVERIFY(text.contains(QStringLiteral("第 1 页，共 %1 页").arg(pages)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion()))); // digits and Latin text survive too
    QVERIFY(text.contains(QStringLiteral("Admin Person")));
    const QString fonts = run(QStringLiteral("pdffonts"), { pdf });
    QVERIFY(fonts.contains(QStringLiteral("WenQuanYi")) || fonts.contains(QStringLiteral("CJK")));
    // Searchable: the ideographs come out as themselves, not as look-alike radicals (U+2E80–U+2FDF).
    QVERIFY(text.contains(QStringLiteral("个人信息保护联系方式")));
    for (const QChar c : text) {
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QString(c)));
    }
    // Every font is embedded: the "emb" column says yes on every row.
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!rows.isEmpty());
    for (const QString& row : rows) {
        QVERIFY2(row.contains(QStringLiteral(" yes ")), qPrintable(row));
    }
    QCoreApplication::removeTranslator(&appTr);
    QCoreApplication::removeTranslator(&qtTr);
}

void TestReport::aboutReportInEnglish()
{
    TestVault tv;
    const ReportDocument doc = buildAboutReport(tv.vault(), QStringLiteral("en"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("about.pdf"));
    ReportRenderer renderer(doc);
    QVERIFY(renderer.writePdf(pdf));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("About this vault")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(renderer.lastPageCount())));
    QVERIFY(!text.contains(QStringLiteral("关于")));
}

void TestReport::longTablesPaginateWithFooters()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Long");
    doc.generatedBy = QStringLiteral("Tester");
    ReportTable t;
    t.headers = { QStringLiteral("No."), QStringLiteral("Text") };
    for (int i = 0; i < 300; ++i) {
        t.rows.append({ QString::number(i), QStringLiteral("第 %1 行 row").arg(i) });
    }
    doc.table(t);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    ReportRenderer renderer(doc);
    QVERIFY(renderer.writePdf(pdf));
    const int pages = renderer.lastPageCount();
    QVERIFY(pages > 3);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page 2 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("第 299 行 row")));
    QCOMPARE(int(text.count(QStringLiteral("security@vivest.cn"))), pages + 1); // footer on each page + header
}

void TestReport::htmlIsEscaped()
{
    ReportDocument doc;
    doc.title = QStringLiteral("<b>bold</b> & co");
    doc.paragraph(QStringLiteral("<script>alert(1)</script> %1 %2"));
    ReportTable t;
    t.headers = { QStringLiteral("<i>h</i>") };
    t.rows.append({ QStringLiteral("<img src=x> %1") });
    doc.table(t);
    const QString html = doc.toHtml();
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(!html.contains(QStringLiteral("<img src=x>")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; co")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x&gt; %1")));
}

void TestReport::chartsAreVectors()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Chart");
    ReportChartSlot slot;
    slot.id = QStringLiteral("c1");
    slot.caption = QStringLiteral("A chart");
    slot.spec.type = ChartSpec::Type::StackedBar;
    slot.spec.categories = { QStringLiteral("组织"), QStringLiteral("人员") };
    slot.spec.series = { ChartSeries { QStringLiteral("已实施"), { 5, 3 }, {} },
        ChartSeries { QStringLiteral("计划"), { 2, 1 }, {} } };
    doc.chart(slot);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY(ReportRenderer(doc).writePdf(pdf));
    const QString text = pdfText(pdf);
    // Axis labels and legend are text in the PDF, so the chart was drawn as vectors, not pixels.
    QVERIFY2(text.contains(QStringLiteral("已实施")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("组织")));
    const QString images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
    QCOMPARE(int(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()), 2); // header lines only
}

void TestReport::unwritablePathFails()
{
    ReportDocument doc;
    doc.title = QStringLiteral("x");
    const Status s = ReportRenderer(doc).writePdf(QStringLiteral("/nonexistent-dir/sub/x.pdf"));
    QVERIFY(!s);
    QCOMPARE(s.code(), ErrorCode::Io);
}

void TestReport::registerChartStaysInsideItsPage()
{
    // The rights-request register of a busy year: key figures, the counts table, the chart and
    // a long list. The chart must land whole on one page, inside the body, above the footer.
    TestVault tv;
    DemoOptions options;
    options.submissions = 50;
    options.staffPassword = QStringLiteral("password-123");
    QVERIFY(fillDemoVault(tv.vault(), options));
    requests::RequestService service(tv.vault());
    const QDate from(2020, 1, 1);
    const QDate to(2030, 12, 31);
    auto summary = requests::buildRegisterSummary(service, from, to);
    QVERIFY2(summary, qPrintable(summary.message()));
    QVERIFY(!summary->requests.isEmpty());
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        ReportDocument doc
            = requests::buildRegisterReport(summary.value(), from, to, language, QStringLiteral("Tester"));
        // Push the chart towards the bottom of page 1, where it used to run over the footer.
        for (int i = 0; i < 6; ++i) {
            ReportBlock filler;
            filler.kind = ReportBlock::Kind::Paragraph;
            filler.text = QStringLiteral("Filler line %1").arg(i);
            doc.blocks.insert(1, filler);
        }
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("register.pdf"));
        ReportRenderer renderer(doc);
        QVERIFY(renderer.writePdf(pdf));
        const QRectF body = renderer.lastBodyRect();
        QVERIFY(!body.isEmpty());
        const auto charts = renderer.lastChartPlacements();
        QCOMPARE(charts.size(), 1); // drawn once: not split over two pages
        const QRectF chart = charts.first().rect;
        QVERIFY2(body.contains(chart),
            qPrintable(QStringLiteral("%1: chart %2,%3 %4×%5 outside the body %6×%7 (page %8)")
                           .arg(language)
                           .arg(chart.x())
                           .arg(chart.y())
                           .arg(chart.width())
                           .arg(chart.height())
                           .arg(body.width())
                           .arg(body.height())
                           .arg(charts.first().page + 1)));
        QVERIFY(renderer.lastPageCount() >= 2);
        QVERIFY(charts.first().page < renderer.lastPageCount());
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("of %1").arg(renderer.lastPageCount()))
            || text.contains(QStringLiteral("共 %1").arg(renderer.lastPageCount())));
    }
}

void TestReport::oversizedChartIsScaledToThePage()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Tall");
    ReportChartSlot slot;
    slot.id = QStringLiteral("tall");
    slot.spec.type = ChartSpec::Type::Bar;
    slot.spec.categories = { QStringLiteral("a") };
    slot.spec.series = { ChartSeries { QStringLiteral("s"), { 1 }, {} } };
    slot.widthMm = 400; // wider and taller than A4
    slot.heightMm = 400;
    doc.chart(slot);
    QTemporaryDir dir;
    ReportRenderer renderer(doc);
    QVERIFY(renderer.writePdf(dir.filePath(QStringLiteral("tall.pdf"))));
    QCOMPARE(renderer.lastChartPlacements().size(), 1);
    QVERIFY(renderer.lastBodyRect().contains(renderer.lastChartPlacements().first().rect));
}

void TestReport::completedIsNotRed()
{
    // Red means overdue everywhere; a completed request is drawn in the "ok" green.
    requests::RegisterSummary summary;
    summary.byTypeAndState[requests::RequestType::Access][requests::RequestState::Completed] = 3;
    const ReportDocument doc = requests::buildRegisterReport(
        summary, QDate(2026, 1, 1), QDate(2026, 12, 31), QStringLiteral("en"), QStringLiteral("Tester"));
    bool found = false;
    for (const ReportBlock& b : doc.blocks) {
        if (b.kind != ReportBlock::Kind::Chart) {
            continue;
        }
        for (const ChartSeries& s : b.chart.spec.series) {
            QVERIFY2(
                s.color.compare(StatePalette::fill(StateTone::Overdue), Qt::CaseInsensitive) != 0, qPrintable(s.name));
            if (s.name == requests::displayName(requests::RequestState::Completed)) {
                QCOMPARE(s.color, StatePalette::fill(StateTone::Ok));
                found = true;
            }
        }
    }
    QVERIFY(found);
}

namespace {

double relativeLuminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

void TestReport::stateTextColoursMeetWcagAA()
{
    for (StateTone tone : { StateTone::Overdue, StateTone::DueSoon, StateTone::Ok, StateTone::Error, StateTone::Info,
             StateTone::Neutral }) {
        const QColor text(StatePalette::text(tone));
        QVERIFY(contrast(text, Qt::white) >= 4.5);
        QVERIFY(contrast(text, QColor(StatePalette::background(tone))) >= 4.5);
    }
    // Overdue and due soon must not look alike.
    QVERIFY(StatePalette::text(StateTone::Overdue) != StatePalette::text(StateTone::DueSoon));
}

// A report in one language printed from the interface in the other: the contact line and the
// page numbers in the footer follow the report, in both directions.
void TestReport::footerFollowsTheReportLanguage()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("footer.pdf"));
    QTranslator appTr, qtTr;
    for (const QString& ui : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        QVERIFY(LanguageManager::installInto(QCoreApplication::instance(), ui, &appTr, &qtTr));
        const bool chineseReport = ui == QLatin1String("en");
        ReportDocument doc;
        doc.language = chineseReport ? QStringLiteral("zh_CN") : QStringLiteral("en");
        doc.title = chineseReport ? QStringLiteral("登记表") : QStringLiteral("Register");
        doc.scope = QStringLiteral("2026");
        doc.generatedBy = QStringLiteral("Tester");
        doc.paragraph(QStringLiteral("Body"));
        ReportRenderer renderer(doc);
        QVERIFY(renderer.writePdf(pdf));
        const QString text = pdfText(pdf);
        if (chineseReport) {
            QVERIFY2(text.count(QStringLiteral("个人信息保护联系方式")) == 2, qPrintable(text)); // header and footer
            QVERIFY2(text.contains(QStringLiteral("第 1 页，共 1 页")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("范围：2026")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("Personal information protection contact")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("Page 1")), qPrintable(text));
        } else {
            QVERIFY2(text.count(QStringLiteral("Personal information protection contact")) == 2, qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Page 1 of 1")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Covers: 2026")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("个人信息保护")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("第 1 页")), qPrintable(text));
        }

        // A real letter to a data subject in the other language than the interface.
        requests::RightsRequest r;
        r.number = QStringLiteral("RR-2026-0001");
        r.requesterName = QStringLiteral("Li Lei");
        r.receivedOn = QDate(2026, 3, 2);
        const QString letterLanguage = chineseReport ? QStringLiteral("zh_CN") : QStringLiteral("en");
        ReportRenderer letter(
            requests::buildResponseLetter(QStringLiteral("{received}"), r, letterLanguage, QStringLiteral("Tester")));
        QVERIFY(letter.writePdf(pdf));
        const QString letterText = pdfText(pdf);
        QVERIFY2(letterText.contains(chineseReport ? QStringLiteral("第 1 页，共") : QStringLiteral("Page 1 of")),
            qPrintable(letterText));
        QVERIFY2(!letterText.contains(chineseReport ? QStringLiteral("Personal information protection contact")
                                                    : QStringLiteral("个人信息保护联系方式")),
            qPrintable(letterText));
    }
    QCoreApplication::removeTranslator(&appTr);
    QCoreApplication::removeTranslator(&qtTr);
}

// Keep with next: whatever the amount of text above it, a heading is on the same page as the
// first line of its paragraph and as the first row of its table, never alone at a page's foot.
// The text above grows by whole lines until the heading crosses into page 2, then by fractions
// of a line (a spacer of growing size) around that boundary, so that some layouts put the
// heading into the last few millimetres of page 1.
void TestReport::headingNeverEndsAPage()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("headings.pdf"));
    for (bool table : { false, true }) {
        // Pages of the heading and of what it introduces, for filler lines and a spacer.
        const auto layout = [&](int filler, double spacerPt, int* heading, int* content) {
            ReportDocument doc;
            doc.title = QStringLiteral("Keep with next");
            doc.generatedBy = QStringLiteral("Tester");
            for (int i = 0; i < filler; ++i) {
                doc.paragraph(QStringLiteral("Filler line %1").arg(i));
            }
            doc.html(QStringLiteral("<p style=\"margin:0; font-size:%1pt\">.</p>").arg(spacerPt));
            doc.heading(QStringLiteral("Section Omega"));
            if (table) {
                ReportTable t;
                t.headers = { QStringLiteral("Column A"), QStringLiteral("Column B") };
                t.rows = { { QStringLiteral("Row one"), QStringLiteral("1") },
                    { QStringLiteral("Row two"), QStringLiteral("2") } };
                doc.table(t);
            } else {
                doc.paragraph(QStringLiteral("Omega body text"));
            }
            ReportRenderer renderer(doc);
            QVERIFY(renderer.writePdf(pdf));
            const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
            *heading = *content = 0;
            for (int page = 0; page < pages.size(); ++page) {
                if (pages.at(page).contains(QStringLiteral("Section Omega"))) {
                    *heading = page + 1;
                }
                if (pages.at(page).contains(table ? QStringLiteral("Row one") : QStringLiteral("Omega body"))) {
                    *content = page + 1;
                }
            }
            QVERIFY(*heading > 0 && *content > 0);
            QVERIFY2(*heading == *content,
                qPrintable(QStringLiteral("%1 filler lines and a %2 pt spacer: heading on page %3, its %4 on page %5")
                               .arg(filler)
                               .arg(spacerPt)
                               .arg(*heading)
                               .arg(table ? QStringLiteral("first row") : QStringLiteral("text"))
                               .arg(*content)));
        };
        int boundary = 0;
        for (int filler = 25; filler < 140 && boundary == 0; ++filler) {
            int heading = 0, content = 0;
            layout(filler, 1, &heading, &content);
            if (QTest::currentTestFailed()) {
                return;
            }
            if (heading == 2) {
                boundary = filler;
            }
        }
        QVERIFY(boundary > 0); // the page boundary was crossed
        for (int filler : { boundary - 1, boundary }) {
            for (double pt = 1; pt <= 24; pt += 1.5) {
                int heading = 0, content = 0;
                layout(filler, pt, &heading, &content);
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
        }
    }
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"

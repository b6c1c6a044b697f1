#include "report/ReportPreviewDialog.h"
#include "report/ReportRenderer.h"
#include "widgets/BackgroundTask.h"

#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cd;
using namespace cd::ui;

namespace {

// A long list, as File › Print gives for a few hundred submissions.
ReportDocument longList(int rows)
{
    ReportDocument doc;
    doc.title = QStringLiteral("Long list");
    doc.generatedBy = QStringLiteral("Tester");
    ReportTable t;
    t.headers = { QStringLiteral("No."), QStringLiteral("Name"), QStringLiteral("Message") };
    for (int i = 0; i < rows; ++i) {
        t.rows.append({ QString::number(i + 1), QStringLiteral("王芳 %1").arg(i),
            QStringLiteral("第 %1 行：请删除我的个人信息 please delete my data").arg(i + 1) });
    }
    doc.table(t);
    return doc;
}

ReportDocument withChart()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Chart");
    ReportChartSlot slot;
    slot.id = QStringLiteral("c1");
    slot.caption = QStringLiteral("A chart");
    slot.spec.categories = { QStringLiteral("组织"), QStringLiteral("人员") };
    slot.spec.series = { ChartSeries { QStringLiteral("已实施"), { 5, 3 }, {} } };
    doc.chart(slot);
    return doc;
}

// A printer that prints into the PDF file path, on the report's page (A4 and its margins).
void printIntoFile(QPrinter& printer, const QString& path, const ReportDocument& doc)
{
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(ReportRenderer(doc).pageLayout());
}

// Pages the printer gets for doc: A4 with the report's margins, as the preview's printer.
int printedPages(const ReportDocument& doc, const QString& path)
{
    const ReportRenderer renderer(doc);
    QPrinter printer(QPrinter::HighResolution);
    printIntoFile(printer, path, doc);
    renderer.print(&printer);
    return renderer.lastPageCount();
}

int pdfPages(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    return int(QString::fromLatin1(f.readAll()).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

// Dark pixels (text) in an image: a drawn page has them, a blank one has none.
int darkPixels(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    int dark = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            dark += line[x] < 128 ? 1 : 0;
        }
    }
    return dark;
}

} // namespace

class TestReportPreview : public QObject
{
    Q_OBJECT

private slots:
    void laysOutOnAWorkerAsThePrinterDoes();
    void zoomRedrawsTheVisiblePages();
    void reportWithChartsIsDrawnOnTheUiThread();
    void closingWhileLayingOutIsSafe();
    void printsOnAWorkerWithCancelUntilLaidOut();
    void printsThePreviewsPagesWithoutLayingOutAgain();
    void cleanupTestCase() { ReportPreviewDialog::waitForWorkers(); }
};

void TestReportPreview::laysOutOnAWorkerAsThePrinterDoes()
{
    const ReportDocument doc = longList(400);
    QTemporaryDir dir;
    const int expected = printedPages(doc, dir.filePath(QStringLiteral("printed.pdf")));
    QVERIFY(expected > 3);

    ReportPreviewDialog preview(doc);
    QSignalSpy laidOut(&preview, &ReportPreviewDialog::laidOut);
    QSignalSpy drawn(&preview, &ReportPreviewDialog::pageDrawn);
    preview.show();
    QCOMPARE(preview.pageCount(), 0); // the dialog is up before the layout is done
    QVERIFY(laidOut.wait(120000));
    QVERIFY(preview.laidOutOnWorker());
    // The pages the preview shows are the pages the printer gets.
    QCOMPARE(preview.pageCount(), expected);
    QTRY_VERIFY_WITH_TIMEOUT(!preview.pageImage(0).isNull(), 60000);
    const QImage first = preview.pageImage(0);
    QVERIFY2(darkPixels(first) > 500, "the first page has text on it");
    // The footer (contact line, page number) is drawn at its print size, not a few pixels high:
    // its text spans several pixel rows in the bottom tenth of the page.
    const QImage footer = first.copy(0, first.height() * 9 / 10, first.width(), first.height() / 10);
    int inkRows = 0;
    for (int y = 0; y < footer.height(); ++y) {
        inkRows += darkPixels(footer.copy(0, y, footer.width(), 1)) > 0 ? 1 : 0;
    }
    QVERIFY2(inkRows >= 5, qPrintable(QStringLiteral("footer text %1 pixel rows high").arg(inkRows)));
    // Only the pages in view are drawn, not the whole report.
    QVERIFY(preview.pageImage(expected - 1).isNull());
    QCOMPARE(preview.currentPage(), 0);
}

void TestReportPreview::zoomRedrawsTheVisiblePages()
{
    ReportPreviewDialog preview(longList(60));
    preview.resize(800, 700);
    QSignalSpy laidOut(&preview, &ReportPreviewDialog::laidOut);
    preview.show();
    QVERIFY(laidOut.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(!preview.pageImage(0).isNull(), 60000);
    const int before = preview.pageImage(0).width();
    preview.zoomIn();
    QVERIFY(preview.pageImage(0).isNull()); // the old image is not shown scaled
    QTRY_VERIFY_WITH_TIMEOUT(!preview.pageImage(0).isNull(), 60000);
    const int after = preview.pageImage(0).width();
    QVERIFY2(
        after > before * 1.2 && after < before * 1.3, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
    preview.fitWidth();
    QTRY_VERIFY_WITH_TIMEOUT(!preview.pageImage(0).isNull(), 60000);
    QCOMPARE(preview.pageImage(0).width(), before);
}

void TestReportPreview::reportWithChartsIsDrawnOnTheUiThread()
{
    ReportPreviewDialog preview(withChart());
    QSignalSpy laidOut(&preview, &ReportPreviewDialog::laidOut);
    preview.show();
    QVERIFY(laidOut.wait(60000));
    QVERIFY(!preview.laidOutOnWorker()); // QtCharts draws on the thread that drew the first chart
    QCOMPARE(preview.pageCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!preview.pageImage(0).isNull(), 60000);
    QVERIFY(darkPixels(preview.pageImage(0)) > 100);
}

void TestReportPreview::closingWhileLayingOutIsSafe()
{
    for (int delay : { 0, 50 }) {
        auto preview = std::make_unique<ReportPreviewDialog>(longList(600));
        preview->show();
        QTest::qWait(delay);
        preview.reset(); // closed before its layout is done
    }
    ReportPreviewDialog::waitForWorkers();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // A new preview after that works as usual.
    ReportPreviewDialog again(longList(10));
    QSignalSpy laidOut(&again, &ReportPreviewDialog::laidOut);
    again.show();
    QVERIFY(laidOut.wait(60000));
    QCOMPARE(again.pageCount(), 1);
}

void TestReportPreview::printsOnAWorkerWithCancelUntilLaidOut()
{
    const ReportDocument doc = longList(200);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printIntoFile(printer, path, doc);
    const ReportRenderer renderer(doc);
    {
        TaskWatch watch;
        QVERIFY(renderer.printInBackground(nullptr, &printer));
        QVERIFY(watch.ranOnWorker());
        QVERIFY(renderer.lastPageCount() > 1);
        QCOMPARE(watch.lastDone(), qint64(renderer.lastPageCount()));
        QCOMPARE(pdfPages(path), renderer.lastPageCount());
    }
    QFile::remove(path);
    {
        TaskWatch watch(0); // Cancel while the pages are laid out
        const Status printed = renderer.printInBackground(nullptr, &printer);
        QVERIFY(!printed);
        QCOMPARE(printed.code(), ErrorCode::Cancelled);
        QVERIFY(watch.ranOnWorker());
        QVERIFY2(!QFile::exists(path), "nothing was sent to the printer");
    }
    {
        // Once the pages are being sent, the job completes: half a job is worse than none.
        TaskWatch watch(1);
        QVERIFY(renderer.printInBackground(nullptr, &printer));
        QCOMPARE(pdfPages(path), renderer.lastPageCount());
    }
}

void TestReportPreview::printsThePreviewsPagesWithoutLayingOutAgain()
{
    const ReportDocument doc = longList(200);
    QTemporaryDir dir;
    ReportPreviewDialog preview(doc);
    QSignalSpy laidOut(&preview, &ReportPreviewDialog::laidOut);
    preview.show();
    QVERIFY(laidOut.wait(60000));
    const int pages = preview.pageCount();
    QVERIFY(pages > 1);

    const QString path = dir.filePath(QStringLiteral("same.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printIntoFile(printer, path, doc);
    {
        TaskWatch watch;
        QVERIFY(preview.printTo(&printer));
        QVERIFY(watch.ranOnWorker());
        // Only pages were reported: no "laying out" step (which reports 0 of 0 first).
        QCOMPARE(watch.reports(), pages);
        QCOMPARE(watch.lastDone(), qint64(pages));
    }
    QCOMPARE(pdfPages(path), pages);

    // Another paper size: laid out again for it, so every page still fits the paper.
    const QString letterPath = dir.filePath(QStringLiteral("letter.pdf"));
    QPrinter letter(QPrinter::HighResolution);
    printIntoFile(letter, letterPath, doc);
    letter.setPageSize(QPageSize(QPageSize::Letter));
    {
        TaskWatch watch;
        QVERIFY(preview.printTo(&letter));
        QCOMPARE(watch.reports(), pdfPages(letterPath) + 1);
    }
    QVERIFY(pdfPages(letterPath) > 1);
}

QTEST_MAIN(TestReportPreview)
#include "tst_reportpreview.moc"

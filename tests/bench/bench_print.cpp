#include "bench_print.h"

#include "report/ReportPreviewDialog.h"
#include "report/ReportRenderer.h"
#include "submissions/Submission.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPrinter>
#include <QTimer>

namespace cd::bench {

namespace {
double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

QJsonObject runPrintBench(Vault& vault, const QString& dir)
{
    QJsonObject result { { QStringLiteral("case"), QStringLiteral("print") } };
    QElapsedTimer t;
    t.start();
    // The submission list as File › Print gives it: the first rows up to the printed list's cap.
    auto doc = submissions::SubmissionService(vault).report({}, submissions::Sort {}, QStringLiteral("en"));
    if (!doc) {
        return { { QStringLiteral("error"), doc.message() } };
    }
    result.insert(QStringLiteral("rows"), submissions::SubmissionService::reportRowCap());
    result.insert(QStringLiteral("read_ms"), ms(t));

    // What Qt's own preview dialog does on the UI thread before it shows a page: the whole report
    // laid out and drawn for the printer.
    const ui::ReportRenderer renderer(doc.value());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir + QStringLiteral("/print-bench.pdf"));
    printer.setPageLayout(renderer.pageLayout());
    t.restart();
    renderer.print(&printer);
    result.insert(QStringLiteral("print_on_ui_thread_ms"), ms(t));
    result.insert(QStringLiteral("pages"), renderer.lastPageCount());
    QFile::remove(dir + QStringLiteral("/print-bench.pdf"));

    // The preview: from opening the dialog to its first page drawn, with the longest gap between
    // beats of a 0 ms timer on the UI thread meanwhile.
    double maxStall = 0;
    QElapsedTimer sinceBeat;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        maxStall = qMax(maxStall, ms(sinceBeat));
        sinceBeat.restart();
    });
    t.restart();
    sinceBeat.start();
    heartbeat.start();
    double laidOutMs = 0;
    {
        QElapsedTimer made;
        made.start();
        ui::ReportPreviewDialog preview(doc.value());
        preview.resize(900, 1000);
        preview.show();
        result.insert(QStringLiteral("preview_open_ms"), ms(made));

        QEventLoop loop;
        QObject::connect(&preview, &ui::ReportPreviewDialog::laidOut, [&] { laidOutMs = ms(t); });
        QObject::connect(&preview, &ui::ReportPreviewDialog::pageDrawn, &loop, &QEventLoop::quit);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        loop.exec();
        result.insert(QStringLiteral("preview"),
            QJsonObject { { QStringLiteral("laid_out_ms"), laidOutMs }, { QStringLiteral("first_page_ms"), ms(t) },
                { QStringLiteral("max_stall_ms"), maxStall }, { QStringLiteral("pages"), preview.pageCount() },
                { QStringLiteral("on_worker"), preview.laidOutOnWorker() } });
    }
    heartbeat.stop();
    ui::ReportPreviewDialog::waitForWorkers();
    return result;
}

} // namespace cd::bench

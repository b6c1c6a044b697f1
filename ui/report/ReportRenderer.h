#pragma once

#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QPainter;
class QPageLayout;
class QPaintDevice;
class QPrinter;
class QPrintPreviewDialog;
class QWidget;
class QPagedPaintDevice;

namespace cd::ui {

class LaidOutReport;
class TaskControl;

// Renders report content from core: QTextDocument laid out on A4 pages, charts drawn as
// vectors into their slots, a footer with the contact line and "page X of Y" on every page.
// The same path serves print preview, printing, the PDF export and the CLI.
class ReportRenderer
{
public:
    explicit ReportRenderer(ReportDocument document);

    // Writes under a temporary name next to path and renames it only when complete, so an error
    // or a cancel leaves no file. `cancel` is checked after every page and pageDone(page, pages)
    // told; every paint object is made on the calling thread, so a worker thread may call it
    // for a report without charts (drawsOnWorker()).
    Status writePdf(const QString& path, const std::atomic_bool* cancel = nullptr,
        const std::function<void(int page, int pages)>& pageDone = {}) const;
    // writePdf() on a worker thread behind a progress dialog (pages) with Cancel; a cancel
    // returns ErrorCode::Cancelled and leaves no file. A report with charts is drawn on the UI
    // thread instead (see drawsOnWorker()).
    Status writePdfInBackground(QWidget* parent, const QString& path) const;
    // QtCharts keeps text items of its own on the thread that drew the first chart (the UI
    // thread): only a report without charts may be drawn on a worker.
    bool drawsOnWorker() const;
    void print(QPrinter* printer) const;
    // print() on a worker thread behind a progress dialog, as writePdfInBackground(); a report
    // with charts is printed on the UI thread. Cancel works while the pages are laid out, before
    // anything reaches the printer; it returns ErrorCode::Cancelled.
    Status printInBackground(QWidget* parent, QPrinter* printer) const;
    // Progress of pages sent to a printer: "Page 3 of 126 printed".
    static std::function<void(int page, int pages)> printedPagesProgress(TaskControl& control);
    // Opens the print preview (ReportPreviewDialog: laid out and drawn on a worker, pages shown as
    // they are drawn); returns when the dialog closes.
    void showPrintPreview(QWidget* parent) const;
    // Qt's own preview dialog for printer, sized to fit the screen of parent: everything drawn on
    // the UI thread, which a long report freezes for seconds.
    QPrintPreviewDialog* createPrintPreview(QPrinter* printer, QWidget* parent) const;
    // A4 with the report's margins and orientation.
    QPageLayout pageLayout() const;
    // Where the blocks landed in the last render, in device pixels of each page's body.
    struct BlockPlacement {
        int page = 0;
        QRectF rect;
    };
    const QList<BlockPlacement>& lastChartPlacements() const { return m_lastCharts; }
    // The body area of a page (above the footer) in the last render, in device pixels.
    QRectF lastBodyRect() const { return m_lastBody; }
    // Asks for a PDF file name and writes it on a worker thread (writePdfInBackground); returns
    // the path, or an empty string when cancelled or failed (a failure is shown to the user).
    QString exportPdfInteractive(QWidget* parent, const QString& suggestedName) const;

    const ReportDocument& document() const { return m_document; }
    // Pages the document takes when rendered (after the last render).
    int lastPageCount() const { return m_lastPageCount; }

private:
    // False when `cancel` stopped it after a page.
    bool paint(QPagedPaintDevice* device, const std::atomic_bool* cancel = nullptr,
        const std::function<void(int page, int pages)>& pageDone = {}) const;
    bool drawPages(QPagedPaintDevice* device, const LaidOutReport& laid, const std::atomic_bool* cancel,
        const std::function<void(int page, int pages)>& pageDone) const;
    ReportDocument m_document;
    mutable int m_lastPageCount = 0;
    mutable QList<BlockPlacement> m_lastCharts;
    mutable QRectF m_lastBody;
};

// A report laid out once for one paint device's resolution, whose pages can then be drawn one at a
// time, in any order, onto any painter whose coordinates are that device's pixels with the origin
// at the page's printable area. Every paint object is made on the constructing thread; a report
// without charts may be laid out and drawn on a worker thread (ReportRenderer::drawsOnWorker()).
class LaidOutReport
{
public:
    // Laying out a report of a hundred pages takes seconds: cancel is checked between the steps.
    LaidOutReport(const ReportDocument& document, QPaintDevice* device, const QPageLayout& layout,
        const std::atomic_bool* cancel = nullptr);
    ~LaidOutReport();
    LaidOutReport(const LaidOutReport&) = delete;
    LaidOutReport& operator=(const LaidOutReport&) = delete;

    // False when cancel stopped the layout: nothing may be drawn then.
    bool isComplete() const { return m_complete; }
    int pageCount() const;
    // The body area of a page (above the footer), in device pixels.
    QRectF bodyRect() const;
    void drawPage(QPainter& painter, int page) const;
    // Every page in order onto device, which must have the resolution and page layout this was
    // laid out for; false when cancel stopped it after a page.
    bool drawAllPages(QPagedPaintDevice* device, const std::atomic_bool* cancel = nullptr,
        const std::function<void(int page, int pages)>& pageDone = {}) const;
    const QList<ReportRenderer::BlockPlacement>& chartPlacements() const;

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
    bool m_complete = false;
};

} // namespace cd::ui

#pragma once

#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QDialog>
#include <QHash>
#include <QImage>
#include <QPrinter>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QThread;
class QToolButton;

namespace cd::ui {

class PreviewEngine;
class PreviewStrip;

// The print preview: the report is laid out and its pages drawn on a worker thread (a report with
// charts on the UI thread, see ReportRenderer::drawsOnWorker()), so a list of a hundred pages
// opens at once, says what it is doing, and shows each page as soon as it is drawn. Only the pages
// in view are drawn, at the zoom in use. Print… asks for a printer and prints on a worker with
// progress and Cancel. Closing the dialog stops the work.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportPreviewDialog(ReportDocument document, QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    // 0 until the report is laid out.
    int pageCount() const { return m_pages; }
    // Whether the layout ran on a thread other than the UI's.
    bool laidOutOnWorker() const { return m_laidOutOnWorker; }
    // The drawn image of page (0-based) at the zoom in use; null while it is not drawn.
    QImage pageImage(int page) const;
    // The page the view shows at its top (0-based).
    int currentPage() const;
    void zoomIn();
    void zoomOut();
    void fitWidth();
    // Asks for a printer and prints (Ctrl+P).
    void print();
    // Prints on a worker with progress: the pages laid out for the preview when printer has
    // their resolution and page layout, else laid out again for it (with Cancel until then).
    Status printTo(QPrinter* printer);

    // Waits for the workers of closed previews that are still finishing a layout (the program
    // calls it when its event loop ends; a test may call it).
    static void waitForWorkers();

signals:
    void laidOut(int pages);
    void pageDrawn(int page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    friend class PreviewStrip;
    void onLaidOut(int pages, bool onWorker);
    void onPageDrawn(int page, int generation, const QImage& image);
    // Pixel width of a page on screen at the zoom in use (device-independent pixels).
    int pageWidth() const;
    void zoomChanged();
    void requestVisiblePages();
    void updateStatus();
    void retranslate();

    ReportDocument m_document;
    PreviewEngine* m_engine = nullptr; // in m_thread, or a child of this dialog without one
    QThread* m_thread = nullptr;
    PreviewStrip* m_strip = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_fit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_printButton = nullptr;
    QPrinter m_printer { QPrinter::HighResolution };
    int m_pages = 0;
    bool m_laidOutOnWorker = false;
    qreal m_zoom = 0; // 0: fit the width of the view
    int m_generation = 0;
    QHash<int, QImage> m_images;
    QSet<int> m_requested;
};

} // namespace cd::ui

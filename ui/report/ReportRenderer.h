#pragma once

#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;
class QPagedPaintDevice;

namespace cd::ui {

// Renders report content from core: QTextDocument laid out on A4 pages, charts drawn as
// vectors into their slots, a footer with the contact line and "page X of Y" on every page.
// The same path serves print preview, printing, the PDF export and the CLI.
class ReportRenderer
{
public:
    explicit ReportRenderer(ReportDocument document);

    Status writePdf(const QString& path) const;
    void print(QPrinter* printer) const;
    // Opens Qt's print preview; returns when the dialog closes.
    void showPrintPreview(QWidget* parent) const;
    // The preview dialog for printer, sized to fit the screen of parent (shown by showPrintPreview).
    QPrintPreviewDialog* createPrintPreview(QPrinter* printer, QWidget* parent) const;
    // Where the blocks landed in the last render, in device pixels of each page's body.
    struct BlockPlacement {
        int page = 0;
        QRectF rect;
    };
    const QList<BlockPlacement>& lastChartPlacements() const { return m_lastCharts; }
    // The body area of a page (above the footer) in the last render, in device pixels.
    QRectF lastBodyRect() const { return m_lastBody; }
    // Asks for a PDF file name and writes it; returns the path or an empty string.
    QString exportPdfInteractive(QWidget* parent, const QString& suggestedName) const;

    const ReportDocument& document() const { return m_document; }
    // Pages the document takes when rendered (after the last render).
    int lastPageCount() const { return m_lastPageCount; }

private:
    void paint(QPagedPaintDevice* device) const;
    ReportDocument m_document;
    mutable int m_lastPageCount = 0;
    mutable QList<BlockPlacement> m_lastCharts;
    mutable QRectF m_lastBody;
};

} // namespace cd::ui

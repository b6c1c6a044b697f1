#pragma once

#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QString>

class QPrinter;
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
    // Asks for a PDF file name and writes it; returns the path or an empty string.
    QString exportPdfInteractive(QWidget* parent, const QString& suggestedName) const;

    const ReportDocument& document() const { return m_document; }
    // Pages the document takes when rendered (after the last render).
    int lastPageCount() const { return m_lastPageCount; }

private:
    void paint(QPagedPaintDevice* device) const;
    ReportDocument m_document;
    mutable int m_lastPageCount = 0;
};

} // namespace cd::ui

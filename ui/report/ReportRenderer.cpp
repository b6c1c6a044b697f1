#include "ReportRenderer.h"

#include "app/LanguageManager.h"
#include "charts/ChartAdapter.h"
#include "export/TableExport.h"
#include "report/ReportPreviewDialog.h"
#include "widgets/BackgroundTask.h"
#include "widgets/Dialogs.h"
#include "widgets/ScreenFit.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <memory>

namespace cd::ui {

namespace {

constexpr int kChartObjectType = QTextFormat::UserObject + 1;
constexpr int kChartIdProperty = QTextFormat::UserProperty + 1;

// Draws a chart slot inside the text layout, with the painter of the page: vectors, not pixels.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartTextObject(const ReportDocument& doc, qreal dpi)
        : m_dpi(dpi)
    {
        for (const ReportBlock& b : doc.blocks) {
            if (b.kind == ReportBlock::Kind::Chart) {
                m_charts.insert(b.chart.id, b.chart);
            }
        }
    }

    // The page body the charts must fit in; a larger slot is scaled down, keeping its shape.
    void setBody(const QSizeF& body) { m_body = body; }
    void setPage(int page) { m_page = page; }
    QList<ReportRenderer::BlockPlacement> placements;

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        const ReportChartSlot slot = m_charts.value(format.property(kChartIdProperty).toString());
        QSizeF size(slot.widthMm / 25.4 * m_dpi, slot.heightMm / 25.4 * m_dpi);
        if (!m_body.isEmpty()) {
            // Room for the caption line below the chart on the same page.
            const QSizeF room(m_body.width(), m_body.height() * 0.9);
            if (size.width() > room.width() || size.height() > room.height()) {
                size = size.scaled(room, Qt::KeepAspectRatio);
            }
        }
        return size;
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const auto it = m_charts.constFind(format.property(kChartIdProperty).toString());
        if (it == m_charts.constEnd()) {
            return;
        }
        placements.append({ m_page, rect.translated(0, -m_page * m_body.height()) });
        painter->save();
        ChartAdapter::render(it->spec, painter, rect);
        painter->restore();
    }

private:
    QHash<QString, ReportChartSlot> m_charts;
    qreal m_dpi;
    QSizeF m_body;
    int m_page = 0;
};

int pageOf(qreal y, qreal pageHeight)
{
    return int(y / pageHeight);
}

// A chart block that straddles a page break starts on the next page instead (when it fits a
// page). True when one was moved.
bool moveStraddlingChart(QTextDocument& doc, qreal pageHeight)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        bool hasChart = false;
        for (auto it = block.begin(); !it.atEnd() && !hasChart; ++it) {
            hasChart = it.fragment().charFormat().objectType() == kChartObjectType;
        }
        if (!hasChart) {
            continue;
        }
        const QRectF r = doc.documentLayout()->blockBoundingRect(block);
        const int firstPage = pageOf(r.top(), pageHeight);
        const int lastPage = pageOf(r.bottom() - 0.5, pageHeight);
        if (firstPage != lastPage && r.height() <= pageHeight
            && block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_AlwaysBefore) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            return true;
        }
    }
    return false;
}

// The first thing a heading introduces: the next block, or for a table the first row below
// its header row (a heading above nothing but a column header says as little as one alone).
QTextBlock firstContentAfter(const QTextBlock& heading)
{
    QTextBlock next = heading.next();
    while (next.isValid() && next.text().trimmed().isEmpty() && next.layout()->lineCount() <= 1
        && !QTextCursor(next).currentTable()) {
        bool object = false;
        for (auto it = next.begin(); !it.atEnd() && !object; ++it) {
            object = it.fragment().charFormat().objectType() == kChartObjectType;
        }
        if (object) {
            break;
        }
        next = next.next(); // an empty paragraph (e.g. a page-break marker) is skipped
    }
    if (QTextTable* table = next.isValid() ? QTextCursor(next).currentTable() : nullptr) {
        if (table->rows() > 1) {
            return table->cellAt(1, 0).firstCursorPosition().block();
        }
    }
    return next;
}

// Keep with next: a heading never ends a page. When the first line of what follows it lands on
// a later page, the heading starts that page instead. True when one was moved.
bool moveLoneHeading(QTextDocument& doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0 || block == doc.begin()) {
            continue;
        }
        const QTextBlock next = firstContentAfter(block);
        if (!next.isValid() || next.layout()->lineCount() == 0) {
            continue;
        }
        const QRectF heading = layout->blockBoundingRect(block);
        const QRectF content = layout->blockBoundingRect(next);
        const qreal firstLineBottom = content.top() + next.layout()->lineAt(0).rect().bottom();
        if (pageOf(firstLineBottom - 0.5, pageHeight) <= pageOf(heading.top(), pageHeight)
            || block.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore) {
            continue;
        }
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        // What follows moves with the heading; a break of its own would leave the heading alone.
        const QTextBlock follower = block.next();
        if (follower.isValid() && follower.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore) {
            QTextBlockFormat f = follower.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            QTextCursor(follower).setBlockFormat(f);
        }
        return true;
    }
    return false;
}

// Every block that fits a page is kept on one (charts), a heading is kept with what follows
// it, repeated until nothing moves. Table header rows repeat on every page a table continues on.
void keepBlocksOnOnePage(QTextDocument& doc, qreal pageHeight)
{
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            QTextTableFormat format = table->format();
            if (format.headerRowCount() == 0 && table->rows() > 1) {
                format.setHeaderRowCount(1);
                table->setFormat(format);
            }
        }
    }
    for (int pass = 0; pass < 400; ++pass) {
        if (!moveStraddlingChart(doc, pageHeight) && !moveLoneHeading(doc, pageHeight)) {
            return;
        }
    }
}

// Swaps the <img src="cdchart://id"> placeholders for chart objects.
void replaceChartImages(QTextDocument& doc)
{
    const QString prefix = QStringLiteral("cdchart://");
    QList<QPair<int, QString>> found; // position, chart id
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat()) {
                const QString name = fragment.charFormat().toImageFormat().name();
                if (name.startsWith(prefix)) {
                    found.append({ fragment.position(), name.mid(prefix.size()) });
                }
            }
        }
    }
    // Back to front, so earlier positions stay valid.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        QTextCharFormat chart;
        chart.setObjectType(kChartObjectType);
        chart.setProperty(kChartIdProperty, it->second);
        QTextCursor cursor(&doc);
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + 1, QTextCursor::KeepAnchor);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), chart);
    }
}

} // namespace

ReportRenderer::ReportRenderer(ReportDocument document)
    : m_document(std::move(document))
{
}

struct LaidOutReport::Parts {
    QTextDocument doc;
    ChartTextObject* charts = nullptr; // owned by doc
    QSizeF body;
    qreal footerHeight = 0;
    QFont base;
    int pages = 1;
    QString language;
};

LaidOutReport::LaidOutReport(
    const ReportDocument& document, QPaintDevice* device, const QPageLayout& layout, const std::atomic_bool* cancel)
    : m_parts(std::make_unique<Parts>())
{
    Parts& p = *m_parts;
    const qreal dpi = device->logicalDpiY();
    const QRect paintRect = layout.paintRectPixels(int(dpi));
    p.footerHeight = 12.0 / 25.4 * dpi; // 12 mm for the footer
    p.language = document.language;
    p.doc.documentLayout()->setPaintDevice(device);
    p.base = QApplication::font();
    p.base.setFamilies(ReportDocument::fontFamilyList());
    p.base.setPointSizeF(9.5);
    p.doc.setDefaultFont(p.base);
    p.charts = new ChartTextObject(document, dpi);
    p.charts->setParent(&p.doc);
    p.doc.documentLayout()->registerHandler(kChartObjectType, p.charts);
    p.body = QSizeF(paintRect.width(), paintRect.height() - p.footerHeight);
    p.charts->setBody(p.body);
    p.doc.setHtml(document.toHtml());
    if (cancel && cancel->load()) {
        return;
    }
    replaceChartImages(p.doc);
    p.doc.setDocumentMargin(0);
    p.doc.setPageSize(p.body);
    if (cancel && cancel->load()) {
        return;
    }
    keepBlocksOnOnePage(p.doc, p.body.height());
    p.pages = std::max(1, p.doc.pageCount());
    m_complete = !(cancel && cancel->load());
}

LaidOutReport::~LaidOutReport() = default;

int LaidOutReport::pageCount() const
{
    return m_parts->pages;
}

QRectF LaidOutReport::bodyRect() const
{
    return QRectF(QPointF(0, 0), m_parts->body);
}

const QList<ReportRenderer::BlockPlacement>& LaidOutReport::chartPlacements() const
{
    return m_parts->charts->placements;
}

void LaidOutReport::drawPage(QPainter& painter, int page) const
{
    Parts& p = *m_parts;
    const QSizeF& body = p.body;
    painter.save();
    painter.translate(0, -page * body.height());
    const QRectF clip(0, page * body.height(), body.width(), body.height());
    // Nothing of the body is drawn over the footer or off the page.
    painter.setClipRect(clip, Qt::IntersectClip);
    p.charts->setPage(page);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = clip;
    ctx.palette.setColor(QPalette::Text, Qt::black);
    p.doc.documentLayout()->draw(&painter, ctx);
    painter.restore();
    p.charts->setPage(-1);

    // Footer: contact line left, report title and page numbers right.
    painter.save();
    QFont footerFont = p.base;
    footerFont.setPointSizeF(7.5);
    painter.setFont(footerFont);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF footer(0, body.height() + p.footerHeight * 0.35, body.width(), p.footerHeight * 0.65);
    painter.drawLine(QPointF(0, footer.top()), QPointF(body.width(), footer.top()));
    // Both follow the report's language, not the interface's: a Chinese report printed from
    // the English interface (or a letter in the recipient's language) stays in one language.
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, ReportDocument::contactLine(p.language));
    painter.drawText(
        footer, Qt::AlignRight | Qt::AlignVCenter, ReportDocument::pageLine(p.language, page + 1, p.pages));
    painter.restore();
}

QPageLayout ReportRenderer::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), m_document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(16, 16, 16, 12), QPageLayout::Millimeter);
}

bool ReportRenderer::paint(QPagedPaintDevice* device, const std::atomic_bool* cancel,
    const std::function<void(int page, int pages)>& pageDone) const
{
    const LaidOutReport laid(m_document, device, device->pageLayout(), cancel);
    return laid.isComplete() && drawPages(device, laid, cancel, pageDone);
}

bool ReportRenderer::drawPages(QPagedPaintDevice* device, const LaidOutReport& laid, const std::atomic_bool* cancel,
    const std::function<void(int page, int pages)>& pageDone) const
{
    m_lastBody = laid.bodyRect();
    m_lastPageCount = laid.pageCount();
    if (!laid.drawAllPages(device, cancel, pageDone)) {
        return false;
    }
    m_lastCharts = laid.chartPlacements();
    return true;
}

bool LaidOutReport::drawAllPages(QPagedPaintDevice* device, const std::atomic_bool* cancel,
    const std::function<void(int page, int pages)>& pageDone) const
{
    const int pages = pageCount();
    QPainter painter(device);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device->newPage();
        }
        drawPage(painter, page);
        if (pageDone) {
            pageDone(page + 1, pages);
        }
        if (cancel && cancel->load()) {
            return false;
        }
    }
    return true;
}

Status ReportRenderer::writePdf(
    const QString& path, const std::atomic_bool* cancel, const std::function<void(int page, int pages)>& pageDone) const
{
    const auto failed = [&path] {
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::ui::Report", "Could not write %1.").arg(path) };
    };
    if (!QFileInfo(path).absoluteDir().exists()) {
        return failed();
    }
    // Written next to the file and renamed when complete: a cancel or an error leaves no file.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    // Reports may hold personal data: the file is its owner's only from the start.
    if (!TableExport::restrictToOwner(partial)) {
        return failed();
    }
    bool complete = false;
    {
        QPdfWriter writer(partial);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Compliance Desk"));
        writer.setTitle(m_document.title);
        writer.setPageLayout(pageLayout());
        complete = paint(&writer, cancel, pageDone);
    }
    if (!complete) {
        QFile::remove(partial);
        return Error { ErrorCode::Cancelled,
            QCoreApplication::translate("cd::ui::Report", "Cancelled; no file was written.") };
    }
    if (QFileInfo(partial).size() == 0) {
        QFile::remove(partial);
        return failed();
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return failed();
    }
    return {};
}

bool ReportRenderer::drawsOnWorker() const
{
    return std::none_of(m_document.blocks.cbegin(), m_document.blocks.cend(),
        [](const ReportBlock& b) { return b.kind == ReportBlock::Kind::Chart; });
}

namespace {

// Progress for painting pages on a worker: "Page 3 of 126 written".
std::function<void(int, int)> pageProgress(TaskControl& control, const char* text)
{
    return [&control, text, locale = QLocale()](int page, int pages) {
        control.report(page, pages,
            QCoreApplication::translate("cd::ui::Report", text).arg(locale.toString(page), locale.toString(pages)));
    };
}

} // namespace

std::function<void(int page, int pages)> ReportRenderer::printedPagesProgress(TaskControl& control)
{
    return pageProgress(control, QT_TRANSLATE_NOOP("cd::ui::Report", "Page %1 of %2 printed"));
}

Status ReportRenderer::writePdfInBackground(QWidget* parent, const QString& path) const
{
    if (!drawsOnWorker()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status s = writePdf(path);
        QApplication::restoreOverrideCursor();
        return s;
    }
    Status written;
    runInBackground(parent,
        QCoreApplication::translate("cd::ui::Report", "Writing %1…").arg(QFileInfo(path).fileName()),
        [&](TaskControl& control) {
            written = writePdf(path, &control.cancelFlag(),
                pageProgress(control, QT_TRANSLATE_NOOP("cd::ui::Report", "Page %1 of %2 written")));
        });
    // The work's own outcome decides: a cancel that came after the last page still wrote the file.
    return written;
}

Status ReportRenderer::printInBackground(QWidget* parent, QPrinter* printer) const
{
    printer->setDocName(m_document.title);
    printer->setPageOrientation(m_document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    if (!drawsOnWorker()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        print(printer);
        QApplication::restoreOverrideCursor();
        return {};
    }
    bool printed = false;
    runInBackground(parent, QCoreApplication::translate("cd::ui::Report", "Printing %1…").arg(m_document.title),
        [&](TaskControl& control) {
            control.report(0, 0, QCoreApplication::translate("cd::ui::Report", "Laying out the pages…"));
            // Laying out is most of the time, and nothing has reached the printer yet: Cancel
            // works until then. A print job, once its pages are drawn, cannot be taken back here
            // (the system's print queue can), so the pages are drawn without a Cancel button.
            const LaidOutReport laid(m_document, printer, printer->pageLayout(), &control.cancelFlag());
            if (!laid.isComplete()) {
                return;
            }
            control.endCancellablePart();
            printed = drawPages(printer, laid, nullptr, printedPagesProgress(control));
        });
    if (!printed) {
        return Error { ErrorCode::Cancelled,
            QCoreApplication::translate("cd::ui::Report", "Cancelled; nothing was sent to the printer.") };
    }
    return {};
}

void ReportRenderer::print(QPrinter* printer) const
{
    printer->setDocName(m_document.title);
    printer->setPageOrientation(m_document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    paint(printer);
}

void ReportRenderer::showPrintPreview(QWidget* parent) const
{
    ReportPreviewDialog dialog(m_document, parent);
    dialog.exec();
}

QPrintPreviewDialog* ReportRenderer::createPrintPreview(QPrinter* printer, QWidget* parent) const
{
    auto* dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setWindowTitle(m_document.title);
    // A page and a half of A4 where the screen allows it; never taller than a 768-pixel laptop screen.
    dialog->resize(fitToScreen(parent, QSize(900, 1000)));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [this](QPrinter* p) { print(p); });
    return dialog;
}

QString ReportRenderer::exportPdfInteractive(QWidget* parent, const QString& suggestedName) const
{
    const QString path = Dialogs::saveFileName(parent, QCoreApplication::translate("cd::ui::Report", "Export PDF"),
        suggestedName, QCoreApplication::translate("cd::ui::Report", "PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return {};
    }
    const Status s = writePdfInBackground(parent, path);
    if (!s) {
        if (s.code() != ErrorCode::Cancelled) {
            Dialogs::warning(parent, QCoreApplication::translate("cd::ui::Report", "Export PDF"), s.message());
        }
        return {};
    }
    return path;
}

} // namespace cd::ui

#include "ReportRenderer.moc"

#include "ReportRenderer.h"

#include "app/LanguageManager.h"
#include "charts/ChartAdapter.h"
#include "export/TableExport.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
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

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        const ReportChartSlot slot = m_charts.value(format.property(kChartIdProperty).toString());
        return QSizeF(slot.widthMm / 25.4 * m_dpi, slot.heightMm / 25.4 * m_dpi);
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const auto it = m_charts.constFind(format.property(kChartIdProperty).toString());
        if (it == m_charts.constEnd()) {
            return;
        }
        painter->save();
        ChartAdapter::render(it->spec, painter, rect);
        painter->restore();
    }

private:
    QHash<QString, ReportChartSlot> m_charts;
    qreal m_dpi;
};

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

void ReportRenderer::paint(QPagedPaintDevice* device) const
{
    const qreal dpi = device->logicalDpiY();
    const QPageLayout layout = device->pageLayout();
    const QRect paintRect = layout.paintRectPixels(int(dpi));
    const qreal footerHeight = 12.0 / 25.4 * dpi; // 12 mm for the footer

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    QFont base = QApplication::font();
    base.setFamilies(ReportDocument::fontFamilyList());
    base.setPointSizeF(9.5);
    doc.setDefaultFont(base);
    auto* charts = new ChartTextObject(m_document, dpi);
    charts->setParent(&doc);
    doc.documentLayout()->registerHandler(kChartObjectType, charts);
    doc.setHtml(m_document.toHtml());
    replaceChartImages(doc);
    doc.setDocumentMargin(0);
    const QSizeF body(paintRect.width(), paintRect.height() - footerHeight);
    doc.setPageSize(body);

    const int pages = std::max(1, doc.pageCount());
    m_lastPageCount = pages;
    const QLocale locale;
    QPainter painter(device);
    QFont footerFont = base;
    footerFont.setPointSizeF(7.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device->newPage();
        }
        painter.save();
        painter.translate(0, -page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();

        // Footer: contact line left, report title and page numbers right.
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, body.height() + footerHeight * 0.35, body.width(), footerHeight * 0.65);
        painter.drawLine(QPointF(0, footer.top()), QPointF(body.width(), footer.top()));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, ReportDocument::contactLine());
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
            QCoreApplication::translate("cd::ui::Report", "Page %1 of %2")
                .arg(locale.toString(page + 1), locale.toString(pages)));
        painter.restore();
    }
}

Status ReportRenderer::writePdf(const QString& path) const
{
    if (!QFileInfo(path).absoluteDir().exists()) {
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::ui::Report", "Could not write %1.").arg(path) };
    }
    QFile::remove(path);
    // Reports may hold personal data: the file is its owner's only from the start.
    if (!TableExport::restrictToOwner(path)) {
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::ui::Report", "Could not write %1.").arg(path) };
    }
    QPdfWriter writer(path);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    writer.setResolution(600);
    writer.setCreator(QStringLiteral("Compliance Desk"));
    writer.setTitle(m_document.title);
    QPageLayout layout(QPageSize(QPageSize::A4), m_document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(16, 16, 16, 12), QPageLayout::Millimeter);
    writer.setPageLayout(layout);
    paint(&writer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::ui::Report", "Could not write %1.").arg(path) };
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
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(16, 16, 16, 12), QPageLayout::Millimeter);
    printer.setPageOrientation(m_document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(m_document.title);
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [this](QPrinter* p) { print(p); });
    dialog.exec();
}

QString ReportRenderer::exportPdfInteractive(QWidget* parent, const QString& suggestedName) const
{
    const QString path
        = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("cd::ui::Report", "Export PDF"),
            suggestedName, QCoreApplication::translate("cd::ui::Report", "PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return {};
    }
    const Status s = writePdf(path);
    return s ? path : QString();
}

} // namespace cd::ui

#include "ReportRenderer.moc"

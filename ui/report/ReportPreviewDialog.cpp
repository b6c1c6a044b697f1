#include "ReportPreviewDialog.h"

#include "report/ReportRenderer.h"
#include "widgets/BackgroundTask.h"
#include "widgets/Dialogs.h"
#include "widgets/ScreenFit.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPaintEvent>
#include <QPainter>
#include <QPointer>
#include <QPrintDialog>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <atomic>
#include <future>

namespace cd::ui {

namespace {

constexpr int kGap = 16; // between pages, and around them
constexpr qreal kZoomStep = 1.25;

// Threads of closed previews that were still laying out when their dialog went away.
QList<QPointer<QThread>>& finishingThreads()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

} // namespace

// Lays the report out once and draws the pages asked for, on the thread it lives in.
class PreviewEngine : public QObject
{
    Q_OBJECT

public:
    // Laid out at the printer's resolution, so the preview breaks lines and pages where the
    // printout will.
    PreviewEngine(ReportDocument document, const QPageLayout& layout, int dpi)
        : m_document(std::move(document))
        , m_layout(layout)
        , m_dpi(dpi)
        , m_metrics(8, 8, QImage::Format_RGB32)
    {
        const int dotsPerMeter = qRound(dpi / 0.0254);
        m_metrics.setDotsPerMeterX(dotsPerMeter);
        m_metrics.setDotsPerMeterY(dotsPerMeter);
    }

    std::atomic_bool cancel { false };
    // The pages the view wants now, and the zoom they are for: a request that is no longer
    // wanted when its turn comes is skipped.
    std::atomic_int wantedFirst { 0 };
    std::atomic_int wantedLast { -1 };
    std::atomic_int generation { 0 };

    void layOut()
    {
        m_laid = std::make_unique<LaidOutReport>(m_document, &m_metrics, m_layout, &cancel);
        if (m_laid->isComplete()) {
            emit laidOut(m_laid->pageCount(), QThread::currentThread() != qApp->thread());
        }
    }

    void draw(int page, int width, qreal pixelRatio, int forGeneration)
    {
        if (cancel.load() || !m_laid || !m_laid->isComplete() || forGeneration != generation.load()
            || page < wantedFirst.load() || page > wantedLast.load()) {
            emit drawn(page, forGeneration, QImage());
            return;
        }
        const QRect full = m_layout.fullRectPixels(m_dpi);
        const QRect printable = m_layout.paintRectPixels(m_dpi);
        const qreal scale = width * pixelRatio / full.width();
        QImage image(QSize(qRound(full.width() * scale), qRound(full.height() * scale)), QImage::Format_RGB32);
        image.fill(Qt::white);
        // Text drawn straight onto the page (the footer) takes its point size from the device:
        // the layout's resolution, which the scale below maps onto the image.
        image.setDotsPerMeterX(m_metrics.dotsPerMeterX());
        image.setDotsPerMeterY(m_metrics.dotsPerMeterY());
        {
            QPainter painter(&image);
            painter.setRenderHints(
                QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
            painter.scale(scale, scale);
            painter.translate(printable.topLeft());
            m_laid->drawPage(painter, page);
        }
        image.setDevicePixelRatio(pixelRatio);
        emit drawn(page, forGeneration, image);
    }

    // The laid-out pages onto printer, when it has the resolution and page layout they were laid
    // out for; false when it has not (or nothing is laid out yet).
    bool print(QPrinter* printer, const std::function<void(int page, int pages)>& pageDone)
    {
        if (!m_laid || !m_laid->isComplete() || printer->resolution() != m_dpi
            || !printer->pageLayout().isEquivalentTo(m_layout)) {
            return false;
        }
        return m_laid->drawAllPages(printer, nullptr, pageDone);
    }

    // Height of a page for each unit of its width.
    qreal aspect() const
    {
        const QSizeF size = m_layout.fullRect(QPageLayout::Millimeter).size();
        return size.height() / size.width();
    }

signals:
    void laidOut(int pages, bool onWorker);
    void drawn(int page, int generation, const QImage& image);

private:
    ReportDocument m_document;
    QPageLayout m_layout;
    int m_dpi;
    QImage m_metrics; // a paint device of m_dpi for the layout
    std::unique_ptr<LaidOutReport> m_laid;
};

// The pages one below the other, centred, on a grey background; a page not drawn yet shows its
// number until its image arrives.
class PreviewStrip : public QWidget
{
public:
    PreviewStrip(ReportPreviewDialog* dialog, qreal aspect)
        : QWidget(dialog)
        , m_dialog(dialog)
        , m_aspect(aspect)
    {
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Mid);
    }

    QSize pageSize() const
    {
        const int w = m_dialog->pageWidth();
        return { w, qRound(w * m_aspect) };
    }

    QRect pageRect(int page) const
    {
        const QSize size = pageSize();
        return { (width() - size.width()) / 2, kGap + page * (size.height() + kGap), size.width(), size.height() };
    }

    // The pages that intersect the band [top, bottom] of this widget.
    std::pair<int, int> pagesIn(int top, int bottom) const
    {
        const int step = pageSize().height() + kGap;
        const int last = qMax(0, m_dialog->pageCount() - 1);
        return { qBound(0, (top - kGap) / step, last), qBound(0, bottom / step, last) };
    }

    void relayout(int viewportWidth)
    {
        const QSize size = pageSize();
        const int pages = qMax(1, m_dialog->pageCount());
        setFixedSize(qMax(viewportWidth, size.width() + 2 * kGap), kGap + pages * (size.height() + kGap));
        update();
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QPainter painter(this);
        const auto [first, last] = pagesIn(event->rect().top(), event->rect().bottom());
        const int pages = m_dialog->pageCount();
        for (int page = first; page <= last && page < qMax(1, pages); ++page) {
            const QRect r = pageRect(page);
            painter.fillRect(r.translated(2, 2), palette().color(QPalette::Dark)); // a shadow
            painter.fillRect(r, Qt::white);
            const QImage image = m_dialog->pageImage(page);
            if (!image.isNull()) {
                painter.drawImage(r, image);
                continue;
            }
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(r, Qt::AlignCenter,
                pages == 0 ? ReportPreviewDialog::tr("Laying out the report…")
                           : ReportPreviewDialog::tr("Page %1").arg(QLocale().toString(page + 1)));
        }
    }

private:
    ReportPreviewDialog* m_dialog;
    qreal m_aspect;
};

ReportPreviewDialog::ReportPreviewDialog(ReportDocument document, QWidget* parent)
    : QDialog(parent)
    , m_document(std::move(document))
{
    const ReportRenderer renderer(m_document);
    m_printer.setPageLayout(renderer.pageLayout());
    m_engine = new PreviewEngine(m_document, renderer.pageLayout(), m_printer.resolution());
    if (renderer.drawsOnWorker()) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("report preview"));
        m_engine->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        m_thread->start();
    } else {
        m_engine->setParent(this); // charts are drawn on the UI thread (see drawsOnWorker())
    }
    connect(m_engine, &PreviewEngine::laidOut, this, &ReportPreviewDialog::onLaidOut);
    connect(m_engine, &PreviewEngine::drawn, this, &ReportPreviewDialog::onPageDrawn);

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_zoomOut = new QToolButton(this);
    m_zoomIn = new QToolButton(this);
    m_fit = new QToolButton(this);
    m_zoomOut->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    m_zoomIn->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    m_fit->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-width")));
    for (QToolButton* b : { m_zoomOut, m_zoomIn, m_fit }) {
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setEnabled(false);
        bar->addWidget(b);
    }
    connect(m_zoomOut, &QToolButton::clicked, this, &ReportPreviewDialog::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, this, &ReportPreviewDialog::zoomIn);
    connect(m_fit, &QToolButton::clicked, this, &ReportPreviewDialog::fitWidth);
    bar->addStretch();
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    bar->addWidget(m_busy);
    m_status = new QLabel(this);
    bar->addWidget(m_status);
    layout->addLayout(bar);

    m_strip = new PreviewStrip(this, m_engine->aspect());
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_strip);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Mid);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    // Always there, so fitting the width does not change the width it fits.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scroll->verticalScrollBar()->setSingleStep(40);
    layout->addWidget(m_scroll, 1);
    m_scroll->viewport()->installEventFilter(this);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        requestVisiblePages();
        updateStatus();
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_printButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_printButton->setEnabled(false);
    m_printButton->setAutoDefault(false);
    disconnect(m_buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_printButton, &QPushButton::clicked, this, &ReportPreviewDialog::print);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, [this] {
        if (m_printButton->isEnabled()) {
            print();
        }
    });
    connect(new QShortcut(QKeySequence::ZoomIn, this), &QShortcut::activated, this, &ReportPreviewDialog::zoomIn);
    connect(new QShortcut(QKeySequence::ZoomOut, this), &QShortcut::activated, this, &ReportPreviewDialog::zoomOut);

    setWindowTitle(m_document.title);
    // A page and a half of A4 where the screen allows it; never taller than a 768-pixel laptop screen.
    resize(fitToScreen(parent, QSize(900, 1000)));
    retranslate();
    m_scroll->setFocus();
    m_strip->relayout(m_scroll->viewport()->width());
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine] { engine->layOut(); }, Qt::QueuedConnection);
}

ReportPreviewDialog::~ReportPreviewDialog()
{
    m_engine->cancel = true;
    if (!m_thread) {
        return; // the engine is a child of this dialog
    }
    m_thread->quit();
    // A layout in progress finishes its current step first; the thread then ends and deletes
    // itself and the engine. Until then it is kept where waitForWorkers() finds it.
    if (!m_thread->wait(0)) {
        auto& threads = finishingThreads();
        threads.removeAll(nullptr);
        threads.append(m_thread);
        static const bool waitsAtQuit = [] {
            QObject::connect(qApp, &QCoreApplication::aboutToQuit, qApp, &ReportPreviewDialog::waitForWorkers);
            return true;
        }();
        Q_UNUSED(waitsAtQuit)
    }
}

void ReportPreviewDialog::waitForWorkers()
{
    for (const QPointer<QThread>& thread : finishingThreads()) {
        if (thread) {
            thread->wait();
        }
    }
    finishingThreads().clear();
}

QImage ReportPreviewDialog::pageImage(int page) const
{
    return m_images.value(page);
}

int ReportPreviewDialog::currentPage() const
{
    const int middle = m_scroll->verticalScrollBar()->value() + kGap;
    return m_strip->pagesIn(middle, middle).first;
}

int ReportPreviewDialog::pageWidth() const
{
    const int fit = qMax(200, m_scroll->viewport()->width() - 2 * kGap);
    return m_zoom > 0 ? qRound(fit * m_zoom) : fit;
}

void ReportPreviewDialog::zoomIn()
{
    m_zoom = qMin(4.0, (m_zoom > 0 ? m_zoom : 1.0) * kZoomStep);
    zoomChanged();
}

void ReportPreviewDialog::zoomOut()
{
    m_zoom = qMax(0.25, (m_zoom > 0 ? m_zoom : 1.0) / kZoomStep);
    zoomChanged();
}

void ReportPreviewDialog::fitWidth()
{
    m_zoom = 0;
    zoomChanged();
}

void ReportPreviewDialog::zoomChanged()
{
    // Keep the page in view where it was.
    const int page = currentPage();
    m_generation = ++m_engine->generation;
    m_images.clear();
    m_requested.clear();
    m_strip->relayout(m_scroll->viewport()->width());
    m_scroll->verticalScrollBar()->setValue(m_strip->pageRect(page).top() - kGap);
    requestVisiblePages();
    updateStatus();
}

void ReportPreviewDialog::onLaidOut(int pages, bool onWorker)
{
    m_pages = pages;
    m_laidOutOnWorker = onWorker;
    m_busy->hide();
    for (QToolButton* b : { m_zoomOut, m_zoomIn, m_fit }) {
        b->setEnabled(true);
    }
    m_printButton->setEnabled(true);
    m_strip->relayout(m_scroll->viewport()->width());
    requestVisiblePages();
    updateStatus();
    emit laidOut(pages);
}

void ReportPreviewDialog::onPageDrawn(int page, int generation, const QImage& image)
{
    if (generation != m_generation) {
        return; // drawn for a zoom no longer in use
    }
    m_requested.remove(page);
    if (image.isNull()) {
        requestVisiblePages(); // skipped as out of view: ask again if it is back in view
        return;
    }
    m_images.insert(page, image);
    m_strip->update(m_strip->pageRect(page));
    emit pageDrawn(page);
}

void ReportPreviewDialog::requestVisiblePages()
{
    if (m_pages == 0) {
        return;
    }
    const int top = m_scroll->verticalScrollBar()->value();
    auto [first, last] = m_strip->pagesIn(top, top + m_scroll->viewport()->height());
    last = qMin(m_pages - 1, last + 1); // the next page too, for a smooth scroll
    // Keep a few pages either side; drop the rest (a hundred pages of images would take gigabytes).
    for (auto it = m_images.begin(); it != m_images.end();) {
        it = (it.key() < first - 4 || it.key() > last + 4) ? m_images.erase(it) : std::next(it);
    }
    m_engine->wantedFirst = first;
    m_engine->wantedLast = last;
    const qreal ratio = devicePixelRatioF();
    const int width = pageWidth();
    for (int page = first; page <= last; ++page) {
        if (m_images.contains(page) || m_requested.contains(page)) {
            continue;
        }
        m_requested.insert(page);
        QMetaObject::invokeMethod(
            m_engine,
            [engine = m_engine, page, width, ratio, g = m_generation] { engine->draw(page, width, ratio, g); },
            Qt::QueuedConnection);
    }
}

void ReportPreviewDialog::updateStatus()
{
    const QLocale locale;
    m_status->setText(m_pages == 0
            ? tr("Laying out the report…")
            : tr("Page %1 of %2").arg(locale.toString(currentPage() + 1), locale.toString(m_pages)));
}

void ReportPreviewDialog::print()
{
    QPrintDialog dialog(&m_printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Status printed = printTo(&m_printer);
    if (printed) {
        accept();
    } else if (printed.code() != ErrorCode::Cancelled) {
        Dialogs::warning(this, windowTitle(), printed.message());
    }
}

Status ReportPreviewDialog::printTo(QPrinter* printer)
{
    const ReportRenderer renderer(m_document);
    if (!m_thread || m_pages == 0) {
        return renderer.printInBackground(this, printer);
    }
    // The pages laid out for the preview go to the printer from the preview's worker, without
    // laying the report out again, unless the printer's page or resolution differ from them.
    printer->setDocName(m_document.title);
    enum class Outcome { Printed, NotLaidOutForIt };
    Outcome outcome = Outcome::NotLaidOutForIt;
    runInBackground(
        this, QCoreApplication::translate("cd::ui::Report", "Printing %1…").arg(m_document.title),
        [&](TaskControl& control) {
            std::promise<bool> done;
            QMetaObject::invokeMethod(
                m_engine,
                [&] { done.set_value(m_engine->print(printer, ReportRenderer::printedPagesProgress(control))); },
                Qt::QueuedConnection);
            outcome = done.get_future().get() ? Outcome::Printed : Outcome::NotLaidOutForIt;
        },
        false);
    return outcome == Outcome::Printed ? Status() : renderer.printInBackground(this, printer);
}

bool ReportPreviewDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        if (m_zoom == 0) {
            zoomChanged(); // the page follows the width of the view
        } else {
            m_strip->relayout(m_scroll->viewport()->width());
            requestVisiblePages();
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReportPreviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ReportPreviewDialog::retranslate()
{
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomIn->setText(tr("Zoom in"));
    m_fit->setText(tr("Fit width"));
    m_printButton->setText(tr("Print…"));
    updateStatus();
}

} // namespace cd::ui

#include "ReportPreviewDialog.moc"

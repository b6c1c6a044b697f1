#include "dashboard/DashboardPage.h"
#include "dashboard/GettingStartedPanel.h"

#include "charts/ChartAdapter.h"
#include "dashboard/DashboardReport.h"
#include "report/ReportLanguage.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "widgets/Theme.h"

#include "util/Formatting.h"
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QThread>
#include <QTime>
#include <QVBoxLayout>

namespace cd::ui {

using dashboard::AttentionItem;
using dashboard::DashboardData;
using dashboard::Period;
using dashboard::Tile;
using dashboard::TileKind;

// Lives on the worker thread; owns the worker's connection while the vault is unlocked.
class DashboardWorker : public QObject
{
public:
    explicit DashboardWorker(const Vault* vault)
        : m_vault(vault)
    {
    }

    Result<DashboardData> compute(const dashboard::DashboardQuery& query)
    {
        if (!m_db) {
            // One key derivation when the vault was opened with a passphrase; kept afterwards.
            auto db = m_vault->openConnection();
            if (!db) {
                return db.error();
            }
            m_db = std::move(db.value());
            if (Status s = dashboard::DashboardService::prepareConnection(*m_db); !s) {
                return s.error();
            }
        }
        return dashboard::DashboardService::compute(*m_db, query);
    }

private:
    const Vault* m_vault;
    std::unique_ptr<Database> m_db;
};

// One key figure: name, value, trend against the previous period, and a detail line.
class DashboardTile : public QFrame
{
public:
    explicit DashboardTile(TileKind kind, QWidget* parent)
        : QFrame(parent)
        , m_kind(kind)
        , m_label(new QLabel(this))
        , m_value(new QLabel(this))
        , m_trend(new QLabel(this))
        , m_detail(new QLabel(this))
    {
        setObjectName(QStringLiteral("tile_") + dashboard::tileKey(kind));
        setFrameShape(QFrame::StyledPanel);
        setProperty("card", true);
        setMinimumWidth(190);
        auto* layout = new QVBoxLayout(this);
        layout->setSpacing(2);
        m_label->setWordWrap(true);
        QFont big = m_value->font();
        big.setPointSizeF(big.pointSizeF() * 2.0);
        big.setBold(true);
        m_value->setFont(big);
        m_value->setObjectName(QStringLiteral("value"));
        m_trend->setObjectName(QStringLiteral("trend"));
        m_detail->setWordWrap(true);
        m_detail->setForegroundRole(QPalette::PlaceholderText);
        m_trend->setWordWrap(true);
        for (QLabel* l : { m_label, m_value, m_trend, m_detail }) {
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
            layout->addWidget(l);
        }
        layout->addStretch();
        show(nullptr);
    }

    void show(const Tile* tile)
    {
        Tile empty;
        empty.kind = m_kind;
        const Tile& t = tile ? *tile : empty;
        m_label->setText(t.label());
        m_value->setText(tile ? t.valueText() : QStringLiteral("…"));
        m_trend->setText(tile ? t.trendText() : QString());
        m_detail->setText(tile ? t.detailText() : QString());
        setAccessibleName(t.label() + QLatin1Char(' ') + m_value->text());
    }

private:
    TileKind m_kind;
    QLabel* m_label;
    QLabel* m_value;
    QLabel* m_trend;
    QLabel* m_detail;
};

namespace {

QLabel* sectionTitle(QWidget* parent)
{
    auto* l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    l->setFont(f);
    return l;
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : Page(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    // Header with the period selector.
    auto* top = new QHBoxLayout;
    m_header = makePageHeader(content);
    top->addWidget(m_header);
    top->addStretch();
    m_periodLabel = new QLabel(content);
    m_period = new QComboBox(content);
    m_period->setObjectName(QStringLiteral("period"));
    m_from = new QDateEdit(content);
    m_to = new QDateEdit(content);
    for (QDateEdit* e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_periodLabel->setBuddy(m_period);
    m_refresh = new QPushButton(content);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    top->addWidget(m_periodLabel);
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(m_refresh);
    layout->addLayout(top);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);

    // First steps in a new vault.
    m_gettingStarted = new GettingStartedPanel(content);
    connect(m_gettingStarted, &GettingStartedPanel::navigateRequested, this, &Page::navigateRequested);
    layout->addWidget(m_gettingStarted);

    // What needs attention.
    m_attentionTitle = sectionTitle(content);
    layout->addWidget(m_attentionTitle);
    m_attention = new QListWidget(content);
    m_attention->setObjectName(QStringLiteral("attention"));
    m_attention->setMinimumHeight(140);
    m_attention->setMaximumHeight(260);
    m_attention->setWordWrap(true);
    m_attention->setUniformItemSizes(false);
    m_attentionTitle->setBuddy(m_attention);
    layout->addWidget(m_attention);
    m_evidenceCounts = new QLabel(content);
    m_evidenceCounts->setObjectName(QStringLiteral("evidenceCounts"));
    m_evidenceCounts->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_evidenceCounts);

    // Key figures.
    m_figuresTitle = sectionTitle(content);
    layout->addWidget(m_figuresTitle);
    auto* tiles = new QGridLayout;
    const QList<TileKind> kinds = dashboard::allTileKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        auto* tile = new DashboardTile(kinds.at(i), content);
        m_tiles << tile;
        tiles->addWidget(tile, i / 3, i % 3);
    }
    layout->addLayout(tiles);

    // Charts.
    m_chartsTitle = sectionTitle(content);
    layout->addWidget(m_chartsTitle);
    auto* charts = new QGridLayout;
    m_submissionsChart = ChartAdapter::createView(ChartSpec {}, content);
    m_requestsChart = ChartAdapter::createView(ChartSpec {}, content);
    m_isoChart = ChartAdapter::createView(ChartSpec {}, content);
    m_submissionsChart->setObjectName(QStringLiteral("submissionsChart"));
    m_requestsChart->setObjectName(QStringLiteral("requestsChart"));
    m_isoChart->setObjectName(QStringLiteral("isoChart"));
    for (QWidget* chart : { m_submissionsChart, m_requestsChart, m_isoChart }) {
        chart->setMinimumSize(360, 280);
    }
    charts->addWidget(m_submissionsChart, 0, 0);
    charts->addWidget(m_requestsChart, 0, 1);
    charts->addWidget(m_isoChart, 1, 0, 1, 2);
    layout->addLayout(charts);
    layout->addStretch();

    connect(m_period, qOverload<int>(&QComboBox::activated), this, &DashboardPage::periodChanged);
    connect(m_from, &QDateEdit::editingFinished, this, &DashboardPage::refresh);
    connect(m_to, &QDateEdit::editingFinished, this, &DashboardPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    // A double click opens a line (a single click only selects it, so the second click of a
    // double click never lands on the page that opened); Enter does the same from the keyboard.
    connect(m_attention, &QListWidget::itemDoubleClicked, this, &DashboardPage::openItem);
    m_attention->installEventFilter(this);

    retranslate();
    clear();
}

DashboardPage::~DashboardPage()
{
    stopWorker();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QString DashboardPage::language() const
{
    return reportLanguage();
}

void DashboardPage::retranslate()
{
    m_header->setText(title());
    m_periodLabel->setText(tr("&Period:"));
    const int current = qMax(0, m_period->currentIndex());
    m_period->clear();
    m_period->addItem(tr("Last 30 days"), int(Period::Preset::Last30Days));
    m_period->addItem(tr("Last quarter (3 months)"), int(Period::Preset::Quarter));
    m_period->addItem(tr("Last year (12 months)"), int(Period::Preset::Year));
    m_period->addItem(tr("Custom…"), int(Period::Preset::Custom));
    m_period->setCurrentIndex(current);
    m_from->setToolTip(tr("First day of the period"));
    m_to->setToolTip(tr("Last day of the period"));
    m_refresh->setText(tr("&Refresh"));
    m_attentionTitle->setText(tr("&Needs attention"));
    m_figuresTitle->setText(tr("Key figures"));
    m_chartsTitle->setText(tr("Charts"));
    if (m_data) {
        showData();
    } else {
        clear();
    }
}

void DashboardPage::setVault(Vault* vault)
{
    if (vault == this->vault()) {
        return;
    }
    stopWorker(); // before the old vault closes: the worker reads its key when connecting
    Page::setVault(vault);
    clear();
    m_gettingStarted->reload(vault);
    if (vault) {
        startWorker();
        refresh();
    }
    emit badgeChanged();
}

void DashboardPage::startWorker()
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("dashboard-worker"));
    m_worker = new DashboardWorker(vault());
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

void DashboardPage::stopWorker()
{
    ++m_generation; // whatever is still on its way is stale now
    m_pending = 0;
    if (!m_thread) {
        return;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // closes the worker's connection; the thread no longer runs
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

Period DashboardPage::period() const
{
    const auto preset = static_cast<Period::Preset>(m_period->currentData().toInt());
    if (preset == Period::Preset::Custom) {
        return { m_from->date(), m_to->date() };
    }
    return Period::preset(preset, Clock::today());
}

void DashboardPage::setPeriod(Period::Preset preset, const Period& custom)
{
    m_period->setCurrentIndex(m_period->findData(int(preset)));
    if (preset == Period::Preset::Custom && custom.isValid()) {
        m_from->setDate(custom.from);
        m_to->setDate(custom.to);
    }
    periodChanged();
}

void DashboardPage::periodChanged()
{
    const bool custom = static_cast<Period::Preset>(m_period->currentData().toInt()) == Period::Preset::Custom;
    if (custom && !m_from->isVisible() && m_data) {
        // Start the custom range from what is shown, so it is a small step to adjust.
        m_from->setDate(m_data->period.from);
        m_to->setDate(m_data->period.to);
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    refresh();
}

void DashboardPage::setAppSettings(AppSettings* settings)
{
    m_gettingStarted->setAppSettings(settings);
}

void DashboardPage::refresh()
{
    if (!vault() || !m_worker) {
        return;
    }
    m_gettingStarted->reload(vault());
    if (Status s = vault()->require(Permission::Read); !s) {
        m_status->setText(s.message());
        return;
    }
    const Period p = period();
    if (!p.isValid()) {
        m_status->setText(tr("The period's first day must be on or before its last day."));
        return;
    }
    const dashboard::DashboardQuery query { p, Clock::today(), Clock::nowUtc() };
    const quint64 generation = ++m_generation;
    ++m_pending;
    m_status->setText(tr("Updating…"));
    DashboardWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, generation, query] {
            const Result<DashboardData> result = worker->compute(query);
            // The page outlives the thread (stopWorker() waits), so `this` is valid here; the
            // queued call is dropped if the page goes away first.
            QMetaObject::invokeMethod(
                this, [this, generation, result] { apply(generation, result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DashboardPage::apply(quint64 generation, const Result<DashboardData>& result)
{
    if (generation != m_generation) {
        return; // the period changed or the vault was locked meanwhile
    }
    m_pending = 0;
    if (!result) {
        m_status->setText(result.error().message);
        return;
    }
    m_data = result.value();
    showData();
    emit badgeChanged();
    emit printableChanged(); // the overview report exists from now on
    emit updated();
}

void DashboardPage::clear()
{
    const bool hadData = m_data.has_value();
    m_data.reset();
    if (hadData) {
        emit printableChanged();
    }
    m_attention->clear();
    m_evidenceCounts->clear();
    for (DashboardTile* t : m_tiles) {
        t->show(nullptr);
    }
    ChartSpec empty;
    empty.noDataText = vault() ? tr("Loading…") : QString();
    for (QWidget* chart : { m_submissionsChart, m_requestsChart, m_isoChart }) {
        ChartAdapter::updateView(chart, empty);
    }
    m_status->setText(vault() ? tr("Updating…") : QString());
}

void DashboardPage::showData()
{
    const DashboardData& d = *m_data;
    const QLocale locale;
    m_status->setText(
        tr("%1 to %2, compared with the %n day(s) before; as of %3", nullptr, d.period.days())
            .arg(fmt::date(d.period.from), fmt::date(d.period.to), fmt::time(d.nowUtc.toLocalTime().time())));

    m_attention->clear();
    if (d.attention.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Nothing needs attention today."), m_attention);
        item->setFlags(Qt::ItemIsEnabled);
    }
    const QString lang = language();
    for (const AttentionItem& a : d.attention) {
        auto* item = new QListWidgetItem(m_attention);
        item->setText(QStringLiteral("%1 — %2").arg(a.what(lang), a.when()));
        // The navigation's icon set, in the state colours: red for late, amber for due soon.
        item->setIcon(Theme::stateIcon(a.late ? StateTone::Overdue : StateTone::DueSoon));
        item->setToolTip(a.late ? tr("Late. Double-click or press Enter to open it.")
                                : tr("Due soon. Double-click or press Enter to open it."));
        if (a.late) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        item->setData(Qt::UserRole, a.pageId);
        item->setData(Qt::UserRole + 1, a.argument);
    }

    m_evidenceCounts->setText(tr("Evidence reminders: %1 expired, %2 expiring within 30 days")
                                  .arg(locale.toString(d.evidenceExpired), locale.toString(d.evidenceDueSoon)));
    for (DashboardTile* t : m_tiles) {
        t->show(d.tile(static_cast<TileKind>(m_tiles.indexOf(t))));
    }
    ChartAdapter::updateView(m_submissionsChart, dashboard::DashboardCharts::submissions(d));
    ChartAdapter::updateView(m_requestsChart, dashboard::DashboardCharts::requests(d));
    ChartAdapter::updateView(m_isoChart, dashboard::DashboardCharts::iso(d, lang));
}

void DashboardPage::openItem(QListWidgetItem* item)
{
    const QString pageId = item ? item->data(Qt::UserRole).toString() : QString();
    if (!pageId.isEmpty()) {
        emit navigateRequested(pageId, item->data(Qt::UserRole + 1));
    }
}

bool DashboardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_attention && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openItem(m_attention->currentItem());
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

int DashboardPage::badgeCount() const
{
    return m_data ? m_data->lateCount() : 0;
}

ReportDocument DashboardPage::printableReport()
{
    if (!vault() || !m_data) {
        return {};
    }
    return dashboard::buildOverviewReport(*m_data, language(), vault()->actor().displayName);
}

} // namespace cd::ui

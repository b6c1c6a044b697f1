#include "iso/IsoPage.h"

#include "charts/ChartAdapter.h"
#include "iso/IsoBulkEditDialog.h"
#include "iso/IsoControlFilterModel.h"
#include "iso/IsoControlsModel.h"
#include "iso/IsoDetailPane.h"
#include "iso/IsoFilterBar.h"
#include "iso/IsoReports.h"
#include "iso/IsoService.h"
#include "iso/IsoSoaActions.h"
#include "report/ReportLanguage.h"
#include "util/Clock.h"
#include "util/Formatting.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/Dialogs.h"
#include "widgets/EmptyState.h"
#include "widgets/FormGuard.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {

IsoPage::IsoPage(QWidget* parent)
    : Page(parent)
    , m_model(new IsoControlsModel(this))
    , m_proxy(new IsoControlFilterModel(this))
{
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    m_header = makePageHeader(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_header);
    layout->addWidget(m_summary);
    m_filters = new IsoFilterBar(this);
    m_bulkEdit = new QPushButton(m_filters);
    m_soa = new IsoSoaActions(m_filters);
    m_filters->addAction(m_bulkEdit);
    m_filters->addAction(m_soa);
    layout->addWidget(m_filters);

    m_tabs = new QTabWidget(this);
    auto* splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_tree = new QTreeView(splitter);
    m_tree->setModel(m_proxy);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // The title stretches; the owner column is only as wide as the names in it. Beside the open
    // detail pane (which shows the owner) the owner gives way before the review date, whose red
    // says which reviews are overdue.
    ColumnPolicy::install(m_tree, QStringLiteral("iso"), IsoControlsModel::Title,
        { IsoControlsModel::Evidence, IsoControlsModel::Owner, IsoControlsModel::NextReview });
    EmptyState::attach(m_tree);
    splitter->addWidget(m_tree);
    m_detail = new IsoDetailPane(splitter);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_tabs->addTab(splitter, QString());

    auto* charts = new QWidget(m_tabs);
    auto* grid = new QGridLayout(charts);
    m_byThemeChart = ChartAdapter::createView(ChartSpec(), charts);
    m_donutChart = ChartAdapter::createView(ChartSpec(), charts);
    m_overTimeChart = ChartAdapter::createView(ChartSpec(), charts);
    grid->addWidget(m_byThemeChart, 0, 0);
    grid->addWidget(m_donutChart, 0, 1);
    grid->addWidget(m_overTimeChart, 1, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    // The charts scroll on a low screen instead of making the window taller than it.
    auto* chartsScroll = new QScrollArea(m_tabs);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    chartsScroll->setWidget(charts);
    m_tabs->addTab(chartsScroll, QString());
    layout->addWidget(m_tabs, 1);

    m_detail->guard()->setRestoreSelection([this] { selectControl(m_detail->controlId()); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &IsoPage::onCurrentChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this]() { m_bulkEdit->setEnabled(vault() && selectedControlIds().size() > 1); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this]() { decorateThemes(0, m_proxy->rowCount() - 1); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent, int first, int last) {
        if (!parent.isValid()) {
            decorateThemes(first, last);
        }
    });
    connect(m_filters, &IsoFilterBar::changed, this, &IsoPage::applyFilter);
    connect(m_bulkEdit, &QPushButton::clicked, this, &IsoPage::bulkEdit);
    connect(m_soa, &IsoSoaActions::changed, this, &IsoPage::reload);
    connect(m_soa, &IsoSoaActions::statusMessage, this, &IsoPage::statusMessage);
    connect(m_soa, &IsoSoaActions::failed, this, &IsoPage::showError);
    connect(m_detail, &IsoDetailPane::saved, this, &IsoPage::reload);
    connect(m_detail, &IsoDetailPane::evidenceChanged, this, &IsoPage::reload);
    connect(m_detail, &IsoDetailPane::statusMessage, this, &IsoPage::statusMessage);
    connect(m_detail, &IsoDetailPane::failed, this, &IsoPage::showError);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1) {
            updateCharts();
        }
    });
    retranslate();
    setVault(nullptr);
}

void IsoPage::retranslate()
{
    m_header->setText(title());
    m_tabs->setTabText(0, tr("Controls"));
    m_tabs->setTabText(1, tr("Charts"));
    m_filters->retranslate();
    m_soa->retranslate();
    m_detail->retranslate();
    m_model->retranslate();
    m_bulkEdit->setText(tr("Bulk edit…"));
    m_bulkEdit->setToolTip(tr("Change owner, status or review cycle of the selected controls"));
    EmptyState::of(m_tree)->setMessages(
        tr("No control matches the search and filters. Clear the search or choose All statuses."));
    if (vault()) {
        reload();
    }
}

void IsoPage::setVault(Vault* vault)
{
    const PageFormGuard::Quiet quiet(m_detail->guard());
    Page::setVault(vault);
    {
        const QScopedValueRollback<bool> quietTree(m_quiet, true);
        m_model->clear();
    }
    m_filters->clearOwners();
    m_detail->setVault(vault);
    m_soa->setVault(vault);
    m_summary->clear();
    m_overdueCount = 0;
    ChartAdapter::updateView(m_byThemeChart, ChartSpec());
    ChartAdapter::updateView(m_donutChart, ChartSpec());
    ChartAdapter::updateView(m_overTimeChart, ChartSpec());
    m_bulkEdit->setEnabled(vault != nullptr);
    if (vault) {
        iso::IsoService service(*vault);
        if (Status s = service.ensureCatalogue(); !s) {
            emit statusMessage(s.message());
        }
        reload();
    }
    emit badgeChanged();
}

void IsoPage::refresh()
{
    if (vault()) {
        reload();
    }
}

void IsoPage::reload()
{
    iso::IsoService service(*vault());
    auto list = service.controls(iso::ControlFilter());
    if (!list) {
        emit statusMessage(list.message());
        return;
    }
    const QDate today = Clock::today();
    m_overdueCount = int(
        std::count_if(list->cbegin(), list->cend(), [&](const iso::Control& c) { return c.reviewOverdue(today); }));
    const QStringList owners = service.owners();
    m_filters->setOwners(owners);
    m_detail->setOwners(owners);
    m_soa->setControlCount(int(list->size()));
    auto overview = service.overview(today);
    if (overview) {
        const iso::ThemeProgress& t = overview->total;
        const iso::SoaHeader header = service.soaHeader();
        m_summary->setText(
            tr("%1 of %2 applicable controls implemented (%3%), %4 excluded, %5 reviews overdue. SoA %6: %7.")
                .arg(t.count(iso::ImplementationStatus::Implemented))
                .arg(t.applicable)
                .arg(QLocale().toString(t.implementedPercent(), 'f', 0))
                .arg(t.total - t.applicable)
                .arg(t.overdueReviews)
                .arg(header.version.isEmpty() ? tr("(no version)") : header.version,
                    header.approvedBy.isEmpty()
                        ? tr("not approved")
                        : tr("approved by %1 on %2").arg(header.approvedBy, fmt::date(header.approvedOn))));
    }
    {
        // The same controls again (after an edit) change their rows in place: the selection and
        // the scroll position stay.
        const QScopedValueRollback<bool> quiet(m_quiet, true);
        m_model->setControls(list.value(), reportLanguage(), today);
        m_proxy->setFilter(m_filters->filter()); // an owner that is gone is no longer filtered by
        restoreCurrent();
    }
    if (m_tabs->currentIndex() == 1) {
        updateCharts();
    }
    if (!m_detail->controlId().isEmpty()) {
        m_detail->showControl(m_detail->controlId());
    }
    emit badgeChanged();
}

void IsoPage::applyFilter()
{
    if (!vault()) {
        return;
    }
    const QScopedValueRollback<bool> quiet(m_quiet, true);
    m_proxy->setFilter(m_filters->filter());
    restoreCurrent();
}

void IsoPage::restoreCurrent()
{
    const QModelIndex shown = m_proxy->mapFromSource(m_model->indexOf(m_detail->controlId()));
    if (!shown.isValid()) {
        // The control in the form is filtered out: no other row takes its place.
        m_tree->selectionModel()->clearCurrentIndex();
    } else if (m_tree->currentIndex().siblingAtColumn(0) != shown) {
        m_tree->setCurrentIndex(shown);
    }
}

void IsoPage::onCurrentChanged(const QModelIndex& current)
{
    if (m_quiet) {
        return;
    }
    const QString id = current.data(IsoControlsModel::ControlIdRole).toString();
    if (!id.isEmpty() && m_detail->guard()->allowSwitch(id == m_detail->controlId())) {
        m_detail->showControl(id);
    }
}

void IsoPage::decorateThemes(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
        m_tree->expand(m_proxy->index(row, 0));
    }
}

int IsoPage::visibleControlCount() const
{
    return m_proxy->visibleControlCount();
}

bool IsoPage::selectControl(const QString& controlId)
{
    const QModelIndex shown = m_proxy->mapFromSource(m_model->indexOf(controlId));
    if (!shown.isValid()) {
        return false;
    }
    m_tree->setCurrentIndex(shown);
    return true;
}

QString IsoPage::currentControlId() const
{
    return m_detail->controlId();
}

PageFormGuard* IsoPage::formGuard() const
{
    return m_detail->guard();
}

QLineEdit* IsoPage::searchEdit() const
{
    return m_filters->searchEdit();
}

QString IsoPage::saveDetail()
{
    return m_detail->save();
}

void IsoPage::showTarget(const QVariant& argument)
{
    if (!vault()) {
        return;
    }
    const QString controlId = argument.toMap().value(QStringLiteral("control")).toString().trimmed();
    if (controlId.isEmpty()) {
        return;
    }
    if (!m_model->indexOf(controlId).isValid()) {
        emit statusMessage(tr("Control %1 is not in the checklist.").arg(controlId));
        return;
    }
    m_tabs->setCurrentIndex(0);
    if (!selectControl(controlId)) {
        m_filters->reset();
        applyFilter();
        if (!selectControl(controlId)) {
            emit statusMessage(tr("Control %1 cannot be shown in the list.").arg(controlId));
            return;
        }
        emit statusMessage(tr("Filters were cleared to show control %1.").arg(controlId));
    }
    if (m_detail->controlId() != controlId) {
        m_detail->showControl(controlId);
    }
    m_tree->scrollTo(m_tree->currentIndex(), QAbstractItemView::PositionAtCenter);
    m_tree->setFocus();
}

QStringList IsoPage::selectedControlIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_tree->selectionModel()->selectedRows()) {
        const QString id = index.data(IsoControlsModel::ControlIdRole).toString();
        if (!id.isEmpty()) {
            ids << id;
        }
    }
    return ids;
}

void IsoPage::updateCharts()
{
    if (!vault()) {
        return;
    }
    iso::IsoService service(*vault());
    const QDate today = Clock::today();
    auto overview = service.overview(today);
    auto months = service.implementedByMonth(today, 12);
    if (overview) {
        ChartAdapter::updateView(m_byThemeChart, iso::IsoCharts::statusByTheme(overview.value(), reportLanguage()));
        ChartAdapter::updateView(m_donutChart, iso::IsoCharts::overallDonut(overview.value()));
    }
    if (months) {
        ChartAdapter::updateView(m_overTimeChart, iso::IsoCharts::implementedOverTime(months.value()));
    }
}

void IsoPage::bulkEdit()
{
    const QStringList ids = selectedControlIds();
    if (ids.isEmpty() || !vault()) {
        return;
    }
    IsoBulkEditDialog dialog(iso::IsoService(*vault()).owners(), int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto changed = iso::IsoService(*vault()).bulkUpdate(ids, dialog.change());
    if (!changed) {
        showError(changed.message());
        return;
    }
    emit statusMessage(tr("%n control(s) changed.", nullptr, changed.value()));
    reload();
}

ReportDocument IsoPage::printableReport()
{
    return m_soa->printableReport();
}

void IsoPage::focusSearch()
{
    searchEdit()->setFocus(Qt::ShortcutFocusReason);
    searchEdit()->selectAll();
}

void IsoPage::showError(const QString& message)
{
    Dialogs::warning(this, title(), message);
}

} // namespace cd::ui

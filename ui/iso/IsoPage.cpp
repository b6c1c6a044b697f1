#include "iso/IsoPage.h"

#include "attachments/AttachmentStore.h"
#include "charts/ChartAdapter.h"
#include "iso/IsoReports.h"
#include "iso/IsoService.h"
#include "report/ReportLanguage.h"
#include "report/ReportRenderer.h"
#include "report/StatePalette.h"
#include "util/Clock.h"
#include "util/Languages.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/EmptyState.h"

#include "util/Formatting.h"
#include "widgets/Dialogs.h"
#include "widgets/FormGuard.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
const QDate kNoDate(2000, 1, 1);

enum TreeColumn { ColId, ColTitle, ColStatus, ColOwner, ColNextReview, ColEvidence, ColCount };

QDate dateOrNone(const QDateEdit* edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}
void setDateOrNone(QDateEdit* edit, const QDate& date)
{
    edit->setDate(date.isValid() ? date : kNoDate);
}

QDateEdit* makeOptionalDate(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setDate(kNoDate);
    return edit;
}

} // namespace

IsoPage::IsoPage(QWidget* parent)
    : Page(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_header = makePageHeader(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_header);
    layout->addWidget(m_summary);
    buildFilters();
    layout->addWidget(findChild<QWidget*>(QStringLiteral("isoFilterBar")));

    m_tabs = new QTabWidget(this);
    auto* splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_tree = new QTreeWidget(splitter);
    m_tree->setColumnCount(ColCount);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // The title stretches; the owner column is only as wide as the names in it.
    ColumnPolicy::install(m_tree, QStringLiteral("iso"), ColTitle, { ColEvidence, ColNextReview });
    EmptyState::attach(m_tree);
    splitter->addWidget(m_tree);
    buildDetail();
    // The form scrolls; Save and Revert stay in a fixed row below it.
    m_detailPane = new QWidget(splitter);
    auto* pane = new QVBoxLayout(m_detailPane);
    pane->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(m_detailPane);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_detailBox->parentWidget());
    pane->addWidget(scroll, 1);
    pane->addWidget(m_actionBar);
    splitter->addWidget(m_detailPane);
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

    // Esc in the control's form shows it again as saved (asking first when it was edited).
    m_guard = new PageFormGuard(m_detailBox, m_detailPane);
    m_guard->setEscapeAction([this] { showControl(m_currentId); });
    m_guard->setRestoreSelection([this] { selectControl(m_currentId); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const QString id = item ? item->data(ColId, kIdRole).toString() : QString();
        if (!id.isEmpty() && m_guard->allowSwitch(id == m_currentId)) {
            showControl(id);
        }
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
        [this]() { m_bulkEdit->setEnabled(vault() && selectedControlIds().size() > 1); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1) {
            updateCharts();
        }
    });
    retranslate();
    setVault(nullptr);
}

void IsoPage::buildFilters()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("isoFilterBar"));
    // Filters on one row, actions on the next, so the page fits a 1366-pixel-wide laptop screen.
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout();
    auto* actions = new QHBoxLayout();
    rows->addLayout(row);
    rows->addLayout(actions);
    m_search = new QLineEdit(bar);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_statusFilter = new QComboBox(bar);
    m_ownerFilter = new QComboBox(bar);
    m_ownerFilter->setMinimumContentsLength(12);
    m_ownerFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_applicableFilter = new QComboBox(bar);
    m_overdueFilter = new QCheckBox(bar);
    m_noEvidenceFilter = new QCheckBox(bar);
    m_bulkEdit = new QPushButton(bar);
    m_soaHeader = new QPushButton(bar);
    m_exportSoa = new QPushButton(bar);
    m_gapReport = new QPushButton(bar);
    row->addWidget(m_search, 2);
    row->addWidget(m_statusFilter);
    row->addWidget(m_ownerFilter, 1);
    row->addWidget(m_applicableFilter);
    row->addWidget(m_overdueFilter);
    row->addWidget(m_noEvidenceFilter);
    row->addStretch();
    actions->addStretch();
    actions->addWidget(m_bulkEdit);
    actions->addWidget(m_soaHeader);
    actions->addWidget(m_exportSoa);
    actions->addWidget(m_gapReport);

    connect(m_search, &QLineEdit::textChanged, this, &IsoPage::fillTree);
    for (QComboBox* combo : { m_statusFilter, m_ownerFilter, m_applicableFilter }) {
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &IsoPage::fillTree);
    }
    connect(m_overdueFilter, &QCheckBox::toggled, this, &IsoPage::fillTree);
    connect(m_noEvidenceFilter, &QCheckBox::toggled, this, &IsoPage::fillTree);
    connect(m_bulkEdit, &QPushButton::clicked, this, &IsoPage::bulkEdit);
    connect(m_soaHeader, &QPushButton::clicked, this, &IsoPage::editSoaHeader);
    connect(m_exportSoa, &QPushButton::clicked, this, &IsoPage::exportSoa);
    connect(m_gapReport, &QPushButton::clicked, this, &IsoPage::showGapReport);
}

void IsoPage::buildDetail()
{
    auto* holder = new QWidget(this);
    auto* holderLayout = new QVBoxLayout(holder);
    m_detailBox = new QGroupBox(holder);
    auto* form = new QFormLayout(m_detailBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_detailTitle = new QLabel(m_detailBox);
    m_detailTitle->setWordWrap(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    form->addRow(m_detailTitle);

    m_applicableLabel = new QLabel(m_detailBox);
    m_applicable = new QComboBox(m_detailBox);
    m_applicable->setObjectName(QStringLiteral("isoApplicable"));
    form->addRow(m_applicableLabel, m_applicable);
    m_reasonsLabel = new QLabel(m_detailBox);
    auto* reasons = new QWidget(m_detailBox);
    auto* reasonsLayout = new QGridLayout(reasons);
    reasonsLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < iso::allReasons().size(); ++i) {
        auto* box = new QCheckBox(reasons);
        m_reasons << box;
        reasonsLayout->addWidget(box, i / 2, i % 2);
    }
    form->addRow(m_reasonsLabel, reasons);
    m_justificationLabel = new QLabel(m_detailBox);
    m_justification = new QPlainTextEdit(m_detailBox);
    m_justification->setObjectName(QStringLiteral("isoJustification"));
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(m_justification->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(m_justificationLabel, m_justification);
    m_statusLabel = new QLabel(m_detailBox);
    m_status = new QComboBox(m_detailBox);
    form->addRow(m_statusLabel, m_status);
    m_ownerLabel = new QLabel(m_detailBox);
    m_owner = new QComboBox(m_detailBox);
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(m_ownerLabel, m_owner);
    m_targetLabel = new QLabel(m_detailBox);
    m_targetDate = makeOptionalDate(m_detailBox);
    form->addRow(m_targetLabel, m_targetDate);
    m_notesLabel = new QLabel(m_detailBox);
    m_notes = new QPlainTextEdit(m_detailBox);
    m_notes->setObjectName(QStringLiteral("controlNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(m_notesLabel, m_notes);
    m_cycleLabel = new QLabel(m_detailBox);
    m_reviewMonths = new QSpinBox(m_detailBox);
    m_reviewMonths->setRange(1, 60);
    form->addRow(m_cycleLabel, m_reviewMonths);
    m_lastReviewedLabel = new QLabel(m_detailBox);
    auto* reviewRow = new QHBoxLayout;
    m_lastReviewed = makeOptionalDate(m_detailBox);
    m_reviewedToday = new QPushButton(m_detailBox);
    reviewRow->addWidget(m_lastReviewed, 1);
    reviewRow->addWidget(m_reviewedToday);
    form->addRow(m_lastReviewedLabel, reviewRow);
    m_nextDueLabel = new QLabel(m_detailBox);
    m_nextDue = new QLabel(m_detailBox);
    form->addRow(m_nextDueLabel, m_nextDue);
    m_actionBar = new QWidget(this);
    m_actionBar->setObjectName(QStringLiteral("isoActionBar"));
    auto* buttons = new QHBoxLayout(m_actionBar);
    buttons->setContentsMargins(0, 4, 0, 0);
    m_save = new QPushButton(m_actionBar);
    m_save->setObjectName(QStringLiteral("isoSave"));
    m_save->setDefault(true);
    m_revert = new QPushButton(m_actionBar);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    holderLayout->addWidget(m_detailBox);

    m_evidenceBox = new QGroupBox(holder);
    auto* ev = new QVBoxLayout(m_evidenceBox);
    m_evidence = new QTreeWidget(m_evidenceBox);
    m_evidence->setRootIsDecorated(false);
    m_evidence->setColumnCount(4);
    m_evidence->setMinimumHeight(120);
    ColumnPolicy::install(m_evidence, QStringLiteral("isoEvidence"), 1, { 2, 3 });
    ev->addWidget(m_evidence);
    auto* evButtons = new QGridLayout;
    m_addFile = new QPushButton(m_evidenceBox);
    m_addLink = new QPushButton(m_evidenceBox);
    m_addText = new QPushButton(m_evidenceBox);
    m_openEvidence = new QPushButton(m_evidenceBox);
    m_saveEvidence = new QPushButton(m_evidenceBox);
    m_removeEvidence = new QPushButton(m_evidenceBox);
    evButtons->addWidget(m_addFile, 0, 0);
    evButtons->addWidget(m_addLink, 0, 1);
    evButtons->addWidget(m_addText, 0, 2);
    evButtons->addWidget(m_openEvidence, 1, 0);
    evButtons->addWidget(m_saveEvidence, 1, 1);
    evButtons->addWidget(m_removeEvidence, 1, 2);
    ev->addLayout(evButtons);
    holderLayout->addWidget(m_evidenceBox);
    holderLayout->addStretch();

    connect(m_applicable, qOverload<int>(&QComboBox::currentIndexChanged), this, [this]() {
        const bool applicable = m_applicable->currentIndex() == 0;
        // Keep the form consistent with the rule the service enforces.
        const int na = m_status->findData(iso::statusKey(iso::ImplementationStatus::NotApplicable));
        if (!applicable) {
            m_status->setCurrentIndex(na);
        } else if (m_status->currentIndex() == na) {
            m_status->setCurrentIndex(m_status->findData(iso::statusKey(iso::ImplementationStatus::NotStarted)));
        }
        updateDetailState();
    });
    connect(m_lastReviewed, &QDateEdit::dateChanged, this, &IsoPage::updateDetailState);
    connect(m_reviewMonths, qOverload<int>(&QSpinBox::valueChanged), this, &IsoPage::updateDetailState);
    connect(m_reviewedToday, &QPushButton::clicked, this, [this]() { m_lastReviewed->setDate(Clock::today()); });
    connect(m_save, &QPushButton::clicked, this, [this]() {
        const QString error = saveDetail();
        if (!error.isEmpty()) {
            showError(error);
        }
    });
    connect(m_revert, &QPushButton::clicked, this, [this]() { showControl(m_currentId); });
    connect(m_addFile, &QPushButton::clicked, this, &IsoPage::addFileEvidence);
    connect(m_addLink, &QPushButton::clicked, this, &IsoPage::addLinkEvidence);
    connect(m_addText, &QPushButton::clicked, this, &IsoPage::addTextEvidence);
    connect(m_openEvidence, &QPushButton::clicked, this, &IsoPage::openEvidence);
    connect(m_evidence, &QTreeWidget::itemActivated, this, &IsoPage::openEvidence);
    connect(m_saveEvidence, &QPushButton::clicked, this, &IsoPage::saveEvidenceAs);
    connect(m_removeEvidence, &QPushButton::clicked, this, &IsoPage::removeEvidence);
    connect(m_evidence, &QTreeWidget::itemSelectionChanged, this, &IsoPage::updateDetailState);
}

QString IsoPage::language() const
{
    return reportLanguage();
}

void IsoPage::retranslate()
{
    m_header->setText(title());
    m_tabs->setTabText(0, tr("Controls"));
    m_tabs->setTabText(1, tr("Charts"));
    m_search->setPlaceholderText(tr("Search by id or title (English or Chinese)"));
    m_tree->setHeaderLabels(
        { tr("Control"), tr("Title"), tr("Status"), tr("Owner"), tr("Next review"), tr("Evidence") });
    m_evidence->setHeaderLabels({ tr("Kind"), tr("Title"), tr("Size"), tr("Added") });

    const QSignalBlocker b1(m_statusFilter);
    const QSignalBlocker b2(m_applicableFilter);
    const QSignalBlocker b3(m_status);
    const QSignalBlocker b4(m_applicable);
    const int statusIndex = qMax(0, m_statusFilter->currentIndex());
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All statuses"));
    m_status->clear();
    for (iso::ImplementationStatus s : iso::allStatuses()) {
        m_statusFilter->addItem(iso::statusDisplayName(s), iso::statusKey(s));
        m_status->addItem(iso::statusDisplayName(s), iso::statusKey(s));
    }
    m_statusFilter->setCurrentIndex(statusIndex);
    const int applicableIndex = qMax(0, m_applicableFilter->currentIndex());
    m_applicableFilter->clear();
    m_applicableFilter->addItems({ tr("Applicable and excluded"), tr("Applicable"), tr("Excluded") });
    m_applicableFilter->setCurrentIndex(applicableIndex);
    const int applicable = qMax(0, m_applicable->currentIndex());
    m_applicable->clear();
    m_applicable->addItems({ tr("Yes — in scope"), tr("No — excluded") });
    m_applicable->setCurrentIndex(applicable);

    m_overdueFilter->setText(tr("Review overdue"));
    m_noEvidenceFilter->setText(tr("No evidence"));
    m_bulkEdit->setText(tr("Bulk edit…"));
    m_bulkEdit->setToolTip(tr("Change owner, status or review cycle of the selected controls"));
    m_soaHeader->setText(tr("SoA details…"));
    m_soaHeader->setToolTip(tr("Scope, version and approval printed at the top of the SoA"));
    m_exportSoa->setText(tr("Export SoA…"));
    m_gapReport->setText(tr("Gap report…"));
    m_detailBox->setTitle(tr("Control"));
    EmptyState::of(m_tree)->setMessages(
        tr("No control matches the search and filters. Clear the search or choose All statuses."));
    m_applicableLabel->setText(tr("&Applicable:"));
    m_applicableLabel->setBuddy(m_applicable);
    m_reasonsLabel->setText(tr("Reasons for inclusion:"));
    const auto reasons = iso::allReasons();
    for (int i = 0; i < reasons.size(); ++i) {
        m_reasons[i]->setText(iso::reasonDisplayName(reasons[i]));
    }
    m_justificationLabel->setText(tr("&Justification:"));
    m_justificationLabel->setBuddy(m_justification);
    m_justification->setPlaceholderText(tr("Required when excluded: why the control does not apply"));
    m_statusLabel->setText(tr("Implementation &status:"));
    m_statusLabel->setBuddy(m_status);
    m_ownerLabel->setText(tr("&Owner:"));
    m_ownerLabel->setBuddy(m_owner);
    m_targetLabel->setText(tr("&Target date:"));
    m_targetLabel->setBuddy(m_targetDate);
    m_targetDate->setSpecialValueText(tr("None"));
    m_notesLabel->setText(tr("Implementation &notes:"));
    m_notesLabel->setBuddy(m_notes);
    m_cycleLabel->setText(tr("Review &cycle:"));
    m_cycleLabel->setBuddy(m_reviewMonths);
    m_reviewMonths->setSuffix(tr(" months"));
    m_lastReviewedLabel->setText(tr("&Last reviewed:"));
    m_lastReviewedLabel->setBuddy(m_lastReviewed);
    m_lastReviewed->setSpecialValueText(tr("Never"));
    m_reviewedToday->setText(tr("Reviewed today"));
    m_nextDueLabel->setText(tr("Next review due:"));
    m_save->setText(tr("Save"));
    m_revert->setText(tr("Revert"));
    m_evidenceBox->setTitle(tr("Evidence"));
    m_addFile->setText(tr("Add file…"));
    m_addLink->setText(tr("Add link…"));
    m_addText->setText(tr("Add note…"));
    m_openEvidence->setText(tr("Open", "verb: open the evidence file"));
    m_saveEvidence->setText(tr("Save as…"));
    m_removeEvidence->setText(tr("Remove…"));
    if (vault()) {
        reload();
    }
}

void IsoPage::setVault(Vault* vault)
{
    const PageFormGuard::Quiet quiet(m_guard);
    Page::setVault(vault);
    m_controls.clear();
    m_evidenceItems.clear();
    m_currentId.clear();
    m_tree->clear();
    m_evidence->clear();
    m_ownerFilter->clear();
    m_owner->clear();
    m_summary->clear();
    m_overdueCount = 0;
    clearDetail();
    ChartAdapter::updateView(m_byThemeChart, ChartSpec());
    ChartAdapter::updateView(m_donutChart, ChartSpec());
    ChartAdapter::updateView(m_overTimeChart, ChartSpec());
    for (QWidget* w : std::initializer_list<QWidget*> { m_bulkEdit, m_soaHeader, m_exportSoa, m_gapReport }) {
        w->setEnabled(vault != nullptr);
    }
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
    iso::ControlFilter all;
    auto list = service.controls(all);
    if (!list) {
        emit statusMessage(list.message());
        return;
    }
    m_controls = list.value();
    const QDate today = Clock::today();
    m_overdueCount = int(std::count_if(
        m_controls.cbegin(), m_controls.cend(), [&](const iso::Control& c) { return c.reviewOverdue(today); }));
    {
        const QSignalBlocker block(m_ownerFilter);
        const QString current = m_ownerFilter->currentData().toString();
        const int currentIndex = m_ownerFilter->currentIndex();
        m_ownerFilter->clear();
        m_ownerFilter->addItem(tr("All owners"));
        m_ownerFilter->addItem(tr("(No owner)"), QStringLiteral("\x01none"));
        const QStringList owners = service.owners();
        for (const QString& o : owners) {
            m_ownerFilter->addItem(o, o);
        }
        const int found = currentIndex > 0 ? m_ownerFilter->findData(current) : 0;
        m_ownerFilter->setCurrentIndex(qMax(0, found));
        const QString ownerText = m_owner->currentText();
        m_owner->clear();
        m_owner->addItems(owners);
        m_owner->setCurrentText(ownerText);
    }
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
    fillTree();
    if (m_tabs->currentIndex() == 1) {
        updateCharts();
    }
    if (!m_currentId.isEmpty()) {
        showControl(m_currentId);
    }
    emit badgeChanged();
}

void IsoPage::fillTree()
{
    if (!vault()) {
        return;
    }
    iso::ControlFilter filter;
    filter.search = m_search->text();
    if (m_statusFilter->currentIndex() > 0) {
        iso::ImplementationStatus s;
        if (iso::statusFromKey(m_statusFilter->currentData().toString(), &s)) {
            filter.status = s;
        }
    }
    if (m_ownerFilter->currentIndex() == 1) {
        filter.owner = QString();
    } else if (m_ownerFilter->currentIndex() > 1) {
        filter.owner = m_ownerFilter->currentData().toString();
    }
    if (m_applicableFilter->currentIndex() > 0) {
        filter.applicable = m_applicableFilter->currentIndex() == 1;
    }
    filter.reviewOverdue = m_overdueFilter->isChecked();
    filter.noEvidence = m_noEvidenceFilter->isChecked();

    const QString lang = language();
    const QDate today = Clock::today();
    const QLocale locale;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    QTreeWidgetItem* current = nullptr;
    for (iso::Theme theme : iso::allThemes()) {
        int total = 0;
        int applicable = 0;
        int implemented = 0;
        for (const iso::Control& c : m_controls) {
            if (c.theme == theme) {
                ++total;
                applicable += c.applicable ? 1 : 0;
                implemented += c.status == iso::ImplementationStatus::Implemented ? 1 : 0;
            }
        }
        auto* themeItem = new QTreeWidgetItem(m_tree);
        const double percent = applicable > 0 ? 100.0 * implemented / applicable : 0.0;
        // One spanned line per theme: its name and how far it is.
        themeItem->setText(ColId,
            tr("%1  %2 — %3 of %4 applicable implemented (%5%)")
                .arg(iso::themeClause(theme))
                .arg(iso::themeTitle(theme, lang))
                .arg(implemented)
                .arg(applicable)
                .arg(locale.toString(percent, 'f', 0)));
        QFont bold = themeItem->font(ColTitle);
        bold.setBold(true);
        for (int col = 0; col < ColCount; ++col) {
            themeItem->setFont(col, bold);
        }
        themeItem->setFlags(Qt::ItemIsEnabled);
        int shown = 0;
        for (const iso::Control& c : m_controls) {
            if (c.theme != theme || !filter.matches(c, today)) {
                continue;
            }
            auto* item = new QTreeWidgetItem(themeItem);
            item->setData(ColId, kIdRole, c.controlId);
            item->setText(ColId, c.controlId);
            item->setText(ColTitle, c.title(lang));
            item->setToolTip(
                ColTitle, c.title(lang == Languages::english() ? Languages::chinese() : Languages::english()));
            item->setText(ColStatus, iso::statusDisplayName(c.status));
            item->setForeground(ColStatus,
                QColor(StatePalette::text(c.status == iso::ImplementationStatus::Implemented ? StateTone::Ok
                        : c.status == iso::ImplementationStatus::Partial
                            || c.status == iso::ImplementationStatus::Planned
                        ? StateTone::Info
                        : StateTone::Neutral)));
            item->setText(ColOwner, c.owner);
            const QDate due = c.nextReviewDue();
            item->setText(ColNextReview, due.isValid() ? fmt::date(due) : QString());
            if (c.reviewOverdue(today)) {
                item->setForeground(ColNextReview, QColor(StatePalette::text(StateTone::Overdue)));
                item->setToolTip(ColNextReview, tr("Review overdue"));
            }
            item->setText(ColEvidence, c.evidenceCount > 0 ? locale.toString(c.evidenceCount) : QString());
            if (c.controlId == m_currentId) {
                current = item;
            }
            ++shown;
        }
        themeItem->setText(ColEvidence, QString());
        themeItem->setHidden(shown == 0);
        themeItem->setFirstColumnSpanned(true);
        themeItem->setExpanded(true);
    }
    EmptyState::of(m_tree)->setNothingShown(visibleControlCount() == 0);
    if (current) {
        m_tree->setCurrentItem(current);
    }
}

int IsoPage::visibleControlCount() const
{
    int n = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        n += m_tree->topLevelItem(i)->isHidden() ? 0 : m_tree->topLevelItem(i)->childCount();
    }
    return n;
}

bool IsoPage::selectControl(const QString& controlId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* theme = m_tree->topLevelItem(i);
        for (int j = 0; j < theme->childCount(); ++j) {
            if (theme->child(j)->data(ColId, kIdRole).toString() == controlId) {
                m_tree->setCurrentItem(theme->child(j));
                return true;
            }
        }
    }
    return false;
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
    const bool known = std::any_of(
        m_controls.cbegin(), m_controls.cend(), [&](const iso::Control& c) { return c.controlId == controlId; });
    if (!known) {
        emit statusMessage(tr("Control %1 is not in the checklist.").arg(controlId));
        return;
    }
    m_tabs->setCurrentIndex(0);
    if (!selectControl(controlId)) {
        resetFilters();
        fillTree();
        if (!selectControl(controlId)) {
            emit statusMessage(tr("Control %1 cannot be shown in the list.").arg(controlId));
            return;
        }
        emit statusMessage(tr("Filters were cleared to show control %1.").arg(controlId));
    }
    if (m_currentId != controlId) {
        showControl(controlId);
    }
    if (QTreeWidgetItem* item = m_tree->currentItem()) {
        m_tree->scrollToItem(item, QAbstractItemView::PositionAtCenter);
    }
    m_tree->setFocus();
}

void IsoPage::resetFilters()
{
    const QSignalBlocker b1(m_search), b2(m_statusFilter), b3(m_ownerFilter), b4(m_applicableFilter),
        b5(m_overdueFilter), b6(m_noEvidenceFilter);
    m_search->clear();
    m_statusFilter->setCurrentIndex(0);
    m_ownerFilter->setCurrentIndex(0);
    m_applicableFilter->setCurrentIndex(0);
    m_overdueFilter->setChecked(false);
    m_noEvidenceFilter->setChecked(false);
}

QStringList IsoPage::selectedControlIds() const
{
    QStringList ids;
    for (QTreeWidgetItem* item : m_tree->selectedItems()) {
        const QString id = item->data(ColId, kIdRole).toString();
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
        ChartAdapter::updateView(m_byThemeChart, iso::IsoCharts::statusByTheme(overview.value(), language()));
        ChartAdapter::updateView(m_donutChart, iso::IsoCharts::overallDonut(overview.value()));
    }
    if (months) {
        ChartAdapter::updateView(m_overTimeChart, iso::IsoCharts::implementedOverTime(months.value()));
    }
}

void IsoPage::clearDetail()
{
    m_detailTitle->setText(tr("Select a control in the list."));
    m_justification->clear();
    m_notes->clear();
    m_owner->setCurrentText(QString());
    m_nextDue->clear();
    m_evidence->clear();
    m_evidenceItems.clear();
    updateDetailState();
}

void IsoPage::showControl(const QString& controlId)
{
    if (!vault() || controlId.isEmpty()) {
        return;
    }
    auto c = iso::IsoService(*vault()).control(controlId);
    if (!c) {
        emit statusMessage(c.message());
        return;
    }
    m_currentId = controlId;
    const QString lang = language();
    m_detailTitle->setText(QStringLiteral("%1  %2").arg(c->controlId, c->title(lang)));
    m_detailTitle->setToolTip(c->title(lang == Languages::english() ? Languages::chinese() : Languages::english()));
    {
        const QSignalBlocker block(m_applicable);
        m_applicable->setCurrentIndex(c->applicable ? 0 : 1);
    }
    const auto reasons = iso::allReasons();
    for (int i = 0; i < reasons.size(); ++i) {
        m_reasons[i]->setChecked(c->reasons.contains(reasons[i]));
    }
    m_justification->setPlainText(c->justification);
    m_status->setCurrentIndex(m_status->findData(iso::statusKey(c->status)));
    m_owner->setCurrentText(c->owner);
    setDateOrNone(m_targetDate, c->targetDate);
    m_notes->setPlainText(c->notes);
    m_reviewMonths->setValue(c->reviewMonths);
    setDateOrNone(m_lastReviewed, c->lastReviewed);
    loadEvidence();
    updateDetailState();
    m_guard->markClean();
}

void IsoPage::updateDetailState()
{
    const bool has = vault() && !m_currentId.isEmpty();
    const bool canWrite = has && vault()->actor().can(Permission::WriteData);
    // The detail pane takes room only while a control is shown.
    if (m_detailPane) {
        m_detailPane->setVisible(has);
    }
    const bool applicable = m_applicable->currentIndex() == 0;
    for (QWidget* w :
        std::initializer_list<QWidget*> { m_applicable, m_justification, m_status, m_owner, m_targetDate, m_notes,
            m_reviewMonths, m_lastReviewed, m_reviewedToday, m_save, m_revert, m_addFile, m_addLink, m_addText }) {
        w->setEnabled(canWrite);
    }
    for (QCheckBox* box : m_reasons) {
        box->setEnabled(canWrite && applicable);
    }
    m_justificationLabel->setText(applicable ? tr("&Justification:") : tr("&Justification (required):"));
    const QDate last = dateOrNone(m_lastReviewed);
    if (has && last.isValid()) {
        const QDate due = last.addMonths(m_reviewMonths->value());
        const bool overdue = applicable && due < Clock::today();
        m_nextDue->setText(overdue ? tr("%1 — overdue").arg(fmt::date(due)) : fmt::date(due));
        m_nextDue->setStyleSheet(
            overdue ? StatePalette::styleSheet(StateTone::Overdue) + QStringLiteral(" font-weight: bold;") : QString());
    } else {
        m_nextDue->setText(has ? tr("After the first review") : QString());
        m_nextDue->setStyleSheet(QString());
    }
    const bool selected = has && m_evidence->currentItem() != nullptr;
    m_openEvidence->setEnabled(selected);
    m_saveEvidence->setEnabled(
        selected && m_evidence->currentItem()->data(0, kIdRole).toInt() == int(iso::EvidenceItem::Kind::File));
    m_removeEvidence->setEnabled(selected && canWrite);
}

QString IsoPage::saveDetail()
{
    if (!vault() || m_currentId.isEmpty()) {
        return {};
    }
    iso::ControlChange change;
    change.applicable = m_applicable->currentIndex() == 0;
    change.justification = m_justification->toPlainText();
    QList<iso::InclusionReason> reasons;
    const auto all = iso::allReasons();
    for (int i = 0; i < all.size(); ++i) {
        if (*change.applicable && m_reasons[i]->isChecked()) {
            reasons << all[i];
        }
    }
    change.reasons = reasons;
    iso::ImplementationStatus status;
    if (iso::statusFromKey(m_status->currentData().toString(), &status)) {
        change.status = status;
    }
    change.owner = m_owner->currentText();
    change.targetDate = dateOrNone(m_targetDate);
    change.notes = m_notes->toPlainText();
    change.reviewMonths = m_reviewMonths->value();
    change.lastReviewed = dateOrNone(m_lastReviewed);
    const Status s = iso::IsoService(*vault()).update(m_currentId, change);
    if (!s) {
        return s.message();
    }
    emit statusMessage(tr("Control %1 saved.").arg(m_currentId));
    m_guard->markClean();
    reload();
    return {};
}

void IsoPage::loadEvidence()
{
    m_evidence->clear();
    m_evidenceItems.clear();
    auto list = iso::IsoService(*vault()).evidence(m_currentId);
    if (!list) {
        emit statusMessage(list.message());
        return;
    }
    m_evidenceItems = list.value();
    const QLocale locale;
    for (int i = 0; i < m_evidenceItems.size(); ++i) {
        const iso::EvidenceItem& e = m_evidenceItems.at(i);
        auto* item = new QTreeWidgetItem(m_evidence);
        item->setData(0, kIdRole, int(e.kind));
        item->setData(1, kIdRole, i);
        item->setText(0,
            e.kind == iso::EvidenceItem::Kind::File       ? tr("File")
                : e.kind == iso::EvidenceItem::Kind::Link ? tr("Link")
                                                          : tr("Note"));
        item->setText(1, e.title);
        item->setToolTip(
            1, e.kind == iso::EvidenceItem::Kind::File ? tr("SHA-256: %1").arg(e.sha256) : e.content.left(500));
        item->setText(2, locale.formattedDataSize(e.size));
        item->setText(3, tr("%1, %2").arg(e.addedByName, fmt::date(e.addedAt.toLocalTime().date())));
    }
}

void IsoPage::addFileEvidence()
{
    const QStringList files = Dialogs::openFileNames(this, tr("Attach evidence to %1").arg(m_currentId));
    iso::IsoService service(*vault());
    for (const QString& f : files) {
        auto added = service.addFileEvidence(m_currentId, f);
        if (!added) {
            showError(added.message());
            break;
        }
    }
    reload();
}

void IsoPage::addLinkEvidence()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Add link"), tr("Address (https://…, smb://… or file://…):"), QLineEdit::Normal, QString(), &ok);
    if (!ok || url.trimmed().isEmpty()) {
        return;
    }
    const QString title
        = QInputDialog::getText(this, tr("Add link"), tr("Title (optional):"), QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    auto added = iso::IsoService(*vault()).addLinkEvidence(m_currentId, title, url);
    if (!added) {
        showError(added.message());
        return;
    }
    reload();
}

void IsoPage::addTextEvidence()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Add note"), tr("Title:"), QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    const QString text
        = QInputDialog::getMultiLineText(this, tr("Add note"), tr("What shows the control works:"), QString(), &ok);
    if (!ok) {
        return;
    }
    auto added = iso::IsoService(*vault()).addTextEvidence(m_currentId, title, text);
    if (!added) {
        showError(added.message());
        return;
    }
    reload();
}

void IsoPage::openEvidence()
{
    QTreeWidgetItem* item = m_evidence->currentItem();
    if (!item || !vault()) {
        return;
    }
    const iso::EvidenceItem e = m_evidenceItems.value(item->data(1, kIdRole).toInt());
    if (e.kind == iso::EvidenceItem::Kind::Link) {
        QDesktopServices::openUrl(QUrl(e.content));
    } else if (e.kind == iso::EvidenceItem::Kind::Text) {
        Dialogs::information(this, e.title, e.content);
    } else {
        // Opening needs a plain copy outside the vault; it goes to a private temporary folder.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
            + QStringLiteral("/compliance-desk-evidence");
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString path = dir + QLatin1Char('/') + QFileInfo(e.title).fileName();
        if (Status s = AttachmentStore(*vault()).saveAs(e.id, path); !s) {
            showError(s.message());
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
}

void IsoPage::saveEvidenceAs()
{
    QTreeWidgetItem* item = m_evidence->currentItem();
    if (!item || !vault()) {
        return;
    }
    const iso::EvidenceItem e = m_evidenceItems.value(item->data(1, kIdRole).toInt());
    const QString path = Dialogs::saveFileName(this, tr("Save evidence as"), QFileInfo(e.title).fileName());
    if (path.isEmpty()) {
        return;
    }
    if (Status s = AttachmentStore(*vault()).saveAs(e.id, path); !s) {
        showError(s.message());
        return;
    }
    emit statusMessage(tr("Saved %1 (SHA-256 checked).").arg(QDir::toNativeSeparators(path)));
}

void IsoPage::removeEvidence()
{
    QTreeWidgetItem* item = m_evidence->currentItem();
    if (!item || !vault()) {
        return;
    }
    const iso::EvidenceItem e = m_evidenceItems.value(item->data(1, kIdRole).toInt());
    if (!askBeforeDeleting(this, tr("Remove evidence"),
            tr("Remove \"%1\" from control %2? It is deleted from the vault.").arg(e.title, m_currentId))) {
        return;
    }
    if (Status s = iso::IsoService(*vault()).removeEvidence(m_currentId, e); !s) {
        showError(s.message());
    }
    reload();
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

void IsoPage::editSoaHeader()
{
    iso::IsoService service(*vault());
    const iso::SoaHeader current = service.soaHeader();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Statement of Applicability"));
    auto* form = new QFormLayout(&dialog);
    auto* scope = new QPlainTextEdit(current.scope, &dialog);
    scope->setTabChangesFocus(true);
    auto* version = new QLineEdit(current.version, &dialog);
    form->addRow(tr("Scope of the ISMS:"), scope);
    form->addRow(tr("SoA version:"), version);
    auto* approval = new QLabel(current.approvedBy.isEmpty()
            ? tr("Not approved")
            : tr("Approved by %1 on %2").arg(current.approvedBy, fmt::date(current.approvedOn)),
        &dialog);
    form->addRow(tr("Approval:"), approval);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    QPushButton* approve = buttons->addButton(tr("Approve this version"), QDialogButtonBox::ActionRole);
    approve->setEnabled(vault()->actor().can(Permission::Approve));
    approve->setToolTip(tr("Privacy officers and administrators approve the SoA"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    bool approveRequested = false;
    connect(approve, &QPushButton::clicked, &dialog, [&]() {
        approveRequested = true;
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (Status s = service.setSoaHeader(scope->toPlainText(), version->text()); !s) {
        showError(s.message());
        return;
    }
    if (approveRequested) {
        if (Status s = service.approveSoa(); !s) {
            showError(s.message());
        }
    }
    reload();
}

void IsoPage::exportSoa()
{
    const QString suggested = tr("Statement of Applicability") + QStringLiteral(".pdf");
    QString selectedFilter;
    const QString path = Dialogs::saveFileName(this, tr("Export Statement of Applicability"), suggested,
        tr("PDF (*.pdf);;Excel workbook (*.xlsx);;CSV for Excel (*.csv)"), &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")) {
        auto rows = iso::IsoReports::exportSoa(*vault(), path, language());
        if (!rows) {
            showError(rows.message());
            return;
        }
        emit statusMessage(
            tr("Exported %n control(s) to %1.", nullptr, rows.value()).arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto doc = iso::IsoReports::buildSoa(*vault(), language());
    if (!doc) {
        showError(doc.message());
        return;
    }
    if (Status s = ReportRenderer(doc.value()).writePdf(path); !s) {
        showError(s.message());
        return;
    }
    iso::IsoService(*vault()).auditExport(QStringLiteral("pdf"), int(m_controls.size()));
    emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void IsoPage::showGapReport()
{
    auto doc = iso::IsoReports::buildGapReport(*vault(), language());
    if (!doc) {
        showError(doc.message());
        return;
    }
    ReportRenderer(doc.value()).showPrintPreview(this);
}

ReportDocument IsoPage::printableReport()
{
    if (!vault()) {
        return {};
    }
    auto doc = iso::IsoReports::buildSoa(*vault(), language());
    if (!doc) {
        emit statusMessage(doc.message());
        return {};
    }
    iso::IsoService(*vault()).auditExport(QStringLiteral("print"), int(m_controls.size()));
    return doc.value();
}

void IsoPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void IsoPage::showError(const QString& message)
{
    Dialogs::warning(this, title(), message);
}

IsoBulkEditDialog::IsoBulkEditDialog(const QStringList& owners, int count, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Bulk edit %n control(s)", nullptr, count));
    auto* form = new QFormLayout(this);
    m_setOwner = new QCheckBox(tr("Owner:"), this);
    m_owner = new QComboBox(this);
    m_owner->setEditable(true);
    m_owner->addItems(owners);
    m_owner->setCurrentText(QString());
    m_setStatus = new QCheckBox(tr("Status:"), this);
    m_status = new QComboBox(this);
    for (iso::ImplementationStatus s : iso::allStatuses()) {
        if (s != iso::ImplementationStatus::NotApplicable) { // excluding needs a justification per control
            m_status->addItem(iso::statusDisplayName(s), iso::statusKey(s));
        }
    }
    m_setCycle = new QCheckBox(tr("Review cycle:"), this);
    m_cycle = new QSpinBox(this);
    m_cycle->setRange(1, 60);
    m_cycle->setValue(12);
    m_cycle->setSuffix(tr(" months"));
    form->addRow(m_setOwner, m_owner);
    form->addRow(m_setStatus, m_status);
    form->addRow(m_setCycle, m_cycle);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto sync = [this, buttons]() {
        m_owner->setEnabled(m_setOwner->isChecked());
        m_status->setEnabled(m_setStatus->isChecked());
        m_cycle->setEnabled(m_setCycle->isChecked());
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_setOwner->isChecked() || m_setStatus->isChecked() || m_setCycle->isChecked());
    };
    for (QCheckBox* box : { m_setOwner, m_setStatus, m_setCycle }) {
        connect(box, &QCheckBox::toggled, this, sync);
    }
    sync();
}

iso::ControlChange IsoBulkEditDialog::change() const
{
    iso::ControlChange c;
    if (m_setOwner->isChecked()) {
        c.owner = m_owner->currentText();
    }
    iso::ImplementationStatus s;
    if (m_setStatus->isChecked() && iso::statusFromKey(m_status->currentData().toString(), &s)) {
        c.status = s;
    }
    if (m_setCycle->isChecked()) {
        c.reviewMonths = m_cycle->value();
    }
    return c;
}

} // namespace cd::ui

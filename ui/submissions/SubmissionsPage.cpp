#include "SubmissionsPage.h"

#include "SubmissionImportDialog.h"
#include "SubmissionsModel.h"

#include "export/TableExport.h"
#include "preferences/AppSettings.h"
#include "report/ReportDocument.h"
#include "report/ReportLanguage.h"
#include "report/ReportRenderer.h"
#include "security/SecretCopyActions.h"
#include "settings/VaultSettings.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/EmptyState.h"

#include "util/Formatting.h"
#include "widgets/Dialogs.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::submissions;

SubmissionsPage::SubmissionsPage(AppSettings& settings, QWidget* parent)
    : Page(parent)
    , m_settings(settings)
    , m_model(new SubmissionsModel(this))
    , m_searchDelay(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    m_header = makePageHeader(this);
    layout->addWidget(m_header);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_statusFilter = new QComboBox(this);
    m_regionFilter = new QComboBox(this);
    m_regionFilter->setObjectName(QStringLiteral("regionFilter"));
    m_regionFilter->setMinimumContentsLength(8);
    m_assigneeFilter = new QComboBox(this);
    m_assigneeFilter->setObjectName(QStringLiteral("assigneeFilter"));
    // Filter boxes follow their longest entry, in either language.
    for (QComboBox* c : { m_statusFilter, m_regionFilter, m_assigneeFilter }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_useDates = new QCheckBox(this);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    m_minorOnly = new QCheckBox(this);
    m_dueOnly = new QCheckBox(this);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_regionFilter);
    filters->addWidget(m_assigneeFilter);
    layout->addLayout(filters);
    // A second filter row keeps the page within a 1366-pixel-wide laptop screen.
    auto* moreFilters = new QHBoxLayout;
    moreFilters->addWidget(m_useDates);
    moreFilters->addWidget(m_from);
    moreFilters->addWidget(m_to);
    moreFilters->addSpacing(12);
    moreFilters->addWidget(m_minorOnly);
    moreFilters->addWidget(m_dueOnly);
    moreFilters->addStretch(1);
    layout->addLayout(moreFilters);

    auto* actions = new QHBoxLayout;
    m_count = new QLabel(this);
    // Wraps instead of widening the window (long counts, Chinese and English).
    m_count->setWordWrap(true);
    m_import = new QPushButton(this);
    m_export = new QToolButton(this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* exportMenu = new QMenu(m_export);
    m_export->setMenu(exportMenu);
    m_purge = new QPushButton(this);
    m_retentionLabel = new QLabel(this);
    m_retention = new QSpinBox(this);
    m_retention->setRange(
        VaultSettings::spec(Setting::RetentionMonths).minimum, VaultSettings::spec(Setting::RetentionMonths).maximum);
    m_retentionLabel->setBuddy(m_retention);
    actions->addWidget(m_count, 1);
    actions->addWidget(m_retentionLabel);
    actions->addWidget(m_retention);
    actions->addWidget(m_purge);
    actions->addSpacing(12);
    actions->addWidget(m_import);
    actions->addWidget(m_export);
    layout->addLayout(actions);

    auto* splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(SubmissionsModel::ReceivedAt, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights and no per-row size hints: the view never asks for all million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The message stretches; status and assignee are key columns and never scroll away.
    ColumnPolicy::install(m_table, QStringLiteral("submissions"), SubmissionsModel::Message,
        { SubmissionsModel::PossibleMinor, SubmissionsModel::Region, SubmissionsModel::Id, SubmissionsModel::Phone,
            SubmissionsModel::Email });
    // Column widths fit about a screen of rows, not the 1,000 rows Qt samples by default: a sort
    // or a search then reads one block, not five, and lays out far fewer cells on the UI thread.
    // Not 0 ("the rows on screen"): for a table that is not on screen Qt then measures every
    // row, which read a 200,000-row vault for 20 s on the UI thread after unlocking.
    m_table->horizontalHeader()->setResizeContentsPrecision(60);
    EmptyState::attach(m_table);

    m_detailBox = new QGroupBox(splitter);
    auto* detail = new QVBoxLayout(m_detailBox);
    m_detail = new QLabel(m_detailBox);
    // One short fact per line; wrapping labels in a splitter pane get a wrong height.
    m_detail->setWordWrap(false);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy = new SecretCopyActions(m_detailBox);
    m_copy->attachTo(m_detail);
    m_message = new QPlainTextEdit(m_detailBox);
    m_message->setReadOnly(true);
    auto* form = new QFormLayout;
    m_statusLabel = new QLabel(m_detailBox);
    m_status = new QComboBox(m_detailBox);
    m_assigneeLabel = new QLabel(m_detailBox);
    m_assignee = new QComboBox(m_detailBox);
    m_minor = new QCheckBox(m_detailBox);
    m_minor->setTristate(false);
    m_notesLabel = new QLabel(m_detailBox);
    m_notes = new QPlainTextEdit(m_detailBox);
    m_notes->setTabChangesFocus(true);
    m_statusLabel->setBuddy(m_status);
    m_assigneeLabel->setBuddy(m_assignee);
    m_notesLabel->setBuddy(m_notes);
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_assigneeLabel, m_assignee);
    form->addRow(QString(), m_minor);
    form->addRow(m_notesLabel, m_notes);
    m_save = new QPushButton(m_detailBox);
    detail->addWidget(m_detail);
    detail->addWidget(m_copy);
    detail->addWidget(m_message, 1);
    detail->addLayout(form);
    detail->addWidget(m_save, 0, Qt::AlignRight);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &SubmissionsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &SubmissionsPage::applyFilterNow);
    for (QComboBox* c : { m_statusFilter, m_regionFilter, m_assigneeFilter }) {
        connect(c, &QComboBox::currentIndexChanged, this, &SubmissionsPage::applyFilter);
    }
    for (QCheckBox* c : { m_minorOnly, m_dueOnly }) {
        connect(c, &QCheckBox::toggled, this, &SubmissionsPage::applyFilter);
    }
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SubmissionsPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &SubmissionsPage::applyFilter);
    connect(m_model, &SubmissionsModel::countChanged, this, &SubmissionsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SubmissionsPage::showSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SubmissionsPage::showSelection);
    // A selected row that was still loading shows its details once its block arrives.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        for (const QItemSelectionRange& range : m_table->selectionModel()->selection()) {
            if (range.top() <= to.row() && range.bottom() >= from.row()) {
                showSelection();
                return;
            }
        }
    });
    connect(m_save, &QPushButton::clicked, this, &SubmissionsPage::saveDetail);
    connect(m_import, &QPushButton::clicked, this, [this] { openImportDialog(); });
    connect(m_purge, &QPushButton::clicked, this, &SubmissionsPage::purgeDue);
    connect(m_retention, &QSpinBox::editingFinished, this, &SubmissionsPage::saveRetention);
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportMenu] {
        exportMenu->clear();
        exportMenu->addAction(
            tr("CSV for Excel (UTF-8)…"), this, [this] { exportView(SubmissionService::ExportFormat::Csv); });
        QAction* xlsx = exportMenu->addAction(
            tr("Excel workbook (.xlsx)…"), this, [this] { exportView(SubmissionService::ExportFormat::Xlsx); });
        xlsx->setEnabled(TableExport::xlsxAvailable());
        exportMenu->addAction(tr("PDF…"), this, [this] {
            if (!confirmPersonalDataExport()) {
                return;
            }
            ReportRenderer(printableReport()).exportPdfInteractive(this, tr("contact-submissions.pdf"));
        });
        exportMenu->addAction(tr("Print…"), this, [this] {
            if (confirmPersonalDataExport()) {
                ReportRenderer(printableReport()).showPrintPreview(this);
            }
        });
    });
    retranslate();
    setVault(nullptr);
}

void SubmissionsPage::retranslate()
{
    m_header->setText(title());
    m_search->setPlaceholderText(tr("Search name, phone, email, region or message (Ctrl+F)"));
    const int status = m_statusFilter->currentIndex();
    {
        QSignalBlocker block(m_statusFilter);
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("All statuses"), QString());
        m_statusFilter->addItem(tr("Open (new or contacted)"), QStringLiteral("new,contacted"));
        for (const QString& key : statusKeys()) {
            m_statusFilter->addItem(statusDisplayName(key), key);
        }
        m_statusFilter->setCurrentIndex(qMax(0, status));
    }
    const int detailStatus = m_status->currentIndex();
    {
        QSignalBlocker block(m_status);
        m_status->clear();
        for (const QString& key : statusKeys()) {
            m_status->addItem(statusDisplayName(key), key);
        }
        m_status->setCurrentIndex(detailStatus);
    }
    // The fixed entries of the lists filled from the vault (setVault, loadAssignees), in place:
    // refilling them would drop the choice.
    if (m_regionFilter->count() > 0) {
        m_regionFilter->setItemText(0, tr("All regions"));
    }
    if (m_assigneeFilter->count() > 1) {
        m_assigneeFilter->setItemText(0, tr("Anyone"));
        m_assigneeFilter->setItemText(1, tr("Unassigned"));
    }
    if (m_assignee->count() > 0) {
        m_assignee->setItemText(0, tr("(nobody)"));
    }
    m_useDates->setText(tr("Received between"));
    m_minorOnly->setText(tr("Possible minors"));
    m_dueOnly->setText(tr("Due for deletion"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("E&xport"));
    m_purge->setText(tr("&Purge due…"));
    m_purge->setToolTip(tr("Delete closed submissions older than the retention period"));
    m_retentionLabel->setText(tr("Keep closed submissions for"));
    m_retention->setSuffix(tr(" months"));
    m_statusLabel->setText(tr("&Status:"));
    m_assigneeLabel->setText(tr("&Assignee:"));
    m_minor->setText(tr("Possible minor (privacy policy section II.5)"));
    m_notesLabel->setText(tr("Internal &notes:"));
    m_save->setText(tr("Sa&ve"));
    EmptyState::of(m_table)->setMessages(
        tr("No contact submissions yet. Use Import… to load the export of the website's contact form."),
        tr("No submission matches the search and filters. Clear them to see every submission."));
    updateCount();
    showSelection();
}

void SubmissionsPage::setVault(Vault* vault)
{
    Page::setVault(vault);
    m_search->clear();
    m_model->setVault(vault);
    loadAssignees();
    const bool signedIn = vault && vault->isSignedIn();
    const bool canWrite = signedIn && vault->actor().can(Permission::WriteData);
    m_import->setEnabled(canWrite);
    m_purge->setEnabled(canWrite);
    m_export->setEnabled(signedIn && vault->actor().can(Permission::ExportPersonalData));
    m_retention->setEnabled(signedIn && vault->actor().can(Permission::ManageSettings));
    QSignalBlocker block(m_retention);
    m_retention->setValue(
        signedIn ? SubmissionService(*vault).retentionMonths() : SubmissionService::defaultRetentionMonths());
    m_regionFilter->clear();
    m_regionFilter->addItem(tr("All regions"), QString());
    if (signedIn) {
        if (auto regions = SubmissionService(*vault).regions()) {
            for (const QString& r : regions.value()) {
                m_regionFilter->addItem(r, r);
            }
        }
    }
    showSelection();
}

void SubmissionsPage::loadAssignees()
{
    QSignalBlocker a(m_assigneeFilter);
    QSignalBlocker b(m_assignee);
    m_assigneeFilter->clear();
    m_assignee->clear();
    m_assigneeFilter->addItem(tr("Anyone"), qint64(0));
    m_assigneeFilter->addItem(tr("Unassigned"), qint64(-1));
    m_assignee->addItem(tr("(nobody)"), qint64(0));
    if (vault() && vault()->isSignedIn()) {
        if (auto list = SubmissionService(*vault()).assignees()) {
            for (const Assignee& person : list.value()) {
                m_assigneeFilter->addItem(person.displayName, person.id);
                m_assignee->addItem(person.displayName, person.id);
            }
        }
    }
}

void SubmissionsPage::refresh()
{
    m_model->reload();
    // The retention period is also set in Settings › Vault rules; show the stored value.
    if (vault() && vault()->isSignedIn() && !m_retention->hasFocus()) {
        const QSignalBlocker block(m_retention);
        m_retention->setValue(SubmissionService(*vault()).retentionMonths());
    }
}

void SubmissionsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void SubmissionsPage::showTarget(const QVariant& argument)
{
    if (!vault()) {
        return;
    }
    if (argument.toMap().value(QStringLiteral("action")).toString() == QLatin1String("import")) {
        if (m_import->isEnabled()) {
            openImportDialog();
        }
        return;
    }
    const QString list = argument.toMap().value(QStringLiteral("filter")).toString();
    const bool newOnly = list == QLatin1String("new");
    const bool dueOnly = list == QLatin1String("due_for_deletion");
    if (!newOnly && !dueOnly) {
        return;
    }
    m_searchDelay->stop();
    {
        // One query for the whole change, not one per widget.
        const QSignalBlocker b1(m_search), b2(m_statusFilter), b3(m_regionFilter), b4(m_assigneeFilter), b5(m_useDates),
            b6(m_minorOnly), b7(m_dueOnly);
        m_search->clear();
        m_statusFilter->setCurrentIndex(newOnly ? qMax(0, m_statusFilter->findData(QStringLiteral("new"))) : 0);
        m_regionFilter->setCurrentIndex(0);
        m_assigneeFilter->setCurrentIndex(0);
        m_useDates->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        m_minorOnly->setChecked(false);
        m_dueOnly->setChecked(dueOnly);
    }
    applyFilter(); // which scrolls to the first matches
    m_table->setFocus();
    whenListed([this, newOnly] {
        if (m_model->matchCount() == 0) {
            emit statusMessage(newOnly ? tr("No new submissions are waiting any more.")
                                       : tr("No submissions are due for deletion any more."));
        }
    });
}

void SubmissionsPage::whenListed(const std::function<void()>& then)
{
    if (m_model->isUpdating()) {
        // A large vault applies the filter on the worker: once its count and rows are known.
        connect(m_model, &SubmissionsModel::countChanged, this, then, Qt::SingleShotConnection);
    } else {
        then();
    }
}

SubmissionFilter SubmissionsPage::currentFilter() const
{
    SubmissionFilter f;
    f.search = m_search->text();
    const QString statuses = m_statusFilter->currentData().toString();
    if (!statuses.isEmpty()) {
        f.statuses = statuses.split(QLatin1Char(','));
    }
    f.region = m_regionFilter->currentData().toString();
    f.assigneeId = m_assigneeFilter->currentData().toLongLong();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.possibleMinorOnly = m_minorOnly->isChecked();
    f.dueForDeletion = m_dueOnly->isChecked();
    return f;
}

void SubmissionsPage::applyFilterNow()
{
    m_searchDelay->stop();
    applyFilter();
}

void SubmissionsPage::applyFilter()
{
    if (!vault()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const SubmissionFilter filter = currentFilter();
    EmptyState::of(m_table)->setFiltered(!filter.isEmpty());
    m_model->setFilter(filter);
    // A new search or filter shows its first matches, not the rows where the old list was
    // scrolled to.
    whenListed([this] { m_table->scrollToTop(); });
    QApplication::restoreOverrideCursor();
}

void SubmissionsPage::updateCount()
{
    const QLocale locale;
    if (!vault()) {
        m_count->clear();
    } else if (m_model->searchTooShort()) {
        m_count->setText(tr("Type at least 2 Chinese characters, or 3 letters or digits."));
    } else if (m_model->countCapped() && m_model->estimatedMatches() > 0) {
        m_count->setText(
            tr("About %1 matches (estimated from a sample); the first %2 are shown. Refine the "
               "search or add a filter.")
                .arg(locale.toString(m_model->estimatedMatches()), locale.toString(m_model->matchCount())));
    } else if (m_model->countCapped()) {
        m_count->setText(tr("More than %1 matches; the first %1 are shown. Refine the search or add a filter.")
                             .arg(locale.toString(m_model->matchCount())));
    } else {
        m_count->setText(tr("%1 submission(s)").arg(locale.toString(m_model->matchCount())));
    }
}

QList<qint64> SubmissionsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (const qint64 id = m_model->idAt(index.row())) {
            ids.append(id);
        }
    }
    return ids;
}

void SubmissionsPage::showSelection()
{
    const QList<qint64> ids = vault() ? selectedIds() : QList<qint64>();
    const bool canWrite = vault() && vault()->actor().can(Permission::WriteData);
    m_detailBox->setEnabled(!ids.isEmpty());
    // The detail pane takes room only while it shows something; the table gets the width back.
    m_detailBox->setVisible(!ids.isEmpty());
    m_message->setVisible(ids.size() <= 1);
    m_notes->setEnabled(ids.size() == 1 && canWrite);
    m_minor->setEnabled(ids.size() == 1 && canWrite);
    m_status->setEnabled(canWrite);
    m_assignee->setEnabled(canWrite);
    m_save->setEnabled(!ids.isEmpty() && canWrite);
    m_copy->clear();
    m_copy->setVisible(ids.size() == 1);
    if (ids.isEmpty()) {
        m_detailBox->setTitle(tr("Details"));
        m_detail->setText(tr("Select a submission to see and work on it. Select several to change their status or "
                             "assignee together."));
        m_message->clear();
        m_notes->clear();
        return;
    }
    if (ids.size() > 1) {
        m_detailBox->setTitle(tr("%n submission(s) selected", nullptr, int(ids.size())));
        m_detail->setText(tr("Status and assignee apply to every selected submission."));
        m_notes->clear();
        return;
    }
    auto s = SubmissionService(*vault()).get(ids.first());
    if (!s) {
        m_detail->setText(s.message());
        return;
    }
    const QLocale locale;
    m_detailBox->setTitle(tr("Submission %1").arg(fmt::id(s->id)));
    QStringList lines { tr("Received: %1").arg(fmt::dateTime(s->receivedAt)), tr("Name: %1").arg(s->name),
        tr("Phone: %1").arg(s->phone), tr("Email: %1").arg(s->email), tr("Region: %1").arg(s->region),
        tr("Source: %1").arg(s->source) };
    if (s->closedAt.isValid()) {
        lines << tr("Closed: %1").arg(fmt::dateTime(s->closedAt));
    }
    m_detail->setText(lines.join(QLatin1Char('\n')));
    m_copy->setValues(s->phone, s->email);
    m_message->setPlainText(s->message);
    m_status->setCurrentIndex(m_status->findData(s->status));
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(s->assigneeId)));
    m_minor->setChecked(s->possibleMinor);
    m_notes->setPlainText(s->notes);
}

void SubmissionsPage::saveDetail()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !vault()) {
        return;
    }
    SubmissionChange change;
    change.status = m_status->currentData().toString();
    change.assigneeId = m_assignee->currentData().toLongLong();
    if (ids.size() == 1) {
        change.notes = m_notes->toPlainText();
        change.possibleMinor = m_minor->isChecked();
    }
    auto result = SubmissionService(*vault()).updateMany(ids, change);
    if (!result) {
        Dialogs::warning(this, title(), result.message());
        return;
    }
    emit statusMessage(tr("%n submission(s) updated.", nullptr, result.value()));
    const int row = m_table->currentIndex().row();
    m_model->reload();
    if (row >= 0 && row < m_model->rowCount()) {
        m_table->selectRow(row);
    }
}

bool SubmissionsPage::confirmPersonalDataExport()
{
    return Dialogs::warning(this, tr("Export personal data"),
               tr("The export contains personal data (names, phone numbers, emails, messages) of "
                  "%1 submission(s). Keep the file on an encrypted drive, share it only with people "
                  "who need it, and delete it when done. The export is recorded in the audit log.")
                   .arg(QLocale().toString(m_model->matchCount())),
               QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Ok;
}

void SubmissionsPage::exportView(SubmissionService::ExportFormat format)
{
    if (!vault() || !confirmPersonalDataExport()) {
        return;
    }
    const bool csv = format == SubmissionService::ExportFormat::Csv;
    const QString path = Dialogs::saveFileName(this, tr("Export submissions"),
        csv ? tr("contact-submissions.csv") : tr("contact-submissions.xlsx"),
        csv ? tr("CSV (*.csv)") : tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty()) {
        return;
    }
    // On a worker with its own connection, behind a progress dialog with Cancel: a million rows
    // take seconds, and a cancelled export leaves no file.
    const SubmissionFilter filter = currentFilter();
    const Sort sort = m_model->currentSort();
    Vault& v = *vault();
    Result<qint64> rows = Error { ErrorCode::Internal, QString() };
    const QLocale locale;
    const bool finished = runInBackground(this, tr("Exporting submissions…"), [&](TaskControl& control) {
        auto connection = v.openConnection();
        if (!connection) {
            rows = connection.error();
            return;
        }
        SubmissionService::ExportControl exportControl;
        exportControl.connection = connection.value().get();
        exportControl.cancel = &control.cancelFlag();
        exportControl.progress = [&](qint64 written, qint64 total) {
            control.report(
                written, total, tr("%1 of %2 rows written").arg(locale.toString(written), locale.toString(total)));
        };
        rows = SubmissionService(v).exportRows(filter, sort, format, path, exportControl);
    });
    if (!finished) {
        emit statusMessage(tr("Export cancelled; no file was written."));
        return;
    }
    if (!rows) {
        Dialogs::warning(this, tr("Export submissions"), rows.message());
        return;
    }
    emit statusMessage(tr("%1 submission(s) exported.").arg(QLocale().toString(rows.value())));
}

bool SubmissionsPage::canPrint() const
{
    return vault() && vault()->actor().can(Permission::ExportPersonalData);
}

ReportDocument SubmissionsPage::printableReport()
{
    if (!vault()) {
        return {};
    }
    const QString language = reportLanguage();
    // The printed list has a cap; say so before printing rather than after.
    const int cap = SubmissionService::reportRowCap();
    if (m_model->matchCount() > cap) {
        const QString text = m_model->countCapped()
            ? tr("The printed list shows the first %1 of at least %2 submissions, in the current order. "
                 "To get every row, export CSV or Excel instead, or narrow the filter.")
            : tr("The printed list shows the first %1 of %2 submissions, in the current order. To get "
                 "every row, export CSV or Excel instead, or narrow the filter.");
        if (Dialogs::information(this, tr("Print submissions"),
                text.arg(QLocale().toString(cap), QLocale().toString(m_model->matchCount())),
                QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok)
            != QMessageBox::Ok) {
            return {};
        }
    }
    auto doc = SubmissionService(*vault()).report(currentFilter(), m_model->currentSort(), language, cap);
    m_model->reload();
    return doc ? doc.value() : ReportDocument();
}

void SubmissionsPage::saveRetention()
{
    if (!vault()) {
        return;
    }
    SubmissionService service(*vault());
    if (m_retention->value() == service.retentionMonths()) {
        return;
    }
    if (Status s = service.setRetentionMonths(m_retention->value()); !s) {
        Dialogs::warning(this, title(), s.message());
        return;
    }
    if (m_dueOnly->isChecked()) {
        applyFilter();
    }
}

void SubmissionsPage::purgeDue()
{
    if (!vault()) {
        return;
    }
    SubmissionService service(*vault());
    auto dry = service.purgeExpired(true);
    if (!dry) {
        Dialogs::warning(this, title(), dry.message());
        return;
    }
    if (dry->due == 0) {
        Dialogs::information(this, tr("Purge due submissions"),
            tr("No closed submission is older than %n month(s).", nullptr, service.retentionMonths()));
        return;
    }
    const auto answer = Dialogs::warning(this, tr("Purge due submissions"),
        tr("Delete %1 closed submission(s) older than %n month(s)? They are removed from the vault and from the "
           "search index for good. The audit log records only the number.",
            nullptr, service.retentionMonths())
            .arg(QLocale().toString(dry->due)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    // On a worker with its own connection, behind a progress dialog with Cancel: on a large vault
    // the deletion takes seconds. It is one transaction, so Cancel rolls the whole purge back.
    Vault& v = *vault();
    Result<PurgeReport> done = Error { ErrorCode::Internal, QString() };
    const QLocale locale;
    runInBackground(this, tr("Purging due submissions…"), [&](TaskControl& control) {
        auto connection = v.openConnection();
        if (!connection) {
            done = connection.error();
            return;
        }
        PurgeControl purge;
        purge.connection = connection.value().get();
        purge.work.cancel = &control.cancelFlag();
        purge.work.progress = [&](qint64 deleted, qint64 due) {
            control.report(
                deleted, due, tr("%1 of %2 submissions deleted").arg(locale.toString(deleted), locale.toString(due)));
        };
        done = SubmissionService(v).purgeExpired(false, purge);
    });
    if (!done && done.code() == ErrorCode::Cancelled) {
        emit statusMessage(done.message());
        return;
    }
    if (!done) {
        Dialogs::warning(this, title(), done.message());
        return;
    }
    emit statusMessage(tr("%1 submission(s) deleted.").arg(QLocale().toString(done->deleted)));
    m_model->reload();
}

SubmissionImportDialog* SubmissionsPage::openImportDialog(const QString& path)
{
    if (!vault()) {
        return nullptr;
    }
    auto* dialog = new SubmissionImportDialog(*vault(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubmissionImportDialog::imported, this, [this](qint64) {
        m_model->reload();
        setVault(vault()); // new regions
    });
    if (!path.isEmpty()) {
        dialog->setFile(path);
    }
    dialog->open();
    return dialog;
}

} // namespace cd::ui

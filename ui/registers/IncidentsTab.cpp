#include "IncidentsTab.h"

#include "DisclosuresTab.h"
#include "IncidentBoxes.h"
#include "IncidentFilterBar.h"
#include "IncidentForm.h"
#include "IncidentReportingPanel.h"
#include "RegisterModels.h"
#include "RegisterViews.h"
#include "RegulatorCountdown.h"
#include "preferences/AppSettings.h"
#include "registers/IncidentWorkflow.h"
#include "registers/RegisterReports.h"
#include "registers/RegisterService.h"
#include "report/ReportRenderer.h"
#include "report/StatePalette.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/Dialogs.h"
#include "widgets/EmptyState.h"
#include "widgets/FormGuard.h"
#include "widgets/FormLabels.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::registers;

IncidentsTab::IncidentsTab(AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_timer(new QTimer(this))
{
    // The clocks count in minutes; a minute tick keeps the countdown honest without busy redraws.
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &IncidentsTab::tick);
    buildUi();
    retranslate();
    setVault(nullptr);
}

void IncidentsTab::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_countdown = new RegulatorCountdown(this);
    layout->addWidget(m_countdown);
    auto* ruleRow = new QHBoxLayout;
    m_rule = new QLabel(this);
    m_rule->setTextFormat(Qt::PlainText);
    m_changeRule = new QPushButton(this);
    ruleRow->addWidget(m_rule, 1);
    ruleRow->addWidget(m_changeRule);
    layout->addLayout(ruleRow);

    m_filters = new IncidentFilterBar(this);
    layout->addWidget(m_filters);
    // Count and actions on their own row, so the tab fits a 1366-pixel-wide screen.
    auto* actions = new QHBoxLayout;
    m_count = new QLabel(this);
    // Wraps instead of widening the window (long counts, Chinese and English).
    m_count->setWordWrap(true);
    m_reportButton = new QPushButton(this);
    m_exportButton = new QPushButton(this);
    m_new = new QPushButton(this);
    actions->addWidget(m_count, 1);
    actions->addWidget(m_reportButton);
    actions->addWidget(m_exportButton);
    actions->addWidget(m_new);
    layout->addLayout(actions);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);
    m_model = new IncidentModel(this);
    m_proxy = makeRegisterProxy(m_model, this);
    m_table = makeRegisterTable(m_proxy, IncidentModel::Discovered, splitter);
    ColumnPolicy::install(m_table, QStringLiteral("incidents"), IncidentModel::Title,
        { IncidentModel::People, IncidentModel::Id, IncidentModel::Discovered });
    EmptyState::attach(m_table);

    auto* scroll = makeRegisterFormArea(splitter);
    scroll->setWidget(buildDetail(scroll));
    auto* actionBar = new QWidget(this);
    auto* buttons = new QHBoxLayout(actionBar);
    buttons->setContentsMargins(0, 4, 0, 0);
    m_save = new QPushButton(actionBar);
    m_save->setObjectName(QStringLiteral("incidentSave"));
    m_delete = new QPushButton(actionBar);
    m_close = new QPushButton(actionBar);
    m_close->setObjectName(QStringLiteral("closeForm"));
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);

    m_formPane = makeRegisterFormPane(scroll, actionBar, splitter);
    m_guard = new PageFormGuard(m_form, m_formPane);
    m_guard->setEscapeAction([this] { closeForm(); });
    m_guard->setRestoreSelection([this] { m_current.id > 0 ? select(m_current.id) : closeSelection(m_table); });
    splitter->addWidget(m_table);
    splitter->addWidget(m_formPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 600, 500 });

    connect(m_filters, &IncidentFilterBar::changed, this, &IncidentsTab::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IncidentsTab::selectionChanged);
    // Any edit ends the "untouched" state of a new form, so its problems show from then on.
    connect(m_form, &IncidentForm::edited, this, [this] {
        if (!m_loading) {
            m_pristine = false;
        }
        updateDetailState();
    });
    connect(m_new, &QPushButton::clicked, this, &IncidentsTab::startNew);
    // Close throws the form away like Esc does, so it asks first when something was edited.
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_guard->confirmDiscard()) {
            closeForm();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &IncidentsTab::save);
    connect(m_delete, &QPushButton::clicked, this, &IncidentsTab::removeCurrent);
    connect(m_nextStep, &QPushButton::clicked, this, &IncidentsTab::nextStep);
    connect(m_regulator, &RegulatorReportBox::changed, this, &IncidentsTab::incidentChanged);
    connect(m_notifications, &IncidentNotificationsBox::changed, this, &IncidentsTab::incidentChanged);
    connect(m_reportingPanel, &IncidentReportingPanel::changed, this, &IncidentsTab::incidentChanged);
    connect(m_reportingPanel, &IncidentReportingPanel::statusMessage, this, &IncidentsTab::statusMessage);
    connect(m_reportButton, &QPushButton::clicked, this, &IncidentsTab::previewReport);
    connect(m_exportButton, &QPushButton::clicked, this, &IncidentsTab::exportTable);
    connect(m_attachments, &AttachmentsBox::message, this, &IncidentsTab::statusMessage);
    connect(m_changeRule, &QPushButton::clicked, this, &IncidentsTab::changeRule);
}

// The selected incident: its clock and status step, the form, and the boxes beneath.
QWidget* IncidentsTab::buildDetail(QWidget* parent)
{
    auto* detail = new QWidget(parent);
    auto* detailLayout = new QVBoxLayout(detail);
    m_clock = new QLabel(detail);
    m_clock->setWordWrap(true);
    m_clock->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_clock->setTextFormat(Qt::PlainText);
    detailLayout->addWidget(m_clock);
    auto* statusRow = new QHBoxLayout;
    m_status = new QLabel(detail);
    m_nextStep = new QPushButton(detail);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_nextStep);
    detailLayout->addLayout(statusRow);
    m_stepProblems = new QLabel(detail);
    m_stepProblems->setWordWrap(true);
    m_stepProblems->setTextFormat(Qt::PlainText);
    m_stepProblems->setStyleSheet(StatePalette::styleSheet(StateTone::DueSoon));
    detailLayout->addWidget(m_stepProblems);

    m_form = new IncidentForm(detail);
    detailLayout->addWidget(m_form);
    m_problems = new QLabel(detail);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    detailLayout->addWidget(m_problems);

    m_regulator = new RegulatorReportBox(detail);
    detailLayout->addWidget(m_regulator);
    // Reporting under the CAC measures, beside the notice to individuals (PIPL art. 57).
    m_reportingPanel = new IncidentReportingPanel(detail);
    detailLayout->addWidget(m_reportingPanel);
    m_notifications = new IncidentNotificationsBox(detail);
    detailLayout->addWidget(m_notifications);
    m_letters = new IncidentLettersBox(detail);
    detailLayout->addWidget(m_letters);

    m_attachmentsLabel = new QLabel(detail);
    m_attachments = new AttachmentsBox(QStringLiteral("incident"), detail);
    detailLayout->addWidget(m_attachmentsLabel);
    detailLayout->addWidget(m_attachments);
    detailLayout->addStretch();
    return detail;
}

void IncidentsTab::retranslate()
{
    m_filters->retranslate();
    m_form->retranslate();
    m_regulator->retranslate();
    m_notifications->retranslate();
    m_letters->retranslate();
    m_count->setText(tr("%1 incidents").arg(QLocale().toString(m_model->rowCount())));
    m_reportingPanel->retranslate();
    m_reportButton->setText(tr("Register report…"));
    m_exportButton->setText(tr("Export CSV/XLSX…"));
    m_attachmentsLabel->setText(withColon(tr("Documents")));
    m_changeRule->setText(tr("Change rule…"));
    updateRuleText();
    m_new->setText(tr("&New incident"));
    m_close->setText(tr("Close"));
    EmptyState::of(m_table)->setMessages(tr("No incidents recorded. Use New incident as soon as a "
                                            "personal-information security incident is discovered: the regulator "
                                            "clock starts then."),
        tr("No incident matches the period, filters and search."));
    m_save->setText(tr("&Save"));
    m_delete->setText(tr("Delete"));
    m_model->retranslate();
    m_attachments->retranslate();
    if (m_vault) {
        if (auto cats = CategoryService(*m_vault).list()) {
            m_form->setCategories(cats.value(), uiLanguage());
        }
        setFormValue(m_current);
    }
    tick();
}

void IncidentsTab::setVault(Vault* vault)
{
    const PageFormGuard::Quiet quiet(m_guard);
    m_vault = vault;
    m_current = Incident();
    m_reportingPanel->setVault(vault);
    m_regulator->setVault(vault);
    m_notifications->setVault(vault);
    m_letters->setVault(vault);
    if (!vault) {
        m_timer->stop();
        m_model->setIncidents({}, RegulatorRule());
        m_form->clearCategories();
        m_attachments->setOwner(nullptr, 0);
        setFormValue(Incident());
        m_countdown->reset();
        m_clock->clear();
        m_count->clear();
        m_rule->clear();
        setEnabled(false);
        return;
    }
    setEnabled(true);
    if (auto cats = CategoryService(*vault).list()) {
        m_form->setCategories(cats.value(), uiLanguage());
    }
    m_exportButton->setEnabled(vault->actor().can(Permission::ExportPersonalData));
    m_changeRule->setEnabled(vault->actor().can(Permission::ManageSettings));
    updateRuleText();
    reload();
    closeForm();
    if (isVisible()) {
        m_timer->start();
    }
}

void IncidentsTab::reload()
{
    if (!m_vault) {
        return;
    }
    IncidentService service(*m_vault);
    auto list = service.list(m_filters->filter());
    if (!list) {
        emit statusMessage(list.message());
        return;
    }
    // The banner looks at the whole register, whatever the filter shows; read once here, the
    // minute tick then counts from memory.
    m_countdown->load(*m_vault);
    m_model->setIncidents(list.value(), m_countdown->rule());
    m_count->setText(tr("%1 incidents").arg(QLocale().toString(list->size())));
    EmptyState::of(m_table)->setFiltered(m_filters->isFiltering());
    if (m_current.id > 0) {
        select(m_current.id);
    }
    tick();
}

void IncidentsTab::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    }
}

bool IncidentsTab::showIncident(qint64 id)
{
    if (!m_vault) {
        return false;
    }
    const auto incident = IncidentService(*m_vault).get(id);
    if (!incident) {
        emit statusMessage(incident.code() == ErrorCode::NotFound
                ? tr("Incident %1 no longer exists; it may have been deleted.").arg(id)
                : incident.message());
        return false;
    }
    if (m_model->rowOf(id) < 0) {
        m_filters->reset();
        reload();
        if (m_model->rowOf(id) < 0) {
            emit statusMessage(tr("Incident %1 cannot be shown in the list.").arg(id));
            return false;
        }
        emit statusMessage(tr("Filters were reset to show incident %1.").arg(id));
    }
    select(id);
    m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
    return true;
}

int IncidentsTab::pendingReports() const
{
    return m_countdown->pendingCount();
}

QLabel* IncidentsTab::countdownLabel() const
{
    return m_countdown;
}

void IncidentsTab::tick()
{
    if (!m_vault) {
        return;
    }
    m_reportingPanel->tick();
    const QDateTime now = Clock::nowUtc();
    m_model->updateClocks(now);
    m_countdown->refresh(now);
    if (m_current.id > 0) {
        const RegulatorClock c = IncidentService::clockFor(m_current, m_countdown->rule(), now);
        QString text = tr("Discovered %1 ago.").arg(formatDuration(c.secondsSinceDiscovery));
        text += QLatin1Char(' ') + IncidentModel::clockText(c);
        if (c.deadline.isValid()) {
            text += QLatin1Char(' ') + tr("(deadline %1)").arg(registerLocalTime(c.deadline));
        }
        m_clock->setText(text);
        m_clock->show();
    } else {
        m_clock->clear();
        m_clock->hide();
    }
}

void IncidentsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_vault) {
        tick();
        m_timer->start();
    }
}

void IncidentsTab::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void IncidentsTab::selectionChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        return;
    }
    const Incident& next = m_model->incidentAt(current.row());
    if (!m_guard->allowSwitch(m_current.id > 0 && next.id == m_current.id)) {
        return;
    }
    setFormValue(next);
    m_formPane->show();
}

bool IncidentsTab::canStartNew() const
{
    return m_vault && m_new->isEnabled();
}

void IncidentsTab::startNew()
{
    if (!m_guard->confirmDiscard()) {
        return;
    }
    Incident n;
    n.discoveredAt = Clock::nowUtc();
    m_table->clearSelection();
    setFormValue(n);
    // A new, untouched form shows no problems yet: they appear once the user types or saves.
    m_pristine = true;
    updateDetailState();
    m_formPane->show();
    m_form->firstField()->setFocus();
}

bool IncidentsTab::isFormShown() const
{
    return !m_formPane->isHidden();
}

void IncidentsTab::closeForm()
{
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    setFormValue(Incident());
    m_formPane->hide();
}

void IncidentsTab::setFormValue(const Incident& n)
{
    m_loading = true;
    m_pristine = false;
    m_current = n;
    m_form->setValue(n);
    m_regulator->setIncident(n);
    m_notifications->setIncident(n);
    m_letters->setIncident(n);
    m_attachments->setOwner(n.id > 0 ? m_vault : nullptr, n.id);
    m_form->setTitle(n.id > 0 ? tr("Incident %1").arg(n.id) : tr("New incident"));
    m_reportingPanel->setIncident(n.id > 0 ? n : Incident());
    m_loading = false;
    updateDetailState();
    tick();
    if (m_guard) {
        m_guard->markClean();
    }
}

Incident IncidentsTab::formValue() const
{
    return m_form->value(m_current);
}

void IncidentsTab::updateDetailState()
{
    if (m_loading) {
        return;
    }
    const bool canWrite = m_vault && m_vault->actor().can(Permission::WriteData);
    const bool saved = m_current.id > 0;
    const Incident form = formValue();
    const QStringList p = IncidentService::problems(form);
    m_problems->setText(p.isEmpty() ? QString() : tr("Before saving: %1").arg(p.join(QLatin1Char(' '))));
    m_problems->setVisible(!p.isEmpty() && !m_pristine);
    // An untouched new form can be "saved": that is when its problems are shown.
    m_save->setEnabled(canWrite && (p.isEmpty() || m_pristine) && m_current.status != IncidentStatus::Closed);
    m_new->setEnabled(canWrite);
    m_delete->setEnabled(saved && m_vault && m_vault->actor().can(Permission::Approve));
    m_form->setEnabled(m_vault != nullptr);
    m_form->setEditable(canWrite && m_current.status != IncidentStatus::Closed);
    m_regulator->updateState(canWrite);
    m_notifications->updateState(canWrite);
    m_letters->updateState();
    m_status->setText(saved ? tr("Status: %1").arg(statusName(m_current.status)) : QString());
    m_status->setVisible(saved);
    updateNextStep(form);
}

// The step button shows what the workflow (core) offers from the saved status; the form only
// adds "save first" when it differs from what is saved.
void IncidentsTab::updateNextStep(const Incident& form)
{
    const QList<IncidentWorkflow::NextAction> actions = m_vault && m_current.id > 0
        ? IncidentWorkflow::nextActions(m_current, m_vault->actor(), m_countdown->rule(), Clock::nowUtc())
        : QList<IncidentWorkflow::NextAction>();
    if (actions.isEmpty()) {
        m_nextStep->hide();
        m_stepProblems->clear();
        m_stepProblems->hide();
        return;
    }
    const IncidentWorkflow::NextAction& next = actions.first();
    m_nextStep->setText(next.to == IncidentStatus::Contained ? tr("Mark contained")
            : next.to == IncidentStatus::Notified            ? tr("Mark notified")
                                                             : tr("Close incident"));
    m_nextStep->show();
    QStringList blockers = next.problems;
    const bool unsaved = form.title != m_current.title || form.description != m_current.description
        || form.possibleHarm != m_current.possibleHarm || form.measuresTaken != m_current.measuresTaken
        || form.advice != m_current.advice || form.remedies != m_current.remedies
        || form.categoryKeys != m_current.categoryKeys || form.severity != m_current.severity;
    if (unsaved) {
        blockers.prepend(tr("Save your changes first."));
    }
    m_nextStep->setEnabled(blockers.isEmpty() && next.permitted);
    m_stepProblems->setText(blockers.join(QLatin1Char('\n')));
    m_stepProblems->setVisible(!blockers.isEmpty());
}

bool IncidentsTab::save()
{
    if (!m_vault) {
        return false;
    }
    IncidentService service(*m_vault);
    const Incident n = formValue();
    if (!IncidentService::problems(n).isEmpty()) {
        m_pristine = false;
        updateDetailState();
        return false;
    }
    auto saved = n.id > 0 ? service.update(n) : service.add(n);
    if (!saved) {
        Dialogs::warning(this, tr("Save incident"), saved.message());
        return false;
    }
    m_current = saved.value();
    reload();
    setFormValue(saved.value());
    emit statusMessage(tr("Incident %1 saved.").arg(saved->id));
    emit dataChanged();
    return true;
}

void IncidentsTab::nextStep()
{
    if (!m_vault || m_current.id <= 0) {
        return;
    }
    const auto actions
        = IncidentWorkflow::nextActions(m_current, m_vault->actor(), m_countdown->rule(), Clock::nowUtc());
    if (actions.isEmpty()) {
        return;
    }
    auto moved = IncidentService(*m_vault).transition(m_current.id, actions.first().to);
    if (!moved) {
        Dialogs::warning(this, tr("Incident status"), moved.message());
        return;
    }
    m_current = moved.value();
    reload();
    setFormValue(moved.value());
    emit statusMessage(tr("Incident %1 is now \"%2\".").arg(moved->id).arg(statusName(moved->status)));
    emit dataChanged();
}

void IncidentsTab::incidentChanged(qint64 id)
{
    if (!m_vault) {
        return;
    }
    reload();
    if (auto fresh = IncidentService(*m_vault).get(id)) {
        setFormValue(fresh.value());
    }
    emit dataChanged();
}

void IncidentsTab::removeCurrent()
{
    if (!m_vault || m_current.id <= 0) {
        return;
    }
    if (!askBeforeDeleting(this, tr("Delete incident"),
            tr("Delete incident %1 with its notifications and documents? Delete only entries "
               "made in error; the register is evidence for the regulator.")
                .arg(m_current.id))) {
        return;
    }
    if (Status s = IncidentService(*m_vault).remove(m_current.id); !s) {
        Dialogs::warning(this, tr("Delete incident"), s.message());
        return;
    }
    m_current = Incident();
    reload();
    closeForm();
    emit dataChanged();
}

ReportDocument IncidentsTab::registerReport(const QString& language) const
{
    if (!m_vault) {
        return {};
    }
    const IncidentFilter f = m_filters->filter();
    auto list = IncidentService(*m_vault).list(f);
    return buildIncidentRegister(
        list ? list.value() : QList<Incident>(), f.from, f.to, reportContext(*m_vault, language));
}

ReportDocument IncidentsTab::letter(const QString& language, bool announcement) const
{
    return m_letters->letter(language, announcement);
}

void IncidentsTab::previewReport()
{
    ReportRenderer(registerReport(uiLanguage())).showPrintPreview(this);
}

void IncidentsTab::updateRuleText()
{
    if (!m_vault) {
        m_rule->clear();
        return;
    }
    const RegulatorRule rule = IncidentService(*m_vault).rule();
    m_rule->setText(tr("Regulator-report rule: %1 and above within %2 h of discovery.")
                        .arg(severityName(rule.threshold))
                        .arg(rule.hours));
}

void IncidentsTab::changeRule()
{
    if (!m_vault) {
        return;
    }
    IncidentService service(*m_vault);
    const RegulatorRule current = service.rule();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Regulator-report rule"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* note = new QLabel(tr("The CAC rules in force since 1 November 2025 require incidents of the relatively "
                               "serious level (较大) and above to be reported to the provincial CAC within 4 hours."),
        &dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    auto* threshold = new QComboBox(&dialog);
    for (int i = 0; i < severityCount; ++i) {
        threshold->addItem(severityName(static_cast<Severity>(i)), i);
    }
    threshold->setCurrentIndex(int(current.threshold));
    auto* hours = new QSpinBox(&dialog);
    hours->setRange(1, 24 * 30);
    hours->setSuffix(tr(" h"));
    hours->setValue(current.hours);
    form->addRow(withColon(tr("Report incidents from")), threshold);
    form->addRow(withColon(tr("Within")), hours);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (Status s = service.setRule(RegulatorRule { hours->value(), static_cast<Severity>(threshold->currentIndex()) });
        !s) {
        Dialogs::warning(this, tr("Regulator-report rule"), s.message());
        return;
    }
    updateRuleText();
    reload();
    emit dataChanged();
}

void IncidentsTab::exportTable()
{
    if (!m_vault) {
        return;
    }
    if (Dialogs::warning(this, tr("Export incident register"),
            tr("The export is not encrypted. Keep the file safe and delete it when it is no longer "
               "needed. The export is recorded in the audit log."),
            QMessageBox::Ok | QMessageBox::Cancel)
        != QMessageBox::Ok) {
        return;
    }
    const QString dir = m_settings.value(AppSettings::Key::LastExportFolder).toString();
    const QString path = Dialogs::saveFileName(this, tr("Export incident register"),
        QDir(dir).filePath(tr("incident-register") + QStringLiteral(".xlsx")),
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    m_settings.setValue(AppSettings::Key::LastExportFolder, QFileInfo(path).absolutePath());
    const QString format = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("csv")
        : QStringLiteral("xlsx");
    // On a worker with its own connection: a cancel or an error leaves no file and no audit entry.
    const auto chosen = m_filters->filter();
    const QString done = exportRegisterInBackground(this, *m_vault, tr("Export incident register"),
        tr("Exporting the incident register…"), uiLanguage(), path,
        [&](const RegisterExport& how) { return exportIncidentRegister(*m_vault, chosen, path, format, how); });
    if (!done.isEmpty()) {
        emit statusMessage(done);
    }
}

} // namespace cd::ui

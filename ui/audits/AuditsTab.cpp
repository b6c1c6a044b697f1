#include "AuditsTab.h"

#include "audits/AuditReports.h"
#include "report/StatePalette.h"
#include "util/Clock.h"
#include "util/Formatting.h"
#include "util/Languages.h"
#include "vault/Vault.h"

#include "widgets/ColumnPolicy.h"
#include "widgets/EmptyState.h"
#include "widgets/FormLabels.h"
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::audits;

namespace {

// Optional dates: the earliest date of the editor stands for "none" and shows a dash.
const QDate noDate(2000, 1, 1);

QDateEdit* dateEdit(QWidget* parent, bool optional)
{
    auto* d = new QDateEdit(parent);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->setMinimumDate(noDate);
    if (optional) {
        d->setSpecialValueText(QStringLiteral("—"));
        d->setDate(noDate);
    } else {
        d->setDate(Clock::today());
    }
    return d;
}

QDate dateOf(const QDateEdit* d)
{
    return d->date() == noDate ? QDate() : d->date();
}

void setDateOf(QDateEdit* d, const QDate& date)
{
    d->setDate(date.isValid() ? date : noDate);
}

QTableWidget* makeTable(int columns, QWidget* parent)
{
    auto* t = new QTableWidget(0, columns, parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells, const QVariant& data = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (c == 0) {
            item->setData(Qt::UserRole, data);
        }
        t->setItem(row, c, item);
    }
}

QString shown(const QDate& d)
{
    return d.isValid() ? fmt::date(d) : QStringLiteral("—");
}

QString uiLang()
{
    return QLocale().language() == QLocale::Chinese ? Languages::chinese() : Languages::english();
}

} // namespace

AuditsTab::AuditsTab(QWidget* parent)
    : QWidget(parent)
{
    buildUi();
    retranslate();
    setVault(nullptr);
}

void AuditsTab::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_schedule = new QLabel(this);
    m_schedule->setWordWrap(true);
    m_schedule->setObjectName(QStringLiteral("auditSchedule"));
    m_officerState = new QLabel(this);
    m_officerState->setWordWrap(true);
    m_officerState->setObjectName(QStringLiteral("officerState"));
    layout->addWidget(m_schedule);
    layout->addWidget(m_officerState);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);
    m_table = makeTable(6, splitter);
    ColumnPolicy::install(m_table, QStringLiteral("complianceAudits"), 2, { 3, 1 });
    EmptyState::attach(m_table);
    splitter->addWidget(m_table);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    auto* detail = new QWidget(scroll);
    auto* detailLayout = new QVBoxLayout(detail);
    scroll->setWidget(detail);
    splitter->addWidget(scroll);
    // Audits are few: the detail pane with the forms always keeps room to be read.
    scroll->setMinimumWidth(480);
    splitter->setCollapsible(1, false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_formBox = new QGroupBox(detail);
    auto* form = new QFormLayout(m_formBox);
    m_kind = new QComboBox(m_formBox);
    m_scope = new QLineEdit(m_formBox);
    m_auditorKind = new QComboBox(m_formBox);
    m_auditor = new QLineEdit(m_formBox);
    m_orderedBy = new QLineEdit(m_formBox);
    m_orderedOn = dateEdit(m_formBox, true);
    m_due = dateEdit(m_formBox, true);
    m_started = dateEdit(m_formBox, true);
    m_ended = dateEdit(m_formBox, true);
    m_status = new QComboBox(m_formBox);
    m_conclusion = new QLineEdit(m_formBox);
    for (int i = 0; i < 2; ++i) {
        m_kind->addItem(QString(), i);
        m_auditorKind->addItem(QString(), i);
    }
    for (int i = 0; i < 4; ++i) {
        m_status->addItem(QString(), i);
    }
    // The widths follow the language: a combo sized for Chinese words grows for English ones.
    for (QComboBox* c : { m_kind, m_auditorKind, m_status }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    for (QWidget* w : std::initializer_list<QWidget*> { m_kind, m_scope, m_auditorKind, m_auditor, m_orderedBy,
             m_orderedOn, m_due, m_started, m_ended, m_status, m_conclusion }) {
        form->addRow(new QLabel(m_formBox), w);
    }
    m_problems = new QLabel(m_formBox);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    form->addRow(m_problems);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(m_formBox);
    m_save = new QPushButton(m_formBox);
    buttons->addStretch();
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    detailLayout->addWidget(m_formBox);

    m_findingBox = new QGroupBox(detail);
    auto* findingLayout = new QVBoxLayout(m_findingBox);
    m_findings = makeTable(6, m_findingBox);
    ColumnPolicy::install(m_findings, QStringLiteral("auditFindings"), 1, { 5, 2 });
    EmptyState::attach(m_findings);
    m_findings->setMinimumHeight(120);
    findingLayout->addWidget(m_findings);
    auto* addRow = new QHBoxLayout;
    m_findingTitle = new QLineEdit(m_findingBox);
    m_findingOwner = new QLineEdit(m_findingBox);
    m_findingDue = dateEdit(m_findingBox, false);
    m_findingAdd = new QPushButton(m_findingBox);
    addRow->addWidget(m_findingTitle, 2);
    addRow->addWidget(m_findingOwner, 1);
    addRow->addWidget(m_findingDue);
    addRow->addWidget(m_findingAdd);
    findingLayout->addLayout(addRow);
    auto* closeRow = new QHBoxLayout;
    m_findingEvidence = new QLineEdit(m_findingBox);
    m_findingClose = new QPushButton(m_findingBox);
    closeRow->addWidget(m_findingEvidence, 1);
    closeRow->addWidget(m_findingClose);
    findingLayout->addLayout(closeRow);
    detailLayout->addWidget(m_findingBox);

    m_settingsBox = new QGroupBox(detail);
    auto* settingsForm = new QFormLayout(m_settingsBox);
    m_officerName = new QLineEdit(m_settingsBox);
    m_officerContact = new QLineEdit(m_settingsBox);
    m_cycle = new QSpinBox(m_settingsBox);
    m_cycle->setRange(1, 120);
    m_officerSave = new QPushButton(m_settingsBox);
    settingsForm->addRow(new QLabel(m_settingsBox), m_officerName);
    settingsForm->addRow(new QLabel(m_settingsBox), m_officerContact);
    settingsForm->addRow(new QLabel(m_settingsBox), m_cycle);
    settingsForm->addRow(m_officerSave);
    detailLayout->addWidget(m_settingsBox);

    m_evidenceBox = new QGroupBox(detail);
    auto* evidenceLayout = new QVBoxLayout(m_evidenceBox);
    m_evidence = makeTable(5, m_evidenceBox);
    ColumnPolicy::install(m_evidence, QStringLiteral("evidenceReviews"), 1, { 0, 2 });
    EmptyState::attach(m_evidence);
    m_evidence->setMinimumHeight(120);
    evidenceLayout->addWidget(m_evidence);
    // One field a row, so every field keeps its width in either language.
    auto* evForm = new QFormLayout;
    m_evTarget = new QComboBox(m_evidenceBox);
    for (int i = 0; i < 3; ++i) {
        m_evTarget->addItem(QString(), i);
    }
    m_evTarget->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_evRecord = new QLineEdit(m_evidenceBox);
    m_evOwner = new QLineEdit(m_evidenceBox);
    m_evExpires = dateEdit(m_evidenceBox, false);
    m_evSet = new QPushButton(m_evidenceBox);
    for (QWidget* w : std::initializer_list<QWidget*> { m_evTarget, m_evRecord, m_evOwner, m_evExpires }) {
        evForm->addRow(new QLabel(m_evidenceBox), w);
    }
    evForm->addRow(m_evSet);
    evidenceLayout->addLayout(evForm);
    detailLayout->addWidget(m_evidenceBox);
    detailLayout->addStretch();

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditsTab::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &AuditsTab::startNew);
    connect(m_save, &QPushButton::clicked, this, &AuditsTab::save);
    connect(m_findingAdd, &QPushButton::clicked, this, [this] {
        Finding f;
        f.auditId = m_current.id;
        f.title = m_findingTitle->text();
        f.owner = m_findingOwner->text();
        f.dueOn = m_findingDue->date();
        if (addFinding(f)) {
            m_findingTitle->clear();
            m_findingOwner->clear();
        }
    });
    connect(m_findingClose, &QPushButton::clicked, this, [this] {
        if (closeSelectedFinding(m_findingEvidence->text())) {
            m_findingEvidence->clear();
        }
    });
    connect(m_officerSave, &QPushButton::clicked, this, &AuditsTab::saveSettings);
    connect(m_evSet, &QPushButton::clicked, this, [this] {
        setEvidence(EvidenceTarget(m_evTarget->currentData().toInt()), m_evRecord->text(), m_evOwner->text(),
            m_evExpires->date());
    });
    for (QLineEdit* e : { m_scope, m_auditor, m_orderedBy, m_findingTitle, m_findingOwner, m_findingEvidence }) {
        connect(e, &QLineEdit::textChanged, this, &AuditsTab::updateState);
    }
    for (QComboBox* c : { m_kind, m_auditorKind, m_status }) {
        connect(c, &QComboBox::currentIndexChanged, this, &AuditsTab::updateState);
    }
    for (QDateEdit* d : { m_orderedOn, m_due, m_started, m_ended }) {
        connect(d, &QDateEdit::dateChanged, this, &AuditsTab::updateState);
    }
    connect(m_findings, &QTableWidget::itemSelectionChanged, this, &AuditsTab::updateState);
}

void AuditsTab::retranslate()
{
    m_table->setHorizontalHeaderLabels({ tr("No."), tr("Kind"), tr("Scope"), tr("Auditor"), tr("Due"), tr("Status") });
    m_findings->setHorizontalHeaderLabels(
        { tr("No."), tr("Finding"), tr("Owner"), tr("Due"), tr("Status"), tr("Evidence") });
    m_evidence->setHorizontalHeaderLabels({ tr("Record type"), tr("Record"), tr("Owner"), tr("Expires"), tr("State") });
    m_formBox->setTitle(tr("Compliance audit"));
    auto* form = static_cast<QFormLayout*>(m_formBox->layout());
    setFormLabels(form,
        { tr("Kind:"), tr("Scope:"), tr("Auditor:"), tr("Department or institution:"), tr("Ordered by:"),
            tr("Ordered on:"), tr("Due date:"), tr("Started:"), tr("Ended:"), tr("Status:"), tr("Conclusion:") });
    for (int i = 0; i < 2; ++i) {
        m_kind->setItemText(i, kindName(AuditKind(i)));
        m_auditorKind->setItemText(i, auditorKindName(AuditorKind(i)));
    }
    for (int i = 0; i < 4; ++i) {
        m_status->setItemText(i, statusName(AuditStatus(i)));
    }
    for (int i = 0; i < 3; ++i) {
        m_evTarget->setItemText(i, targetName(EvidenceTarget(i)));
    }
    m_new->setText(tr("New audit"));
    EmptyState::of(m_table)->setMessages(tr("No compliance audits recorded. Record each periodic audit, and each "
                                            "audit a regulator orders, with New audit."));
    EmptyState::of(m_evidence)
        ->setMessages(tr("No evidence reviews scheduled. Set an expiry date for a record's evidence below."));
    m_save->setText(tr("Save audit"));
    m_findingBox->setTitle(tr("Findings"));
    m_findingTitle->setPlaceholderText(tr("Finding"));
    m_findingOwner->setPlaceholderText(tr("Owner"));
    m_findingAdd->setText(tr("Add finding"));
    m_findingEvidence->setPlaceholderText(tr("Evidence that the selected finding was remedied"));
    m_findingClose->setText(tr("Close finding"));
    m_settingsBox->setTitle(tr("Personal information protection officer and audit cycle"));
    auto* settingsForm = static_cast<QFormLayout*>(m_settingsBox->layout());
    setFormLabels(
        settingsForm, { tr("Officer's name:"), tr("Officer's contact:"), tr("Periodic audit every (months):") });
    m_officerSave->setText(tr("Save settings"));
    m_evidenceBox->setTitle(tr("Evidence owners and expiry dates"));
    if (auto* evForm = m_evidenceBox->findChild<QFormLayout*>()) {
        setFormLabels(evForm, { tr("Record type:"), tr("Record:"), tr("Owner:"), tr("Expires:") });
    }
    m_evRecord->setPlaceholderText(tr("Control (e.g. 5.10) or record number"));
    m_evOwner->setPlaceholderText(tr("Owner"));
    m_evSet->setText(tr("Set"));
    reload();
}

void AuditsTab::setVault(Vault* vault)
{
    m_vault = vault;
    m_current = ComplianceAudit();
    reload();
}

void AuditsTab::reload()
{
    m_loading = true;
    m_table->setRowCount(0);
    m_evidence->setRowCount(0);
    m_list.clear();
    m_schedule->clear();
    m_officerState->clear();
    if (m_vault && m_vault->isSignedIn()) {
        ComplianceAuditService service(*m_vault);
        if (auto list = service.list()) {
            m_list = list.value();
        }
        m_table->setRowCount(int(m_list.size()));
        for (int r = 0; r < m_list.size(); ++r) {
            const ComplianceAudit& a = m_list.at(r);
            setRow(m_table, r,
                { QString::number(a.id), kindName(a.kind), a.scope,
                    a.auditor.isEmpty() ? auditorKindName(a.auditorKind) : a.auditor, shown(a.dueOn),
                    statusName(a.status) },
                a.id);
        }
        const QLocale locale;
        if (auto s = service.schedule()) {
            const AuditSchedule& x = s.value();
            m_schedule->setText(
                (x.legallyRequired
                        ? tr("The vault holds %1 people's personal information, more than 10,000,000: a compliance "
                             "audit is required at least every two years.")
                        : tr("The vault holds %1 people's personal information; periodic audits follow the "
                             "office's cycle of %n month(s).",
                            nullptr, x.cycleMonths))
                    .arg(locale.toString(x.people))
                + (fmt::language() == Languages::chinese() ? QString() : QStringLiteral(" "))
                + tr("Last completed periodic audit: %1. Next due: %2.").arg(shown(x.lastCompleted), shown(x.nextDue)));
            m_cycle->setValue(x.cycleMonths);
        }
        if (auto o = service.officer()) {
            m_officerName->setText(o->name);
            m_officerContact->setText(o->contact);
            m_officerState->setText(o->missing()
                    ? tr("A personal information protection officer is required from 1,000,000 people (PIPL art. 52) "
                         "and none is named.")
                    : o->name.isEmpty()
                    ? tr("No personal information protection officer named (required from 1,000,000 people).")
                    : tr("Personal information protection officer: %1 (%2); shown on every report and letter.")
                          .arg(o->name, o->contact));
            m_officerState->setStyleSheet(o->missing() ? StatePalette::styleSheet(StateTone::Error) : QString());
        }
        if (auto reviews = EvidenceReviewService(*m_vault).list()) {
            const QDate today = Clock::today();
            const bool chinese = uiLang() == Languages::chinese();
            m_evidence->setRowCount(int(reviews->size()));
            for (int r = 0; r < reviews->size(); ++r) {
                const EvidenceReview& e = reviews->at(r);
                setRow(m_evidence, r,
                    { targetName(e.target), chinese && !e.subjectZh.isEmpty() ? e.subjectZh : e.subject, e.owner,
                        shown(e.expiresOn), reviewStateName(e.state(today)) });
            }
        }
    }
    m_loading = false;
    if (m_current.id > 0 && !showAudit(m_current.id)) {
        m_current = ComplianceAudit();
    }
    if (m_current.id == 0) {
        setFormValue(m_current);
    }
    applyPermissions();
}

void AuditsTab::applyPermissions()
{
    const bool write = m_vault && m_vault->actor().can(Permission::WriteData) && !m_vault->isReadOnly();
    const bool settings = m_vault && m_vault->actor().can(Permission::ManageSettings) && !m_vault->isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*> { m_formBox, m_evTarget, m_evRecord, m_evOwner, m_evExpires }) {
        w->setEnabled(write);
    }
    for (QWidget* w : std::initializer_list<QWidget*> { m_officerName, m_officerContact, m_cycle }) {
        w->setEnabled(settings);
    }
    EmptyState::of(m_table)->setAction(write ? tr("New audit") : QString(), [this] { startNew(); });
    m_findingTitle->setEnabled(write && m_current.id > 0);
    m_findingOwner->setEnabled(write && m_current.id > 0);
    m_findingDue->setEnabled(write && m_current.id > 0);
    updateState();
}

bool AuditsTab::showAudit(qint64 id)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(r);
            selectionChanged();
            return true;
        }
    }
    return false;
}

void AuditsTab::selectionChanged()
{
    if (m_loading) {
        return;
    }
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size()) {
        return;
    }
    m_current = m_list.at(row);
    setFormValue(m_current);
    applyPermissions();
}

void AuditsTab::setFormValue(const ComplianceAudit& a)
{
    const bool was = m_loading;
    m_loading = true;
    m_kind->setCurrentIndex(int(a.kind));
    m_scope->setText(a.scope);
    m_auditorKind->setCurrentIndex(int(a.auditorKind));
    m_auditor->setText(a.auditor);
    m_orderedBy->setText(a.orderedBy);
    setDateOf(m_orderedOn, a.orderedOn);
    setDateOf(m_due, a.dueOn);
    setDateOf(m_started, a.startedOn);
    setDateOf(m_ended, a.endedOn);
    m_status->setCurrentIndex(int(a.status));
    m_conclusion->setText(a.conclusion);
    m_loading = was;
    showFindings();
    updateState();
}

void AuditsTab::showFindings()
{
    EmptyState::of(m_findings)
        ->setMessages(m_current.id > 0
                ? tr("No findings recorded for this audit. Add each finding with its owner and due date below.")
                : tr("Save the audit to record its findings."));
    m_findings->setRowCount(int(m_current.findings.size()));
    const QDate today = Clock::today();
    for (int r = 0; r < m_current.findings.size(); ++r) {
        const Finding& f = m_current.findings.at(r);
        setRow(m_findings, r,
            { QString::number(f.id), f.title, f.owner, shown(f.dueOn),
                f.closed ? tr("Closed %1").arg(shown(f.closedOn))
                         : (f.overdue(today) ? tr("Open, overdue", "finding status") : tr("Open", "finding status")),
                f.evidence },
            f.id);
    }
}

ComplianceAudit AuditsTab::formValue() const
{
    ComplianceAudit a = m_current;
    a.kind = AuditKind(m_kind->currentData().toInt());
    a.scope = m_scope->text();
    a.auditorKind = AuditorKind(m_auditorKind->currentData().toInt());
    a.auditor = m_auditor->text();
    a.orderedBy = m_orderedBy->text();
    a.orderedOn = dateOf(m_orderedOn);
    a.dueOn = dateOf(m_due);
    a.startedOn = dateOf(m_started);
    a.endedOn = dateOf(m_ended);
    a.status = AuditStatus(m_status->currentData().toInt());
    a.conclusion = m_conclusion->text();
    return a;
}

void AuditsTab::updateState()
{
    if (m_loading) {
        return;
    }
    const bool ordered = m_kind->currentIndex() == int(AuditKind::Ordered);
    m_orderedBy->setEnabled(ordered);
    m_orderedOn->setEnabled(ordered);
    const QStringList problems = ComplianceAuditService::problems(formValue());
    m_problems->setText(problems.join(QLatin1Char('\n')));
    const bool write = m_vault && m_vault->actor().can(Permission::WriteData) && !m_vault->isReadOnly();
    m_save->setEnabled(write && problems.isEmpty());
    m_findingAdd->setEnabled(write && m_current.id > 0 && !m_findingTitle->text().trimmed().isEmpty()
        && !m_findingOwner->text().trimmed().isEmpty());
    const int row = m_findings->currentRow();
    const bool openSelected = row >= 0 && row < m_current.findings.size() && !m_current.findings.at(row).closed;
    const bool approve = m_vault && m_vault->actor().can(Permission::Approve) && !m_vault->isReadOnly();
    m_findingEvidence->setEnabled(approve && openSelected);
    m_findingClose->setEnabled(approve && openSelected && !m_findingEvidence->text().trimmed().isEmpty());
    m_officerSave->setEnabled(m_vault && m_vault->actor().can(Permission::ManageSettings) && !m_vault->isReadOnly());
    m_evSet->setEnabled(write);
}

bool AuditsTab::canStartNew() const
{
    return m_vault && m_vault->actor().can(Permission::WriteData) && !m_vault->isReadOnly();
}

void AuditsTab::startNew()
{
    m_table->clearSelection();
    m_current = ComplianceAudit();
    setFormValue(m_current);
    applyPermissions();
    m_scope->setFocus();
}

bool AuditsTab::save()
{
    if (!m_vault) {
        return false;
    }
    ComplianceAuditService service(*m_vault);
    const ComplianceAudit a = formValue();
    auto saved = a.id > 0 ? service.update(a) : service.add(a);
    if (!saved) {
        m_problems->setText(saved.error().message);
        emit statusMessage(saved.error().message);
        return false;
    }
    m_current = saved.value();
    emit statusMessage(tr("Compliance audit %1 saved.").arg(m_current.id));
    reload();
    return true;
}

bool AuditsTab::addFinding(const Finding& finding)
{
    if (!m_vault) {
        return false;
    }
    auto added = ComplianceAuditService(*m_vault).addFinding(finding);
    if (!added) {
        emit statusMessage(added.error().message);
        m_problems->setText(added.error().message);
        return false;
    }
    emit statusMessage(tr("Finding %1 added.").arg(added->id));
    reload();
    return true;
}

bool AuditsTab::closeSelectedFinding(const QString& evidence)
{
    const int row = m_findings->currentRow();
    if (!m_vault || row < 0 || row >= m_current.findings.size()) {
        return false;
    }
    auto closed
        = ComplianceAuditService(*m_vault).closeFinding(m_current.findings.at(row).id, evidence, Clock::today());
    if (!closed) {
        emit statusMessage(closed.error().message);
        m_problems->setText(closed.error().message);
        return false;
    }
    emit statusMessage(tr("Finding %1 closed.").arg(closed->id));
    reload();
    return true;
}

bool AuditsTab::saveSettings()
{
    if (!m_vault) {
        return false;
    }
    ComplianceAuditService service(*m_vault);
    Status s = service.setOfficer(m_officerName->text(), m_officerContact->text());
    if (s && m_cycle->value() != ComplianceAuditService::cycleMonths(m_vault->db())) {
        s = service.setCycleMonths(m_cycle->value());
    }
    if (!s) {
        emit statusMessage(s.error().message);
        m_officerState->setText(s.error().message);
        return false;
    }
    emit statusMessage(tr("Settings saved."));
    reload();
    return true;
}

bool AuditsTab::setEvidence(EvidenceTarget target, const QString& record, const QString& owner, const QDate& expires)
{
    if (!m_vault) {
        return false;
    }
    auto set = EvidenceReviewService(*m_vault).set(target, record, owner, expires);
    if (!set) {
        emit statusMessage(set.error().message);
        return false;
    }
    emit statusMessage(tr("Evidence owner and expiry saved."));
    reload();
    return true;
}

ReportDocument AuditsTab::auditReport(const QString& language) const
{
    if (!m_vault || m_current.id <= 0) {
        ReportDocument empty;
        empty.language = language;
        empty.title = tr("Personal information protection compliance audit report");
        empty.paragraph(tr("Select a compliance audit to print its report."));
        return empty;
    }
    auto doc = buildAuditReport(*m_vault, m_current.id, language);
    if (!doc) {
        ReportDocument failed;
        failed.language = language;
        failed.title = tr("Personal information protection compliance audit report");
        failed.paragraph(doc.error().message);
        return failed;
    }
    return doc.value();
}

} // namespace cd::ui

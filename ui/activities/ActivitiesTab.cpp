#include "ActivitiesTab.h"
#include "ProcessorsBox.h"

#include "activities/ActivityReports.h"
#include "registers/RegisterModels.h"
#include "registers/RegisterService.h"
#include "report/ReportLanguage.h"
#include "report/StatePalette.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include "widgets/ColumnPolicy.h"
#include "widgets/FormGuard.h"
#include "widgets/FormLabels.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace cd::ui {

using namespace cd::activities;

namespace {

QString uiLang()
{
    return reportLanguage();
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

QSpinBox* countSpin(QWidget* parent)
{
    auto* s = new QSpinBox(parent);
    s->setRange(0, std::numeric_limits<int>::max());
    s->setGroupSeparatorShown(true);
    return s;
}

} // namespace

// ---------------------------------------------------------------------------------------------

PiaDialog::PiaDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Personal-information protection impact assessment"));
    auto* form = new QFormLayout(this);
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_lawful = new QPlainTextEdit(this);
    m_impact = new QPlainTextEdit(this);
    m_measures = new QPlainTextEdit(this);
    for (QPlainTextEdit* e : { m_lawful, m_impact, m_measures }) {
        e->setMaximumHeight(70);
        connect(e, &QPlainTextEdit::textChanged, this, &PiaDialog::updateState);
    }
    m_conclusion = new QLineEdit(this);
    m_approver = new QLineEdit(this);
    form->addRow(withColon(tr("Assessed on")), m_date);
    form->addRow(withColon(tr("Are the purpose and method lawful, proper and necessary?")), m_lawful);
    form->addRow(withColon(tr("Impact on the people and the risks")), m_impact);
    form->addRow(withColon(tr("Are the protection measures lawful, effective and proportionate?")), m_measures);
    form->addRow(withColon(tr("Conclusion")), m_conclusion);
    form->addRow(withColon(tr("Approved by")), m_approver);
    auto* note = new QLabel(tr("Kept at least three years (PIPL art. 56)."), this);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_conclusion, &QLineEdit::textChanged, this, &PiaDialog::updateState);
    connect(m_approver, &QLineEdit::textChanged, this, &PiaDialog::updateState);
    updateState();
}

void PiaDialog::setApprover(const QString& name)
{
    m_approver->setText(name);
}

void PiaDialog::updateState()
{
    m_ok->setEnabled(ActivityService::piaProblems(value()).isEmpty());
}

Pia PiaDialog::value() const
{
    Pia p;
    p.assessedOn = m_date->date();
    p.lawfulPurpose = m_lawful->toPlainText();
    p.impactRisks = m_impact->toPlainText();
    p.measures = m_measures->toPlainText();
    p.conclusion = m_conclusion->text();
    p.approver = m_approver->text();
    return p;
}

// ---------------------------------------------------------------------------------------------

ActivitiesTab::ActivitiesTab(QWidget* parent)
    : QWidget(parent)
{
    buildUi();
    retranslate();
    setVault(nullptr);
}

void ActivitiesTab::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_crossBorder = new QLabel(this);
    m_crossBorder->setWordWrap(true);
    m_crossBorder->setObjectName(QStringLiteral("crossBorder"));
    layout->addWidget(m_crossBorder);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);
    m_table = makeTable(6, splitter);
    ColumnPolicy::install(m_table, QStringLiteral("activities"), 1, { 3, 2 });
    splitter->addWidget(m_table);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    auto* detail = new QWidget(scroll);
    auto* detailLayout = new QVBoxLayout(detail);
    scroll->setWidget(detail);
    splitter->addWidget(scroll);
    // The form keeps a readable width: without it the table's wide columns squeezed the form to a
    // sliver at 1366 pixels, its labels cut off.
    scroll->setMinimumWidth(480);
    splitter->setCollapsible(1, false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_formBox = new QGroupBox(detail);
    auto* form = new QFormLayout(m_formBox);
    m_name = new QLineEdit(m_formBox);
    m_purpose = new QLineEdit(m_formBox);
    m_categories = new CategoryChecklist(m_formBox);
    m_subjects = new QLineEdit(m_formBox);
    m_minors = new QCheckBox(m_formBox);
    m_source = new QLineEdit(m_formBox);
    m_basis = new QComboBox(m_formBox);
    for (int i = 0; i < legalBasisCount; ++i) {
        m_basis->addItem(QString(), legalBasisKey(LegalBasis(i)));
    }
    m_retention = new QLineEdit(m_formBox);
    m_systems = new QLineEdit(m_formBox);
    m_recipients = new QLineEdit(m_formBox);
    m_cross = new QCheckBox(m_formBox);
    m_destination = new QLineEdit(m_formBox);
    m_automated = new QCheckBox(m_formBox);
    m_provides = new QCheckBox(m_formBox);
    m_policySection = new QLineEdit(m_formBox);
    m_people = countSpin(m_formBox);
    m_sensitivePeople = countSpin(m_formBox);
    m_review = new QSpinBox(m_formBox);
    m_review->setRange(1, 120);
    m_processorIds = new QLineEdit(m_formBox);
    for (QWidget* w : std::initializer_list<QWidget*> { m_name, m_purpose, m_categories, m_subjects, m_minors, m_source,
             m_basis, m_retention, m_systems, m_recipients, m_cross, m_destination, m_automated, m_provides,
             m_policySection, m_people, m_sensitivePeople, m_review, m_processorIds }) {
        auto* label = new QLabel(m_formBox);
        label->setBuddy(w);
        form->addRow(label, w);
    }
    detailLayout->addWidget(m_formBox);
    m_problems = new QLabel(detail);
    m_problems->setWordWrap(true);
    detailLayout->addWidget(m_problems);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(detail);
    m_save = new QPushButton(detail);
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_save);
    detailLayout->addLayout(buttons);

    m_piaBox = new QGroupBox(detail);
    auto* piaLayout = new QVBoxLayout(m_piaBox);
    m_piaState = new QLabel(m_piaBox);
    m_piaState->setWordWrap(true);
    m_pias = makeTable(4, m_piaBox);
    ColumnPolicy::install(m_pias, QStringLiteral("activityAssessments"), 1, { 3 });
    m_pias->setMaximumHeight(130);
    m_addPia = new QPushButton(m_piaBox);
    piaLayout->addWidget(m_piaState);
    piaLayout->addWidget(m_pias);
    piaLayout->addWidget(m_addPia, 0, Qt::AlignLeft);
    // Evidence of the selected assessment (the latest when none is selected).
    m_evidenceLabel = new QLabel(m_piaBox);
    m_evidence = new AttachmentsBox(QStringLiteral("pia"), m_piaBox);
    piaLayout->addWidget(m_evidenceLabel);
    piaLayout->addWidget(m_evidence);
    detailLayout->addWidget(m_piaBox);

    m_processorBox = new ProcessorsBox(detail);
    detailLayout->addWidget(m_processorBox);
    detailLayout->addStretch();

    // Esc in the activity's form shows it again as saved; in the processor form it empties it.
    m_guard = new PageFormGuard(m_formBox, scroll);
    m_guard->setEscapeAction([this] { setFormValue(m_current); });
    m_guard->setRestoreSelection([this] {
        for (int row = 0; row < m_list.size(); ++row) {
            if (m_current.id > 0 && m_list.at(row).id == m_current.id) {
                m_table->selectRow(row);
                return;
            }
        }
        closeSelection(m_table);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ActivitiesTab::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &ActivitiesTab::startNew);
    connect(m_save, &QPushButton::clicked, this, &ActivitiesTab::save);
    connect(m_addPia, &QPushButton::clicked, this, &ActivitiesTab::openPiaDialog);
    connect(m_pias, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_pias->currentRow();
        if (row >= 0 && row < m_piaIds.size()) {
            m_evidence->setOwner(m_vault, m_piaIds.at(row));
        }
    });
    connect(m_evidence, &AttachmentsBox::message, this, &ActivitiesTab::statusMessage);
    connect(m_processorBox, &ProcessorsBox::statusMessage, this, &ActivitiesTab::statusMessage);
    connect(m_processorBox, &ProcessorsBox::problem, this, &ActivitiesTab::showProblem);
    for (QLineEdit* e : { m_name, m_purpose, m_destination, m_processorIds }) {
        connect(e, &QLineEdit::textChanged, this, &ActivitiesTab::updateState);
    }
    connect(m_cross, &QCheckBox::toggled, this, &ActivitiesTab::updateState);
    connect(m_categories, &CategoryChecklist::changed, this, &ActivitiesTab::updateState);
}

void ActivitiesTab::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        { tr("No."), tr("Activity"), tr("Purpose"), tr("Legal basis"), tr("Cross-border"), tr("Impact assessment") });
    m_formBox->setTitle(tr("Processing activity"));
    auto* form = static_cast<QFormLayout*>(m_formBox->layout());
    const QStringList labels { tr("Name"), tr("Purpose"), tr("Personal information"), tr("People concerned"),
        tr("Under-14s"), tr("Source"), tr("Legal basis (PIPL art. 13)"), tr("Retention period"), tr("Systems"),
        tr("Recipients"), tr("Cross-border transfer (数据出境)"), tr("Destination"), tr("Automated decisions"),
        tr("Provided to others or published"), tr("Policy section"), tr("People since 1 January"),
        tr("Of them, sensitive information"), tr("Assessment review cycle (months)"), tr("Processors (numbers)") };
    setFormLabels(form, labels);
    m_minors->setText(tr("Includes people under 14"));
    m_cross->setText(tr("Transferred outside mainland China"));
    m_automated->setText(tr("Uses automated decision-making"));
    m_provides->setText(tr("Provided to other handlers or published"));
    m_processorIds->setPlaceholderText(tr("e.g. 1,3"));
    for (int i = 0; i < m_basis->count(); ++i) {
        m_basis->setItemText(i, legalBasisName(LegalBasis(i)));
    }
    m_new->setText(tr("New activity"));
    m_save->setText(tr("Save activity"));
    m_piaBox->setTitle(tr("Impact assessments (个人信息保护影响评估)"));
    m_pias->setHorizontalHeaderLabels({ tr("Assessed on"), tr("Conclusion"), tr("Approved by"), tr("Kept until") });
    m_addPia->setText(tr("Record an assessment…"));
    m_evidenceLabel->setText(tr("Evidence of the selected assessment:"));
    m_evidence->retranslate();
    m_processorBox->retranslate();
    reload();
}

void ActivitiesTab::setVault(Vault* vault)
{
    const PageFormGuard::Quiet quiet(m_guard), quietProcessors(m_processorBox->formGuard());
    m_vault = vault;
    m_current = Activity();
    if (vault) {
        if (auto cats = registers::CategoryService(*vault).list()) {
            m_categories->setCategories(cats.value(), uiLang());
        }
    } else {
        m_categories->clear();
    }
    setEnabled(vault != nullptr);
    m_processorBox->setVault(vault);
    reload();
    startNew();
}

void ActivitiesTab::reload()
{
    m_table->setRowCount(0);
    m_list.clear();
    if (!m_vault) {
        m_crossBorder->clear();
        return;
    }
    ActivityService service(*m_vault);
    if (auto list = service.list()) {
        m_list = list.value();
    }
    m_table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const Activity& a = m_list.at(row);
        const PiaStatus st = service.piaStatus(a.id).value();
        const QStringList cells { QString::number(a.id), a.name, a.purpose, legalBasisName(a.basis),
            a.crossBorder ? a.destination : tr("No"), piaStateName(st.state) };
        for (int c = 0; c < cells.size(); ++c) {
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    m_processorBox->reload();
    if (auto c = service.crossBorder()) {
        const QLocale locale;
        m_crossBorder->setText(
            tr("Cross-border check (2024 Provisions): %1 — %2 people since 1 January, %3 with "
               "sensitive information, from %4 activities.")
                .arg(mechanismName(c->mechanism), locale.toString(c->people), locale.toString(c->sensitivePeople))
                .arg(c->activities));
        m_crossBorder->setStyleSheet(c->thresholdCrossed() ? StatePalette::styleSheet(StateTone::Error) : QString());
    }
}

bool ActivitiesTab::showActivity(qint64 id)
{
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).id == id) {
            m_table->selectRow(row);
            setFormValue(m_list.at(row));
            return true;
        }
    }
    return false;
}

void ActivitiesTab::selectionChanged()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_list.size()) {
        if (!m_guard->allowSwitch(m_current.id > 0 && m_list.at(row).id == m_current.id)) {
            return;
        }
        setFormValue(m_list.at(row));
    }
}

void ActivitiesTab::startNew()
{
    if (!m_guard->confirmDiscard()) {
        return;
    }
    m_table->clearSelection();
    Activity a;
    setFormValue(a);
}

void ActivitiesTab::setFormValue(const Activity& a)
{
    m_loading = true;
    m_current = a;
    m_name->setText(a.name);
    m_purpose->setText(a.purpose);
    m_categories->setChecked(a.categoryKeys);
    m_subjects->setText(a.subjects);
    m_minors->setChecked(a.includesMinors);
    m_source->setText(a.source);
    m_basis->setCurrentIndex(int(a.basis));
    m_retention->setText(a.retention);
    m_systems->setText(a.systems);
    m_recipients->setText(a.recipients);
    m_cross->setChecked(a.crossBorder);
    m_destination->setText(a.destination);
    m_automated->setChecked(a.automatedDecision);
    m_provides->setChecked(a.providesOrPublishes);
    m_policySection->setText(a.policySection);
    m_people->setValue(int(qMin<qint64>(a.peopleYtd, std::numeric_limits<int>::max())));
    m_sensitivePeople->setValue(int(qMin<qint64>(a.sensitivePeopleYtd, std::numeric_limits<int>::max())));
    m_review->setValue(a.piaReviewMonths);
    QStringList ids;
    for (qint64 id : a.processorIds) {
        ids << QString::number(id);
    }
    m_processorIds->setText(ids.join(QLatin1Char(',')));
    m_formBox->setTitle(a.id > 0 ? tr("Processing activity %1").arg(a.id) : tr("New processing activity"));
    m_pias->setRowCount(0);
    m_piaIds.clear();
    m_evidence->setOwner(nullptr, 0);
    m_piaState->clear();
    if (m_vault && a.id > 0) {
        ActivityService service(*m_vault);
        const PiaStatus st = service.piaStatus(a.id).value();
        QString text = piaStateName(st.state);
        if (!st.reasons.isEmpty()) {
            text += QLatin1Char('\n') + tr("Required because of: %1").arg(st.reasons.join(QStringLiteral("; ")));
        }
        if (st.reviewDue.isValid()) {
            text += QLatin1Char('\n') + tr("Next review due: %1").arg(st.reviewDue.toString(Qt::ISODate));
        }
        m_piaState->setText(text);
        if (auto pias = service.pias(a.id)) {
            m_pias->setRowCount(int(pias->size()));
            for (int row = 0; row < pias->size(); ++row) {
                const Pia& p = pias->at(row);
                m_piaIds << p.id;
                const QStringList cells { p.assessedOn.toString(Qt::ISODate), p.conclusion, p.approver,
                    p.assessedOn.addYears(ActivityService::piaRetentionYears).toString(Qt::ISODate) };
                for (int c = 0; c < cells.size(); ++c) {
                    m_pias->setItem(row, c, new QTableWidgetItem(cells.at(c)));
                }
            }
            if (!m_piaIds.isEmpty()) {
                m_evidence->setOwner(m_vault, m_piaIds.first());
            }
        }
    }
    m_loading = false;
    updateState();
    if (m_guard) {
        m_guard->markClean();
    }
}

Activity ActivitiesTab::formValue() const
{
    Activity a = m_current;
    a.name = m_name->text();
    a.purpose = m_purpose->text();
    a.categoryKeys = m_categories->checkedKeys();
    a.subjects = m_subjects->text();
    a.includesMinors = m_minors->isChecked();
    a.source = m_source->text();
    a.basis = LegalBasis(qMax(0, m_basis->currentIndex()));
    a.retention = m_retention->text();
    a.systems = m_systems->text();
    a.recipients = m_recipients->text();
    a.crossBorder = m_cross->isChecked();
    a.destination = m_destination->text();
    a.automatedDecision = m_automated->isChecked();
    a.providesOrPublishes = m_provides->isChecked();
    a.policySection = m_policySection->text();
    a.peopleYtd = m_people->value();
    a.sensitivePeopleYtd = m_sensitivePeople->value();
    a.piaReviewMonths = m_review->value();
    a.processorIds.clear();
    for (const QString& part : m_processorIds->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        a.processorIds << (ok ? id : -1);
    }
    return a;
}

void ActivitiesTab::updateState()
{
    if (m_loading) {
        return;
    }
    const bool canWrite = m_vault && m_vault->actor().can(Permission::WriteData);
    const Activity a = formValue();
    QStringList p = ActivityService::problems(a);
    if (a.processorIds.contains(-1)) {
        p << tr("Processor numbers are whole numbers separated by commas.");
    }
    m_problems->setText(p.isEmpty() ? QString() : tr("Before saving: %1").arg(p.join(QLatin1Char(' '))));
    m_problems->setVisible(!p.isEmpty());
    m_save->setEnabled(canWrite && p.isEmpty());
    m_new->setEnabled(canWrite);
    m_destination->setEnabled(m_cross->isChecked());
    m_addPia->setEnabled(m_current.id > 0 && m_vault && m_vault->actor().can(Permission::Approve));
}

bool ActivitiesTab::save()
{
    if (!m_vault) {
        return false;
    }
    ActivityService service(*m_vault);
    const Activity a = formValue();
    auto saved = a.id > 0 ? service.update(a) : service.add(a);
    if (!saved) {
        m_problems->setText(saved.message());
        m_problems->setVisible(true);
        return false;
    }
    m_guard->markClean(); // saved: reloading the list is no reason to ask
    reload();
    showActivity(saved->id);
    emit statusMessage(tr("Processing activity %1 saved.").arg(saved->id));
    return true;
}

bool ActivitiesTab::addPia(const Pia& input)
{
    if (!m_vault || m_current.id <= 0) {
        return false;
    }
    Pia p = input;
    p.activityId = m_current.id;
    auto added = ActivityService(*m_vault).addPia(p);
    if (!added) {
        m_problems->setText(added.message());
        m_problems->setVisible(true);
        return false;
    }
    const qint64 id = m_current.id;
    reload();
    showActivity(id);
    emit statusMessage(tr("Impact assessment recorded."));
    return true;
}

void ActivitiesTab::openPiaDialog()
{
    if (!m_vault) {
        return;
    }
    PiaDialog dialog(this);
    dialog.setApprover(m_vault->actor().displayName);
    if (dialog.exec() == QDialog::Accepted) {
        addPia(dialog.value());
    }
}

bool ActivitiesTab::addProcessor(const Processor& processor)
{
    return m_processorBox->add(processor);
}

bool ActivitiesTab::linkDisclosure(qint64 disclosureId, qint64 processorId)
{
    return m_processorBox->linkDisclosure(disclosureId, processorId);
}

void ActivitiesTab::showProblem(const QString& text)
{
    m_problems->setText(text);
    m_problems->setVisible(true);
}

QTableWidget* ActivitiesTab::processorTable() const
{
    return m_processorBox->table();
}

ReportDocument ActivitiesTab::registerReport(const QString& language) const
{
    if (!m_vault) {
        return {};
    }
    auto doc = buildActivityRegister(*m_vault, language);
    return doc ? doc.value() : ReportDocument();
}

PageFormGuard* ActivitiesTab::processorGuard() const
{
    return m_processorBox->formGuard();
}

QLineEdit* ActivitiesTab::processorNameEdit() const
{
    return m_processorBox->nameEdit();
}

} // namespace cd::ui

#include "IncidentReportingPanel.h"

#include "registers/IncidentGrading.h"
#include "registers/RegisterService.h"
#include "report/ReportRenderer.h"
#include "report/StatePalette.h"
#include "util/Clock.h"
#include "util/Languages.h"
#include "vault/Vault.h"

#include "widgets/ColumnPolicy.h"
#include "widgets/FormLabels.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace cd::ui {

using namespace cd::registers;

namespace {

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QDateTimeEdit* makeDateTime(QWidget* parent)
{
    auto* e = new QDateTimeEdit(parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return e;
}

QSpinBox* makeCount(QWidget* parent)
{
    auto* s = new QSpinBox(parent);
    s->setRange(0, std::numeric_limits<int>::max());
    s->setGroupSeparatorShown(true);
    return s;
}

} // namespace

// ---------------------------------------------------------------------------------------------

RegulatorReportDialog::RegulatorReportDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Record a report to the regulator"));
    auto* form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    for (int i = 0; i < reportKindCount; ++i) {
        m_kind->addItem(reportKindName(ReportKind(i)), reportKindKey(ReportKind(i)));
    }
    m_at = makeDateTime(this);
    m_at->setDateTime(Clock::nowUtc().toLocalTime());
    m_authority = new QLineEdit(this);
    m_reference = new QLineEdit(this);
    m_by = new QLineEdit(this);
    m_summary = new QPlainTextEdit(this);
    m_summary->setMaximumHeight(80);
    form->addRow(withColon(tr("Report")), m_kind);
    form->addRow(withColon(tr("Made at")), m_at);
    form->addRow(withColon(tr("Reported to")), m_authority);
    form->addRow(withColon(tr("Reference")), m_reference);
    form->addRow(withColon(tr("Reported by")), m_by);
    form->addRow(withColon(tr("What it said")), m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_authority, &QLineEdit::textChanged, this, &RegulatorReportDialog::updateState);
    connect(m_by, &QLineEdit::textChanged, this, &RegulatorReportDialog::updateState);
    updateState();
}

void RegulatorReportDialog::setDefaults(ReportKind kind, const QString& authority, const QString& by)
{
    m_kind->setCurrentIndex(int(kind));
    m_authority->setText(authority);
    m_by->setText(by);
}

void RegulatorReportDialog::updateState()
{
    m_ok->setEnabled(!m_authority->text().trimmed().isEmpty() && !m_by->text().trimmed().isEmpty());
}

IncidentReportEntry RegulatorReportDialog::value() const
{
    IncidentReportEntry e;
    e.kind = ReportKind(qMax(0, m_kind->currentIndex()));
    e.reportedAt = m_at->dateTime().toUTC();
    e.authority = m_authority->text();
    e.reference = m_reference->text();
    e.reportedBy = m_by->text();
    e.summary = m_summary->toPlainText();
    return e;
}

// ---------------------------------------------------------------------------------------------

IncidentReportingPanel::IncidentReportingPanel(QWidget* parent)
    : QGroupBox(parent)
{
    buildUi();
    retranslate();
    setIncident(Incident());
}

void IncidentReportingPanel::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    // The two tracks side by side.
    auto* tracks = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    m_regulatorTitle = new QLabel(this);
    m_noticeTitle = new QLabel(this);
    m_regulatorTrack = new QLabel(this);
    m_noticeTrack = new QLabel(this);
    for (QLabel* l : { m_regulatorTrack, m_noticeTrack }) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setFrameShape(QFrame::StyledPanel);
        l->setMargin(4);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    QFont bold = m_regulatorTitle->font();
    bold.setBold(true);
    m_regulatorTitle->setFont(bold);
    m_noticeTitle->setFont(bold);
    left->addWidget(m_regulatorTitle);
    left->addWidget(m_regulatorTrack, 1);
    right->addWidget(m_noticeTitle);
    right->addWidget(m_noticeTrack, 1);
    tracks->addLayout(left, 1);
    tracks->addLayout(right, 1);
    layout->addLayout(tracks);

    m_form = new QFormLayout;
    m_people = new QLabel(this);
    m_sensitive = makeCount(this);
    m_sensitive->setObjectName(QStringLiteral("sensitivePeople"));
    m_loss = makeCount(this);
    m_loss->setObjectName(QStringLiteral("lossYuan"));
    m_systems = new QLineEdit(this);
    m_systems->setObjectName(QStringLiteral("systems"));
    m_disruption = makeCount(this);
    m_disruption->setMaximum(100000);
    m_ransomware = new QCheckBox(this);
    m_ransomDemand = new QLineEdit(this);
    m_ransomDemand->setObjectName(QStringLiteral("ransomDemand"));
    m_proposal = new QLabel(this);
    m_proposal->setWordWrap(true);
    m_proposal->setTextFormat(Qt::PlainText);
    m_grade = new QComboBox(this);
    m_grade->setObjectName(QStringLiteral("grade"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("place"));
    m_effect = new QLineEdit(this);
    m_effect->setObjectName(QStringLiteral("measuresEffect"));
    m_trend = new QLineEdit(this);
    m_trend->setObjectName(QStringLiteral("trend"));
    m_leads = new QLineEdit(this);
    m_leads->setObjectName(QStringLiteral("tracingLeads"));
    m_nextSteps = new QLineEdit(this);
    m_nextSteps->setObjectName(QStringLiteral("nextSteps"));
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("contactPerson"));
    m_rectification = new QLineEdit(this);
    m_rectification->setObjectName(QStringLiteral("rectification"));
    m_lessons = new QLineEdit(this);
    m_lessons->setObjectName(QStringLiteral("lessons"));
    m_crime = new QCheckBox(this);
    m_policeReported = new QCheckBox(this);
    m_policeDate = new QDateEdit(this);
    m_policeDate->setCalendarPopup(true);
    m_policeDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_policeCase = new QLineEdit(this);
    m_policeCase->setObjectName(QStringLiteral("policeCase"));
    m_handlingEnded = new QCheckBox(this);
    m_handlingEndedAt = makeDateTime(this);
    for (QWidget* w : std::initializer_list<QWidget*> { m_people, m_sensitive, m_loss, m_systems, m_disruption,
             m_ransomware, m_ransomDemand, m_proposal, m_grade, m_reason, m_place, m_effect, m_trend, m_leads,
             m_nextSteps, m_contact, m_rectification, m_lessons, m_crime, m_policeReported, m_policeDate, m_policeCase,
             m_handlingEnded, m_handlingEndedAt }) {
        auto* label = new QLabel(this);
        label->setBuddy(w);
        m_form->addRow(label, w);
    }
    layout->addLayout(m_form);

    auto* saveRow = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveReporting"));
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);

    m_reports = new QTreeWidget(this);
    m_reports->setRootIsDecorated(false);
    m_reports->setColumnCount(5);
    m_reports->setMinimumHeight(80);
    m_reports->setMaximumHeight(140);
    // The report kind names the line; reference and reporter may go when the pane is narrow.
    ColumnPolicy::install(m_reports, QStringLiteral("incidentReports"), 0, { 4, 3 });
    layout->addWidget(m_reports);
    auto* reportRow = new QHBoxLayout;
    m_addReport = new QPushButton(this);
    m_docKind = new QComboBox(this);
    m_docLanguage = new QComboBox(this);
    m_docLanguage->addItem(QStringLiteral("中文"), Languages::chinese());
    m_docLanguage->addItem(QStringLiteral("English"), Languages::english());
    m_preview = new QPushButton(this);
    reportRow->addWidget(m_addReport);
    reportRow->addStretch();
    reportRow->addWidget(m_docKind);
    reportRow->addWidget(m_docLanguage);
    reportRow->addWidget(m_preview);
    layout->addLayout(reportRow);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("reportingMessage"));
    layout->addWidget(m_message);

    connect(m_sensitive, &QSpinBox::valueChanged, this, &IncidentReportingPanel::updateProposal);
    connect(m_loss, &QSpinBox::valueChanged, this, &IncidentReportingPanel::updateProposal);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &IncidentReportingPanel::updateState);
    connect(m_ransomware, &QCheckBox::toggled, this, &IncidentReportingPanel::updateState);
    connect(m_policeReported, &QCheckBox::toggled, this, &IncidentReportingPanel::updateState);
    connect(m_handlingEnded, &QCheckBox::toggled, this, &IncidentReportingPanel::updateState);
    connect(m_crime, &QCheckBox::toggled, this, &IncidentReportingPanel::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &IncidentReportingPanel::updateState);
    connect(m_save, &QPushButton::clicked, this, &IncidentReportingPanel::save);
    connect(m_addReport, &QPushButton::clicked, this, &IncidentReportingPanel::addReport);
    connect(m_preview, &QPushButton::clicked, this, &IncidentReportingPanel::previewDocument);
}

QLineEdit* IncidentReportingPanel::textEdit(const QString& name) const
{
    return findChild<QLineEdit*>(name);
}

void IncidentReportingPanel::fillCombos()
{
    const int grade = m_grade->currentIndex();
    m_grade->clear();
    for (int i = 0; i < severityCount; ++i) {
        m_grade->addItem(severityName(Severity(i)), severityKey(Severity(i)));
    }
    m_grade->setCurrentIndex(qMax(0, grade));
    const int kind = m_docKind->currentIndex();
    m_docKind->clear();
    for (int i = 0; i < reportKindCount; ++i) {
        m_docKind->addItem(reportKindName(ReportKind(i)), reportKindKey(ReportKind(i)));
    }
    m_docKind->setCurrentIndex(qMax(0, kind));
}

void IncidentReportingPanel::retranslate()
{
    const QSignalBlocker a(m_grade);
    const QSignalBlocker b(m_docKind);
    fillCombos();
    setTitle(tr("Reporting under the National Cybersecurity Incident Reporting Measures"));
    m_regulatorTitle->setText(tr("Report to the regulator (网信部门)"));
    m_noticeTitle->setText(tr("Notice to individuals (PIPL art. 57)"));
    const QStringList labels { tr("People affected"), tr("Of them, sensitive information"),
        tr("Direct economic loss (yuan)"), tr("Systems affected"), tr("Disruption (hours)"), tr("Ransomware"),
        tr("Ransom demanded"), tr("Proposed grade"), tr("Recorded grade"), tr("Reason for a different grade"),
        tr("Place of discovery"), tr("Effect of the measures"), tr("Trend and further harm"), tr("Leads for tracing"),
        tr("Next steps"), tr("Contact person"), tr("Rectification"), tr("Lessons learnt"), tr("Crime suspected"),
        tr("Reported to the police"), tr("Police report date"), tr("Police case number"), tr("Handling ended"),
        tr("Handling ended at") };
    setFormLabels(m_form, labels);
    m_ransomware->setText(tr("The incident is a ransomware attack"));
    m_crime->setText(tr("A crime is suspected: report it to the police"));
    m_policeReported->setText(tr("Reported"));
    m_handlingEnded->setText(tr("Handling has ended (the final report is due within 30 days)"));
    m_ransomDemand->setPlaceholderText(tr("Amount, method and date demanded"));
    m_reason->setPlaceholderText(tr("Needed when the recorded grade differs from the proposal"));
    m_trend->setPlaceholderText(tr("May follow in a supplementary report"));
    m_leads->setPlaceholderText(tr("Attacker, attack path, vulnerabilities"));
    m_nextSteps->setPlaceholderText(tr("Further measures and support requested"));
    m_save->setText(tr("Save reporting details"));
    m_addReport->setText(tr("Record a report…"));
    m_preview->setText(tr("Preview report document…"));
    m_reports->setHeaderLabels({ tr("Report"), tr("Made at"), tr("Reported to"), tr("Reference"), tr("Reported by") });
    updateProposal();
}

void IncidentReportingPanel::setVault(Vault* vault)
{
    m_vault = vault;
    setIncident(Incident());
}

void IncidentReportingPanel::setIncident(const Incident& incident)
{
    const bool sameIncident = incident.id > 0 && incident.id == m_incident.id;
    m_incident = incident;
    m_reporting = IncidentReporting();
    m_reporting.incidentId = incident.id;
    if (m_vault && incident.id > 0) {
        if (auto r = IncidentReportingService(*m_vault).get(incident.id)) {
            m_reporting = r.value();
        }
        // Read with the incident, so the minute tick counts from memory.
        m_rule = IncidentService(*m_vault).rule();
    }
    m_loading = true;
    const IncidentReporting& r = m_reporting;
    m_people->setText(QLocale().toString(incident.peopleCount));
    m_sensitive->setValue(int(qMin<qint64>(r.sensitivePeople, std::numeric_limits<int>::max())));
    m_loss->setValue(int(qMin<qint64>(r.lossYuan, std::numeric_limits<int>::max())));
    m_systems->setText(r.systems);
    m_disruption->setValue(r.disruptionHours);
    m_ransomware->setChecked(r.ransomware);
    m_ransomDemand->setText(r.ransomDemand);
    m_grade->setCurrentIndex(int(incident.severity));
    m_reason->setText(r.overrideReason);
    m_place->setText(r.place);
    m_effect->setText(r.measuresEffect);
    m_trend->setText(r.trend);
    m_leads->setText(r.tracingLeads);
    m_nextSteps->setText(r.nextSteps);
    m_contact->setText(r.contactPerson);
    m_rectification->setText(r.rectification);
    m_lessons->setText(r.lessons);
    m_crime->setChecked(r.crimeSuspected);
    m_policeReported->setChecked(r.policeReportedOn.isValid());
    m_policeDate->setDate(r.policeReportedOn.isValid() ? r.policeReportedOn : Clock::today());
    m_policeCase->setText(r.policeCaseNumber);
    m_handlingEnded->setChecked(r.handlingEndedAt.isValid());
    m_handlingEndedAt->setDateTime((r.handlingEndedAt.isValid() ? r.handlingEndedAt : Clock::nowUtc()).toLocalTime());
    m_reports->clear();
    for (const IncidentReportEntry& e : r.reports) {
        new QTreeWidgetItem(
            m_reports, { reportKindName(e.kind), localTime(e.reportedAt), e.authority, e.reference, e.reportedBy });
    }
    m_reports->resizeColumnToContents(0);
    if (!sameIncident) {
        m_message->clear();
    }
    m_loading = false;
    updateProposal();
}

IncidentReporting IncidentReportingPanel::formValue() const
{
    IncidentReporting r = m_reporting;
    r.incidentId = m_incident.id;
    r.sensitivePeople = m_sensitive->value();
    r.lossYuan = m_loss->value();
    r.systems = m_systems->text();
    r.disruptionHours = m_disruption->value();
    r.ransomware = m_ransomware->isChecked();
    r.ransomDemand = m_ransomDemand->text();
    r.overrideReason = m_reason->text();
    r.place = m_place->text();
    r.measuresEffect = m_effect->text();
    r.trend = m_trend->text();
    r.tracingLeads = m_leads->text();
    r.nextSteps = m_nextSteps->text();
    r.contactPerson = m_contact->text();
    r.rectification = m_rectification->text();
    r.lessons = m_lessons->text();
    r.crimeSuspected = m_crime->isChecked();
    r.policeReportedOn = m_policeReported->isChecked() ? m_policeDate->date() : QDate();
    r.policeCaseNumber = m_policeReported->isChecked() ? m_policeCase->text() : QString();
    r.handlingEndedAt = m_handlingEnded->isChecked() ? m_handlingEndedAt->dateTime().toUTC() : QDateTime();
    return r;
}

Severity IncidentReportingPanel::chosenGrade() const
{
    return Severity(qMax(0, m_grade->currentIndex()));
}

void IncidentReportingPanel::updateProposal()
{
    if (m_loading) {
        return;
    }
    const GradeProposal p = proposeGrade(IncidentReportingService::facts(m_incident, formValue()));
    QString text = tr("%1 — %2").arg(severityName(p.grade), gradingRuleText(p));
    if (p.row != nullptr) {
        text += QLatin1Char('\n') + tr("Source: %1").arg(QString::fromUtf8(p.row->source));
    }
    m_proposal->setText(text);
    updateState();
}

void IncidentReportingPanel::updateState()
{
    if (m_loading) {
        return;
    }
    const bool saved = m_incident.id > 0 && m_vault != nullptr;
    const bool canWrite
        = saved && m_vault->actor().can(Permission::WriteData) && m_incident.status != IncidentStatus::Closed;
    const GradeProposal p = proposeGrade(IncidentReportingService::facts(m_incident, formValue()));
    const bool overriding = chosenGrade() != p.grade;
    for (QWidget* w : std::initializer_list<QWidget*> { m_sensitive, m_loss, m_systems, m_disruption, m_ransomware,
             m_grade, m_place, m_effect, m_trend, m_leads, m_nextSteps, m_contact, m_rectification, m_lessons, m_crime,
             m_policeReported, m_handlingEnded, m_addReport }) {
        w->setEnabled(canWrite);
    }
    m_ransomDemand->setEnabled(canWrite && m_ransomware->isChecked());
    m_reason->setEnabled(canWrite && overriding);
    m_policeDate->setEnabled(canWrite && m_policeReported->isChecked());
    m_policeCase->setEnabled(canWrite && m_policeReported->isChecked());
    m_handlingEndedAt->setEnabled(canWrite && m_handlingEnded->isChecked());
    m_save->setEnabled(canWrite && (!overriding || !m_reason->text().trimmed().isEmpty()));
    m_preview->setEnabled(saved);
    m_docKind->setEnabled(saved);
    m_docLanguage->setEnabled(saved);
    tick();
}

void IncidentReportingPanel::tick()
{
    if (!m_vault || m_incident.id <= 0) {
        m_regulatorTrack->setText(tr("Save the incident to track its reports."));
        m_noticeTrack->clear();
        return;
    }
    const RegulatorRule& rule = m_rule;
    const QDateTime now = Clock::nowUtc();
    const RegulatorClock first = IncidentService::clockFor(m_incident, rule, now);
    const FinalReportClock final = IncidentReportingService::finalClock(m_incident, m_reporting, rule, now);
    QStringList lines;
    lines << tr("Rule: %1 and above within %2 h of discovery (calendar hours).")
                 .arg(severityName(rule.threshold))
                 .arg(rule.hours);
    QString firstText = tr("First report: %1").arg(clockStateName(first.state));
    if (first.isPending()) {
        firstText += QStringLiteral(" — ")
            + (first.secondsRemaining >= 0 ? tr("%1 left").arg(formatDuration(first.secondsRemaining))
                                           : tr("overdue by %1").arg(formatDuration(-first.secondsRemaining)))
            + QStringLiteral(" (") + localTime(first.deadline) + QLatin1Char(')');
    }
    lines << firstText;
    int supplementary = 0;
    for (const IncidentReportEntry& e : m_reporting.reports) {
        supplementary += e.kind == ReportKind::Supplementary ? 1 : 0;
    }
    lines << tr("Supplementary reports: %1").arg(supplementary);
    QString finalText = tr("Final summary report: %1").arg(finalClockStateName(final.state));
    if (final.deadline.isValid()) {
        finalText += QStringLiteral(" (") + localTime(final.deadline) + QLatin1Char(')');
    }
    lines << finalText;
    if (m_reporting.crimeSuspected || m_reporting.policeReportedOn.isValid()) {
        lines << (m_reporting.policeReportedOn.isValid()
                ? tr("Police: reported on %1, case %2")
                      .arg(m_reporting.policeReportedOn.toString(Qt::ISODate), m_reporting.policeCaseNumber)
                : tr("Police: a crime is suspected and no report is recorded yet"));
    }
    m_regulatorTrack->setText(lines.join(QLatin1Char('\n')));

    QStringList notice;
    int people = 0;
    for (const IncidentNotification& x : m_incident.notifications) {
        people += x.peopleCount;
    }
    notice << tr("Notices sent: %1 (to %2 people)").arg(m_incident.notifications.size()).arg(people);
    const QStringList missing = IncidentService::missingNoticeElements(m_incident);
    notice << (missing.isEmpty() ? tr("The notice states every required element.")
                                 : tr("The notice must still state: %1").arg(missing.join(QStringLiteral(", "))));
    notice << tr("Status: %1").arg(statusName(m_incident.status));
    m_noticeTrack->setText(notice.join(QLatin1Char('\n')));
}

void IncidentReportingPanel::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? StatePalette::styleSheet(StateTone::Error) : QString());
}

bool IncidentReportingPanel::save()
{
    if (!m_vault || m_incident.id <= 0) {
        return false;
    }
    auto saved = IncidentReportingService(*m_vault).save(formValue(), chosenGrade());
    if (!saved) {
        showMessage(saved.message(), true);
        return false;
    }
    showMessage(tr("Reporting details saved."), false);
    emit statusMessage(tr("Reporting details of incident %1 saved.").arg(m_incident.id));
    emit changed(m_incident.id);
    return true;
}

void IncidentReportingPanel::addReport()
{
    if (!m_vault || m_incident.id <= 0) {
        return;
    }
    RegulatorReportDialog dialog(this);
    bool hasFirst = false;
    QString authority = m_incident.regulatorAuthority;
    for (const IncidentReportEntry& e : m_reporting.reports) {
        hasFirst = hasFirst || e.kind == ReportKind::Initial;
        authority = e.authority;
    }
    dialog.setDefaults(!hasFirst                    ? ReportKind::Initial
            : m_reporting.handlingEndedAt.isValid() ? ReportKind::Final
                                                    : ReportKind::Supplementary,
        authority, m_vault->actor().displayName);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    IncidentReportEntry e = dialog.value();
    e.incidentId = m_incident.id;
    auto added = IncidentReportingService(*m_vault).addReport(e);
    if (!added) {
        showMessage(added.message(), true);
        return;
    }
    showMessage(tr("%1 recorded.").arg(reportKindName(e.kind)), false);
    emit changed(m_incident.id);
}

ReportDocument IncidentReportingPanel::reportDocument() const
{
    if (!m_vault || m_incident.id <= 0) {
        return {};
    }
    auto doc = IncidentReportingService(*m_vault).reportDocument(
        m_incident.id, ReportKind(qMax(0, m_docKind->currentIndex())), m_docLanguage->currentData().toString());
    if (!doc) {
        const_cast<IncidentReportingPanel*>(this)->showMessage(doc.message(), true);
        return {};
    }
    return doc.value();
}

void IncidentReportingPanel::previewDocument()
{
    const ReportDocument doc = reportDocument();
    if (!doc.title.isEmpty()) {
        ReportRenderer(doc).showPrintPreview(this);
    }
}

} // namespace cd::ui

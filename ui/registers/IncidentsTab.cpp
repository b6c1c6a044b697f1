#include "IncidentsTab.h"
#include "IncidentReportingPanel.h"

#include "DisclosuresTab.h"
#include "RegisterModels.h"
#include "RegisterViews.h"
#include "registers/RegisterReports.h"
#include "registers/RegisterService.h"
#include "report/ReportRenderer.h"
#include "report/StatePalette.h"
#include "settings/AppSettings.h"
#include "util/Clock.h"
#include "util/Languages.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/EmptyState.h"

#include "util/Formatting.h"
#include "widgets/FormGuard.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::registers;

namespace {

QPlainTextEdit* textEdit(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int h = edit->fontMetrics().lineSpacing() * lines + 12;
    edit->setMinimumHeight(h);
    edit->setMaximumHeight(h + edit->fontMetrics().lineSpacing());
    return edit;
}

QDateTimeEdit* dateTimeEdit(QWidget* parent)
{
    auto* e = new QDateTimeEdit(parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    e->setTimeSpec(Qt::LocalTime);
    return e;
}

// A row whose label is set (and translated) later; the label is the field's buddy, so its
// mnemonic moves the focus there.
void addLabelledRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

void setFormLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
        label->setText(text);
    }
}

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? fmt::dateTime(utc) : QString();
}

} // namespace

// ---------------------------------------------------------------------------------------------

NotificationDialog::NotificationDialog(QWidget* parent)
    : QDialog(parent)
    , m_channel(new QComboBox(this))
    , m_at(dateTimeEdit(this))
    , m_people(new QSpinBox(this))
    , m_by(new QLineEdit(this))
    , m_reason(textEdit(this, 2))
    , m_reasonLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
{
    DiscardGuard::install(this); // Esc on a filled form asks first
    setWindowTitle(tr("Record a notification"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    for (int i = 0; i < channelCount; ++i) {
        m_channel->addItem(channelName(static_cast<NotificationChannel>(i)), i);
    }
    m_at->setDateTime(Clock::nowUtc().toLocalTime());
    m_people->setRange(0, 100000000);
    m_people->setGroupSeparatorShown(true);
    m_reasonLabel->setText(tr("Why individual notice is impractical"));
    form->addRow(tr("&Channel"), m_channel);
    form->addRow(tr("&When"), m_at);
    form->addRow(tr("People notified"), m_people);
    form->addRow(tr("Notified &by"), m_by);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &NotificationDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &NotificationDialog::updateState);
    connect(m_by, &QLineEdit::textChanged, this, &NotificationDialog::updateState);
    connect(m_people, &QSpinBox::valueChanged, this, &NotificationDialog::updateState);
    resize(460, sizeHint().height());
    updateState();
}

void NotificationDialog::setDefaults(int people, const QString& by)
{
    m_people->setValue(people);
    m_by->setText(by);
}

void NotificationDialog::updateState()
{
    const bool announcement = m_channel->currentIndex() == int(NotificationChannel::Announcement);
    m_reason->setEnabled(announcement);
    m_reasonLabel->setEnabled(announcement);
    m_ok->setEnabled(!m_by->text().trimmed().isEmpty()
        && (announcement ? !m_reason->toPlainText().trimmed().isEmpty() : m_people->value() > 0));
}

IncidentNotification NotificationDialog::value() const
{
    IncidentNotification x;
    x.channel = static_cast<NotificationChannel>(m_channel->currentIndex());
    x.notifiedAt = m_at->dateTime().toUTC();
    x.peopleCount = m_people->value();
    x.notifiedBy = m_by->text();
    x.reason = x.channel == NotificationChannel::Announcement ? m_reason->toPlainText() : QString();
    x.note = m_note->text();
    return x;
}

// ---------------------------------------------------------------------------------------------

IncidentsTab::IncidentsTab(AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_timer(new QTimer(this))
{
    // The clocks count in minutes; a minute tick keeps the countdown honest without busy redraws.
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &IncidentsTab::tick);
    buildUi();
    fillCombos();
    retranslate();
    setVault(nullptr);
}

void IncidentsTab::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_countdown = new QLabel(this);
    m_countdown->setWordWrap(true);
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setMargin(6);
    layout->addWidget(m_countdown);
    auto* ruleRow = new QHBoxLayout;
    m_rule = new QLabel(this);
    m_rule->setTextFormat(Qt::PlainText);
    m_changeRule = new QPushButton(this);
    ruleRow->addWidget(m_rule, 1);
    ruleRow->addWidget(m_changeRule);
    layout->addLayout(ruleRow);

    auto* filters = new QHBoxLayout;
    m_usePeriod = new QCheckBox(this);
    m_from = new QDateEdit(this);
    m_periodLabel = new QLabel(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
    }
    const QDate today = Clock::today();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_statusFilter = new QComboBox(this);
    m_severityFilter = new QComboBox(this);
    m_openOnly = new QCheckBox(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    m_count = new QLabel(this);
    // Wraps instead of widening the window (long counts, Chinese and English).
    m_count->setWordWrap(true);
    m_reportButton = new QPushButton(this);
    m_exportButton = new QPushButton(this);
    filters->addWidget(m_usePeriod);
    filters->addWidget(m_from);
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_severityFilter);
    filters->addWidget(m_openOnly);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);
    // Count and actions on their own row, so the tab fits a 1366-pixel-wide screen.
    auto* actions = new QHBoxLayout;
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
    auto* detail = new QWidget(scroll);
    scroll->setWidget(detail);
    auto* detailLayout = new QVBoxLayout(detail);

    // Status and clock
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

    m_formBox = new QGroupBox(detail);
    m_form = new QFormLayout(m_formBox);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLineEdit(m_formBox);
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    auto* occurredRow = new QWidget(m_formBox);
    auto* occurredLayout = new QHBoxLayout(occurredRow);
    occurredLayout->setContentsMargins(0, 0, 0, 0);
    m_occurredKnown = new QCheckBox(occurredRow);
    m_occurred = dateTimeEdit(occurredRow);
    occurredLayout->addWidget(m_occurredKnown);
    occurredLayout->addWidget(m_occurred, 1);
    m_discovered = dateTimeEdit(m_formBox);
    m_category = new QComboBox(m_formBox);
    m_severity = new QComboBox(m_formBox);
    m_categories = new CategoryChecklist(m_formBox);
    m_people = new QSpinBox(m_formBox);
    m_people->setRange(0, 100000000);
    m_people->setGroupSeparatorShown(true);
    m_cause = textEdit(m_formBox, 2);
    m_description = textEdit(m_formBox, 3);
    m_harm = textEdit(m_formBox, 2);
    m_measures = textEdit(m_formBox, 2);
    m_advice = textEdit(m_formBox, 2);
    m_remedies = textEdit(m_formBox, 2);
    addLabelledRow(m_form, m_title);
    addLabelledRow(m_form, occurredRow);
    addLabelledRow(m_form, m_discovered);
    addLabelledRow(m_form, m_category);
    addLabelledRow(m_form, m_severity);
    addLabelledRow(m_form, m_categories);
    addLabelledRow(m_form, m_people);
    addLabelledRow(m_form, m_cause);
    addLabelledRow(m_form, m_description);
    addLabelledRow(m_form, m_harm);
    addLabelledRow(m_form, m_measures);
    addLabelledRow(m_form, m_advice);
    addLabelledRow(m_form, m_remedies);
    detailLayout->addWidget(m_formBox);

    m_problems = new QLabel(detail);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    detailLayout->addWidget(m_problems);
    auto* actionBar = new QWidget(this);
    auto* buttons = new QHBoxLayout(actionBar);
    buttons->setContentsMargins(0, 4, 0, 0);
    m_save = new QPushButton(actionBar);
    m_save->setObjectName(QStringLiteral("incidentSave"));
    m_delete = new QPushButton(actionBar);
    m_close = new QPushButton(actionBar);
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);

    m_regulatorBox = new QGroupBox(detail);
    m_regulatorForm = new QFormLayout(m_regulatorBox);
    m_authority = new QLineEdit(m_regulatorBox);
    m_reportedAt = dateTimeEdit(m_regulatorBox);
    m_reference = new QLineEdit(m_regulatorBox);
    m_reportedBy = new QLineEdit(m_regulatorBox);
    m_recordReport = new QPushButton(m_regulatorBox);
    addLabelledRow(m_regulatorForm, m_authority);
    addLabelledRow(m_regulatorForm, m_reportedAt);
    addLabelledRow(m_regulatorForm, m_reference);
    addLabelledRow(m_regulatorForm, m_reportedBy);
    addLabelledRow(m_regulatorForm, m_recordReport);
    detailLayout->addWidget(m_regulatorBox);

    // Reporting under the CAC measures, beside the notice to individuals (PIPL art. 57).
    m_reportingPanel = new IncidentReportingPanel(detail);
    detailLayout->addWidget(m_reportingPanel);

    m_notificationsBox = new QGroupBox(detail);
    auto* notesLayout = new QVBoxLayout(m_notificationsBox);
    m_notifications = new QTreeWidget(m_notificationsBox);
    m_notifications->setRootIsDecorated(false);
    m_notifications->setColumnCount(5);
    ColumnPolicy::install(m_notifications, QStringLiteral("incidentNotifications"), 4, { 3, 2 });
    m_notifications->setMinimumHeight(90);
    m_notifications->setMaximumHeight(150);
    m_addNotification = new QPushButton(m_notificationsBox);
    notesLayout->addWidget(m_notifications);
    notesLayout->addWidget(m_addNotification, 0, Qt::AlignLeft);
    detailLayout->addWidget(m_notificationsBox);

    m_lettersBox = new QGroupBox(detail);
    auto* lettersLayout = new QGridLayout(m_lettersBox);
    m_letterLanguage = new QComboBox(m_lettersBox);
    m_letterLanguage->addItem(QStringLiteral("中文"), Languages::chinese());
    m_letterLanguage->addItem(QStringLiteral("English"), Languages::english());
    m_letterButton = new QPushButton(m_lettersBox);
    m_announcementButton = new QPushButton(m_lettersBox);
    m_incidentReportButton = new QPushButton(m_lettersBox);
    lettersLayout->addWidget(m_letterLanguage, 0, 0);
    lettersLayout->addWidget(m_letterButton, 0, 1);
    lettersLayout->addWidget(m_announcementButton, 0, 2);
    lettersLayout->addWidget(m_incidentReportButton, 1, 1);
    lettersLayout->setColumnStretch(3, 1);
    detailLayout->addWidget(m_lettersBox);

    m_attachmentsLabel = new QLabel(detail);
    m_attachments = new AttachmentsBox(QStringLiteral("incident"), detail);
    detailLayout->addWidget(m_attachmentsLabel);
    detailLayout->addWidget(m_attachments);
    detailLayout->addStretch();

    m_formPane = makeRegisterFormPane(scroll, actionBar, splitter);
    m_guard = new PageFormGuard(m_formBox, m_formPane);
    m_guard->setEscapeAction([this] { closeForm(); });
    m_guard->setRestoreSelection([this] { m_current.id > 0 ? select(m_current.id) : closeSelection(m_table); });
    splitter->addWidget(m_table);
    splitter->addWidget(m_formPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 600, 500 });

    connect(m_usePeriod, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &IncidentsTab::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &IncidentsTab::reload);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &IncidentsTab::reload);
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, &IncidentsTab::reload);
    connect(m_openOnly, &QCheckBox::toggled, this, &IncidentsTab::reload);
    connect(m_search, &QLineEdit::textChanged, this, &IncidentsTab::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IncidentsTab::selectionChanged);
    connect(m_occurredKnown, &QCheckBox::toggled, m_occurred, &QWidget::setEnabled);
    // Any edit ends the "untouched" state of a new form, so its problems show from then on.
    const auto edited = [this] {
        if (!m_loading) {
            m_pristine = false;
        }
        updateDetailState();
    };
    connect(m_title, &QLineEdit::textChanged, this, edited);
    for (QPlainTextEdit* e : { m_description, m_harm, m_measures, m_advice, m_remedies }) {
        connect(e, &QPlainTextEdit::textChanged, this, edited);
    }
    connect(m_categories, &CategoryChecklist::changed, this, edited);
    connect(m_severity, &QComboBox::currentIndexChanged, this, edited);
    connect(m_discovered, &QDateTimeEdit::dateTimeChanged, this, edited);
    connect(m_new, &QPushButton::clicked, this, &IncidentsTab::startNew);
    connect(m_close, &QPushButton::clicked, this, &IncidentsTab::closeForm);
    connect(m_save, &QPushButton::clicked, this, &IncidentsTab::save);
    connect(m_delete, &QPushButton::clicked, this, &IncidentsTab::removeCurrent);
    connect(m_nextStep, &QPushButton::clicked, this, &IncidentsTab::nextStep);
    connect(m_recordReport, &QPushButton::clicked, this, &IncidentsTab::recordRegulatorReport);
    connect(m_reportingPanel, &IncidentReportingPanel::statusMessage, this, &IncidentsTab::statusMessage);
    connect(m_reportingPanel, &IncidentReportingPanel::changed, this, [this](qint64 id) {
        if (!m_vault) {
            return;
        }
        reload();
        if (auto fresh = IncidentService(*m_vault).get(id)) {
            setFormValue(fresh.value());
        }
        emit dataChanged();
    });
    connect(m_addNotification, &QPushButton::clicked, this, &IncidentsTab::addNotification);
    connect(m_letterButton, &QPushButton::clicked, this, [this] { previewLetter(false); });
    connect(m_announcementButton, &QPushButton::clicked, this, [this] { previewLetter(true); });
    connect(m_incidentReportButton, &QPushButton::clicked, this, &IncidentsTab::previewIncidentReport);
    connect(m_reportButton, &QPushButton::clicked, this, &IncidentsTab::previewReport);
    connect(m_exportButton, &QPushButton::clicked, this, &IncidentsTab::exportTable);
    connect(m_attachments, &AttachmentsBox::message, this, &IncidentsTab::statusMessage);
    connect(m_changeRule, &QPushButton::clicked, this, &IncidentsTab::changeRule);
}

void IncidentsTab::fillCombos()
{
    const int st = m_statusFilter->currentIndex();
    const int sv = m_severityFilter->currentIndex();
    const int cat = m_category->currentIndex();
    const int sev = m_severity->currentIndex();
    const QSignalBlocker b1(m_statusFilter);
    const QSignalBlocker b2(m_severityFilter);
    const QSignalBlocker b3(m_category);
    const QSignalBlocker b4(m_severity);
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("Any status"), -1);
    for (int i = 0; i < statusCount; ++i) {
        m_statusFilter->addItem(statusName(static_cast<IncidentStatus>(i)), i);
    }
    m_severityFilter->clear();
    m_severityFilter->addItem(tr("Any severity"), -1);
    m_severity->clear();
    for (int i = 0; i < severityCount; ++i) {
        m_severityFilter->addItem(severityName(static_cast<Severity>(i)), i);
        m_severity->addItem(severityName(static_cast<Severity>(i)), i);
    }
    m_category->clear();
    for (int i = 0; i < incidentCategoryCount; ++i) {
        m_category->addItem(incidentCategoryName(static_cast<IncidentCategory>(i)), i);
    }
    m_statusFilter->setCurrentIndex(qMax(0, st));
    m_severityFilter->setCurrentIndex(qMax(0, sv));
    m_category->setCurrentIndex(cat < 0 ? int(IncidentCategory::Other) : cat);
    m_severity->setCurrentIndex(qMax(0, sev));
}

void IncidentsTab::retranslate()
{
    fillCombos();
    m_count->setText(tr("%1 incidents").arg(QLocale().toString(m_model->rowCount())));
    m_reportingPanel->retranslate();
    m_usePeriod->setText(tr("Discovered"));
    m_periodLabel->setText(tr("to"));
    m_openOnly->setText(tr("Not closed"));
    m_search->setPlaceholderText(tr("Search title"));
    m_reportButton->setText(tr("Register report…"));
    m_exportButton->setText(tr("Export CSV/XLSX…"));
    setFormLabel(m_form, m_title, tr("&Title"));
    setFormLabel(m_form, m_occurred->parentWidget(), tr("Occurred"));
    m_occurredKnown->setText(tr("known"));
    setFormLabel(m_form, m_discovered, tr("&Discovered"));
    setFormLabel(m_form, m_category, tr("Category"));
    setFormLabel(m_form, m_severity, tr("&Severity"));
    setFormLabel(m_form, m_categories, tr("Information involved"));
    setFormLabel(m_form, m_people, tr("People affected"));
    setFormLabel(m_form, m_cause, tr("Cause"));
    setFormLabel(m_form, m_description, tr("What happened"));
    setFormLabel(m_form, m_harm, tr("Possible harm"));
    setFormLabel(m_form, m_measures, tr("Measures taken"));
    setFormLabel(m_form, m_advice, tr("Advice to individuals"));
    setFormLabel(m_form, m_remedies, tr("Remedies offered"));
    m_severity->setToolTip(tr("Relatively serious (较大) and above must be reported to the provincial CAC within the "
                              "deadline set for the vault (4 hours by default)."));
    m_regulatorBox->setTitle(tr("Report to the regulator"));
    setFormLabel(m_regulatorForm, m_authority, tr("Authority"));
    setFormLabel(m_regulatorForm, m_reportedAt, tr("Reported at"));
    setFormLabel(m_regulatorForm, m_reference, tr("Reference"));
    setFormLabel(m_regulatorForm, m_reportedBy, tr("Reported by"));
    m_authority->setPlaceholderText(tr("e.g. Shanghai Cyberspace Administration"));
    m_recordReport->setText(tr("Record the report"));
    m_notificationsBox->setTitle(tr("Notifications to the people affected"));
    m_notifications->setHeaderLabels({ tr("When"), tr("Channel"), tr("People"), tr("By"), tr("Reason") });
    m_addNotification->setText(tr("Record a notification…"));
    m_lettersBox->setTitle(tr("Letters and reports"));
    m_letterButton->setText(tr("Notification letter…"));
    m_announcementButton->setText(tr("Public announcement…"));
    m_incidentReportButton->setText(tr("Incident report…"));
    m_attachmentsLabel->setText(tr("Documents"));
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
            m_categories->setCategories(cats.value(), uiLanguage());
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
    if (!vault) {
        m_timer->stop();
        m_model->setIncidents({}, RegulatorRule());
        m_categories->clear();
        m_attachments->setOwner(nullptr, 0);
        setFormValue(Incident());
        m_pendingReports = 0;
        m_countdown->clear();
        m_countdown->hide();
        m_clock->clear();
        m_count->clear();
        m_rule->clear();
        setEnabled(false);
        return;
    }
    setEnabled(true);
    if (auto cats = CategoryService(*vault).list()) {
        m_categories->setCategories(cats.value(), uiLanguage());
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

IncidentFilter IncidentsTab::filter() const
{
    IncidentFilter f;
    if (m_usePeriod->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.status = m_statusFilter->currentData().toInt();
    f.severity = m_severityFilter->currentData().toInt();
    f.onlyOpen = m_openOnly->isChecked();
    f.text = m_search->text();
    return f;
}

void IncidentsTab::reload()
{
    if (!m_vault) {
        return;
    }
    IncidentService service(*m_vault);
    auto list = service.list(filter());
    if (!list) {
        emit statusMessage(list.message());
        return;
    }
    m_model->setIncidents(list.value(), service.rule());
    m_count->setText(tr("%1 incidents").arg(QLocale().toString(list->size())));
    const IncidentFilter f = filter();
    EmptyState::of(m_table)->setFiltered(
        f.from.isValid() || f.status >= 0 || f.severity >= 0 || f.onlyOpen || !f.text.isEmpty());
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
        resetFilters();
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

void IncidentsTab::resetFilters()
{
    const QSignalBlocker b1(m_usePeriod), b2(m_statusFilter), b3(m_severityFilter), b4(m_openOnly), b5(m_search);
    m_usePeriod->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_statusFilter->setCurrentIndex(0);
    m_severityFilter->setCurrentIndex(0);
    m_openOnly->setChecked(false);
    m_search->clear();
}

void IncidentsTab::tick()
{
    if (!m_vault) {
        return;
    }
    m_reportingPanel->tick();
    const QDateTime now = Clock::nowUtc();
    m_model->updateClocks(now);
    // The banner looks at the whole register, whatever the filter shows.
    auto pending = IncidentService(*m_vault).pendingRegulatorReports();
    m_pendingReports = pending ? int(pending->size()) : 0;
    if (pending && !pending->isEmpty()) {
        const auto& first = pending->first();
        const RegulatorClock c = IncidentService::clockFor(first.first, IncidentService(*m_vault).rule(), now);
        const bool overdue = c.state == RegulatorClock::State::Overdue;
        QString text = overdue ? tr("Regulator report OVERDUE by %1 for incident %2 \"%3\" (deadline %4).")
                               : tr("Regulator report due in %1 for incident %2 \"%3\" (deadline %4).");
        text = text.arg(formatDuration(c.secondsRemaining))
                   .arg(first.first.id)
                   .arg(first.first.title, localTime(c.deadline));
        if (pending->size() > 1) {
            text += QLatin1Char(' ') + tr("%1 more incidents are waiting for their report.").arg(pending->size() - 1);
        }
        m_countdown->setText(text);
        m_countdown->setStyleSheet(overdue
                ? StatePalette::styleSheet(StateTone::Overdue, true) + QStringLiteral(" font-weight: 600;")
                : StatePalette::styleSheet(StateTone::DueSoon, true) + QStringLiteral(" font-weight: 600;"));
        m_countdown->show();
    } else {
        m_countdown->setText(tr("No regulator report is due."));
        m_countdown->setStyleSheet(StatePalette::styleSheet(StateTone::Ok));
        m_countdown->show();
    }
    if (m_current.id > 0) {
        const RegulatorClock c = IncidentService::clockFor(m_current, IncidentService(*m_vault).rule(), now);
        QString text = tr("Discovered %1 ago.").arg(formatDuration(c.secondsSinceDiscovery));
        text += QLatin1Char(' ') + IncidentModel::clockText(c);
        if (c.deadline.isValid()) {
            text += QLatin1Char(' ') + tr("(deadline %1)").arg(localTime(c.deadline));
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
    m_title->setFocus();
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
    m_title->setText(n.title);
    m_occurredKnown->setChecked(n.occurredAt.isValid());
    m_occurred->setEnabled(n.occurredAt.isValid());
    m_occurred->setDateTime((n.occurredAt.isValid() ? n.occurredAt : n.discoveredAt).toLocalTime());
    m_discovered->setDateTime(n.discoveredAt.toLocalTime());
    m_category->setCurrentIndex(int(n.category));
    m_severity->setCurrentIndex(int(n.severity));
    m_categories->setChecked(n.categoryKeys);
    m_people->setValue(n.peopleCount);
    m_cause->setPlainText(n.cause);
    m_description->setPlainText(n.description);
    m_harm->setPlainText(n.possibleHarm);
    m_measures->setPlainText(n.measuresTaken);
    m_advice->setPlainText(n.advice);
    m_remedies->setPlainText(n.remedies);
    m_authority->setText(n.regulatorAuthority);
    m_reportedAt->setDateTime(
        (n.regulatorReportedAt.isValid() ? n.regulatorReportedAt : Clock::nowUtc()).toLocalTime());
    m_reference->setText(n.regulatorReference);
    m_reportedBy->setText(
        n.regulatorReportedBy.isEmpty() && m_vault ? m_vault->actor().displayName : n.regulatorReportedBy);
    m_notifications->clear();
    for (const IncidentNotification& x : n.notifications) {
        auto* item = new QTreeWidgetItem(m_notifications,
            { localTime(x.notifiedAt), channelName(x.channel), QLocale().toString(x.peopleCount), x.notifiedBy,
                x.reason });
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_attachments->setOwner(n.id > 0 ? m_vault : nullptr, n.id);
    m_formBox->setTitle(n.id > 0 ? tr("Incident %1").arg(n.id) : tr("New incident"));
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
    Incident n = m_current;
    n.title = m_title->text();
    n.occurredAt = m_occurredKnown->isChecked() ? m_occurred->dateTime().toUTC() : QDateTime();
    n.discoveredAt = m_discovered->dateTime().toUTC();
    n.category = static_cast<IncidentCategory>(qMax(0, m_category->currentIndex()));
    n.severity = static_cast<Severity>(qMax(0, m_severity->currentIndex()));
    n.categoryKeys = m_categories->checkedKeys();
    n.peopleCount = m_people->value();
    n.cause = m_cause->toPlainText();
    n.description = m_description->toPlainText();
    n.possibleHarm = m_harm->toPlainText();
    n.measuresTaken = m_measures->toPlainText();
    n.advice = m_advice->toPlainText();
    n.remedies = m_remedies->toPlainText();
    return n;
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
    m_formBox->setEnabled(m_vault != nullptr);
    for (QWidget* w : std::initializer_list<QWidget*> { m_title, m_occurredKnown, m_discovered, m_category, m_severity,
             m_categories, m_people, m_cause, m_description, m_harm, m_measures, m_advice, m_remedies }) {
        w->setEnabled(canWrite && m_current.status != IncidentStatus::Closed);
    }

    m_regulatorBox->setEnabled(saved);
    m_notificationsBox->setEnabled(saved);
    m_lettersBox->setEnabled(saved);
    m_recordReport->setEnabled(saved && canWrite && !m_current.regulatorReportedAt.isValid());
    m_addNotification->setEnabled(saved && canWrite && m_current.status != IncidentStatus::Closed);
    // Letters are drafted from what is saved, and only when every element is there.
    const QStringList missing = IncidentService::missingNoticeElements(m_current);
    m_letterButton->setEnabled(saved && missing.isEmpty());
    m_announcementButton->setEnabled(saved && missing.isEmpty());
    const QString missingText
        = missing.isEmpty() ? QString() : tr("The notice still lacks: %1.").arg(missing.join(QStringLiteral(", ")));
    m_letterButton->setToolTip(missingText);
    m_announcementButton->setToolTip(missingText);

    m_status->setText(saved ? tr("Status: %1").arg(statusName(m_current.status)) : QString());
    m_status->setVisible(saved);
    if (!saved || m_current.status == IncidentStatus::Closed) {
        m_nextStep->hide();
        m_stepProblems->clear();
        m_stepProblems->hide();
        return;
    }
    const auto target = static_cast<IncidentStatus>(int(m_current.status) + 1);
    m_nextStep->setText(target == IncidentStatus::Contained ? tr("Mark contained")
            : target == IncidentStatus::Notified            ? tr("Mark notified")
                                                            : tr("Close incident"));
    m_nextStep->show();
    QStringList blockers = m_vault ? IncidentService(*m_vault).transitionProblems(m_current, target) : QStringList();
    const bool unsaved = form.title != m_current.title || form.description != m_current.description
        || form.possibleHarm != m_current.possibleHarm || form.measuresTaken != m_current.measuresTaken
        || form.advice != m_current.advice || form.remedies != m_current.remedies
        || form.categoryKeys != m_current.categoryKeys || form.severity != m_current.severity;
    if (unsaved) {
        blockers.prepend(tr("Save your changes first."));
    }
    const Permission needed = target == IncidentStatus::Closed ? Permission::Approve : Permission::WriteData;
    m_nextStep->setEnabled(blockers.isEmpty() && m_vault && m_vault->actor().can(needed));
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
        QMessageBox::warning(this, tr("Save incident"), saved.message());
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
    const auto target = static_cast<IncidentStatus>(int(m_current.status) + 1);
    auto moved = IncidentService(*m_vault).transition(m_current.id, target);
    if (!moved) {
        QMessageBox::warning(this, tr("Incident status"), moved.message());
        return;
    }
    m_current = moved.value();
    reload();
    setFormValue(moved.value());
    emit statusMessage(tr("Incident %1 is now \"%2\".").arg(moved->id).arg(statusName(moved->status)));
    emit dataChanged();
}

void IncidentsTab::recordRegulatorReport()
{
    if (!m_vault || m_current.id <= 0) {
        return;
    }
    auto reported = IncidentService(*m_vault).recordRegulatorReport(
        m_current.id, m_authority->text(), m_reportedAt->dateTime().toUTC(), m_reference->text(), m_reportedBy->text());
    if (!reported) {
        QMessageBox::warning(this, tr("Report to the regulator"), reported.message());
        return;
    }
    m_current = reported.value();
    reload();
    setFormValue(reported.value());
    emit dataChanged();
}

void IncidentsTab::addNotification()
{
    if (!m_vault || m_current.id <= 0) {
        return;
    }
    NotificationDialog dialog(this);
    dialog.setDefaults(m_current.peopleCount, m_vault->actor().displayName);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    IncidentNotification x = dialog.value();
    x.incidentId = m_current.id;
    auto added = IncidentService(*m_vault).addNotification(x);
    if (!added) {
        QMessageBox::warning(this, tr("Record a notification"), added.message());
        return;
    }
    auto fresh = IncidentService(*m_vault).get(m_current.id);
    if (fresh) {
        m_current = fresh.value();
        setFormValue(fresh.value());
    }
    reload();
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
        QMessageBox::warning(this, tr("Delete incident"), s.message());
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
    const IncidentFilter f = filter();
    auto list = IncidentService(*m_vault).list(f);
    return buildIncidentRegister(
        list ? list.value() : QList<Incident>(), f.from, f.to, reportContext(*m_vault, language));
}

ReportDocument IncidentsTab::letter(const QString& language, bool announcement) const
{
    if (!m_vault || m_current.id <= 0) {
        return {};
    }
    const ReportContext ctx = reportContext(*m_vault, language);
    return announcement ? buildPublicAnnouncement(m_current, ctx) : buildNotificationLetter(m_current, ctx);
}

void IncidentsTab::previewReport()
{
    ReportRenderer(registerReport(uiLanguage())).showPrintPreview(this);
}

void IncidentsTab::previewIncidentReport()
{
    if (m_vault && m_current.id > 0) {
        ReportRenderer(buildIncidentReport(m_current, reportContext(*m_vault, uiLanguage()))).showPrintPreview(this);
    }
}

void IncidentsTab::previewLetter(bool announcement)
{
    const ReportDocument doc = letter(m_letterLanguage->currentData().toString(), announcement);
    if (!doc.title.isEmpty()) {
        ReportRenderer(doc).showPrintPreview(this);
    }
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
    form->addRow(tr("Report incidents from"), threshold);
    form->addRow(tr("Within"), hours);
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
        QMessageBox::warning(this, tr("Regulator-report rule"), s.message());
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
    if (QMessageBox::warning(this, tr("Export incident register"),
            tr("The export is not encrypted. Keep the file safe and delete it when it is no longer "
               "needed. The export is recorded in the audit log."),
            QMessageBox::Ok | QMessageBox::Cancel)
        != QMessageBox::Ok) {
        return;
    }
    const QString dir = m_settings.value(AppSettings::Key::LastExportFolder).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export incident register"),
        QDir(dir).filePath(tr("incident-register") + QStringLiteral(".xlsx")),
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    m_settings.setValue(AppSettings::Key::LastExportFolder, QFileInfo(path).absolutePath());
    const QString format = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("csv")
        : QStringLiteral("xlsx");
    if (Status s = exportIncidentRegister(*m_vault, filter(), path, format, uiLanguage()); !s) {
        QMessageBox::warning(this, tr("Export incident register"), s.message());
        return;
    }
    emit statusMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace cd::ui

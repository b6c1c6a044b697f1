#include "VaultRulesSection.h"
#include "registers/OperatorSettingsBox.h"

#include "accounts/Roles.h"
#include "policies/PolicyService.h"
#include "registers/RegisterService.h"
#include "registers/RegisterTypes.h"
#include "report/StatePalette.h"
#include "requests/RequestService.h"
#include "requests/RequestTypes.h"
#include "settings/VaultSettings.h"
#include "submissions/Submission.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/EmptyState.h"

#include "util/Formatting.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

using requests::DeadlineRule;
using DayKind = WorkingDayCalendar::DayKind;

namespace {

const QString kErrorStyle = StatePalette::styleSheet(StateTone::Error);
const QString kWarningStyle = StatePalette::styleSheet(StateTone::DueSoon);

// The amounts DeadlineRule::parse accepts, and the value each unit usually has (15 working days
// by the App identification method, 30 days by GB/T 35273, one month by GDPR art. 12(3)).
struct DeadlineUnit {
    DeadlineRule::Kind kind;
    int maximum;
    int typical;
};
const DeadlineUnit kUnits[] = {
    { DeadlineRule::Kind::WorkingDays, 250, 15 },
    { DeadlineRule::Kind::CalendarDays, 366, 30 },
    { DeadlineRule::Kind::Months, 12, 1 },
};

int unitIndex(DeadlineRule::Kind kind)
{
    for (int i = 0; i < int(std::size(kUnits)); ++i) {
        if (kUnits[i].kind == kind) {
            return i;
        }
    }
    return 0;
}

void setFormLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
        label->setText(text);
    }
}

QLabel* makeNote(QWidget* parent)
{
    auto* note = new QLabel(parent);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

QLabel* makeMessage(QWidget* parent, const QString& name)
{
    auto* message = new QLabel(parent);
    message->setObjectName(name);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return message;
}

QHBoxLayout* buttonRow(std::initializer_list<QWidget*> buttons, QLabel* message)
{
    auto* row = new QHBoxLayout();
    for (QWidget* b : buttons) {
        row->addWidget(b);
    }
    row->addWidget(message, 1);
    return row;
}

QString dayText(const QDate& date)
{
    const QLocale locale;
    return QStringLiteral("%1 (%2)").arg(fmt::date(date), locale.dayName(date.dayOfWeek(), QLocale::ShortFormat));
}

bool sameDays(const QList<WorkingDayCalendar::SpecialDay>& a, const QList<WorkingDayCalendar::SpecialDay>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).date != b.at(i).date || a.at(i).kind != b.at(i).kind || a.at(i).name != b.at(i).name) {
            return false;
        }
    }
    return true;
}

// A calendar that knows `year` even when it has no special day, so saving it marks the year
// as loaded (a year can have no holidays left after editing).
WorkingDayCalendar emptyYear(int year)
{
    auto parsed = WorkingDayCalendar::fromJson(WorkingDayCalendar().toJson(year));
    return parsed ? parsed.value() : WorkingDayCalendar();
}

} // namespace

VaultRulesSection::VaultRulesSection(QWidget* parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("vaultRules"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 8, 0, 0);
    m_header = new QLabel(this);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    headerFont.setWeight(QFont::DemiBold);
    m_header->setFont(headerFont);
    m_intro = makeNote(this);
    outer->addWidget(m_header);
    outer->addWidget(m_intro);

    buildDeadlineGroup();
    buildCalendarGroup();
    buildPolicyGroup();
    buildIncidentGroup();
    buildRetentionGroup();

    // Two columns use the width of a laptop screen; the requests rules stay together on the left.
    auto* columns = new QHBoxLayout();
    auto* left = new QVBoxLayout();
    left->addWidget(m_deadlineBox);
    left->addWidget(m_calendarBox);
    left->addStretch(1);
    auto* right = new QVBoxLayout();
    right->addWidget(m_policyBox);
    right->addWidget(m_incidentBox);
    m_operatorBox = new OperatorSettingsBox(this);
    connect(m_operatorBox, &OperatorSettingsBox::ruleChanged, this, &VaultRulesSection::refresh);
    right->addWidget(m_operatorBox);
    right->addWidget(m_retentionBox);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    outer->addLayout(columns);

    retranslate();
    clearAll();
}

void VaultRulesSection::buildDeadlineGroup()
{
    m_deadlineBox = new QGroupBox(this);
    m_deadlineForm = new QFormLayout(m_deadlineBox);
    m_deadlineAmount = new QSpinBox(m_deadlineBox);
    m_deadlineAmount->setObjectName(QStringLiteral("deadlineAmount"));
    m_deadlineKind = new QComboBox(m_deadlineBox);
    m_deadlineKind->setObjectName(QStringLiteral("deadlineKind"));
    for (const DeadlineUnit& unit : kUnits) {
        m_deadlineKind->addItem(QString(), int(unit.kind));
    }
    auto* amountRow = new QHBoxLayout();
    amountRow->addWidget(m_deadlineAmount);
    amountRow->addWidget(m_deadlineKind);
    amountRow->addStretch(1);
    m_duePreview = new QLabel(m_deadlineBox);
    m_duePreview->setObjectName(QStringLiteral("duePreview"));
    m_duePreview->setWordWrap(true);
    m_deadlineNote = makeNote(m_deadlineBox);
    m_deadlineSave = new QPushButton(m_deadlineBox);
    m_deadlineSave->setObjectName(QStringLiteral("deadlineSave"));
    m_deadlineDefault = new QPushButton(m_deadlineBox);
    m_deadlineDefault->setObjectName(QStringLiteral("deadlineDefault"));
    m_deadlineMessage = makeMessage(m_deadlineBox, QStringLiteral("deadlineMessage"));
    m_deadlineForm->addRow(new QLabel(m_deadlineBox), amountRow);
    m_deadlineForm->addRow(new QLabel(m_deadlineBox), m_duePreview);
    m_deadlineForm->addRow(m_deadlineNote);
    m_deadlineForm->addRow(buttonRow({ m_deadlineSave, m_deadlineDefault }, m_deadlineMessage));
    if (auto* label = qobject_cast<QLabel*>(m_deadlineForm->labelForField(amountRow))) {
        label->setBuddy(m_deadlineAmount);
    }

    connect(m_deadlineKind, &QComboBox::currentIndexChanged, this, &VaultRulesSection::deadlineKindChanged);
    connect(m_deadlineAmount, &QSpinBox::valueChanged, this, [this] {
        updateDuePreview();
        updateDirtyState();
    });
    connect(m_deadlineSave, &QPushButton::clicked, this, &VaultRulesSection::saveDeadlineRule);
    connect(m_deadlineDefault, &QPushButton::clicked, this, &VaultRulesSection::resetDeadlineToDefault);
}

void VaultRulesSection::buildCalendarGroup()
{
    m_calendarBox = new QGroupBox(this);
    auto* layout = new QVBoxLayout(m_calendarBox);
    m_calendarNote = makeNote(m_calendarBox);
    m_years = new QTableWidget(0, 4, m_calendarBox);
    m_years->setObjectName(QStringLiteral("calendarYears"));
    m_years->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_years->setSelectionMode(QAbstractItemView::SingleSelection);
    m_years->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_years->verticalHeader()->hide();
    // A handful of years at most: room for four rows without leaving a blank well.
    m_years->setMinimumHeight(110);
    m_years->setMaximumHeight(150);
    ColumnPolicy::install(m_years, QStringLiteral("calendarYears"), 1);
    EmptyState::attach(m_years);
    m_calendarWarning = new QLabel(m_calendarBox);
    m_calendarWarning->setObjectName(QStringLiteral("calendarWarning"));
    m_calendarWarning->setWordWrap(true);
    m_calendarWarning->setStyleSheet(kWarningStyle);
    m_calendarWarning->hide();
    m_calendarImport = new QPushButton(m_calendarBox);
    m_calendarImport->setObjectName(QStringLiteral("calendarImport"));
    m_calendarExport = new QPushButton(m_calendarBox);
    m_calendarExport->setObjectName(QStringLiteral("calendarExport"));
    m_calendarEdit = new QPushButton(m_calendarBox);
    m_calendarEdit->setObjectName(QStringLiteral("calendarEdit"));
    m_calendarAddYear = new QPushButton(m_calendarBox);
    m_calendarAddYear->setObjectName(QStringLiteral("calendarAddYear"));
    m_calendarMessage = makeMessage(m_calendarBox, QStringLiteral("calendarMessage"));
    layout->addWidget(m_calendarNote);
    layout->addWidget(m_years, 1);
    layout->addWidget(m_calendarWarning);
    auto* buttons = new QHBoxLayout();
    for (QPushButton* b : { m_calendarImport, m_calendarExport, m_calendarEdit, m_calendarAddYear }) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_calendarMessage);

    connect(m_calendarImport, &QPushButton::clicked, this, &VaultRulesSection::chooseCalendarImport);
    connect(m_calendarExport, &QPushButton::clicked, this, &VaultRulesSection::chooseCalendarExport);
    connect(m_calendarEdit, &QPushButton::clicked, this, &VaultRulesSection::editSelectedYear);
    connect(m_calendarAddYear, &QPushButton::clicked, this, &VaultRulesSection::addCalendarYear);
    connect(m_years, &QTableWidget::itemSelectionChanged, this, &VaultRulesSection::applyPermissions);
    connect(m_years, &QTableWidget::itemActivated, this, [this] {
        if (m_canManage) {
            editSelectedYear();
        }
    });
}

void VaultRulesSection::buildPolicyGroup()
{
    m_policyBox = new QGroupBox(this);
    m_policyForm = new QFormLayout(m_policyBox);
    m_separateApprover = new QCheckBox(m_policyBox);
    m_separateApprover->setObjectName(QStringLiteral("separateApprover"));
    m_noticeLead = new QSpinBox(m_policyBox);
    m_noticeLead->setObjectName(QStringLiteral("noticeLeadDays"));
    m_noticeLead->setRange(
        VaultSettings::spec(Setting::NoticeLeadDays).minimum, VaultSettings::spec(Setting::NoticeLeadDays).maximum);
    m_policySave = new QPushButton(m_policyBox);
    m_policySave->setObjectName(QStringLiteral("policySave"));
    m_policyMessage = makeMessage(m_policyBox, QStringLiteral("policyMessage"));
    m_policyForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_policyForm->addRow(m_separateApprover);
    m_policyForm->addRow(new QLabel(m_policyBox), m_noticeLead);
    m_policyForm->addRow(buttonRow({ m_policySave }, m_policyMessage));
    static_cast<QLabel*>(m_policyForm->labelForField(m_noticeLead))->setBuddy(m_noticeLead);

    connect(m_separateApprover, &QCheckBox::toggled, this, &VaultRulesSection::updateDirtyState);
    connect(m_noticeLead, &QSpinBox::valueChanged, this, &VaultRulesSection::updateDirtyState);
    connect(m_policySave, &QPushButton::clicked, this, &VaultRulesSection::savePolicyRules);
}

void VaultRulesSection::buildIncidentGroup()
{
    m_incidentBox = new QGroupBox(this);
    m_incidentForm = new QFormLayout(m_incidentBox);
    m_threshold = new QComboBox(m_incidentBox);
    m_threshold->setObjectName(QStringLiteral("reportThreshold"));
    for (int i = 0; i < registers::severityCount; ++i) {
        m_threshold->addItem(QString(), i);
    }
    m_reportHours = new QSpinBox(m_incidentBox);
    m_reportHours->setObjectName(QStringLiteral("reportHours"));
    m_reportHours->setRange(VaultSettings::spec(Setting::IncidentReportHours).minimum,
        VaultSettings::spec(Setting::IncidentReportHours).maximum);
    m_incidentNote = makeNote(m_incidentBox);
    m_incidentSave = new QPushButton(m_incidentBox);
    m_incidentSave->setObjectName(QStringLiteral("incidentSave"));
    m_incidentMessage = makeMessage(m_incidentBox, QStringLiteral("incidentMessage"));
    m_incidentForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_incidentForm->addRow(new QLabel(m_incidentBox), m_threshold);
    m_incidentForm->addRow(new QLabel(m_incidentBox), m_reportHours);
    m_incidentForm->addRow(m_incidentNote);
    m_incidentForm->addRow(buttonRow({ m_incidentSave }, m_incidentMessage));
    static_cast<QLabel*>(m_incidentForm->labelForField(m_threshold))->setBuddy(m_threshold);
    static_cast<QLabel*>(m_incidentForm->labelForField(m_reportHours))->setBuddy(m_reportHours);

    connect(m_threshold, &QComboBox::currentIndexChanged, this, &VaultRulesSection::updateDirtyState);
    connect(m_reportHours, &QSpinBox::valueChanged, this, &VaultRulesSection::updateDirtyState);
    connect(m_incidentSave, &QPushButton::clicked, this, &VaultRulesSection::saveIncidentRule);
}

void VaultRulesSection::buildRetentionGroup()
{
    m_retentionBox = new QGroupBox(this);
    m_retentionForm = new QFormLayout(m_retentionBox);
    m_retention = new QSpinBox(m_retentionBox);
    m_retention->setObjectName(QStringLiteral("retentionMonths"));
    m_retention->setRange(
        VaultSettings::spec(Setting::RetentionMonths).minimum, VaultSettings::spec(Setting::RetentionMonths).maximum);
    m_retentionNote = makeNote(m_retentionBox);
    m_retentionSave = new QPushButton(m_retentionBox);
    m_retentionSave->setObjectName(QStringLiteral("retentionSave"));
    m_retentionMessage = makeMessage(m_retentionBox, QStringLiteral("retentionMessage"));
    m_retentionForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_retentionForm->addRow(new QLabel(m_retentionBox), m_retention);
    m_retentionForm->addRow(m_retentionNote);
    m_retentionForm->addRow(buttonRow({ m_retentionSave }, m_retentionMessage));
    static_cast<QLabel*>(m_retentionForm->labelForField(m_retention))->setBuddy(m_retention);

    connect(m_retention, &QSpinBox::valueChanged, this, &VaultRulesSection::updateDirtyState);
    connect(m_retentionSave, &QPushButton::clicked, this, &VaultRulesSection::saveRetention);
}

void VaultRulesSection::setVault(Vault* vault)
{
    Page::setVault(vault);
    m_operatorBox->setVault(vault);
    for (QLabel* message :
        { m_deadlineMessage, m_calendarMessage, m_policyMessage, m_incidentMessage, m_retentionMessage }) {
        message->clear();
    }
    refresh();
}

void VaultRulesSection::refresh()
{
    if (vault() && vault()->isSignedIn()) {
        loadAll();
    } else {
        clearAll();
    }
}

void VaultRulesSection::loadAll()
{
    Vault& v = *vault();
    const DeadlineRule rule = requests::RequestService(v).deadlineRule();
    m_savedKind = unitIndex(rule.kind);
    m_savedAmount = rule.amount;

    PolicyService policies(v);
    m_savedSeparate = policies.approverMustDifferFromAuthor();
    m_savedLead = policies.noticeLeadDays();

    const registers::RegulatorRule regulator = registers::IncidentService(v).rule();
    m_savedThreshold = int(regulator.threshold);
    m_savedHours = regulator.hours;

    m_savedRetention = submissions::SubmissionService(v).retentionMonths();

    showSavedValues();
    loadCalendar();
    updateDuePreview();
    applyPermissions();
}

void VaultRulesSection::showSavedValues()
{
    // Without the edits counting as changes: the Save buttons stay off.
    const QSignalBlocker a(m_deadlineKind);
    const QSignalBlocker b(m_deadlineAmount);
    const QSignalBlocker c(m_separateApprover);
    const QSignalBlocker d(m_noticeLead);
    const QSignalBlocker e(m_threshold);
    const QSignalBlocker f(m_reportHours);
    const QSignalBlocker g(m_retention);
    m_deadlineKind->setCurrentIndex(m_savedKind);
    m_deadlineAmount->setRange(1, kUnits[m_savedKind].maximum);
    m_deadlineAmount->setValue(m_savedAmount);
    m_separateApprover->setChecked(m_savedSeparate);
    m_noticeLead->setValue(m_savedLead);
    m_threshold->setCurrentIndex(m_savedThreshold);
    m_reportHours->setValue(m_savedHours);
    m_retention->setValue(m_savedRetention);
}

void VaultRulesSection::clearAll()
{
    // Nothing of the vault stays visible while it is locked: the controls show the defaults.
    const DeadlineRule rule = DeadlineRule::defaultRule();
    m_savedKind = unitIndex(rule.kind);
    m_savedAmount = rule.amount;
    m_savedSeparate = true;
    m_savedLead = 7;
    const registers::RegulatorRule regulator;
    m_savedThreshold = int(regulator.threshold);
    m_savedHours = regulator.hours;
    m_savedRetention = submissions::SubmissionService::defaultRetentionMonths();
    showSavedValues();
    m_calendar = WorkingDayCalendar();
    m_years->setRowCount(0);
    m_calendarWarning->hide();
    m_duePreview->clear();
    for (QLabel* message :
        { m_deadlineMessage, m_calendarMessage, m_policyMessage, m_incidentMessage, m_retentionMessage }) {
        message->clear();
    }
    applyPermissions();
}

void VaultRulesSection::loadCalendar()
{
    const int selected = selectedCalendarYear();
    m_calendar = requests::RequestService(*vault()).calendar();
    const WorkingDayCalendar shipped = WorkingDayCalendar::bundled();
    const QList<int> years = m_calendar.years();
    const QLocale locale;
    m_years->setRowCount(int(years.size()));
    for (int row = 0; row < years.size(); ++row) {
        const int year = years.at(row);
        const QList<WorkingDayCalendar::SpecialDay> days = m_calendar.days(year);
        int holidays = 0;
        for (const auto& d : days) {
            holidays += d.kind == DayKind::Holiday ? 1 : 0;
        }
        QString source;
        if (!shipped.covers(year)) {
            source = tr("Added to this vault");
        } else if (sameDays(days, shipped.days(year))) {
            source = tr("Shipped with the program");
        } else {
            source = tr("Shipped, changed in this vault");
        }
        // Years are labels, not quantities: no group separator.
        const QStringList cells { QString::number(year), source, locale.toString(holidays),
            locale.toString(int(days.size()) - holidays) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, year);
            if (column != 1) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_years->setItem(row, column, item);
        }
        // Keep the selection; at first the current year, so Export and Edit work right away.
        if (year == (selected > 0 ? selected : Clock::today().year())) {
            m_years->selectRow(row);
        }
    }

    // A missing year silently turns holidays into working days, so say so while it matters:
    // the current year, and the next one once its calendar is usually published (November).
    const QDate today = Clock::today();
    QList<int> missing;
    if (!m_calendar.covers(today.year())) {
        missing << today.year();
    }
    if (today.month() >= 11 && !m_calendar.covers(today.year() + 1)) {
        missing << today.year() + 1;
    }
    if (missing.isEmpty()) {
        m_calendarWarning->hide();
    } else {
        m_calendarWarning->setText(
            tr("No calendar for %1 is loaded: working days in %1 skip only weekends. Import the official calendar "
               "when the State Council publishes it.")
                .arg(QString::number(missing.first())));
        m_calendarWarning->show();
    }
}

int VaultRulesSection::selectedCalendarYear() const
{
    const auto items = m_years->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toInt();
}

void VaultRulesSection::applyPermissions()
{
    const bool signedIn = vault() && vault()->isSignedIn();
    m_canManage = signedIn && vault()->actor().can(Permission::ManageSettings);
    if (!signedIn) {
        m_refusalTip = tr("Open the vault to see its rules.");
    } else if (!m_canManage) {
        m_refusalTip = tr("Your role (%1) may not change vault rules. Ask an administrator.")
                           .arg(roleDisplayName(vault()->actor().role));
    } else {
        m_refusalTip.clear();
    }
    const QList<QWidget*> editors { m_deadlineAmount, m_deadlineKind, m_deadlineDefault, m_calendarImport,
        m_calendarAddYear, m_separateApprover, m_noticeLead, m_threshold, m_reportHours, m_retention };
    for (QWidget* w : editors) {
        w->setEnabled(m_canManage);
        w->setToolTip(m_refusalTip);
    }
    const bool yearSelected = selectedCalendarYear() > 0;
    m_calendarEdit->setEnabled(m_canManage && yearSelected);
    m_calendarEdit->setToolTip(m_canManage ? QString() : m_refusalTip);
    // The calendar is public information: anyone may take a copy of it.
    m_calendarExport->setEnabled(signedIn && yearSelected);
    updateDirtyState();
}

void VaultRulesSection::updateDirtyState()
{
    const bool deadlineChanged
        = m_deadlineKind->currentIndex() != m_savedKind || m_deadlineAmount->value() != m_savedAmount;
    const bool policyChanged
        = m_separateApprover->isChecked() != m_savedSeparate || m_noticeLead->value() != m_savedLead;
    const bool incidentChanged
        = m_threshold->currentIndex() != m_savedThreshold || m_reportHours->value() != m_savedHours;
    const bool retentionChanged = m_retention->value() != m_savedRetention;
    const QList<QPair<QPushButton*, bool>> saves { { m_deadlineSave, deadlineChanged }, { m_policySave, policyChanged },
        { m_incidentSave, incidentChanged }, { m_retentionSave, retentionChanged } };
    for (const auto& [button, changed] : saves) {
        button->setEnabled(m_canManage && changed);
        button->setToolTip(m_canManage ? QString() : m_refusalTip);
    }
}

void VaultRulesSection::deadlineKindChanged()
{
    // Switching the unit starts from the value that unit usually has, rather than clamping
    // "15 working days" to "12 months".
    const DeadlineUnit& unit = kUnits[qBound(0, m_deadlineKind->currentIndex(), int(std::size(kUnits)) - 1)];
    {
        const QSignalBlocker block(m_deadlineAmount);
        m_deadlineAmount->setRange(1, unit.maximum);
        m_deadlineAmount->setValue(m_deadlineKind->currentIndex() == m_savedKind ? m_savedAmount : unit.typical);
    }
    updateDuePreview();
    updateDirtyState();
}

void VaultRulesSection::resetDeadlineToDefault()
{
    const DeadlineRule rule = DeadlineRule::defaultRule();
    {
        const QSignalBlocker a(m_deadlineKind);
        const QSignalBlocker b(m_deadlineAmount);
        m_deadlineKind->setCurrentIndex(unitIndex(rule.kind));
        m_deadlineAmount->setRange(1, kUnits[unitIndex(rule.kind)].maximum);
        m_deadlineAmount->setValue(rule.amount);
    }
    updateDuePreview();
    updateDirtyState();
}

void VaultRulesSection::updateDuePreview()
{
    if (!vault() || !vault()->isSignedIn()) {
        m_duePreview->clear();
        return;
    }
    DeadlineRule rule;
    rule.kind = kUnits[qBound(0, m_deadlineKind->currentIndex(), int(std::size(kUnits)) - 1)].kind;
    rule.amount = m_deadlineAmount->value();
    const QDate today = Clock::today();
    const QDate due = rule.dueDate(today, m_calendar);
    const QLocale locale;
    QString text = tr("A request received today (%1) is due on %2.").arg(fmt::date(today), dayText(due));
    if (rule.allowsExtension()) {
        text += QLatin1Char(' ')
            + tr("It can be extended by up to %n more month(s), with a reason.", nullptr,
                DeadlineRule::maxExtensionMonths);
    }
    m_duePreview->setText(text);
}

void VaultRulesSection::showOutcome(QLabel* label, const Status& status, const QString& success)
{
    if (status) {
        label->setStyleSheet(QString());
        label->setText(success);
        emit statusMessage(success);
    } else {
        label->setStyleSheet(kErrorStyle);
        label->setText(status.message());
    }
}

Status VaultRulesSection::saveDeadlineRule()
{
    if (!vault()) {
        return Error { ErrorCode::NotAllowed, tr("Open the vault to see its rules.") };
    }
    DeadlineRule rule;
    rule.kind = kUnits[qBound(0, m_deadlineKind->currentIndex(), int(std::size(kUnits)) - 1)].kind;
    rule.amount = m_deadlineAmount->value();
    requests::RequestService service(*vault());
    const Status s = service.setDeadlineRule(rule);
    if (s) {
        const DeadlineRule stored = service.deadlineRule();
        m_savedKind = unitIndex(stored.kind);
        m_savedAmount = stored.amount;
        updateDirtyState();
    }
    showOutcome(
        m_deadlineMessage, s, tr("Saved: requests received from now on are due after %1.").arg(rule.displayName()));
    return s;
}

Status VaultRulesSection::savePolicyRules()
{
    if (!vault()) {
        return Error { ErrorCode::NotAllowed, tr("Open the vault to see its rules.") };
    }
    PolicyService service(*vault());
    Status s;
    // Only what changed is written, so the audit log shows only real changes.
    if (m_separateApprover->isChecked() != service.approverMustDifferFromAuthor()) {
        s = service.setApproverMustDifferFromAuthor(m_separateApprover->isChecked());
    }
    if (s && m_noticeLead->value() != service.noticeLeadDays()) {
        s = service.setNoticeLeadDays(m_noticeLead->value());
    }
    if (s) {
        m_savedSeparate = service.approverMustDifferFromAuthor();
        m_savedLead = service.noticeLeadDays();
        updateDirtyState();
    }
    showOutcome(m_policyMessage, s, tr("Policy rules saved."));
    return s;
}

Status VaultRulesSection::saveIncidentRule()
{
    if (!vault()) {
        return Error { ErrorCode::NotAllowed, tr("Open the vault to see its rules.") };
    }
    registers::IncidentService service(*vault());
    registers::RegulatorRule rule;
    rule.hours = m_reportHours->value();
    rule.threshold = registers::Severity(m_threshold->currentData().toInt());
    const Status s = service.setRule(rule);
    if (s) {
        const registers::RegulatorRule stored = service.rule();
        m_savedThreshold = int(stored.threshold);
        m_savedHours = stored.hours;
        updateDirtyState();
        m_operatorBox->reload();
    }
    showOutcome(m_incidentMessage, s, tr("Regulator-report rule saved."));
    return s;
}

Status VaultRulesSection::saveRetention()
{
    if (!vault()) {
        return Error { ErrorCode::NotAllowed, tr("Open the vault to see its rules.") };
    }
    submissions::SubmissionService service(*vault());
    const Status s = service.setRetentionMonths(m_retention->value());
    if (s) {
        m_savedRetention = service.retentionMonths();
        updateDirtyState();
    }
    showOutcome(m_retentionMessage, s, tr("Retention period saved."));
    return s;
}

Status VaultRulesSection::importCalendarFile(const QString& path)
{
    if (!vault()) {
        return Error { ErrorCode::NotAllowed, tr("Open the vault to see its rules.") };
    }
    auto imported = WorkingDayCalendar::importFile(*vault(), path);
    if (!imported) {
        showOutcome(m_calendarMessage, imported.status(), {});
        return imported.status();
    }
    loadCalendar();
    updateDuePreview();
    QStringList years;
    for (int year : imported.value()) {
        years << QString::number(year);
    }
    for (int row = 0; row < m_years->rowCount(); ++row) {
        if (m_years->item(row, 0)->data(Qt::UserRole).toInt() == imported->value(0)) {
            m_years->selectRow(row);
        }
    }
    showOutcome(m_calendarMessage, {},
        tr("Imported the calendar of %1. Requests received from now on follow it.")
            .arg(years.join(QStringLiteral(", "))));
    return {};
}

Status VaultRulesSection::exportCalendarFile(int year, const QString& path)
{
    if (!vault() || !m_calendar.covers(year)) {
        const Status s = Error { ErrorCode::NotFound, tr("No calendar for %1 is loaded.").arg(QString::number(year)) };
        showOutcome(m_calendarMessage, s, {});
        return s;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_calendar.toJson(year)) < 0 || !file.commit()) {
        const Status s = Error { ErrorCode::Io,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) };
        showOutcome(m_calendarMessage, s, {});
        return s;
    }
    showOutcome(m_calendarMessage, {},
        tr("Exported the calendar of %1 to %2.").arg(QString::number(year), QDir::toNativeSeparators(path)));
    return {};
}

Status VaultRulesSection::saveCalendarYear(const WorkingDayCalendar& year)
{
    if (!vault()) {
        return Error { ErrorCode::NotAllowed, tr("Open the vault to see its rules.") };
    }
    const Status s = WorkingDayCalendar::saveYears(*vault(), year);
    if (s) {
        loadCalendar();
        updateDuePreview();
    }
    QStringList years;
    for (int y : year.years()) {
        years << QString::number(y);
    }
    showOutcome(m_calendarMessage, s, tr("Saved the calendar of %1.").arg(years.join(QStringLiteral(", "))));
    return s;
}

void VaultRulesSection::chooseCalendarImport()
{
    if (!vault()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a holiday calendar"), QString(), tr("Holiday calendar (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    // Replacing a year already loaded loses its edits: ask first. A broken file goes straight
    // to the import, which refuses it with the reason.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.size() <= 1024 * 1024) {
        if (auto parsed = WorkingDayCalendar::fromJson(file.readAll())) {
            QStringList replaced;
            for (int year : parsed->years()) {
                if (m_calendar.covers(year)) {
                    replaced << QString::number(year);
                }
            }
            if (!replaced.isEmpty()
                && QMessageBox::question(this, tr("Import a holiday calendar"),
                       tr("A calendar for %1 is already loaded. Replace it with the file's?")
                           .arg(replaced.join(QStringLiteral(", "))),
                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                    != QMessageBox::Yes) {
                return;
            }
        }
    }
    importCalendarFile(path);
}

void VaultRulesSection::chooseCalendarExport()
{
    const int year = selectedCalendarYear();
    if (!vault() || year == 0) {
        return;
    }
    const QString suggested = QDir::home().filePath(QStringLiteral("holidays-cn-%1.json").arg(year));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the holiday calendar"), suggested, tr("Holiday calendar (*.json)"));
    if (!path.isEmpty()) {
        exportCalendarFile(year, path);
    }
}

void VaultRulesSection::editSelectedYear()
{
    if (const int year = selectedCalendarYear(); year > 0) {
        editYear(year);
    }
}

void VaultRulesSection::addCalendarYear()
{
    if (!vault()) {
        return;
    }
    int next = Clock::today().year();
    while (m_calendar.covers(next)) {
        ++next;
    }
    bool ok = false;
    const int year = QInputDialog::getInt(this, tr("Add a year"),
        tr("Year whose holidays and make-up working days you want to enter:"), next, 2000, 2200, 1, &ok);
    if (ok) {
        editYear(year);
    }
}

void VaultRulesSection::editYear(int year)
{
    CalendarYearDialog dialog(year, m_calendar.days(year), this);
    if (dialog.exec() == QDialog::Accepted) {
        saveCalendarYear(dialog.calendar());
    }
}

void VaultRulesSection::retranslate()
{
    m_operatorBox->retranslate();
    m_header->setText(title());
    m_intro->setText(tr("These rules apply to everyone who works in this vault. Only an administrator can change "
                        "them, and every change is recorded in the audit log."));

    m_deadlineBox->setTitle(tr("Rights requests: deadline"));
    if (auto* item = m_deadlineForm->itemAt(0, QFormLayout::LabelRole); item && item->widget()) {
        static_cast<QLabel*>(item->widget())->setText(tr("Respond &within:"));
    }
    setFormLabel(m_deadlineForm, m_duePreview, tr("Example:"));
    m_deadlineKind->setItemText(0, tr("working days"));
    m_deadlineKind->setItemText(1, tr("calendar days"));
    m_deadlineKind->setItemText(2, tr("calendar months"));
    m_deadlineNote->setText(
        tr("The App illegal-collection identification method (2019) allows at most 15 working days, the default. "
           "GB/T 35273 is often cited as 30 days; GDPR art. 12(3) gives one month, extendable by two. Counting "
           "starts the day after receipt. A new rule applies to requests received from then on; earlier requests "
           "keep their due dates."));
    m_deadlineSave->setText(tr("Save"));
    m_deadlineSave->setAccessibleName(tr("Save the deadline rule"));
    m_deadlineDefault->setText(tr("Default (15 working days)"));

    m_calendarBox->setTitle(tr("Working-day calendar"));
    m_calendarNote->setText(tr("Working-day deadlines skip weekends and public holidays and count the weekend days "
                               "declared as make-up working days (调休). In years not listed here only weekends are "
                               "skipped."));
    m_years->setHorizontalHeaderLabels({ tr("Year"), tr("Source"), tr("Holidays"), tr("Make-up working days") });
    m_calendarImport->setText(tr("&Import…"));
    EmptyState::of(m_years)->setMessages(tr("No holiday calendar yet, so working-day deadlines skip weekends only. "
                                            "Import next year's holidays from the State Council's notice."));
    EmptyState::of(m_years)->setAction(tr("Import a calendar…"), [this] { chooseCalendarImport(); });
    m_calendarExport->setText(tr("E&xport…"));
    m_calendarEdit->setText(tr("&Edit…"));
    m_calendarAddYear->setText(tr("Add &year…"));

    m_policyBox->setTitle(tr("Policy versions"));
    m_separateApprover->setText(tr("The approver of a version must not be its author"));
    setFormLabel(m_policyForm, m_noticeLead, tr("Notify users of a material change at least:"));
    m_noticeLead->setSuffix(tr(" days before it takes effect"));
    m_policySave->setText(tr("Save"));
    m_policySave->setAccessibleName(tr("Save the policy rules"));

    m_incidentBox->setTitle(tr("Incidents: report to the regulator"));
    setFormLabel(m_incidentForm, m_threshold, tr("Report incidents from this level up:"));
    setFormLabel(m_incidentForm, m_reportHours, tr("Within:"));
    for (int i = 0; i < m_threshold->count(); ++i) {
        m_threshold->setItemText(i, registers::severityName(registers::Severity(i)));
    }
    m_reportHours->setSuffix(tr(" hours after discovery"));
    m_incidentNote->setText(tr("The CAC incident reporting rules in force since 1 November 2025: incidents of the "
                               "relatively serious level (较大) and above are reported to the provincial CAC "
                               "within 4 hours."));
    m_incidentSave->setText(tr("Save"));
    m_incidentSave->setAccessibleName(tr("Save the regulator-report rule"));

    m_retentionBox->setTitle(tr("Contact submissions"));
    setFormLabel(m_retentionForm, m_retention, tr("Keep closed submissions for:"));
    m_retention->setSuffix(tr(" months"));
    m_retentionNote->setText(tr("After this retention period, closed submissions are due for purging on the "
                                "Submissions page, which shows the same setting. The default is 24 months."));
    m_retentionSave->setText(tr("Save"));
    m_retentionSave->setAccessibleName(tr("Save the retention period"));

    if (vault() && vault()->isSignedIn()) {
        loadCalendar();
        updateDuePreview();
    }
    applyPermissions();
}

// ---------------------------------------------------------------------------------------------

CalendarYearDialog::CalendarYearDialog(int year, const QList<WorkingDayCalendar::SpecialDay>& days, QWidget* parent)
    : QDialog(parent)
    , m_year(year)
{
    setWindowTitle(tr("Holidays and make-up working days of %1").arg(QString::number(year)));
    for (const auto& d : days) {
        m_days.insert(d.date, d);
    }
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("List the public holidays and the weekend days declared as make-up working days "
                               "(调休). Other weekdays are working days; other weekend days are not."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("days"));
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Kind"), tr("Name") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    ColumnPolicy::install(m_table, QStringLiteral("calendarDays"), 2);
    layout->addWidget(m_table, 1);

    auto* inputs = new QHBoxLayout();
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDateRange(QDate(year, 1, 1), QDate(year, 12, 31));
    m_date->setDate(QDate(year, 1, 1));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Public holiday"), int(DayKind::Holiday));
    m_kind->addItem(tr("Make-up working day (调休)"), int(DayKind::MakeUpWorkday));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(60); // what the file format keeps
    m_name->setPlaceholderText(tr("Name, e.g. 春节"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    inputs->addWidget(m_date);
    inputs->addWidget(m_kind);
    inputs->addWidget(m_name, 1);
    inputs->addWidget(m_add);
    inputs->addWidget(m_remove);
    layout->addLayout(inputs);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(kErrorStyle);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarYearDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CalendarYearDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &CalendarYearDialog::addFromInputs);
    connect(m_name, &QLineEdit::returnPressed, this, &CalendarYearDialog::addFromInputs);
    connect(m_remove, &QPushButton::clicked, this, &CalendarYearDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });

    rebuildTable();
    resize(620, 480);
}

bool CalendarYearDialog::addDay(const QDate& date, WorkingDayCalendar::DayKind kind, const QString& name)
{
    if (!date.isValid() || date.year() != m_year) {
        m_error->setText(tr("Choose a date in %1.").arg(QString::number(m_year)));
        return false;
    }
    if (kind == DayKind::MakeUpWorkday && date.dayOfWeek() < 6) {
        m_error->setText(
            tr("%1 is a weekday: only a Saturday or Sunday can be a make-up working day.").arg(dayText(date)));
        return false;
    }
    m_days.insert(date, WorkingDayCalendar::SpecialDay { date, kind, name.trimmed() });
    m_error->clear();
    rebuildTable();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toDate() == date) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
        }
    }
    return true;
}

void CalendarYearDialog::removeDay(const QDate& date)
{
    m_days.remove(date);
    rebuildTable();
}

void CalendarYearDialog::addFromInputs()
{
    if (addDay(m_date->date(), DayKind(m_kind->currentData().toInt()), m_name->text())) {
        // Holidays usually run over several days: the next day is the likely next entry.
        if (m_date->date() < m_date->maximumDate()) {
            m_date->setDate(m_date->date().addDays(1));
        }
    }
}

void CalendarYearDialog::removeSelected()
{
    QList<QDate> dates;
    for (QTableWidgetItem* item : m_table->selectedItems()) {
        if (item->column() == 0) {
            dates << item->data(Qt::UserRole).toDate();
        }
    }
    for (const QDate& d : dates) {
        m_days.remove(d);
    }
    rebuildTable();
}

void CalendarYearDialog::rebuildTable()
{
    m_table->setRowCount(int(m_days.size()));
    int row = 0;
    for (const auto& d : std::as_const(m_days)) {
        const QStringList cells { dayText(d.date),
            d.kind == DayKind::Holiday ? tr("Public holiday") : tr("Make-up working day (调休)"), d.name };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, d.date);
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

void CalendarYearDialog::accept()
{
    // The same parser as an imported file checks the result, so an edited year can never hold
    // what a file may not.
    WorkingDayCalendar draft = emptyYear(m_year);
    for (const auto& d : std::as_const(m_days)) {
        draft.setDay(d.date, d.kind, d.name);
    }
    auto checked = WorkingDayCalendar::fromJson(draft.toJson(m_year));
    if (!checked) {
        m_error->setText(checked.message());
        return;
    }
    m_result = checked.value();
    QDialog::accept();
}

} // namespace cd::ui

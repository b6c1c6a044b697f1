#include "pages/DeadlineRuleBox.h"

#include "requests/RequestService.h"
#include "requests/RequestTypes.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include "util/Formatting.h"
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace cd::ui {

using requests::DeadlineRule;

namespace {

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

} // namespace

DeadlineRuleBox::DeadlineRuleBox(QWidget* parent)
    : VaultRuleBox(parent)
{
    m_deadlineForm = new QFormLayout(this);
    m_deadlineAmount = new QSpinBox(this);
    m_deadlineAmount->setObjectName(QStringLiteral("deadlineAmount"));
    m_deadlineKind = new QComboBox(this);
    m_deadlineKind->setObjectName(QStringLiteral("deadlineKind"));
    for (const DeadlineUnit& unit : kUnits) {
        m_deadlineKind->addItem(QString(), int(unit.kind));
    }
    auto* amountRow = new QHBoxLayout();
    amountRow->addWidget(m_deadlineAmount);
    amountRow->addWidget(m_deadlineKind);
    amountRow->addStretch(1);
    m_duePreview = new QLabel(this);
    m_duePreview->setObjectName(QStringLiteral("duePreview"));
    m_duePreview->setWordWrap(true);
    m_deadlineNote = makeNote(this);
    m_deadlineSave = new QPushButton(this);
    m_deadlineSave->setObjectName(QStringLiteral("deadlineSave"));
    m_deadlineDefault = new QPushButton(this);
    m_deadlineDefault->setObjectName(QStringLiteral("deadlineDefault"));
    makeMessage(QStringLiteral("deadlineMessage"));
    m_deadlineForm->addRow(new QLabel(this), amountRow);
    m_deadlineForm->addRow(new QLabel(this), m_duePreview);
    m_deadlineForm->addRow(m_deadlineNote);
    m_deadlineForm->addRow(buttonRow({ m_deadlineSave, m_deadlineDefault }));
    if (auto* label = qobject_cast<QLabel*>(m_deadlineForm->labelForField(amountRow))) {
        label->setBuddy(m_deadlineAmount);
    }

    connect(m_deadlineKind, &QComboBox::currentIndexChanged, this, &DeadlineRuleBox::deadlineKindChanged);
    connect(m_deadlineAmount, &QSpinBox::valueChanged, this, [this] {
        updateDuePreview();
        updateDirtyState();
    });
    connect(m_deadlineSave, &QPushButton::clicked, this, &DeadlineRuleBox::save);
    connect(m_deadlineDefault, &QPushButton::clicked, this, &DeadlineRuleBox::resetDeadlineToDefault);
}

void DeadlineRuleBox::load()
{
    const DeadlineRule rule = requests::RequestService(*vault()).deadlineRule();
    m_savedKind = unitIndex(rule.kind);
    m_savedAmount = rule.amount;
    showSavedValues();
    updateDuePreview();
}

void DeadlineRuleBox::clear()
{
    // Nothing of the vault stays visible while it is locked: the controls show the defaults.
    const DeadlineRule rule = DeadlineRule::defaultRule();
    m_savedKind = unitIndex(rule.kind);
    m_savedAmount = rule.amount;
    showSavedValues();
    m_calendar = WorkingDayCalendar();
    m_duePreview->clear();
    clearMessage();
}

void DeadlineRuleBox::showSavedValues()
{
    // Without the edits counting as changes: the Save button stays off.
    const QSignalBlocker a(m_deadlineKind);
    const QSignalBlocker b(m_deadlineAmount);
    m_deadlineKind->setCurrentIndex(m_savedKind);
    m_deadlineAmount->setRange(1, kUnits[m_savedKind].maximum);
    m_deadlineAmount->setValue(m_savedAmount);
}

void DeadlineRuleBox::setCalendar(const WorkingDayCalendar& calendar)
{
    m_calendar = calendar;
    updateDuePreview();
}

void DeadlineRuleBox::applyPermissions()
{
    enableEditors({ m_deadlineAmount, m_deadlineKind, m_deadlineDefault });
    updateDirtyState();
}

void DeadlineRuleBox::updateDirtyState()
{
    enableSave(
        m_deadlineSave, m_deadlineKind->currentIndex() != m_savedKind || m_deadlineAmount->value() != m_savedAmount);
}

void DeadlineRuleBox::deadlineKindChanged()
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

void DeadlineRuleBox::resetDeadlineToDefault()
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

void DeadlineRuleBox::updateDuePreview()
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

Status DeadlineRuleBox::save()
{
    if (!vault()) {
        return noVault();
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
    showOutcome(s, tr("Saved: requests received from now on are due after %1.").arg(rule.displayName()));
    return s;
}

void DeadlineRuleBox::retranslate()
{
    setTitle(tr("Rights requests: deadline"));
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
    updateDuePreview();
}

} // namespace cd::ui

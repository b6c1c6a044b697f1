#include "iso/IsoDetailPane.h"

#include "iso/IsoEvidencePanel.h"
#include "iso/IsoService.h"
#include "report/ReportLanguage.h"
#include "report/StatePalette.h"
#include "util/Clock.h"
#include "util/Formatting.h"
#include "util/Languages.h"
#include "vault/Vault.h"
#include "widgets/FormGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

// A date edit shows "None"/"Never" at this date: the field is empty.
const QDate kNoDate(2000, 1, 1);

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

IsoDetailPane::IsoDetailPane(QWidget* parent)
    : QWidget(parent)
{
    auto* holder = new QWidget(this);
    auto* holderLayout = new QVBoxLayout(holder);
    m_box = buildForm(holder);
    holderLayout->addWidget(m_box);
    m_evidence = new IsoEvidencePanel(holder);
    holderLayout->addWidget(m_evidence);
    holderLayout->addStretch();

    auto* actionBar = new QWidget(this);
    actionBar->setObjectName(QStringLiteral("isoActionBar"));
    auto* buttons = new QHBoxLayout(actionBar);
    buttons->setContentsMargins(0, 4, 0, 0);
    m_save = new QPushButton(actionBar);
    m_save->setObjectName(QStringLiteral("isoSave"));
    m_save->setDefault(true);
    m_revert = new QPushButton(actionBar);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    // The form scrolls; Save and Revert stay in a fixed row below it.
    auto* pane = new QVBoxLayout(this);
    pane->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(holder);
    pane->addWidget(scroll, 1);
    pane->addWidget(actionBar);

    m_guard = new PageFormGuard(m_box, this);
    m_guard->setEscapeAction([this] { showControl(m_controlId); });

    connect(m_applicable, qOverload<int>(&QComboBox::currentIndexChanged), this, [this]() {
        const bool applicable = m_applicable->currentIndex() == 0;
        // Keep the form consistent with the rule the service enforces.
        const int na = m_status->findData(iso::statusKey(iso::ImplementationStatus::NotApplicable));
        if (!applicable) {
            m_status->setCurrentIndex(na);
        } else if (m_status->currentIndex() == na) {
            m_status->setCurrentIndex(m_status->findData(iso::statusKey(iso::ImplementationStatus::NotStarted)));
        }
        updateState();
    });
    connect(m_lastReviewed, &QDateEdit::dateChanged, this, &IsoDetailPane::updateState);
    connect(m_reviewMonths, qOverload<int>(&QSpinBox::valueChanged), this, &IsoDetailPane::updateState);
    connect(m_reviewedToday, &QPushButton::clicked, this, [this]() { m_lastReviewed->setDate(Clock::today()); });
    connect(m_save, &QPushButton::clicked, this, [this]() {
        const QString error = save();
        if (!error.isEmpty()) {
            emit failed(error);
        }
    });
    connect(m_revert, &QPushButton::clicked, this, [this]() { showControl(m_controlId); });
    connect(m_evidence, &IsoEvidencePanel::changed, this, &IsoDetailPane::evidenceChanged);
    connect(m_evidence, &IsoEvidencePanel::statusMessage, this, &IsoDetailPane::statusMessage);
    connect(m_evidence, &IsoEvidencePanel::failed, this, &IsoDetailPane::failed);
}

QGroupBox* IsoDetailPane::buildForm(QWidget* parent)
{
    auto* box = new QGroupBox(parent);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLabel(box);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    form->addRow(m_title);

    m_applicableLabel = new QLabel(box);
    m_applicable = new QComboBox(box);
    m_applicable->setObjectName(QStringLiteral("isoApplicable"));
    form->addRow(m_applicableLabel, m_applicable);
    m_reasonsLabel = new QLabel(box);
    auto* reasons = new QWidget(box);
    auto* reasonsLayout = new QGridLayout(reasons);
    reasonsLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < iso::allReasons().size(); ++i) {
        auto* check = new QCheckBox(reasons);
        m_reasons << check;
        reasonsLayout->addWidget(check, i / 2, i % 2);
    }
    form->addRow(m_reasonsLabel, reasons);
    m_justificationLabel = new QLabel(box);
    m_justification = new QPlainTextEdit(box);
    m_justification->setObjectName(QStringLiteral("isoJustification"));
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(m_justification->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(m_justificationLabel, m_justification);
    m_statusLabel = new QLabel(box);
    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("isoStatus"));
    form->addRow(m_statusLabel, m_status);
    m_ownerLabel = new QLabel(box);
    m_owner = new QComboBox(box);
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(m_ownerLabel, m_owner);
    m_targetLabel = new QLabel(box);
    m_targetDate = makeOptionalDate(box);
    form->addRow(m_targetLabel, m_targetDate);
    m_notesLabel = new QLabel(box);
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("controlNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(m_notesLabel, m_notes);
    m_cycleLabel = new QLabel(box);
    m_reviewMonths = new QSpinBox(box);
    m_reviewMonths->setRange(1, 60);
    form->addRow(m_cycleLabel, m_reviewMonths);
    m_lastReviewedLabel = new QLabel(box);
    auto* reviewRow = new QHBoxLayout;
    m_lastReviewed = makeOptionalDate(box);
    m_reviewedToday = new QPushButton(box);
    m_reviewedToday->setObjectName(QStringLiteral("isoReviewedToday"));
    reviewRow->addWidget(m_lastReviewed, 1);
    reviewRow->addWidget(m_reviewedToday);
    form->addRow(m_lastReviewedLabel, reviewRow);
    m_nextDueLabel = new QLabel(box);
    m_nextDue = new QLabel(box);
    form->addRow(m_nextDueLabel, m_nextDue);
    return box;
}

void IsoDetailPane::retranslate()
{
    const QSignalBlocker b1(m_status);
    const QSignalBlocker b2(m_applicable);
    m_status->clear();
    for (iso::ImplementationStatus s : iso::allStatuses()) {
        m_status->addItem(iso::statusDisplayName(s), iso::statusKey(s));
    }
    const int applicable = qMax(0, m_applicable->currentIndex());
    m_applicable->clear();
    m_applicable->addItems({ tr("Yes — in scope"), tr("No — excluded") });
    m_applicable->setCurrentIndex(applicable);

    m_box->setTitle(tr("Control"));
    m_applicableLabel->setText(tr("&Applicable:"));
    m_applicableLabel->setBuddy(m_applicable);
    m_reasonsLabel->setText(tr("Reasons for inclusion:"));
    const auto reasons = iso::allReasons();
    for (int i = 0; i < reasons.size(); ++i) {
        m_reasons[i]->setText(iso::reasonDisplayName(reasons[i]));
    }
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
    m_evidence->retranslate();
    if (m_controlId.isEmpty()) {
        clearForm();
    } else {
        updateState();
    }
}

void IsoDetailPane::setVault(Vault* vault)
{
    const PageFormGuard::Quiet quiet(m_guard);
    m_vault = vault;
    m_controlId.clear();
    m_owner->clear();
    clearForm();
}

void IsoDetailPane::setOwners(const QStringList& owners)
{
    const QString ownerText = m_owner->currentText();
    m_owner->clear();
    m_owner->addItems(owners);
    m_owner->setCurrentText(ownerText);
}

void IsoDetailPane::clearForm()
{
    m_title->setText(tr("Select a control in the list."));
    m_justification->clear();
    m_notes->clear();
    m_owner->setCurrentText(QString());
    m_nextDue->clear();
    m_evidence->clear();
    updateState();
}

void IsoDetailPane::showControl(const QString& controlId)
{
    if (!m_vault || controlId.isEmpty()) {
        return;
    }
    auto c = iso::IsoService(*m_vault).control(controlId);
    if (!c) {
        emit statusMessage(c.message());
        return;
    }
    m_controlId = controlId;
    const QString lang = reportLanguage();
    m_title->setText(QStringLiteral("%1  %2").arg(c->controlId, c->title(lang)));
    m_title->setToolTip(c->title(lang == Languages::english() ? Languages::chinese() : Languages::english()));
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
    m_evidence->setControl(m_vault, controlId);
    updateState();
    m_guard->markClean();
}

void IsoDetailPane::updateState()
{
    const bool has = m_vault && !m_controlId.isEmpty();
    const bool canWrite = has && m_vault->actor().can(Permission::WriteData);
    // The pane takes room only while a control is shown.
    setVisible(has);
    const bool applicable = m_applicable->currentIndex() == 0;
    for (QWidget* w : std::initializer_list<QWidget*> { m_applicable, m_justification, m_status, m_owner, m_targetDate,
             m_notes, m_reviewMonths, m_lastReviewed, m_reviewedToday, m_save, m_revert }) {
        w->setEnabled(canWrite);
    }
    m_evidence->setWritable(canWrite);
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
}

iso::ControlChange IsoDetailPane::change() const
{
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
    return change;
}

QString IsoDetailPane::save()
{
    if (!m_vault || m_controlId.isEmpty()) {
        return {};
    }
    const Status s = iso::IsoService(*m_vault).update(m_controlId, change());
    if (!s) {
        return s.message();
    }
    emit statusMessage(tr("Control %1 saved.").arg(m_controlId));
    m_guard->markClean();
    emit saved(m_controlId);
    return {};
}

} // namespace cd::ui

#include "ProcessorsBox.h"

#include "util/Clock.h"
#include "util/Formatting.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/FormGuard.h"
#include "widgets/FormLabels.h"
#include "widgets/Theme.h"

#include <QColor>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace cd::ui {

using namespace cd::activities;

namespace {

// Optional dates: the minimum date stands for "none" and shows the special value text.
const QDate noDate(2000, 1, 1);

QDateEdit* dateEdit(QWidget* parent, bool optional)
{
    auto* d = new QDateEdit(parent);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (optional) {
        d->setMinimumDate(noDate);
    }
    return d;
}

QDate dateOrNone(const QDateEdit* edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

void setDateOrNone(QDateEdit* edit, const QDate& date)
{
    edit->setDate(date.isValid() ? date : noDate);
}

} // namespace

ProcessorsBox::ProcessorsBox(QWidget* parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("processors"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(160);
    ColumnPolicy::install(m_table, QStringLiteral("processors"), Name, { LastAudit, Activities, ContractExpires });
    layout->addWidget(m_table);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_contact = new QLineEdit(this);
    m_signed = dateEdit(this, false);
    m_expires = dateEdit(this, true);
    m_reminder = new QSpinBox(this);
    m_reminder->setRange(0, 365);
    m_data = new QLineEdit(this);
    m_security = new QLineEdit(this);
    m_lastAudit = dateEdit(this, true);
    m_nextReview = dateEdit(this, true);
    m_notes = new QLineEdit(this);
    m_lastAudit->setObjectName(QStringLiteral("processorLastAudit"));
    m_nextReview->setObjectName(QStringLiteral("processorNextReview"));
    for (QWidget* w : std::initializer_list<QWidget*> { m_name, m_contact, m_signed, m_expires, m_reminder, m_data,
             m_security, m_lastAudit, m_nextReview, m_notes }) {
        auto* label = new QLabel(this);
        label->setBuddy(w);
        form->addRow(label, w);
    }
    layout->addLayout(form);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problems);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_save = new QPushButton(this);
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    auto* linkRow = new QHBoxLayout;
    m_linkLabel = new QLabel(this);
    m_linkLabel->setWordWrap(true);
    m_linkDisclosure = new QSpinBox(this);
    m_linkDisclosure->setRange(1, std::numeric_limits<int>::max());
    m_linkProcessor = new QSpinBox(this);
    m_linkProcessor->setRange(0, std::numeric_limits<int>::max());
    m_link = new QPushButton(this);
    linkRow->addWidget(m_linkLabel, 1);
    linkRow->addWidget(m_linkDisclosure);
    linkRow->addWidget(m_linkProcessor);
    linkRow->addWidget(m_link);
    layout->addLayout(linkRow);

    m_guard = new PageFormGuard(this);
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
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProcessorsBox::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &ProcessorsBox::startNew);
    connect(m_save, &QPushButton::clicked, this, &ProcessorsBox::save);
    connect(m_link, &QPushButton::clicked, this,
        [this] { linkDisclosure(m_linkDisclosure->value(), m_linkProcessor->value()); });
    for (QLineEdit* e : { m_name, m_contact, m_data, m_security, m_notes }) {
        connect(e, &QLineEdit::textChanged, this, &ProcessorsBox::updateState);
    }
    for (QDateEdit* d : { m_signed, m_expires, m_lastAudit, m_nextReview }) {
        connect(d, &QDateEdit::dateChanged, this, &ProcessorsBox::updateState);
    }
    connect(m_reminder, &QSpinBox::valueChanged, this, &ProcessorsBox::updateState);
    retranslate();
    setVault(nullptr);
}

void ProcessorsBox::retranslate()
{
    setTitle(tr("Entrusted processors (受托人, PIPL art. 21)"));
    m_table->setHorizontalHeaderLabels(
        { tr("No."), tr("Processor"), tr("Contract expires"), tr("Next review"), tr("Activities"), tr("Last audit") });
    auto* form = static_cast<QFormLayout*>(layout()->itemAt(1)->layout());
    const QStringList labels { tr("Processor name"), tr("Contact"), tr("Contract signed"), tr("Contract expires"),
        tr("Remind before expiry (days)"), tr("Data entrusted"), tr("Security measures"), tr("Last audit"),
        tr("Next review"), tr("Notes") };
    setFormLabels(form, labels);
    m_expires->setSpecialValueText(tr("None"));
    m_lastAudit->setSpecialValueText(tr("Never"));
    m_nextReview->setSpecialValueText(tr("Not planned"));
    m_nextReview->setToolTip(tr("The date of the next review or audit of the processor. The attention list shows it "
                                "from %n day(s) before.",
        nullptr, ActivityService::processorReviewHorizonDays));
    m_new->setText(tr("New processor"));
    m_linkLabel->setText(tr("Link disclosure No. to processor No. (0 unlinks):"));
    m_link->setText(tr("Link"));
    updateState();
}

void ProcessorsBox::setVault(Vault* vault)
{
    m_vault = vault;
    setEnabled(vault != nullptr);
    reload();
    startNew();
}

void ProcessorsBox::reload()
{
    m_loading = true;
    m_table->setRowCount(0);
    m_list.clear();
    if (m_vault) {
        if (auto list = ActivityService(*m_vault).processors()) {
            m_list = list.value();
        }
    }
    m_table->setRowCount(int(m_list.size()));
    const QDate today = Clock::today();
    for (int row = 0; row < m_list.size(); ++row) {
        const Processor& p = m_list.at(row);
        QStringList acts;
        for (qint64 id : p.activityIds) {
            acts << fmt::id(id);
        }
        const QStringList cells { fmt::id(p.id), p.name, p.contractExpires.toString(Qt::ISODate),
            p.nextReview.toString(Qt::ISODate), acts.join(QStringLiteral(", ")), p.lastAudit.toString(Qt::ISODate) };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == NextReview && p.nextReview.isValid()
                && today.daysTo(p.nextReview) <= ActivityService::processorReviewHorizonDays) {
                item->setForeground(p.nextReview < today ? Theme::stateColor(StateTone::Overdue)
                                                         : Theme::stateColor(StateTone::DueSoon));
                item->setToolTip(p.nextReview < today ? tr("Review overdue") : tr("Review due soon"));
            }
            m_table->setItem(row, c, item);
        }
    }
    m_loading = false;
}

void ProcessorsBox::selectionChanged()
{
    if (m_loading) {
        return;
    }
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_list.size()) {
        if (!m_guard->allowSwitch(m_current.id > 0 && m_list.at(row).id == m_current.id)) {
            return;
        }
        setFormValue(m_list.at(row));
    }
}

bool ProcessorsBox::showProcessor(qint64 id)
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

void ProcessorsBox::startNew()
{
    if (!m_guard->confirmDiscard()) {
        return;
    }
    m_table->clearSelection();
    Processor p;
    p.contractSigned = Clock::today();
    p.contractExpires = Clock::today().addYears(1);
    setFormValue(p);
}

void ProcessorsBox::setFormValue(const Processor& p)
{
    m_loading = true;
    m_current = p;
    m_name->setText(p.name);
    m_contact->setText(p.contact);
    m_signed->setDate(p.contractSigned.isValid() ? p.contractSigned : Clock::today());
    setDateOrNone(m_expires, p.contractExpires);
    m_reminder->setValue(p.reminderDays);
    m_data->setText(p.dataEntrusted);
    m_security->setText(p.securityMeasures);
    setDateOrNone(m_lastAudit, p.lastAudit);
    setDateOrNone(m_nextReview, p.nextReview);
    m_notes->setText(p.notes);
    m_loading = false;
    updateState();
    if (m_guard) {
        m_guard->markClean();
    }
}

Processor ProcessorsBox::formValue() const
{
    Processor p = m_current;
    p.name = m_name->text();
    p.contact = m_contact->text();
    p.contractSigned = m_signed->date();
    p.contractExpires = dateOrNone(m_expires);
    p.reminderDays = m_reminder->value();
    p.dataEntrusted = m_data->text();
    p.securityMeasures = m_security->text();
    p.lastAudit = dateOrNone(m_lastAudit);
    p.nextReview = dateOrNone(m_nextReview);
    p.notes = m_notes->text();
    return p;
}

void ProcessorsBox::updateState()
{
    if (m_loading) {
        return;
    }
    const bool canWrite = m_vault && m_vault->actor().can(Permission::WriteData);
    const QStringList problems = ActivityService::processorProblems(formValue());
    m_problems->setText(problems.join(QLatin1Char(' ')));
    m_problems->setVisible(!problems.isEmpty() && !m_name->text().isEmpty());
    m_save->setText(m_current.id > 0 ? tr("Save processor %1").arg(fmt::id(m_current.id)) : tr("Add processor"));
    m_save->setEnabled(canWrite && problems.isEmpty());
    m_new->setEnabled(canWrite);
    m_link->setEnabled(canWrite);
}

bool ProcessorsBox::add(const Processor& processor)
{
    Processor p = processor;
    p.id = 0;
    setFormValue(p);
    return save();
}

bool ProcessorsBox::save()
{
    if (!m_vault) {
        return false;
    }
    ActivityService service(*m_vault);
    const Processor p = formValue();
    auto saved = p.id > 0 ? service.updateProcessor(p) : service.addProcessor(p);
    if (!saved) {
        m_problems->setText(saved.message());
        m_problems->setVisible(true);
        emit problem(saved.message());
        return false;
    }
    reload();
    showProcessor(saved->id);
    emit statusMessage(p.id > 0 ? tr("Processor %1 saved.").arg(fmt::id(saved->id))
                                : tr("Processor %1 added.").arg(fmt::id(saved->id)));
    return true;
}

bool ProcessorsBox::linkDisclosure(qint64 disclosureId, qint64 processorId)
{
    if (!m_vault) {
        return false;
    }
    const Status s = ActivityService(*m_vault).linkDisclosure(disclosureId, processorId);
    if (!s) {
        emit problem(s.message());
        return false;
    }
    emit statusMessage(processorId > 0
            ? tr("Disclosure %1 linked to processor %2.").arg(fmt::id(disclosureId), fmt::id(processorId))
            : tr("Disclosure %1 unlinked.").arg(fmt::id(disclosureId)));
    return true;
}

} // namespace cd::ui

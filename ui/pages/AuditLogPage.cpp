#include "AuditLogPage.h"

#include "AuditLogModel.h"
#include "auditview/AuditReport.h"
#include "auditview/AuditText.h"
#include "report/ReportLanguage.h"
#include "report/StatePalette.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/EmptyState.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

AuditLogPage::AuditLogPage(QWidget* parent)
    : Page(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_header = makePageHeader(this);
    layout->addWidget(m_header);

    auto* filters = new QHBoxLayout();
    m_actorLabel = new QLabel(this);
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_actor->setMinimumContentsLength(10);
    m_actionLabel = new QLabel(this);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setMinimumContentsLength(14);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_entityLabel = new QLabel(this);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entityFilter"));
    m_useDates = new QCheckBox(this);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    filters->addWidget(m_actorLabel);
    filters->addWidget(m_actor);
    filters->addWidget(m_actionLabel);
    filters->addWidget(m_action);
    filters->addWidget(m_entityLabel);
    filters->addWidget(m_entity);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_model = new AuditLogModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    ColumnPolicy::install(
        m_table, QStringLiteral("auditLog"), AuditLogModel::Detail, { AuditLogModel::EntityId, AuditLogModel::Fields });
    m_table->setWordWrap(false);
    EmptyState::attach(m_table);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout();
    m_count = new QLabel(this);
    // Wraps instead of widening the window (long counts, Chinese and English).
    m_count->setWordWrap(true);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_verify);
    layout->addLayout(bottom);
    layout->addWidget(m_verifyResult);

    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateCount);
    retranslate();
}

void AuditLogPage::setVault(Vault* vault)
{
    Page::setVault(vault);
    m_verifyResult->clear();
    refresh();
}

void AuditLogPage::refresh()
{
    const QString actor = m_actor->currentData().toString();
    const QString entity = m_entity->currentData().toString();
    QSignalBlocker a(m_actor);
    QSignalBlocker e(m_entity);
    m_actor->clear();
    m_entity->clear();
    m_actor->addItem(tr("Anyone"), QString());
    m_entity->addItem(tr("Any"), QString());
    if (vault()) {
        try {
            for (const QString& name : AuditLog::actors(vault()->db())) {
                m_actor->addItem(name, name);
            }
            for (const QString& type : AuditLog::entityTypes(vault()->db())) {
                m_entity->addItem(audit::entityName(type), type);
            }
        } catch (const DbException&) {
        }
    }
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(entity)));
    m_model->setVault(vault());
    applyFilter();
}

void AuditLogPage::applyFilter()
{
    AuditFilter f;
    f.actor = m_actor->currentData().toString();
    f.entityType = m_entity->currentData().toString();
    f.action = m_action->currentData().toString();
    if (m_useDates->isChecked()) {
        f.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    }
    m_model->setFilter(f);
    EmptyState::of(m_table)->setFiltered(
        !f.actor.isEmpty() || !f.entityType.isEmpty() || !f.action.isEmpty() || f.from.isValid());
}

void AuditLogPage::fillActions()
{
    const QString current = m_action->currentData().toString();
    QSignalBlocker block(m_action);
    m_action->clear();
    m_action->addItem(tr("Any action"), QString());
    QList<QPair<QString, QString>> actions;
    for (const QString& code : audit::knownActions()) {
        actions.append({ audit::actionName(code), code });
    }
    QCollator collator;
    std::sort(actions.begin(), actions.end(),
        [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto& [name, code] : actions) {
        m_action->addItem(name, code);
    }
    m_action->setCurrentIndex(std::max(0, m_action->findData(current)));
}

void AuditLogPage::updateCount()
{
    m_count->setText(vault() ? tr("%n entries", nullptr, int(m_model->totalCount())) : QString());
}

QString AuditLogPage::verifyChain()
{
    if (!vault()) {
        return {};
    }
    auto r = vault()->verify();
    QString text;
    if (!r) {
        text = r.message();
        m_verifyResult->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    } else if (r->integrityOk && r->auditOk) {
        text = tr("The vault is intact and the audit chain of %1 entries verifies.\nHead hash: %2")
                   .arg(QLocale().toString(r->auditEntries), QString::fromLatin1(r->auditHead.toHex()));
        m_verifyResult->setStyleSheet(StatePalette::styleSheet(StateTone::Ok));
    } else {
        QStringList problems;
        if (!r->integrityOk) {
            problems << tr("Integrity check failed: %1").arg(r->integrityMessage.left(200));
        }
        if (!r->auditOk) {
            problems << r->auditProblem;
        }
        text = problems.join(QLatin1Char('\n'));
        m_verifyResult->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    }
    m_verifyResult->setText(text);
    m_model->reload();
    return text;
}

void AuditLogPage::focusSearch()
{
    m_action->setFocus();
}

ReportDocument AuditLogPage::printableReport()
{
    if (!vault()) {
        return {};
    }
    return buildAuditReport(vault()->db(), vault()->actor().displayName, m_model->filter(), reportLanguage());
}

Page::ReportReader AuditLogPage::reportReader()
{
    if (!vault()) {
        return {};
    }
    // The chain check and the entries read the whole log: on a worker, through its own connection.
    const QString by = vault()->actor().displayName;
    const AuditFilter filter = m_model->filter();
    const QString language = reportLanguage();
    return [by, filter, language](Database& connection) -> Result<ReportDocument> {
        return buildAuditReport(connection, by, filter, language);
    };
}

void AuditLogPage::retranslate()
{
    m_header->setText(title());
    m_actorLabel->setText(tr("Who:"));
    m_actionLabel->setText(tr("Action:"));
    m_entityLabel->setText(tr("Record type:"));
    fillActions();
    m_useDates->setText(tr("Dates:"));
    m_verify->setText(tr("Verify chain"));
    EmptyState* empty = EmptyState::of(m_table);
    empty->setMessages(tr("The audit log has no entries yet. Every change made in this vault is recorded here."),
        tr("No entries match these filters."));
    empty->setFilteredAction(tr("Show all entries"), [this] {
        for (QComboBox* box : { m_actor, m_entity, m_action }) {
            const QSignalBlocker block(box);
            box->setCurrentIndex(0);
        }
        const QSignalBlocker block(m_useDates);
        m_useDates->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        applyFilter();
    });
    m_verify->setToolTip(tr("Recompute every entry's hash and report the first entry that was altered, removed "
                            "or moved."));
    if (m_actor->count() > 0) {
        m_actor->setItemText(0, tr("Anyone"));
    }
    for (int i = 0; i < m_entity->count(); ++i) {
        const QString type = m_entity->itemData(i).toString();
        m_entity->setItemText(i, type.isEmpty() ? tr("Any") : audit::entityName(type));
    }
    // The verification result is a sentence in the language it was made in: made again.
    if (!m_verifyResult->text().isEmpty() && vault()) {
        verifyChain();
    }
    updateCount();
}

} // namespace cd::ui

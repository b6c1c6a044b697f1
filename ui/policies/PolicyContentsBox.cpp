#include "PolicyContentsBox.h"

#include "util/Formatting.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/Dialogs.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

PolicyContentsBox::PolicyContentsBox(QWidget* parent)
    : QGroupBox(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("policyContents"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("policyContentsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    ColumnPolicy::install(m_table, QStringLiteral("policyContents"), Item);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemChanged, this, &PolicyContentsBox::itemChanged);
    retranslate();
    setVersion(nullptr);
}

QString PolicyContentsBox::language() const
{
    return fmt::language();
}

void PolicyContentsBox::setVault(Vault* vault)
{
    m_vault = vault;
    setVersion(nullptr);
}

void PolicyContentsBox::setVersion(const PolicyVersion* version)
{
    m_versionId = version ? version->id : 0;
    m_status = version ? version->status : PolicyStatus::Draft;
    load();
}

void PolicyContentsBox::retranslate()
{
    setTitle(tr("Contents check (NDSMR art. 21)"));
    m_table->setHorizontalHeaderLabels({ tr("Required content"), tr("Where / note") });
    m_table->setToolTip(tr("What the rules require the privacy policy to contain (网络数据安全管理条例 art. 21, in "
                           "force 2025-01-01). The approver ticks each item found, with the section that says it."));
    load();
}

void PolicyContentsBox::load()
{
    m_loading = true;
    m_checks.clear();
    m_table->setRowCount(0);
    if (m_vault && m_versionId > 0) {
        if (auto checks = PolicyContentsService(*m_vault).checks(m_versionId)) {
            m_checks = checks.value();
        }
    }
    m_editable = m_vault && m_vault->actor().can(Permission::Approve) && m_status != PolicyStatus::Superseded;
    m_table->setRowCount(int(m_checks.size()));
    int ticked = 0;
    for (int row = 0; row < m_checks.size(); ++row) {
        const PolicyContentCheck& c = m_checks.at(row);
        const PolicyContentRequirement* r = PolicyContents::find(c.key);
        auto* item = new QTableWidgetItem(r ? r->title(language()) : c.key);
        item->setData(Qt::UserRole, c.key);
        QString tip = r ? tr("Source: %1").arg(r->source(language())) : QString();
        if (c.updatedAt.isValid()) {
            tip += QLatin1Char('\n') + tr("Last changed by %1 on %2").arg(c.actorName, fmt::dateTime(c.updatedAt));
        }
        item->setToolTip(tip);
        item->setFlags(
            Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        item->setCheckState(c.ticked ? Qt::Checked : Qt::Unchecked);
        auto* note = new QTableWidgetItem(c.note);
        note->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
        note->setToolTip(
            tr("Where the policy says it, e.g. 二.1 (at most %1 characters)").arg(PolicyContents::maxNoteLength));
        m_table->setItem(row, Item, item);
        m_table->setItem(row, Note, note);
        ticked += c.ticked ? 1 : 0;
    }
    if (m_versionId == 0) {
        m_summary->setText(tr("Select a version to see its contents check."));
    } else {
        QString summary = tr("%1 of %2 required contents ticked.").arg(ticked).arg(m_checks.size());
        if (!m_editable && !m_checks.isEmpty()) {
            summary += QLatin1Char(' ') + tr("Only an approver can tick them.");
        }
        m_summary->setText(summary);
    }
    m_loading = false;
}

QStringList PolicyContentsBox::untickedKeys() const
{
    QStringList keys;
    for (const PolicyContentCheck& c : m_checks) {
        if (!c.ticked) {
            keys << c.key;
        }
    }
    return keys;
}

bool PolicyContentsBox::confirmApproval(const QString& versionLabel)
{
    const QStringList unticked = untickedKeys();
    const QString bullets
        = QStringLiteral("• ") + PolicyContentsService::untickedText(unticked, language(), QStringLiteral("\n• "));
    return Dialogs::warning(window(), window()->windowTitle(),
               tr("%n required content(s) of the contents check are not ticked:\n%1\n\nApprove version %2 "
                  "anyway? The audit log records the approval with the unticked items.",
                   nullptr, int(unticked.size()))
                   .arg(bullets, versionLabel),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void PolicyContentsBox::itemChanged(QTableWidgetItem* item)
{
    if (m_loading || !item) {
        return;
    }
    const int row = item->row();
    if (row < 0 || row >= m_checks.size()) {
        return;
    }
    const bool ticked = m_table->item(row, Item)->checkState() == Qt::Checked;
    const QString note = m_table->item(row, Note) ? m_table->item(row, Note)->text() : QString();
    if (ticked == m_checks.at(row).ticked && note.trimmed() == m_checks.at(row).note) {
        return;
    }
    store(row, ticked, note);
}

bool PolicyContentsBox::store(int row, bool ticked, const QString& note)
{
    const QString key = m_checks.at(row).key;
    const Status s = m_vault ? PolicyContentsService(*m_vault).setItem(m_versionId, key, ticked, note)
                             : Status(Error { ErrorCode::NotAllowed, QString() });
    if (!s) {
        emit statusMessage(s.message());
    }
    // Queued: the table may be inside the signal of the item being replaced.
    QMetaObject::invokeMethod(this, &PolicyContentsBox::load, Qt::QueuedConnection);
    m_checks[row].ticked = s ? ticked : m_checks.at(row).ticked;
    m_checks[row].note = s ? note.trimmed() : m_checks.at(row).note;
    return s.ok();
}

bool PolicyContentsBox::setTicked(const QString& key, bool ticked)
{
    for (int row = 0; row < m_checks.size(); ++row) {
        if (m_checks.at(row).key == key && m_editable) {
            const bool ok = store(row, ticked, m_checks.at(row).note);
            load();
            return ok;
        }
    }
    return false;
}

bool PolicyContentsBox::setNote(const QString& key, const QString& note)
{
    for (int row = 0; row < m_checks.size(); ++row) {
        if (m_checks.at(row).key == key && m_editable) {
            const bool ok = store(row, m_checks.at(row).ticked, note);
            load();
            return ok;
        }
    }
    return false;
}

} // namespace cd::ui

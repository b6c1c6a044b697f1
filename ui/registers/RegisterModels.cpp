#include "RegisterModels.h"

#include "attachments/AttachmentStore.h"
#include "registers/RegisterService.h"
#include "report/StatePalette.h"
#include "util/Clock.h"

#include "util/Formatting.h"
#include "widgets/Dialogs.h"
#include "widgets/FormGuard.h"
#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::registers;

namespace {
QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? fmt::dateTime(utc) : QString();
}
} // namespace

// ---------------------------------------------------------------------------------------------

void DisclosureModel::setDisclosures(const QList<Disclosure>& list)
{
    beginResetModel();
    m_rows = list;
    endResetModel();
}

int DisclosureModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int DisclosureModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisclosureModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisclosureModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Disclosure& d = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return d.id;
        case Date: return fmt::date(d.disclosedOn);
        case Kind: return kindName(d.kind);
        case Recipient: return d.recipientName;
        case Purpose: return d.purpose.section(QLatin1Char('\n'), 0, 0);
        case People: return QLocale().toString(d.peopleCount);
        case Basis: return basisName(d.basis);
        default: return {};
        }
    }
    if (role == Qt::UserRole) { // sort key
        switch (index.column()) {
        case Id: return d.id;
        case Date: return d.disclosedOn;
        case People: return d.peopleCount;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Basis) {
        return basisDetail(d);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == People)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant DisclosureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Id: return tr("No.");
    case Date: return tr("Date");
    case Kind: return tr("Kind");
    case Recipient: return tr("Recipient");
    case Purpose: return tr("Purpose");
    case People: return tr("People");
    case Basis: return tr("Legal basis");
    default: return {};
    }
}

void DisclosureModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

// ---------------------------------------------------------------------------------------------

void IncidentModel::setIncidents(const QList<Incident>& list, const RegulatorRule& rule)
{
    beginResetModel();
    m_rows = list;
    m_rule = rule;
    m_clocks.clear();
    const QDateTime now = Clock::nowUtc();
    for (const Incident& n : m_rows) {
        m_clocks.append(IncidentService::clockFor(n, m_rule, now));
    }
    endResetModel();
}

void IncidentModel::updateClocks(const QDateTime& nowUtc)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_clocks[i] = IncidentService::clockFor(m_rows.at(i), m_rule, nowUtc);
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, RegulatorClock), index(int(m_rows.size()) - 1, RegulatorClock));
    }
}

int IncidentModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int IncidentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentModel::clockText(const registers::RegulatorClock& c)
{
    switch (c.state) {
    case RegulatorClock::State::NotRequired: return tr("Not required");
    case RegulatorClock::State::Running: return tr("Due in %1").arg(formatDuration(c.secondsRemaining));
    case RegulatorClock::State::Overdue: return tr("Overdue by %1").arg(formatDuration(c.secondsRemaining));
    case RegulatorClock::State::ReportedInTime: return tr("Reported in time");
    case RegulatorClock::State::ReportedLate: return tr("Reported late");
    }
    return {};
}

QVariant IncidentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Incident& n = m_rows.at(index.row());
    const registers::RegulatorClock& c = m_clocks.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return n.id;
        case Title: return n.title;
        case Severity: return severityName(n.severity);
        case Status: return statusName(n.status);
        case Discovered: return localTime(n.discoveredAt);
        case RegulatorClock: return clockText(c);
        case People: return QLocale().toString(n.peopleCount);
        default: return {};
        }
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Id: return n.id;
        case Severity: return int(n.severity);
        case Status: return int(n.status);
        case Discovered: return n.discoveredAt;
        case RegulatorClock: return c.isPending() ? c.secondsRemaining : std::numeric_limits<qint64>::max();
        case People: return n.peopleCount;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == RegulatorClock) {
        if (c.state == RegulatorClock::State::Overdue || c.state == RegulatorClock::State::ReportedLate) {
            return QBrush(QColor(StatePalette::text(StateTone::Overdue)));
        }
        if (c.state == RegulatorClock::State::Running) {
            return QBrush(QColor(StatePalette::text(StateTone::DueSoon)));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RegulatorClock && c.deadline.isValid()) {
        return tr("Deadline: %1").arg(localTime(c.deadline));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == People)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant IncidentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Id: return tr("No.");
    case Title: return tr("Title");
    case Severity: return tr("Severity");
    case Status: return tr("Status");
    case Discovered: return tr("Discovered");
    case RegulatorClock: return tr("Regulator report");
    case People: return tr("People");
    default: return {};
    }
}

void IncidentModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

// ---------------------------------------------------------------------------------------------

AttachmentsBox::AttachmentsBox(const QString& ownerType, QWidget* parent)
    : QWidget(parent)
    , m_ownerType(ownerType)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setMaximumHeight(90);
    m_list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &AttachmentsBox::addFiles);
    connect(m_save, &QPushButton::clicked, this, &AttachmentsBox::saveSelected);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsBox::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_save->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    retranslate();
    setOwner(nullptr, 0);
}

void AttachmentsBox::retranslate()
{
    m_add->setText(tr("Attach files…"));
    m_save->setText(tr("Save as…"));
    m_remove->setText(tr("Remove"));
    m_list->setToolTip(tr("Documents kept encrypted inside the vault"));
}

void AttachmentsBox::setOwner(Vault* vault, qint64 ownerId)
{
    m_vault = vault;
    m_ownerId = ownerId;
    reload();
}

int AttachmentsBox::count() const
{
    return m_list->count();
}

void AttachmentsBox::reload()
{
    m_list->clear();
    const bool usable = m_vault && m_ownerId > 0;
    m_add->setEnabled(usable);
    m_save->setEnabled(false);
    m_remove->setEnabled(false);
    if (!usable) {
        return;
    }
    auto list = AttachmentStore(*m_vault).list(m_ownerType, m_ownerId);
    if (!list) {
        emit message(list.message());
        return;
    }
    for (const Attachment& a : list.value()) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2, %3)").arg(a.name, QLocale().formattedDataSize(a.size), localTime(a.addedAt)), m_list);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.name);
    }
}

void AttachmentsBox::addFiles()
{
    const QStringList files = Dialogs::openFileNames(this, tr("Attach files"));
    for (const QString& f : files) {
        auto added = AttachmentStore(*m_vault).addFile(m_ownerType, m_ownerId, f);
        if (!added) {
            Dialogs::warning(this, tr("Attach files"), added.message());
            break;
        }
    }
    reload();
}

void AttachmentsBox::saveSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const QString path = Dialogs::saveFileName(this, tr("Save attachment"), item->data(Qt::UserRole + 1).toString());
    if (path.isEmpty()) {
        return;
    }
    if (Status s = AttachmentStore(*m_vault).saveAs(item->data(Qt::UserRole).toLongLong(), path); !s) {
        Dialogs::warning(this, tr("Save attachment"), s.message());
    }
}

void AttachmentsBox::removeSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    if (!askBeforeDeleting(this, tr("Remove attachment"),
            tr("Remove \"%1\" from the vault? It cannot be recovered.").arg(item->data(Qt::UserRole + 1).toString()))) {
        return;
    }
    if (Status s = AttachmentStore(*m_vault).remove(item->data(Qt::UserRole).toLongLong()); !s) {
        Dialogs::warning(this, tr("Remove attachment"), s.message());
    }
    reload();
}

// ---------------------------------------------------------------------------------------------

CategoryChecklist::CategoryChecklist(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    m_list->setMaximumHeight(100);
    // A wrapping list asks for its widest row; let the form decide the width instead.
    m_list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_list, &QListWidget::itemChanged, this, &CategoryChecklist::changed);
}

void CategoryChecklist::setCategories(const QList<DataCategory>& categories, const QString& language)
{
    const QStringList keep = checkedKeys();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const DataCategory& c : categories) {
        auto* item = new QListWidgetItem(c.displayName(language), m_list);
        item->setData(Qt::UserRole, c.key);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(keep.contains(c.key) ? Qt::Checked : Qt::Unchecked);
    }
}

void CategoryChecklist::setChecked(const QStringList& keys)
{
    const QSignalBlocker block(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList CategoryChecklist::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            keys << m_list->item(i)->data(Qt::UserRole).toString();
        }
    }
    return keys;
}

void CategoryChecklist::clear()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
}

} // namespace cd::ui

#include "SubmissionsModel.h"

#include "storage/Database.h"
#include "vault/Vault.h"

#include "util/Formatting.h"
#include <QLocale>

#include <algorithm>

namespace cd::ui {

using namespace cd::submissions;

SubmissionsModel::SubmissionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SubmissionsModel::setVault(Vault* vault)
{
    m_vault = vault;
    if (!vault) {
        m_filter = {};
    } else {
        try {
            SubmissionQuery::prepareConnection(vault->db());
        } catch (const DbException&) {
            // Browsing still works with the default cache.
        }
    }
    rebuild();
}

void SubmissionsModel::setFilter(const SubmissionFilter& filter)
{
    m_filter = filter;
    rebuild();
}

void SubmissionsModel::reload()
{
    rebuild();
}

void SubmissionsModel::rebuild()
{
    beginResetModel();
    m_blocks.clear();
    m_recent.clear();
    m_query.reset();
    m_count = 0;
    m_capped = false;
    m_estimate = 0;
    m_tooShort = false;
    if (m_vault && m_vault->isSignedIn() && m_vault->actor().can(Permission::Read)) {
        try {
            SubmissionService service(*m_vault);
            m_query = SubmissionQuery::compile(m_vault->db(), m_filter, service.retentionMonths());
            m_tooShort = m_query->state() == SubmissionQuery::State::TooShort;
            const bool searching = !m_filter.search.trimmed().isEmpty();
            const auto counted = m_query->listCount(m_vault->db(), searching ? searchCountCap : 0);
            m_count = counted.n;
            m_estimate = counted.estimated ? counted.n : 0;
            if (searching && m_count > searchCountCap) {
                m_count = searchCountCap;
                m_capped = true;
            }
        } catch (const DbException&) {
            m_query.reset();
            m_count = 0;
        }
    }
    endResetModel();
    emit countChanged();
}

const QList<Submission>* SubmissionsModel::block(int index) const
{
    auto it = m_blocks.find(index);
    if (it == m_blocks.end()) {
        if (!m_query || !m_vault) {
            return nullptr;
        }
        std::optional<PageKey> after;
        auto previous = m_blocks.find(index - 1);
        if (previous != m_blocks.end() && previous->size() == blockSize) {
            after = SubmissionQuery::keyOf(previous->last(), m_sort.column);
        }
        QList<Submission> rows;
        try {
            const qint64 start = qint64(index) * blockSize;
            const qint64 want = qMin<qint64>(blockSize, m_count - start);
            if (!after && !m_capped && want > 0 && start > m_count / 2) {
                // Past the middle, read from the other end in the opposite order: the view jumps
                // to the last rows without stepping over a million index entries by OFFSET.
                const Sort reversed { m_sort.column, !m_sort.descending };
                std::optional<PageKey> before;
                auto following = m_blocks.find(index + 1);
                if (following != m_blocks.end() && !following->isEmpty()) {
                    before = SubmissionQuery::keyOf(following->first(), m_sort.column);
                }
                rows = m_query->page(m_vault->db(), reversed, int(want), before, before ? 0 : m_count - start - want);
                std::reverse(rows.begin(), rows.end());
            } else {
                rows = m_query->page(m_vault->db(), m_sort, blockSize, after, after ? 0 : start);
            }
        } catch (const DbException&) {
            return nullptr;
        }
        // Evict before inserting: removing from the hash may move its entries, and the pointer
        // returned below must stay valid until the next call.
        if (m_recent.size() >= maxBlocks) {
            m_blocks.remove(m_recent.takeFirst());
        }
        it = m_blocks.insert(index, rows);
    } else {
        m_recent.removeOne(index);
    }
    m_recent.append(index);
    return &*it;
}

std::optional<Submission> SubmissionsModel::submissionAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return std::nullopt;
    }
    const auto* rows = block(row / blockSize);
    const int offset = row % blockSize;
    if (!rows || offset >= rows->size()) {
        return std::nullopt;
    }
    return rows->at(offset);
}

qint64 SubmissionsModel::idAt(int row) const
{
    const auto s = submissionAt(row);
    return s ? s->id : 0;
}

int SubmissionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int SubmissionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != Qt::TextAlignmentRole) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == Id ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    const auto s = submissionAt(index.row());
    if (!s) {
        return {};
    }
    if (role == IdRole) {
        return s->id;
    }
    switch (index.column()) {
    case Id: return fmt::id(s->id); // "1923", never "1,923": an id is a name, not an amount
    case ReceivedAt: return fmt::dateTime(s->receivedAt);
    case Name: return s->name;
    case Phone: return s->phone;
    case Email: return s->email;
    case Region: return s->region;
    case Status: return statusDisplayName(s->status);
    case Assignee: return s->assigneeName;
    case PossibleMinor: return s->possibleMinor ? tr("Possible minor") : QString();
    case Message: return role == Qt::ToolTipRole ? s->message : s->message.simplified().left(200);
    default: return {};
    }
}

QVariant SubmissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Id: return tr("ID");
    case ReceivedAt: return tr("Received", "date column");
    case Name: return tr("Name");
    case Phone: return tr("Phone");
    case Email: return tr("Email");
    case Region: return tr("Region");
    case Status: return tr("Status");
    case Assignee: return tr("Assignee");
    case PossibleMinor: return tr("Minor?");
    case Message: return tr("Message");
    default: return {};
    }
}

void SubmissionsModel::sort(int column, Qt::SortOrder order)
{
    SortColumn c;
    switch (column) {
    case Id: c = SortColumn::Id; break;
    case ReceivedAt: c = SortColumn::ReceivedAt; break;
    case Name: c = SortColumn::Name; break;
    case Phone: c = SortColumn::Phone; break;
    case Email: c = SortColumn::Email; break;
    case Region: c = SortColumn::Region; break;
    case Status: c = SortColumn::Status; break;
    default: return; // not indexed: sorting a million rows by it would freeze the view
    }
    const Sort next { c, order == Qt::DescendingOrder };
    if (next.column == m_sort.column && next.descending == m_sort.descending) {
        return;
    }
    // A reset, not a layout change: row i now shows a different submission, so selections and
    // persistent indexes must not silently follow the row number.
    beginResetModel();
    m_sort = next;
    m_blocks.clear();
    m_recent.clear();
    endResetModel();
}

} // namespace cd::ui

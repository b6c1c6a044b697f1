#include "SubmissionsModel.h"

#include "storage/Database.h"
#include "storage/DbGuard.h"
#include "storage/Interrupt.h"
#include "submissions/SubmissionCount.h"
#include "vault/Vault.h"

#include "util/Formatting.h"
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <utility>

namespace cd::ui {

using namespace cd::submissions;

namespace {

std::atomic<qint64> g_farOffset { SubmissionsModel::defaultFarOffset };
std::atomic<qint64> g_backgroundFrom { SubmissionsModel::defaultBackgroundFrom };

// Requests older than this many later ones are skipped by the worker: the view has moved on
// (a dragged scroll bar asks for every block it passes), and asks again for what it still shows.
constexpr quint64 keptRequests = 8;

} // namespace

// Reads far blocks on the worker thread, over a connection of its own opened on the first read
// and closed with the reader (after the thread has stopped).
class SubmissionsModel::Reader : public QObject
{
public:
    explicit Reader(const Vault* vault)
        : m_vault(vault)
    {
    }

    struct Block {
        QList<Submission> rows;
        bool read = false; // false: skipped or failed; the rows are asked for again when shown
        bool failed = false;
    };

    // On the worker thread.
    Block read(quint64 serial, const SubmissionQuery& query, const Sort& sort, int limit, qint64 offset, bool reversed)
    {
        Block block;
        if (m_stop.load() || serial + keptRequests < m_latest.load()) {
            return block;
        }
        if (!connect()) {
            block.failed = !m_stop.load();
            return block;
        }
        auto rows = catchDb([&] { return query.page(*m_db, sort, limit, std::nullopt, offset); });
        if (!rows) {
            block.failed = !m_stop.load();
            return block;
        }
        block.rows = std::move(rows.value());
        if (reversed) {
            std::reverse(block.rows.begin(), block.rows.end());
        }
        block.read = true;
        return block;
    }

    struct Rebuild {
        Listing listing;
        QList<Submission> first;
        bool firstRead = false;
    };

    // On the worker thread: the filter's query, its count and its first block.
    Rebuild rebuild(quint64 serial, const SubmissionFilter& filter, int retentionMonths, const Sort& sort)
    {
        Rebuild result;
        if (m_stop.load() || serial < m_latestRebuild.load() || !connect()) {
            return result;
        }
        auto listing = catchDb([&] { return list(*m_db, filter, retentionMonths); });
        if (!listing) {
            return result; // shows no rows, as the same failure on the UI thread does
        }
        result.listing = std::move(listing.value());
        if (result.listing.count > 0 && serial == m_latestRebuild.load()) {
            auto rows = catchDb([&] { return result.listing.query->page(*m_db, sort, blockSize, std::nullopt, 0); });
            if (rows) {
                result.first = std::move(rows.value());
                result.firstRead = true;
            }
        }
        return result;
    }

    // On the UI thread: the newest request, so older ones still queued can be skipped.
    void requested(quint64 serial) { m_latest.store(serial); }
    void rebuildRequested(quint64 serial) { m_latestRebuild.store(serial); }

    // On the UI thread: whatever runs stops at its next step; nothing queued runs any more.
    void stop()
    {
        m_stop.store(true);
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_db) {
            interruptRunningStatement(*m_db);
        }
    }

private:
    // Opens the reader's connection on its first use; false when it cannot or a stop was asked.
    bool connect()
    {
        if (!m_db) {
            auto db = m_vault->openConnection();
            if (!db) {
                return false;
            }
            // Browsing still works with the default cache and without the search functions'
            // set-up; a search's page then fails and shows empty rows, as on the UI thread.
            catchDb([&] { SubmissionQuery::prepareConnection(*db.value()); });
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_db = std::move(db.value());
        }
        return !m_stop.load();
    }

    const Vault* m_vault;
    std::unique_ptr<Database> m_db;
    std::mutex m_mutex; // guards m_db while it is set, against stop()
    std::atomic_bool m_stop { false };
    std::atomic<quint64> m_latest { 0 };
    std::atomic<quint64> m_latestRebuild { 0 };
};

struct SubmissionsModel::Rebuilt {
    quint64 serial = 0;
    Sort sort;
    Reader::Rebuild result;
};

struct SubmissionsModel::Arrival {
    quint64 generation = 0;
    int index = 0;
    Reader::Block block;
};

SubmissionsModel::SubmissionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

SubmissionsModel::~SubmissionsModel()
{
    stopReader();
}

void SubmissionsModel::setFarOffset(qint64 rows)
{
    g_farOffset.store(rows > 0 ? rows : defaultFarOffset);
}

void SubmissionsModel::setBackgroundFrom(qint64 rows)
{
    g_backgroundFrom.store(rows > 0 ? rows : defaultBackgroundFrom);
}

void SubmissionsModel::startReader() const
{
    if (m_thread) {
        return;
    }
    m_thread = new QThread(const_cast<SubmissionsModel*>(this));
    m_thread->setObjectName(QStringLiteral("submissions-reader"));
    m_reader = new Reader(m_vault);
    m_reader->moveToThread(m_thread);
    m_thread->start();
}

void SubmissionsModel::stopReader()
{
    if (!m_thread) {
        return;
    }
    // An OFFSET over a million index entries is interrupted, not waited for: locking the vault
    // or closing the window does not hang on it.
    m_reader->stop();
    m_thread->quit();
    m_thread->wait();
    // The reader's connection closes with it; its thread no longer runs.
    delete std::exchange(m_reader, nullptr);
    delete std::exchange(m_thread, nullptr);
}

void SubmissionsModel::forget()
{
    // Whatever is still on its way belongs to rows no longer shown.
    ++m_generation;
    m_loading.clear();
    m_blocks.clear();
    m_recent.clear();
}

void SubmissionsModel::setVault(Vault* vault)
{
    // Before the old vault closes: the reader's connection was opened with its key.
    stopReader();
    m_rebuilding = false;
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
    if (canRead() && !filter.isEmpty() && inBackground()) {
        rebuildLater();
    } else {
        rebuild();
    }
}

void SubmissionsModel::reload()
{
    rebuild();
}

bool SubmissionsModel::canRead() const
{
    return m_vault && m_vault->isSignedIn() && m_vault->actor().can(Permission::Read);
}

bool SubmissionsModel::inBackground() const
{
    const auto total = catchDb([&] { return SubmissionCount::stored(m_vault->db()); });
    return total && total.value() >= g_backgroundFrom.load();
}

SubmissionsModel::Listing SubmissionsModel::list(Database& db, const SubmissionFilter& filter, int retentionMonths)
{
    Listing l;
    l.query = SubmissionQuery::compile(db, filter, retentionMonths);
    l.tooShort = l.query->state() == SubmissionQuery::State::TooShort;
    const bool searching = !filter.search.trimmed().isEmpty();
    const auto counted = l.query->listCount(db, searching ? searchCountCap : 0);
    l.count = counted.n;
    l.estimate = counted.estimated ? counted.n : 0;
    if (searching && l.count > searchCountCap) {
        l.count = searchCountCap;
        l.capped = true;
    }
    return l;
}

void SubmissionsModel::take(Listing listing)
{
    m_query = std::move(listing.query);
    m_count = m_query ? listing.count : 0;
    m_capped = listing.capped;
    m_estimate = listing.estimate;
    m_tooShort = listing.tooShort;
}

void SubmissionsModel::rebuild()
{
    ++m_rebuilds; // a filter still being applied on the worker is overtaken
    m_rebuilding = false;
    beginResetModel();
    forget();
    Listing listing;
    if (canRead()) {
        const int months = SubmissionService(*m_vault).retentionMonths();
        if (auto l = catchDb([&] { return list(m_vault->db(), m_filter, months); })) {
            listing = std::move(l.value());
        }
    }
    take(std::move(listing));
    endResetModel();
    emit countChanged();
}

void SubmissionsModel::rebuildLater()
{
    startReader();
    const quint64 serial = ++m_rebuilds;
    m_rebuilding = true;
    m_reader->rebuildRequested(serial);
    QMetaObject::invokeMethod(
        m_reader,
        [this, reader = m_reader, serial, filter = m_filter, months = SubmissionService(*m_vault).retentionMonths(),
            sort = m_sort] {
            Rebuilt rebuilt { serial, sort, reader->rebuild(serial, filter, months, sort) };
            QMetaObject::invokeMethod(
                this, [this, rebuilt] { arrived(rebuilt); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SubmissionsModel::arrived(const Rebuilt& rebuilt)
{
    if (rebuilt.serial != m_rebuilds) {
        return; // overtaken by a later filter, a reload or a lock
    }
    m_rebuilding = false;
    // The old rows stayed until now: the list changes once, to the new matches.
    beginResetModel();
    forget();
    take(rebuilt.result.listing);
    if (rebuilt.result.firstRead && rebuilt.sort.column == m_sort.column && rebuilt.sort.descending == m_sort.descending
        && m_query) {
        keep(0, rebuilt.result.first);
    }
    endResetModel();
    emit countChanged();
}

const QList<Submission>* SubmissionsModel::block(int index) const
{
    auto it = m_blocks.find(index);
    if (it != m_blocks.end()) {
        m_recent.removeOne(index);
        m_recent.append(index);
        return &*it;
    }
    if (!m_query || !m_vault || m_loading.contains(index)) {
        return nullptr;
    }
    const qint64 start = qint64(index) * blockSize;
    const qint64 want = qMin<qint64>(blockSize, m_count - start);
    if (want <= 0) {
        return nullptr;
    }
    // A neighbouring block gives a keyset to step from: the next rows after the one before, or
    // the rows before the one after (read in the opposite order).
    std::optional<PageKey> after;
    std::optional<PageKey> before;
    if (auto previous = m_blocks.constFind(index - 1); previous != m_blocks.cend() && previous->size() == blockSize) {
        after = SubmissionQuery::keyOf(previous->last(), m_sort.column);
    } else if (auto following = m_blocks.constFind(index + 1);
               following != m_blocks.cend() && !following->isEmpty() && want == blockSize) {
        before = SubmissionQuery::keyOf(following->first(), m_sort.column);
    }
    // Else by OFFSET from the nearer end; past the middle from the other end in the opposite
    // order: the view jumps to the last rows without stepping over a million index entries.
    const qint64 fromEnd = m_count - start - want;
    const bool reversed = before || (!after && !m_capped && fromEnd < start);
    const Sort sort = reversed ? Sort { m_sort.column, !m_sort.descending } : m_sort;
    const qint64 offset = after || before ? 0 : reversed ? fromEnd : start;
    // A search's OFFSET checks every row it steps over against the search: far costlier per row.
    const bool searching = !m_filter.search.trimmed().isEmpty();
    if (offset > (searching ? g_farOffset.load() / 10 : g_farOffset.load())) {
        readLater(index, sort, int(want), offset, reversed);
        return nullptr;
    }
    QList<Submission> rows;
    try {
        rows = m_query->page(m_vault->db(), sort, int(want), reversed ? before : after, offset);
    } catch (const DbException&) {
        return nullptr;
    }
    if (reversed) {
        std::reverse(rows.begin(), rows.end());
    }
    return keep(index, std::move(rows));
}

const QList<Submission>* SubmissionsModel::keep(int index, QList<Submission> rows) const
{
    // Evict before inserting: removing from the hash may move its entries, and the pointer
    // returned must stay valid until the next call.
    if (m_recent.size() >= maxBlocks) {
        m_blocks.remove(m_recent.takeFirst());
    }
    m_recent.append(index);
    return &*m_blocks.insert(index, std::move(rows));
}

void SubmissionsModel::readLater(int index, const Sort& sort, int limit, qint64 offset, bool reversed) const
{
    startReader();
    m_loading.insert(index);
    const quint64 serial = ++m_requests;
    m_reader->requested(serial);
    auto* self = const_cast<SubmissionsModel*>(this);
    Reader* reader = m_reader;
    QMetaObject::invokeMethod(
        reader,
        [self, reader, serial, generation = m_generation, index, query = *m_query, sort, limit, offset, reversed] {
            Arrival arrival { generation, index, reader->read(serial, query, sort, limit, offset, reversed) };
            // The model outlives the thread (stopReader() waits), and a queued call to it is
            // dropped when it goes away first.
            QMetaObject::invokeMethod(
                self, [self, arrival] { self->arrived(arrival); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SubmissionsModel::arrived(const Arrival& arrival)
{
    if (arrival.generation != m_generation) {
        return; // read for rows shown before a sort, filter change, reload or lock
    }
    m_loading.remove(arrival.index);
    if (arrival.block.read || arrival.block.failed) {
        // A failed read shows empty rows rather than asking again on every repaint.
        keep(arrival.index, arrival.block.rows);
    }
    // Repaints the rows; a skipped block still in view is asked for again.
    const int first = arrival.index * blockSize;
    const int last = int(qMin<qint64>(m_count, qint64(first) + blockSize)) - 1;
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
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

bool SubmissionsModel::isLoading(int row) const
{
    return row >= 0 && row < rowCount() && m_loading.contains(row / blockSize);
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
    if (role == Qt::ForegroundRole) {
        // Muted while loading, as a placeholder is; never a read of its own.
        return isLoading(index.row()) ? QGuiApplication::palette().color(QPalette::PlaceholderText) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != Qt::TextAlignmentRole) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == Id ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    const auto s = submissionAt(index.row());
    if (!s) {
        if (role == Qt::DisplayRole && index.column() == Message && isLoading(index.row())) {
            return tr("Loading…", "rows of a long list still being read");
        }
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
    forget();
    endResetModel();
}

} // namespace cd::ui

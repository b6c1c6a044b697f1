#pragma once

#include "submissions/Submission.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

class QThread;

namespace cd {
class Database;
class Vault;
} // namespace cd

namespace cd::ui {

// A million rows without loading them: the row count comes from SQL, rows are fetched in
// blocks on demand (the next block by keyset from the one before or after it, a jump by OFFSET
// from the nearer end) and only the most recently used blocks are kept. Sorting is done by SQL
// on indexed columns. A jump far from both ends (a long OFFSET) is read on a worker thread with
// a connection of its own: its rows show as loading until the block arrives (dataChanged), and
// a block that arrives after a sort, filter change, reload or lock is dropped.
class SubmissionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, ReceivedAt, Name, Phone, Email, Region, Status, Assignee, PossibleMinor, Message, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    // Rows read together: a screen or two of rows, so the first block (read when the list opens
    // or a search applies) costs no more than the list needs to show.
    static constexpr int blockSize = 100;
    static constexpr int maxBlocks = 80;
    // A search's count stops here, so a query that matches half the table still answers at once:
    // the list shows the first this many matches and asks to refine the search. A count below it
    // is exact, so it reads the row of every candidate the index cannot vouch for; 1,000 keeps
    // that to a few milliseconds at a million rows.
    static constexpr qint64 searchCountCap = 1000;
    // A block whose OFFSET from the nearer end is at most this many rows is read at once.
    static constexpr qint64 defaultFarOffset = 5000;

    // A vault with at least this many submissions applies a filter or search on the worker:
    // the rows shown stay until the new count and first rows arrive (countChanged).
    static constexpr qint64 defaultBackgroundFrom = 50000;

    // Test seams (<= 0: the default): the OFFSET past which a block is read on the worker (a
    // tenth of it in a search), and the vault size from which a filter is applied there.
    static void setFarOffset(qint64 rows);
    static void setBackgroundFrom(qint64 rows);

    explicit SubmissionsModel(QObject* parent = nullptr);
    ~SubmissionsModel() override;

    void setVault(Vault* vault);
    void setFilter(const submissions::SubmissionFilter& filter);
    const submissions::SubmissionFilter& filter() const { return m_filter; }
    submissions::Sort currentSort() const { return m_sort; }
    // Re-reads count and rows (after an import or an edit).
    void reload();
    // Whether a filter is still being applied on the worker (the rows shown are the previous ones).
    bool isUpdating() const { return m_rebuilding; }
    // Blocks of rows held in memory now (for tests: how much a view read).
    int cachedBlocks() const { return int(m_blocks.size()); }

    // The number of matches, and whether it was capped (then it means "at least").
    qint64 matchCount() const { return m_count; }
    bool countCapped() const { return m_capped; }
    // When the count was capped because a sample of a common search's candidates showed far more
    // matches than the cap: the estimated number of matches (two significant digits); else 0.
    qint64 estimatedMatches() const { return m_estimate; }
    bool searchTooShort() const { return m_tooShort; }

    // The row, or nothing while its block is still being read (or the read failed).
    std::optional<submissions::Submission> submissionAt(int row) const;
    // Whether the row's block is being read on the worker (its cells show as loading).
    bool isLoading(int row) const;
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged();

private:
    class Reader;
    struct Arrival;
    struct Rebuilt;
    // What a filter shows: its query and count.
    struct Listing {
        std::optional<submissions::SubmissionQuery> query;
        qint64 count = 0;
        bool capped = false;
        qint64 estimate = 0;
        bool tooShort = false;
    };
    static Listing list(Database& db, const submissions::SubmissionFilter& filter, int retentionMonths);
    bool canRead() const;
    bool inBackground() const;
    void take(Listing listing);
    void rebuildLater();
    void arrived(const Rebuilt& rebuilt);
    void startReader() const;

    const QList<submissions::Submission>* block(int index) const;
    const QList<submissions::Submission>* keep(int index, QList<submissions::Submission> rows) const;
    void readLater(int index, const submissions::Sort& sort, int limit, qint64 offset, bool reversed) const;
    void arrived(const Arrival& arrival);
    void forget();
    void stopReader();
    void rebuild();

    Vault* m_vault = nullptr;
    submissions::SubmissionFilter m_filter;
    submissions::Sort m_sort;
    std::optional<submissions::SubmissionQuery> m_query;
    qint64 m_count = 0;
    bool m_capped = false;
    qint64 m_estimate = 0;
    bool m_tooShort = false;
    mutable QHash<int, QList<submissions::Submission>> m_blocks;
    mutable QList<int> m_recent;
    // Blocks being read on the worker, for the rows shown now (m_generation).
    mutable QSet<int> m_loading;
    quint64 m_generation = 0;
    quint64 m_rebuilds = 0;
    bool m_rebuilding = false;
    mutable quint64 m_requests = 0;
    mutable Reader* m_reader = nullptr; // lives on m_thread, made on the first far jump
    mutable QThread* m_thread = nullptr;
};

} // namespace cd::ui

#pragma once

#include "submissions/Submission.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace cd {
class Vault;
}

namespace cd::ui {

// A million rows without loading them: the row count comes from SQL, rows are fetched in
// blocks on demand (the next block by keyset from the one before it, a jump by OFFSET) and
// only the most recently used blocks are kept. Sorting is done by SQL on indexed columns.
class SubmissionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, ReceivedAt, Name, Phone, Email, Region, Status, Assignee, PossibleMinor, Message, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int blockSize = 200;
    static constexpr int maxBlocks = 40;
    // A search's count stops here, so a query that matches half the table still answers at once.
    static constexpr qint64 searchCountCap = 2000;

    explicit SubmissionsModel(QObject* parent = nullptr);

    void setVault(Vault* vault);
    void setFilter(const submissions::SubmissionFilter& filter);
    const submissions::SubmissionFilter& filter() const { return m_filter; }
    submissions::Sort currentSort() const { return m_sort; }
    // Re-reads count and rows (after an import or an edit).
    void reload();

    // The number of matches, and whether it was capped (then it means "at least").
    qint64 matchCount() const { return m_count; }
    bool countCapped() const { return m_capped; }
    // When the count was capped because a sample of a common search's candidates showed far more
    // matches than the cap: the estimated number of matches (two significant digits); else 0.
    qint64 estimatedMatches() const { return m_estimate; }
    bool searchTooShort() const { return m_tooShort; }

    std::optional<submissions::Submission> submissionAt(int row) const;
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged();

private:
    const QList<submissions::Submission>* block(int index) const;
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
};

} // namespace cd::ui

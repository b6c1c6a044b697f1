#pragma once

#include "storage/WorkControl.h"
#include "util/Result.h"
#include "util/TranslationContexts.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cd {

class Database;
class Statement;
class Vault;
class ReportDocument;

namespace submissions {

// Status keys as stored: new → contacted → closed; reopening goes back to contacted or new.
QStringList statusKeys();
bool isStatusKey(const QString& key);
QString statusDisplayName(const QString& key); // translated

struct Submission {
    qint64 id = 0;
    QDateTime receivedAt;
    QString name;
    QString phone;
    QString phoneNorm;
    QString email;
    QString emailNorm;
    QString region;
    QString message;
    QString source;
    QString status = QStringLiteral("new");
    qint64 assigneeId = 0;
    QString assigneeName;
    QString notes;
    QDateTime closedAt;
    bool possibleMinor = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SubmissionFilter {
    QString search;
    QStringList statuses; // empty: all
    QString region; // exact; empty: all
    qint64 assigneeId = 0; // 0: anyone, -1: unassigned
    QDate from; // received on or after (UTC date)
    QDate to; // received on or before
    bool possibleMinorOnly = false;
    bool dueForDeletion = false;

    bool isEmpty() const;
    // A description without personal values, for the audit log: which filters were set.
    QString auditDescription() const;
};

enum class SortColumn { ReceivedAt, Name, Phone, Email, Region, Status, Id };

struct Sort {
    SortColumn column = SortColumn::ReceivedAt;
    bool descending = true;
};

// The position after which the next page starts (keyset paging).
struct PageKey {
    QVariant value;
    // The sort's second key where it has one: the received time within a status.
    QVariant tie;
    qint64 id = 0;
};

// A filter turned into SQL for one connection. Compiling a search fills a temporary table of
// candidate ids on that connection, so use the query before compiling another on it.
class SubmissionQuery
{
public:
    enum class State { Ready, TooShort, Empty };

    static SubmissionQuery compile(Database& db, const SubmissionFilter& filter, int retentionMonths);
    // Sets up a connection that browses and searches: the search function and a page cache
    // large enough for the sort indexes of a million rows (64 MB).
    static void prepareConnection(Database& db);

    State state() const { return m_state; }
    // Counts matches, stopping at cap + 1 (cap <= 0: exact). Searches cap their count so a
    // query that matches most rows still answers at once.
    qint64 count(Database& db, qint64 cap = 0) const;
    // The count the list shows: count(db, cap), except that a search whose candidates outnumber
    // the cap more than twice verifies an even sample of them instead of cap + 1 rows. When even
    // the sample's lower bound (three standard deviations) is above the cap, the result is the
    // estimate, rounded to two significant digits, and `estimated` says so.
    struct ListCount {
        qint64 n = 0;
        bool estimated = false;
    };
    ListCount listCount(Database& db, qint64 cap) const;
    // One page in the given order, after `after` (keyset) or from `offset`.
    QList<Submission> page(
        Database& db, const Sort& sort, int limit, const std::optional<PageKey>& after, qint64 offset = 0) const;
    QList<qint64> ids(Database& db, const Sort& sort, qint64 limit = -1) const;
    // Every match in the given order as one statement selecting `columns` from `submissions s`:
    // an export reads a million rows in one pass instead of page by page.
    Statement everyRow(Database& db, const char* columns, const Sort& sort) const;
    static PageKey keyOf(const Submission& row, SortColumn column);
    // Candidate sets up to this size (and exact ones of any size) are bound to the page query as
    // a blob of ids that cd_in_ids() searches; larger ones are matched by cd_contains() alone while
    // walking the display-order index. Up to 2,000 verified ids go into the query as a list, so
    // their rows are fetched and sorted. Tests lower the limit.
    static void setCandidateTableLimit(qint64 ids);

private:
    QString m_where; // for pages
    QString m_countWhere; // for counting
    QVariantList m_binds;
    // A search without other filters counts by verifying its candidates directly.
    std::shared_ptr<const std::vector<quint32>> m_candidates;
    QByteArray m_folded;
    bool m_candidatesVerified = false;
    bool m_idList = false; // the matches are an "s.id IN (…)" list: pages pick their ids first
    bool m_everyRow = false; // no filter: the count is the stored row count
    State m_state = State::Ready;
};

struct SubmissionChange {
    std::optional<QString> status;
    std::optional<qint64> assigneeId; // 0 clears
    std::optional<QString> notes;
    std::optional<bool> possibleMinor;
};

struct PurgeReport {
    qint64 due = 0;
    qint64 deleted = 0;
};

// How a retention purge runs on a worker: its own connection (Vault::openConnection(); default
// the vault's), progress in rows deleted of rows due, and a cancel flag. The purge is one
// transaction: a cancel rolls it back whole (nothing deleted, erasure ledger and audit log
// untouched) and returns ErrorCode::Cancelled.
struct PurgeControl {
    Database* connection = nullptr;
    WorkControl work;
};

struct Assignee {
    qint64 id = 0;
    QString displayName;
};

// How an export runs on a worker: its own connection (Vault::openConnection(); default the
// vault's), progress (rows written, rows in all) and a cancel flag. A cancelled or failed export
// leaves no file and no audit entry; a cancel returns ErrorCode::Cancelled.
struct SubmissionExportControl {
    Database* connection = nullptr;
    std::function<void(qint64 written, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;
};

// Reads and changes submissions for the signed-in actor; every change is audited.
class SubmissionService
{
public:
    explicit SubmissionService(Vault& vault);

    // Setting::RetentionMonths (core/settings/VaultSettings.h).
    static int defaultRetentionMonths();
    int retentionMonths();
    Status setRetentionMonths(int months);

    Result<Submission> get(qint64 id);
    Result<qint64> create(const Submission& submission); // manual entry
    Status update(qint64 id, const SubmissionChange& change);
    // The same change for many rows, one audit entry with the count.
    Result<int> updateMany(const QList<qint64>& ids, const SubmissionChange& change);
    Result<PurgeReport> purgeExpired(bool dryRun, const PurgeControl& control = {});
    Result<QList<Assignee>> assignees();
    Result<QStringList> regions();

    // Writes the rows matching the filter (all of them) to CSV or XLSX; audited with the filter
    // description and the row count.
    enum class ExportFormat { Csv, Xlsx };
    using ExportControl = SubmissionExportControl;
    Result<qint64> exportRows(const SubmissionFilter& filter, const Sort& sort, ExportFormat format,
        const QString& path, const ExportControl& control = {});
    // A printable list (first maxRows rows) for the report path.
    static int reportRowCap() { return 2000; }
    Result<ReportDocument> report(
        const SubmissionFilter& filter, const Sort& sort, const QString& language, int maxRows = reportRowCap());

    // Rows for the command line. Up to screenRows rows shown as JSON are one screen and need
    // Read; more rows, or any exportFormat (e.g. "csv", a table meant for a file), are an export
    // of personal data: they need ExportPersonalData and write one audit entry with the filter,
    // the row count and the format, never a value.
    static constexpr int screenRows = 200;
    Result<QList<Submission>> listRows(
        const SubmissionFilter& filter, const Sort& sort, int limit, const QString& exportFormat = {});

    static QStringList exportHeaders();
    static QStringList exportCells(const Submission& s);

private:
    Vault& m_vault;
};

} // namespace submissions
} // namespace cd

#include "Submission.h"
#include "SubmissionRows.h"
#include "util/TranslationContexts.h"

#include "SearchIndex.h"
#include "SubmissionCount.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Formatting.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>

// What the submissions list asks for: the filter compiled to SQL (with the search index's plan),
// its count, its pages by keyset and its rows for an export.
namespace cd::submissions {

using detail::readRow;
using detail::retentionCutoff;
using detail::selectColumns;

namespace {

const char* sortSql(SortColumn c)
{
    switch (c) {
    case SortColumn::ReceivedAt: return "s.received_at";
    case SortColumn::Name: return "s.name";
    case SortColumn::Phone: return "s.phone_norm";
    case SortColumn::Email: return "s.email_norm";
    case SortColumn::Region: return "s.region";
    case SortColumn::Status: return "s.status";
    case SortColumn::Id: return "s.id";
    }
    return "s.id";
}

// The columns a sort orders by, all in its direction: the column, then (for the status) the
// received time, so rows of one status come in the order they arrived, then the id. Each list is
// the key of an index (SQLite ends every index key with the id; the status one is
// dashboard_submissions_status_received), so a page is an index range and the next page a keyset
// step.
QStringList sortKeys(SortColumn c)
{
    switch (c) {
    case SortColumn::Id: return { QStringLiteral("s.id") };
    case SortColumn::Status:
        return { QStringLiteral("s.status"), QStringLiteral("s.received_at"), QStringLiteral("s.id") };
    default: return { QString::fromLatin1(sortSql(c)), QStringLiteral("s.id") };
    }
}

QString orderBy(const Sort& sort)
{
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return sortKeys(sort.column).join(dir + QStringLiteral(", ")) + dir;
}

// A page key's values in the order of sortKeys(column).
QVariantList keyValues(const PageKey& key, SortColumn c)
{
    switch (c) {
    case SortColumn::Id: return { key.id };
    case SortColumn::Status: return { key.value, key.tie, key.id };
    default: return { key.value, key.id };
    }
}

void bindAll(Statement& s, const QVariantList& binds, int first = 1)
{
    for (int i = 0; i < binds.size(); ++i) {
        s.bind(first + i, binds.at(i));
    }
}

constexpr qint64 defaultCandidateTableLimit = 20000;

// Candidates the compiled query verifies at once, when they are not the exact answer: their count
// is likely below a list's cap (1,000 or 2,000), where every one of them is read anyway.
constexpr size_t verifyAtOnceUpTo = 2000;

// The number of exact matches from which a search's first page is found by walking the sort
// column's index rather than by reading and sorting the row of every match. A page of p rows
// walks about p × rows / matches entries; a row read by id from a cold page costs about 400 entries
// read in order (measured at a million rows), so with the list's blocks of 100 rows the walk is
// the cheaper from the square root of a quarter of the rows (500 at a million). Small vaults keep
// the id list: their pages are all in the cache anyway.
qint64 walkFromMatches(qint64 rows)
{
    return qMax<qint64>(200, qint64(std::sqrt(double(qMax<qint64>(rows, 0)) / 4)));
}

std::atomic<qint64> g_candidateTableLimit { defaultCandidateTableLimit };

// Whether candidates of the search index really contain the folded query: one row lookup by id
// each, with the query bound as bytes so it is not converted per row.
class CandidateCheck
{
public:
    CandidateCheck(Database& db, const QByteArray& folded)
        : m_verify(
            db, "SELECT cd_contains(?, name, phone_norm, email_norm, message, region) FROM submissions WHERE id = ?")
        , m_folded(folded)
    {
        // The lookups share one read transaction (unless the caller holds one): each row read in
        // autocommit began and ended a transaction of its own, taking and dropping the read lock.
        // Ending it (the destructor's rollback) changes nothing: it only reads.
        if (!db.inTransaction()) {
            m_snapshot.emplace(db, Transaction::Mode::Read);
        }
    }
    bool matches(quint32 id)
    {
        m_verify.bind(1, m_folded).bind(2, qint64(id)); // reset() clears bindings
        const bool yes = m_verify.next() && m_verify.int64(0) != 0;
        m_verify.reset();
        return yes;
    }

private:
    Statement m_verify;
    QByteArray m_folded;
    std::optional<Transaction> m_snapshot;
};

// Rows read to estimate a count (up to three rounds of 64, each spread evenly over the
// candidates), and how far below the sample's share of matches the lower bound goes (standard
// deviations, Wilson's interval).
constexpr size_t countSampleRound = 64;
constexpr size_t countSampleRounds = 3;
constexpr double countSampleZ = 3.0;

// The lower bound of the share of matches among all candidates when `hits` of `samples` matched.
double matchShareLowerBound(double hits, double samples)
{
    const double p = hits / samples;
    const double z2 = countSampleZ * countSampleZ;
    const double centre = p + z2 / (2 * samples);
    const double spread = countSampleZ * std::sqrt(p * (1 - p) / samples + z2 / (4 * samples * samples));
    return (centre - spread) / (1 + z2 / samples);
}

// Two significant digits: an estimate is not shown with more precision than it has.
qint64 roundEstimate(double n)
{
    double unit = 1;
    while (n >= 100 * unit) {
        unit *= 10;
    }
    return qint64(std::llround(n / unit) * unit);
}

} // namespace

QStringList statusKeys()
{
    return { QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("closed") };
}

bool isStatusKey(const QString& key)
{
    return statusKeys().contains(key);
}

QString statusDisplayName(const QString& key)
{
    if (key == QLatin1String("new")) {
        return SubmissionsText::tr("New");
    }
    if (key == QLatin1String("contacted")) {
        return SubmissionsText::tr("Contacted");
    }
    if (key == QLatin1String("closed")) {
        return SubmissionsText::tr("Closed", "submission status");
    }
    return key;
}

bool SubmissionFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && statuses.isEmpty() && region.isEmpty() && assigneeId == 0 && !from.isValid()
        && !to.isValid() && !possibleMinorOnly && !dueForDeletion;
}

QString SubmissionFilter::auditDescription() const
{
    // Names of the filters only: a search text or region could itself be personal data.
    QStringList parts;
    if (!search.trimmed().isEmpty()) {
        parts << QStringLiteral("search");
    }
    if (!statuses.isEmpty()) {
        parts << QStringLiteral("status=") + statuses.join(QLatin1Char('|'));
    }
    if (!region.isEmpty()) {
        parts << QStringLiteral("region");
    }
    if (assigneeId != 0) {
        parts << (assigneeId < 0 ? QStringLiteral("assignee=none") : QStringLiteral("assignee=%1").arg(assigneeId));
    }
    if (from.isValid()) {
        parts << QStringLiteral("from=") + from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        parts << QStringLiteral("to=") + to.toString(Qt::ISODate);
    }
    if (possibleMinorOnly) {
        parts << QStringLiteral("possible_minor");
    }
    if (dueForDeletion) {
        parts << QStringLiteral("due_for_deletion");
    }
    return parts.isEmpty() ? QStringLiteral("all") : parts.join(QLatin1Char(' '));
}

SubmissionQuery SubmissionQuery::compile(Database& db, const SubmissionFilter& filter, int retentionMonths)
{
    SubmissionQuery q;
    QStringList where;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString& st : filter.statuses) {
            marks << QStringLiteral("?");
            q.m_binds << st;
        }
        where << QStringLiteral("s.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!filter.region.isEmpty()) {
        where << QStringLiteral("s.region = ?");
        q.m_binds << filter.region;
    }
    if (filter.assigneeId < 0) {
        where << QStringLiteral("s.assignee_id IS NULL");
    } else if (filter.assigneeId > 0) {
        where << QStringLiteral("s.assignee_id = ?");
        q.m_binds << filter.assigneeId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("s.received_at >= ?");
        q.m_binds << toStorageText(filter.from.startOfDay(Qt::UTC));
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("s.received_at < ?");
        q.m_binds << toStorageText(filter.to.addDays(1).startOfDay(Qt::UTC));
    }
    if (filter.possibleMinorOnly) {
        where << QStringLiteral("s.possible_minor = 1");
    }
    if (filter.dueForDeletion) {
        where << QStringLiteral("s.status = 'closed' AND s.closed_at IS NOT NULL AND s.closed_at < ?");
        q.m_binds << toStorageText(retentionCutoff(retentionMonths));
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        SearchIndex::registerFunctions(db);
        SearchIndex::Plan plan = SearchIndex::plan(db, search);
        bool exactHits = false;
        switch (plan.mode) {
        case SearchIndex::Plan::Mode::TooShort: q.m_state = State::TooShort; return q;
        case SearchIndex::Plan::Mode::NoMatch: q.m_state = State::Empty; return q;
        case SearchIndex::Plan::Mode::Candidates: {
            bool verifiedCandidates = plan.exact;
            if (!plan.exact && plan.candidates.size() <= verifyAtOnceUpTo) {
                // Verify now: the rows are read once, and the page and count then need only the
                // true matches. More candidates are left to listCount(), which may answer from a
                // sample.
                CandidateCheck check(db, plan.folded);
                std::vector<quint32> verified;
                for (quint32 id : plan.candidates) {
                    if (check.matches(id)) {
                        verified.push_back(id);
                    }
                }
                plan.candidates.swap(verified);
                verifiedCandidates = true;
            }
            const qint64 n = qint64(plan.candidates.size());
            const bool onlySearch = where.isEmpty();
            // Few matches: the ids themselves, so the planner fetches those rows and sorts them.
            // For an exact plan that reads every match's row, each most likely from another page
            // of the table, where walking the sort column's index reads the first entries of an
            // index that every search shares and the cache keeps. From walkFromMatches(rows)
            // matches the walk is the cheaper, as long as no other filter needs the list for its
            // count. (Candidates verified here were just read: sorting them is cheap.)
            if (verifiedCandidates && n <= 2000 && (!onlySearch || !plan.exact || n < walkFromMatches(plan.rows))) {
                QStringList ids;
                ids.reserve(qsizetype(n));
                for (quint32 id : plan.candidates) {
                    ids << QString::number(id);
                }
                where << QStringLiteral("s.id IN (%1)").arg(ids.join(QLatin1Char(',')));
                exactHits = true;
                q.m_idList = true;
            } else if (verifiedCandidates || n <= g_candidateTableLimit.load()) {
                // More: the display-order index is walked and each id looked up by binary search
                // in the candidate list, bound once as a blob (no table to fill per query), which
                // stops after a page instead of sorting thousands of rows.
                where << QStringLiteral("cd_in_ids(?, s.id)");
                q.m_binds << SearchIndex::idsBlob(plan.candidates);
                exactHits = verifiedCandidates; // the list holds exactly the matches
            }
            if (onlySearch) {
                q.m_candidates = std::make_shared<const std::vector<quint32>>(std::move(plan.candidates));
                q.m_candidatesVerified = verifiedCandidates;
            }
            break;
        }
        case SearchIndex::Plan::Mode::Scan: break;
        }
        if (!exactHits) {
            where << QStringLiteral("cd_contains(?, s.name, s.phone_norm, s.email_norm, s.message, s.region)");
            q.m_binds << QString::fromUtf8(plan.folded);
        }
        q.m_folded = plan.folded;
    }
    q.m_everyRow = where.isEmpty();
    q.m_where = where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "));
    q.m_countWhere = q.m_where;
    return q;
}

void SubmissionQuery::prepareConnection(Database& db)
{
    SearchIndex::prepareFolding();
    SearchIndex::registerFunctions(db);
    db.exec("PRAGMA cache_size = -65536");
}

void SubmissionQuery::setCandidateTableLimit(qint64 ids)
{
    g_candidateTableLimit.store(ids > 0 ? ids : defaultCandidateTableLimit);
}

qint64 SubmissionQuery::count(Database& db, qint64 cap) const
{
    if (m_state != State::Ready) {
        return 0;
    }
    if (m_everyRow) {
        // The stored count (SubmissionCount): the whole table without reading it.
        if (const qint64 total = SubmissionCount::stored(db); total >= 0) {
            return cap > 0 ? qMin(cap + 1, total) : total;
        }
    }
    if (m_candidates && m_candidatesVerified) {
        return cap > 0 ? qMin<qint64>(cap + 1, qint64(m_candidates->size())) : qint64(m_candidates->size());
    }
    if (m_candidates) {
        // Verify candidates one by one by rowid and stop at the cap: a few thousand lookups at
        // most, however common the query's grams are.
        CandidateCheck check(db, m_folded);
        qint64 n = 0;
        for (quint32 id : *m_candidates) {
            if (check.matches(id)) {
                ++n;
            }
            if (cap > 0 && n > cap) {
                break;
            }
        }
        return n;
    }
    const QString sql = cap > 0 ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM submissions s WHERE %1 LIMIT %2)")
                                      .arg(m_countWhere)
                                      .arg(cap + 1)
                                : QStringLiteral("SELECT count(*) FROM submissions s WHERE %1").arg(m_countWhere);
    Statement s(db, sql);
    bindAll(s, m_binds);
    return s.next() ? s.int64(0) : 0;
}

SubmissionQuery::ListCount SubmissionQuery::listCount(Database& db, qint64 cap) const
{
    constexpr size_t positions = countSampleRound * countSampleRounds;
    if (cap > 0 && m_state == State::Ready && m_candidates && !m_candidatesVerified
        && qint64(m_candidates->size()) > cap + cap / 4 && m_candidates->size() > positions) {
        // Well more candidates than the list shows: verify an even sample of them instead of
        // reading cap + 1 rows, and state the count as an estimate as soon as even the sample's
        // lower bound is above the cap. Otherwise the matches may be few after all: count them.
        // (Even a sample that all matches puts that bound at 95 % of the candidates, and one with
        // a tenth of misses near 85 %: so a sample pays only with a quarter more candidates than
        // the cap or more; below that it would only add its reads to the count's.)
        const std::vector<quint32>& candidates = *m_candidates;
        const size_t n = candidates.size();
        CandidateCheck check(db, m_folded);
        qint64 hits = 0;
        double samples = 0;
        for (size_t round = 0; round < countSampleRounds; ++round) {
            for (size_t k = 0; k < countSampleRound; ++k) {
                if (check.matches(candidates[(k * countSampleRounds + round) * n / positions])) {
                    ++hits;
                }
            }
            samples += double(countSampleRound);
            if (matchShareLowerBound(double(hits), samples) * double(n) > double(cap)) {
                return { qMax(cap + 1, roundEstimate(double(n) * double(hits) / samples)), true };
            }
        }
    }
    return { count(db, cap), false };
}

QList<Submission> SubmissionQuery::page(
    Database& db, const Sort& sort, int limit, const std::optional<PageKey>& after, qint64 offset) const
{
    QList<Submission> rows;
    if (m_state != State::Ready) {
        return rows;
    }
    const QStringList keys = sortKeys(sort.column);
    const QString order = orderBy(sort);
    QString where = m_where;
    QVariantList binds = m_binds;
    std::optional<PageKey> start = after;
    const bool jump = !after && offset > 0;
    if (jump && m_everyRow) {
        // A jump in the whole table: find the key just before the offset on the sort column's
        // index alone (its entries end in the rowid, which is id, so it covers the query), then read the page from
        // there by keyset. OFFSET on the full query reads and joins every skipped row. (Only unfiltered: SQLite 3.15
        // may return "status IN (…) ORDER BY id" in index order without the join.)
        Statement key(db,
            QStringLiteral("SELECT %1 FROM submissions s WHERE %2 ORDER BY %3 LIMIT 1 OFFSET %4")
                .arg(keys.join(QStringLiteral(", ")), m_where, order)
                .arg(offset - 1));
        bindAll(key, m_binds);
        if (!key.next()) {
            return rows;
        }
        const int last = int(keys.size()) - 1;
        start = PageKey { key.value(0), last == 2 ? key.value(1) : QVariant(), key.int64(last) };
    }
    if (start) {
        const QString cmp = sort.descending ? QStringLiteral("<") : QStringLiteral(">");
        const QStringList marks(keys.size(), QStringLiteral("?"));
        where += QStringLiteral(" AND (%1) %2 (%3)")
                     .arg(keys.join(QStringLiteral(", ")), cmp, marks.join(QStringLiteral(", ")));
        binds << keyValues(*start, sort.column);
    }
    QString limits = QStringLiteral(" LIMIT %1").arg(limit);
    if (jump && !start) {
        limits += QStringLiteral(" OFFSET %1").arg(offset);
    }
    if (m_idList) {
        // Up to 2,000 matches by id: sort their keys and ids alone, then read the page's rows.
        // Sorting the whole rows copied every column of every match into the sorter.
        where = QStringLiteral("s.id IN (SELECT s.id FROM submissions s WHERE %1 ORDER BY %2%3)")
                    .arg(where, order, limits);
        limits.clear();
    }
    const QString sql = QStringLiteral("SELECT %1 FROM submissions s LEFT JOIN accounts a ON a.id = s.assignee_id "
                                       "WHERE %2 ORDER BY %3%4")
                            .arg(QLatin1String(selectColumns()), where, order, limits);
    Statement s(db, sql);
    bindAll(s, binds);
    while (s.next()) {
        rows.append(readRow(s));
    }
    return rows;
}

QList<qint64> SubmissionQuery::ids(Database& db, const Sort& sort, qint64 limit) const
{
    QList<qint64> out;
    if (m_state != State::Ready) {
        return out;
    }
    Statement s(db,
        QStringLiteral("SELECT s.id FROM submissions s WHERE %1 ORDER BY %2 LIMIT %3")
            .arg(m_where, orderBy(sort))
            .arg(limit));
    bindAll(s, m_binds);
    while (s.next()) {
        out.append(s.int64(0));
    }
    return out;
}

Statement SubmissionQuery::everyRow(Database& db, const char* columns, const Sort& sort) const
{
    const QString order = orderBy(sort);
    const bool ready = m_state == State::Ready;
    Statement s(db,
        QStringLiteral("SELECT %1 FROM submissions s LEFT JOIN accounts a ON a.id = s.assignee_id WHERE %2 ORDER BY %3")
            .arg(QLatin1String(columns), ready ? m_where : QStringLiteral("0"), order));
    if (ready) {
        bindAll(s, m_binds);
    }
    return s;
}

PageKey SubmissionQuery::keyOf(const Submission& row, SortColumn column)
{
    PageKey key;
    key.id = row.id;
    switch (column) {
    case SortColumn::ReceivedAt: key.value = toStorageText(row.receivedAt); break;
    case SortColumn::Name: key.value = row.name; break;
    case SortColumn::Phone: key.value = row.phoneNorm; break;
    case SortColumn::Email: key.value = row.emailNorm; break;
    case SortColumn::Region: key.value = row.region; break;
    case SortColumn::Status:
        key.value = row.status;
        key.tie = toStorageText(row.receivedAt);
        break;
    case SortColumn::Id: key.value = row.id; break;
    }
    return key;
}

} // namespace cd::submissions

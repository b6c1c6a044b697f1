#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <string>
#include <unordered_map>
#include <vector>

namespace cd {

class Database;

namespace submissions {

// The substring index over name, normalised phone, normalised email, region and message.
//
// Text is folded (full-width forms to half-width, upper case to lower case, Traditional Chinese
// characters to Simplified with OpenCC's character table, dashes to "-", the separators
// between two digits — space, "-", ".", "/", brackets — dropped, and a landline's country code
// 86 / 0086 read as the trunk prefix 0) and cut into grams:
// every run of three ASCII characters, and every pair of characters of which at least one is not
// ASCII (Chinese). A substring query is then a set of grams every matching row must contain, so
// the index narrows the candidates and a verification pass (cd_contains) makes the result exact.
namespace SearchIndex {

using Gram = qint64;

// The indexed fields of one row.
struct IndexedText {
    QString name;
    QString phoneNorm;
    QString emailNorm;
    QString message;
    QString region;
};

// The version of the folding and the fields the stored postings were built with; a vault with
// another version is re-indexed when it opens (ensureCurrent).
// 3: separators between digits are dropped on both sides ("139-1234-5678" is 13912345678).
// 4: a landline behind the country code reads with the trunk prefix ("+86 512 6888 1234" is
//    051268881234).
// 5: posting lists are stored as gaps between offsets in their block (encodePosting), a third of
//    the bytes of four-byte ids.
constexpr int indexVersion = 5;

std::u32string fold(const QString& text);
// One character as the index folds it.
char32_t foldChar(char32_t c);
// True when the Traditional → Simplified table is there (built with OpenCC).
bool foldsChineseVariants();
// Empty when OpenCC's Traditional → Simplified configuration (or the one named) loads; otherwise
// a translated message saying that search cannot fold the two scripts and how to repair it.
// Programs call it at start-up, so a missing data file is reported instead of silently folding
// nothing. A build without OpenCC (the configure step warned) has nothing to report.
QString foldingProblem(const QString& config = {});
// Starts building that table on a worker thread (once per process); folding waits for it.
void prepareFolding();
// What a typed query means: digits with separators, as people write phone numbers
// ("139-1234-5678", "139 1234 5678", "+86 139…", "0512-6888-1234"), become the digits the index
// holds for phones; anything else is trimmed.
QString normalizeQuery(const QString& query);
// The query as it is matched: normalised, folded, with a separator at either end next to a digit
// dropped (the text side joins "1234-5678" to "12345678", so "1234-" must match it too).
std::u32string foldQuery(const QString& query);
// Appends the grams of folded text; not de-duplicated.
void appendGrams(const std::u32string& folded, std::vector<Gram>& out);
// The unique grams of a row.
std::vector<Gram> gramsOf(const IndexedText& row);
// Appends the grams of a row, sorted and unique, to `out` (what Writer::add indexes for it);
// `folded` is a buffer the caller keeps from row to row.
void appendRowGrams(const IndexedText& row, std::vector<Gram>& out, std::u32string& folded);
// The folded query as UTF-8, as cd_contains compares it.
QByteArray foldedUtf8(const QString& query);
// True when folded text of any field contains the folded query (the exact rule the index serves).
bool matches(const QByteArray& foldedQuery, const IndexedText& row);

// Registers cd_contains(query, field…) (any number of fields, usually name, phone_norm,
// email_norm, message, region) and cd_in_ids(idsBlob, id) on a connection.
// Idempotent; every connection that runs a search predicate needs it.
void registerFunctions(Database& db);
// Sorted ids as cd_in_ids() reads them (uint32 little-endian, as posting lists are stored).
QByteArray idsBlob(const std::vector<quint32>& sortedIds);

// The stored form of one posting list (submission_grams.ids): the ids of one block of 65,536, as
// their offsets in the block in ascending order, each written as its distance from the one before
// (the first from 0) in seven-bit groups, low group first, the high bit set on all but the last
// byte. A list of common grams takes about a byte an id.
QByteArray encodePosting(const std::vector<quint32>& sortedIds);
// Appends the ids of a stored list of `block` to `out`; false (with what was read appended) when
// the bytes are not a list of this form.
bool decodePosting(const QByteArray& blob, qint64 block, std::vector<quint32>& out);

// Collects postings of rows added in ascending id order and writes them block by block.
class Writer
{
public:
    explicit Writer(Database& db);
    ~Writer();
    void add(qint64 id, const IndexedText& row);
    // The same with the row's grams from appendRowGrams (computed elsewhere, e.g. on another thread).
    void add(qint64 id, const Gram* grams, size_t count);
    // Writes everything still pending; call before commit.
    void flush();

private:
    void flushBlock();
    // One list of the block being collected, already in its stored form.
    struct Pending {
        std::string bytes;
        quint32 last = 0; // the last offset added
        quint32 count = 0;
    };
    Database& m_db;
    qint64 m_block = -1;
    qint64 m_lastId = -1;
    qint64 m_maxExistingBlock = -1;
    std::unordered_map<Gram, Pending> m_pending;
    std::vector<Gram> m_scratch;
    std::u32string m_folded;
};

// Removes the postings of the given rows (their text as stored) inside the caller's transaction.
// Only right when the index was built from exactly that text; erasure uses removeIds().
void remove(Database& db, const QList<QPair<qint64, IndexedText>>& rows);
// Removes every posting of the given row ids, whatever text they were made from, by walking the
// posting lists of each id's block. Returns how many posting lists changed.
qint64 removeIds(Database& db, const QList<qint64>& ids);
// Replaces the postings of one row with those of its new text (a correction), in the caller's
// transaction: the old values stop matching, the new ones match.
void reindex(Database& db, qint64 id, const IndexedText& row);
// Drops and rebuilds the whole index from the table.
void rebuild(Database& db);
// Rebuilds the index when it was built with another indexVersion (after an upgrade); records the
// version. Runs in its own transaction; cheap when nothing is to do.
void ensureCurrent(Database& db);

// The plan for one query.
struct Plan {
    enum class Mode { TooShort, NoMatch, Candidates, Scan };
    Mode mode = Mode::TooShort;
    QByteArray folded; // for cd_contains
    std::vector<quint32> candidates; // sorted ids (Mode::Candidates); a superset of the matches
    qint64 rarestDocs = 0;
    qint64 rows = 0; // the stored number of submissions the plan was made for
    // The query is one gram exactly (two characters with a Chinese one, or three Latin letters or
    // digits): its posting list is the exact answer and needs no verification.
    bool exact = false;
};
// Looks up document counts, starts from the rarest gram and intersects further grams only while
// that is cheaper than verifying the candidates. Queries whose rarest gram is in a fifth of the
// rows or more become a Scan: the matches are so dense that walking the table finds them at once.
Plan plan(Database& db, const QString& query);
// The number of ids above which a query is answered by a scan instead of the index, in a table
// of `rows` rows: a fifth of them, at least 20,000 and at most 200,000, unless set.
qint64 scanThreshold(qint64 rows);
// Tests lower it to exercise the scan path on small tables; <= 0 restores the default.
void setScanThreshold(qint64 ids);
// The minimum query: a pair with a Chinese character, or three Latin characters or digits.
bool isSearchable(const QString& query);

} // namespace SearchIndex
} // namespace submissions
} // namespace cd

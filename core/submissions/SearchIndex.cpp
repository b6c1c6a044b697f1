#include "SearchIndex.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include "contacts/ContactNormalizer.h"
#include "submissions/SubmissionCount.h"
#include "util/TranslationContexts.h"

#include <QChar>
#include <QThreadPool>

#include <sqlite3.h>

#ifdef CD_HAVE_OPENCC
#include <opencc.h>
#endif

#include <algorithm>
#include <atomic>
#include <cstring>
#include <map>
#include <mutex>
#include <tuple>

namespace cd::submissions::SearchIndex {

namespace {

constexpr int blockBits = 16;
// A query whose rarest gram is in a fifth of the rows becomes a scan, between these bounds.
constexpr qint64 defaultScanThreshold = 200000;
constexpr qint64 minimumScanThreshold = 20000;
std::atomic<qint64> g_scanThreshold { 0 }; // 0: a fifth of the rows
constexpr Gram trigramTag = Gram(1) << 60;
constexpr Gram bigramTag = Gram(2) << 60;

// What may stand between the digits of one number as people write it: "139-1234-5678",
// "139 1234 5678", "0512.6888.1234", "(0512) 6888 1234", "2026/11/05".
bool isNumberSeparator(char32_t c)
{
    return c == U' ' || c == U'-' || c == U'.' || c == U'/' || c == U'(' || c == U')';
}

// Drops separators between two digits while text is folded, on the index side and the query side
// alike, so a number matches however it was typed. Call next() with each folded character before
// appending it to out; the code units appended since the first separator after a digit are
// removed when the next digit comes.
template <class String> class NumberJoiner
{
public:
    void next(String& out, char32_t c)
    {
        if (c >= U'0' && c <= U'9') {
            if (m_run != none) {
                out.resize(m_run);
            }
            m_run = none;
            m_afterDigit = true;
        } else if (isNumberSeparator(c) && (m_afterDigit || m_run != none)) {
            if (m_run == none) {
                m_run = out.size();
            }
            m_afterDigit = false;
        } else {
            m_run = none;
            m_afterDigit = false;
        }
    }

private:
    static constexpr size_t none = size_t(-1);
    size_t m_run = none;
    bool m_afterDigit = false;
};

// A Chinese landline written with the country code reads as the same number with the trunk
// prefix 0, on the index side and the query side alike: "+86 512 6888 1234", "0086-512-68881234"
// and "+86 (0)512 6888 1234" all become 051268881234 (after NumberJoiner joined the digits). Only a
// whole run of digits that has exactly a landline's length behind 86 or 0086 changes: an area code
// of two or three digits not starting with 0 or 1 (or Beijing's 10) and a local number of seven or
// eight digits. A mobile number (1[3-9] and nine digits) keeps its digits, so it never turns into
// a landline; longer or shorter runs (order numbers) stay as they are.
template <class String> void foldCountryCode(String& s)
{
    using Char = typename String::value_type;
    auto digit = [](Char c) { return c >= Char('0') && c <= Char('9'); };
    size_t i = 0;
    while (i < s.size()) {
        if (!digit(s[i])) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < s.size() && digit(s[end])) {
            ++end;
        }
        size_t prefix = 0;
        if (end - i > 4 && s[i] == Char('0') && s[i + 1] == Char('0') && s[i + 2] == Char('8')
            && s[i + 3] == Char('6')) {
            prefix = 4;
        } else if (end - i > 2 && s[i] == Char('8') && s[i + 1] == Char('6')) {
            prefix = 2;
        }
        if (prefix > 0) {
            const size_t n = end - i - prefix; // the national number
            const Char first = s[i + prefix];
            const Char second = n > 1 ? s[i + prefix + 1] : Char(0);
            if (first == Char('0') && second != Char('0') && n >= 10 && n <= 12) {
                s.erase(i, prefix); // "+86 (0)512 …": the trunk prefix is already there
                end -= prefix;
            } else if ((first >= Char('2') && first <= Char('9') && n >= 9 && n <= 11)
                || (first == Char('1') && second == Char('0') && n == 10)) {
                s.replace(i, prefix, 1, Char('0'));
                end -= prefix - 1;
            }
        }
        i = end;
    }
}

// Traditional → Simplified for every BMP character OpenCC's character table maps, built once
// by converting each CJK character on a line of its own (so phrase rules never apply). Both the
// index and the query go through it, so 個人資料 finds 个人资料 and the other way round.
class ChineseVariants
{
public:
    static const ChineseVariants& instance()
    {
        static const ChineseVariants table;
        return table;
    }
    char32_t map(char32_t c) const { return c < m_table.size() && m_table[c] ? m_table[c] : c; }
    bool loaded() const { return m_loaded; }

private:
    ChineseVariants()
    {
#ifdef CD_HAVE_OPENCC
        opencc_t converter = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
        if (converter == reinterpret_cast<opencc_t>(-1)) {
            return;
        }
        std::string input;
        std::vector<char32_t> chars;
        for (const auto& [from, to] :
            { std::pair<char32_t, char32_t> { 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xF900, 0xFAFF } }) {
            for (char32_t c = from; c <= to; ++c) {
                chars.push_back(c);
                input += QString::fromUcs4(&c, 1).toStdString();
                input += '\n';
            }
        }
        char* output = opencc_convert_utf8(converter, input.data(), input.size());
        if (output) {
            const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
            opencc_convert_utf8_free(output);
            if (lines.size() >= qsizetype(chars.size())) {
                m_table.assign(0x10000, 0);
                for (size_t i = 0; i < chars.size(); ++i) {
                    const QString& line = lines.at(qsizetype(i));
                    if (line.size() == 1 && line.at(0).unicode() != chars[i]) {
                        m_table[chars[i]] = line.at(0).unicode();
                    }
                }
                m_loaded = true;
            }
        }
        opencc_close(converter);
#endif
    }
    std::vector<char16_t> m_table;
    bool m_loaded = false;
};

QByteArray blobOf(const std::vector<quint32>& ids)
{
    QByteArray out(int(ids.size() * 4), Qt::Uninitialized);
    char* p = out.data();
    for (quint32 id : ids) {
        p[0] = char(id & 0xFF);
        p[1] = char((id >> 8) & 0xFF);
        p[2] = char((id >> 16) & 0xFF);
        p[3] = char((id >> 24) & 0xFF);
        p += 4;
    }
    return out;
}

constexpr quint32 blockMask = (quint32(1) << blockBits) - 1;

// One gap of a stored posting list: seven bits a byte, low bits first, the high bit set on every
// byte but the last.
template <class Bytes> void appendVarint(Bytes& out, quint32 v)
{
    while (v >= 0x80) {
        out.push_back(char(v | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

// The ids of one block, sorted and unique, as stored (see encodePosting).
template <class Bytes> void appendEncoded(Bytes& out, const quint32* ids, size_t n)
{
    quint32 previous = 0;
    for (size_t i = 0; i < n; ++i) {
        const quint32 offset = ids[i] & blockMask;
        appendVarint(out, offset - previous);
        previous = offset;
    }
}

void appendUtf8(char32_t c, std::string& out)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

// Folds UTF-8 bytes the way fold() folds characters. ASCII stays on a fast path; other
// sequences are decoded, folded and encoded again (malformed bytes are copied as they are).
void foldUtf8Into(const unsigned char* s, int n, std::string& out)
{
    out.clear();
    out.reserve(size_t(n));
    NumberJoiner<std::string> numbers;
    for (int i = 0; i < n; ++i) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            numbers.next(out, c);
            out.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            numbers.next(out, 0xFFFD);
            out.push_back(char(c));
            continue;
        }
        if (i + extra >= n) {
            numbers.next(out, 0xFFFD);
            out.append(reinterpret_cast<const char*>(s + i), size_t(n - i));
            break;
        }
        bool valid = true;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) {
                valid = false;
                break;
            }
            cp = (cp << 6) | char32_t(s[i + k] & 0x3F);
        }
        if (!valid) {
            numbers.next(out, 0xFFFD);
            out.push_back(char(c));
            continue;
        }
        const char32_t folded = foldChar(cp);
        numbers.next(out, folded);
        appendUtf8(folded, out);
        i += extra;
    }
    foldCountryCode(out);
}

void containsFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    const auto* q = sqlite3_value_text(argv[0]);
    const int qn = sqlite3_value_bytes(argv[0]);
    if (!q || qn == 0) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    thread_local std::string folded;
    for (int i = 1; i < argc; ++i) {
        const auto* s = sqlite3_value_text(argv[i]);
        const int n = sqlite3_value_bytes(argv[i]);
        if (!s || n < qn) {
            continue;
        }
        foldUtf8Into(s, n, folded);
        if (memmem(folded.data(), folded.size(), q, size_t(qn))) {
            sqlite3_result_int(ctx, 1);
            return;
        }
    }
    sqlite3_result_int(ctx, 0);
}

// cd_in_ids(ids, id): whether id is in ids, sorted uint32 little-endian (idsBlob), by binary search.
// The blob is a bound parameter, so SQLite hands the same bytes to every call without copying.
void inIdsFunction(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    const auto* p = static_cast<const unsigned char*>(sqlite3_value_blob(argv[0]));
    const int n = sqlite3_value_bytes(argv[0]) / 4;
    const sqlite3_int64 wanted = sqlite3_value_int64(argv[1]);
    if (!p || wanted < 0 || wanted > sqlite3_int64(0xFFFFFFFFu)) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    const auto id = quint32(wanted);
    int lo = 0;
    int hi = n;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        const unsigned char* e = p + size_t(mid) * 4;
        const quint32 v = quint32(e[0]) | quint32(e[1]) << 8 | quint32(e[2]) << 16 | quint32(e[3]) << 24;
        if (v < id) {
            lo = mid + 1;
        } else if (v > id) {
            hi = mid;
        } else {
            sqlite3_result_int(ctx, 1);
            return;
        }
    }
    sqlite3_result_int(ctx, 0);
}

// The number of ids in each block that has any, by block.
using BlockCounts = std::vector<std::pair<qint64, qint64>>;
BlockCounts blockCounts(const std::vector<quint32>& sortedIds)
{
    BlockCounts out;
    for (quint32 id : sortedIds) {
        const qint64 block = id >> blockBits;
        if (out.empty() || out.back().first != block) {
            out.emplace_back(block, 0);
        }
        ++out.back().second;
    }
    return out;
}

std::vector<quint32> intersect(const std::vector<quint32>& a, const std::vector<quint32>& b)
{
    std::vector<quint32> out;
    out.reserve(std::min(a.size(), b.size()));
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

std::vector<quint32> load(Database& db, Gram gram)
{
    std::vector<quint32> ids;
    Statement s(db, "SELECT block, ids FROM submission_grams WHERE gram = ? ORDER BY block");
    s.bind(1, gram);
    while (s.next()) {
        decodePosting(s.blob(1), s.int64(0), ids);
    }
    return ids;
}

} // namespace

char32_t foldChar(char32_t c)
{
    if (c < 0x80) {
        return c >= U'A' && c <= U'Z' ? c + 32 : c;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) {
        c -= 0xFEE0; // full-width ASCII
        return c >= U'A' && c <= U'Z' ? c + 32 : c;
    }
    if (c == 0x3000) {
        return U' ';
    }
    if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212) {
        return U'-'; // hyphens, dashes and the minus sign people type inside numbers
    }
    if (c >= 0x3400 && c < 0x10000) {
        return ChineseVariants::instance().map(c);
    }
    if (c < 0x3000) {
        return QChar::toCaseFolded(c); // Latin, Greek, Cyrillic letters with case
    }
    return c;
}

bool foldsChineseVariants()
{
    return ChineseVariants::instance().loaded();
}

QString foldingProblem(const QString& config)
{
#ifdef CD_HAVE_OPENCC
    const QByteArray name = config.isEmpty() ? QByteArray(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP) : config.toUtf8();
    opencc_t converter = opencc_open(name.constData());
    if (converter == reinterpret_cast<opencc_t>(-1)) {
        const char* reason = opencc_error();
        return SubmissionsText::tr("Search cannot match Traditional and Simplified Chinese: the OpenCC conversion "
                                   "table %1 could not be loaded (%2). Searches still find text as it was typed. "
                                   "Reinstall the OpenCC data files (on Debian and Ubuntu the package "
                                   "libopencc-data) and start Compliance Desk again.")
            .arg(QString::fromUtf8(name), reason ? QString::fromUtf8(reason) : QString());
    }
    opencc_close(converter);
#else
    Q_UNUSED(config)
#endif
    return {};
}

void prepareFolding()
{
    // Building the table converts 28,000 characters with OpenCC (about 300 million instructions):
    // on a worker once, so the first search typed does not wait for it on the UI thread.
    static std::once_flag once;
    std::call_once(once, [] { QThreadPool::globalInstance()->start([] { ChineseVariants::instance(); }); });
}

QString normalizeQuery(const QString& query)
{
    const QString trimmed = query.trimmed();
    int digits = 0;
    bool separators = false;
    for (const QChar ch : trimmed) {
        const char32_t c = foldChar(ch.unicode());
        if (c >= U'0' && c <= U'9') {
            ++digits;
        } else if (c == U' ' || c == U'-' || c == U'.' || c == U'(' || c == U')' || c == U'+' || c == U'/'
            || c == 0x2010 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212) {
            separators = true;
        } else {
            return trimmed;
        }
    }
    if (!separators || digits < 3) {
        return trimmed;
    }
    return ContactNormalizer::phone(trimmed);
}

namespace {

// fold() into a buffer the caller keeps, so indexing a row allocates nothing.
void foldInto(const QString& text, std::u32string& out)
{
    out.clear();
    NumberJoiner<std::u32string> numbers;
    const QChar* p = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && p[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(p[i], p[i + 1]);
            ++i;
        }
        const char32_t folded = foldChar(c);
        numbers.next(out, folded);
        out.push_back(folded);
    }
    foldCountryCode(out);
}

} // namespace

std::u32string fold(const QString& text)
{
    std::u32string out;
    out.reserve(size_t(text.size()));
    foldInto(text, out);
    return out;
}

std::u32string foldQuery(const QString& query)
{
    std::u32string folded = fold(normalizeQuery(query));
    // A separator at either end next to a digit ("139-", "-5678") may be joined away in the
    // text, so it is not part of what must match.
    auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
    size_t end = folded.size();
    while (end > 0 && isNumberSeparator(folded[end - 1])) {
        --end;
    }
    if (end > 0 && end < folded.size() && digit(folded[end - 1])) {
        folded.resize(end);
    }
    size_t begin = 0;
    while (begin < folded.size() && isNumberSeparator(folded[begin])) {
        ++begin;
    }
    if (begin > 0 && begin < folded.size() && digit(folded[begin])) {
        folded.erase(0, begin);
    }
    return folded;
}

void appendGrams(const std::u32string& s, std::vector<Gram>& out)
{
    const size_t n = s.size();
    for (size_t i = 0; i + 1 < n; ++i) {
        const char32_t a = s[i];
        const char32_t b = s[i + 1];
        if (a >= 0x80 || b >= 0x80) {
            out.push_back(bigramTag | (Gram(a) << 21) | Gram(b));
        } else if (i + 2 < n && s[i + 2] < 0x80) {
            out.push_back(trigramTag | (Gram(a) << 14) | (Gram(b) << 7) | Gram(s[i + 2]));
        }
    }
}

std::vector<Gram> gramsOf(const IndexedText& row)
{
    std::vector<Gram> grams;
    grams.reserve(64);
    appendGrams(fold(row.name), grams);
    appendGrams(fold(row.phoneNorm), grams);
    appendGrams(fold(row.emailNorm), grams);
    appendGrams(fold(row.message), grams);
    appendGrams(fold(row.region), grams);
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}

QByteArray foldedUtf8(const QString& query)
{
    const std::u32string f = foldQuery(query);
    return QString::fromUcs4(f.data(), qsizetype(f.size())).toUtf8();
}

bool matches(const QByteArray& foldedQuery, const IndexedText& row)
{
    if (foldedQuery.isEmpty()) {
        return false;
    }
    std::string folded;
    for (const QString* field : { &row.name, &row.phoneNorm, &row.emailNorm, &row.message, &row.region }) {
        const QByteArray utf8 = field->toUtf8();
        foldUtf8Into(reinterpret_cast<const unsigned char*>(utf8.constData()), utf8.size(), folded);
        if (memmem(folded.data(), folded.size(), foldedQuery.constData(), size_t(foldedQuery.size()))) {
            return true;
        }
    }
    return false;
}

void registerFunctions(Database& db)
{
    sqlite3_create_function_v2(db.handle(), "cd_contains", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
        &containsFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db.handle(), "cd_in_ids", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &inIdsFunction,
        nullptr, nullptr, nullptr);
}

QByteArray idsBlob(const std::vector<quint32>& sortedIds)
{
    return blobOf(sortedIds);
}

QByteArray encodePosting(const std::vector<quint32>& sortedIds)
{
    QByteArray out;
    out.reserve(qsizetype(sortedIds.size()) + 4);
    appendEncoded(out, sortedIds.data(), sortedIds.size());
    return out;
}

bool decodePosting(const QByteArray& blob, qint64 block, std::vector<quint32>& out)
{
    const auto* p = reinterpret_cast<const unsigned char*>(blob.constData());
    const auto* end = p + blob.size();
    const quint32 base = quint32(block) << blockBits;
    if (out.capacity() < out.size() + size_t(blob.size())) {
        out.reserve(std::max(2 * out.capacity(), out.size() + size_t(blob.size())));
    }
    quint32 offset = 0;
    bool first = true;
    while (p != end) {
        quint32 gap = *p & 0x7F;
        if (*p++ & 0x80) {
            // A gap of 128 or more: two or three bytes.
            for (int shift = 7;; shift += 7) {
                if (p == end || shift > 14) {
                    return false;
                }
                gap |= quint32(*p & 0x7F) << shift;
                if (!(*p++ & 0x80)) {
                    break;
                }
            }
        }
        offset += gap;
        if (offset > blockMask || (gap == 0 && !first)) {
            return false;
        }
        first = false;
        out.push_back(base | offset);
    }
    return true;
}

qint64 scanThreshold(qint64 rows)
{
    const qint64 set = g_scanThreshold.load();
    return set > 0 ? set : qBound(minimumScanThreshold, rows / 5, defaultScanThreshold);
}

void setScanThreshold(qint64 ids)
{
    g_scanThreshold.store(ids > 0 ? ids : 0);
}

bool isSearchable(const QString& query)
{
    std::vector<Gram> grams;
    appendGrams(foldQuery(query), grams);
    return !grams.empty();
}

Writer::Writer(Database& db)
    : m_db(db)
{
    // Blocks above the last one with postings hold none yet: no need to read before writing (and a
    // list can go in without replacing one). Asked of the postings themselves, not of the rows:
    // rows deleted by plain SQL leave their postings until compactSearchIndex() sweeps them.
    m_maxExistingBlock = Statement::scalarInt(db, "SELECT coalesce(max(block), -1) FROM submission_grams");
    m_scratch.reserve(128);
}

Writer::~Writer() = default;

void appendRowGrams(const IndexedText& row, std::vector<Gram>& out, std::u32string& folded)
{
    const size_t from = out.size();
    for (const QString* field : { &row.name, &row.phoneNorm, &row.emailNorm, &row.message, &row.region }) {
        foldInto(*field, folded);
        appendGrams(folded, out);
    }
    std::sort(out.begin() + qsizetype(from), out.end());
    out.erase(std::unique(out.begin() + qsizetype(from), out.end()), out.end());
}

void Writer::add(qint64 id, const IndexedText& row)
{
    // gramsOf(row), in buffers kept from row to row.
    m_scratch.clear();
    appendRowGrams(row, m_scratch, m_folded);
    add(id, m_scratch.data(), m_scratch.size());
}

void Writer::add(qint64 id, const Gram* grams, size_t count)
{
    const qint64 block = id >> blockBits;
    if ((block != m_block || id <= m_lastId) && !m_pending.empty()) {
        // A new block, or an id out of order: what is collected goes to the table first (and is
        // merged with what comes later).
        flushBlock();
    }
    m_block = block;
    m_lastId = id;
    const quint32 offset = quint32(id) & blockMask;
    for (const Gram* g = grams; g != grams + count; ++g) {
        Pending& list = m_pending[*g];
        appendVarint(list.bytes, offset - list.last);
        list.last = offset;
        ++list.count;
    }
}

void Writer::flush()
{
    if (!m_pending.empty()) {
        flushBlock();
    }
}

void Writer::flushBlock()
{
    std::vector<std::pair<Gram, Pending*>> lists;
    lists.reserve(m_pending.size());
    for (auto& entry : m_pending) {
        lists.emplace_back(entry.first, &entry.second);
    }
    std::sort(lists.begin(), lists.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    Statement read(m_db, "SELECT ids FROM submission_grams WHERE gram = ? AND block = ?");
    // A list new to its block goes in by INSERT OR FAIL: an ABORT or REPLACE insert makes SQLite
    // keep a statement journal (a copy of every page the statement changes, each encrypted), which
    // was most of the cost of writing the postings. An import fails and rolls back as a whole.
    Statement insert(m_db, "INSERT OR FAIL INTO submission_grams (gram, block, docs, ids) VALUES (?, ?, ?, ?)");
    Statement replace(m_db, "INSERT OR REPLACE INTO submission_grams (gram, block, docs, ids) VALUES (?, ?, ?, ?)");
    const bool mayExist = m_block <= m_maxExistingBlock;
    std::vector<quint32> stored;
    std::vector<quint32> added;
    for (const auto& [g, list] : lists) {
        qint64 docs = list->count;
        QByteArray blob = QByteArray::fromRawData(list->bytes.data(), qsizetype(list->bytes.size()));
        Statement* write = &insert;
        if (mayExist) {
            read.bind(1, g).bind(2, m_block);
            if (read.next()) {
                stored.clear();
                added.clear();
                decodePosting(read.blob(0), m_block, stored);
                decodePosting(blob, m_block, added);
                std::vector<quint32> merged;
                merged.reserve(stored.size() + added.size());
                std::set_union(stored.begin(), stored.end(), added.begin(), added.end(), std::back_inserter(merged));
                docs = qint64(merged.size());
                blob = encodePosting(merged);
                write = &replace;
            }
            read.reset();
        }
        write->bind(1, g).bind(2, m_block).bind(3, docs).bind(4, blob).exec();
    }
    m_pending.clear();
    m_maxExistingBlock = std::max(m_maxExistingBlock, m_block);
}

void remove(Database& db, const QList<QPair<qint64, IndexedText>>& rows)
{
    // Group by posting list so each is rewritten once however many rows leave it.
    std::map<std::pair<Gram, qint64>, std::vector<quint32>> removals;
    for (const auto& row : rows) {
        for (Gram g : gramsOf(row.second)) {
            removals[{ g, row.first >> blockBits }].push_back(quint32(row.first));
        }
    }
    Statement read(db, "SELECT ids FROM submission_grams WHERE gram = ? AND block = ?");
    Statement write(db, "UPDATE submission_grams SET docs = ?, ids = ? WHERE gram = ? AND block = ?");
    Statement drop(db, "DELETE FROM submission_grams WHERE gram = ? AND block = ?");
    for (auto& [key, gone] : removals) {
        read.bind(1, key.first).bind(2, key.second);
        if (!read.next()) {
            read.reset();
            continue;
        }
        std::vector<quint32> ids;
        decodePosting(read.blob(0), key.second, ids);
        read.reset();
        std::sort(gone.begin(), gone.end());
        std::vector<quint32> kept;
        kept.reserve(ids.size());
        std::set_difference(ids.begin(), ids.end(), gone.begin(), gone.end(), std::back_inserter(kept));
        if (kept.empty()) {
            drop.bind(1, key.first).bind(2, key.second).exec();
        } else {
            write.bind(1, qint64(kept.size()))
                .bind(2, encodePosting(kept))
                .bind(3, key.first)
                .bind(4, key.second)
                .exec();
        }
    }
}

qint64 removeIds(Database& db, const QList<qint64>& ids)
{
    std::map<qint64, std::vector<quint32>> byBlock;
    for (qint64 id : ids) {
        if (id > 0) {
            byBlock[id >> blockBits].push_back(quint32(id));
        }
    }
    qint64 changedLists = 0;
    Statement write(db, "UPDATE submission_grams SET docs = ?, ids = ? WHERE gram = ? AND block = ?");
    Statement drop(db, "DELETE FROM submission_grams WHERE gram = ? AND block = ?");
    for (auto& [block, gone] : byBlock) {
        std::sort(gone.begin(), gone.end());
        gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
        struct Change {
            Gram gram;
            std::vector<quint32> kept;
        };
        std::vector<Change> changes;
        {
            // The primary key starts with the block, so this is one range of the tree.
            Statement all(db, "SELECT gram, ids FROM submission_grams WHERE block = ?");
            all.bind(1, block);
            std::vector<quint32> list;
            while (all.next()) {
                list.clear();
                decodePosting(all.blob(1), block, list);
                bool touched = false;
                for (quint32 id : gone) {
                    if (std::binary_search(list.begin(), list.end(), id)) {
                        touched = true;
                        break;
                    }
                }
                if (!touched) {
                    continue;
                }
                Change c { all.int64(0), {} };
                c.kept.reserve(list.size());
                std::set_difference(list.begin(), list.end(), gone.begin(), gone.end(), std::back_inserter(c.kept));
                changes.push_back(std::move(c));
            }
        }
        for (const Change& c : changes) {
            if (c.kept.empty()) {
                drop.bind(1, c.gram).bind(2, block).exec();
            } else {
                write.bind(1, qint64(c.kept.size()))
                    .bind(2, encodePosting(c.kept))
                    .bind(3, c.gram)
                    .bind(4, block)
                    .exec();
            }
        }
        changedLists += qint64(changes.size());
    }
    return changedLists;
}

void reindex(Database& db, qint64 id, const IndexedText& row)
{
    removeIds(db, { id });
    Writer writer(db);
    writer.add(id, row);
    writer.flush();
}

void rebuild(Database& db)
{
    db.exec("DELETE FROM submission_grams");
    Writer writer(db);
    Statement s(db, "SELECT id, name, phone_norm, email_norm, message, region FROM submissions ORDER BY id");
    while (s.next()) {
        writer.add(s.int64(0), IndexedText { s.text(1), s.text(2), s.text(3), s.text(4), s.text(5) });
    }
    writer.flush();
}

void ensureCurrent(Database& db)
{
    const QString key = QStringLiteral("search_index_version");
    Statement read(db, "SELECT value FROM meta WHERE key = ?");
    read.bind(1, key);
    const int stored = read.next() ? read.text(0).toInt() : 0;
    read.reset();
    if (stored == indexVersion) {
        return;
    }
    db.exec("BEGIN IMMEDIATE");
    try {
        rebuild(db);
        Statement write(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
        write.bind(1, key).bind(2, QString::number(indexVersion)).exec();
        db.exec("COMMIT");
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
}

Plan plan(Database& db, const QString& query)
{
    Plan result;
    const std::u32string folded = foldQuery(query);
    result.folded = QString::fromUcs4(folded.data(), qsizetype(folded.size())).toUtf8();
    std::vector<Gram> grams;
    appendGrams(folded, grams);
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    if (grams.empty()) {
        result.mode = Plan::Mode::TooShort;
        return result;
    }
    result.exact
        = grams.size() == 1 && folded.size() == (((grams.front() & bigramTag) == bigramTag) ? size_t(2) : size_t(3));
    // Each gram's number of ids in each block, from the index on (gram, docs) alone.
    struct GramDocs {
        qint64 docs = 0;
        Gram gram = 0;
        BlockCounts perBlock;
    };
    std::vector<GramDocs> byDocs;
    Statement docs(db, "SELECT block, docs FROM submission_grams WHERE gram = ?");
    for (Gram g : grams) {
        GramDocs entry { 0, g, {} };
        docs.bind(1, g);
        while (docs.next()) {
            entry.perBlock.emplace_back(docs.int64(0), docs.int64(1));
            entry.docs += docs.int64(1);
        }
        docs.reset();
        if (entry.docs == 0) {
            result.mode = Plan::Mode::NoMatch;
            return result;
        }
        std::sort(entry.perBlock.begin(), entry.perBlock.end());
        byDocs.push_back(std::move(entry));
    }
    std::sort(byDocs.begin(), byDocs.end(),
        [](const GramDocs& a, const GramDocs& b) { return std::tie(a.docs, a.gram) < std::tie(b.docs, b.gram); });
    result.rarestDocs = byDocs.front().docs;
    // The stored number of rows the writers keep (no count over the table).
    result.rows = std::max<qint64>(SubmissionCount::stored(db), 0);
    const qint64 threshold = scanThreshold(result.rows);
    if (result.rarestDocs > threshold) {
        result.mode = Plan::Mode::Scan;
        return result;
    }
    result.mode = Plan::Mode::Candidates;
    result.candidates = load(db, byDocs.front().gram);
    for (size_t i = 1; i < byDocs.size(); ++i) {
        // A posting list reads at a few hundred thousand ids per millisecond; verifying a
        // candidate costs a row lookup. Intersect unless the candidates are already few or the
        // next list is very long.
        if (result.candidates.size() < 32 || byDocs[i].docs > threshold) {
            break;
        }
        // Nor when the candidates are far too many to verify them all anyway (the list verifies a
        // sample and a page) and the next list is several times longer: the grams of one query
        // come together, so it removes few of them and costs more to read than it saves
        // ("com" after "gma" of "gmail.com"). Fewer candidates may all be verified for an exact
        // count, each a row read that costs as much as a few thousand ids of a list: those are
        // worth narrowing ("wang12" at a million rows: "g12" is in 2,101 rows, "ng1" in 21,573).
        if (result.candidates.size() > 20000 && byDocs[i].docs > 4 * qint64(result.candidates.size())) {
            break;
        }
        // Nor a list with as many ids in every block as the candidates: the grams of one word
        // ("utl", "tlo", "loo" of "outlook") are in the same rows, and reading the list would
        // keep every candidate.
        if (result.candidates.size() > 20000 && byDocs[i].perBlock == blockCounts(result.candidates)) {
            continue;
        }
        result.candidates = intersect(result.candidates, load(db, byDocs[i].gram));
        if (result.candidates.empty()) {
            result.mode = Plan::Mode::NoMatch;
            break;
        }
    }
    return result;
}

} // namespace cd::submissions::SearchIndex

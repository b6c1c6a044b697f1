#include "SubmissionImport.h"
#include "util/TranslationContexts.h"

#include "ErasureLedger.h"
#include "SearchIndex.h"
#include "SubmissionCount.h"

#include "audit/AuditLog.h"
#include "contacts/ContactNormalizer.h"
#include "export/TableExport.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QTimeZone>

#ifdef CD_HAVE_LIBCSV
#include <csv.h>
#endif

#include <algorithm>
#include <cstring>
#include <deque>
#include <memory>
#include <vector>

namespace cd::submissions {

namespace {

constexpr qint64 sampleBytes = 64 * 1024;
constexpr int maxColumns = 1000;
constexpr qsizetype maxFieldChars = 1 << 20; // a record field longer than this is refused
// A field is at most 3 bytes per character; a whole record (CSV row, JSON object or line) at
// most this many bytes. Both bound what one record can cost in memory, whatever the file holds.
constexpr qint64 maxFieldBytes = qint64(maxFieldChars) * 3;
constexpr qint64 maxRecordBytes = 4 * qint64(maxFieldChars);
// Objects and arrays inside one JSON record deeper than this refuse the file (a nesting bomb).
constexpr int maxJsonDepth = 64;
// Keys for the headers of a JSON file come from its first objects, read ahead up to these limits.
constexpr int headerScanRecords = 500;
constexpr qint64 headerScanBytes = 8 * 1024 * 1024;
const QString oversizeFieldMarker = QStringLiteral("\x01oversize");
const QString oversizeRecordMarker = QStringLiteral("\x01oversize-record");

struct Record {
    QStringList fields;
    QString jsonError; // a JSON record that is not valid JSON
    qint64 line = 0;
    int columns = 0; // as found in the file; fields keeps at most maxColumns + 1
};

QString decodeField(const char* data, size_t size, bool gb18030)
{
    if (!gb18030) {
        return QString::fromUtf8(data, qsizetype(size));
    }
    QStringDecoder decoder("GB18030");
    return decoder.decode(QByteArrayView(data, qsizetype(size)));
}

// A text export may carry a stray NUL or control byte in a field (that line is rejected on its
// own); a binary file (a spreadsheet, an archive, an image) is full of them.
bool looksBinary(const QByteArray& sample)
{
    qsizetype control = 0;
    for (const char c : sample) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
            ++control;
        }
    }
    return control > qMax<qsizetype>(8, sample.size() / 100);
}

// Streams records from a file: CSV/TSV through libcsv, JSON arrays and JSON Lines via QJson.
class RecordReader
{
public:
    ~RecordReader()
    {
#ifdef CD_HAVE_LIBCSV
        if (m_csvInit) {
            csv_free(&m_csv);
        }
#endif
    }

    Status open(const QString& path, const ImportOptions& options)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            return Error { ErrorCode::NotFound,
                cd::SubmissionsText::tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), m_file.errorString()) };
        }
        m_total = m_file.size();
        const QByteArray sample = m_file.peek(sampleBytes);
        qint64 skip = 0;
        if (sample.startsWith("\xEF\xBB\xBF")) {
            m_encoding = QStringLiteral("UTF-8");
            skip = 3;
        } else if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
            return Error { ErrorCode::InvalidInput,
                cd::SubmissionsText::tr(
                    "The file is in UTF-16 (Excel's \"Unicode text\"). Save it as \"CSV UTF-8\" and import "
                    "that file.") };
        } else if (looksBinary(sample)) {
            return Error { ErrorCode::InvalidInput,
                cd::SubmissionsText::tr(
                    "The file is not a text file (it contains binary data). Choose a CSV, TSV or JSON export.") };
        }
        if (!options.encoding.isEmpty()) {
            m_encoding = options.encoding.toUpper() == QLatin1String("GBK") ? QStringLiteral("GB18030")
                                                                            : options.encoding.toUpper();
        } else if (m_encoding.isEmpty()) {
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString decoded = utf8.decode(sample); // decoding is lazy: convert to find errors
            Q_UNUSED(decoded)
            m_encoding = utf8.hasError() ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
        }
        if (m_encoding != QLatin1String("UTF-8") && m_encoding != QLatin1String("GB18030")) {
            return Error { ErrorCode::InvalidInput,
                cd::SubmissionsText::tr("Unknown encoding %1: use UTF-8 or GB18030.").arg(options.encoding) };
        }
        m_gb = m_encoding == QLatin1String("GB18030");
        if (m_gb && !QStringDecoder("GB18030").isValid()) {
            return Error { ErrorCode::Internal,
                cd::SubmissionsText::tr("This installation cannot read GB18030 files.") };
        }
        m_file.seek(skip);
        m_read = skip;

        m_format = options.format;
        const QString suffix = QFileInfo(path).suffix().toLower();
        const QByteArray trimmed = sample.mid(int(skip)).trimmed();
        if (m_format == ImportFormat::Auto) {
            if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson")) {
                m_format = ImportFormat::JsonLines;
            } else if (trimmed.startsWith('[')) {
                m_format = ImportFormat::Json;
            } else if (trimmed.startsWith('{')) {
                m_format = ImportFormat::JsonLines;
            } else {
                m_format = ImportFormat::Csv;
            }
        }
        if (m_format == ImportFormat::Csv) {
            return openCsv(sample.mid(int(skip)), options, suffix);
        }
        if (m_format == ImportFormat::Json) {
            return openJsonArray(path);
        }
        return openJsonLines();
    }

    ImportFormat format() const
    {
        return m_format;
    }
    QString encoding() const
    {
        return m_encoding;
    }
    char delimiter() const
    {
        return m_delimiter;
    }
    const QStringList& headers() const
    {
        return m_headers;
    }
    qint64 bytesRead() const
    {
        return m_read;
    }
    qint64 bytesTotal() const
    {
        return m_total;
    }

    // False at the end or on a structural error (see error()).
    bool next(Record& out)
    {
        while (m_queue.empty()) {
            if (m_done || !m_error.ok()) {
                return false;
            }
            fill();
        }
        out = std::move(m_queue.front());
        m_queue.pop_front();
        return true;
    }
    const Status& error() const
    {
        return m_error;
    }

private:
    Status openCsv(const QByteArray& sample, const ImportOptions& options, const QString& suffix)
    {
#ifndef CD_HAVE_LIBCSV
        Q_UNUSED(sample)
        Q_UNUSED(options)
        Q_UNUSED(suffix)
        return Error { ErrorCode::Internal,
            cd::SubmissionsText::tr("This installation was built without CSV support (libcsv).") };
#else
        m_delimiter = options.delimiter;
        if (m_delimiter == 0) {
            if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab")) {
                m_delimiter = '\t';
            } else {
                const QByteArray firstLine = sample.left(sample.indexOf('\n'));
                const int commas = int(firstLine.count(','));
                const int semis = int(firstLine.count(';'));
                const int tabs = int(firstLine.count('\t'));
                m_delimiter = tabs > commas && tabs >= semis ? '\t' : (semis > commas ? ';' : ',');
            }
        }
        if (csv_init(&m_csv, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
            return Error { ErrorCode::Internal, cd::SubmissionsText::tr("Out of memory.") };
        }
        m_csvInit = true;
        csv_set_delim(&m_csv, static_cast<unsigned char>(m_delimiter));
        // Only spaces count as padding: a tab may be the delimiter.
        csv_set_space_func(&m_csv, [](unsigned char c) { return c == ' ' ? 1 : 0; });
        Record header;
        if (!next(header)) {
            return m_error.ok()
                ? Status(Error { ErrorCode::InvalidInput, cd::SubmissionsText::tr("The file is empty.") })
                : m_error;
        }
        m_headers = header.fields;
        if (header.columns > maxColumns) {
            return Error { ErrorCode::InvalidInput,
                cd::SubmissionsText::tr("The file has %1 columns; at most %2 are supported. Remove the "
                                        "extra columns and import again.")
                    .arg(header.columns)
                    .arg(maxColumns) };
        }
        return {};
#endif
    }

    // JSON arrays and JSON Lines are read record by record: the array is cut into its elements
    // by a byte scanner that follows strings and nesting, so only one element is in memory.
    Status openJsonArray(const QString& path)
    {
        Q_UNUSED(path)
        return openJson();
    }

    Status openJsonLines()
    {
        return openJson();
    }

    // Reads ahead the first objects for the headers; they stay queued for next().
    Status openJson()
    {
        while (
            m_items.size() < size_t(headerScanRecords) && m_itemBytes < headerScanBytes && !m_jsonEof && m_error.ok()) {
            readJsonChunk();
        }
        if (!m_error.ok()) {
            return m_error;
        }
        for (const JsonItem& item : m_items) {
            collectKeys(item.object);
            if (m_headers.size() > maxColumns) {
                return Error { ErrorCode::InvalidInput,
                    cd::SubmissionsText::tr("The file has %1 columns; at most %2 are supported. Remove the "
                                            "extra columns and import again.")
                        .arg(m_headers.size())
                        .arg(maxColumns) };
            }
        }
        return {};
    }

    struct JsonItem {
        qint64 line = 0;
        QJsonObject object;
        bool isObject = false;
        bool oversize = false;
        QString error;
    };

    void readJsonChunk()
    {
        char buffer[1 << 16];
        const qint64 n = m_file.read(buffer, sizeof buffer);
        if (n <= 0) {
            m_jsonEof = true;
            if (m_format == ImportFormat::JsonLines) {
                if (!m_element.isEmpty() || m_elementOversize) {
                    ++m_line;
                    finishElement(m_line);
                }
            } else if (!m_arrayStarted) {
                m_error = Error { ErrorCode::InvalidInput, cd::SubmissionsText::tr("The file is empty.") };
            } else if (!m_arrayEnded) {
                m_error = Error { ErrorCode::InvalidInput,
                    cd::SubmissionsText::tr("The JSON array is never closed: the file ends inside it. Export "
                                            "the file again and import that.") };
            }
            return;
        }
        m_read += n;
        if (m_format == ImportFormat::JsonLines) {
            scanLines(buffer, n);
        } else {
            scanArray(buffer, n);
        }
    }

    void appendToElement(const char* data, qint64 size)
    {
        if (m_elementOversize) {
            return;
        }
        if (m_element.size() + size > maxRecordBytes) {
            m_elementOversize = true;
            m_element = QByteArray(); // give the memory back now
            return;
        }
        m_element.append(data, qsizetype(size));
    }

    void scanLines(const char* data, qint64 size)
    {
        qint64 from = 0;
        while (from < size) {
            const char* newline = static_cast<const char*>(memchr(data + from, '\n', size_t(size - from)));
            const qint64 end = newline ? newline - data : size;
            appendToElement(data + from, end - from);
            if (!newline) {
                break;
            }
            ++m_line;
            finishElement(m_line);
            from = end + 1;
        }
    }

    void scanArray(const char* data, qint64 size)
    {
        // Start of the current element's bytes within this chunk; an element (or a string in
        // it) that began in an earlier chunk continues from the first byte.
        qint64 elementFrom = m_elementStarted ? 0 : -1;
        auto flushPart = [&](qint64 upTo) {
            if (elementFrom >= 0 && upTo > elementFrom) {
                appendToElement(data + elementFrom, upTo - elementFrom);
            }
            elementFrom = -1;
        };
        for (qint64 i = 0; i < size && m_error.ok(); ++i) {
            const char c = data[i];
            if (m_inString) {
                if (m_escaped) {
                    m_escaped = false;
                } else if (c == '\\') {
                    m_escaped = true;
                } else if (c == '"') {
                    m_inString = false;
                }
                continue;
            }
            const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
            if (!m_arrayStarted || m_arrayEnded) {
                if (space) {
                    continue;
                }
                if (!m_arrayStarted && c == '[') {
                    m_arrayStarted = true;
                    continue;
                }
                m_error = Error { ErrorCode::InvalidInput,
                    cd::SubmissionsText::tr("The file is not a valid JSON array of objects (unexpected "
                                            "text at byte %1).")
                        .arg(m_read - size + i) };
                return;
            }
            if (m_depth == 0) {
                // Between elements of the array.
                if (c == ',' || c == ']') {
                    flushPart(i);
                    if (m_elementStarted) {
                        finishElement(++m_elementIndex);
                    } else if (c == ',' || m_elementIndex > 0) {
                        m_error = Error { ErrorCode::InvalidInput,
                            cd::SubmissionsText::tr("The file is not a valid JSON array of objects (a "
                                                    "missing value at byte %1).")
                                .arg(m_read - size + i) };
                        return;
                    }
                    m_elementStarted = false;
                    m_arrayEnded = c == ']';
                    continue;
                }
                if (space && !m_elementStarted) {
                    continue;
                }
                if (c == '}') {
                    m_error = Error { ErrorCode::InvalidInput,
                        cd::SubmissionsText::tr("The file is not a valid JSON array of objects (unbalanced "
                                                "braces at byte %1).")
                            .arg(m_read - size + i) };
                    return;
                }
            }
            if (elementFrom < 0) {
                elementFrom = i;
            }
            m_elementStarted = true;
            if (c == '"') {
                m_inString = true;
            } else if (c == '{' || c == '[') {
                if (++m_depth > maxJsonDepth) {
                    m_error = Error { ErrorCode::InvalidInput,
                        cd::SubmissionsText::tr("Record %1 is nested more than %2 levels deep; a contact "
                                                "form export never is. The file was not imported.")
                            .arg(m_elementIndex + 1)
                            .arg(maxJsonDepth) };
                    return;
                }
            } else if (c == '}' || c == ']') {
                --m_depth;
            }
        }
        if (m_error.ok()) {
            // A string or element continues in the next chunk.
            if (m_inString || m_depth > 0 || m_elementStarted) {
                flushPart(size);
            }
        }
    }

    // One record's bytes are complete: parse them (or note why not) and queue the result.
    void finishElement(qint64 line)
    {
        JsonItem item;
        item.line = line;
        if (m_elementOversize) {
            item.oversize = true;
        } else {
            const QByteArray text = m_element.trimmed();
            if (text.isEmpty()) {
                m_element.clear();
                return; // a blank line of JSON Lines
            }
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
            if (err.error != QJsonParseError::NoError) {
                item.error = err.errorString();
            } else if (doc.isObject()) {
                item.object = doc.object();
                item.isObject = true;
            }
            m_itemBytes += text.size();
        }
        m_element.clear();
        m_elementOversize = false;
        m_items.push_back(std::move(item));
    }

    void collectKeys(const QJsonObject& o)
    {
        for (auto it = o.begin(); it != o.end() && m_headers.size() <= maxColumns; ++it) {
            if (!m_headerSet.contains(it.key())) {
                m_headerSet.insert(it.key());
                m_headers.append(it.key());
            }
        }
    }

    Record recordOf(const QJsonValue& v, qint64 line)
    {
        Record r;
        r.line = line;
        if (!v.isObject()) {
            r.fields.append(QString());
            return r;
        }
        const QJsonObject o = v.toObject();
        for (const QString& h : m_headers) {
            const QJsonValue f = o.value(h);
            if (f.isString()) {
                r.fields.append(f.toString());
            } else if (f.isDouble()) {
                r.fields.append(QString::number(f.toDouble(), 'g', 15));
            } else if (f.isBool()) {
                r.fields.append(f.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            } else if (f.isNull() || f.isUndefined()) {
                r.fields.append(QString());
            } else {
                r.fields.append(QString::fromUtf8(
                    QJsonDocument(f.isArray() ? QJsonDocument(f.toArray()) : QJsonDocument(f.toObject()))
                        .toJson(QJsonDocument::Compact)));
            }
        }
        return r;
    }

    void fill()
    {
        if (m_format != ImportFormat::Csv) {
            if (m_items.empty()) {
                if (m_jsonEof) {
                    m_done = true;
                    return;
                }
                readJsonChunk();
            }
            while (!m_items.empty()) {
                JsonItem item = std::move(m_items.front());
                m_items.pop_front();
                m_itemBytes = 0;
                Record r;
                if (item.oversize) {
                    r.line = item.line;
                    r.fields = QStringList { oversizeRecordMarker };
                } else if (!item.error.isEmpty() || !item.isObject) {
                    r.line = item.line;
                    r.fields = QStringList { QString() };
                    r.jsonError = item.error;
                } else {
                    r = recordOf(item.object, item.line);
                }
                m_queue.push_back(std::move(r));
            }
            return;
        }
#ifdef CD_HAVE_LIBCSV
        char buffer[1 << 16];
        const qint64 n = m_file.read(buffer, sizeof buffer);
        if (n <= 0) {
            if (csv_fini(&m_csv, &RecordReader::onField, &RecordReader::onRecord, this) != 0) {
                m_error = Error { ErrorCode::InvalidInput,
                    cd::SubmissionsText::tr("Line %1: a quoted field is never closed (unbalanced "
                                            "quotes). Fix the file and import again.")
                        .arg(m_recordLine) };
            }
            m_done = true;
            return;
        }
        m_read += n;
        const size_t used = csv_parse(&m_csv, buffer, size_t(n), &RecordReader::onField, &RecordReader::onRecord, this);
        cutLongField();
        if (used != size_t(n)) {
            m_error = Error { ErrorCode::InvalidInput,
                csv_error(&m_csv) == CSV_EPARSE
                    ? cd::SubmissionsText::tr(
                        "Line %1: malformed quotes (a quote inside an unquoted field, or text after a "
                        "closing quote). Fix the file and import again.")
                          .arg(m_recordLine)
                    : cd::SubmissionsText::tr("The file could not be read (out of memory).") };
        }
#endif
    }

#ifdef CD_HAVE_LIBCSV
    static void onField(void* data, size_t size, void* self)
    {
        auto* r = static_cast<RecordReader*>(self);
        const char* text = static_cast<const char*>(data);
        r->m_pendingNewlines += size_t(std::count(text, text + size, '\n'));
        ++r->m_currentColumns;
        r->m_currentBytes += qint64(size);
        if (r->m_fieldCut || qint64(size) > maxFieldBytes) {
            r->m_fieldCut = false;
            r->m_oversize = true;
        } else if (r->m_currentBytes > maxRecordBytes) {
            r->m_recordOversize = true;
        }
        if (r->m_oversize || r->m_recordOversize) {
            r->m_current = QStringList(); // the record is rejected for its size
            return;
        }
        if (r->m_current.size() > maxColumns) {
            return; // counted, not kept: the record is rejected for its width
        }
        r->m_current.append(decodeField(text, size, r->m_gb));
    }

    static void onRecord(int, void* self)
    {
        auto* r = static_cast<RecordReader*>(self);
        Record rec;
        rec.fields = std::move(r->m_current);
        rec.line = r->m_recordLine;
        rec.columns = r->m_currentColumns;
        if (r->m_oversize) {
            rec.fields = QStringList { oversizeFieldMarker };
        } else if (r->m_recordOversize) {
            rec.fields = QStringList { oversizeRecordMarker };
        }
        r->m_currentColumns = 0;
        r->m_currentBytes = 0;
        r->m_current = QStringList();
        r->m_oversize = false;
        r->m_recordOversize = false;
        r->m_recordLine += 1 + qint64(r->m_pendingNewlines);
        r->m_pendingNewlines = 0;
        r->m_queue.push_back(std::move(rec));
    }

    // libcsv keeps the whole field being read in its buffer. A field that outgrows the limit
    // is cut there: the bytes so far are dropped (their line breaks still counted) and the
    // record is marked, so a 50 MB field costs a few megabytes, not fifty.
    void cutLongField()
    {
        if (qint64(m_csv.entry_pos) <= maxFieldBytes) {
            return;
        }
        // At the end of a field the parser moves entry_pos back over trailing spaces (and the
        // closing quote of a quoted field); keep that many bytes so it never goes below zero.
        const size_t keep = std::min(m_csv.spaces + 1, m_csv.entry_pos);
        const unsigned char* buf = m_csv.entry_buf;
        m_pendingNewlines += size_t(std::count(buf, buf + (m_csv.entry_pos - keep), '\n'));
        std::fill(m_csv.entry_buf, m_csv.entry_buf + keep, ' ');
        m_csv.entry_pos = keep;
        m_fieldCut = true;
    }
    csv_parser m_csv {};
    bool m_csvInit = false;
#endif

    QFile m_file;
    ImportFormat m_format = ImportFormat::Csv;
    QString m_encoding;
    bool m_gb = false;
    char m_delimiter = ',';
    QStringList m_headers;
    std::deque<Record> m_queue;
    // JSON reading state.
    QSet<QString> m_headerSet;
    std::deque<JsonItem> m_items;
    qint64 m_itemBytes = 0;
    bool m_jsonEof = false;
    QByteArray m_element;
    bool m_elementOversize = false;
    bool m_arrayStarted = false;
    bool m_arrayEnded = false;
    bool m_elementStarted = false;
    bool m_inString = false;
    bool m_escaped = false;
    int m_depth = 0;
    qint64 m_elementIndex = 0;
    // CSV: bytes of the record being read, across its fields.
    qint64 m_currentBytes = 0;
    QStringList m_current;
    int m_currentColumns = 0;
    bool m_oversize = false;
    bool m_recordOversize = false;
    bool m_fieldCut = false;
    size_t m_pendingNewlines = 0;
    qint64 m_recordLine = 1;
    qint64 m_line = 0;
    qint64 m_read = 0;
    qint64 m_total = 0;
    bool m_done = false;
    Status m_error;
};

// Inserts the imported rows many to a statement with the ids given here, which are the ones
// AUTOINCREMENT would hand out (after the largest ever used). A one-row INSERT into a table with
// AUTOINCREMENT reads and rewrites sqlite_sequence every time, which cost about as much as the
// row itself; a statement of batchRows rows does that once. The text is bound from one UTF-8
// buffer without copies. flush() before anything reads the table.
class BatchInsert
{
public:
    static constexpr int batchRows = 64;
    enum Text { Received, Name, Phone, PhoneNorm, Email, EmailNorm, Region, Message, textCount };

    BatchInsert(Database& db, const QString& source, const QString& now)
        : m_db(db)
        , m_source(source.toUtf8())
        , m_now(now.toUtf8())
        , m_utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
    {
        m_nextId = 1
            + Statement::scalarInt(db,
                "SELECT max(coalesce((SELECT max(id) FROM submissions), 0), "
                "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'submissions'), 0))");
    }

    // Queues one row (text in the order of Text); returns its id.
    qint64 add(const std::array<const QString*, textCount>& text, qint64 dedupKey)
    {
        Row& row = m_rows[size_t(m_count++)];
        row.id = m_nextId++;
        row.dedupKey = dedupKey;
        for (size_t i = 0; i < text.size(); ++i) {
            const qsizetype from = m_text.size();
            m_text.resize(from + m_utf8.requiredSpace(text[i]->size()));
            const char* end = m_utf8.appendToBuffer(m_text.data() + from, *text[i]);
            m_text.resize(end - m_text.constData());
            row.text[i] = { from, int(end - m_text.constData() - from) };
        }
        const qint64 id = row.id;
        if (m_count == batchRows) {
            flush();
        }
        return id;
    }

    void flush()
    {
        if (m_count == 0) {
            return;
        }
        if (!m_full) {
            m_full = std::make_unique<Statement>(m_db, sql(batchRows));
        }
        std::unique_ptr<Statement> tail;
        if (m_count < batchRows) {
            tail = std::make_unique<Statement>(m_db, sql(m_count));
        }
        Statement& insert = tail ? *tail : *m_full;
        insert.bindUtf8Unowned(1, m_source.constData(), int(m_source.size()))
            .bindUtf8Unowned(2, m_now.constData(), int(m_now.size()));
        for (int r = 0; r < m_count; ++r) {
            const Row& row = m_rows[size_t(r)];
            const int base = fixedParameters + 1 + r * perRow;
            insert.bind(base, row.id).bind(base + 1, row.dedupKey);
            for (int i = 0; i < textCount; ++i) {
                insert.bindUtf8Unowned(
                    base + 2 + i, m_text.constData() + row.text[size_t(i)].first, row.text[size_t(i)].second);
            }
        }
        insert.exec();
        m_count = 0;
        m_text.clear();
    }

private:
    static constexpr int fixedParameters = 2; // ?1 source, ?2 created_at and updated_at
    static constexpr int perRow = 2 + textCount; // id, dedup_key, then the text

    static QString sql(int rows)
    {
        QString out = QStringLiteral(
            "INSERT INTO submissions (id, dedup_key, received_at, name, phone, phone_norm, email, email_norm, "
            "region, message, source, status, created_at, updated_at) VALUES ");
        for (int r = 0; r < rows; ++r) {
            const int base = fixedParameters + 1 + r * perRow;
            out += r == 0 ? QStringLiteral("(") : QStringLiteral(", (");
            for (int p = 0; p < perRow; ++p) {
                out += QStringLiteral("?%1, ").arg(base + p);
            }
            out += QStringLiteral("?1, 'new', ?2, ?2)");
        }
        return out;
    }

    struct Row {
        qint64 id = 0;
        qint64 dedupKey = 0;
        std::array<std::pair<qsizetype, int>, textCount> text {};
    };
    Database& m_db;
    const QByteArray m_source;
    const QByteArray m_now;
    QStringEncoder m_utf8;
    QByteArray m_text;
    std::array<Row, batchRows> m_rows {};
    int m_count = 0;
    qint64 m_nextId = 1;
    std::unique_ptr<Statement> m_full;
};

QString normaliseHeader(const QString& h)
{
    QString out;
    for (const QChar c : ContactNormalizer::foldFullWidth(h).toLower()) {
        if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

} // namespace

QString importFieldName(ImportField field)
{
    switch (field) {
    case ImportField::ReceivedAt: return cd::SubmissionsText::tr("Submitted at");
    case ImportField::Name: return cd::SubmissionsText::tr("Name");
    case ImportField::Phone: return cd::SubmissionsText::tr("Phone");
    case ImportField::Email: return cd::SubmissionsText::tr("Email");
    case ImportField::Region: return cd::SubmissionsText::tr("Region");
    case ImportField::Message: return cd::SubmissionsText::tr("Message");
    }
    return {};
}

QString importFieldKey(ImportField field)
{
    static const char* keys[] = { "received_at", "name", "phone", "email", "region", "message" };
    return QString::fromLatin1(keys[int(field)]);
}

ImportMapping SubmissionImporter::guessMapping(const QStringList& headers)
{
    // Exact names first, then names that contain a known word ("联系电话", "Email address").
    static const QList<QStringList> names = {
        { QStringLiteral("提交时间"), QStringLiteral("时间"), QStringLiteral("日期"), QStringLiteral("留言时间"),
            QStringLiteral("submittedat"), QStringLiteral("receivedat"), QStringLiteral("time"), QStringLiteral("date"),
            QStringLiteral("timestamp"), QStringLiteral("createdat"), QStringLiteral("submitted") },
        { QStringLiteral("姓名"), QStringLiteral("名字"), QStringLiteral("联系人"), QStringLiteral("称呼"),
            QStringLiteral("name"), QStringLiteral("fullname"), QStringLiteral("contactname") },
        { QStringLiteral("手机"), QStringLiteral("手机号"), QStringLiteral("手机号码"), QStringLiteral("电话"),
            QStringLiteral("联系电话"), QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("tel"),
            QStringLiteral("telephone"), QStringLiteral("phonenumber") },
        { QStringLiteral("邮箱"), QStringLiteral("电子邮箱"), QStringLiteral("电子邮件"), QStringLiteral("email"),
            QStringLiteral("mail"), QStringLiteral("emailaddress") },
        { QStringLiteral("地区"), QStringLiteral("区域"), QStringLiteral("省份"), QStringLiteral("城市"),
            QStringLiteral("所在地"), QStringLiteral("region"), QStringLiteral("province"), QStringLiteral("city"),
            QStringLiteral("area"), QStringLiteral("location") },
        { QStringLiteral("留言"), QStringLiteral("内容"), QStringLiteral("留言内容"), QStringLiteral("咨询内容"),
            QStringLiteral("备注"), QStringLiteral("message"), QStringLiteral("content"), QStringLiteral("comment"),
            QStringLiteral("comments"), QStringLiteral("text"), QStringLiteral("inquiry") },
    };
    ImportMapping mapping { { -1, -1, -1, -1, -1, -1 } };
    QList<QString> normal;
    for (const QString& h : headers) {
        normal.append(normaliseHeader(h));
    }
    QSet<int> used;
    for (int pass = 0; pass < 2; ++pass) {
        for (int f = 0; f < importFieldCount; ++f) {
            if (mapping[size_t(f)] >= 0) {
                continue;
            }
            for (int col = 0; col < normal.size() && mapping[size_t(f)] < 0; ++col) {
                if (used.contains(col) || normal.at(col).isEmpty()) {
                    continue;
                }
                for (const QString& n : names.at(f)) {
                    const bool hit = pass == 0 ? normal.at(col) == n : normal.at(col).contains(n);
                    if (hit) {
                        mapping[size_t(f)] = col;
                        used.insert(col);
                        break;
                    }
                }
            }
        }
    }
    return mapping;
}

Result<ImportPreview> SubmissionImporter::preview(const QString& path, const ImportOptions& options, int rows)
{
    RecordReader reader;
    if (Status s = reader.open(path, options); !s) {
        return s;
    }
    ImportPreview p;
    p.format = reader.format();
    p.encoding = reader.encoding();
    p.delimiter = reader.delimiter();
    p.headers = reader.headers();
    p.guessed = guessMapping(p.headers);
    Record r;
    while (p.rows.size() < rows && reader.next(r)) {
        p.rows.append(r.fields.mid(0, maxColumns));
    }
    if (!reader.error().ok() && p.rows.isEmpty()) {
        return reader.error();
    }
    return p;
}

qint64 SubmissionImporter::dedupKey(const QString& phoneNorm, const QString& emailNorm, const QString& name,
    const QString& message, const QString& receivedAt)
{
    // FNV-1a over the fields with separators: stable across runs and platforms.
    quint64 h = 1469598103934665603ULL;
    auto mix = [&h](const QString& s) {
        for (const QChar c : s) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        h ^= 0x1F;
        h *= 1099511628211ULL;
    };
    mix(phoneNorm);
    mix(emailNorm);
    mix(name);
    mix(message);
    mix(receivedAt);
    return qint64(h & 0x7FFFFFFFFFFFFFFFULL);
}

namespace {

// Reads the next run of digits; false when there is none or it is too long.
bool readNumber(QStringView text, qsizetype& pos, int maxDigits, int* out)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && text[pos].isDigit() && digits < maxDigits) {
        value = value * 10 + text[pos].digitValue();
        ++pos;
        ++digits;
    }
    *out = value;
    return digits > 0 && (pos >= text.size() || !text[pos].isDigit());
}

bool skip(QStringView text, qsizetype& pos, std::initializer_list<char16_t> chars)
{
    if (pos < text.size()) {
        for (char16_t c : chars) {
            if (text[pos] == QChar(c)) {
                ++pos;
                return true;
            }
        }
    }
    return false;
}

} // namespace

QDateTime SubmissionImporter::parseTime(const QString& input)
{
    // Parsed by hand: Qt's parser goes through the local time zone, and the C library checks
    // /etc/localtime on every conversion, which costs more than the rest of a row's import.
    const QString folded = ContactNormalizer::foldFullWidth(input).trimmed();
    const QStringView text(folded);
    qsizetype pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
    if (!readNumber(text, pos, 4, &y) || pos != 4 || !skip(text, pos, { u'-', u'/', u'.', u'年' })
        || !readNumber(text, pos, 2, &mo) || !skip(text, pos, { u'-', u'/', u'.', u'月' })
        || !readNumber(text, pos, 2, &d)) {
        return {};
    }
    skip(text, pos, { u'日' });
    if (pos < text.size()) {
        if (!skip(text, pos, { u' ', u'T' })) {
            return {};
        }
        while (skip(text, pos, { u' ' })) { }
        if (!readNumber(text, pos, 2, &h) || !skip(text, pos, { u':' }) || !readNumber(text, pos, 2, &mi)) {
            return {};
        }
        if (skip(text, pos, { u':' })) {
            if (!readNumber(text, pos, 2, &sec)) {
                return {};
            }
            if (skip(text, pos, { u'.', u',' })) {
                const qsizetype from = pos;
                if (!readNumber(text, pos, 9, &ms)) {
                    return {};
                }
                for (qsizetype n = pos - from; n > 3; --n) {
                    ms /= 10;
                }
                for (qsizetype n = pos - from; n < 3; ++n) {
                    ms *= 10;
                }
            }
        }
    }
    // Without an offset: the website's local time, China Standard Time (UTC+8, no daylight saving).
    int offsetSeconds = 8 * 3600;
    if (pos < text.size()) {
        if (text[pos] == QLatin1Char('Z') && pos + 1 == text.size()) {
            offsetSeconds = 0;
            ++pos;
        } else if (text[pos] == QLatin1Char('+') || text[pos] == QLatin1Char('-')) {
            const int sign = text[pos] == QLatin1Char('-') ? -1 : 1;
            ++pos;
            int oh = 0, om = 0;
            if (!readNumber(text, pos, 2, &oh)) {
                return {};
            }
            skip(text, pos, { u':' });
            if (pos < text.size() && !readNumber(text, pos, 2, &om)) {
                return {};
            }
            offsetSeconds = sign * (oh * 3600 + om * 60);
        }
        if (pos != text.size()) {
            return {};
        }
    }
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec, ms);
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

Result<ImportReport> SubmissionImporter::run(Database& db, const Actor& actor, const QString& path,
    const ImportOptions& options, const std::function<void(const ImportProgress&)>& progress,
    const std::atomic_bool* cancel)
{
    if (!actor.can(Permission::WriteData)) {
        return Error { ErrorCode::PermissionDenied, cd::SubmissionsText::tr("Your role may not import submissions.") };
    }
    RecordReader reader;
    if (Status s = reader.open(path, options); !s) {
        return s;
    }
    const ImportMapping mapping = options.useMapping ? options.mapping : guessMapping(reader.headers());
    if (mapping[size_t(ImportField::Name)] < 0 && mapping[size_t(ImportField::Phone)] < 0
        && mapping[size_t(ImportField::Email)] < 0) {
        return Error { ErrorCode::InvalidInput,
            cd::SubmissionsText::tr("No column holds a name, phone or email. Choose the columns in the "
                                    "mapping step.") };
    }
    ImportReport report;
    report.source = QFileInfo(path).fileName();
    // Rejected records go to a private temporary file as they come; only the first few stay in
    // memory for the dialog. The spool is written through a buffer and flushed at the end.
    QByteArray spoolBuffer;
    Status spoolError;
    auto flushSpool = [&] {
        if (report.rejectSpool && !spoolBuffer.isEmpty()) {
            if (report.rejectSpool->write(spoolBuffer) != spoolBuffer.size() && spoolError.ok()) {
                spoolError = Error { ErrorCode::Io,
                    cd::SubmissionsText::tr("Could not keep the rejected lines in a temporary file: %1")
                        .arg(report.rejectSpool->errorString()) };
            }
            spoolBuffer.clear();
        }
    };
    auto reject = [&](qint64 line, const QString& reason, const QStringList& fields) {
        ++report.rejected;
        QStringList kept;
        for (const QString& f : fields.mid(0, 50)) {
            kept.append(f.left(2000));
        }
        if (!report.rejectSpool) {
            report.rejectSpool = std::make_shared<QTemporaryFile>();
            if (!report.rejectSpool->open()) {
                spoolError = Error { ErrorCode::Io,
                    cd::SubmissionsText::tr("Could not keep the rejected lines in a temporary file: %1")
                        .arg(report.rejectSpool->errorString()) };
            }
        }
        report.rejectWidth = qMax(report.rejectWidth, int(kept.size()));
        spoolBuffer += TableExport::csvLine(QStringList { QString::number(line), reason } + kept);
        if (spoolBuffer.size() > (1 << 20)) {
            flushSpool();
        }
        if (report.rejects.size() < ImportReport::maxKeptRejects) {
            report.rejects.append({ line, reason, kept });
        }
    };
    // A larger page cache keeps the index b-trees in memory while a big file goes in; the
    // connection's own setting comes back afterwards. 96 MB: with the current block's postings
    // and the duplicate keys the import stays under 200 MB however large the file.
    const qint64 previousCache = Statement::scalarInt(db, "PRAGMA cache_size");
    struct CacheRestore {
        Database& db;
        qint64 pages;
        ~CacheRestore() { db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(pages)); }
    } restore { db, previousCache };
    if (reader.bytesTotal() > 4 * 1024 * 1024) {
        db.exec("PRAGMA cache_size = -98304");
    }
    try {
        WriteTx tx(db, actor);
        const QDateTime now = Clock::nowUtc();
        const QString nowText = toStorageText(now);
        // The keys of the rows already here, sorted, so a duplicate check is a binary search and
        // the table needs no random-order index on the key (which would halve the import rate).
        std::vector<std::pair<qint64, qint64>> existing;
        {
            Statement keys(db, "SELECT dedup_key, id FROM submissions");
            while (keys.next()) {
                existing.emplace_back(keys.int64(0), keys.int64(1));
            }
            std::sort(existing.begin(), existing.end());
        }
        Statement confirm(db,
            "SELECT 1 FROM submissions WHERE id = ? AND phone_norm = ? AND email_norm = ? AND name = ? "
            "AND received_at = ?");
        // A big file into a table of similar size goes in faster without its secondary indexes:
        // those whose keys arrive in random order (name, phone, email, region) touch pages all over
        // their trees, and even the ones filled in order (time, status) cost a B-tree insert per
        // row each, where building them sorted at the end costs a fraction of that. They are
        // rebuilt before the commit, in the same transaction, so a cancel or crash still leaves
        // the table exactly as it was. A unique index stays: it checks every row as it comes.
        QList<QPair<QString, QString>> deferredIndexes;
        const qint64 estimatedRows = reader.bytesTotal() / 100;
        if (estimatedRows > 50000 && estimatedRows > qint64(existing.size()) / 2) {
            Statement ddl(db,
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'submissions' "
                "AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%'");
            while (ddl.next()) {
                deferredIndexes.append({ ddl.text(0), ddl.text(1) });
            }
            ddl.reset();
            for (const auto& index : std::as_const(deferredIndexes)) {
                db.exec(QStringLiteral("DROP INDEX %1").arg(index.first));
            }
        }
        SearchIndex::Writer index(db);
        BatchInsert insert(db, report.source, nowText);
        // People erased through a rights request are not brought back by re-importing the file
        // they came from: one in-memory load of the ledger, one lookup per row when it has entries.
        const ErasureLedger::Matcher ledger = ErasureLedger::Matcher::load(db);
        QSet<qint64> seen;
        Record rec;
        ImportProgress p;
        p.bytesTotal = reader.bytesTotal();
        auto field = [&](const Record& r, ImportField f) {
            const int col = mapping[size_t(f)];
            return col >= 0 && col < r.fields.size() ? r.fields.at(col).trimmed() : QString();
        };
        while (reader.next(rec)) {
            ++report.read;
            if ((report.read & 1023) == 0) {
                if (cancel && cancel->load()) {
                    return Error { ErrorCode::Cancelled,
                        cd::SubmissionsText::tr("Import cancelled; nothing was imported.") };
                }
                if (progress) {
                    p.rows = report.read;
                    p.bytesRead = reader.bytesRead();
                    progress(p);
                }
            }
            if (rec.fields.size() == 1 && rec.fields.first() == oversizeFieldMarker) {
                reject(
                    rec.line, cd::SubmissionsText::tr("A field is longer than %1 characters.").arg(maxFieldChars), {});
                continue;
            }
            if (rec.fields.size() == 1 && rec.fields.first() == oversizeRecordMarker) {
                reject(rec.line,
                    cd::SubmissionsText::tr("The record is larger than %1 MB.").arg(maxRecordBytes / (1024 * 1024)),
                    {});
                continue;
            }
            if (rec.fields.size() > maxColumns || rec.columns > maxColumns) {
                reject(rec.line, cd::SubmissionsText::tr("The row has more than %1 fields.").arg(maxColumns), {});
                continue;
            }
            if (rec.fields.size() == 1 && rec.fields.first().isEmpty()) {
                if (reader.format() != ImportFormat::Csv) {
                    reject(rec.line,
                        rec.jsonError.isEmpty()
                            ? cd::SubmissionsText::tr("Not a JSON object.")
                            : cd::SubmissionsText::tr("Not valid JSON (%1); the other records were read.")
                                  .arg(rec.jsonError),
                        {});
                } else {
                    --report.read; // a blank line
                }
                continue;
            }
            const QString name = field(rec, ImportField::Name);
            const QString phone = field(rec, ImportField::Phone);
            const QString email = field(rec, ImportField::Email);
            const QString region = field(rec, ImportField::Region);
            const QString message = field(rec, ImportField::Message);
            const QString timeText = field(rec, ImportField::ReceivedAt);
            if (name.isEmpty() && phone.isEmpty() && email.isEmpty()) {
                reject(rec.line, cd::SubmissionsText::tr("No name, phone or email."), rec.fields);
                continue;
            }
            if (name.contains(QChar::Null) || phone.contains(QChar::Null) || email.contains(QChar::Null)
                || region.contains(QChar::Null) || message.contains(QChar::Null) || timeText.contains(QChar::Null)) {
                reject(rec.line, cd::SubmissionsText::tr("The row contains NUL characters (binary data)."), {});
                continue;
            }
            if (name.size() > 200 || phone.size() > 50 || email.size() > 254 || region.size() > 200) {
                reject(rec.line,
                    cd::SubmissionsText::tr("A name, phone, email or region is implausibly long (wrong column or wrong "
                                            "encoding?)."),
                    rec.fields);
                continue;
            }
            if (message.size() > 20000) {
                reject(rec.line, cd::SubmissionsText::tr("The message is longer than 20,000 characters."), rec.fields);
                continue;
            }
            if (name.contains(QChar::ReplacementCharacter) || message.contains(QChar::ReplacementCharacter)) {
                reject(rec.line,
                    cd::SubmissionsText::tr("The text is not valid %1: choose the other encoding.")
                        .arg(reader.encoding()),
                    rec.fields);
                continue;
            }
            const QString phoneNorm = ContactNormalizer::phone(phone);
            if (!phone.isEmpty() && phoneNorm.size() < 5) {
                reject(rec.line, cd::SubmissionsText::tr("The phone number has fewer than 5 digits."), rec.fields);
                continue;
            }
            const QString emailNorm = ContactNormalizer::email(email);
            if (!email.isEmpty() && !ContactNormalizer::looksLikeEmail(email)) {
                reject(rec.line, cd::SubmissionsText::tr("The email address is not valid."), rec.fields);
                continue;
            }
            QString received;
            if (mapping[size_t(ImportField::ReceivedAt)] >= 0) {
                const QDateTime t = parseTime(timeText);
                if (!t.isValid()) {
                    reject(rec.line,
                        timeText.isEmpty() ? cd::SubmissionsText::tr("The submission time is missing.")
                                           : cd::SubmissionsText::tr("The submission time is not a date and time."),
                        rec.fields);
                    continue;
                }
                received = toStorageText(t);
            }
            if (!ledger.isEmpty() && !ledger.match(emailNorm, phoneNorm, received).isEmpty()) {
                ++report.erasedEarlier;
                continue;
            }
            const qint64 key = dedupKey(phoneNorm, emailNorm, name, message, received);
            if (seen.contains(key)) {
                ++report.duplicates;
                continue;
            }
            if (!received.isEmpty()) {
                bool dup = false;
                auto it = std::lower_bound(existing.begin(), existing.end(), std::make_pair(key, qint64(0)));
                for (; !dup && it != existing.end() && it->first == key; ++it) {
                    confirm.bind(1, it->second)
                        .bindText(2, phoneNorm)
                        .bindText(3, emailNorm)
                        .bindText(4, name)
                        .bindText(5, received);
                    dup = confirm.next();
                    confirm.reset();
                }
                if (dup) {
                    ++report.duplicates;
                    continue;
                }
            }
            seen.insert(key);
            const qint64 id = insert.add({ received.isEmpty() ? &nowText : &received, &name, &phone, &phoneNorm, &email,
                                             &emailNorm, &region, &message },
                key);
            index.add(id, { name, phoneNorm, emailNorm, message, region });
            ++report.imported;
        }
        if (!reader.error().ok()) {
            return reader.error();
        }
        insert.flush();
        flushSpool();
        if (report.rejectSpool && !report.rejectSpool->flush() && spoolError.ok()) {
            spoolError = Error { ErrorCode::Io,
                cd::SubmissionsText::tr("Could not keep the rejected lines in a temporary file: %1")
                    .arg(report.rejectSpool->errorString()) };
        }
        if (!spoolError.ok()) {
            return spoolError; // nothing is committed: the user would not see which lines were left out
        }
        if (cancel && cancel->load()) {
            return Error { ErrorCode::Cancelled, cd::SubmissionsText::tr("Import cancelled; nothing was imported.") };
        }
        index.flush();
        for (const auto& deferred : std::as_const(deferredIndexes)) {
            db.exec(deferred.second);
        }
        SubmissionCount::add(db, report.imported); // once, in the same transaction as the rows
        tx.audit({ QStringLiteral("submission.import"), QStringLiteral("submission"), {}, {},
            QStringLiteral("read=%1 imported=%2 duplicates=%3 rejected=%4 erased_earlier=%5")
                .arg(report.read)
                .arg(report.imported)
                .arg(report.duplicates)
                .arg(report.rejected)
                .arg(report.erasedEarlier) });
        tx.commit();
        if (progress) {
            p.rows = report.read;
            p.bytesRead = reader.bytesTotal();
            progress(p);
        }
    } catch (const DbException& e) {
        return e.error();
    }
    return report;
}

Status SubmissionImporter::writeRejects(Vault& vault, const QString& path, const ImportReport& report)
{
    if (Status s = vault.require(Permission::ExportPersonalData); !s) {
        return s;
    }
    QStringList headers { cd::SubmissionsText::tr("Line"), cd::SubmissionsText::tr("Reason") };
    int width = report.rejectWidth;
    for (const ImportReject& r : report.rejects) {
        width = qMax(width, int(r.fields.size()));
    }
    for (int i = 1; i <= width; ++i) {
        headers << cd::SubmissionsText::tr("Field %1").arg(i);
    }
    if (!report.rejectSpool) {
        QList<QStringList> rows;
        for (const ImportReject& r : report.rejects) {
            rows.append(QStringList { QString::number(r.line), r.reason } + r.fields);
        }
        if (Status s = TableExport::writeCsv(path, headers, rows); !s) {
            return s;
        }
    } else {
        // Every reject, streamed from the spool: the header, then the spooled rows as they are.
        QSaveFile out(path);
        QTemporaryFile& spool = *report.rejectSpool;
        if (!out.open(QIODevice::WriteOnly) || !TableExport::restrictToOwner(out) || !spool.seek(0)) {
            return Error { ErrorCode::Io,
                QCoreApplication::translate("cd::Export", "Could not write %1: %2").arg(path, out.errorString()) };
        }
        out.write("\xEF\xBB\xBF");
        out.write(TableExport::csvLine(headers));
        QByteArray chunk;
        while (!(chunk = spool.read(1 << 20)).isEmpty()) {
            out.write(chunk);
        }
        if (!out.commit()) {
            return Error { ErrorCode::Io,
                QCoreApplication::translate("cd::Export", "Could not write %1: %2").arg(path, out.errorString()) };
        }
    }
    return vault.write(Permission::ExportPersonalData, [&](WriteTx& tx) {
        tx.audit({ QStringLiteral("submission.export_rejects"), QStringLiteral("submission"), {}, {},
            QStringLiteral("format=csv rows=%1").arg(qMax<qint64>(report.rejected, report.rejects.size())) });
    });
}

} // namespace cd::submissions

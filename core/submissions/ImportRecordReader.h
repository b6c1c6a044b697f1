#pragma once

// Internal to the submissions import: streams the records of a CSV/TSV, JSON array or JSON Lines
// file, one record at a time, with limits on what one record may cost.

#include "SubmissionImport.h"
#include "util/TranslationContexts.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#ifdef CD_HAVE_LIBCSV
#include <csv.h>
#endif

#include <algorithm>
#include <cstring>
#include <deque>

namespace cd::submissions::importing {

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
inline const QString oversizeFieldMarker = QStringLiteral("\x01oversize");
inline const QString oversizeRecordMarker = QStringLiteral("\x01oversize-record");

struct Record {
    QStringList fields;
    QString jsonError; // a JSON record that is not valid JSON
    qint64 line = 0;
    int columns = 0; // as found in the file; fields keeps at most maxColumns + 1
};

inline QString decodeField(const char* data, size_t size, bool gb18030)
{
    if (!gb18030) {
        return QString::fromUtf8(data, qsizetype(size));
    }
    QStringDecoder decoder("GB18030");
    return decoder.decode(QByteArrayView(data, qsizetype(size)));
}

// A text export may carry a stray NUL or control byte in a field (that line is rejected on its
// own); a binary file (a spreadsheet, an archive, an image) is full of them.
inline bool looksBinary(const QByteArray& sample)
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

} // namespace cd::submissions::importing

#include "SubmissionImport.h"
#include "util/TranslationContexts.h"

#include "ErasureLedger.h"
#include "ImportRecordReader.h"
#include "ImportRows.h"
#include "SearchIndex.h"
#include "SubmissionCount.h"

#include "audit/AuditLog.h"
#include "contacts/ContactNormalizer.h"
#include "export/TableExport.h"
#include "storage/Database.h"
#include "storage/DbGuard.h"
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
#include <optional>
#include <vector>

namespace cd::submissions {

using namespace importing;

namespace {

// Inserts the imported rows many to a statement with the ids given here, which are the ones
// AUTOINCREMENT would hand out (after the largest ever used). A one-row INSERT into a table with
// AUTOINCREMENT reads and rewrites sqlite_sequence every time, which cost about as much as the
// row itself; a statement of batchRows rows does that once. The text is bound from one UTF-8
// buffer without further copies. flush() before anything reads the table.
//
// A statement of many rows that could stop half-way (a constraint it would abort on, or a
// foreign key SQLite checks) makes SQLite copy every page it touches that existed before it into
// a statement journal, and SQLCipher encrypts each copy: that was more than a third of the
// insert's cost. OR FAIL stops the statement without undoing its own rows, which the import
// never needs (any failure rolls back the whole transaction), and the import runs with foreign
// keys off (ImportConnection): the rows it inserts name no assignee, the only key of the table.
class BatchInsert
{
public:
    static constexpr int batchRows = 64;
    static constexpr int textCount = importing::rowTextCount;

    BatchInsert(Database& db, const QString& source, const QString& now)
        : m_db(db)
        , m_source(source.toUtf8())
        , m_now(now.toUtf8())
    {
        m_nextId = 1
            + Statement::scalarInt(db,
                "SELECT max(coalesce((SELECT max(id) FROM submissions), 0), "
                "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'submissions'), 0))");
    }

    // Queues one row (its UTF-8 text in `text` at the spans of `spans`, in the order of Text);
    // returns its id.
    qint64 add(const QByteArray& text, const importing::RowTextSpans& spans, qint64 dedupKey)
    {
        Row& row = m_rows[size_t(m_count++)];
        row.id = m_nextId++;
        row.dedupKey = dedupKey;
        for (size_t i = 0; i < spans.size(); ++i) {
            row.text[i] = { m_text.size(), spans[i].second };
            m_text.append(text.constData() + spans[i].first, spans[i].second);
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
            "INSERT OR FAIL INTO submissions (id, dedup_key, received_at, name, phone, phone_norm, email, email_norm, "
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
    QByteArray m_text;
    std::array<Row, batchRows> m_rows {};
    int m_count = 0;
    qint64 m_nextId = 1;
    std::unique_ptr<Statement> m_full;
};

// The imported rows per 15-minute slot of their receipt, for SubmissionCount, counted as they
// are inserted rather than read back: an export comes in time order, so consecutive rows mostly
// share a slot and are counted as one run.
class ReceivedSlots
{
public:
    void add(qint64 slot)
    {
        if (slot != m_slot) {
            endRun();
            m_slot = slot;
        }
        ++m_rows;
    }
    const SubmissionCount::SlotChanges& changes()
    {
        endRun();
        return m_changes;
    }

private:
    void endRun()
    {
        if (m_rows > 0) {
            m_changes.countNew(m_slot, m_rows);
        }
        m_rows = 0;
    }
    SubmissionCount::SlotChanges m_changes;
    qint64 m_slot = -1;
    qint64 m_rows = 0;
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
    // `kept`: the record's first 50 fields, each cut to 2,000 characters (PreparedReject).
    auto reject = [&](qint64 line, const QString& reason, const QStringList& kept) {
        ++report.rejected;
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
    // A larger page cache while a big file goes in, and foreign keys off (BatchInsert); the
    // connection's own settings come back afterwards. 64 MB: the rows and postings are appended
    // (the secondary indexes are built at the end), so a larger cache saved no work at 200,000
    // rows while 48 MB cost 15 % more; the index builds sort in memory beside it, so the cache
    // is what keeps a million-row import under 200 MB. (Both pragmas run outside a transaction.)
    struct ImportConnection {
        Database& db;
        const qint64 cachePages = Statement::scalarInt(db, "PRAGMA cache_size");
        const qint64 foreignKeys = Statement::scalarInt(db, "PRAGMA foreign_keys");
        ~ImportConnection()
        {
            (void)catchDb([this] {
                db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cachePages));
                db.exec(QStringLiteral("PRAGMA foreign_keys = %1").arg(foreignKeys));
            });
        }
    } restore { db };
    db.exec("PRAGMA foreign_keys = OFF");
    if (reader.bytesTotal() > 4 * 1024 * 1024) {
        db.exec("PRAGMA cache_size = -65536");
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
        // the table exactly as it was. A unique index stays: it checks every row as it comes. A
        // partial index (of closed rows) stays too: imported rows are new, so it costs one test
        // per row, where building it would read the whole table once more.
        QList<QPair<QString, QString>> deferredIndexes;
        const qint64 estimatedRows = reader.bytesTotal() / 100;
        if (estimatedRows > 50000 && estimatedRows > qint64(existing.size()) / 2) {
            Statement ddl(db,
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'submissions' "
                "AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%' AND sql NOT LIKE '%WHERE%'");
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
        ReceivedSlots receivedSlots;
        // People erased through a rights request are not brought back by re-importing the file
        // they came from: one in-memory load of the ledger, one lookup per row when it has entries.
        const ErasureLedger::Matcher ledger = ErasureLedger::Matcher::load(db);
        // The records are read, checked, normalised and cut into search grams on a thread of its
        // own while this one writes; only this thread uses the connection. Duplicates are decided
        // here, in file order, because they depend on the vault and on the rows before.
        importing::BatchQueue queue(3);
        const importing::PrepareContext context { mapping, ledger, nowText, cancel };
        std::optional<importing::PreparingThread> preparing;
        preparing.emplace(reader, context, queue);
        QSet<qint64> seen;
        ImportProgress p;
        p.bytesTotal = reader.bytesTotal();
        while (std::unique_ptr<importing::ImportBatch> batch = queue.pop()) {
            for (const importing::PreparedRecord& rec : batch->records) {
                ++report.read;
                if ((report.read & 1023) == 0) {
                    if (cancel && cancel->load()) {
                        return Error { ErrorCode::Cancelled,
                            cd::SubmissionsText::tr("Import cancelled; nothing was imported.") };
                    }
                    if (progress) {
                        p.rows = report.read;
                        p.bytesRead = rec.bytesRead;
                        progress(p);
                    }
                }
                using Kind = importing::PreparedRecord::Kind;
                if (rec.kind == Kind::Blank) {
                    --report.read;
                    continue;
                }
                if (rec.kind == Kind::Rejected) {
                    const importing::PreparedReject& r = batch->rejects[size_t(rec.reject)];
                    reject(rec.line, r.reason, r.fields);
                    continue;
                }
                if (rec.kind == Kind::ErasedEarlier) {
                    ++report.erasedEarlier;
                    continue;
                }
                const qint64 key = rec.dedupKey;
                if (seen.contains(key)) {
                    ++report.duplicates;
                    continue;
                }
                if (rec.timed) {
                    bool dup = false;
                    auto it = std::lower_bound(existing.begin(), existing.end(), std::make_pair(key, qint64(0)));
                    for (; !dup && it != existing.end() && it->first == key; ++it) {
                        confirm.bind(1, it->second);
                        int parameter = 2;
                        for (const importing::RowText text :
                            { importing::PhoneNorm, importing::EmailNorm, importing::Name, importing::Received }) {
                            const QByteArrayView utf8 = batch->textOf(rec, text);
                            confirm.bindUtf8Unowned(parameter++, utf8.data(), int(utf8.size()));
                        }
                        dup = confirm.next();
                        confirm.reset();
                    }
                    if (dup) {
                        ++report.duplicates;
                        continue;
                    }
                }
                seen.insert(key);
                const qint64 id = insert.add(batch->text, rec.text, key);
                index.add(id, batch->grams.data() + rec.gramsFrom, rec.gramsTo - rec.gramsFrom);
                receivedSlots.add(SubmissionCount::slotOf(batch->textOf(rec, importing::Received)));
                ++report.imported;
            }
            queue.recycle(std::move(batch));
        }
        preparing.reset(); // the reader is done; its outcome is in the queue
        if (std::exception_ptr failure = queue.failure()) {
            std::rethrow_exception(failure);
        }
        if (Status readerError = queue.readerError(); !readerError.ok()) {
            return readerError;
        }
        insert.flush();
        // The duplicate keys are done with: their memory goes to the index builds' sorting.
        std::vector<std::pair<qint64, qint64>>().swap(existing);
        seen = QSet<qint64>();
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
        SubmissionCount::add(db, receivedSlots.changes()); // once, in the same transaction as the rows
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

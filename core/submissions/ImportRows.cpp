#include "ImportRows.h"

#include "ImportRecordReader.h"

#include "contacts/ContactNormalizer.h"
#include "storage/Statement.h"
#include "util/TranslationContexts.h"

#include <QStringEncoder>

namespace cd::submissions::importing {

void ImportBatch::clear()
{
    records.clear();
    text.clear();
    grams.clear();
    rejects.clear();
    rejectBytes = 0;
}

std::unique_ptr<ImportBatch> BatchQueue::emptyBatch()
{
    std::lock_guard lock(m_mutex);
    if (m_free.empty()) {
        return std::make_unique<ImportBatch>();
    }
    std::unique_ptr<ImportBatch> batch = std::move(m_free.front());
    m_free.pop_front();
    return batch;
}

bool BatchQueue::push(std::unique_ptr<ImportBatch> batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_full.size() < m_depth; });
    if (m_stopped) {
        return false;
    }
    m_full.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

void BatchQueue::finish(const Status& readerError, std::exception_ptr failure)
{
    std::lock_guard lock(m_mutex);
    m_readerError = readerError;
    m_failure = std::move(failure);
    m_finished = true;
    m_changed.notify_all();
}

std::unique_ptr<ImportBatch> BatchQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_finished || !m_full.empty(); });
    if (m_stopped || m_full.empty()) {
        return nullptr;
    }
    std::unique_ptr<ImportBatch> batch = std::move(m_full.front());
    m_full.pop_front();
    m_changed.notify_all();
    return batch;
}

void BatchQueue::recycle(std::unique_ptr<ImportBatch> batch)
{
    batch->clear();
    std::lock_guard lock(m_mutex);
    if (m_free.empty()) {
        m_free.push_back(std::move(batch));
    }
}

void BatchQueue::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

Status BatchQueue::readerError() const
{
    std::lock_guard lock(m_mutex);
    return m_readerError;
}

std::exception_ptr BatchQueue::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

namespace {

// Turns records into prepared records: the checks, normalisers, duplicate key and search grams
// of every row, in file order, exactly as the writer used to do them itself.
class Preparer
{
public:
    Preparer(RecordReader& reader, const PrepareContext& context)
        : m_reader(reader)
        , m_context(context)
        , m_utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
    {
    }

    void run(BatchQueue& queue)
    {
        std::unique_ptr<ImportBatch> batch;
        Record rec;
        while (m_reader.next(rec)) {
            if (!batch) {
                batch = queue.emptyBatch();
            }
            prepare(rec, *batch);
            if (batch->full()) {
                if (!queue.push(std::move(batch))) {
                    return;
                }
                if (m_context.cancel && m_context.cancel->load()) {
                    return; // the writer sees the cancel too and rolls back
                }
            }
        }
        if (batch && !batch->records.empty() && !queue.push(std::move(batch))) {
            return;
        }
    }

private:
    QString field(const Record& r, ImportField f) const
    {
        const int col = m_context.mapping[size_t(f)];
        return col >= 0 && col < r.fields.size() ? r.fields.at(col).trimmed() : QString();
    }

    static void reject(ImportBatch& batch, PreparedRecord& out, const QString& reason, const QStringList& fields)
    {
        out.kind = PreparedRecord::Kind::Rejected;
        out.reject = int(batch.rejects.size());
        PreparedReject r { reason, {} };
        for (const QString& f : fields.mid(0, 50)) {
            r.fields.append(f.left(2000));
            batch.rejectBytes += 2 * r.fields.last().size();
        }
        batch.rejectBytes += 2 * reason.size();
        batch.rejects.push_back(std::move(r));
    }

    void appendText(ImportBatch& batch, PreparedRecord& out, RowText which, const QString& text)
    {
        QByteArray& buffer = batch.text;
        const qsizetype from = buffer.size();
        buffer.resize(from + m_utf8.requiredSpace(text.size()));
        const char* end = m_utf8.appendToBuffer(buffer.data() + from, text);
        buffer.resize(end - buffer.constData());
        out.text[size_t(which)] = { int(from), int(buffer.size() - from) };
    }

    void prepare(const Record& rec, ImportBatch& batch)
    {
        PreparedRecord& out = batch.records.emplace_back();
        out.line = rec.line;
        out.bytesRead = m_reader.bytesRead();
        if (rec.fields.size() == 1 && rec.fields.first() == oversizeFieldMarker) {
            reject(batch, out, cd::SubmissionsText::tr("A field is longer than %1 characters.").arg(maxFieldChars), {});
            return;
        }
        if (rec.fields.size() == 1 && rec.fields.first() == oversizeRecordMarker) {
            reject(batch, out,
                cd::SubmissionsText::tr("The record is larger than %1 MB.").arg(maxRecordBytes / (1024 * 1024)), {});
            return;
        }
        if (rec.fields.size() > maxColumns || rec.columns > maxColumns) {
            reject(batch, out, cd::SubmissionsText::tr("The row has more than %1 fields.").arg(maxColumns), {});
            return;
        }
        if (rec.fields.size() == 1 && rec.fields.first().isEmpty()) {
            if (m_reader.format() != ImportFormat::Csv) {
                reject(batch, out,
                    rec.jsonError.isEmpty()
                        ? cd::SubmissionsText::tr("Not a JSON object.")
                        : cd::SubmissionsText::tr("Not valid JSON (%1); the other records were read.")
                              .arg(rec.jsonError),
                    {});
            } else {
                out.kind = PreparedRecord::Kind::Blank;
            }
            return;
        }
        const QString name = field(rec, ImportField::Name);
        const QString phone = field(rec, ImportField::Phone);
        const QString email = field(rec, ImportField::Email);
        const QString region = field(rec, ImportField::Region);
        const QString message = field(rec, ImportField::Message);
        const QString timeText = field(rec, ImportField::ReceivedAt);
        if (name.isEmpty() && phone.isEmpty() && email.isEmpty()) {
            reject(batch, out, cd::SubmissionsText::tr("No name, phone or email."), rec.fields);
            return;
        }
        if (name.contains(QChar::Null) || phone.contains(QChar::Null) || email.contains(QChar::Null)
            || region.contains(QChar::Null) || message.contains(QChar::Null) || timeText.contains(QChar::Null)) {
            reject(batch, out, cd::SubmissionsText::tr("The row contains NUL characters (binary data)."), {});
            return;
        }
        if (name.size() > 200 || phone.size() > 50 || email.size() > 254 || region.size() > 200) {
            reject(batch, out,
                cd::SubmissionsText::tr("A name, phone, email or region is implausibly long (wrong column or wrong "
                                        "encoding?)."),
                rec.fields);
            return;
        }
        if (message.size() > 20000) {
            reject(batch, out, cd::SubmissionsText::tr("The message is longer than 20,000 characters."), rec.fields);
            return;
        }
        if (name.contains(QChar::ReplacementCharacter) || message.contains(QChar::ReplacementCharacter)) {
            reject(batch, out,
                cd::SubmissionsText::tr("The text is not valid %1: choose the other encoding.")
                    .arg(m_reader.encoding()),
                rec.fields);
            return;
        }
        const QString phoneNorm = ContactNormalizer::phone(phone);
        if (!phone.isEmpty() && phoneNorm.size() < 5) {
            reject(batch, out, cd::SubmissionsText::tr("The phone number has fewer than 5 digits."), rec.fields);
            return;
        }
        const QString emailNorm = ContactNormalizer::email(email);
        if (!email.isEmpty() && !ContactNormalizer::looksLikeEmail(email)) {
            reject(batch, out, cd::SubmissionsText::tr("The email address is not valid."), rec.fields);
            return;
        }
        QString received;
        if (m_context.mapping[size_t(ImportField::ReceivedAt)] >= 0) {
            const QDateTime t = SubmissionImporter::parseTime(timeText);
            if (!t.isValid()) {
                reject(batch, out,
                    timeText.isEmpty() ? cd::SubmissionsText::tr("The submission time is missing.")
                                       : cd::SubmissionsText::tr("The submission time is not a date and time."),
                    rec.fields);
                return;
            }
            received = toStorageText(t);
        }
        if (!m_context.ledger.isEmpty() && !m_context.ledger.match(emailNorm, phoneNorm, received).isEmpty()) {
            out.kind = PreparedRecord::Kind::ErasedEarlier;
            return;
        }
        out.kind = PreparedRecord::Kind::Row;
        out.timed = !received.isEmpty();
        out.dedupKey = SubmissionImporter::dedupKey(phoneNorm, emailNorm, name, message, received);
        appendText(batch, out, Received, out.timed ? received : m_context.importTime);
        appendText(batch, out, Name, name);
        appendText(batch, out, Phone, phone);
        appendText(batch, out, PhoneNorm, phoneNorm);
        appendText(batch, out, Email, email);
        appendText(batch, out, EmailNorm, emailNorm);
        appendText(batch, out, Region, region);
        appendText(batch, out, Message, message);
        out.gramsFrom = batch.grams.size();
        SearchIndex::appendRowGrams({ name, phoneNorm, emailNorm, message, region }, batch.grams, m_folded);
        out.gramsTo = batch.grams.size();
    }

    RecordReader& m_reader;
    const PrepareContext m_context;
    QStringEncoder m_utf8;
    std::u32string m_folded;
};

} // namespace

PreparingThread::PreparingThread(RecordReader& reader, const PrepareContext& context, BatchQueue& queue)
    : m_queue(queue)
    , m_thread([&reader, context, &queue] {
        try {
            Preparer(reader, context).run(queue);
            queue.finish(reader.error(), nullptr);
        } catch (...) {
            queue.finish({}, std::current_exception());
        }
    })
{
}

PreparingThread::~PreparingThread()
{
    m_queue.stop();
    m_thread.join();
}

} // namespace cd::submissions::importing

#pragma once

// Internal to the submissions import: the records of a file are read, checked, normalised and
// cut into search grams on a thread of their own, and handed in batches through a small bounded
// queue to the thread that owns the vault connection and writes them. Nothing here touches the
// database; what needs it (duplicates against the vault, ids, the insert) stays with the writer.

#include "ErasureLedger.h"
#include "SearchIndex.h"
#include "SubmissionImport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace cd::submissions::importing {

class RecordReader;

// The stored text of a row, in the order the insert binds it.
enum RowText { Received, Name, Phone, PhoneNorm, Email, EmailNorm, Region, Message, rowTextCount };
using RowTextSpans = std::array<std::pair<int, int>, rowTextCount>; // UTF-8 offset and size

// One record of the file, with everything done that needs no database.
struct PreparedRecord {
    enum class Kind : quint8 { Blank, Rejected, ErasedEarlier, Row };
    Kind kind = Kind::Row;
    bool timed = false; // the row has its own submission time (duplicates in the vault are looked up by it)
    qint64 line = 0;
    qint64 bytesRead = 0; // how far the reader was once it had this record (for progress)
    qint64 dedupKey = 0;
    int reject = -1; // Kind::Rejected: index into ImportBatch::rejects
    RowTextSpans text {}; // Kind::Row: in ImportBatch::text; Received holds the import time when untimed
    size_t gramsFrom = 0; // Kind::Row: its search grams, sorted and unique, in ImportBatch::grams
    size_t gramsTo = 0;
};

struct PreparedReject {
    QString reason; // translated
    QStringList fields; // at most 50, each cut to 2,000 characters
};

struct ImportBatch {
    // Small batches keep the memory in flight small (a row's search grams take about 1 KB);
    // handing one over costs a lock and a wake-up, nothing next to writing 256 rows.
    static constexpr size_t maxRecords = 256;
    static constexpr qsizetype maxBytes = 1024 * 1024; // text and kept reject fields

    std::vector<PreparedRecord> records;
    QByteArray text;
    std::vector<SearchIndex::Gram> grams;
    std::vector<PreparedReject> rejects;
    qsizetype rejectBytes = 0;

    bool full() const { return records.size() >= maxRecords || text.size() + rejectBytes >= maxBytes; }
    QByteArrayView textOf(const PreparedRecord& record, RowText which) const
    {
        const auto& span = record.text[size_t(which)];
        return QByteArrayView(text.constData() + span.first, span.second);
    }
    void clear();
};

// Batches from the preparing thread to the writer, at most `depth` waiting, so memory stays
// bounded whatever the size of the file. Emptied batches go back to be filled again.
class BatchQueue
{
public:
    explicit BatchQueue(size_t depth)
        : m_depth(depth)
    {
    }

    // Preparing side.
    std::unique_ptr<ImportBatch> emptyBatch();
    // Waits for room; false once the writer stopped (the batch is dropped).
    bool push(std::unique_ptr<ImportBatch> batch);
    // The last call of the preparing side: the reader's error (a malformed file) or an exception.
    void finish(const Status& readerError, std::exception_ptr failure);

    // Writing side. Waits; null after the last batch.
    std::unique_ptr<ImportBatch> pop();
    void recycle(std::unique_ptr<ImportBatch> batch);
    // The writer gives up (error, cancel): the preparing side stops at its next batch.
    void stop();
    // After pop() returned null.
    Status readerError() const;
    std::exception_ptr failure() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<ImportBatch>> m_full;
    std::deque<std::unique_ptr<ImportBatch>> m_free;
    const size_t m_depth;
    bool m_finished = false;
    bool m_stopped = false;
    Status m_readerError;
    std::exception_ptr m_failure;
};

// What the preparing thread needs besides the reader; all read-only while it runs.
struct PrepareContext {
    const ImportMapping& mapping;
    const ErasureLedger::Matcher& ledger;
    const QString& importTime; // stored text of the import's time, for rows without one
    const std::atomic_bool* cancel = nullptr;
};

// Reads every record of an opened reader on a thread of its own into the queue. The destructor
// stops it (when the writer gave up early) and waits for it: nothing outlives the import.
class PreparingThread
{
public:
    PreparingThread(RecordReader& reader, const PrepareContext& context, BatchQueue& queue);
    ~PreparingThread();
    PreparingThread(const PreparingThread&) = delete;
    PreparingThread& operator=(const PreparingThread&) = delete;

private:
    BatchQueue& m_queue;
    std::thread m_thread;
};

} // namespace cd::submissions::importing

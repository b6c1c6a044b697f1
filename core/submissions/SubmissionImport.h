#pragma once

#include "access/Roles.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

class QTemporaryFile;

namespace cd {
class Vault;

class Database;

namespace submissions {

enum class ImportField { ReceivedAt, Name, Phone, Email, Region, Message };
constexpr int importFieldCount = 6;
QString importFieldName(ImportField field); // translated
QString importFieldKey(ImportField field); // received_at, name, phone, email, region, message

enum class ImportFormat { Auto, Csv, Json, JsonLines };

// Column of each field in the file, -1 when the file has none.
using ImportMapping = std::array<int, importFieldCount>;

struct ImportOptions {
    ImportFormat format = ImportFormat::Auto;
    QString encoding; // empty: detect; "UTF-8" or "GB18030"
    char delimiter = 0; // 0: detect; ',', ';' or '\t'
    bool useMapping = false; // false: guess from the headers
    ImportMapping mapping { { -1, -1, -1, -1, -1, -1 } };
};

struct ImportPreview {
    ImportFormat format = ImportFormat::Csv;
    QString encoding;
    char delimiter = ',';
    QStringList headers;
    QList<QStringList> rows; // the first rows after the header
    ImportMapping guessed { { -1, -1, -1, -1, -1, -1 } };
};

struct ImportReject {
    qint64 line = 0; // line of the file where the record starts (1 = header)
    QString reason; // translated
    QStringList fields;
};

struct ImportReport {
    QString source;
    qint64 read = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 erasedEarlier = 0; // rows of people erased before (erasure ledger); skipped
    qint64 rejected = 0;
    QList<ImportReject> rejects; // the first maxKeptRejects, to show
    static constexpr int maxKeptRejects = 1000;
    // Every rejected record (line, reason, its first 50 fields) as CSV rows in a private
    // temporary file, so a file of a million bad lines costs disk, not memory. Removed with the
    // last copy of the report; writeRejects() copies it out.
    std::shared_ptr<QTemporaryFile> rejectSpool;
    int rejectWidth = 0; // the most fields of any spooled reject
};

struct ImportProgress {
    qint64 rows = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
};

// Reads CSV/TSV (libcsv), JSON arrays and JSON Lines in UTF-8 or GB18030, guesses the column
// mapping from Chinese or English headers, validates each row and imports the good ones in one
// transaction, skipping rows already in the vault (same normalised phone, email, name, message
// and time).
class SubmissionImporter
{
public:
    static Result<ImportPreview> preview(const QString& path, const ImportOptions& options, int rows = 20);
    static ImportMapping guessMapping(const QStringList& headers);
    // Runs on the caller's connection inside its own transaction; the actor needs WriteData.
    // Cancelling rolls everything back and returns ErrorCode::Cancelled.
    static Result<ImportReport> run(Database& db, const Actor& actor, const QString& path, const ImportOptions& options,
        const std::function<void(const ImportProgress&)>& progress = {}, const std::atomic_bool* cancel = nullptr);
    // The rejected lines hold personal data: writing them out needs ExportPersonalData and is
    // audited (count only).
    static Status writeRejects(Vault& vault, const QString& path, const ImportReport& report);
    // The key duplicates are found by.
    static qint64 dedupKey(const QString& phoneNorm, const QString& emailNorm, const QString& name,
        const QString& message, const QString& receivedAt);
    static QDateTime parseTime(const QString& text);
};

} // namespace submissions
} // namespace cd

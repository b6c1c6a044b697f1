// Contact-submission importer: the bytes are written to a file and imported into a real vault
// (created once per process on a scratch folder), the way the CLI and the page import. The
// import's report must add up and match what reached the table; then the rows are deleted so
// every input starts from an empty table.
#include "FuzzTargets.h"

#include "access/PasswordHash.h"
#include "access/Roles.h"
#include "contacts/ContactNormalizer.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "submissions/SubmissionImport.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace cd::fuzz {

namespace {

struct Scratch {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Vault> vault;
};

Scratch& scratch()
{
    static Scratch s = [] {
        Scratch out;
        // /dev/shm keeps the thousands of small imports per second off the disk where it exists.
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        // The scratch account's password is never typed; a full-strength hash would take
        // longer under the sanitizers than libFuzzer allows one input.
        PasswordHash::setDefaultIterations(1000);
        out.dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/cd-fuzz-submissions-XXXXXX"));
        auto vault = Vault::create(out.dir->filePath(QStringLiteral("fuzz.cdvault")),
            VaultKey::rawFromSeed("compliance-desk-fuzz"),
            { QStringLiteral("admin"), QStringLiteral("Fuzz Admin"), QStringLiteral("fuzz-password-1") });
        if (!vault) {
            propertyFailed("submission_import", "the scratch vault could not be created");
        }
        out.vault = std::move(vault.value());
        // Durability is not under test here; speed is.
        out.vault->db().exec("PRAGMA synchronous = OFF");
        return out;
    }();
    return s;
}

bool isAsciiDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

void importAndCheck(const char* target, const uint8_t* data, size_t size, const QString& fileName,
    const submissions::ImportOptions& options)
{
    Scratch& s = scratch();
    const QString path = s.dir->filePath(fileName);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) {
            propertyFailed(target, "the input file could not be written");
        }
    }
    Database& db = s.vault->db();

    // The preview reads through the same reader; it must not fail where the import succeeds
    // and never shows more columns than the import accepts.
    const auto preview = submissions::SubmissionImporter::preview(path, options, 20);
    if (preview) {
        CD_FUZZ_CHECK(target, preview->rows.size() <= 20);
        for (const QStringList& row : preview->rows) {
            CD_FUZZ_CHECK(target, row.size() <= 1001);
        }
    } else {
        CD_FUZZ_CHECK(target, !preview.message().isEmpty());
    }

    const auto result = submissions::SubmissionImporter::run(db, s.vault->actor(), path, options);
    if (!result) {
        CD_FUZZ_CHECK(target, !result.message().isEmpty());
        // A refused import leaves nothing behind.
        CD_FUZZ_CHECK(target, Statement::scalarInt(db, "SELECT count(*) FROM submissions") == 0);
        return;
    }
    const submissions::ImportReport& report = result.value();
    CD_FUZZ_CHECK(target, report.read == report.imported + report.duplicates + report.erasedEarlier + report.rejected);
    CD_FUZZ_CHECK(
        target, report.rejects.size() == qMin<qint64>(report.rejected, submissions::ImportReport::maxKeptRejects));
    for (const submissions::ImportReject& r : report.rejects) {
        CD_FUZZ_CHECK(target, !r.reason.isEmpty());
        CD_FUZZ_CHECK(target, r.line >= 1);
    }
    CD_FUZZ_CHECK(target, Statement::scalarInt(db, "SELECT count(*) FROM submissions") == report.imported);
    Statement rows(db, "SELECT name, phone, phone_norm, email, email_norm FROM submissions");
    while (rows.next()) {
        const QString name = rows.text(0);
        const QString phone = rows.text(1);
        const QString phoneNorm = rows.text(2);
        const QString email = rows.text(3);
        const QString emailNorm = rows.text(4);
        // Every kept row can be found again: by name, or by a normalised phone or email.
        CD_FUZZ_CHECK(target, !name.isEmpty() || !phoneNorm.isEmpty() || !emailNorm.isEmpty());
        CD_FUZZ_CHECK(target, isAsciiDigits(phoneNorm));
        CD_FUZZ_CHECK(target, phone.isEmpty() || phoneNorm.size() >= 5);
        CD_FUZZ_CHECK(target, phoneNorm == ContactNormalizer::phone(phone));
        CD_FUZZ_CHECK(target, email.isEmpty() || (!emailNorm.isEmpty() && ContactNormalizer::looksLikeEmail(email)));
        CD_FUZZ_CHECK(target, !name.contains(QChar::ReplacementCharacter));
    }
    rows.reset();
    db.exec("DELETE FROM submissions");
    db.exec("DELETE FROM submission_grams");
    db.exec("DELETE FROM submission_unindexed_deletes");
}

} // namespace

int fuzzSubmissionCsv(const uint8_t* data, size_t size)
{
    // Encoding and delimiter detected, as a user's first import does; the format is fixed to
    // CSV so a leading "[" or "{" still reaches the CSV parser.
    submissions::ImportOptions options;
    options.format = submissions::ImportFormat::Csv;
    importAndCheck("submission_csv", data, size, QStringLiteral("input.csv"), options);
    return 0;
}

int fuzzSubmissionJson(const uint8_t* data, size_t size)
{
    // A JSON array when the text starts with "[", JSON Lines otherwise.
    size_t first = 0;
    while (first < size && (data[first] == ' ' || data[first] == '\n' || data[first] == '\r' || data[first] == '\t')) {
        ++first;
    }
    const bool array = first < size && data[first] == '[';
    submissions::ImportOptions options;
    options.format = array ? submissions::ImportFormat::Json : submissions::ImportFormat::JsonLines;
    importAndCheck(
        "submission_json", data, size, array ? QStringLiteral("input.json") : QStringLiteral("input.jsonl"), options);
    return 0;
}

} // namespace cd::fuzz

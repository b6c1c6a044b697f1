#include "Submission.h"
#include "SubmissionRows.h"
#include "settings/VaultSettings.h"
#include "util/TranslationContexts.h"

#include "ErasureLedger.h"
#include "SearchIndex.h"
#include "SubmissionCount.h"
#include "SubmissionErasure.h"

#include "audit/AuditLog.h"
#include "contacts/ContactNormalizer.h"
#include "export/TableExport.h"
#include "report/ReportDocument.h"
#include "storage/Database.h"
#include "storage/DbGuard.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include "storage/Transaction.h"
#include "util/Formatting.h"

#include <QFile>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cstring>
#include <optional>

namespace cd::submissions {

namespace detail {

const char* selectColumns()
{
    return "s.id, s.received_at, s.name, s.phone, s.phone_norm, s.email, s.email_norm, s.region, s.message, "
           "s.source, s.status, coalesce(s.assignee_id, 0), coalesce(a.display_name, ''), s.notes, s.closed_at, "
           "s.possible_minor, s.created_at, s.updated_at";
}

Submission readRow(const Statement& s)
{
    Submission r;
    r.id = s.int64(0);
    r.receivedAt = s.dateTime(1);
    r.name = s.text(2);
    r.phone = s.text(3);
    r.phoneNorm = s.text(4);
    r.email = s.text(5);
    r.emailNorm = s.text(6);
    r.region = s.text(7);
    r.message = s.text(8);
    r.source = s.text(9);
    r.status = s.text(10);
    r.assigneeId = s.int64(11);
    r.assigneeName = s.text(12);
    r.notes = s.text(13);
    r.closedAt = s.isNull(14) ? QDateTime() : s.dateTime(14);
    r.possibleMinor = s.boolean(15);
    r.createdAt = s.dateTime(16);
    r.updatedAt = s.dateTime(17);
    return r;
}

QDateTime retentionCutoff(int months)
{
    return Clock::nowUtc().addMonths(-months);
}

} // namespace detail

using detail::readRow;
using detail::retentionCutoff;
using detail::selectColumns;

SubmissionService::SubmissionService(Vault& vault)
    : m_vault(vault)
{
}

int SubmissionService::defaultRetentionMonths()
{
    return QString::fromLatin1(VaultSettings::spec(Setting::RetentionMonths).fallback).toInt();
}

int SubmissionService::retentionMonths()
{
    return VaultSettings::get<int>(m_vault, Setting::RetentionMonths);
}

Status SubmissionService::setRetentionMonths(int months)
{
    return VaultSettings::set(m_vault, Setting::RetentionMonths, months);
}

Result<Submission> SubmissionService::get(qint64 id)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<Submission> {
        Statement s(tx.db(),
            QStringLiteral("SELECT %1 FROM submissions s LEFT JOIN accounts a ON a.id = "
                           "s.assignee_id WHERE s.id = ?")
                .arg(QLatin1String(selectColumns())));
        s.bind(1, id);
        if (!s.next()) {
            return Error { ErrorCode::NotFound,
                SubmissionsText::tr("Submission %1 does not exist (any more).").arg(id) };
        }
        return readRow(s);
    });
}

Result<qint64> SubmissionService::create(const Submission& in)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (in.name.trimmed().isEmpty() && in.phone.trimmed().isEmpty() && in.email.trimmed().isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            SubmissionsText::tr("Enter at least a name, a phone number or an email.") };
    }
    qint64 id = 0;
    const Status st = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QDateTime now = Clock::nowUtc();
        Statement s(db,
            "INSERT INTO submissions (received_at, name, phone, phone_norm, email, email_norm, region, "
            "message, source, status, possible_minor, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'manual', 'new', ?, ?, ?)");
        const Submission n = [&] {
            Submission c = in;
            c.phoneNorm = ContactNormalizer::phone(in.phone);
            c.emailNorm = ContactNormalizer::email(in.email);
            return c;
        }();
        s.bind(1, in.receivedAt.isValid() ? in.receivedAt : now)
            .bindText(2, n.name.trimmed())
            .bindText(3, n.phone.trimmed())
            .bindText(4, n.phoneNorm)
            .bindText(5, n.email.trimmed())
            .bindText(6, n.emailNorm)
            .bindText(7, n.region.trimmed())
            .bindText(8, n.message)
            .bind(9, n.possibleMinor)
            .bind(10, now)
            .bind(11, now)
            .exec();
        id = db.lastInsertId();
        SubmissionCount::add(db, 1);
        SearchIndex::Writer writer(db);
        writer.add(id, { n.name.trimmed(), n.phoneNorm, n.emailNorm, n.message, n.region.trimmed() });
        writer.flush();
        tx.audit({ QStringLiteral("submission.create"), QStringLiteral("submission"), QString::number(id),
            { QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("region"),
                QStringLiteral("message") },
            {} });
    });
    if (!st) {
        return st;
    }
    return id;
}

Status SubmissionService::update(qint64 id, const SubmissionChange& change)
{
    auto r = updateMany({ id }, change);
    if (!r) {
        return r.status();
    }
    if (r.value() == 0) {
        return Error { ErrorCode::NotFound, SubmissionsText::tr("Submission %1 does not exist (any more).").arg(id) };
    }
    return {};
}

Result<int> SubmissionService::updateMany(const QList<qint64>& ids, const SubmissionChange& change)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (change.status && !isStatusKey(*change.status)) {
        return Error { ErrorCode::InvalidInput,
            SubmissionsText::tr("Unknown status \"%1\": use new, contacted or closed.").arg(*change.status) };
    }
    int changed = 0;
    const Status st = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        if (change.assigneeId && *change.assigneeId > 0) {
            Statement a(db, "SELECT 1 FROM accounts WHERE id = ? AND active = 1");
            a.bind(1, *change.assigneeId);
            if (!a.next()) {
                throw DbException(
                    ErrorCode::InvalidInput, SubmissionsText::tr("The assignee is not an active account."));
            }
        }
        QStringList sets { QStringLiteral("updated_at = :now") };
        QStringList fields;
        if (change.status) {
            sets << QStringLiteral("status = :status")
                 << QStringLiteral("closed_at = CASE WHEN :status = 'closed' THEN coalesce(CASE WHEN status = "
                                   "'closed' THEN closed_at END, :now) ELSE NULL END");
            fields << QStringLiteral("status");
        }
        if (change.assigneeId) {
            sets << QStringLiteral("assignee_id = :assignee");
            fields << QStringLiteral("assignee");
        }
        if (change.notes) {
            sets << QStringLiteral("notes = :notes");
            fields << QStringLiteral("notes");
        }
        if (change.possibleMinor) {
            sets << QStringLiteral("possible_minor = :minor");
            fields << QStringLiteral("possible_minor");
        }
        Statement s(
            db, QStringLiteral("UPDATE submissions SET %1 WHERE id = :id").arg(sets.join(QStringLiteral(", "))));
        const QDateTime now = Clock::nowUtc();
        // The dashboard's counts of new and closed submissions follow the status.
        std::optional<SubmissionCount::StatusChange> counts;
        if (change.status) {
            counts.emplace(db, ids);
        }
        for (qint64 id : ids) {
            s.bind(s.parameterIndex(":now"), now);
            if (change.status) {
                s.bind(s.parameterIndex(":status"), *change.status);
            }
            if (change.assigneeId) {
                if (*change.assigneeId > 0) {
                    s.bind(s.parameterIndex(":assignee"), *change.assigneeId);
                } else {
                    s.bind(s.parameterIndex(":assignee"), nullptr);
                }
            }
            if (change.notes) {
                s.bindText(s.parameterIndex(":notes"), *change.notes);
            }
            if (change.possibleMinor) {
                s.bind(s.parameterIndex(":minor"), *change.possibleMinor);
            }
            s.bind(s.parameterIndex(":id"), id);
            s.exec();
            changed += db.changes();
        }
        if (counts) {
            counts->apply();
        }
        if (changed > 0) {
            const bool single = ids.size() == 1;
            tx.audit({ single ? QStringLiteral("submission.update") : QStringLiteral("submission.bulk_update"),
                QStringLiteral("submission"), single ? QString::number(ids.first()) : QString(), fields,
                single ? QString() : QStringLiteral("rows=%1").arg(changed) });
        }
    });
    if (!st) {
        return st;
    }
    return changed;
}

Result<PurgeReport> SubmissionService::purgeExpired(bool dryRun, const PurgeControl& control)
{
    if (Status s = m_vault.require(dryRun ? Permission::Read : Permission::WriteData); !s) {
        return s;
    }
    if (!dryRun && m_vault.isReadOnly()) {
        return Error { ErrorCode::ReadOnly, StorageMessages::openedReadOnly(m_vault.path()) };
    }
    Database& db = control.connection ? *control.connection : m_vault.db();
    PurgeReport report;
    const int months = retentionMonths();
    const QString cutoff = toStorageText(retentionCutoff(months));
    const Status counted = ReadTx::run(db, [&](ReadTx& tx) {
        Statement c(tx.db(),
            "SELECT count(*) FROM submissions WHERE status = 'closed' AND closed_at IS NOT NULL "
            "AND closed_at < ?");
        c.bind(1, cutoff);
        c.next();
        report.due = c.int64(0);
    });
    if (!counted) {
        return counted;
    }
    if (dryRun || report.due == 0) {
        return report;
    }
    const Status st = WriteTx::run(db, m_vault.actor(), [&](WriteTx& tx) {
        QList<qint64> ids;
        Statement s(tx.db(),
            "SELECT id FROM submissions WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at < ? "
            "ORDER BY id");
        s.bind(1, cutoff);
        while (s.next()) {
            ids.append(s.int64(0));
        }
        const QString cancelled = SubmissionsText::tr("Purge cancelled; nothing was deleted.");
        control.work.step(0, ids.size(), cancelled);
        // A restored backup must not bring back what the retention period removed.
        ErasureLedger::recordErased(
            db, QStringLiteral("submissions"), ids, ErasureLedger::Reason::Retention, QString(), Clock::nowUtc());
        report.deleted
            = eraseSubmissions(db, ids, [&](qint64 done, qint64 total) { control.work.step(done, total, cancelled); });
        tx.audit({ QStringLiteral("submission.purge"), QStringLiteral("submission"), {}, {},
            QStringLiteral("rows=%1 retention_months=%2").arg(report.deleted).arg(months) });
    });
    if (!st) {
        return st;
    }
    // Index maintenance outside the write: rebuilding index segments takes its own transaction.
    if (Status s = catchDb([&] { compactSearchIndex(db); }); !s) {
        return s;
    }
    return report;
}

Result<QList<Assignee>> SubmissionService::assignees()
{
    return m_vault.readResult(Permission::Read, [](ReadTx& tx) {
        QList<Assignee> out;
        Statement s(tx.db(),
            "SELECT id, display_name FROM accounts WHERE active = 1 AND role <> 'auditor' "
            "ORDER BY display_name");
        while (s.next()) {
            out.append({ s.int64(0), s.text(1) });
        }
        return out;
    });
}

Result<QStringList> SubmissionService::regions()
{
    return m_vault.readResult(Permission::Read, [](ReadTx& tx) {
        QStringList out;
        // Walks the region index one distinct value at a time instead of grouping every row.
        Statement first(tx.db(), "SELECT min(region) FROM submissions WHERE region > ''");
        Statement next(tx.db(), "SELECT min(region) FROM submissions WHERE region > ?");
        QString current;
        if (first.next() && !first.isNull(0)) {
            current = first.text(0);
        }
        while (!current.isEmpty() && out.size() < 2000) {
            out.append(current);
            next.bind(1, current);
            current = next.next() && !next.isNull(0) ? next.text(0) : QString();
            next.reset();
        }
        return out;
    });
}

namespace {

// The export's columns in the file's order, read by ExportRowWriter.
const char* exportColumns()
{
    return "s.id, s.received_at, s.name, s.phone, s.email, s.region, s.message, s.status, "
           "coalesce(a.display_name, ''), s.possible_minor, s.closed_at, s.source, s.notes";
}

bool isDigits(QByteArrayView v, qsizetype from, qsizetype count)
{
    for (qsizetype i = from; i < from + count; ++i) {
        if (v[i] < '0' || v[i] > '9') {
            return false;
        }
    }
    return true;
}

int number(QByteArrayView v, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        n = n * 10 + (v[i] - '0');
    }
    return n;
}

// Writes one row of exportColumns() as the file's cells, the same bytes exportCells() gives for
// the row read as a Submission, but straight from SQLite's UTF-8: a million rows would otherwise
// make thirteen QStrings, two QDateTimes and a QStringList each.
class ExportRowWriter
{
public:
    template <typename Writer> void write(const Statement& s, Writer& out)
    {
        m_id = QByteArray::number(s.int64(0));
        out.addCell(m_id);
        out.addCell(dateTime(s.utf8(1)));
        for (int column = 2; column <= 6; ++column) { // name, phone, email, region, message
            out.addCell(text(s.utf8(column)));
        }
        out.addCell(status(s.utf8(7)));
        out.addCell(text(s.utf8(8))); // assignee
        out.addCell(s.int64(9) != 0 ? QByteArrayView(m_yes) : QByteArrayView("", 0));
        out.addCell(dateTime(s.utf8(10)));
        out.addCell(text(s.utf8(11))); // source
        out.addCell(text(s.utf8(12))); // notes
        out.endRow();
    }

private:
    // Stored text as it is; anything a QString round trip would change goes through one.
    QByteArrayView text(QByteArrayView stored)
    {
        if (TableExport::isPlainUtf8(stored)) {
            return stored;
        }
        m_scratch = QString::fromUtf8(stored).toUtf8();
        return m_scratch;
    }

    QByteArrayView status(QByteArrayView key)
    {
        auto it = m_statuses.constFind(key.toByteArray());
        if (it == m_statuses.constEnd()) {
            it = m_statuses.insert(key.toByteArray(), statusDisplayName(QString::fromUtf8(key)).toUtf8());
        }
        return *it;
    }

    // "yyyy-MM-dd HH:mm:ss" of a stored instant. The stored form (YYYY-MM-DDTHH:MM:SS.mmmZ) is
    // rearranged in place, its date checked once per day; any other text goes through QDateTime
    // as Statement::dateTime reads it.
    QByteArrayView dateTime(QByteArrayView stored)
    {
        if (stored.isEmpty()) {
            return QByteArrayView("", 0);
        }
        if (isStoredInstant(stored)) {
            m_dateTime.resize(19);
            memcpy(m_dateTime.data(), stored.data(), 19);
            m_dateTime[10] = ' ';
            return m_dateTime;
        }
        const QDateTime t = fromStorageText(stored);
        m_dateTime = t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8() : QByteArray("");
        return m_dateTime;
    }

    bool isStoredInstant(QByteArrayView v)
    {
        if (v.size() != 24 || v[4] != '-' || v[7] != '-' || v[10] != 'T' || v[13] != ':' || v[16] != ':' || v[19] != '.'
            || v[23] != 'Z' || !isDigits(v, 11, 2) || !isDigits(v, 14, 2) || !isDigits(v, 17, 2) || !isDigits(v, 20, 3)
            || number(v, 11, 2) > 23 || number(v, 14, 2) > 59 || number(v, 17, 2) > 59) {
            return false;
        }
        const QByteArrayView day = v.first(10);
        if (day != QByteArrayView(m_day)) {
            m_day = day.toByteArray();
            m_dayValid = isDigits(v, 0, 4) && isDigits(v, 5, 2) && isDigits(v, 8, 2) && number(v, 0, 4) >= 1000
                && QDate(number(v, 0, 4), number(v, 5, 2), number(v, 8, 2)).isValid();
        }
        return m_dayValid;
    }

    const QByteArray m_yes = SubmissionsText::tr("Yes").toUtf8();
    QHash<QByteArray, QByteArray> m_statuses;
    QByteArray m_id;
    QByteArray m_scratch;
    QByteArray m_dateTime;
    QByteArray m_day;
    bool m_dayValid = false;
};

} // namespace

QStringList SubmissionService::exportHeaders()
{
    return { SubmissionsText::tr("ID"), SubmissionsText::tr("Received at (UTC)"), SubmissionsText::tr("Name"),
        SubmissionsText::tr("Phone"), SubmissionsText::tr("Email"), SubmissionsText::tr("Region"),
        SubmissionsText::tr("Message"), SubmissionsText::tr("Status"), SubmissionsText::tr("Assignee"),
        SubmissionsText::tr("Possible minor"), SubmissionsText::tr("Closed at (UTC)"), SubmissionsText::tr("Source"),
        SubmissionsText::tr("Notes") };
}

QStringList SubmissionService::exportCells(const Submission& s)
{
    return { QString::number(s.id), s.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), s.name, s.phone,
        s.email, s.region, s.message, statusDisplayName(s.status), s.assigneeName,
        s.possibleMinor ? SubmissionsText::tr("Yes") : QString(),
        s.closedAt.isValid() ? s.closedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString(), s.source,
        s.notes };
}

Result<qint64> SubmissionService::exportRows(const SubmissionFilter& filter, const Sort& sort, ExportFormat format,
    const QString& path, const ExportControl& control)
{
    if (Status s = m_vault.require(Permission::ExportPersonalData); !s) {
        return s;
    }
    qint64 rows = 0;
    Database& db = control.connection ? *control.connection : m_vault.db();
    const Actor actor = m_vault.actor();
    auto cancelled = [&] { return control.cancel && control.cancel->load(); };
    try {
        const int retention = VaultSettings::get<int>(db, Setting::RetentionMonths);
        if (control.connection) {
            SubmissionQuery::prepareConnection(db);
        }
        const SubmissionQuery q = SubmissionQuery::compile(db, filter, retention);
        const qint64 total = control.progress ? q.count(db) : 0;
        // Both writers stream to a temporary file that becomes `path` only on success. The rows
        // come from one statement in one pass (one snapshot), cell by cell as UTF-8.
        auto writeAll = [&](auto& writer) {
            Statement everyRow = q.everyRow(db, exportColumns(), sort);
            ExportRowWriter row;
            while (everyRow.next()) {
                row.write(everyRow, writer);
                if (++rows % 2000 == 0) {
                    if (cancelled()) {
                        return false;
                    }
                    if (control.progress) {
                        control.progress(rows, total);
                    }
                }
            }
            if (control.progress) {
                control.progress(rows, total);
            }
            return !cancelled();
        };
        Status written;
        if (format == ExportFormat::Csv) {
            CsvWriter csv(path);
            if (Status s = csv.open(exportHeaders()); !s) {
                return s;
            }
            if (!writeAll(csv)) {
                return Error { ErrorCode::Cancelled, SubmissionsText::tr("Export cancelled; no file was written.") };
            }
            written = csv.close();
        } else {
            XlsxStreamWriter xlsx(path);
            if (Status s = xlsx.open(SubmissionsText::tr("Submissions"), exportHeaders(), { 0 }); !s) {
                return s;
            }
            if (!writeAll(xlsx)) {
                return Error { ErrorCode::Cancelled, SubmissionsText::tr("Export cancelled; no file was written.") };
            }
            written = xlsx.close();
        }
        if (!written) {
            return written;
        }
        WriteTx tx(db, actor);
        tx.audit({ QStringLiteral("submission.export"), QStringLiteral("submission"), {}, {},
            QStringLiteral("format=%1 rows=%2 filter=%3")
                .arg(format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx"))
                .arg(rows)
                .arg(filter.auditDescription()) });
        tx.commit();
    } catch (const DbException& e) {
        QFile::remove(path); // written, but the audit entry failed: no export without its record
        return e.error();
    }
    return rows;
}

Result<QList<Submission>> SubmissionService::listRows(
    const SubmissionFilter& filter, const Sort& sort, int limit, const QString& exportFormat)
{
    const bool isExport = !exportFormat.isEmpty() || limit > screenRows;
    const auto read = m_vault.readResult(
        isExport ? Permission::ExportPersonalData : Permission::Read, [&](ReadTx& tx) -> Result<QList<Submission>> {
            Database& db = tx.db();
            const SubmissionQuery q
                = SubmissionQuery::compile(db, filter, VaultSettings::get<int>(db, Setting::RetentionMonths));
            if (q.state() == SubmissionQuery::State::TooShort) {
                return Error { ErrorCode::InvalidInput,
                    SubmissionsText::tr("Search for at least 2 Chinese characters, or 3 letters or digits.") };
            }
            return q.page(db, sort, qMax(0, limit), std::nullopt);
        });
    if (!read) {
        return read.error();
    }
    const QList<Submission>& rows = read.value();
    if (!isExport) {
        return rows;
    }
    const Status audited = m_vault.write(Permission::ExportPersonalData, [&](WriteTx& tx) {
        tx.audit({ QStringLiteral("submission.export"), QStringLiteral("submission"), {}, {},
            QStringLiteral("format=%1 rows=%2 filter=%3")
                .arg(exportFormat.isEmpty() ? QStringLiteral("json") : exportFormat)
                .arg(rows.size())
                .arg(filter.auditDescription()) });
    });
    if (!audited) {
        return audited;
    }
    return rows;
}

Result<ReportDocument> SubmissionService::report(
    const SubmissionFilter& filter, const Sort& sort, const QString& language, int maxRows)
{
    if (Status s = m_vault.require(Permission::ExportPersonalData); !s) {
        return s;
    }
    ReportDocument doc;
    doc.language = language;
    doc.landscape = true;
    doc.title = cd::SubmissionsText::tr("Contact submissions");
    doc.generatedAt = Clock::nowUtc();
    doc.generatedBy = m_vault.actor().displayName;
    qint64 total = 0;
    const Status read = m_vault.read(Permission::ExportPersonalData, [&](ReadTx& tx) {
        Database& db = tx.db();
        const SubmissionQuery q
            = SubmissionQuery::compile(db, filter, VaultSettings::get<int>(db, Setting::RetentionMonths));
        total = q.count(db);
        ReportTable table;
        table.headers = QStringList { cd::SubmissionsText::tr("ID"), cd::SubmissionsText::tr("Received at (UTC)"),
            cd::SubmissionsText::tr("Name"), cd::SubmissionsText::tr("Phone"), cd::SubmissionsText::tr("Email"),
            cd::SubmissionsText::tr("Region"), cd::SubmissionsText::tr("Status"), cd::SubmissionsText::tr("Assignee"),
            cd::SubmissionsText::tr("Message") };
        table.numericColumns = { 0 };
        table.emptyText = cd::SubmissionsText::tr("No submissions match the filter.");
        for (const Submission& s : q.page(db, sort, maxRows, std::nullopt)) {
            table.rows.append({ fmt::id(s.id), fmt::dateTime(s.receivedAt), s.name, s.phone, s.email, s.region,
                statusDisplayName(s.status), s.assigneeName, s.message.left(80) });
        }
        doc.scope = filter.isEmpty() ? cd::SubmissionsText::tr("All submissions")
                                     : cd::SubmissionsText::tr("Filtered submissions");
        doc.keyValues({ { cd::SubmissionsText::tr("Matching submissions"), QString::number(total) },
            { cd::SubmissionsText::tr("Rows in this report"), QString::number(table.rows.size()) } });
        doc.table(table);
    });
    if (!read) {
        return read.error();
    }
    const Status audited = m_vault.write(Permission::ExportPersonalData, [&](WriteTx& tx) {
        tx.audit({ QStringLiteral("submission.print"), QStringLiteral("submission"), {}, {},
            QStringLiteral("rows=%1 filter=%2").arg(qMin<qint64>(total, maxRows)).arg(filter.auditDescription()) });
    });
    if (!audited) {
        return audited;
    }
    return doc;
}

} // namespace cd::submissions

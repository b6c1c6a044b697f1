// Submissions commands: submissions list|search|set-status|purge-expired, import submissions.
#include "CliContext.h"
#include "Commands.h"

#include "submissions/SearchIndex.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionImport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

namespace {

using namespace cd::submissions;

QJsonObject submissionJson(const Submission& s)
{
    return QJsonObject { { QStringLiteral("id"), s.id },
        { QStringLiteral("received_at"), s.receivedAt.toString(Qt::ISODateWithMs) }, { QStringLiteral("name"), s.name },
        { QStringLiteral("phone"), s.phone }, { QStringLiteral("phone_norm"), s.phoneNorm },
        { QStringLiteral("email"), s.email }, { QStringLiteral("email_norm"), s.emailNorm },
        { QStringLiteral("region"), s.region }, { QStringLiteral("message"), s.message },
        { QStringLiteral("source"), s.source }, { QStringLiteral("status"), s.status },
        { QStringLiteral("assignee"), s.assigneeName }, { QStringLiteral("possible_minor"), s.possibleMinor },
        { QStringLiteral("closed_at"),
            s.closedAt.isValid() ? QJsonValue(s.closedAt.toString(Qt::ISODateWithMs)) : QJsonValue() } };
}

int listOrSearch(CliContext& ctx, Vault& vault, bool search)
{
    SubmissionFilter filter;
    if (search) {
        filter.search = ctx.value(QStringLiteral("query"));
        if (filter.search.trimmed().isEmpty()) {
            return ctx.usage(Cli::tr("search needs --query TEXT."));
        }
        if (const QString problem = SearchIndex::foldingProblem(); !problem.isEmpty()) {
            ctx.warn(problem);
        }
    }
    if (ctx.isSet(QStringLiteral("status"))) {
        for (const QString& s : ctx.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!isStatusKey(s)) {
                return ctx.usage(Cli::tr("Unknown status %1: use new, contacted or closed.").arg(s));
            }
            filter.statuses << s;
        }
    }
    filter.dueForDeletion = ctx.isSet(QStringLiteral("due"));
    bool ok = false;
    const int limit = ctx.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1) {
        return ctx.usage(Cli::tr("--limit needs a positive number."));
    }
    // More than a screen, or a CSV table, is an export: the service checks and records it.
    const bool csv = ctx.format() == QLatin1String("csv");
    auto found = SubmissionService(vault).listRows(filter, Sort {}, limit, csv ? QStringLiteral("csv") : QString());
    if (!found) {
        return found.error().code == ErrorCode::InvalidInput ? ctx.usage(found.message()) : ctx.fail(found.error());
    }
    const QList<Submission>& rows = found.value();
    if (ctx.format() == QLatin1String("csv")) {
        QList<QStringList> cells;
        for (const Submission& s : rows) {
            cells.append(SubmissionService::exportCells(s));
        }
        ctx.printCsv(SubmissionService::exportHeaders(), cells);
    } else {
        QJsonArray arr;
        for (const Submission& s : rows) {
            arr.append(submissionJson(s));
        }
        ctx.printJson(arr);
    }
    return ExitOk;
}

int cmdSubmissions(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.addFormatOption();
    ctx.parser().addOption(
        { QStringLiteral("query"), Cli::tr("Text to search for (search)."), QStringLiteral("text") });
    ctx.parser().addOption({ QStringLiteral("status"),
        Cli::tr("Only these statuses, comma-separated: new, contacted, "
                "closed."),
        QStringLiteral("status") });
    ctx.parser().addOption({ QStringLiteral("due"), Cli::tr("Only submissions due for deletion (list).") });
    ctx.parser().addOption({ QStringLiteral("limit"), Cli::tr("At most this many rows (default 100)."),
        QStringLiteral("n"), QStringLiteral("100") });
    ctx.parser().addOption(
        { QStringLiteral("dry-run"), Cli::tr("Count what purge-expired would delete; delete nothing.") });
    ctx.parser().addPositionalArgument(QStringLiteral("action"), Cli::tr("list | search | set-status | purge-expired"));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QStringList pos = ctx.positional();
    const QString action = pos.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("search") && action != QLatin1String("set-status")
        && action != QLatin1String("purge-expired")) {
        return ctx.usage(Cli::tr("submissions needs an action: list, search, set-status or purge-expired."));
    }
    if (action == QLatin1String("set-status") && pos.size() != 3) {
        return ctx.usage(Cli::tr("Usage: submissions set-status ID STATUS"));
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    SubmissionService service(*vault.value());
    if (action == QLatin1String("list") || action == QLatin1String("search")) {
        return listOrSearch(ctx, *vault.value(), action == QLatin1String("search"));
    }
    if (action == QLatin1String("set-status")) {
        bool ok = false;
        const qint64 id = pos.at(1).toLongLong(&ok);
        if (!ok) {
            return ctx.usage(Cli::tr("%1 is not a submission ID.").arg(pos.at(1)));
        }
        SubmissionChange change;
        change.status = pos.at(2);
        if (Status s = service.update(id, change); !s) {
            return ctx.fail(s.error());
        }
        ctx.printJson(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("status"), pos.at(2) } });
        return ExitOk;
    }
    const bool dryRun = ctx.isSet(QStringLiteral("dry-run"));
    auto report = service.purgeExpired(dryRun);
    if (!report) {
        return ctx.fail(report.error());
    }
    ctx.printJson(QJsonObject { { QStringLiteral("dry_run"), dryRun },
        { QStringLiteral("retention_months"), service.retentionMonths() }, { QStringLiteral("due"), report->due },
        { QStringLiteral("deleted"), report->deleted } });
    return ExitOk;
}

// "--mapping name=姓名,phone=3": a header name or a 1-based column number per field.
bool parseMapping(const QString& text, const QStringList& headers, ImportMapping& out, QString* error)
{
    out = { { -1, -1, -1, -1, -1, -1 } };
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        int field = -1;
        for (int f = 0; f < importFieldCount; ++f) {
            if (importFieldKey(ImportField(f)) == key) {
                field = f;
            }
        }
        if (field < 0) {
            *error = Cli::tr("Unknown field %1 in --mapping: use received_at, name, phone, email, region, message.")
                         .arg(key);
            return false;
        }
        bool isNumber = false;
        const int column = value.toInt(&isNumber);
        const int index = isNumber ? column - 1 : int(headers.indexOf(value));
        if (index < 0 || index >= headers.size()) {
            *error = Cli::tr("The file has no column %1.").arg(value);
            return false;
        }
        out[size_t(field)] = index;
    }
    return true;
}

int cmdImport(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.parser().addOption(
        { QStringLiteral("encoding"), Cli::tr("UTF-8 or GB18030 (default: detect)."), QStringLiteral("name") });
    ctx.parser().addOption({ QStringLiteral("mapping"),
        Cli::tr("Columns per field, e.g. name=姓名,phone=3 (default: "
                "guess from the headers)."),
        QStringLiteral("map") });
    ctx.parser().addOption({ QStringLiteral("rejects"),
        Cli::tr("Write rejected rows with line and reason to this CSV."), QStringLiteral("file") });
    ctx.parser().addPositionalArgument(QStringLiteral("kind"), Cli::tr("submissions"));
    ctx.parser().addPositionalArgument(QStringLiteral("file"), Cli::tr("CSV, TSV, JSON or JSON Lines file."));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QStringList pos = ctx.positional();
    if (pos.value(0) != QLatin1String("submissions") || pos.size() != 2) {
        return ctx.usage(Cli::tr("Usage: import submissions FILE [--encoding E] [--mapping M]"));
    }
    ImportOptions options;
    options.encoding = ctx.value(QStringLiteral("encoding"));
    const QString file = pos.at(1);
    if (ctx.isSet(QStringLiteral("mapping"))) {
        auto preview = SubmissionImporter::preview(file, options, 1);
        if (!preview) {
            return ctx.fail(preview.error());
        }
        QString error;
        if (!parseMapping(ctx.value(QStringLiteral("mapping")), preview->headers, options.mapping, &error)) {
            return ctx.usage(error);
        }
        options.useMapping = true;
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    auto report = SubmissionImporter::run(vault.value()->db(), vault.value()->actor(), file, options);
    if (!report) {
        return ctx.fail(report.error());
    }
    if (ctx.isSet(QStringLiteral("rejects")) && report->rejected > 0) {
        if (Status s
            = SubmissionImporter::writeRejects(*vault.value(), ctx.value(QStringLiteral("rejects")), report.value());
            !s) {
            return ctx.fail(s.error());
        }
    }
    QJsonArray rejects;
    for (const ImportReject& r : report->rejects.mid(0, 1000)) {
        rejects.append(QJsonObject { { QStringLiteral("line"), r.line }, { QStringLiteral("reason"), r.reason } });
    }
    ctx.printJson(QJsonObject { { QStringLiteral("source"), report->source }, { QStringLiteral("read"), report->read },
        { QStringLiteral("imported"), report->imported }, { QStringLiteral("duplicates"), report->duplicates },
        { QStringLiteral("erased_earlier"), report->erasedEarlier }, { QStringLiteral("rejected"), report->rejected },
        { QStringLiteral("rejects"), rejects } });
    return ExitOk;
}

} // namespace

QList<Command> submissionsCommands()
{
    return {
        { QStringLiteral("submissions"), Cli::tr("List, search, change the status of, or purge contact submissions."),
            cmdSubmissions },
        { QStringLiteral("import"), Cli::tr("Import contact submissions from CSV, TSV, JSON or JSON Lines."),
            cmdImport },
    };
}

} // namespace cd::cli

// Registers commands: the disclosure register (sharing, transfer, public disclosure) and the
// incident register with its regulator clock, notifications, letters and reports.
#include "CliContext.h"
#include "CliHelpers.h"
#include "Commands.h"
#include "IncidentReportingCli.h"

#include "registers/RegisterReports.h"
#include "registers/RegisterService.h"
#include "report/ReportRenderer.h"
#include "util/Clock.h"
#include "util/Languages.h"
#include "vault/Vault.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace cd::cli {

using namespace cd::registers;

namespace {

QString iso(const QDateTime& utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoOrNull(const QDateTime& utc)
{
    return utc.isValid() ? QJsonValue(iso(utc)) : QJsonValue();
}

// Accepts ISO 8601 with an offset ("2026-03-10T09:00:00+08:00") or local time ("2026-03-10 09:00").
bool parseWhen(const QString& text, QDateTime* out)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        dt = QDateTime::fromString(t, Qt::ISODate);
    }
    if (!dt.isValid()) {
        return false;
    }
    *out = dt.toUTC();
    return true;
}

bool parseDate(const QString& text, QDate* out)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        return false;
    }
    *out = d;
    return true;
}

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}

bool parseLinks(const QStringList& values, QList<RegisterLink>* out)
{
    for (const QString& v : values) {
        const QStringList parts = v.split(QLatin1Char(':'));
        bool ok = false;
        const qint64 id = parts.value(1).toLongLong(&ok);
        if (parts.size() != 2 || !ok) {
            return false;
        }
        out->append(RegisterLink { parts.first().trimmed(), id });
    }
    return true;
}

QJsonArray linksJson(const QList<RegisterLink>& links)
{
    QJsonArray a;
    for (const RegisterLink& l : links) {
        a.append(QJsonObject { { QStringLiteral("type"), l.targetType }, { QStringLiteral("id"), l.targetId } });
    }
    return a;
}

QJsonObject disclosureJson(const Disclosure& d)
{
    return QJsonObject { { QStringLiteral("id"), d.id }, { QStringLiteral("kind"), kindKey(d.kind) },
        { QStringLiteral("recipient"), d.recipientName },
        { QStringLiteral("recipient_type"), recipientTypeKey(d.recipientType) },
        { QStringLiteral("recipient_contact"), d.recipientContact }, { QStringLiteral("purpose"), d.purpose },
        { QStringLiteral("categories"), QJsonArray::fromStringList(d.categoryKeys) },
        { QStringLiteral("people"), d.peopleCount }, { QStringLiteral("basis"), basisKey(d.basis) },
        { QStringLiteral("consent_record"), d.consentRecord }, { QStringLiteral("law"), d.lawCitation },
        { QStringLiteral("authority"), d.authority }, { QStringLiteral("document_number"), d.documentNumber },
        { QStringLiteral("court"), d.court }, { QStringLiteral("case_number"), d.caseNumber },
        { QStringLiteral("date"), d.disclosedOn.toString(Qt::ISODate) },
        { QStringLiteral("approved_by"), d.approvedBy }, { QStringLiteral("notes"), d.notes },
        { QStringLiteral("links"), linksJson(d.links) },
        { QStringLiteral("processor"), d.processorId > 0 ? QJsonValue(d.processorId) : QJsonValue() } };
}

QJsonObject clockJson(const RegulatorClock& c)
{
    return QJsonObject { { QStringLiteral("state"), clockStateKey(c.state) },
        { QStringLiteral("deadline"), isoOrNull(c.deadline) },
        { QStringLiteral("seconds_since_discovery"), c.secondsSinceDiscovery },
        { QStringLiteral("seconds_remaining"), c.secondsRemaining } };
}

QJsonObject incidentJson(const Incident& n, const RegulatorClock& clock, bool full)
{
    QJsonObject o { { QStringLiteral("id"), n.id }, { QStringLiteral("title"), n.title },
        { QStringLiteral("occurred_at"), isoOrNull(n.occurredAt) },
        { QStringLiteral("discovered_at"), isoOrNull(n.discoveredAt) },
        { QStringLiteral("category"), incidentCategoryKey(n.category) },
        { QStringLiteral("severity"), severityKey(n.severity) }, { QStringLiteral("status"), statusKey(n.status) },
        { QStringLiteral("categories"), QJsonArray::fromStringList(n.categoryKeys) },
        { QStringLiteral("people"), n.peopleCount }, { QStringLiteral("regulator_clock"), clockJson(clock) } };
    if (!full) {
        return o;
    }
    o.insert(QStringLiteral("cause"), n.cause);
    o.insert(QStringLiteral("description"), n.description);
    o.insert(QStringLiteral("possible_harm"), n.possibleHarm);
    o.insert(QStringLiteral("measures_taken"), n.measuresTaken);
    o.insert(QStringLiteral("advice"), n.advice);
    o.insert(QStringLiteral("remedies"), n.remedies);
    o.insert(QStringLiteral("missing_notice_elements"),
        QJsonArray::fromStringList(IncidentService::missingNoticeElements(n)));
    o.insert(QStringLiteral("regulator_report"),
        n.regulatorReportedAt.isValid() ? QJsonValue(QJsonObject {
            { QStringLiteral("authority"), n.regulatorAuthority }, { QStringLiteral("at"), iso(n.regulatorReportedAt) },
            { QStringLiteral("reference"), n.regulatorReference }, { QStringLiteral("by"), n.regulatorReportedBy } })
                                        : QJsonValue());
    QJsonArray notes;
    for (const IncidentNotification& x : n.notifications) {
        notes.append(QJsonObject { { QStringLiteral("id"), x.id }, { QStringLiteral("channel"), channelKey(x.channel) },
            { QStringLiteral("at"), iso(x.notifiedAt) }, { QStringLiteral("people"), x.peopleCount },
            { QStringLiteral("by"), x.notifiedBy }, { QStringLiteral("reason"), x.reason },
            { QStringLiteral("note"), x.note } });
    }
    o.insert(QStringLiteral("notifications"), notes);
    o.insert(QStringLiteral("contained_at"), isoOrNull(n.containedAt));
    o.insert(QStringLiteral("notified_at"), isoOrNull(n.notifiedAt));
    o.insert(QStringLiteral("closed_at"), isoOrNull(n.closedAt));
    o.insert(QStringLiteral("links"), linksJson(n.links));
    return o;
}

// Writes a register as a table (CSV or XLSX, by the file's suffix) or as a PDF report, in the
// language of --lang, and prints what was written.
int writeRegister(CliContext& ctx, const QString& lang, const QString& what,
    const std::function<Status(const QString& out, const QString& format)>& exportTable,
    const std::function<Result<ReportDocument>(const ReportContext& context)>& buildReport, Vault& vault)
{
    const QString out = ctx.value(QStringLiteral("out"));
    const ReportLanguage language(lang);
    const QString suffix = QFileInfo(out).suffix().toLower();
    const QString format
        = suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx") ? suffix : QStringLiteral("pdf");
    if (format != QLatin1String("pdf")) {
        if (Status s = exportTable(out, format); !s) {
            return ctx.fail(s.error());
        }
        ctx.printJson(QJsonObject { { QStringLiteral("report"), what },
            { QStringLiteral("out"), QFileInfo(out).absoluteFilePath() }, { QStringLiteral("format"), format } });
        return ExitOk;
    }
    auto doc = buildReport(reportContext(vault, lang));
    if (!doc) {
        return ctx.fail(doc.error());
    }
    return writePdf(ctx, doc.value(), out, what);
}

int usageTime(CliContext& ctx)
{
    return ctx.usage(Cli::tr("Times are written in ISO 8601, e.g. 2026-03-10T09:30:00+08:00."));
}

// ---------------------------------------------------------------------------------------------

int cmdDisclosures(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.addFormatOption();
    option(ctx, "kind", Cli::tr("sharing, transfer or public."), "kind");
    option(ctx, "recipient", Cli::tr("Recipient name."));
    option(ctx, "recipient-type", Cli::tr("company, processor, regulator, court, public or other."), "type");
    option(ctx, "recipient-contact", Cli::tr("Recipient contact."));
    option(ctx, "purpose", Cli::tr("Purpose of the disclosure."));
    option(ctx, "categories", Cli::tr("Data categories, comma-separated keys (name,phone,…)."), "keys");
    option(ctx, "people", Cli::tr("Number of people."), "n");
    option(ctx, "basis", Cli::tr("Legal basis: consent, law, government or judicial."), "basis");
    option(ctx, "consent-record", Cli::tr("Consent: where the consent is recorded."));
    option(ctx, "law", Cli::tr("Law or regulation: the citation."));
    option(ctx, "authority", Cli::tr("Government requirement: the authority."));
    option(ctx, "document-number", Cli::tr("Government requirement: the document number."));
    option(ctx, "court", Cli::tr("Judicial ruling: the court."));
    option(ctx, "case-number", Cli::tr("Judicial ruling: the case number."));
    option(ctx, "date", Cli::tr("Date of the disclosure (YYYY-MM-DD; default today)."), "date");
    option(ctx, "approved-by", Cli::tr("Who approved it."));
    option(ctx, "notes", Cli::tr("Notes."));
    option(ctx, "link", Cli::tr("Link to a record, e.g. submission:17 or request:4 (repeatable)."), "type:id");
    option(ctx, "processor", Cli::tr("add: the recipient's number among the entrusted processors."), "id");
    option(ctx, "from", Cli::tr("list/report: first date (YYYY-MM-DD)."), "date");
    option(ctx, "to", Cli::tr("list/report: last date (YYYY-MM-DD)."), "date");
    option(ctx, "search", Cli::tr("list: text in recipient or purpose."));
    option(ctx, "out", Cli::tr("report: file to write (.pdf, .csv or .xlsx)."), "file");
    ctx.parser().addOption({ QStringLiteral("lang"), Cli::tr("report: language, zh_CN or en."), QStringLiteral("lang"),
        Languages::chinese() });
    ctx.parser().addPositionalArgument(QStringLiteral("action"), Cli::tr("add | list | report"));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString action = ctx.positional().value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list") && action != QLatin1String("report")) {
        return ctx.usage(Cli::tr("disclosures needs an action: add, list or report."));
    }
    DisclosureFilter filter;
    if ((ctx.isSet(QStringLiteral("from")) && !parseDate(ctx.value(QStringLiteral("from")), &filter.from))
        || (ctx.isSet(QStringLiteral("to")) && !parseDate(ctx.value(QStringLiteral("to")), &filter.to))) {
        return ctx.usage(Cli::tr("Dates are written YYYY-MM-DD."));
    }
    if (ctx.isSet(QStringLiteral("kind"))) {
        DisclosureKind k;
        if (!kindFromKey(ctx.value(QStringLiteral("kind")), &k)) {
            return ctx.usage(Cli::tr("--kind takes sharing, transfer or public."));
        }
        filter.kind = int(k);
    }
    if (ctx.isSet(QStringLiteral("basis"))) {
        LegalBasis b;
        if (!basisFromKey(ctx.value(QStringLiteral("basis")), &b)) {
            return ctx.usage(Cli::tr("--basis takes consent, law, government or judicial."));
        }
        filter.basis = int(b);
    }
    filter.text = ctx.value(QStringLiteral("search"));
    QString lang;
    if (!checkLanguage(ctx, &lang)) {
        return ctx.usage(Cli::tr("--lang takes zh_CN or en."));
    }
    if (action == QLatin1String("report") && ctx.value(QStringLiteral("out")).isEmpty()) {
        return ctx.usage(Cli::tr("disclosures report needs --out FILE (.pdf, .csv or .xlsx)."));
    }

    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    DisclosureService service(*vault.value());

    if (action == QLatin1String("list")) {
        auto list = service.list(filter);
        if (!list) {
            return ctx.fail(list.error());
        }
        if (ctx.format() == QLatin1String("csv")) {
            const ExportTable t
                = disclosureTable(list.value(), reportContext(*vault.value(), Languages::english()), false);
            ctx.printCsv(t.headers, t.rows);
        } else {
            QJsonArray arr;
            for (const Disclosure& d : list.value()) {
                arr.append(disclosureJson(d));
            }
            ctx.printJson(arr);
        }
        return ExitOk;
    }

    if (action == QLatin1String("report")) {
        return writeRegister(
            ctx, lang, QStringLiteral("disclosures"),
            [&](const QString& out, const QString& format) {
                return exportDisclosureRegister(*vault.value(), filter, out, format, lang);
            },
            [&](const ReportContext& context) -> Result<ReportDocument> {
                auto list = service.list(filter);
                if (!list) {
                    return list.error();
                }
                return buildDisclosureRegister(list.value(), filter.from, filter.to, context);
            },
            *vault.value());
    }

    // add
    Disclosure d;
    if (!ctx.isSet(QStringLiteral("kind")) || !ctx.isSet(QStringLiteral("basis"))) {
        return ctx.usage(Cli::tr("disclosures add needs --kind and --basis (a disclosure without a legal basis "
                                 "cannot be recorded)."));
    }
    d.kind = static_cast<DisclosureKind>(filter.kind);
    d.basis = static_cast<LegalBasis>(filter.basis);
    if (ctx.isSet(QStringLiteral("recipient-type"))
        && !recipientTypeFromKey(ctx.value(QStringLiteral("recipient-type")), &d.recipientType)) {
        return ctx.usage(Cli::tr("--recipient-type takes company, processor, regulator, court, public or other."));
    }
    d.recipientName = ctx.value(QStringLiteral("recipient"));
    d.recipientContact = ctx.value(QStringLiteral("recipient-contact"));
    d.purpose = ctx.value(QStringLiteral("purpose"));
    d.categoryKeys = splitList(ctx.value(QStringLiteral("categories")));
    bool ok = true;
    d.peopleCount = ctx.isSet(QStringLiteral("people")) ? ctx.value(QStringLiteral("people")).toInt(&ok) : 0;
    if (!ok) {
        return ctx.usage(Cli::tr("--people takes a whole number."));
    }
    d.consentRecord = ctx.value(QStringLiteral("consent-record"));
    d.lawCitation = ctx.value(QStringLiteral("law"));
    d.authority = ctx.value(QStringLiteral("authority"));
    d.documentNumber = ctx.value(QStringLiteral("document-number"));
    d.court = ctx.value(QStringLiteral("court"));
    d.caseNumber = ctx.value(QStringLiteral("case-number"));
    d.disclosedOn = Clock::today();
    if (ctx.isSet(QStringLiteral("date")) && !parseDate(ctx.value(QStringLiteral("date")), &d.disclosedOn)) {
        return ctx.usage(Cli::tr("Dates are written YYYY-MM-DD."));
    }
    d.approvedBy = ctx.value(QStringLiteral("approved-by"));
    d.notes = ctx.value(QStringLiteral("notes"));
    if (!parseLinks(ctx.parser().values(QStringLiteral("link")), &d.links)) {
        return ctx.usage(Cli::tr("--link takes type:id, e.g. submission:17."));
    }
    if (ctx.isSet(QStringLiteral("processor"))) {
        d.processorId = ctx.value(QStringLiteral("processor")).toLongLong(&ok);
        if (!ok || d.processorId <= 0) {
            return ctx.usage(Cli::tr("--processor takes a processor number."));
        }
    }
    auto added = service.add(d);
    if (!added) {
        return ctx.fail(added.error());
    }
    ctx.printJson(disclosureJson(added.value()));
    return ExitOk;
}

// ---------------------------------------------------------------------------------------------

void addIncidentOptions(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.addFormatOption();
    option(ctx, "title", Cli::tr("add: title."));
    option(ctx, "occurred", Cli::tr("add: when it occurred (ISO 8601)."), "time");
    option(ctx, "discovered", Cli::tr("add: when it was discovered (ISO 8601; default now)."), "time");
    option(ctx, "category", Cli::tr("add: unauthorised_access, leak, loss, tampering, misdelivery, malware or other."),
        "category");
    option(ctx, "severity", Cli::tr("general, relatively_serious (较大), major (重大) or especially_major (特别重大)."),
        "severity");
    option(ctx, "categories", Cli::tr("add: affected data categories, comma-separated keys."), "keys");
    option(ctx, "people", Cli::tr("Number of people (affected, or notified)."), "n");
    option(ctx, "cause", Cli::tr("add: cause."));
    option(ctx, "description", Cli::tr("add: what happened."));
    option(ctx, "harm", Cli::tr("add: possible harm."));
    option(ctx, "measures", Cli::tr("add: measures taken."));
    option(ctx, "advice", Cli::tr("add: what individuals can do."));
    option(ctx, "remedies", Cli::tr("add: remedies offered."));
    option(ctx, "hours", Cli::tr("rule: hours from discovery to the regulator report."), "n");
    option(ctx, "status", Cli::tr("list: open, contained, notified or closed."), "status");
    ctx.parser().addOption({ QStringLiteral("open"), Cli::tr("list: only incidents not closed.") });
    ctx.parser().addOption({ QStringLiteral("pending-report"),
        Cli::tr("list: only incidents whose regulator report is due or overdue.") });
    option(ctx, "from", Cli::tr("list/report: discovered on or after (YYYY-MM-DD)."), "date");
    option(ctx, "to", Cli::tr("list/report: discovered on or before (YYYY-MM-DD)."), "date");
    option(ctx, "channel", Cli::tr("notify: email, letter, phone, push or announcement."), "channel");
    option(ctx, "reason", Cli::tr("notify: why individual notice is impractical (announcement)."));
    option(ctx, "note", Cli::tr("notify: a note."));
    option(ctx, "regulator", Cli::tr("notify: record the report to this regulator."));
    option(ctx, "reference", Cli::tr("notify: the regulator's reference."));
    option(ctx, "by", Cli::tr("notify: who notified or reported."));
    option(ctx, "at", Cli::tr("notify/transition: when (ISO 8601; default now)."), "time");
    option(ctx, "out", Cli::tr("report/letter: file to write (.pdf; register also .csv, .xlsx)."), "file");
    ctx.parser().addOption({ QStringLiteral("lang"), Cli::tr("report/letter: language, zh_CN or en."),
        QStringLiteral("lang"), Languages::chinese() });
    ctx.parser().addOption({ QStringLiteral("announcement"), Cli::tr("letter: the public announcement instead.") });
    addIncidentReportingOptions(ctx);
    ctx.parser().addPositionalArgument(QStringLiteral("action"),
        Cli::tr("add | list | show ID | notify ID | transition ID STATUS | "
                "report [ID] | letter ID"));
    ctx.parser().addPositionalArgument(QStringLiteral("reporting"),
        Cli::tr("grade | grading ID | file-report ID | reports ID | report ID --kind KIND | operator"));
}

// What the `incidents` actions share, read from the command line before the vault is opened.
struct IncidentArgs {
    QString action;
    QStringList positional;
    qint64 id = 0; // 0 when none was given
    QString lang;
    IncidentFilter filter;
    Severity severity = Severity::General;
    QDateTime at; // --at, invalid when not given
    int people = 0;
};

// Reads and checks the arguments; ExitOk when they are usable, else the usage exit code.
int readIncidentArgs(CliContext& ctx, IncidentArgs* a)
{
    const QStringList& pos = a->positional;
    const QString& action = a->action;
    if (pos.size() > 1) {
        bool ok = false;
        a->id = pos.at(1).toLongLong(&ok);
        if (!ok || a->id <= 0) {
            return ctx.usage(Cli::tr("Give the incident number."));
        }
    } else if (action == QLatin1String("show") || action == QLatin1String("notify")
        || action == QLatin1String("transition") || action == QLatin1String("letter")) {
        return ctx.usage(Cli::tr("incidents %1 needs the incident number.").arg(action));
    }
    if (!checkLanguage(ctx, &a->lang)) {
        return ctx.usage(Cli::tr("--lang takes zh_CN or en."));
    }
    IncidentFilter& filter = a->filter;
    if ((ctx.isSet(QStringLiteral("from")) && !parseDate(ctx.value(QStringLiteral("from")), &filter.from))
        || (ctx.isSet(QStringLiteral("to")) && !parseDate(ctx.value(QStringLiteral("to")), &filter.to))) {
        return ctx.usage(Cli::tr("Dates are written YYYY-MM-DD."));
    }
    if (ctx.isSet(QStringLiteral("severity"))) {
        if (!severityFromKey(ctx.value(QStringLiteral("severity")), &a->severity)) {
            return ctx.usage(Cli::tr("--severity takes general, relatively_serious, major or especially_major."));
        }
        filter.severity = int(a->severity);
    }
    if (ctx.isSet(QStringLiteral("status"))) {
        IncidentStatus st;
        if (!statusFromKey(ctx.value(QStringLiteral("status")), &st)) {
            return ctx.usage(Cli::tr("--status takes open, contained, notified or closed."));
        }
        filter.status = int(st);
    }
    filter.onlyOpen = ctx.isSet(QStringLiteral("open"));
    if (ctx.isSet(QStringLiteral("at")) && !parseWhen(ctx.value(QStringLiteral("at")), &a->at)) {
        return usageTime(ctx);
    }
    bool peopleOk = true;
    a->people = ctx.isSet(QStringLiteral("people")) ? ctx.value(QStringLiteral("people")).toInt(&peopleOk) : 0;
    if (!peopleOk) {
        return ctx.usage(Cli::tr("--people takes a whole number."));
    }
    if ((action == QLatin1String("report") || action == QLatin1String("letter"))
        && ctx.value(QStringLiteral("out")).isEmpty()) {
        return ctx.usage(Cli::tr("incidents %1 needs --out FILE.").arg(action));
    }
    if (action == QLatin1String("transition") && pos.size() < 3) {
        return ctx.usage(Cli::tr("incidents transition needs the incident number and a status."));
    }
    return ExitOk;
}

int printIncident(CliContext& ctx, IncidentService& service, const Incident& n)
{
    ctx.printJson(incidentJson(n, service.clockFor(n), true));
    return ExitOk;
}

// Without options: show the rule; with --hours and/or --severity: change it (administrators).
int incidentsRule(CliContext& ctx, IncidentService& service, const IncidentArgs& a)
{
    if (ctx.isSet(QStringLiteral("hours")) || ctx.isSet(QStringLiteral("severity"))) {
        RegulatorRule changed = service.rule();
        if (ctx.isSet(QStringLiteral("hours"))) {
            bool ok = false;
            changed.hours = ctx.value(QStringLiteral("hours")).toInt(&ok);
            if (!ok) {
                return ctx.usage(Cli::tr("--hours takes a whole number."));
            }
        }
        if (ctx.isSet(QStringLiteral("severity"))) {
            changed.threshold = a.severity;
        }
        if (Status s = service.setRule(changed); !s) {
            return ctx.fail(s.error());
        }
    }
    const RegulatorRule now = service.rule();
    ctx.printJson(QJsonObject {
        { QStringLiteral("hours"), now.hours }, { QStringLiteral("threshold"), severityKey(now.threshold) } });
    return ExitOk;
}

int incidentsList(CliContext& ctx, Vault& vault, IncidentService& service, const IncidentArgs& a)
{
    const RegulatorRule rule = service.rule();
    auto list = service.list(a.filter);
    if (!list) {
        return ctx.fail(list.error());
    }
    QList<Incident> shown;
    for (const Incident& n : list.value()) {
        if (!ctx.isSet(QStringLiteral("pending-report"))
            || IncidentService::clockFor(n, rule, Clock::nowUtc()).isPending()) {
            shown.append(n);
        }
    }
    if (ctx.format() == QLatin1String("csv")) {
        const ExportTable t = incidentTable(shown, reportContext(vault, Languages::english()), false);
        ctx.printCsv(t.headers, t.rows);
    } else {
        QJsonArray arr;
        for (const Incident& n : shown) {
            arr.append(incidentJson(n, IncidentService::clockFor(n, rule, Clock::nowUtc()), false));
        }
        ctx.printJson(arr);
    }
    return ExitOk;
}

int incidentsAdd(CliContext& ctx, IncidentService& service, const IncidentArgs& a)
{
    Incident n;
    n.title = ctx.value(QStringLiteral("title"));
    if (ctx.isSet(QStringLiteral("occurred")) && !parseWhen(ctx.value(QStringLiteral("occurred")), &n.occurredAt)) {
        return usageTime(ctx);
    }
    n.discoveredAt = Clock::nowUtc();
    if (ctx.isSet(QStringLiteral("discovered"))
        && !parseWhen(ctx.value(QStringLiteral("discovered")), &n.discoveredAt)) {
        return usageTime(ctx);
    }
    if (!ctx.isSet(QStringLiteral("severity"))) {
        return ctx.usage(Cli::tr("incidents add needs --severity (it decides the regulator clock)."));
    }
    n.severity = a.severity;
    if (ctx.isSet(QStringLiteral("category"))
        && !incidentCategoryFromKey(ctx.value(QStringLiteral("category")), &n.category)) {
        return ctx.usage(Cli::tr("Unknown incident category %1.").arg(ctx.value(QStringLiteral("category"))));
    }
    n.categoryKeys = splitList(ctx.value(QStringLiteral("categories")));
    n.peopleCount = a.people;
    n.cause = ctx.value(QStringLiteral("cause"));
    n.description = ctx.value(QStringLiteral("description"));
    n.possibleHarm = ctx.value(QStringLiteral("harm"));
    n.measuresTaken = ctx.value(QStringLiteral("measures"));
    n.advice = ctx.value(QStringLiteral("advice"));
    n.remedies = ctx.value(QStringLiteral("remedies"));
    auto added = service.add(n);
    if (!added) {
        return ctx.fail(added.error());
    }
    return printIncident(ctx, service, added.value());
}

// The register of incidents as a table or a PDF report.
int incidentsRegister(CliContext& ctx, Vault& vault, IncidentService& service, const IncidentArgs& a)
{
    return writeRegister(
        ctx, a.lang, QStringLiteral("incidents"),
        [&](const QString& out, const QString& format) {
            return exportIncidentRegister(vault, a.filter, out, format, a.lang);
        },
        [&](const ReportContext& context) -> Result<ReportDocument> {
            auto list = service.list(a.filter);
            if (!list) {
                return list.error();
            }
            return buildIncidentRegister(list.value(), a.filter.from, a.filter.to, context);
        },
        vault);
}

// The report on one incident, or the letter (or public announcement) to the people affected.
int incidentsDocument(CliContext& ctx, Vault& vault, const Incident& incident, const IncidentArgs& a)
{
    const ReportLanguage language(a.lang);
    const ReportContext rc = reportContext(vault, a.lang);
    const QString out = ctx.value(QStringLiteral("out"));
    if (a.action == QLatin1String("report")) {
        return writePdf(ctx, buildIncidentReport(incident, rc), out, QStringLiteral("incident"));
    }
    const bool announcement = ctx.isSet(QStringLiteral("announcement"));
    if (const QStringList missing = IncidentService::missingNoticeElements(incident); !missing.isEmpty()) {
        return ctx.fail(ErrorCode::NotAllowed,
            Cli::tr("The notice must state %1; fill these in first.").arg(missing.join(QStringLiteral(", "))));
    }
    return writePdf(ctx, announcement ? buildPublicAnnouncement(incident, rc) : buildNotificationLetter(incident, rc),
        out, announcement ? QStringLiteral("announcement") : QStringLiteral("letter"));
}

int incidentsTransition(CliContext& ctx, IncidentService& service, const IncidentArgs& a)
{
    IncidentStatus target;
    if (!statusFromKey(a.positional.at(2), &target)) {
        return ctx.usage(Cli::tr("The status is contained, notified or closed."));
    }
    auto moved = service.transition(a.id, target, a.at);
    if (!moved) {
        return ctx.fail(moved.error());
    }
    return printIncident(ctx, service, moved.value());
}

// A regulator report, a notification to individuals, or both.
int incidentsNotify(CliContext& ctx, IncidentService& service, const IncidentArgs& a)
{
    const bool regulator = ctx.isSet(QStringLiteral("regulator"));
    const bool channel = ctx.isSet(QStringLiteral("channel"));
    if (!regulator && !channel) {
        return ctx.usage(Cli::tr("incidents notify needs --channel (people told) or --regulator (report made)."));
    }
    NotificationChannel channelKind = NotificationChannel::Email;
    if (channel && !channelFromKey(ctx.value(QStringLiteral("channel")), &channelKind)) {
        return ctx.usage(Cli::tr("--channel takes email, letter, phone, push or announcement."));
    }
    const QDateTime when = a.at.isValid() ? a.at : Clock::nowUtc();
    if (regulator) {
        auto reported = service.recordRegulatorReport(a.id, ctx.value(QStringLiteral("regulator")), when,
            ctx.value(QStringLiteral("reference")), ctx.value(QStringLiteral("by")));
        if (!reported) {
            return ctx.fail(reported.error());
        }
    }
    if (channel) {
        IncidentNotification x;
        x.incidentId = a.id;
        x.channel = channelKind;
        x.notifiedAt = when;
        x.peopleCount = a.people;
        x.notifiedBy = ctx.value(QStringLiteral("by"));
        x.reason = ctx.value(QStringLiteral("reason"));
        x.note = ctx.value(QStringLiteral("note"));
        auto added = service.addNotification(x);
        if (!added) {
            return ctx.fail(added.error());
        }
    }
    auto updated = service.get(a.id);
    if (!updated) {
        return ctx.fail(updated.error());
    }
    return printIncident(ctx, service, updated.value());
}

int cmdIncidents(CliContext& ctx)
{
    addIncidentOptions(ctx);
    if (!ctx.parse()) {
        return ExitUsage;
    }
    IncidentArgs a;
    a.positional = ctx.positional();
    a.action = a.positional.value(0);
    if (handlesIncidentReporting(ctx, a.action)) {
        return runIncidentReporting(ctx, a.action);
    }
    static const QStringList actions { QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("show"),
        QStringLiteral("notify"), QStringLiteral("transition"), QStringLiteral("report"), QStringLiteral("letter"),
        QStringLiteral("rule") };
    if (!actions.contains(a.action)) {
        return ctx.usage(
            Cli::tr("incidents needs an action: add, list, show, notify, transition, report, letter or rule."));
    }
    if (const int code = readIncidentArgs(ctx, &a); code != ExitOk) {
        return code;
    }

    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    IncidentService service(*vault.value());
    if (a.action == QLatin1String("rule")) {
        return incidentsRule(ctx, service, a);
    }
    if (a.action == QLatin1String("list")) {
        return incidentsList(ctx, *vault.value(), service, a);
    }
    if (a.action == QLatin1String("add")) {
        return incidentsAdd(ctx, service, a);
    }
    if (a.action == QLatin1String("report") && a.id == 0) {
        return incidentsRegister(ctx, *vault.value(), service, a);
    }
    auto incident = service.get(a.id);
    if (!incident) {
        return ctx.fail(incident.error());
    }
    if (a.action == QLatin1String("show")) {
        return printIncident(ctx, service, incident.value());
    }
    if (a.action == QLatin1String("report") || a.action == QLatin1String("letter")) {
        return incidentsDocument(ctx, *vault.value(), incident.value(), a);
    }
    if (a.action == QLatin1String("transition")) {
        return incidentsTransition(ctx, service, a);
    }
    return incidentsNotify(ctx, service, a);
}

} // namespace

QList<Command> registersCommands()
{
    return { { QStringLiteral("disclosures"), Cli::tr("Disclosure register: add, list, report."), cmdDisclosures,
                 true },
        { QStringLiteral("incidents"),
            Cli::tr("Incident register: add, list, show, notify, transition, report, letter."), cmdIncidents, true } };
}

} // namespace cd::cli

// Registers commands: the disclosure register (sharing, transfer, public disclosure) and the
// incident register with its regulator clock, notifications, letters and reports.
#include "CliContext.h"
#include "CliHelpers.h"
#include "Commands.h"
#include "IncidentReportingCli.h"

#include "app/LanguageManager.h"
#include "registers/RegisterReports.h"
#include "registers/RegisterService.h"
#include "report/ReportRenderer.h"
#include "util/Clock.h"
#include "util/Languages.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTranslator>

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

void addOption(CliContext& ctx, const QString& name, const QString& help, const QString& value = QStringLiteral("text"))
{
    ctx.parser().addOption({ name, help, value });
}

// Writes a report document as PDF, or the register table as CSV/XLSX, by the file's suffix.
QString outputFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx") ? suffix : QStringLiteral("pdf");
}

// ---------------------------------------------------------------------------------------------

int cmdDisclosures(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.addFormatOption();
    addOption(ctx, QStringLiteral("kind"), Cli::tr("sharing, transfer or public."), QStringLiteral("kind"));
    addOption(ctx, QStringLiteral("recipient"), Cli::tr("Recipient name."));
    addOption(ctx, QStringLiteral("recipient-type"), Cli::tr("company, processor, regulator, court, public or other."),
        QStringLiteral("type"));
    addOption(ctx, QStringLiteral("recipient-contact"), Cli::tr("Recipient contact."));
    addOption(ctx, QStringLiteral("purpose"), Cli::tr("Purpose of the disclosure."));
    addOption(ctx, QStringLiteral("categories"), Cli::tr("Data categories, comma-separated keys (name,phone,…)."),
        QStringLiteral("keys"));
    addOption(ctx, QStringLiteral("people"), Cli::tr("Number of people."), QStringLiteral("n"));
    addOption(ctx, QStringLiteral("basis"), Cli::tr("Legal basis: consent, law, government or judicial."),
        QStringLiteral("basis"));
    addOption(ctx, QStringLiteral("consent-record"), Cli::tr("Consent: where the consent is recorded."));
    addOption(ctx, QStringLiteral("law"), Cli::tr("Law or regulation: the citation."));
    addOption(ctx, QStringLiteral("authority"), Cli::tr("Government requirement: the authority."));
    addOption(ctx, QStringLiteral("document-number"), Cli::tr("Government requirement: the document number."));
    addOption(ctx, QStringLiteral("court"), Cli::tr("Judicial ruling: the court."));
    addOption(ctx, QStringLiteral("case-number"), Cli::tr("Judicial ruling: the case number."));
    addOption(ctx, QStringLiteral("date"), Cli::tr("Date of the disclosure (YYYY-MM-DD; default today)."),
        QStringLiteral("date"));
    addOption(ctx, QStringLiteral("approved-by"), Cli::tr("Who approved it."));
    addOption(ctx, QStringLiteral("notes"), Cli::tr("Notes."));
    addOption(ctx, QStringLiteral("link"), Cli::tr("Link to a record, e.g. submission:17 or request:4 (repeatable)."),
        QStringLiteral("type:id"));
    addOption(ctx, QStringLiteral("processor"), Cli::tr("add: the recipient's number among the entrusted processors."),
        QStringLiteral("id"));
    addOption(ctx, QStringLiteral("from"), Cli::tr("list/report: first date (YYYY-MM-DD)."), QStringLiteral("date"));
    addOption(ctx, QStringLiteral("to"), Cli::tr("list/report: last date (YYYY-MM-DD)."), QStringLiteral("date"));
    addOption(ctx, QStringLiteral("search"), Cli::tr("list: text in recipient or purpose."));
    addOption(
        ctx, QStringLiteral("out"), Cli::tr("report: file to write (.pdf, .csv or .xlsx)."), QStringLiteral("file"));
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
        const QString out = ctx.value(QStringLiteral("out"));
        QTranslator appTr;
        QTranslator qtTr;
        ui::LanguageManager::installInto(QCoreApplication::instance(), lang, &appTr, &qtTr);
        const QString format = outputFormat(out);
        if (format != QLatin1String("pdf")) {
            if (Status s = exportDisclosureRegister(*vault.value(), filter, out, format, lang); !s) {
                return ctx.fail(s.error());
            }
            ctx.printJson(QJsonObject { { QStringLiteral("report"), QStringLiteral("disclosures") },
                { QStringLiteral("out"), QFileInfo(out).absoluteFilePath() }, { QStringLiteral("format"), format } });
            return ExitOk;
        }
        auto list = service.list(filter);
        if (!list) {
            return ctx.fail(list.error());
        }
        return writePdf(ctx,
            buildDisclosureRegister(list.value(), filter.from, filter.to, reportContext(*vault.value(), lang)), out,
            QStringLiteral("disclosures"));
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

int cmdIncidents(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.addFormatOption();
    addOption(ctx, QStringLiteral("title"), Cli::tr("add: title."));
    addOption(ctx, QStringLiteral("occurred"), Cli::tr("add: when it occurred (ISO 8601)."), QStringLiteral("time"));
    addOption(ctx, QStringLiteral("discovered"), Cli::tr("add: when it was discovered (ISO 8601; default now)."),
        QStringLiteral("time"));
    addOption(ctx, QStringLiteral("category"),
        Cli::tr("add: unauthorised_access, leak, loss, tampering, misdelivery, malware or other."),
        QStringLiteral("category"));
    addOption(ctx, QStringLiteral("severity"),
        Cli::tr("general, relatively_serious (较大), major (重大) or especially_major (特别重大)."),
        QStringLiteral("severity"));
    addOption(ctx, QStringLiteral("categories"), Cli::tr("add: affected data categories, comma-separated keys."),
        QStringLiteral("keys"));
    addOption(ctx, QStringLiteral("people"), Cli::tr("Number of people (affected, or notified)."), QStringLiteral("n"));
    addOption(ctx, QStringLiteral("cause"), Cli::tr("add: cause."));
    addOption(ctx, QStringLiteral("description"), Cli::tr("add: what happened."));
    addOption(ctx, QStringLiteral("harm"), Cli::tr("add: possible harm."));
    addOption(ctx, QStringLiteral("measures"), Cli::tr("add: measures taken."));
    addOption(ctx, QStringLiteral("advice"), Cli::tr("add: what individuals can do."));
    addOption(ctx, QStringLiteral("remedies"), Cli::tr("add: remedies offered."));
    addOption(ctx, QStringLiteral("hours"), Cli::tr("rule: hours from discovery to the regulator report."),
        QStringLiteral("n"));
    addOption(
        ctx, QStringLiteral("status"), Cli::tr("list: open, contained, notified or closed."), QStringLiteral("status"));
    ctx.parser().addOption({ QStringLiteral("open"), Cli::tr("list: only incidents not closed.") });
    ctx.parser().addOption({ QStringLiteral("pending-report"),
        Cli::tr("list: only incidents whose regulator report is due or overdue.") });
    addOption(ctx, QStringLiteral("from"), Cli::tr("list/report: discovered on or after (YYYY-MM-DD)."),
        QStringLiteral("date"));
    addOption(ctx, QStringLiteral("to"), Cli::tr("list/report: discovered on or before (YYYY-MM-DD)."),
        QStringLiteral("date"));
    addOption(ctx, QStringLiteral("channel"), Cli::tr("notify: email, letter, phone, push or announcement."),
        QStringLiteral("channel"));
    addOption(ctx, QStringLiteral("reason"), Cli::tr("notify: why individual notice is impractical (announcement)."));
    addOption(ctx, QStringLiteral("note"), Cli::tr("notify: a note."));
    addOption(ctx, QStringLiteral("regulator"), Cli::tr("notify: record the report to this regulator."));
    addOption(ctx, QStringLiteral("reference"), Cli::tr("notify: the regulator's reference."));
    addOption(ctx, QStringLiteral("by"), Cli::tr("notify: who notified or reported."));
    addOption(
        ctx, QStringLiteral("at"), Cli::tr("notify/transition: when (ISO 8601; default now)."), QStringLiteral("time"));
    addOption(ctx, QStringLiteral("out"), Cli::tr("report/letter: file to write (.pdf; register also .csv, .xlsx)."),
        QStringLiteral("file"));
    ctx.parser().addOption({ QStringLiteral("lang"), Cli::tr("report/letter: language, zh_CN or en."),
        QStringLiteral("lang"), Languages::chinese() });
    ctx.parser().addOption({ QStringLiteral("announcement"), Cli::tr("letter: the public announcement instead.") });
    addIncidentReportingOptions(ctx);
    ctx.parser().addPositionalArgument(QStringLiteral("action"),
        Cli::tr("add | list | show ID | notify ID | transition ID STATUS | "
                "report [ID] | letter ID"));
    ctx.parser().addPositionalArgument(QStringLiteral("reporting"),
        Cli::tr("grade | grading ID | file-report ID | reports ID | report ID --kind KIND | operator"));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QStringList pos = ctx.positional();
    const QString action = pos.value(0);
    if (handlesIncidentReporting(ctx, action)) {
        return runIncidentReporting(ctx, action);
    }
    static const QStringList actions { QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("show"),
        QStringLiteral("notify"), QStringLiteral("transition"), QStringLiteral("report"), QStringLiteral("letter"),
        QStringLiteral("rule") };
    if (!actions.contains(action)) {
        return ctx.usage(
            Cli::tr("incidents needs an action: add, list, show, notify, transition, report, letter or rule."));
    }
    qint64 id = 0;
    if (pos.size() > 1) {
        bool ok = false;
        id = pos.at(1).toLongLong(&ok);
        if (!ok || id <= 0) {
            return ctx.usage(Cli::tr("Give the incident number."));
        }
    } else if (action == QLatin1String("show") || action == QLatin1String("notify")
        || action == QLatin1String("transition") || action == QLatin1String("letter")) {
        return ctx.usage(Cli::tr("incidents %1 needs the incident number.").arg(action));
    }
    QString lang;
    if (!checkLanguage(ctx, &lang)) {
        return ctx.usage(Cli::tr("--lang takes zh_CN or en."));
    }
    IncidentFilter filter;
    if ((ctx.isSet(QStringLiteral("from")) && !parseDate(ctx.value(QStringLiteral("from")), &filter.from))
        || (ctx.isSet(QStringLiteral("to")) && !parseDate(ctx.value(QStringLiteral("to")), &filter.to))) {
        return ctx.usage(Cli::tr("Dates are written YYYY-MM-DD."));
    }
    Severity severity = Severity::General;
    if (ctx.isSet(QStringLiteral("severity"))) {
        if (!severityFromKey(ctx.value(QStringLiteral("severity")), &severity)) {
            return ctx.usage(Cli::tr("--severity takes general, relatively_serious, major or especially_major."));
        }
        filter.severity = int(severity);
    }
    if (ctx.isSet(QStringLiteral("status"))) {
        IncidentStatus st;
        if (!statusFromKey(ctx.value(QStringLiteral("status")), &st)) {
            return ctx.usage(Cli::tr("--status takes open, contained, notified or closed."));
        }
        filter.status = int(st);
    }
    filter.onlyOpen = ctx.isSet(QStringLiteral("open"));
    QDateTime at;
    if (ctx.isSet(QStringLiteral("at")) && !parseWhen(ctx.value(QStringLiteral("at")), &at)) {
        return ctx.usage(Cli::tr("Times are written in ISO 8601, e.g. 2026-03-10T09:30:00+08:00."));
    }
    bool peopleOk = true;
    const int people = ctx.isSet(QStringLiteral("people")) ? ctx.value(QStringLiteral("people")).toInt(&peopleOk) : 0;
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

    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    IncidentService service(*vault.value());
    const RegulatorRule rule = service.rule();

    if (action == QLatin1String("rule")) {
        // Without options: show the rule; with --hours and/or --severity: change it (administrators).
        if (ctx.isSet(QStringLiteral("hours")) || ctx.isSet(QStringLiteral("severity"))) {
            RegulatorRule changed = rule;
            if (ctx.isSet(QStringLiteral("hours"))) {
                bool ok = false;
                changed.hours = ctx.value(QStringLiteral("hours")).toInt(&ok);
                if (!ok) {
                    return ctx.usage(Cli::tr("--hours takes a whole number."));
                }
            }
            if (ctx.isSet(QStringLiteral("severity"))) {
                changed.threshold = severity;
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

    if (action == QLatin1String("list")) {
        auto list = service.list(filter);
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
            const ExportTable t = incidentTable(shown, reportContext(*vault.value(), Languages::english()), false);
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

    if (action == QLatin1String("add")) {
        Incident n;
        n.title = ctx.value(QStringLiteral("title"));
        if (ctx.isSet(QStringLiteral("occurred")) && !parseWhen(ctx.value(QStringLiteral("occurred")), &n.occurredAt)) {
            return ctx.usage(Cli::tr("Times are written in ISO 8601, e.g. 2026-03-10T09:30:00+08:00."));
        }
        n.discoveredAt = Clock::nowUtc();
        if (ctx.isSet(QStringLiteral("discovered"))
            && !parseWhen(ctx.value(QStringLiteral("discovered")), &n.discoveredAt)) {
            return ctx.usage(Cli::tr("Times are written in ISO 8601, e.g. 2026-03-10T09:30:00+08:00."));
        }
        if (!ctx.isSet(QStringLiteral("severity"))) {
            return ctx.usage(Cli::tr("incidents add needs --severity (it decides the regulator clock)."));
        }
        n.severity = severity;
        if (ctx.isSet(QStringLiteral("category"))
            && !incidentCategoryFromKey(ctx.value(QStringLiteral("category")), &n.category)) {
            return ctx.usage(Cli::tr("Unknown incident category %1.").arg(ctx.value(QStringLiteral("category"))));
        }
        n.categoryKeys = splitList(ctx.value(QStringLiteral("categories")));
        n.peopleCount = people;
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
        ctx.printJson(incidentJson(added.value(), service.clockFor(added.value()), true));
        return ExitOk;
    }

    if (action == QLatin1String("report") && id == 0) {
        const QString out = ctx.value(QStringLiteral("out"));
        QTranslator appTr;
        QTranslator qtTr;
        ui::LanguageManager::installInto(QCoreApplication::instance(), lang, &appTr, &qtTr);
        const QString format = outputFormat(out);
        if (format != QLatin1String("pdf")) {
            if (Status s = exportIncidentRegister(*vault.value(), filter, out, format, lang); !s) {
                return ctx.fail(s.error());
            }
            ctx.printJson(QJsonObject { { QStringLiteral("report"), QStringLiteral("incidents") },
                { QStringLiteral("out"), QFileInfo(out).absoluteFilePath() }, { QStringLiteral("format"), format } });
            return ExitOk;
        }
        auto list = service.list(filter);
        if (!list) {
            return ctx.fail(list.error());
        }
        return writePdf(ctx,
            buildIncidentRegister(list.value(), filter.from, filter.to, reportContext(*vault.value(), lang)), out,
            QStringLiteral("incidents"));
    }

    auto incident = service.get(id);
    if (!incident) {
        return ctx.fail(incident.error());
    }

    if (action == QLatin1String("show")) {
        ctx.printJson(incidentJson(incident.value(), service.clockFor(incident.value()), true));
        return ExitOk;
    }
    if (action == QLatin1String("report") || action == QLatin1String("letter")) {
        QTranslator appTr;
        QTranslator qtTr;
        ui::LanguageManager::installInto(QCoreApplication::instance(), lang, &appTr, &qtTr);
        const ReportContext rc = reportContext(*vault.value(), lang);
        if (action == QLatin1String("report")) {
            return writePdf(ctx, buildIncidentReport(incident.value(), rc), ctx.value(QStringLiteral("out")),
                QStringLiteral("incident"));
        }
        const bool announcement = ctx.isSet(QStringLiteral("announcement"));
        if (const QStringList missing = IncidentService::missingNoticeElements(incident.value()); !missing.isEmpty()) {
            return ctx.fail(ErrorCode::NotAllowed,
                Cli::tr("The notice must state %1; fill these in first.").arg(missing.join(QStringLiteral(", "))));
        }
        return writePdf(ctx,
            announcement ? buildPublicAnnouncement(incident.value(), rc)
                         : buildNotificationLetter(incident.value(), rc),
            ctx.value(QStringLiteral("out")), announcement ? QStringLiteral("announcement") : QStringLiteral("letter"));
    }
    if (action == QLatin1String("transition")) {
        IncidentStatus target;
        if (!statusFromKey(pos.at(2), &target)) {
            return ctx.usage(Cli::tr("The status is contained, notified or closed."));
        }
        auto moved = service.transition(id, target, at);
        if (!moved) {
            return ctx.fail(moved.error());
        }
        ctx.printJson(incidentJson(moved.value(), service.clockFor(moved.value()), true));
        return ExitOk;
    }

    // notify: a regulator report, a notification to individuals, or both.
    const bool regulator = ctx.isSet(QStringLiteral("regulator"));
    const bool channel = ctx.isSet(QStringLiteral("channel"));
    if (!regulator && !channel) {
        return ctx.usage(Cli::tr("incidents notify needs --channel (people told) or --regulator (report made)."));
    }
    NotificationChannel channelKind = NotificationChannel::Email;
    if (channel && !channelFromKey(ctx.value(QStringLiteral("channel")), &channelKind)) {
        return ctx.usage(Cli::tr("--channel takes email, letter, phone, push or announcement."));
    }
    const QDateTime when = at.isValid() ? at : Clock::nowUtc();
    if (regulator) {
        auto reported = service.recordRegulatorReport(id, ctx.value(QStringLiteral("regulator")), when,
            ctx.value(QStringLiteral("reference")), ctx.value(QStringLiteral("by")));
        if (!reported) {
            return ctx.fail(reported.error());
        }
    }
    if (channel) {
        IncidentNotification x;
        x.incidentId = id;
        x.channel = channelKind;
        x.notifiedAt = when;
        x.peopleCount = people;
        x.notifiedBy = ctx.value(QStringLiteral("by"));
        x.reason = ctx.value(QStringLiteral("reason"));
        x.note = ctx.value(QStringLiteral("note"));
        auto added = service.addNotification(x);
        if (!added) {
            return ctx.fail(added.error());
        }
    }
    auto updated = service.get(id);
    if (!updated) {
        return ctx.fail(updated.error());
    }
    ctx.printJson(incidentJson(updated.value(), service.clockFor(updated.value()), true));
    return ExitOk;
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

// Personal-information protection compliance audits (个人信息保护合规审计), their findings, the
// schedule of periodic audits, the personal-information protection officer (个人信息保护负责人)
// and the owner and expiry of evidence.
#include "CliContext.h"
#include "CliHelpers.h"
#include "Commands.h"

#include "app/LanguageManager.h"
#include "audits/AuditReports.h"
#include "audits/ComplianceAudits.h"
#include "audits/EvidenceReviews.h"
#include "util/Clock.h"
#include "util/Languages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTranslator>

namespace cd::cli {

using namespace cd::audits;

namespace {

QJsonObject findingJson(const Finding& f)
{
    return QJsonObject { { QStringLiteral("id"), f.id }, { QStringLiteral("audit"), f.auditId },
        { QStringLiteral("title"), f.title }, { QStringLiteral("owner"), f.owner },
        { QStringLiteral("due_on"), dateOrNull(f.dueOn) },
        { QStringLiteral("status"), f.closed ? QStringLiteral("closed") : QStringLiteral("open") },
        { QStringLiteral("overdue"), f.overdue(Clock::today()) }, { QStringLiteral("evidence"), f.evidence },
        { QStringLiteral("closed_on"), dateOrNull(f.closedOn) } };
}

QJsonObject auditJson(const ComplianceAudit& a, bool withFindings)
{
    QJsonObject o { { QStringLiteral("id"), a.id }, { QStringLiteral("kind"), kindKey(a.kind) },
        { QStringLiteral("scope"), a.scope }, { QStringLiteral("auditor_kind"), auditorKindKey(a.auditorKind) },
        { QStringLiteral("auditor"), a.auditor }, { QStringLiteral("ordered_by"), a.orderedBy },
        { QStringLiteral("ordered_on"), dateOrNull(a.orderedOn) }, { QStringLiteral("due_on"), dateOrNull(a.dueOn) },
        { QStringLiteral("started_on"), dateOrNull(a.startedOn) },
        { QStringLiteral("ended_on"), dateOrNull(a.endedOn) }, { QStringLiteral("status"), statusKey(a.status) },
        { QStringLiteral("conclusion"), a.conclusion }, { QStringLiteral("open_findings"), a.openFindings() } };
    if (withFindings) {
        QJsonArray findings;
        for (const Finding& f : a.findings) {
            findings.append(findingJson(f));
        }
        o.insert(QStringLiteral("findings"), findings);
    }
    return o;
}

QJsonObject scheduleJson(const AuditSchedule& s)
{
    return QJsonObject { { QStringLiteral("people"), s.people },
        { QStringLiteral("legally_required"), s.legallyRequired }, { QStringLiteral("rule"), s.rule },
        { QStringLiteral("cycle_months"), s.cycleMonths },
        { QStringLiteral("last_completed"), dateOrNull(s.lastCompleted) },
        { QStringLiteral("next_due"), dateOrNull(s.nextDue) } };
}

QJsonObject officerJson(const OfficerStatus& o)
{
    return QJsonObject { { QStringLiteral("name"), o.name }, { QStringLiteral("contact"), o.contact },
        { QStringLiteral("people"), o.people }, { QStringLiteral("required"), o.required },
        { QStringLiteral("missing"), o.missing() } };
}

QJsonObject reviewJson(const EvidenceReview& r)
{
    return QJsonObject { { QStringLiteral("target"), targetKey(r.target) }, { QStringLiteral("id"), r.entityId },
        { QStringLiteral("subject"), r.subject }, { QStringLiteral("owner"), r.owner },
        { QStringLiteral("expires_on"), dateOrNull(r.expiresOn) },
        { QStringLiteral("state"), reviewStateKey(r.state(Clock::today())) } };
}

// Reads the audit fields given on the command line over `a`; an error message when malformed.
QString readAudit(CliContext& ctx, ComplianceAudit* a)
{
    if (ctx.isSet(QStringLiteral("kind")) && !kindFromKey(ctx.value(QStringLiteral("kind")), &a->kind)) {
        return Cli::tr("--kind takes periodic or ordered.");
    }
    if (ctx.isSet(QStringLiteral("auditor-kind"))
        && !auditorKindFromKey(ctx.value(QStringLiteral("auditor-kind")), &a->auditorKind)) {
        return Cli::tr("--auditor-kind takes internal or external.");
    }
    if (ctx.isSet(QStringLiteral("status")) && !statusFromKey(ctx.value(QStringLiteral("status")), &a->status)) {
        return Cli::tr("--status takes planned, in_progress, completed or cancelled.");
    }
    if (!parseDay(ctx, QStringLiteral("ordered-on"), &a->orderedOn) || !parseDay(ctx, QStringLiteral("due"), &a->dueOn)
        || !parseDay(ctx, QStringLiteral("started"), &a->startedOn)
        || !parseDay(ctx, QStringLiteral("ended"), &a->endedOn)) {
        return Cli::tr("Dates are written YYYY-MM-DD.");
    }
    const auto text = [&](const char* name, QString* out) {
        if (ctx.isSet(QString::fromLatin1(name))) {
            *out = ctx.value(QString::fromLatin1(name));
        }
    };
    text("scope", &a->scope);
    text("auditor", &a->auditor);
    text("ordered-by", &a->orderedBy);
    text("conclusion", &a->conclusion);
    return {};
}

qint64 positionalId(CliContext& ctx, int index)
{
    bool ok = false;
    const qint64 id = ctx.positional().value(index).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

int printAudit(CliContext& ctx, const Result<ComplianceAudit>& a)
{
    if (!a) {
        return ctx.fail(a.error());
    }
    ctx.printJson(auditJson(a.value(), true));
    return ExitOk;
}

int runAuditAction(CliContext& ctx, Vault& vault, const QString& action)
{
    ComplianceAuditService service(vault);
    if (action == QLatin1String("list")) {
        auto list = service.list();
        if (!list) {
            return ctx.fail(list.error());
        }
        if (ctx.format() == QLatin1String("csv")) {
            QList<QStringList> rows;
            for (const ComplianceAudit& a : list.value()) {
                rows << QStringList { QString::number(a.id), kindKey(a.kind), a.scope, auditorKindKey(a.auditorKind),
                    a.dueOn.toString(Qt::ISODate), a.endedOn.toString(Qt::ISODate), statusKey(a.status),
                    QString::number(a.openFindings()) };
            }
            ctx.printCsv({ QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("scope"),
                             QStringLiteral("auditor_kind"), QStringLiteral("due_on"), QStringLiteral("ended_on"),
                             QStringLiteral("status"), QStringLiteral("open_findings") },
                rows);
            return ExitOk;
        }
        QJsonArray arr;
        for (const ComplianceAudit& a : list.value()) {
            arr.append(auditJson(a, false));
        }
        ctx.printJson(arr);
        return ExitOk;
    }
    if (action == QLatin1String("add")) {
        ComplianceAudit a;
        if (const QString bad = readAudit(ctx, &a); !bad.isEmpty()) {
            return ctx.usage(bad);
        }
        return printAudit(ctx, service.add(a));
    }
    const qint64 id = positionalId(ctx, 1);
    if (action == QLatin1String("show")) {
        return id > 0 ? printAudit(ctx, service.get(id)) : ctx.usage(Cli::tr("audits show needs the audit number."));
    }
    if (action == QLatin1String("update")) {
        auto current = service.get(id);
        if (id <= 0 || !current) {
            return id <= 0 ? ctx.usage(Cli::tr("audits update needs the audit number.")) : ctx.fail(current.error());
        }
        ComplianceAudit a = current.value();
        if (const QString bad = readAudit(ctx, &a); !bad.isEmpty()) {
            return ctx.usage(bad);
        }
        return printAudit(ctx, service.update(a));
    }
    if (action == QLatin1String("finding-add")) {
        Finding f;
        f.auditId = id;
        f.title = ctx.value(QStringLiteral("title"));
        f.owner = ctx.value(QStringLiteral("owner"));
        f.evidence = ctx.value(QStringLiteral("evidence"));
        if (id <= 0 || !parseDay(ctx, QStringLiteral("due"), &f.dueOn)) {
            return ctx.usage(Cli::tr("audits finding-add needs the audit number; dates are written YYYY-MM-DD."));
        }
        auto added = service.addFinding(f);
        if (!added) {
            return ctx.fail(added.error());
        }
        ctx.printJson(findingJson(added.value()));
        return ExitOk;
    }
    if (action == QLatin1String("finding-close")) {
        QDate on = Clock::today();
        if (id <= 0 || !parseDay(ctx, QStringLiteral("date"), &on)) {
            return ctx.usage(Cli::tr("audits finding-close needs the finding number; dates are written YYYY-MM-DD."));
        }
        auto closed = service.closeFinding(id, ctx.value(QStringLiteral("evidence")), on);
        if (!closed) {
            return ctx.fail(closed.error());
        }
        ctx.printJson(findingJson(closed.value()));
        return ExitOk;
    }
    if (action == QLatin1String("report")) {
        QString lang;
        const QString out = ctx.value(QStringLiteral("out"));
        if (id <= 0 || out.isEmpty() || !checkLanguage(ctx, &lang)) {
            return ctx.usage(Cli::tr("audits report needs the audit number, --out FILE.pdf and --lang zh_CN or en."));
        }
        QTranslator appTr;
        QTranslator qtTr;
        ui::LanguageManager::installInto(QCoreApplication::instance(), lang, &appTr, &qtTr);
        auto doc = buildAuditReport(vault, id, lang);
        if (!doc) {
            return ctx.fail(doc.error());
        }
        return writePdf(ctx, doc.value(), out, QStringLiteral("compliance_audit"));
    }
    if (action == QLatin1String("schedule")) {
        if (ctx.isSet(QStringLiteral("cycle-months"))) {
            bool ok = false;
            const int months = ctx.value(QStringLiteral("cycle-months")).toInt(&ok);
            if (!ok) {
                return ctx.usage(Cli::tr("--cycle-months takes a whole number of months."));
            }
            if (Status s = service.setCycleMonths(months); !s) {
                return ctx.fail(s.error());
            }
        }
        auto s = service.schedule();
        if (!s) {
            return ctx.fail(s.error());
        }
        ctx.printJson(scheduleJson(s.value()));
        return ExitOk;
    }
    if (action == QLatin1String("officer")) {
        if (ctx.isSet(QStringLiteral("name")) || ctx.isSet(QStringLiteral("contact"))) {
            if (Status s = service.setOfficer(ctx.value(QStringLiteral("name")), ctx.value(QStringLiteral("contact")));
                !s) {
                return ctx.fail(s.error());
            }
        }
        auto o = service.officer();
        if (!o) {
            return ctx.fail(o.error());
        }
        ctx.printJson(officerJson(o.value()));
        return ExitOk;
    }
    // evidence
    EvidenceReviewService reviews(vault);
    if (ctx.isSet(QStringLiteral("target"))) {
        EvidenceTarget target;
        QDate expires;
        if (!targetFromKey(ctx.value(QStringLiteral("target")), &target)
            || !parseDay(ctx, QStringLiteral("expires"), &expires)) {
            return ctx.usage(Cli::tr("--target takes control, pia or processor; dates are written YYYY-MM-DD."));
        }
        auto set
            = reviews.set(target, ctx.value(QStringLiteral("record")), ctx.value(QStringLiteral("owner")), expires);
        if (!set) {
            return ctx.fail(set.error());
        }
        ctx.printJson(reviewJson(set.value()));
        return ExitOk;
    }
    auto list = reviews.list();
    if (!list) {
        return ctx.fail(list.error());
    }
    QJsonArray arr;
    for (const EvidenceReview& r : list.value()) {
        arr.append(reviewJson(r));
    }
    ctx.printJson(arr);
    return ExitOk;
}

int cmdAudits(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.addFormatOption();
    option(ctx, "kind", Cli::tr("add: periodic or ordered (by the regulator)."), "kind");
    option(ctx, "scope", Cli::tr("add, update: scope of the audit."));
    option(ctx, "auditor-kind", Cli::tr("add, update: internal or external (professional institution)."), "kind");
    option(ctx, "auditor", Cli::tr("add, update: the department or the professional institution."));
    option(ctx, "ordered-by", Cli::tr("add, update: the authority that ordered the audit."));
    option(ctx, "ordered-on", Cli::tr("add, update: date ordered (YYYY-MM-DD)."), "date");
    option(ctx, "due", Cli::tr("add, update, finding-add: due date (YYYY-MM-DD)."), "date");
    option(ctx, "started", Cli::tr("add, update: start date (YYYY-MM-DD)."), "date");
    option(ctx, "ended", Cli::tr("add, update: end date (YYYY-MM-DD)."), "date");
    option(ctx, "status", Cli::tr("add, update: planned, in_progress, completed or cancelled."), "status");
    option(ctx, "conclusion", Cli::tr("add, update: the audit's conclusion."));
    option(ctx, "title", Cli::tr("finding-add: the finding."));
    option(ctx, "owner", Cli::tr("finding-add, evidence: who is responsible."));
    option(ctx, "evidence", Cli::tr("finding-add, finding-close: evidence notes."));
    option(ctx, "date", Cli::tr("finding-close: date closed (YYYY-MM-DD; default today)."), "date");
    option(ctx, "out", Cli::tr("report: PDF file to write."), "file");
    ctx.parser().addOption({ QStringLiteral("lang"), Cli::tr("report: language, zh_CN or en."), QStringLiteral("lang"),
        Languages::chinese() });
    option(ctx, "name", Cli::tr("officer: name of the personal information protection officer."));
    option(ctx, "contact", Cli::tr("officer: the officer's contact."));
    option(ctx, "cycle-months", Cli::tr("schedule: the office's own audit cycle in months."), "n");
    option(ctx, "target", Cli::tr("evidence: control, pia or processor."), "target");
    option(ctx, "record", Cli::tr("evidence: control number (e.g. 5.10) or record number."), "id");
    option(ctx, "expires", Cli::tr("evidence: expiry or next review date (YYYY-MM-DD)."), "date");
    ctx.parser().addPositionalArgument(QStringLiteral("action"),
        Cli::tr("list | add | show ID | update ID | finding-add ID | finding-close FINDING | report ID | schedule | "
                "officer | evidence"));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString action = ctx.positional().value(0, QStringLiteral("list"));
    static const QStringList actions { QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("show"),
        QStringLiteral("update"), QStringLiteral("finding-add"), QStringLiteral("finding-close"),
        QStringLiteral("report"), QStringLiteral("schedule"), QStringLiteral("officer"), QStringLiteral("evidence") };
    if (!actions.contains(action)) {
        return ctx.usage(Cli::tr("audits needs an action: %1.").arg(actions.join(QStringLiteral(", "))));
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    return runAuditAction(ctx, *vault.value(), action);
}

} // namespace

QList<Command> auditsCommands()
{
    return { { QStringLiteral("audits"),
        Cli::tr("Compliance audits, findings, schedule, the protection officer and evidence expiry."), cmdAudits,
        true } };
}

} // namespace cd::cli

// Rights-request commands: requests add|list|show|transition|correct|matches|fulfil|letter|
// certificate|signoff|register, and calendar due|import|export.
#include "CliContext.h"
#include "Commands.h"

#include "accounts/AccountService.h"
#include "export/TableExport.h"
#include "report/ReportRenderer.h"
#include "requests/RequestDocuments.h"
#include "requests/RequestService.h"
#include "util/Clock.h"
#include "util/Languages.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cd::cli {

namespace {

using namespace cd::requests;

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue dateTimeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject requestJson(const RightsRequest& r, const WorkingDayCalendar& cal)
{
    const QDate today = Clock::today();
    QJsonObject counts;
    for (auto it = r.deletionCounts.begin(); it != r.deletionCounts.end(); ++it) {
        counts.insert(it.key(), it.value());
    }
    return QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("number"), r.number },
        { QStringLiteral("type"), key(r.type) }, { QStringLiteral("state"), key(r.state) },
        { QStringLiteral("received_on"), dateJson(r.receivedOn) }, { QStringLiteral("channel"), key(r.channel) },
        { QStringLiteral("requester_name"), r.requesterName }, { QStringLiteral("email"), r.email },
        { QStringLiteral("phone"), r.phone }, { QStringLiteral("on_behalf"), key(r.onBehalf) },
        { QStringLiteral("possible_minor"), r.possibleMinor }, { QStringLiteral("assignee"), r.assigneeName },
        { QStringLiteral("deadline_rule"), r.rule.toString() },
        { QStringLiteral("due_on"), dateJson(r.effectiveDue(cal, today)) },
        { QStringLiteral("working_days_left"),
            isOpen(r.state) ? QJsonValue(r.workingDaysLeft(cal, today)) : QJsonValue() },
        { QStringLiteral("overdue"), r.isOverdue(cal, today) }, { QStringLiteral("due_soon"), r.isDueSoon(cal, today) },
        { QStringLiteral("paused_working_days"), r.pausedWorkingDays },
        { QStringLiteral("extension_months"), r.extensionMonths },
        { QStringLiteral("verification_method"), r.verificationMethod },
        { QStringLiteral("verified_by"), r.verifiedByName },
        { QStringLiteral("verified_at"), dateTimeJson(r.verifiedAt) },
        { QStringLiteral("rejection_reason"), r.rejectionReason },
        { QStringLiteral("deletion_ground"), r.deletionGround }, { QStringLiteral("deleted"), counts },
        { QStringLiteral("signed_off_by"), r.signedOffByName },
        { QStringLiteral("closed_at"), dateTimeJson(r.closedAt) }, { QStringLiteral("erased"), r.erased },
        { QStringLiteral("linked_submissions"), r.linkedSubmissionCount } };
}

Result<RightsRequest> findRequest(RequestService& service, const QString& idOrNumber)
{
    bool numeric = false;
    const qint64 id = idOrNumber.toLongLong(&numeric);
    return numeric ? service.get(id) : service.getByNumber(idOrNumber);
}

bool checkLanguage(CliContext& ctx, QString* lang)
{
    *lang = ctx.value(QStringLiteral("lang"));
    return Languages::isSupported(*lang);
}

Status writePdf(const ReportDocument& doc, const QString& path)
{
    return ui::ReportRenderer(doc).writePdf(path);
}

int requestsAdd(CliContext& ctx, Vault& vault)
{
    RequestService service(vault);
    RequestDraft d;
    if (!fromKey(ctx.value(QStringLiteral("type")), &d.type)) {
        return ctx.usage(Cli::tr("--type takes access, correction, deletion, cancellation, withdrawal, portability or "
                                 "other."));
    }
    d.receivedOn = ctx.isSet(QStringLiteral("received"))
        ? QDate::fromString(ctx.value(QStringLiteral("received")), Qt::ISODate)
        : Clock::today();
    if (!d.receivedOn.isValid()) {
        return ctx.usage(Cli::tr("--received takes a date as YYYY-MM-DD."));
    }
    if (ctx.isSet(QStringLiteral("channel")) && !fromKey(ctx.value(QStringLiteral("channel")), &d.channel)) {
        return ctx.usage(Cli::tr("--channel takes email, phone, letter, website or in_person."));
    }
    if (ctx.isSet(QStringLiteral("on-behalf")) && !fromKey(ctx.value(QStringLiteral("on-behalf")), &d.onBehalf)) {
        return ctx.usage(Cli::tr("--on-behalf takes self, guardian or agent."));
    }
    d.requesterName = ctx.value(QStringLiteral("name"));
    d.email = ctx.value(QStringLiteral("email"));
    d.phone = ctx.value(QStringLiteral("phone"));
    d.description = ctx.value(QStringLiteral("description"));
    d.possibleMinor = ctx.isSet(QStringLiteral("possible-minor"));
    auto candidates = service.findCandidates(d.email, d.phone);
    if (!candidates) {
        return ctx.fail(candidates.error());
    }
    // Staff confirm links explicitly: --link submission:12 or --link all.
    const QStringList links = ctx.parser().values(QStringLiteral("link"));
    for (const QString& link : links) {
        if (link == QLatin1String("all")) {
            for (const LinkCandidate& c : candidates.value()) {
                (c.targetType == QLatin1String("submission") ? d.linkedSubmissions : d.linkedRequests).append(c.id);
            }
            continue;
        }
        const QStringList parts = link.split(QLatin1Char(':'));
        bool ok = false;
        const qint64 id = parts.value(1).toLongLong(&ok);
        if (parts.size() != 2 || !ok
            || (parts.at(0) != QLatin1String("submission") && parts.at(0) != QLatin1String("request"))) {
            return ctx.usage(Cli::tr("--link takes submission:ID, request:ID or all."));
        }
        (parts.at(0) == QLatin1String("submission") ? d.linkedSubmissions : d.linkedRequests).append(id);
    }
    auto added = service.add(d);
    if (!added) {
        return ctx.fail(added.error());
    }
    QJsonArray proposed;
    for (const LinkCandidate& c : candidates.value()) {
        proposed.append(QJsonObject { { QStringLiteral("type"), c.targetType }, { QStringLiteral("id"), c.id },
            { QStringLiteral("matched_on"), c.matchedOn }, { QStringLiteral("at"), dateTimeJson(c.at) } });
    }
    QJsonObject out = requestJson(added.value(), service.calendar());
    out.insert(QStringLiteral("proposed_links"), proposed);
    ctx.printJson(out);
    return ExitOk;
}

int requestsList(CliContext& ctx, Vault& vault)
{
    RequestService service(vault);
    RequestFilter f;
    f.overdueOnly = ctx.isSet(QStringLiteral("overdue"));
    f.dueSoon = ctx.isSet(QStringLiteral("due-soon"));
    f.openOnly = ctx.isSet(QStringLiteral("open"));
    if (ctx.isSet(QStringLiteral("state"))) {
        RequestState s;
        if (!fromKey(ctx.value(QStringLiteral("state")), &s)) {
            return ctx.usage(Cli::tr("Unknown state %1.").arg(ctx.value(QStringLiteral("state"))));
        }
        f.states = { s };
    }
    if (ctx.isSet(QStringLiteral("type"))) {
        RequestType t;
        if (!fromKey(ctx.value(QStringLiteral("type")), &t)) {
            return ctx.usage(Cli::tr("Unknown type %1.").arg(ctx.value(QStringLiteral("type"))));
        }
        f.types = { t };
    }
    auto list = service.list(f);
    if (!list) {
        return ctx.fail(list.error());
    }
    const WorkingDayCalendar cal = service.calendar();
    if (ctx.format() == QLatin1String("csv")) {
        QList<QStringList> rows;
        for (const RightsRequest& r : list.value()) {
            const QJsonObject o = requestJson(r, cal);
            rows.append({ r.number, key(r.type), key(r.state), r.receivedOn.toString(Qt::ISODate), key(r.channel),
                r.requesterName, r.email, r.phone, o.value(QStringLiteral("due_on")).toString(),
                isOpen(r.state) ? QString::number(r.workingDaysLeft(cal, Clock::today())) : QString(),
                r.isOverdue(cal, Clock::today()) ? QStringLiteral("yes") : QStringLiteral("no"), r.assigneeName });
        }
        ctx.printCsv({ QStringLiteral("number"), QStringLiteral("type"), QStringLiteral("state"),
                         QStringLiteral("received_on"), QStringLiteral("channel"), QStringLiteral("requester_name"),
                         QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("due_on"),
                         QStringLiteral("working_days_left"), QStringLiteral("overdue"), QStringLiteral("assignee") },
            rows);
    } else {
        QJsonArray arr;
        for (const RightsRequest& r : list.value()) {
            arr.append(requestJson(r, cal));
        }
        ctx.printJson(arr);
    }
    return ExitOk;
}

int requestsShow(CliContext& ctx, Vault& vault, const RightsRequest& r)
{
    RequestService service(vault);
    QJsonObject out = requestJson(r, service.calendar());
    out.insert(QStringLiteral("description"), r.description);
    out.insert(QStringLiteral("rejection_text"), r.rejectionText);
    out.insert(QStringLiteral("extension_reason"), r.extensionReason);
    QJsonArray timeline;
    for (const RequestEvent& e : service.timeline(r.id).value()) {
        timeline.append(
            QJsonObject { { QStringLiteral("at"), dateTimeJson(e.at) }, { QStringLiteral("actor"), e.actor },
                { QStringLiteral("kind"), e.kind }, { QStringLiteral("from"), e.fromState },
                { QStringLiteral("to"), e.toState }, { QStringLiteral("detail"), e.detail } });
    }
    out.insert(QStringLiteral("timeline"), timeline);
    QJsonArray allowed;
    for (RequestState s : service.availableTransitions(r)) {
        allowed.append(key(s));
    }
    out.insert(QStringLiteral("allowed_transitions"), allowed);
    QJsonArray subs;
    for (const LinkedSubmission& s : service.linkedSubmissions(r.id).value()) {
        subs.append(s.id);
    }
    out.insert(QStringLiteral("linked_submission_ids"), subs);
    ctx.printJson(out);
    return ExitOk;
}

int requestsTransition(CliContext& ctx, Vault& vault, const RightsRequest& r, const QString& stateKey)
{
    RequestService service(vault);
    TransitionInput in;
    if (!fromKey(stateKey, &in.to)) {
        return ctx.usage(Cli::tr("Unknown state %1; use verification, in_progress, waiting, completed, rejected or "
                                 "withdrawn.")
                             .arg(stateKey));
    }
    in.reasonKey = ctx.value(QStringLiteral("reason"));
    in.reasonText = ctx.value(QStringLiteral("reason-text"));
    in.verificationMethod = ctx.value(QStringLiteral("method"));
    if (ctx.isSet(QStringLiteral("on"))) {
        in.on = QDate::fromString(ctx.value(QStringLiteral("on")), Qt::ISODate);
        if (!in.on.isValid()) {
            return ctx.usage(Cli::tr("--on takes a date as YYYY-MM-DD."));
        }
    }
    if (ctx.isSet(QStringLiteral("verified-by"))) {
        auto account = AccountService(vault).findByUsername(ctx.value(QStringLiteral("verified-by")));
        if (!account) {
            return ctx.fail(account.error());
        }
        in.verifiedById = account->id;
    }
    auto done = service.transition(r.id, in);
    if (!done) {
        return ctx.fail(done.error());
    }
    ctx.printJson(requestJson(done.value(), service.calendar()));
    return ExitOk;
}

QJsonArray matchesJson(const QList<LinkCandidate>& matches)
{
    QJsonArray out;
    for (const LinkCandidate& c : matches) {
        out.append(QJsonObject { { QStringLiteral("type"), c.targetType }, { QStringLiteral("id"), c.id },
            { QStringLiteral("matched_on"), c.matchedOn }, { QStringLiteral("at"), dateTimeJson(c.at) } });
    }
    return out;
}

// requests correct ID --submission N [--name …] [--phone …] [--email …] [--region …] [--message …]
int requestsCorrect(CliContext& ctx, Vault& vault, const RightsRequest& r)
{
    RequestService service(vault);
    CorrectionInput in;
    bool ok = false;
    in.submissionId = ctx.value(QStringLiteral("submission")).toLongLong(&ok);
    if (!ok || in.submissionId <= 0) {
        // With exactly one linked submission there is nothing to choose.
        auto linked = service.linkedSubmissions(r.id);
        if (!ctx.isSet(QStringLiteral("submission")) && linked && linked->size() == 1) {
            in.submissionId = linked->first().id;
        } else {
            return ctx.usage(Cli::tr("Name the linked contact submission to correct with --submission ID."));
        }
    }
    for (const char* field : { "name", "phone", "email", "region", "message" }) {
        const QString option = QString::fromLatin1(field);
        if (ctx.isSet(option)) {
            in.fields.insert(option, ctx.value(option));
        }
    }
    if (in.fields.isEmpty()) {
        return ctx.usage(
            Cli::tr("Give at least one corrected value: --name, --phone, --email, --region or --message."));
    }
    auto changed = service.correctSubmission(r.id, in);
    if (!changed) {
        return ctx.fail(changed.error());
    }
    ctx.printJson(
        QJsonObject { { QStringLiteral("number"), r.number }, { QStringLiteral("submission"), in.submissionId },
            { QStringLiteral("changed"), QJsonArray::fromStringList(changed.value()) } });
    return ExitOk;
}

// requests matches ID [--confirm submission:N] [--dismiss submission:N]: the records the intake
// proposed that are neither confirmed nor dismissed, and deciding them.
int requestsMatches(CliContext& ctx, Vault& vault, const RightsRequest& r)
{
    RequestService service(vault);
    auto parse = [&](const QString& option, QList<LinkCandidate>* out) {
        for (const QString& value : ctx.parser().values(option)) {
            const QStringList parts = value.split(QLatin1Char(':'));
            bool ok = false;
            const qint64 id = parts.value(1).toLongLong(&ok);
            if (parts.size() != 2 || !ok
                || (parts.at(0) != QLatin1String("submission") && parts.at(0) != QLatin1String("request"))) {
                return false;
            }
            LinkCandidate c;
            c.targetType = parts.at(0);
            c.id = id;
            out->append(c);
        }
        return true;
    };
    QList<LinkCandidate> confirm;
    QList<LinkCandidate> dismiss;
    if (!parse(QStringLiteral("confirm"), &confirm) || !parse(QStringLiteral("dismiss"), &dismiss)) {
        return ctx.usage(Cli::tr("--confirm and --dismiss take submission:ID or request:ID."));
    }
    if (!confirm.isEmpty() || !dismiss.isEmpty()) {
        if (Status s = service.resolveMatches(r.id, confirm, dismiss); !s) {
            return ctx.fail(s.error());
        }
    }
    auto open = service.unconfirmedMatches(r.id);
    if (!open) {
        return ctx.fail(open.error());
    }
    ctx.printJson(QJsonObject { { QStringLiteral("number"), r.number },
        { QStringLiteral("confirmed"), int(confirm.size()) }, { QStringLiteral("dismissed"), int(dismiss.size()) },
        { QStringLiteral("unconfirmed"), matchesJson(open.value()) } });
    return ExitOk;
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !TableExport::restrictToOwner(f) || f.write(bytes) != bytes.size()
        || !f.commit()) {
        return Error { ErrorCode::Io, Cli::tr("Could not write %1: %2").arg(path, f.errorString()) };
    }
    return {};
}

int requestsFulfil(CliContext& ctx, Vault& vault, const RightsRequest& r)
{
    RequestService service(vault);
    QString lang;
    if (!checkLanguage(ctx, &lang)) {
        return ctx.usage(Cli::tr("--lang takes zh_CN or en."));
    }
    const QString outDir = ctx.value(QStringLiteral("out"));
    if (!outDir.isEmpty() && !QDir().mkpath(outDir)) {
        return ctx.fail(ErrorCode::Io, Cli::tr("Cannot create the folder %1.").arg(outDir));
    }
    QJsonObject result { { QStringLiteral("number"), r.number }, { QStringLiteral("type"), key(r.type) } };
    if (isErasure(r.type) || isDataPackage(r.type)) {
        // A deletion or access that would miss the person's records must not look complete.
        auto open = service.unconfirmedMatches(r.id);
        if (!open) {
            return ctx.fail(open.error());
        }
        if (!open->isEmpty()) {
            ctx.printJson(QJsonObject { { QStringLiteral("number"), r.number }, { QStringLiteral("fulfilled"), false },
                { QStringLiteral("unconfirmed"), matchesJson(open.value()) } });
            return ctx.fail(ErrorCode::NotAllowed,
                RequestService::unconfirmedMessage(open.value()) + QLatin1Char('\n')
                    + Cli::tr("Decide each with: requests matches %1 --confirm TYPE:ID or --dismiss TYPE:ID.")
                          .arg(r.number));
        }
    }
    QJsonArray files;
    const QString base = outDir.isEmpty() ? QString() : QDir(outDir).filePath(r.number);
    if (isErasure(r.type)) {
        if (!ctx.isSet(QStringLiteral("ground"))) {
            return ctx.usage(Cli::tr("A deletion needs --ground: unlawful_processing, no_consent, breach_of_agreement, "
                                     "service_ended, purpose_achieved, retention_expired or consent_withdrawn."));
        }
        auto erased = service.eraseLinkedData(r.id, ctx.value(QStringLiteral("ground")));
        if (!erased) {
            return ctx.fail(erased.error());
        }
        QJsonObject counts;
        for (auto it = erased->counts.begin(); it != erased->counts.end(); ++it) {
            counts.insert(it.key(), it.value());
        }
        result.insert(QStringLiteral("deleted"), counts);
        if (!base.isEmpty()) {
            const RightsRequest done = service.get(r.id).value();
            const QString path = base + QStringLiteral("-certificate-%1.pdf").arg(lang);
            const BackupExposure exposure = AutoBackup::exposureFor(vault, done.fulfilledAt);
            if (Status s = writePdf(buildDeletionCertificate(done, lang, vault.actor().displayName, &exposure), path);
                !s) {
                return ctx.fail(s.error());
            }
            files.append(path);
        }
    } else if (isDataPackage(r.type)) {
        if (base.isEmpty()) {
            return ctx.usage(Cli::tr("An access or portability request needs --out FOLDER for the data package."));
        }
        auto package = service.dataPackage(r.id);
        if (!package) {
            return ctx.fail(package.error());
        }
        const QString json = base + QStringLiteral("-data.json");
        if (Status s = writeFile(json, QJsonDocument(RequestService::dataPackageJson(package.value())).toJson()); !s) {
            return ctx.fail(s.error());
        }
        const QString pdf = base + QStringLiteral("-data.pdf");
        if (Status s = writePdf(buildDataPackageReport(package.value(), vault.actor().displayName), pdf); !s) {
            return ctx.fail(s.error());
        }
        files.append(json);
        files.append(pdf);
        result.insert(QStringLiteral("submissions"), package->submissions.size());
        result.insert(QStringLiteral("requests"), package->requests.size());
        TransitionInput in;
        in.to = RequestState::Completed;
        if (auto done = service.transition(r.id, in); !done) {
            return ctx.fail(done.error());
        }
    } else {
        TransitionInput in;
        in.to = RequestState::Completed;
        if (auto done = service.transition(r.id, in); !done) {
            return ctx.fail(done.error());
        }
    }
    const RightsRequest after = service.get(r.id).value();
    if (!base.isEmpty()) {
        const QString letter = base + QStringLiteral("-letter-%1.pdf").arg(lang);
        if (Status s = writePdf(buildResponseLetter(service, after, lang, vault.actor().displayName), letter); !s) {
            return ctx.fail(s.error());
        }
        files.append(letter);
    }
    result.insert(QStringLiteral("state"), key(after.state));
    result.insert(QStringLiteral("files"), files);
    ctx.printJson(result);
    return ExitOk;
}

int requestsDocument(CliContext& ctx, Vault& vault, const RightsRequest& r, const QString& action)
{
    RequestService service(vault);
    QString lang;
    if (!checkLanguage(ctx, &lang)) {
        return ctx.usage(Cli::tr("--lang takes zh_CN or en."));
    }
    const QString out = ctx.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return ctx.usage(Cli::tr("Name the PDF file with --out."));
    }
    if (action == QLatin1String("certificate") && r.deletionGround.isEmpty()) {
        return ctx.fail(ErrorCode::NotAllowed, Cli::tr("Nothing was deleted for %1 yet.").arg(r.number));
    }
    if (action == QLatin1String("letter") && isOpen(r.state)) {
        return ctx.fail(
            ErrorCode::NotAllowed, Cli::tr("%1 is still open; the letter follows its outcome.").arg(r.number));
    }
    const BackupExposure exposure = AutoBackup::exposureFor(vault, r.fulfilledAt);
    const ReportDocument doc = action == QLatin1String("letter")
        ? buildResponseLetter(service, r, lang, vault.actor().displayName)
        : buildDeletionCertificate(r, lang, vault.actor().displayName, &exposure);
    if (Status s = writePdf(doc, out); !s) {
        return ctx.fail(s.error());
    }
    ctx.printJson(QJsonObject { { QStringLiteral("number"), r.number }, { QStringLiteral("document"), action },
        { QStringLiteral("language"), lang }, { QStringLiteral("out"), QFileInfo(out).absoluteFilePath() } });
    return ExitOk;
}

int requestsRegister(CliContext& ctx, Vault& vault)
{
    RequestService service(vault);
    const QDate from = QDate::fromString(ctx.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(ctx.value(QStringLiteral("to")), Qt::ISODate);
    const QString out = ctx.value(QStringLiteral("out"));
    if (!from.isValid() || !to.isValid() || to < from || out.isEmpty()) {
        return ctx.usage(Cli::tr("register needs --from and --to (YYYY-MM-DD) and --out FILE (.pdf, .csv or .xlsx)."));
    }
    QString lang;
    if (!checkLanguage(ctx, &lang)) {
        return ctx.usage(Cli::tr("--lang takes zh_CN or en."));
    }
    auto summary = buildRegisterSummary(service, from, to);
    if (!summary) {
        return ctx.fail(summary.error());
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    Status s;
    if (suffix == QLatin1String("csv")) {
        s = TableExport::writeCsv(out, registerTableHeaders(), registerTableRows(summary.value()));
    } else if (suffix == QLatin1String("xlsx")) {
        s = TableExport::writeXlsx(
            out, Cli::tr("Requests"), registerTableHeaders(), registerTableRows(summary.value()));
    } else {
        s = writePdf(buildRegisterReport(summary.value(), from, to, lang, vault.actor().displayName), out);
    }
    if (!s) {
        return ctx.fail(s.error());
    }
    ctx.printJson(QJsonObject { { QStringLiteral("out"), QFileInfo(out).absoluteFilePath() },
        { QStringLiteral("requests"), summary->requests.size() }, { QStringLiteral("closed"), summary->closed },
        { QStringLiteral("closed_on_time"), summary->closedOnTime } });
    return ExitOk;
}

int cmdRequests(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.addFormatOption();
    auto& p = ctx.parser();
    p.addOption({ QStringLiteral("type"), Cli::tr("Request type."), QStringLiteral("type") });
    p.addOption(
        { QStringLiteral("received"), Cli::tr("Date received (YYYY-MM-DD, default today)."), QStringLiteral("date") });
    p.addOption({ QStringLiteral("name"), Cli::tr("Requester's name (add) or corrected name (correct)."),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("email"), Cli::tr("Requester's email (add) or corrected email (correct)."),
        QStringLiteral("email") });
    p.addOption({ QStringLiteral("phone"), Cli::tr("Requester's phone (add) or corrected phone (correct)."),
        QStringLiteral("phone") });
    p.addOption({ QStringLiteral("channel"), Cli::tr("email, phone, letter, website or in_person."),
        QStringLiteral("channel") });
    p.addOption({ QStringLiteral("on-behalf"), Cli::tr("self, guardian or agent."), QStringLiteral("who") });
    p.addOption({ QStringLiteral("description"), Cli::tr("What the person asks for."), QStringLiteral("text") });
    p.addOption({ QStringLiteral("possible-minor"), Cli::tr("The requester may be a minor.") });
    p.addOption({ QStringLiteral("link"),
        Cli::tr("Confirm a record as the person's: submission:ID, request:ID or all."), QStringLiteral("link") });
    p.addOption({ QStringLiteral("overdue"), Cli::tr("Only overdue requests.") });
    p.addOption({ QStringLiteral("due-soon"), Cli::tr("Only requests due within 3 working days or overdue.") });
    p.addOption({ QStringLiteral("open"), Cli::tr("Only open requests.") });
    p.addOption({ QStringLiteral("state"), Cli::tr("Only requests in this state."), QStringLiteral("state") });
    p.addOption({ QStringLiteral("reason"), Cli::tr("Rejection reason key."), QStringLiteral("key") });
    p.addOption(
        { QStringLiteral("reason-text"), Cli::tr("Rejection explanation for the letter."), QStringLiteral("text") });
    p.addOption({ QStringLiteral("method"), Cli::tr("Identity verification method."), QStringLiteral("method") });
    p.addOption(
        { QStringLiteral("verified-by"), Cli::tr("Account that verified the identity."), QStringLiteral("user") });
    p.addOption(
        { QStringLiteral("on"), Cli::tr("Date of the step (YYYY-MM-DD, default today)."), QStringLiteral("date") });
    p.addOption({ QStringLiteral("ground"), Cli::tr("Legal ground of a deletion."), QStringLiteral("ground") });
    p.addOption({ QStringLiteral("out"), Cli::tr("Output folder (fulfil) or file."), QStringLiteral("path") });
    p.addOption({ QStringLiteral("lang"), Cli::tr("Letter language: zh_CN or en."), QStringLiteral("lang"),
        Languages::chinese() });
    p.addOption({ QStringLiteral("submission"), Cli::tr("Linked contact submission to correct (correct)."),
        QStringLiteral("id") });
    p.addOption({ QStringLiteral("region"), Cli::tr("Corrected region (correct)."), QStringLiteral("region") });
    p.addOption({ QStringLiteral("message"), Cli::tr("Corrected message (correct)."), QStringLiteral("text") });
    p.addOption({ QStringLiteral("confirm"), Cli::tr("Confirm a proposed record as the person's (matches)."),
        QStringLiteral("type:id") });
    p.addOption({ QStringLiteral("dismiss"), Cli::tr("Dismiss a proposed record as another person's (matches)."),
        QStringLiteral("type:id") });
    p.addOption({ QStringLiteral("from"), Cli::tr("First day (register)."), QStringLiteral("date") });
    p.addOption({ QStringLiteral("to"), Cli::tr("Last day (register)."), QStringLiteral("date") });
    p.addPositionalArgument(QStringLiteral("action"),
        Cli::tr("add | list | show | transition | correct | matches | fulfil | letter | certificate | signoff | "
                "register"));
    p.addPositionalArgument(QStringLiteral("id"), Cli::tr("Request id or number (RR-2026-0001)."));
    p.addPositionalArgument(QStringLiteral("state"), Cli::tr("Target state (transition)."));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QStringList pos = ctx.positional();
    const QString action = pos.value(0);
    static const QStringList actions { QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("show"),
        QStringLiteral("transition"), QStringLiteral("correct"), QStringLiteral("matches"), QStringLiteral("fulfil"),
        QStringLiteral("letter"), QStringLiteral("certificate"), QStringLiteral("signoff"),
        QStringLiteral("register") };
    if (!actions.contains(action)) {
        return ctx.usage(Cli::tr("requests needs an action: %1.").arg(actions.join(QStringLiteral(", "))));
    }
    const bool needsId
        = action != QLatin1String("add") && action != QLatin1String("list") && action != QLatin1String("register");
    if (needsId && pos.value(1).isEmpty()) {
        return ctx.usage(Cli::tr("Name the request by id or number."));
    }
    if (action == QLatin1String("transition") && pos.value(2).isEmpty()) {
        return ctx.usage(Cli::tr("Name the state to move the request to."));
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    Vault& v = *vault.value();
    if (action == QLatin1String("add")) {
        return requestsAdd(ctx, v);
    }
    if (action == QLatin1String("list")) {
        return requestsList(ctx, v);
    }
    if (action == QLatin1String("register")) {
        return requestsRegister(ctx, v);
    }
    RequestService service(v);
    auto r = findRequest(service, pos.value(1));
    if (!r) {
        return ctx.fail(r.error());
    }
    if (action == QLatin1String("show")) {
        return requestsShow(ctx, v, r.value());
    }
    if (action == QLatin1String("transition")) {
        return requestsTransition(ctx, v, r.value(), pos.value(2));
    }
    if (action == QLatin1String("fulfil")) {
        return requestsFulfil(ctx, v, r.value());
    }
    if (action == QLatin1String("correct")) {
        return requestsCorrect(ctx, v, r.value());
    }
    if (action == QLatin1String("matches")) {
        return requestsMatches(ctx, v, r.value());
    }
    if (action == QLatin1String("signoff")) {
        if (Status s = service.signOffCertificate(r->id); !s) {
            return ctx.fail(s.error());
        }
        ctx.printJson(requestJson(service.get(r->id).value(), service.calendar()));
        return ExitOk;
    }
    return requestsDocument(ctx, v, r.value(), action);
}

int cmdCalendar(CliContext& ctx)
{
    ctx.addVaultOptions();
    auto& p = ctx.parser();
    p.addOption({ QStringLiteral("from"), Cli::tr("Date of receipt (YYYY-MM-DD)."), QStringLiteral("date") });
    p.addOption({ QStringLiteral("working-days"), Cli::tr("Working days to add."), QStringLiteral("n") });
    p.addOption({ QStringLiteral("year"), Cli::tr("Year to export."), QStringLiteral("year") });
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("due | import FILE | export --year YEAR"));
    p.addPositionalArgument(QStringLiteral("file"), Cli::tr("Holiday file (import)."));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString action = ctx.positional().value(0);
    // Without --vault the bundled calendar answers, so the command also works without a vault.
    std::unique_ptr<Vault> vault;
    if (!ctx.value(QStringLiteral("vault")).isEmpty() || action == QLatin1String("import")) {
        auto opened = ctx.openVault();
        if (!opened) {
            return ctx.fail(opened.error());
        }
        vault = std::move(opened.value());
    }
    const WorkingDayCalendar cal = vault ? WorkingDayCalendar::load(vault->db()) : WorkingDayCalendar::bundled();
    if (action == QLatin1String("due")) {
        const QDate from = QDate::fromString(ctx.value(QStringLiteral("from")), Qt::ISODate);
        bool ok = false;
        const int n = ctx.value(QStringLiteral("working-days")).toInt(&ok);
        if (!from.isValid() || !ok || n < 0 || n > 1000) {
            return ctx.usage(Cli::tr("calendar due needs --from YYYY-MM-DD and --working-days N (0–1000)."));
        }
        const QDate due = cal.addWorkingDays(from, n);
        ctx.printJson(QJsonObject { { QStringLiteral("from"), from.toString(Qt::ISODate) },
            { QStringLiteral("working_days"), n }, { QStringLiteral("due"), due.toString(Qt::ISODate) },
            { QStringLiteral("calendar_covers"), cal.covers(from.year()) && cal.covers(due.year()) } });
        return ExitOk;
    }
    if (action == QLatin1String("import")) {
        const QString file = ctx.positional().value(1);
        if (file.isEmpty()) {
            return ctx.usage(Cli::tr("Name the holiday file to import."));
        }
        auto years = WorkingDayCalendar::importFile(*vault, file);
        if (!years) {
            return ctx.fail(years.error());
        }
        QJsonArray arr;
        for (int y : years.value()) {
            arr.append(y);
        }
        ctx.printJson(QJsonObject { { QStringLiteral("imported_years"), arr } });
        return ExitOk;
    }
    if (action == QLatin1String("export")) {
        const int year = ctx.value(QStringLiteral("year")).toInt();
        if (!cal.covers(year)) {
            return ctx.fail(ErrorCode::NotFound, Cli::tr("No holiday calendar for %1.").arg(year));
        }
        ctx.printText(QString::fromUtf8(cal.toJson(year)));
        return ExitOk;
    }
    return ctx.usage(Cli::tr("calendar needs an action: due, import or export."));
}

} // namespace

QList<Command> requestsCommands()
{
    return { { QStringLiteral("requests"),
                 Cli::tr("Rights requests: add, list, show, transition, correct, matches, fulfil, letters."),
                 cmdRequests, true },
        { QStringLiteral("calendar"), Cli::tr("Working-day calendar: due dates, import and export of holidays."),
            cmdCalendar, false } };
}

} // namespace cd::cli

// Register of processing activities, impact assessments (个人信息保护影响评估), processors (受托人)
// and the cross-border check (数据出境).
#include "CliContext.h"
#include "CliHelpers.h"
#include "Commands.h"

#include "activities/ActivityService.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

using namespace cd::activities;

namespace {

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray a;
    for (qint64 id : ids) {
        a.append(id);
    }
    return a;
}

QJsonObject activityJson(const Activity& a, const PiaStatus& st)
{
    return QJsonObject {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("name"), a.name },
        { QStringLiteral("purpose"), a.purpose },
        { QStringLiteral("categories"), QJsonArray::fromStringList(a.categoryKeys) },
        { QStringLiteral("subjects"), a.subjects },
        { QStringLiteral("includes_minors"), a.includesMinors },
        { QStringLiteral("source"), a.source },
        { QStringLiteral("legal_basis"), legalBasisKey(a.basis) },
        { QStringLiteral("retention"), a.retention },
        { QStringLiteral("systems"), a.systems },
        { QStringLiteral("recipients"), a.recipients },
        { QStringLiteral("processors"), idArray(a.processorIds) },
        { QStringLiteral("cross_border"), a.crossBorder },
        { QStringLiteral("destination"), a.destination },
        { QStringLiteral("automated_decision"), a.automatedDecision },
        { QStringLiteral("provides_or_publishes"), a.providesOrPublishes },
        { QStringLiteral("policy_section"), a.policySection },
        { QStringLiteral("people_ytd"), a.peopleYtd },
        { QStringLiteral("sensitive_people_ytd"), a.sensitivePeopleYtd },
        { QStringLiteral("pia"), piaStateKey(st.state) },
        { QStringLiteral("pia_latest"), dateOrNull(st.latest) },
        { QStringLiteral("pia_review_due"), dateOrNull(st.reviewDue) },
    };
}

QJsonObject processorJson(const Processor& p)
{
    return QJsonObject { { QStringLiteral("id"), p.id }, { QStringLiteral("name"), p.name },
        { QStringLiteral("contract_signed"), dateOrNull(p.contractSigned) },
        { QStringLiteral("contract_expires"), dateOrNull(p.contractExpires) },
        { QStringLiteral("data_entrusted"), p.dataEntrusted },
        { QStringLiteral("security_measures"), p.securityMeasures },
        { QStringLiteral("last_audit"), dateOrNull(p.lastAudit) },
        { QStringLiteral("next_review"), dateOrNull(p.nextReview) },
        { QStringLiteral("reminder_days"), p.reminderDays }, { QStringLiteral("activities"), idArray(p.activityIds) } };
}

bool parseIds(const QString& text, QList<qint64>* out)
{
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            return false;
        }
        out->append(id);
    }
    return true;
}

int cmdActivities(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.addFormatOption();
    option(ctx, "name", Cli::tr("add: name of the processing activity."));
    option(ctx, "purpose", Cli::tr("add: purpose."));
    option(ctx, "categories", Cli::tr("add: data categories, comma-separated keys."), "keys");
    option(ctx, "subjects", Cli::tr("add: categories of people."));
    option(ctx, "source", Cli::tr("add: where the information comes from."));
    option(ctx, "basis", Cli::tr("add: consent, contract, hr, legal_duty, emergency, news, public_info or other_law."),
        "basis");
    option(ctx, "retention", Cli::tr("add: retention period."));
    option(ctx, "systems", Cli::tr("add: systems."));
    option(ctx, "recipients", Cli::tr("add: recipients."));
    option(ctx, "processors", Cli::tr("add: processor numbers, comma-separated."), "ids");
    option(ctx, "destination", Cli::tr("add: country or region data goes to (with --cross-border)."));
    option(ctx, "policy-section", Cli::tr("add: the policy section that describes it."));
    option(ctx, "people-ytd", Cli::tr("add: people since 1 January."), "n");
    option(ctx, "sensitive-people-ytd", Cli::tr("add: people with sensitive information since 1 January."), "n");
    ctx.parser().addOption({ QStringLiteral("cross-border"), Cli::tr("add: transfers data abroad.") });
    ctx.parser().addOption({ QStringLiteral("minors"), Cli::tr("add: includes people under 14.") });
    ctx.parser().addOption({ QStringLiteral("automated"), Cli::tr("add: automated decision-making.") });
    ctx.parser().addOption({ QStringLiteral("provides"), Cli::tr("add: provides to others or publishes.") });
    ctx.parser().addPositionalArgument(QStringLiteral("action"), Cli::tr("list | show ID | add"));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QStringList pos = ctx.positional();
    const QString action = pos.value(0, QStringLiteral("list"));
    if (action != QLatin1String("list") && action != QLatin1String("show") && action != QLatin1String("add")) {
        return ctx.usage(Cli::tr("activities needs an action: list, show or add."));
    }
    Activity a;
    if (action == QLatin1String("add")) {
        a.name = ctx.value(QStringLiteral("name"));
        a.purpose = ctx.value(QStringLiteral("purpose"));
        for (const QString& k : ctx.value(QStringLiteral("categories")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            a.categoryKeys << k.trimmed();
        }
        a.subjects = ctx.value(QStringLiteral("subjects"));
        a.source = ctx.value(QStringLiteral("source"));
        if (ctx.isSet(QStringLiteral("basis")) && !legalBasisFromKey(ctx.value(QStringLiteral("basis")), &a.basis)) {
            return ctx.usage(
                Cli::tr("--basis takes consent, contract, hr, legal_duty, emergency, news, public_info or other_law."));
        }
        a.retention = ctx.value(QStringLiteral("retention"));
        a.systems = ctx.value(QStringLiteral("systems"));
        a.recipients = ctx.value(QStringLiteral("recipients"));
        if (!parseIds(ctx.value(QStringLiteral("processors")), &a.processorIds)) {
            return ctx.usage(Cli::tr("--processors takes processor numbers, e.g. 1,3."));
        }
        a.crossBorder = ctx.isSet(QStringLiteral("cross-border"));
        a.destination = ctx.value(QStringLiteral("destination"));
        a.includesMinors = ctx.isSet(QStringLiteral("minors"));
        a.automatedDecision = ctx.isSet(QStringLiteral("automated"));
        a.providesOrPublishes = ctx.isSet(QStringLiteral("provides"));
        a.policySection = ctx.value(QStringLiteral("policy-section"));
        bool ok1 = true;
        bool ok2 = true;
        a.peopleYtd
            = ctx.isSet(QStringLiteral("people-ytd")) ? ctx.value(QStringLiteral("people-ytd")).toLongLong(&ok1) : 0;
        a.sensitivePeopleYtd = ctx.isSet(QStringLiteral("sensitive-people-ytd"))
            ? ctx.value(QStringLiteral("sensitive-people-ytd")).toLongLong(&ok2)
            : 0;
        if (!ok1 || !ok2 || a.peopleYtd < 0 || a.sensitivePeopleYtd < 0) {
            return ctx.usage(Cli::tr("People counts are whole numbers, 0 or more."));
        }
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    ActivityService service(*vault.value());
    if (action == QLatin1String("add")) {
        auto added = service.add(a);
        if (!added) {
            return ctx.fail(added.error());
        }
        ctx.printJson(activityJson(added.value(), service.piaStatus(added->id).value()));
        return ExitOk;
    }
    if (action == QLatin1String("show")) {
        bool ok = false;
        const qint64 id = pos.value(1).toLongLong(&ok);
        if (!ok || id <= 0) {
            return ctx.usage(Cli::tr("activities show needs the activity number."));
        }
        auto found = service.get(id);
        if (!found) {
            return ctx.fail(found.error());
        }
        ctx.printJson(activityJson(found.value(), service.piaStatus(id).value()));
        return ExitOk;
    }
    auto list = service.list();
    if (!list) {
        return ctx.fail(list.error());
    }
    if (ctx.format() == QLatin1String("csv")) {
        QList<QStringList> rows;
        for (const Activity& x : list.value()) {
            rows << QStringList { QString::number(x.id), x.name, x.purpose, x.categoryKeys.join(QLatin1Char(',')),
                legalBasisKey(x.basis), x.crossBorder ? QStringLiteral("yes") : QStringLiteral("no"),
                piaStateKey(service.piaStatus(x.id).value().state), x.policySection };
        }
        ctx.printCsv({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("purpose"),
                         QStringLiteral("categories"), QStringLiteral("legal_basis"), QStringLiteral("cross_border"),
                         QStringLiteral("pia"), QStringLiteral("policy_section") },
            rows);
        return ExitOk;
    }
    QJsonArray arr;
    for (const Activity& x : list.value()) {
        arr.append(activityJson(x, service.piaStatus(x.id).value()));
    }
    ctx.printJson(arr);
    return ExitOk;
}

int cmdPia(CliContext& ctx)
{
    ctx.addVaultOptions();
    option(ctx, "activity", Cli::tr("The processing activity."), "id");
    option(ctx, "date", Cli::tr("add: date of the assessment (YYYY-MM-DD; default today)."), "date");
    option(ctx, "lawful", Cli::tr("add: are purpose and method lawful, proper and necessary (art. 56(1))."));
    option(ctx, "impact", Cli::tr("add: impact on the people and the risks (art. 56(2))."));
    option(ctx, "measures", Cli::tr("add: are the measures lawful, effective and proportionate (art. 56(3))."));
    option(ctx, "conclusion", Cli::tr("add: conclusion."));
    option(ctx, "approver", Cli::tr("add: who approved it."));
    ctx.parser().addPositionalArgument(QStringLiteral("action"), Cli::tr("list | add | remove ID"));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QStringList pos = ctx.positional();
    const QString action = pos.value(0, QStringLiteral("list"));
    if (action != QLatin1String("list") && action != QLatin1String("add") && action != QLatin1String("remove")) {
        return ctx.usage(Cli::tr("pia needs an action: list, add or remove."));
    }
    Pia p;
    bool ok = true;
    p.activityId = ctx.isSet(QStringLiteral("activity")) ? ctx.value(QStringLiteral("activity")).toLongLong(&ok) : 0;
    if (!ok || (action == QLatin1String("add") && p.activityId <= 0)) {
        return ctx.usage(Cli::tr("--activity takes the activity number."));
    }
    p.assessedOn = Clock::today();
    if (!parseDay(ctx, QStringLiteral("date"), &p.assessedOn)) {
        return ctx.usage(Cli::tr("Dates are written YYYY-MM-DD."));
    }
    p.lawfulPurpose = ctx.value(QStringLiteral("lawful"));
    p.impactRisks = ctx.value(QStringLiteral("impact"));
    p.measures = ctx.value(QStringLiteral("measures"));
    p.conclusion = ctx.value(QStringLiteral("conclusion"));
    p.approver = ctx.value(QStringLiteral("approver"));
    qint64 removeId = 0;
    if (action == QLatin1String("remove")) {
        removeId = pos.value(1).toLongLong(&ok);
        if (!ok || removeId <= 0) {
            return ctx.usage(Cli::tr("pia remove needs the assessment number."));
        }
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    ActivityService service(*vault.value());
    if (action == QLatin1String("add")) {
        auto added = service.addPia(p);
        if (!added) {
            return ctx.fail(added.error());
        }
        ctx.printJson(QJsonObject { { QStringLiteral("id"), added->id }, { QStringLiteral("activity"), p.activityId },
            { QStringLiteral("assessed_on"), p.assessedOn.toString(Qt::ISODate) },
            { QStringLiteral("keep_until"),
                p.assessedOn.addYears(ActivityService::piaRetentionYears).toString(Qt::ISODate) } });
        return ExitOk;
    }
    if (action == QLatin1String("remove")) {
        if (Status s = service.removePia(removeId); !s) {
            return ctx.fail(s.error());
        }
        ctx.printJson(QJsonObject { { QStringLiteral("removed"), removeId } });
        return ExitOk;
    }
    auto list = service.pias(p.activityId);
    if (!list) {
        return ctx.fail(list.error());
    }
    QJsonArray arr;
    for (const Pia& x : list.value()) {
        arr.append(QJsonObject { { QStringLiteral("id"), x.id }, { QStringLiteral("activity"), x.activityId },
            { QStringLiteral("assessed_on"), x.assessedOn.toString(Qt::ISODate) },
            { QStringLiteral("conclusion"), x.conclusion }, { QStringLiteral("approver"), x.approver },
            { QStringLiteral("keep_until"),
                x.assessedOn.addYears(ActivityService::piaRetentionYears).toString(Qt::ISODate) } });
    }
    ctx.printJson(arr);
    return ExitOk;
}

// Applies the options given to a processor record (add: a new one; update: the stored one).
bool processorFromOptions(CliContext& ctx, Processor* p)
{
    const auto text = [&](const char* name, QString* field) {
        if (ctx.isSet(QString::fromLatin1(name))) {
            *field = ctx.value(QString::fromLatin1(name));
        }
    };
    text("name", &p->name);
    text("contact", &p->contact);
    text("data", &p->dataEntrusted);
    text("security", &p->securityMeasures);
    text("notes", &p->notes);
    // Optional dates: "none" clears them.
    const auto optionalDay = [&](const QString& name, QDate* field) {
        if (ctx.value(name) == QLatin1String("none")) {
            *field = QDate();
            return true;
        }
        return parseDay(ctx, name, field);
    };
    if (!parseDay(ctx, QStringLiteral("signed"), &p->contractSigned)
        || !optionalDay(QStringLiteral("expires"), &p->contractExpires)
        || !optionalDay(QStringLiteral("last-audit"), &p->lastAudit)
        || !optionalDay(QStringLiteral("next-review"), &p->nextReview)) {
        return false;
    }
    bool ok = true;
    if (ctx.isSet(QStringLiteral("remind-days"))) {
        p->reminderDays = ctx.value(QStringLiteral("remind-days")).toInt(&ok);
    }
    return ok;
}

int cmdProcessors(CliContext& ctx)
{
    ctx.addVaultOptions();
    option(ctx, "id", Cli::tr("update: the processor number."), "id");
    option(ctx, "name", Cli::tr("add/update: processor name."));
    option(ctx, "contact", Cli::tr("add/update: contact."));
    option(ctx, "signed", Cli::tr("add/update: contract signed (YYYY-MM-DD)."), "date");
    option(ctx, "expires", Cli::tr("add/update: contract expires (YYYY-MM-DD, or none)."), "date");
    option(ctx, "data", Cli::tr("add/update: data entrusted."));
    option(ctx, "security", Cli::tr("add/update: security measures."));
    option(ctx, "last-audit", Cli::tr("add/update: last audit (YYYY-MM-DD, or none)."), "date");
    option(ctx, "next-review", Cli::tr("add/update: next review of the processor (YYYY-MM-DD, or none)."), "date");
    option(ctx, "remind-days", Cli::tr("add/update: days before expiry to remind."), "n");
    option(ctx, "notes", Cli::tr("add/update: notes."));
    option(ctx, "disclosure", Cli::tr("link: the disclosure number."), "id");
    option(ctx, "processor", Cli::tr("link: the processor number (0 unlinks)."), "id");
    ctx.parser().addPositionalArgument(QStringLiteral("action"), Cli::tr("list | add | update | link"));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString action = ctx.positional().value(0, QStringLiteral("list"));
    if (action != QLatin1String("list") && action != QLatin1String("add") && action != QLatin1String("update")
        && action != QLatin1String("link")) {
        return ctx.usage(Cli::tr("processors needs an action: list, add, update or link."));
    }
    Processor p;
    if (!processorFromOptions(ctx, &p)) {
        return ctx.usage(Cli::tr("Dates are written YYYY-MM-DD; --remind-days takes a whole number."));
    }
    const qint64 id = ctx.value(QStringLiteral("id")).toLongLong();
    if (action == QLatin1String("update") && id <= 0) {
        return ctx.usage(Cli::tr("processors update needs --id N."));
    }
    const qint64 disclosure = ctx.value(QStringLiteral("disclosure")).toLongLong();
    const qint64 processor = ctx.value(QStringLiteral("processor")).toLongLong();
    if (action == QLatin1String("link") && disclosure <= 0) {
        return ctx.usage(Cli::tr("processors link needs --disclosure ID and --processor ID."));
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    ActivityService service(*vault.value());
    if (action == QLatin1String("update")) {
        auto stored = service.processor(id);
        if (!stored) {
            return ctx.fail(stored.error());
        }
        Processor changed = stored.value();
        processorFromOptions(ctx, &changed);
        auto saved = service.updateProcessor(changed);
        if (!saved) {
            return ctx.fail(saved.error());
        }
        ctx.printJson(processorJson(saved.value()));
        return ExitOk;
    }
    if (action == QLatin1String("add")) {
        auto added = service.addProcessor(p);
        if (!added) {
            return ctx.fail(added.error());
        }
        ctx.printJson(processorJson(added.value()));
        return ExitOk;
    }
    if (action == QLatin1String("link")) {
        if (Status s = service.linkDisclosure(disclosure, processor); !s) {
            return ctx.fail(s.error());
        }
        ctx.printJson(
            QJsonObject { { QStringLiteral("disclosure"), disclosure }, { QStringLiteral("processor"), processor } });
        return ExitOk;
    }
    auto list = service.processors();
    if (!list) {
        return ctx.fail(list.error());
    }
    QJsonArray arr;
    for (const Processor& x : list.value()) {
        arr.append(processorJson(x));
    }
    ctx.printJson(arr);
    return ExitOk;
}

int cmdCrossBorder(CliContext& ctx)
{
    ctx.addVaultOptions();
    if (!ctx.parse()) {
        return ExitUsage;
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    auto check = ActivityService(*vault.value()).crossBorder();
    if (!check) {
        return ctx.fail(check.error());
    }
    ctx.printJson(QJsonObject { { QStringLiteral("mechanism"), mechanismKey(check->mechanism) },
        { QStringLiteral("rule"), check->rule }, { QStringLiteral("people"), check->people },
        { QStringLiteral("sensitive_people"), check->sensitivePeople },
        { QStringLiteral("activities"), check->activities },
        { QStringLiteral("threshold_crossed"), check->thresholdCrossed() } });
    return ExitOk;
}

} // namespace

QList<Command> activitiesCommands()
{
    return { { QStringLiteral("activities"), Cli::tr("Register of processing activities: list, show, add."),
                 cmdActivities },
        { QStringLiteral("pia"), Cli::tr("Impact assessments (PIPL art. 55/56): list, add, remove."), cmdPia },
        { QStringLiteral("processors"), Cli::tr("Entrusted processors (PIPL art. 21): list, add, update, link."),
            cmdProcessors },
        { QStringLiteral("crossborder"), Cli::tr("Cross-border check: which mechanism applies this year."),
            cmdCrossBorder } };
}

} // namespace cd::cli

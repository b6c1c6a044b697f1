// Iso commands: the ISO/IEC 27001:2022 checklist (list, set, evidence, soa, gap, overview,
// import-catalogue).
#include "CliContext.h"
#include "Commands.h"

#include "app/LanguageManager.h"
#include "iso/IsoReports.h"
#include "iso/IsoService.h"
#include "report/ReportRenderer.h"
#include "util/Clock.h"
#include "util/Languages.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTranslator>

namespace cd::cli {

namespace {

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject controlJson(const iso::Control& c, const QString& language, const QDate& today)
{
    QJsonArray reasons;
    for (iso::InclusionReason r : c.reasons) {
        reasons.append(iso::reasonKey(r));
    }
    return QJsonObject { { QStringLiteral("id"), c.controlId }, { QStringLiteral("theme"), iso::themeKey(c.theme) },
        { QStringLiteral("title"), c.title(language) }, { QStringLiteral("title_en"), c.titleEn },
        { QStringLiteral("title_zh"), c.titleZh }, { QStringLiteral("applicable"), c.applicable },
        { QStringLiteral("justification"), c.justification }, { QStringLiteral("reasons"), reasons },
        { QStringLiteral("status"), iso::statusKey(c.status) }, { QStringLiteral("owner"), c.owner },
        { QStringLiteral("target_date"), dateJson(c.targetDate) }, { QStringLiteral("review_months"), c.reviewMonths },
        { QStringLiteral("last_reviewed"), dateJson(c.lastReviewed) },
        { QStringLiteral("next_review_due"), dateJson(c.nextReviewDue()) },
        { QStringLiteral("review_overdue"), c.reviewOverdue(today) }, { QStringLiteral("evidence"), c.evidenceCount },
        { QStringLiteral("retired"), c.retired } };
}

QJsonObject evidenceJson(const iso::EvidenceItem& e)
{
    return QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("kind"), iso::evidenceKindKey(e.kind) },
        { QStringLiteral("title"), e.title }, { QStringLiteral("content"), e.content },
        { QStringLiteral("size"), e.size }, { QStringLiteral("sha256"), e.sha256 },
        { QStringLiteral("added_by"), e.addedByName },
        { QStringLiteral("added_at"), e.addedAt.toString(Qt::ISODateWithMs) } };
}

bool parseDate(const QString& text, QDate* out)
{
    if (text.isEmpty() || text == QLatin1String("none")) {
        *out = QDate();
        return true;
    }
    *out = QDate::fromString(text, Qt::ISODate);
    return out->isValid();
}

int isoList(CliContext& ctx, iso::IsoService& service)
{
    iso::ControlFilter filter;
    filter.search = ctx.value(QStringLiteral("search"));
    if (ctx.isSet(QStringLiteral("status"))) {
        iso::ImplementationStatus s;
        if (!iso::statusFromKey(ctx.value(QStringLiteral("status")), &s)) {
            return ctx.usage(Cli::tr("--status takes not_started, planned, partial, implemented or not_applicable."));
        }
        filter.status = s;
    }
    if (ctx.isSet(QStringLiteral("owner"))) {
        filter.owner = ctx.value(QStringLiteral("owner"));
    }
    filter.reviewOverdue = ctx.isSet(QStringLiteral("overdue"));
    filter.noEvidence = ctx.isSet(QStringLiteral("no-evidence"));
    auto list = service.controls(filter);
    if (!list) {
        return ctx.fail(list.error());
    }
    const QString lang = ctx.value(QStringLiteral("lang"));
    const QDate today = Clock::today();
    if (ctx.format() == QLatin1String("csv")) {
        QList<QStringList> rows;
        for (const iso::Control& c : list.value()) {
            QStringList reasons;
            for (iso::InclusionReason r : c.reasons) {
                reasons << iso::reasonKey(r);
            }
            rows.append({ c.controlId, iso::themeKey(c.theme), c.title(lang),
                c.applicable ? QStringLiteral("yes") : QStringLiteral("no"), c.justification,
                reasons.join(QLatin1Char(',')), iso::statusKey(c.status), c.owner, c.targetDate.toString(Qt::ISODate),
                QString::number(c.reviewMonths), c.lastReviewed.toString(Qt::ISODate),
                c.nextReviewDue().toString(Qt::ISODate), QString::number(c.evidenceCount) });
        }
        ctx.printCsv(
            { QStringLiteral("id"), QStringLiteral("theme"), QStringLiteral("title"), QStringLiteral("applicable"),
                QStringLiteral("justification"), QStringLiteral("reasons"), QStringLiteral("status"),
                QStringLiteral("owner"), QStringLiteral("target_date"), QStringLiteral("review_months"),
                QStringLiteral("last_reviewed"), QStringLiteral("next_review_due"), QStringLiteral("evidence") },
            rows);
        return ExitOk;
    }
    QJsonArray arr;
    for (const iso::Control& c : list.value()) {
        arr.append(controlJson(c, lang, today));
    }
    ctx.printJson(arr);
    return ExitOk;
}

int isoSet(CliContext& ctx, iso::IsoService& service, const QString& id)
{
    iso::ControlChange change;
    if (ctx.isSet(QStringLiteral("status"))) {
        iso::ImplementationStatus s;
        if (!iso::statusFromKey(ctx.value(QStringLiteral("status")), &s)) {
            return ctx.usage(Cli::tr("--status takes not_started, planned, partial, implemented or not_applicable."));
        }
        change.status = s;
    }
    if (ctx.isSet(QStringLiteral("applicable"))) {
        const QString a = ctx.value(QStringLiteral("applicable")).toLower();
        if (a != QLatin1String("yes") && a != QLatin1String("no")) {
            return ctx.usage(Cli::tr("--applicable takes yes or no."));
        }
        change.applicable = a == QLatin1String("yes");
    }
    if (ctx.isSet(QStringLiteral("justification"))) {
        change.justification = ctx.value(QStringLiteral("justification"));
    }
    if (ctx.isSet(QStringLiteral("reasons"))) {
        QList<iso::InclusionReason> reasons;
        for (const QString& k : ctx.value(QStringLiteral("reasons")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            iso::InclusionReason r;
            if (!iso::reasonFromKey(k.trimmed(), &r)) {
                return ctx.usage(Cli::tr("--reasons takes a comma list of legal, contractual, risk, business."));
            }
            reasons << r;
        }
        change.reasons = reasons;
    }
    if (ctx.isSet(QStringLiteral("owner"))) {
        change.owner = ctx.value(QStringLiteral("owner"));
    }
    if (ctx.isSet(QStringLiteral("notes"))) {
        change.notes = ctx.value(QStringLiteral("notes"));
    }
    if (ctx.isSet(QStringLiteral("review-months"))) {
        bool ok = false;
        change.reviewMonths = ctx.value(QStringLiteral("review-months")).toInt(&ok);
        if (!ok) {
            return ctx.usage(Cli::tr("--review-months takes a number of months."));
        }
    }
    for (const auto& [option, target] :
        { std::pair<QString, std::optional<QDate>*> { QStringLiteral("target-date"), &change.targetDate },
            { QStringLiteral("last-reviewed"), &change.lastReviewed } }) {
        if (ctx.isSet(option)) {
            QDate d;
            if (!parseDate(ctx.value(option), &d)) {
                return ctx.usage(Cli::tr("--%1 takes a date as YYYY-MM-DD, or none.").arg(option));
            }
            *target = d;
        }
    }
    if (change.isEmpty()) {
        return ctx.usage(Cli::tr("iso set needs at least one of --status, --applicable, --justification, --reasons, "
                                 "--owner, --notes, --target-date, --review-months, --last-reviewed."));
    }
    if (Status s = service.update(id, change); !s) {
        return ctx.fail(s.error());
    }
    auto c = service.control(id);
    if (!c) {
        return ctx.fail(c.error());
    }
    ctx.printJson(controlJson(c.value(), ctx.value(QStringLiteral("lang")), Clock::today()));
    return ExitOk;
}

int isoEvidence(CliContext& ctx, iso::IsoService& service, const QStringList& pos)
{
    const QString action = pos.value(1);
    const QString id = pos.value(2);
    if (id.isEmpty()) {
        return ctx.usage(Cli::tr("Usage: iso evidence list ID | add ID FILE | add-link ID URL [--title T] | "
                                 "add-text ID TEXT --title T"));
    }
    if (action == QLatin1String("list")) {
        auto list = service.evidence(id);
        if (!list) {
            return ctx.fail(list.error());
        }
        QJsonArray arr;
        for (const iso::EvidenceItem& e : list.value()) {
            arr.append(evidenceJson(e));
        }
        ctx.printJson(arr);
        return ExitOk;
    }
    const QString value = pos.value(3);
    if (value.isEmpty()) {
        return ctx.usage(Cli::tr("Name the file, link or text to add."));
    }
    Result<iso::EvidenceItem> added = Error { ErrorCode::InvalidInput, QString() };
    if (action == QLatin1String("add")) {
        added = service.addFileEvidence(id, value);
    } else if (action == QLatin1String("add-link")) {
        added = service.addLinkEvidence(id, ctx.value(QStringLiteral("title")), value);
    } else if (action == QLatin1String("add-text")) {
        added = service.addTextEvidence(id, ctx.value(QStringLiteral("title")), value);
    } else {
        return ctx.usage(Cli::tr("Unknown evidence action %1.").arg(action));
    }
    if (!added) {
        return ctx.fail(added.error());
    }
    ctx.printJson(evidenceJson(added.value()));
    return ExitOk;
}

int isoReport(CliContext& ctx, Vault& vault, iso::IsoService& service, bool gap)
{
    const QString out = ctx.value(QStringLiteral("out"));
    const QString lang = ctx.value(QStringLiteral("lang"));
    if (out.isEmpty()) {
        return ctx.usage(gap ? Cli::tr("iso gap needs --out FILE.pdf.")
                             : Cli::tr("iso soa needs --out FILE.pdf, FILE.csv or FILE.xlsx."));
    }
    if (!Languages::isSupported(lang)) {
        return ctx.usage(Cli::tr("--lang takes zh_CN or en."));
    }
    // Reports come out in the chosen language, whatever the system locale.
    QTranslator appTr;
    QTranslator qtTr;
    ui::LanguageManager::installInto(QCoreApplication::instance(), lang, &appTr, &qtTr);
    const QString suffix = QFileInfo(out).suffix().toLower();
    int rows = 0;
    int pages = 0;
    if (!gap && (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx"))) {
        auto written = iso::IsoReports::exportSoa(vault, out, lang);
        if (!written) {
            return ctx.fail(written.error());
        }
        rows = written.value();
    } else {
        auto doc = gap ? iso::IsoReports::buildGapReport(vault, lang) : iso::IsoReports::buildSoa(vault, lang);
        if (!doc) {
            return ctx.fail(doc.error());
        }
        ui::ReportRenderer renderer(doc.value());
        if (Status s = renderer.writePdf(out); !s) {
            return ctx.fail(s.error());
        }
        pages = renderer.lastPageCount();
        rows = int(service.controls()->size());
        service.auditExport(gap ? QStringLiteral("gap-pdf") : QStringLiteral("pdf"), rows);
    }
    QJsonObject o { { QStringLiteral("report"), gap ? QStringLiteral("gap") : QStringLiteral("soa") },
        { QStringLiteral("out"), QFileInfo(out).absoluteFilePath() }, { QStringLiteral("language"), lang },
        { QStringLiteral("controls"), rows } };
    if (pages > 0) {
        o.insert(QStringLiteral("pages"), pages);
    }
    ctx.printJson(o);
    return ExitOk;
}

int cmdIso(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.addFormatOption();
    auto& p = ctx.parser();
    p.addOption({ QStringLiteral("lang"), Cli::tr("Language of titles and reports: zh_CN or en."),
        QStringLiteral("lang"), Languages::chinese() });
    p.addOption({ QStringLiteral("status"),
        Cli::tr("Implementation status: not_started, planned, partial, implemented, not_applicable."),
        QStringLiteral("status") });
    p.addOption({ QStringLiteral("applicable"), Cli::tr("Applicable: yes or no."), QStringLiteral("yes|no") });
    p.addOption({ QStringLiteral("justification"), Cli::tr("Justification (required when excluding)."),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("reasons"), Cli::tr("Reasons for inclusion: legal,contractual,risk,business."),
        QStringLiteral("list") });
    p.addOption(
        { QStringLiteral("owner"), Cli::tr("Owner (set), or filter by owner (list)."), QStringLiteral("name") });
    p.addOption({ QStringLiteral("notes"), Cli::tr("Implementation notes."), QStringLiteral("text") });
    p.addOption({ QStringLiteral("target-date"), Cli::tr("Target date YYYY-MM-DD, or none."), QStringLiteral("date") });
    p.addOption({ QStringLiteral("review-months"), Cli::tr("Review cycle in months (1–60)."), QStringLiteral("n") });
    p.addOption({ QStringLiteral("last-reviewed"), Cli::tr("Date of the last review YYYY-MM-DD, or none."),
        QStringLiteral("date") });
    p.addOption({ QStringLiteral("search"), Cli::tr("List: id or words of the English or Chinese title."),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("overdue"), Cli::tr("List: only controls whose review is overdue.") });
    p.addOption({ QStringLiteral("no-evidence"), Cli::tr("List: only controls without evidence.") });
    p.addOption({ QStringLiteral("title"), Cli::tr("Evidence title."), QStringLiteral("text") });
    p.addOption(
        { QStringLiteral("out"), Cli::tr("Report file (.pdf; the SoA also .csv or .xlsx)."), QStringLiteral("file") });
    p.addPositionalArgument(QStringLiteral("action"),
        Cli::tr("list | set ID | evidence list|add|add-link|add-text ID … | soa | gap | overview | "
                "import-catalogue FILE"));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QStringList pos = ctx.positional();
    const QString action = pos.value(0);
    static const QStringList actions = { QStringLiteral("list"), QStringLiteral("set"), QStringLiteral("evidence"),
        QStringLiteral("soa"), QStringLiteral("gap"), QStringLiteral("overview"), QStringLiteral("import-catalogue") };
    if (!actions.contains(action)) {
        return ctx.usage(action.isEmpty() ? Cli::tr("iso needs an action: %1.").arg(actions.join(QStringLiteral(", ")))
                                          : Cli::tr("Unknown iso action %1.").arg(action));
    }
    if (action == QLatin1String("set") && pos.value(1).isEmpty()) {
        return ctx.usage(Cli::tr("iso set needs a control id, e.g. iso set 5.1 --status implemented."));
    }
    if (action == QLatin1String("import-catalogue") && pos.value(1).isEmpty()) {
        return ctx.usage(Cli::tr("iso import-catalogue needs a catalogue file."));
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    iso::IsoService service(*vault.value());
    if (Status s = service.ensureCatalogue(); !s) {
        return ctx.fail(s.error());
    }
    if (action == QLatin1String("list")) {
        return isoList(ctx, service);
    }
    if (action == QLatin1String("set")) {
        return isoSet(ctx, service, pos.value(1));
    }
    if (action == QLatin1String("evidence")) {
        return isoEvidence(ctx, service, pos);
    }
    if (action == QLatin1String("soa") || action == QLatin1String("gap")) {
        return isoReport(ctx, *vault.value(), service, action == QLatin1String("gap"));
    }
    if (action == QLatin1String("import-catalogue")) {
        auto cat = iso::Catalogue::fromFile(pos.value(1));
        if (!cat) {
            return ctx.fail(cat.error());
        }
        auto report = service.importCatalogue(cat.value());
        if (!report) {
            return ctx.fail(report.error());
        }
        ctx.printJson(QJsonObject { { QStringLiteral("from_version"), report->fromVersion },
            { QStringLiteral("to_version"), report->toVersion },
            { QStringLiteral("added"), QJsonArray::fromStringList(report->added) },
            { QStringLiteral("removed"), QJsonArray::fromStringList(report->removed) },
            { QStringLiteral("retitled"), QJsonArray::fromStringList(report->retitled) },
            { QStringLiteral("kept"), report->kept } });
        return ExitOk;
    }
    // overview: what the Dashboard shows.
    const QDate today = Clock::today();
    auto o = service.overview(today);
    if (!o) {
        return ctx.fail(o.error());
    }
    const auto progressJson = [](const iso::ThemeProgress& t) {
        QJsonObject counts;
        for (iso::ImplementationStatus s : iso::allStatuses()) {
            counts.insert(iso::statusKey(s), t.count(s));
        }
        return QJsonObject { { QStringLiteral("controls"), t.total }, { QStringLiteral("applicable"), t.applicable },
            { QStringLiteral("status"), counts },
            { QStringLiteral("implemented_percent"), qRound(t.implementedPercent() * 10) / 10.0 },
            { QStringLiteral("overdue_reviews"), t.overdueReviews } };
    };
    QJsonObject themes;
    for (const iso::ThemeProgress& t : o->themes) {
        themes.insert(iso::themeKey(t.theme), progressJson(t));
    }
    QJsonArray overdue;
    for (const iso::Control& c : o->overdueReviews) {
        overdue.append(QJsonObject { { QStringLiteral("id"), c.controlId },
            { QStringLiteral("next_review_due"), dateJson(c.nextReviewDue()) } });
    }
    ctx.printJson(QJsonObject { { QStringLiteral("total"), progressJson(o->total) },
        { QStringLiteral("themes"), themes }, { QStringLiteral("overdue_reviews"), overdue },
        { QStringLiteral("catalogue_version"), service.catalogueVersion() } });
    return ExitOk;
}

} // namespace

QList<Command> isoCommands()
{
    return { { QStringLiteral("iso"), Cli::tr("ISO 27001 checklist: list, set, evidence, soa, gap, overview."), cmdIso,
        true } };
}

} // namespace cd::cli

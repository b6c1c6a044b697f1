// Policies commands: import a version, list documents and versions, compare two versions,
// move a version through review and publication, export a version or the history as PDF.
#include "CliContext.h"
#include "Commands.h"

#include "app/LanguageManager.h"
#include "policies/PolicyContents.h"
#include "policies/PolicyDiff.h"
#include "policies/PolicyReports.h"
#include "policies/PolicyService.h"
#include "policies/PolicyText.h"
#include "report/ReportRenderer.h"
#include "util/Languages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTranslator>

namespace cd::cli {

namespace {

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject versionJson(const PolicyVersion& v, const NotificationPlan& plan)
{
    QJsonObject o { { QStringLiteral("id"), v.id }, { QStringLiteral("label"), v.label },
        { QStringLiteral("status"), policyStatusKey(v.status) },
        { QStringLiteral("updated_on"), dateJson(v.updatedOn) },
        { QStringLiteral("effective_on"), dateJson(v.effectiveOn) }, { QStringLiteral("author"), v.authorName },
        { QStringLiteral("approver"), v.approverName.isEmpty() ? QJsonValue() : QJsonValue(v.approverName) },
        { QStringLiteral("approved_at"),
            v.approvedAt.isValid() ? QJsonValue(v.approvedAt.toString(Qt::ISODateWithMs)) : QJsonValue() },
        { QStringLiteral("published_at"),
            v.publishedAt.isValid() ? QJsonValue(v.publishedAt.toString(Qt::ISODateWithMs)) : QJsonValue() },
        { QStringLiteral("sha256"), v.contentHash.isEmpty() ? QJsonValue() : QJsonValue(v.contentHash) },
        { QStringLiteral("material_change"), v.materialChange },
        { QStringLiteral("zh_characters"), PolicyText::countCharacters(PolicyText::renderedPlainText(v.textZh)) },
        { QStringLiteral("en_words"), PolicyText::countWords(PolicyText::renderedPlainText(v.textEn)) } };
    if (plan.versionId != 0) {
        QJsonArray channels;
        if (plan.channels & ChannelEmail) {
            channels.append(QStringLiteral("email"));
        }
        if (plan.channels & ChannelInSite) {
            channels.append(QStringLiteral("in_site"));
        }
        if (plan.channels & ChannelOther) {
            channels.append(QStringLiteral("other"));
        }
        o.insert(QStringLiteral("notification"),
            QJsonObject { { QStringLiteral("channels"), channels },
                { QStringLiteral("planned_on"), dateJson(plan.plannedOn) },
                { QStringLiteral("sent_on"), dateJson(plan.sentOn) },
                { QStringLiteral("sent_by"),
                    plan.sentByName.isEmpty() ? QJsonValue() : QJsonValue(plan.sentByName) } });
    }
    return o;
}

Result<PolicyVersion> findVersion(PolicyService& service, const QString& documentName, const QString& label)
{
    if (!documentName.isEmpty()) {
        auto doc = service.documentByName(documentName);
        if (!doc) {
            return doc.error();
        }
        return service.versionByLabel(doc->id, label);
    }
    // Without --document the label must name exactly one version in the vault.
    auto docs = service.documents();
    if (!docs) {
        return docs.error();
    }
    QList<PolicyVersion> found;
    for (const PolicyDocument& doc : docs.value()) {
        auto v = service.versionByLabel(doc.id, label);
        if (v) {
            found.append(v.value());
        }
    }
    if (found.isEmpty()) {
        return Error { ErrorCode::NotFound, Cli::tr("No policy version is labelled %1.").arg(label) };
    }
    if (found.size() > 1) {
        return Error { ErrorCode::InvalidInput,
            Cli::tr("Several documents have a version labelled %1; name one with --document.").arg(label) };
    }
    return found.first();
}

int cmdImport(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption({ QStringLiteral("document"), Cli::tr("Policy document name (created when missing)."),
        QStringLiteral("name") });
    p.addOption(
        { QStringLiteral("label"), Cli::tr("Version label, e.g. 2024-04-25 or 1.3."), QStringLiteral("label") });
    p.addOption({ QStringLiteral("zh"), Cli::tr("Chinese text: .txt, .md or .html (UTF-8 or GB18030)."),
        QStringLiteral("file") });
    p.addOption({ QStringLiteral("en"), Cli::tr("English text: .txt, .md or .html."), QStringLiteral("file") });
    p.addOption({ QStringLiteral("updated-on"), Cli::tr("Updated-on date, YYYY-MM-DD."), QStringLiteral("date") });
    p.addOption({ QStringLiteral("effective-on"), Cli::tr("Effective date, YYYY-MM-DD."), QStringLiteral("date") });
    p.addOption({ QStringLiteral("summary"), Cli::tr("Summary of changes."), QStringLiteral("text") });
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString documentName = ctx.value(QStringLiteral("document")).trimmed();
    PolicyVersionInput input;
    input.label = ctx.value(QStringLiteral("label")).trimmed();
    if (documentName.isEmpty() || input.label.isEmpty() || ctx.value(QStringLiteral("zh")).isEmpty()) {
        return ctx.usage(Cli::tr("policy import needs --document NAME, --label L and --zh FILE."));
    }
    for (const QString& option : { QStringLiteral("updated-on"), QStringLiteral("effective-on") }) {
        if (ctx.isSet(option) && !QDate::fromString(ctx.value(option), Qt::ISODate).isValid()) {
            return ctx.usage(Cli::tr("--%1 takes a date as YYYY-MM-DD.").arg(option));
        }
    }
    auto zh = PolicyText::importFile(ctx.value(QStringLiteral("zh")));
    if (!zh) {
        return ctx.fail(zh.error());
    }
    input.textZh = zh.value();
    if (ctx.isSet(QStringLiteral("en"))) {
        auto en = PolicyText::importFile(ctx.value(QStringLiteral("en")));
        if (!en) {
            return ctx.fail(en.error());
        }
        input.textEn = en.value();
    }
    input.updatedOn = QDate::fromString(ctx.value(QStringLiteral("updated-on")), Qt::ISODate);
    input.effectiveOn = QDate::fromString(ctx.value(QStringLiteral("effective-on")), Qt::ISODate);
    input.changeSummary = ctx.value(QStringLiteral("summary"));
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    PolicyService service(*vault.value());
    auto doc = service.documentByName(documentName);
    if (!doc && doc.code() == ErrorCode::NotFound) {
        doc = service.createDocument(documentName);
    }
    if (!doc) {
        return ctx.fail(doc.error());
    }
    auto created = service.createDraft(doc->id, input);
    if (!created) {
        return ctx.fail(created.error());
    }
    QJsonObject out = versionJson(created.value(), {});
    out.insert(QStringLiteral("document"), doc->name);
    ctx.printJson(out);
    return ExitOk;
}

int cmdList(CliContext& ctx)
{
    ctx.addFormatOption({ QStringLiteral("json") });
    if (!ctx.parse()) {
        return ExitUsage;
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    PolicyService service(*vault.value());
    auto docs = service.documents();
    if (!docs) {
        return ctx.fail(docs.error());
    }
    QJsonArray out;
    for (const PolicyDocument& doc : docs.value()) {
        auto versions = service.versions(doc.id);
        if (!versions) {
            return ctx.fail(versions.error());
        }
        QJsonArray list;
        for (const PolicyVersion& v : versions.value()) {
            list.append(versionJson(v, service.notificationPlan(v.id).value()));
        }
        out.append(QJsonObject { { QStringLiteral("document"), doc.name },
            { QStringLiteral("published"),
                doc.publishedLabel.isEmpty() ? QJsonValue() : QJsonValue(doc.publishedLabel) },
            { QStringLiteral("versions"), list } });
    }
    ctx.printJson(out);
    return ExitOk;
}

int cmdDiff(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption({ QStringLiteral("document"), Cli::tr("Policy document name."), QStringLiteral("name") });
    p.addOption({ QStringLiteral("from"), Cli::tr("Label of the older version."), QStringLiteral("label") });
    p.addOption({ QStringLiteral("to"), Cli::tr("Label of the newer version."), QStringLiteral("label") });
    p.addOption({ QStringLiteral("lang"), Cli::tr("Text to compare: zh_CN or en."), QStringLiteral("lang"),
        Languages::chinese() });
    ctx.addFormatOption({ QStringLiteral("text"), QStringLiteral("json") });
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString lang = ctx.value(QStringLiteral("lang"));
    if (ctx.value(QStringLiteral("from")).isEmpty() || ctx.value(QStringLiteral("to")).isEmpty()) {
        return ctx.usage(Cli::tr("policy diff needs --from L1 and --to L2."));
    }
    if (!Languages::isSupported(lang)) {
        return ctx.usage(Cli::tr("--lang takes zh_CN or en."));
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    PolicyService service(*vault.value());
    const QString document = ctx.value(QStringLiteral("document"));
    auto from = findVersion(service, document, ctx.value(QStringLiteral("from")));
    if (!from) {
        return ctx.fail(from.error());
    }
    auto to = findVersion(service, document, ctx.value(QStringLiteral("to")));
    if (!to) {
        return ctx.fail(to.error());
    }
    const bool chinese = lang == Languages::chinese();
    const TextDiff diff = PolicyDiff::compare(
        chinese ? from->textZh : from->textEn, chinese ? to->textZh : to->textEn, PolicyDiff::granularityFor(lang));
    if (ctx.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray changes;
        for (const DiffChange& c : diff.changes) {
            QString removed;
            QString added;
            for (int s = c.firstSegment; s <= c.lastSegment; ++s) {
                const DiffSegment& seg = diff.segments.at(s);
                (seg.kind == DiffSegment::Kind::Delete ? removed : added) += seg.text;
            }
            changes.append(QJsonObject { { QStringLiteral("section"), c.section },
                { QStringLiteral("old_offset"), c.oldOffset }, { QStringLiteral("old_length"), c.oldLength },
                { QStringLiteral("new_offset"), c.newOffset }, { QStringLiteral("new_length"), c.newLength },
                { QStringLiteral("removed"), removed }, { QStringLiteral("added"), added } });
        }
        ctx.printJson(
            QJsonObject { { QStringLiteral("document"), to->documentName }, { QStringLiteral("from"), from->label },
                { QStringLiteral("to"), to->label }, { QStringLiteral("lang"), lang },
                { QStringLiteral("granularity"), chinese ? QStringLiteral("character") : QStringLiteral("word") },
                { QStringLiteral("summary"),
                    QJsonObject { { QStringLiteral("changes"), diff.summary.changes },
                        { QStringLiteral("characters_added"), diff.summary.charactersAdded },
                        { QStringLiteral("characters_removed"), diff.summary.charactersRemoved },
                        { QStringLiteral("sections_changed"),
                            QJsonArray::fromStringList(diff.summary.sectionsChanged) } } },
                { QStringLiteral("changes"), changes } });
        return ExitOk;
    }
    QString text = QStringLiteral("--- %1 %2\n+++ %1 %3\n").arg(to->documentName, from->label, to->label);
    text += Cli::tr("# %1 change(s), %2 character(s) added, %3 removed; sections: %4\n")
                .arg(diff.summary.changes)
                .arg(diff.summary.charactersAdded)
                .arg(diff.summary.charactersRemoved)
                .arg(diff.summary.sectionsChanged.join(QStringLiteral("; ")));
    text += Cli::tr("# [-deleted-] {+inserted+}\n");
    text += PolicyDiff::toMarkedText(diff);
    if (!text.endsWith(QLatin1Char('\n'))) {
        text += QLatin1Char('\n');
    }
    ctx.printText(text);
    return ExitOk;
}

int cmdTransition(CliContext& ctx)
{
    ctx.parser().addOption({ QStringLiteral("document"), Cli::tr("Policy document name."), QStringLiteral("name") });
    ctx.parser().addPositionalArgument(QStringLiteral("label"), Cli::tr("Version label."));
    ctx.parser().addPositionalArgument(QStringLiteral("state"), Cli::tr("draft | in_review | approved | published"));
    ctx.parser().addOption({ QStringLiteral("force"),
        Cli::tr("approved: approve although items of the contents check are not ticked (recorded in the audit "
                "log).") });
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QStringList pos = ctx.positional();
    PolicyStatus target;
    if (pos.size() < 3 || !policyStatusFromKey(pos.at(2), &target)) {
        return ctx.usage(
            Cli::tr("policy transition needs a LABEL and a STATE: draft, in_review, approved or published."));
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    PolicyService service(*vault.value());
    auto v = findVersion(service, ctx.value(QStringLiteral("document")), pos.at(1));
    if (!v) {
        return ctx.fail(v.error());
    }
    if (const Status s = service.transition(v->id, target, ctx.isSet(QStringLiteral("force"))); !s) {
        return ctx.fail(s.error());
    }
    auto updated = service.version(v->id);
    ctx.printJson(versionJson(updated.value(), service.notificationPlan(v->id).value()));
    return ExitOk;
}

int cmdExport(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption({ QStringLiteral("document"), Cli::tr("Policy document name."), QStringLiteral("name") });
    p.addOption({ QStringLiteral("out"), Cli::tr("File to write: .pdf or .html."), QStringLiteral("file") });
    p.addOption({ QStringLiteral("texts"), Cli::tr("Texts to include: zh, en or both."), QStringLiteral("texts"),
        QStringLiteral("both") });
    p.addOption({ QStringLiteral("lang"), Cli::tr("Language of headings and labels: zh_CN or en."),
        QStringLiteral("lang"), Languages::chinese() });
    p.addPositionalArgument(QStringLiteral("label"), Cli::tr("Version label, or \"history\" for the version history."));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString label = ctx.positional().value(1);
    const QString out = ctx.value(QStringLiteral("out"));
    const QString lang = ctx.value(QStringLiteral("lang"));
    const QString textsOption = ctx.value(QStringLiteral("texts"));
    if (label.isEmpty() || out.isEmpty()) {
        return ctx.usage(Cli::tr("policy export needs a LABEL and --out FILE.pdf (or .html)."));
    }
    if (!Languages::isSupported(lang)) {
        return ctx.usage(Cli::tr("--lang takes zh_CN or en."));
    }
    PolicyTexts texts = PolicyTexts::Both;
    if (textsOption == QLatin1String("zh")) {
        texts = PolicyTexts::Chinese;
    } else if (textsOption == QLatin1String("en")) {
        texts = PolicyTexts::English;
    } else if (textsOption != QLatin1String("both")) {
        return ctx.usage(Cli::tr("--texts takes zh, en or both."));
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    QTranslator appTr;
    QTranslator qtTr;
    ui::LanguageManager::installInto(QCoreApplication::instance(), lang, &appTr, &qtTr);
    PolicyService service(*vault.value());
    ReportDocument report;
    QJsonObject result { { QStringLiteral("out"), QFileInfo(out).absoluteFilePath() },
        { QStringLiteral("language"), lang } };
    if (label == QLatin1String("history")) {
        auto doc = service.documentByName(ctx.value(QStringLiteral("document")));
        if (!doc) {
            return ctx.fail(doc.error());
        }
        auto versions = service.versions(doc->id);
        if (!versions) {
            return ctx.fail(versions.error());
        }
        QList<NotificationPlan> plans;
        for (const PolicyVersion& v : versions.value()) {
            plans.append(service.notificationPlan(v.id).value());
        }
        report = PolicyReports::historyReport(doc.value(), versions.value(), plans, lang);
        result.insert(QStringLiteral("report"), QStringLiteral("history"));
    } else {
        auto v = findVersion(service, ctx.value(QStringLiteral("document")), label);
        if (!v) {
            return ctx.fail(v.error());
        }
        result.insert(QStringLiteral("label"), v->label);
        result.insert(QStringLiteral("sha256"), v->contentHash.isEmpty() ? QJsonValue() : QJsonValue(v->contentHash));
        if (out.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
            || out.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)) {
            QFile file(out);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(PolicyReports::versionHtml(v.value(), texts, lang).toUtf8()) < 0 || !file.flush()) {
                return ctx.fail(ErrorCode::Io, Cli::tr("%1 cannot be written: %2").arg(out, file.errorString()));
            }
            ctx.printJson(result);
            return ExitOk;
        }
        auto contents = PolicyContentsService(*vault.value()).checks(v->id);
        if (!contents) {
            return ctx.fail(contents.error());
        }
        report = PolicyReports::versionReport(v.value(), texts, lang, contents.value());
    }
    ui::ReportRenderer renderer(report);
    if (const Status s = renderer.writePdf(out); !s) {
        return ctx.fail(s.error());
    }
    result.insert(QStringLiteral("pages"), renderer.lastPageCount());
    ctx.printJson(result);
    return ExitOk;
}

QJsonObject contentsJson(const PolicyVersion& v, const QList<PolicyContentCheck>& checks)
{
    QJsonArray items;
    int ticked = 0;
    for (const PolicyContentCheck& c : checks) {
        const PolicyContentRequirement* r = PolicyContents::find(c.key);
        ticked += c.ticked ? 1 : 0;
        items.append(QJsonObject { { QStringLiteral("key"), c.key }, { QStringLiteral("ticked"), c.ticked },
            { QStringLiteral("note"), c.note }, { QStringLiteral("title_en"), r ? r->titleEn : QString() },
            { QStringLiteral("title_zh"), r ? r->titleZh : QString() },
            { QStringLiteral("source"), r ? r->sourceEn : QString() },
            { QStringLiteral("by"), c.actorName.isEmpty() ? QJsonValue() : QJsonValue(c.actorName) },
            { QStringLiteral("at"),
                c.updatedAt.isValid() ? QJsonValue(c.updatedAt.toString(Qt::ISODateWithMs)) : QJsonValue() } });
    }
    return QJsonObject { { QStringLiteral("document"), v.documentName }, { QStringLiteral("label"), v.label },
        { QStringLiteral("status"), policyStatusKey(v.status) }, { QStringLiteral("ticked"), ticked },
        { QStringLiteral("total"), int(checks.size()) }, { QStringLiteral("items"), items } };
}

// policy contents LABEL [--tick KEY]… [--untick KEY]… [--note KEY=TEXT]…: the contents check
// of NDSMR art. 21 on a version; without changes it prints the check.
int cmdContents(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption({ QStringLiteral("document"), Cli::tr("Policy document name."), QStringLiteral("name") });
    p.addOption({ QStringLiteral("tick"), Cli::tr("Tick an item (repeatable)."), QStringLiteral("key") });
    p.addOption({ QStringLiteral("untick"), Cli::tr("Untick an item (repeatable)."), QStringLiteral("key") });
    p.addOption({ QStringLiteral("note"), Cli::tr("Note or section of an item, e.g. collected_list=二.1 (repeatable)."),
        QStringLiteral("key=text") });
    p.addPositionalArgument(QStringLiteral("label"), Cli::tr("Version label."));
    ctx.addFormatOption({ QStringLiteral("json"), QStringLiteral("text") });
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString label = ctx.positional().value(1);
    if (label.isEmpty()) {
        return ctx.usage(Cli::tr("policy contents needs a LABEL. Items: %1.")
                             .arg(PolicyContents::keys().join(QStringLiteral(", "))));
    }
    QHash<QString, QString> notes;
    for (const QString& n : p.values(QStringLiteral("note"))) {
        const qsizetype eq = n.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return ctx.usage(Cli::tr("--note takes KEY=TEXT, e.g. collected_list=二.1."));
        }
        notes.insert(n.left(eq).trimmed(), n.mid(eq + 1));
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    PolicyService service(*vault.value());
    auto v = findVersion(service, ctx.value(QStringLiteral("document")), label);
    if (!v) {
        return ctx.fail(v.error());
    }
    PolicyContentsService contents(*vault.value());
    auto before = contents.checks(v->id);
    if (!before) {
        return ctx.fail(before.error());
    }
    QHash<QString, PolicyContentCheck> wanted;
    for (const PolicyContentCheck& c : before.value()) {
        wanted.insert(c.key, c);
    }
    QStringList touched;
    const auto change = [&](const QString& key) -> PolicyContentCheck* {
        if (!touched.contains(key)) {
            touched << key;
        }
        // An unknown key gets an entry too: the service refuses it and names the items.
        PolicyContentCheck* c = &wanted[key];
        c->key = key;
        return c;
    };
    for (const QString& key : p.values(QStringLiteral("tick"))) {
        change(key.trimmed())->ticked = true;
    }
    for (const QString& key : p.values(QStringLiteral("untick"))) {
        change(key.trimmed())->ticked = false;
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        change(it.key())->note = it.value();
    }
    for (const QString& key : std::as_const(touched)) {
        const PolicyContentCheck& c = wanted.value(key);
        if (const Status s = contents.setItem(v->id, key, c.ticked, c.note); !s) {
            return ctx.fail(s.error());
        }
    }
    auto after = contents.checks(v->id);
    if (!after) {
        return ctx.fail(after.error());
    }
    if (ctx.value(QStringLiteral("format")) == QLatin1String("text")) {
        QString text = Cli::tr("# Contents check (NDSMR art. 21) of %1 %2\n").arg(v->documentName, v->label);
        for (const PolicyContentCheck& c : after.value()) {
            const PolicyContentRequirement* r = PolicyContents::find(c.key);
            text += QStringLiteral("[%1] %2  %3%4\n")
                        .arg(c.ticked ? QStringLiteral("x") : QStringLiteral(" "), c.key.leftJustified(28),
                            r ? r->sourceEn : QString(),
                            c.note.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(c.note));
        }
        ctx.printText(text);
        return ExitOk;
    }
    ctx.printJson(contentsJson(v.value(), after.value()));
    return ExitOk;
}

int cmdPolicy(CliContext& ctx)
{
    ctx.addVaultOptions();
    // The subcommand comes right after "policy"; each one adds its own options.
    const QString sub = QCoreApplication::arguments().value(2);
    if (sub == QLatin1String("import")) {
        return cmdImport(ctx);
    }
    if (sub == QLatin1String("list")) {
        return cmdList(ctx);
    }
    if (sub == QLatin1String("diff")) {
        return cmdDiff(ctx);
    }
    if (sub == QLatin1String("transition")) {
        return cmdTransition(ctx);
    }
    if (sub == QLatin1String("export")) {
        return cmdExport(ctx);
    }
    if (sub == QLatin1String("contents")) {
        return cmdContents(ctx);
    }
    ctx.parse();
    return ctx.usage(Cli::tr("policy needs a subcommand: import, list, diff, transition, contents or export."));
}

} // namespace

QList<Command> policiesCommands()
{
    return { { QStringLiteral("policy"),
        Cli::tr("Policy versions: import, list, diff, transition (review, approve, publish), contents, export."),
        cmdPolicy, true } };
}

} // namespace cd::cli

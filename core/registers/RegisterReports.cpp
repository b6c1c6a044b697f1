#include "RegisterReports.h"
#include "util/Languages.h"
#include "util/TranslationContexts.h"

#include "audit/AuditLog.h"
#include "export/TableExport.h"
#include "registers/RegisterService.h"
#include "storage/DbGuard.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include "util/Formatting.h"
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace cd::registers {

namespace {

QLocale localeFor(const QString& language)
{
    return language == Languages::chinese() ? QLocale(QLocale::Chinese, QLocale::China)
                                            : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString when(const QDateTime& utc, const QString& language)
{
    if (!utc.isValid()) {
        return {};
    }
    return fmt::dateTime(utc, language);
}

QString dash()
{
    return QStringLiteral("—");
}

QString orDash(const QString& s)
{
    return s.trimmed().isEmpty() ? dash() : s;
}

} // namespace

DisclosureCounts countDisclosures(const QList<Disclosure>& list)
{
    DisclosureCounts c;
    for (int i = 0; i < kindCount; ++i) {
        c.byKind.insert(static_cast<DisclosureKind>(i), 0);
    }
    for (int i = 0; i < basisCount; ++i) {
        c.byBasis.insert(static_cast<LegalBasis>(i), 0);
    }
    for (const Disclosure& d : list) {
        ++c.events;
        c.people += d.peopleCount;
        ++c.byKind[d.kind];
        ++c.byBasis[d.basis];
    }
    return c;
}

IncidentCounts countIncidents(const QList<Incident>& list, const RegulatorRule& rule, const QDateTime& nowUtc)
{
    IncidentCounts c;
    for (int i = 0; i < severityCount; ++i) {
        c.bySeverity.insert(static_cast<Severity>(i), 0);
    }
    for (int i = 0; i < statusCount; ++i) {
        c.byStatus.insert(static_cast<IncidentStatus>(i), 0);
    }
    for (const Incident& n : list) {
        ++c.incidents;
        c.people += n.peopleCount;
        ++c.bySeverity[n.severity];
        ++c.byStatus[n.status];
        const RegulatorClock clock = IncidentService::clockFor(n, rule, nowUtc);
        if (clock.state == RegulatorClock::State::Overdue || clock.state == RegulatorClock::State::ReportedLate) {
            ++c.regulatorReportsLate;
        }
    }
    return c;
}

QString categoryNames(const QStringList& keys, const QList<DataCategory>& categories, const QString& language)
{
    QStringList names;
    for (const QString& key : keys) {
        const auto it
            = std::find_if(categories.begin(), categories.end(), [&](const DataCategory& c) { return c.key == key; });
        names << (it != categories.end() ? it->displayName(language) : key);
    }
    return names.join(language == Languages::chinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

ReportContext reportContext(Vault& vault, const QString& language)
{
    ReportContext ctx;
    ctx.language = language;
    ctx.generatedBy = vault.actor().displayName;
    CategoryService categories(vault);
    if (auto list = categories.list(true)) {
        ctx.categories = list.value();
    }
    ctx.rule = IncidentService(vault).rule();
    ctx.nowUtc = Clock::nowUtc();
    return ctx;
}

QString periodText(const QDate& from, const QDate& to)
{
    const QString a = from.isValid() ? fmt::date(from) : cd::RegistersText::tr("the beginning");
    const QString b = to.isValid() ? fmt::date(to) : cd::RegistersText::tr("today");
    return QStringLiteral("%1 – %2").arg(a, b);
}

// ---------------------------------------------------------------------------------------------
// Register reports

ReportDocument buildDisclosureRegister(
    const QList<Disclosure>& list, const QDate& from, const QDate& to, const ReportContext& ctx)
{
    ReportDocument doc;
    doc.language = ctx.language;
    doc.landscape = true;
    doc.title = cd::RegistersText::tr("Register of sharing, transfer and public disclosure");
    doc.scope = periodText(from, to);
    doc.generatedAt = ctx.nowUtc;
    doc.generatedBy = ctx.generatedBy;
    const QLocale locale = localeFor(ctx.language);
    const DisclosureCounts counts = countDisclosures(list);

    doc.heading(cd::RegistersText::tr("Summary"));
    doc.keyValues({ { cd::RegistersText::tr("Events"), locale.toString(counts.events) },
        { cd::RegistersText::tr("People whose information was disclosed (sum over events)"),
            locale.toString(counts.people) } });
    ReportTable byKind;
    byKind.headers = { cd::RegistersText::tr("Kind"), cd::RegistersText::tr("Events") };
    byKind.numericColumns = { 1 };
    ChartSpec chart;
    chart.type = ChartSpec::Type::Bar;
    chart.noDataText = cd::RegistersText::tr("No disclosures in this period");
    ChartSeries series;
    series.name = cd::RegistersText::tr("Events");
    for (auto it = counts.byKind.cbegin(); it != counts.byKind.cend(); ++it) {
        byKind.rows.append({ kindName(it.key()), locale.toString(it.value()) });
        chart.categories << kindName(it.key());
        series.values << it.value();
    }
    chart.series << series;
    doc.table(byKind);
    ReportTable byBasis;
    byBasis.headers = { cd::RegistersText::tr("Legal basis"), cd::RegistersText::tr("Events") };
    byBasis.numericColumns = { 1 };
    for (auto it = counts.byBasis.cbegin(); it != counts.byBasis.cend(); ++it) {
        byBasis.rows.append({ basisName(it.key()), locale.toString(it.value()) });
    }
    doc.table(byBasis);
    ReportChartSlot slot;
    slot.id = QStringLiteral("disclosures-by-kind");
    slot.caption = cd::RegistersText::tr("Disclosure events by kind");
    slot.spec = chart;
    slot.heightMm = 55;
    doc.chart(slot);

    doc.heading(cd::RegistersText::tr("Events"));
    const ExportTable t = disclosureTable(list, ctx, false);
    ReportTable events;
    events.headers = t.headers;
    events.rows = t.rows;
    events.numericColumns = t.numericColumns;
    events.emptyText = cd::RegistersText::tr("No disclosures in this period.");
    doc.table(events);
    return doc;
}

ReportDocument buildIncidentRegister(
    const QList<Incident>& list, const QDate& from, const QDate& to, const ReportContext& ctx)
{
    ReportDocument doc;
    doc.language = ctx.language;
    doc.landscape = true;
    doc.title = cd::RegistersText::tr("Register of personal-information security incidents");
    doc.scope = periodText(from, to);
    doc.generatedAt = ctx.nowUtc;
    doc.generatedBy = ctx.generatedBy;
    const QLocale locale = localeFor(ctx.language);
    const IncidentCounts counts = countIncidents(list, ctx.rule, ctx.nowUtc);

    doc.heading(cd::RegistersText::tr("Summary"));
    doc.keyValues({ { cd::RegistersText::tr("Incidents"), locale.toString(counts.incidents) },
        { cd::RegistersText::tr("People affected (sum over incidents)"), locale.toString(counts.people) },
        { cd::RegistersText::tr("Regulator reports overdue or late"), locale.toString(counts.regulatorReportsLate) },
        { cd::RegistersText::tr("Regulator-report rule"),
            cd::RegistersText::tr("%1 and above within %2 h of discovery")
                .arg(severityName(ctx.rule.threshold))
                .arg(ctx.rule.hours) } });
    ReportTable bySeverity;
    bySeverity.headers = { cd::RegistersText::tr("Severity"), cd::RegistersText::tr("Incidents") };
    bySeverity.numericColumns = { 1 };
    for (auto it = counts.bySeverity.cbegin(); it != counts.bySeverity.cend(); ++it) {
        bySeverity.rows.append({ severityName(it.key()), locale.toString(it.value()) });
    }
    doc.table(bySeverity);
    ReportTable byStatus;
    byStatus.headers = { cd::RegistersText::tr("Status"), cd::RegistersText::tr("Incidents") };
    byStatus.numericColumns = { 1 };
    for (auto it = counts.byStatus.cbegin(); it != counts.byStatus.cend(); ++it) {
        byStatus.rows.append({ statusName(it.key()), locale.toString(it.value()) });
    }
    doc.table(byStatus);

    doc.heading(cd::RegistersText::tr("Incidents"));
    const ExportTable t = incidentTable(list, ctx, false);
    ReportTable rows;
    rows.headers = t.headers;
    rows.rows = t.rows;
    rows.numericColumns = t.numericColumns;
    rows.emptyText = cd::RegistersText::tr("No incidents in this period.");
    doc.table(rows);
    return doc;
}

QList<TimelineEntry> incidentTimeline(const Incident& n, const RegulatorRule& rule)
{
    QList<TimelineEntry> t;
    if (n.occurredAt.isValid()) {
        t.append({ n.occurredAt, cd::RegistersText::tr("Incident occurred") });
    }
    if (n.discoveredAt.isValid()) {
        t.append({ n.discoveredAt, cd::RegistersText::tr("Incident discovered") });
    }
    const RegulatorClock clock = IncidentService::clockFor(n, rule, n.discoveredAt);
    if (clock.deadline.isValid()) {
        t.append({ clock.deadline, cd::RegistersText::tr("Deadline for the regulator report") });
    }
    if (n.containedAt.isValid()) {
        t.append({ n.containedAt, cd::RegistersText::tr("Marked contained") });
    }
    if (n.regulatorReportedAt.isValid()) {
        t.append({ n.regulatorReportedAt,
            cd::RegistersText::tr("Reported to %1 (reference %2) by %3")
                .arg(n.regulatorAuthority, orDash(n.regulatorReference), n.regulatorReportedBy) });
    }
    for (const IncidentNotification& x : n.notifications) {
        if (x.channel == NotificationChannel::Announcement) {
            t.append({ x.notifiedAt,
                cd::RegistersText::tr("Public announcement by %1 (reason: %2)").arg(x.notifiedBy, x.reason) });
        } else {
            t.append({ x.notifiedAt,
                cd::RegistersText::tr("%1: %2 people notified by %3")
                    .arg(channelName(x.channel))
                    .arg(x.peopleCount)
                    .arg(x.notifiedBy) });
        }
    }
    if (n.notifiedAt.isValid()) {
        t.append({ n.notifiedAt, cd::RegistersText::tr("Marked notified") });
    }
    if (n.closedAt.isValid()) {
        t.append({ n.closedAt, cd::RegistersText::tr("Closed", "incident timeline event") });
    }
    std::stable_sort(t.begin(), t.end(), [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; });
    return t;
}

ReportDocument buildIncidentReport(const Incident& n, const ReportContext& ctx)
{
    ReportDocument doc;
    doc.language = ctx.language;
    doc.title = cd::RegistersText::tr("Incident report: %1").arg(n.title);
    doc.scope = cd::RegistersText::tr("Incident %1").arg(n.id);
    doc.generatedAt = ctx.nowUtc;
    doc.generatedBy = ctx.generatedBy;
    const QLocale locale = localeFor(ctx.language);
    const RegulatorClock clock = IncidentService::clockFor(n, ctx.rule, ctx.nowUtc);

    doc.heading(cd::RegistersText::tr("Overview"));
    QList<QPair<QString, QString>> overview {
        { cd::RegistersText::tr("Title"), n.title },
        { cd::RegistersText::tr("Severity"), severityName(n.severity) },
        { cd::RegistersText::tr("Category"), incidentCategoryName(n.category) },
        { cd::RegistersText::tr("Status"), statusName(n.status) },
        { cd::RegistersText::tr("Occurred"),
            n.occurredAt.isValid() ? when(n.occurredAt, ctx.language) : cd::RegistersText::tr("unknown") },
        { cd::RegistersText::tr("Discovered"), when(n.discoveredAt, ctx.language) },
        { cd::RegistersText::tr("Time since discovery"), formatDuration(clock.secondsSinceDiscovery) },
        { cd::RegistersText::tr("Regulator report"), clockStateName(clock.state) },
    };
    if (clock.deadline.isValid()) {
        overview.append({ cd::RegistersText::tr("Regulator-report deadline"), when(clock.deadline, ctx.language) });
    }
    if (clock.state == RegulatorClock::State::Running) {
        overview.append({ cd::RegistersText::tr("Time left"), formatDuration(clock.secondsRemaining) });
    } else if (clock.state == RegulatorClock::State::Overdue) {
        overview.append({ cd::RegistersText::tr("Overdue by"), formatDuration(clock.secondsRemaining) });
    }
    overview.append({ cd::RegistersText::tr("Information involved"),
        orDash(categoryNames(n.categoryKeys, ctx.categories, ctx.language)) });
    overview.append({ cd::RegistersText::tr("People affected"), locale.toString(n.peopleCount) });
    doc.keyValues(overview);

    doc.heading(cd::RegistersText::tr("What happened"));
    doc.keyValues({ { cd::RegistersText::tr("Description"), orDash(n.description) },
        { cd::RegistersText::tr("Cause"), orDash(n.cause) },
        { cd::RegistersText::tr("Possible harm"), orDash(n.possibleHarm) } });
    doc.heading(cd::RegistersText::tr("Response"));
    doc.keyValues({ { cd::RegistersText::tr("Measures taken"), orDash(n.measuresTaken) },
        { cd::RegistersText::tr("Advice to individuals"), orDash(n.advice) },
        { cd::RegistersText::tr("Remedies offered"), orDash(n.remedies) } });
    const QStringList missing = IncidentService::missingNoticeElements(n);
    if (!missing.isEmpty()) {
        doc.paragraph(cd::RegistersText::tr("The notice to individuals still lacks: %1.")
                          .arg(missing.join(QStringLiteral(", "))));
    }

    doc.heading(cd::RegistersText::tr("Regulator report"));
    if (n.regulatorReportedAt.isValid()) {
        doc.keyValues({ { cd::RegistersText::tr("Authority"), n.regulatorAuthority },
            { cd::RegistersText::tr("Reported"), when(n.regulatorReportedAt, ctx.language) },
            { cd::RegistersText::tr("Reference"), orDash(n.regulatorReference) },
            { cd::RegistersText::tr("Reported by"), n.regulatorReportedBy } });
    } else {
        doc.paragraph(clock.deadline.isValid() ? cd::RegistersText::tr("Not yet reported.")
                                               : cd::RegistersText::tr("Not required for this severity."));
    }

    doc.heading(cd::RegistersText::tr("Notifications"));
    ReportTable notes;
    notes.headers = { cd::RegistersText::tr("When"), cd::RegistersText::tr("Channel"), cd::RegistersText::tr("People"),
        cd::RegistersText::tr("By"), cd::RegistersText::tr("Reason for a public announcement") };
    notes.numericColumns = { 2 };
    notes.emptyText = cd::RegistersText::tr("Nobody has been notified yet.");
    for (const IncidentNotification& x : n.notifications) {
        notes.rows.append({ when(x.notifiedAt, ctx.language), channelName(x.channel), locale.toString(x.peopleCount),
            x.notifiedBy, x.reason });
    }
    doc.table(notes);

    doc.heading(cd::RegistersText::tr("Timeline"));
    ReportTable timeline;
    timeline.headers = { cd::RegistersText::tr("When"), cd::RegistersText::tr("What") };
    for (const TimelineEntry& e : incidentTimeline(n, ctx.rule)) {
        timeline.rows.append({ when(e.at, ctx.language), e.what });
    }
    doc.table(timeline);
    return doc;
}

// ---------------------------------------------------------------------------------------------
// Letters

namespace {

// Letter wording in the letter's own language.
struct LetterText {
    const char* en;
    const char* zh;
};

QString pick(const QString& language, const LetterText& text)
{
    return QString::fromUtf8(language == Languages::chinese() ? text.zh : text.en);
}

// Chinese sentences follow each other without a space; English ones take one.
QString sentences(const QString& language, const QStringList& parts)
{
    return parts.join(language == Languages::chinese() ? QString() : QStringLiteral(" "));
}

QString letterDate(const QDateTime& utc, const QString& language)
{
    return fmt::date(utc.toLocalTime().date(), language);
}

void addNoticeElements(ReportDocument& doc, const Incident& n, const ReportContext& ctx)
{
    const QString& lang = ctx.language;
    doc.heading(pick(lang, { "1. What happened", "一、事件情况" }));
    doc.paragraph(n.description);
    if (!n.cause.trimmed().isEmpty()) {
        doc.paragraph(pick(lang, { "Cause: ", "事件原因：" }) + n.cause);
    }
    doc.paragraph(pick(lang, { "Personal information involved: ", "涉及的个人信息：" })
        + categoryNames(n.categoryKeys, ctx.categories, lang));
    doc.paragraph(pick(lang, { "Possible impact: ", "可能造成的影响：" }) + n.possibleHarm);
    doc.heading(pick(lang, { "2. What we have done", "二、我们已采取的处置措施" }));
    doc.paragraph(n.measuresTaken);
    doc.heading(pick(lang, { "3. What you can do", "三、您可以采取的防范措施" }));
    doc.paragraph(n.advice);
    doc.heading(pick(lang, { "4. Remedies", "四、补救措施" }));
    doc.paragraph(n.remedies);
    doc.heading(pick(lang, { "5. Contact us", "五、联系我们" }));
    doc.paragraph(letterContactLine(lang));
}

QString incidentDates(const Incident& n, const QString& lang)
{
    if (n.occurredAt.isValid()) {
        return pick(lang,
            { "On %1 we discovered a personal information security incident that occurred on %2.",
                "我们于%1发现一起个人信息安全事件，该事件发生于%2。" })
            .arg(letterDate(n.discoveredAt, lang), letterDate(n.occurredAt, lang));
    }
    return pick(
        lang, { "On %1 we discovered a personal information security incident.", "我们于%1发现一起个人信息安全事件。" })
        .arg(letterDate(n.discoveredAt, lang));
}

} // namespace

namespace {
// The named officer, on a line of its own under the contact sentence (empty when none is named).
QString officerSuffix(const QString& language)
{
    const QString line = ReportDocument::officerLine(language);
    return line.isEmpty() ? QString() : QStringLiteral("\n") + line;
}
} // namespace

QString letterContactLine(const QString& language)
{
    return pick(language,
               { "If you have any questions, please contact our personal information protection officer "
                 "at security@vivest.cn. We will reply promptly.",
                   "如您对本事件有任何疑问，请联系我们的个人信息保护负责人：security@vivest.cn，我们将及时答复。" })
        + officerSuffix(language);
}

ReportDocument buildNotificationLetter(const Incident& n, const ReportContext& ctx)
{
    const QString& lang = ctx.language;
    ReportDocument doc;
    doc.language = lang;
    doc.title = pick(lang, { "Notice of a personal information security incident", "个人信息安全事件告知书" });
    doc.scope = n.title;
    doc.generatedAt = ctx.nowUtc;
    doc.generatedBy = ctx.generatedBy;
    doc.paragraph(pick(lang, { "Dear customer,", "尊敬的用户：" }));
    doc.paragraph(sentences(lang,
        { incidentDates(n, lang),
            pick(lang,
                { "It may involve your personal information. As required by article 57 of the Personal "
                  "Information Protection Law and as promised in our privacy policy, we tell you what "
                  "happened, what we have done, what you can do, and how we will put things right.",
                    "该事件可能涉及您的个人信息。根据《中华人民共和国个人信息保护法》第五十七条及我们隐私政策的"
                    "承诺，现将事件情况、我们已采取的措施、您可以采取的措施以及补救措施告知如下。" }) }));
    addNoticeElements(doc, n, ctx);
    doc.paragraph(
        pick(lang, { "We sincerely apologise for this incident.", "对于本次事件给您带来的不便，我们深表歉意。" }));
    doc.paragraph(pick(lang, { "Personal Information Protection Officer", "个人信息保护负责人" }) + QLatin1Char('\n')
        + letterDate(ctx.nowUtc, lang));
    doc.finishAsLetter();
    return doc;
}

ReportDocument buildPublicAnnouncement(const Incident& n, const ReportContext& ctx)
{
    const QString& lang = ctx.language;
    ReportDocument doc;
    doc.language = lang;
    doc.title
        = pick(lang, { "Announcement of a personal information security incident", "关于个人信息安全事件的公告" });
    doc.scope = n.title;
    doc.generatedAt = ctx.nowUtc;
    doc.generatedBy = ctx.generatedBy;
    QString reason;
    for (const IncidentNotification& x : n.notifications) {
        if (x.channel == NotificationChannel::Announcement && !x.reason.isEmpty()) {
            reason = x.reason;
        }
    }
    QStringList intro { incidentDates(n, lang) };
    if (n.peopleCount > 0) {
        intro << pick(
            lang, { "It may involve the personal information of about %1 people.", "该事件可能涉及约%1人的个人信息。" })
                     .arg(localeFor(lang).toString(n.peopleCount));
    }
    intro << pick(lang,
        { "Because we cannot reach every person affected individually, we publish this announcement "
          "as article 57 of the Personal Information Protection Law and our privacy policy require.",
            "由于难以逐一告知受影响的个人，根据《中华人民共和国个人信息保护法》第五十七条及我们隐私政策的"
            "承诺，特发布本公告。" });
    doc.paragraph(sentences(lang, intro));
    if (!reason.isEmpty()) {
        doc.paragraph(pick(lang, { "Why individual notice is impractical: ", "无法逐一告知的原因：" }) + reason);
    }
    addNoticeElements(doc, n, ctx);
    doc.paragraph(pick(lang, { "Personal Information Protection Officer", "个人信息保护负责人" }) + QLatin1Char('\n')
        + letterDate(ctx.nowUtc, lang));
    doc.finishAsLetter();
    return doc;
}

// ---------------------------------------------------------------------------------------------
// Tables

namespace {

// A summary row under the table: label and count in the second and third columns, padded to
// the table's width so CSV and XLSX keep their shape.
void appendCountRow(ExportTable& t, const QString& label, const QString& value)
{
    QStringList r { QString(), label, value };
    while (r.size() < t.headers.size()) {
        r << QString();
    }
    t.rows.append(r);
}

} // namespace

ExportTable disclosureTable(const QList<Disclosure>& list, const ReportContext& ctx, bool withCounts)
{
    ExportTable t;
    t.headers = { cd::RegistersText::tr("No."), cd::RegistersText::tr("Date"), cd::RegistersText::tr("Kind"),
        cd::RegistersText::tr("Recipient"), cd::RegistersText::tr("Recipient type"), cd::RegistersText::tr("Contact"),
        cd::RegistersText::tr("Purpose"), cd::RegistersText::tr("Data categories"), cd::RegistersText::tr("People"),
        cd::RegistersText::tr("Legal basis"), cd::RegistersText::tr("Basis details"),
        cd::RegistersText::tr("Approved by") };
    t.numericColumns = { 0, 8 };
    for (const Disclosure& d : list) {
        // Files keep ISO dates for spreadsheets; printed and shown tables use the language's style.
        const QString date = withCounts ? d.disclosedOn.toString(Qt::ISODate) : fmt::date(d.disclosedOn, ctx.language);
        t.rows.append(
            { QString::number(d.id), date, kindName(d.kind), d.recipientName, recipientTypeName(d.recipientType),
                d.recipientContact, d.purpose, categoryNames(d.categoryKeys, ctx.categories, ctx.language),
                QString::number(d.peopleCount), basisName(d.basis), basisDetail(d), d.approvedBy });
    }
    if (withCounts) {
        const DisclosureCounts c = countDisclosures(list);
        auto row = [&t](const QString& label, const QString& value) { appendCountRow(t, label, value); };
        t.rows.append(QStringList());
        row(cd::RegistersText::tr("Events"), QString::number(c.events));
        for (auto it = c.byKind.cbegin(); it != c.byKind.cend(); ++it) {
            row(cd::RegistersText::tr("Kind: %1").arg(kindName(it.key())), QString::number(it.value()));
        }
        for (auto it = c.byBasis.cbegin(); it != c.byBasis.cend(); ++it) {
            row(cd::RegistersText::tr("Legal basis: %1").arg(basisName(it.key())), QString::number(it.value()));
        }
    }
    return t;
}

ExportTable incidentTable(const QList<Incident>& list, const ReportContext& ctx, bool withCounts)
{
    ExportTable t;
    t.headers = { cd::RegistersText::tr("No."), cd::RegistersText::tr("Title"), cd::RegistersText::tr("Discovered"),
        cd::RegistersText::tr("Severity"), cd::RegistersText::tr("Category"), cd::RegistersText::tr("Status"),
        cd::RegistersText::tr("People"), cd::RegistersText::tr("Information involved"),
        cd::RegistersText::tr("Regulator report"), cd::RegistersText::tr("Notifications") };
    t.numericColumns = { 0, 6, 9 };
    for (const Incident& n : list) {
        const RegulatorClock clock = IncidentService::clockFor(n, ctx.rule, ctx.nowUtc);
        t.rows.append({ QString::number(n.id), n.title, when(n.discoveredAt, ctx.language), severityName(n.severity),
            incidentCategoryName(n.category), statusName(n.status), QString::number(n.peopleCount),
            categoryNames(n.categoryKeys, ctx.categories, ctx.language), clockStateName(clock.state),
            QString::number(n.notifications.size()) });
    }
    if (withCounts) {
        const IncidentCounts c = countIncidents(list, ctx.rule, ctx.nowUtc);
        auto row = [&t](const QString& label, const QString& value) { appendCountRow(t, label, value); };
        t.rows.append(QStringList());
        row(cd::RegistersText::tr("Incidents"), QString::number(c.incidents));
        for (auto it = c.bySeverity.cbegin(); it != c.bySeverity.cend(); ++it) {
            row(cd::RegistersText::tr("Severity: %1").arg(severityName(it.key())), QString::number(it.value()));
        }
        for (auto it = c.byStatus.cbegin(); it != c.byStatus.cend(); ++it) {
            row(cd::RegistersText::tr("Status: %1").arg(statusName(it.key())), QString::number(it.value()));
        }
    }
    return t;
}

namespace {

// The register's rows, through the worker's connection when there is one.
template <typename T>
Result<T> readRegister(Vault& vault, Database* connection, const std::function<T(Database&)>& read)
{
    if (!connection) {
        return vault.readResult(Permission::Read, [&](ReadTx& tx) { return read(tx.db()); });
    }
    return catchDb([&] {
        ReadTx tx(*connection);
        return read(tx.db());
    });
}

// Writes the table and, only once the file is complete, the export's audit entry.
Status writeAudited(Vault& vault, const RegisterExport& how, const ExportTable& t, const QString& path,
    const QString& format, const QString& sheet, const AuditRecord& record)
{
    if (Status s = TableExport::writeTable(path, format, sheet, t.headers, t.rows, t.numericColumns, how.write); !s) {
        return s;
    }
    const auto entry = [&](WriteTx& tx) { tx.audit(record); };
    if (!how.connection) {
        return vault.write(Permission::ExportPersonalData, entry);
    }
    return WriteTx::run(*how.connection, vault.actor(), entry);
}

Status checkFormat(const QString& format)
{
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx")) {
        return Error { ErrorCode::InvalidInput,
            cd::RegistersText::tr("Registers export to csv or xlsx (PDF comes from the report).") };
    }
    return {};
}

QString filterDetail(const QDate& from, const QDate& to, int a, int b)
{
    return QStringLiteral("from=%1; to=%2; filter=%3/%4")
        .arg(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("*"),
            to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("*"))
        .arg(a)
        .arg(b);
}

} // namespace

Status exportDisclosureRegister(
    Vault& vault, const DisclosureFilter& filter, const QString& path, const QString& format, const QString& language)
{
    return exportDisclosureRegister(
        vault, filter, path, format, RegisterExport { nullptr, reportContext(vault, language), {} });
}

Status exportIncidentRegister(
    Vault& vault, const IncidentFilter& filter, const QString& path, const QString& format, const QString& language)
{
    return exportIncidentRegister(
        vault, filter, path, format, RegisterExport { nullptr, reportContext(vault, language), {} });
}

Status exportDisclosureRegister(
    Vault& vault, const DisclosureFilter& filter, const QString& path, const QString& format, const RegisterExport& how)
{
    if (Status s = checkFormat(format); !s) {
        return s;
    }
    if (Status s = vault.require(Permission::ExportPersonalData); !s) {
        return s;
    }
    auto list = readRegister<QList<Disclosure>>(
        vault, how.connection, [&](Database& db) { return store::disclosures(db, filter); });
    if (!list) {
        return list.status();
    }
    return writeAudited(vault, how, disclosureTable(list.value(), how.context, true), path, format,
        cd::RegistersText::tr("Disclosures"),
        { QStringLiteral("disclosure.export"), QStringLiteral("disclosure"), {}, {},
            filterDetail(filter.from, filter.to, filter.kind, filter.basis)
                + QStringLiteral("; format=%1; rows=%2").arg(format).arg(list->size()) });
}

Status exportIncidentRegister(
    Vault& vault, const IncidentFilter& filter, const QString& path, const QString& format, const RegisterExport& how)
{
    if (Status s = checkFormat(format); !s) {
        return s;
    }
    if (Status s = vault.require(Permission::ExportPersonalData); !s) {
        return s;
    }
    auto list = readRegister<QList<Incident>>(
        vault, how.connection, [&](Database& db) { return store::incidents(db, filter); });
    if (!list) {
        return list.status();
    }
    return writeAudited(vault, how, incidentTable(list.value(), how.context, true), path, format,
        cd::RegistersText::tr("Incidents"),
        { QStringLiteral("incident.export"), QStringLiteral("incident"), {}, {},
            filterDetail(filter.from, filter.to, filter.status, filter.severity)
                + QStringLiteral("; format=%1; rows=%2").arg(format).arg(list->size()) });
}

} // namespace cd::registers

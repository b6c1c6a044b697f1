// Incident reporting under the 国家网络安全事件报告管理办法: the grading assistant (no vault
// needed), grading facts and overrides, dated reports to the regulator, the operator type that
// sets the clock, and the report document.
#include "IncidentReportingCli.h"

#include "CliContext.h"
#include "Commands.h"

#include "app/LanguageManager.h"
#include "registers/IncidentGrading.h"
#include "registers/IncidentReporting.h"
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

QJsonValue isoOrNull(const QDateTime& utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

bool parseInstant(const QString& text, QDateTime* out)
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

// A whole, non-negative number; false for anything else ("1e6", "-3", "12abc").
bool parseCount(const QString& text, qint64* out)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < 0) {
        return false;
    }
    *out = v;
    return true;
}

QJsonObject proposalJson(const GradingFacts& f, const GradeProposal& p)
{
    QJsonObject o { { QStringLiteral("grade"), severityKey(p.grade) }, { QStringLiteral("rule"), p.rule },
        { QStringLiteral("people"), f.people }, { QStringLiteral("sensitive_people"), f.sensitivePeople },
        { QStringLiteral("loss_yuan"), f.lossYuan } };
    if (p.row != nullptr) {
        o.insert(QStringLiteral("threshold"), p.row->threshold);
        o.insert(QStringLiteral("source"), QString::fromUtf8(p.row->source));
        o.insert(QStringLiteral("verified"), p.row->verified);
    }
    return o;
}

QJsonObject reportingJson(const Incident& n, const IncidentReporting& r, const RegulatorRule& rule)
{
    const GradeProposal p = proposeGrade(IncidentReportingService::facts(n, r));
    const RegulatorClock first = IncidentService::clockFor(n, rule, Clock::nowUtc());
    const FinalReportClock final = IncidentReportingService::finalClock(n, r, rule, Clock::nowUtc());
    QJsonArray reports;
    for (const IncidentReportEntry& e : r.reports) {
        reports.append(QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("kind"), reportKindKey(e.kind) },
            { QStringLiteral("reported_at"), isoOrNull(e.reportedAt) }, { QStringLiteral("authority"), e.authority },
            { QStringLiteral("reference"), e.reference }, { QStringLiteral("reported_by"), e.reportedBy } });
    }
    return QJsonObject {
        { QStringLiteral("incident"), n.id },
        { QStringLiteral("grade"), severityKey(n.severity) },
        { QStringLiteral("proposed_grade"), severityKey(p.grade) },
        { QStringLiteral("rule"), p.rule },
        { QStringLiteral("overridden"), n.severity != p.grade },
        { QStringLiteral("people"), n.peopleCount },
        { QStringLiteral("sensitive_people"), r.sensitivePeople },
        { QStringLiteral("loss_yuan"), r.lossYuan },
        { QStringLiteral("ransomware"), r.ransomware },
        { QStringLiteral("crime_suspected"), r.crimeSuspected },
        { QStringLiteral("police_reported_on"),
            r.policeReportedOn.isValid() ? QJsonValue(r.policeReportedOn.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("police_case_number"), r.policeCaseNumber },
        { QStringLiteral("handling_ended_at"), isoOrNull(r.handlingEndedAt) },
        { QStringLiteral("report_clock"), clockStateKey(first.state) },
        { QStringLiteral("report_deadline"), isoOrNull(first.deadline) },
        { QStringLiteral("final_report_clock"), finalClockStateKey(final.state) },
        { QStringLiteral("final_report_deadline"), isoOrNull(final.deadline) },
        { QStringLiteral("reports"), reports },
    };
}

} // namespace

void addIncidentReportingOptions(CliContext& ctx)
{
    auto add = [&ctx](const char* name, const QString& help, const char* value = "text") {
        ctx.parser().addOption({ QString::fromLatin1(name), help, QString::fromLatin1(value) });
    };
    add("sensitive-people", Cli::tr("grade/grading: people whose sensitive personal information is affected."), "n");
    add("loss-yuan", Cli::tr("grade/grading: direct economic loss in yuan."), "n");
    add("kind", Cli::tr("file-report/report: initial, supplementary or final."), "kind");
    add("systems", Cli::tr("grading: facility, system or platform affected."));
    add("place", Cli::tr("grading: where it was discovered or occurred."));
    add("effect", Cli::tr("grading: the effect of the measures taken."));
    add("trend", Cli::tr("grading: trend and possible further harm."));
    add("leads", Cli::tr("grading: leads for tracing (attacker, path, vulnerabilities)."));
    add("next-steps", Cli::tr("grading: next steps and support requested."));
    add("contact", Cli::tr("grading: contact person for the regulator."));
    add("rectification", Cli::tr("grading: rectification (final report)."));
    add("lessons", Cli::tr("grading: lessons learnt (final report)."));
    add("ransom-demand", Cli::tr("grading: ransomware: amount, method and date demanded."));
    add("disruption-hours", Cli::tr("grading: hours the systems were disrupted."), "n");
    add("police-date", Cli::tr("grading: date the police report was made (YYYY-MM-DD)."), "date");
    add("police-case", Cli::tr("grading: the police case number."));
    add("handling-ended", Cli::tr("grading: when handling ended (ISO 8601)."), "time");
    add("summary", Cli::tr("file-report: what the report said, in short."));
    add("operator-type", Cli::tr("operator: cii, state_organ or other."), "type");
    add("operator-name", Cli::tr("operator: the operator's name on reports."), "name");
    ctx.parser().addOption({ QStringLiteral("ransomware"), Cli::tr("grading: the incident is a ransomware attack.") });
    ctx.parser().addOption({ QStringLiteral("crime-suspected"), Cli::tr("grading: a crime is suspected.") });
}

bool handlesIncidentReporting(const CliContext& ctx, const QString& action)
{
    static const QStringList actions { QStringLiteral("grade"), QStringLiteral("grading"),
        QStringLiteral("file-report"), QStringLiteral("reports"), QStringLiteral("operator") };
    return actions.contains(action) || (action == QLatin1String("report") && ctx.isSet(QStringLiteral("kind")));
}

int runIncidentReporting(CliContext& ctx, const QString& action)
{
    if (action == QLatin1String("grade")) {
        // The grading assistant on its own: no vault, nothing stored.
        GradingFacts f;
        if (!ctx.isSet(QStringLiteral("people")) || !parseCount(ctx.value(QStringLiteral("people")), &f.people)) {
            return ctx.usage(Cli::tr("incidents grade needs --people N (a whole number, 0 or more)."));
        }
        if (ctx.isSet(QStringLiteral("sensitive-people"))
            && !parseCount(ctx.value(QStringLiteral("sensitive-people")), &f.sensitivePeople)) {
            return ctx.usage(Cli::tr("--sensitive-people takes a whole number, 0 or more."));
        }
        if (ctx.isSet(QStringLiteral("loss-yuan"))
            && !parseCount(ctx.value(QStringLiteral("loss-yuan")), &f.lossYuan)) {
            return ctx.usage(Cli::tr("--loss-yuan takes a whole number of yuan, 0 or more."));
        }
        if (f.sensitivePeople > f.people) {
            return ctx.usage(Cli::tr("--sensitive-people cannot exceed --people."));
        }
        const GradeProposal p = proposeGrade(f);
        if (ctx.format() == QLatin1String("csv")) {
            ctx.printCsv({ QStringLiteral("grade"), QStringLiteral("rule") }, { { severityKey(p.grade), p.rule } });
        } else {
            ctx.printJson(proposalJson(f, p));
        }
        return ExitOk;
    }

    const QStringList pos = ctx.positional();
    qint64 id = 0;
    if (action != QLatin1String("operator")) {
        bool ok = false;
        id = pos.value(1).toLongLong(&ok);
        if (!ok || id <= 0) {
            return ctx.usage(Cli::tr("incidents %1 needs the incident number.").arg(action));
        }
    }
    ReportKind kind = ReportKind::Initial;
    if (ctx.isSet(QStringLiteral("kind")) && !reportKindFromKey(ctx.value(QStringLiteral("kind")), &kind)) {
        return ctx.usage(Cli::tr("--kind takes initial, supplementary or final."));
    }
    if (action == QLatin1String("report") && ctx.value(QStringLiteral("out")).isEmpty()) {
        return ctx.usage(Cli::tr("incidents %1 needs --out FILE.").arg(action));
    }
    const QString lang = ctx.value(QStringLiteral("lang"));
    if (!Languages::isSupported(lang)) {
        return ctx.usage(Cli::tr("--lang takes zh_CN or en."));
    }

    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    IncidentReportingService reporting(*vault.value());
    IncidentService incidents(*vault.value());

    if (action == QLatin1String("operator")) {
        if (ctx.isSet(QStringLiteral("operator-type"))) {
            OperatorType type;
            if (!operatorTypeFromKey(ctx.value(QStringLiteral("operator-type")), &type)) {
                return ctx.usage(Cli::tr("--operator-type takes cii, state_organ or other."));
            }
            if (Status s = reporting.setOperatorType(type); !s) {
                return ctx.fail(s.error());
            }
        }
        if (ctx.isSet(QStringLiteral("operator-name"))) {
            if (Status s = reporting.setOperatorName(ctx.value(QStringLiteral("operator-name"))); !s) {
                return ctx.fail(s.error());
            }
        }
        const auto type = reporting.operatorType();
        const RegulatorRule rule = incidents.rule();
        ctx.printJson(
            QJsonObject { { QStringLiteral("operator_type"),
                              type ? QJsonValue(operatorTypeKey(*type)) : QJsonValue(QStringLiteral("custom")) },
                { QStringLiteral("operator_name"), reporting.operatorName() }, { QStringLiteral("hours"), rule.hours },
                { QStringLiteral("threshold"), severityKey(rule.threshold) } });
        return ExitOk;
    }

    auto incident = incidents.get(id);
    if (!incident) {
        return ctx.fail(incident.error());
    }
    auto current = reporting.get(id);
    if (!current) {
        return ctx.fail(current.error());
    }

    if (action == QLatin1String("reports")) {
        ctx.printJson(reportingJson(incident.value(), current.value(), incidents.rule()));
        return ExitOk;
    }

    if (action == QLatin1String("report")) {
        QTranslator appTr;
        QTranslator qtTr;
        ui::LanguageManager::installInto(QCoreApplication::instance(), lang, &appTr, &qtTr);
        auto doc = reporting.reportDocument(id, kind, lang);
        if (!doc) {
            return ctx.fail(doc.error());
        }
        ui::ReportRenderer renderer(doc.value());
        const QString out = ctx.value(QStringLiteral("out"));
        if (Status s = renderer.writePdf(out); !s) {
            return ctx.fail(s.error());
        }
        ctx.printJson(
            QJsonObject { { QStringLiteral("report"), QStringLiteral("incident_%1").arg(reportKindKey(kind)) },
                { QStringLiteral("out"), QFileInfo(out).absoluteFilePath() }, { QStringLiteral("language"), lang },
                { QStringLiteral("pages"), renderer.lastPageCount() } });
        return ExitOk;
    }

    if (action == QLatin1String("file-report")) {
        if (!ctx.isSet(QStringLiteral("kind"))) {
            return ctx.usage(Cli::tr("incidents file-report needs --kind initial, supplementary or final."));
        }
        IncidentReportEntry e;
        e.incidentId = id;
        e.kind = kind;
        e.authority = ctx.value(QStringLiteral("regulator"));
        e.reference = ctx.value(QStringLiteral("reference"));
        e.reportedBy = ctx.value(QStringLiteral("by"));
        e.summary = ctx.value(QStringLiteral("summary"));
        e.reportedAt = Clock::nowUtc();
        if (ctx.isSet(QStringLiteral("at")) && !parseInstant(ctx.value(QStringLiteral("at")), &e.reportedAt)) {
            return ctx.usage(Cli::tr("Times are written in ISO 8601, e.g. 2026-03-10T09:30:00+08:00."));
        }
        auto added = reporting.addReport(e);
        if (!added) {
            return ctx.fail(added.error());
        }
    } else {
        // grading: overlay the options given on what is stored.
        IncidentReporting r = current.value();
        Incident n = incident.value();
        struct Text {
            const char* option;
            QString* field;
        };
        const Text texts[] = { { "systems", &r.systems }, { "place", &r.place }, { "effect", &r.measuresEffect },
            { "trend", &r.trend }, { "leads", &r.tracingLeads }, { "next-steps", &r.nextSteps },
            { "contact", &r.contactPerson }, { "rectification", &r.rectification }, { "lessons", &r.lessons },
            { "ransom-demand", &r.ransomDemand }, { "police-case", &r.policeCaseNumber },
            { "reason", &r.overrideReason } };
        for (const Text& t : texts) {
            if (ctx.isSet(QString::fromLatin1(t.option))) {
                *t.field = ctx.value(QString::fromLatin1(t.option));
            }
        }
        if (ctx.isSet(QStringLiteral("sensitive-people"))
            && !parseCount(ctx.value(QStringLiteral("sensitive-people")), &r.sensitivePeople)) {
            return ctx.usage(Cli::tr("--sensitive-people takes a whole number, 0 or more."));
        }
        if (ctx.isSet(QStringLiteral("loss-yuan"))
            && !parseCount(ctx.value(QStringLiteral("loss-yuan")), &r.lossYuan)) {
            return ctx.usage(Cli::tr("--loss-yuan takes a whole number of yuan, 0 or more."));
        }
        qint64 hours = r.disruptionHours;
        if (ctx.isSet(QStringLiteral("disruption-hours"))
            && (!parseCount(ctx.value(QStringLiteral("disruption-hours")), &hours) || hours > 100000)) {
            return ctx.usage(Cli::tr("--disruption-hours takes a whole number of hours."));
        }
        r.disruptionHours = int(hours);
        if (ctx.isSet(QStringLiteral("ransomware"))) {
            r.ransomware = true;
        }
        if (ctx.isSet(QStringLiteral("crime-suspected"))) {
            r.crimeSuspected = true;
        }
        if (ctx.isSet(QStringLiteral("police-date"))) {
            r.policeReportedOn = QDate::fromString(ctx.value(QStringLiteral("police-date")), Qt::ISODate);
            if (!r.policeReportedOn.isValid()) {
                return ctx.usage(Cli::tr("Dates are written YYYY-MM-DD."));
            }
        }
        if (ctx.isSet(QStringLiteral("handling-ended"))
            && !parseInstant(ctx.value(QStringLiteral("handling-ended")), &r.handlingEndedAt)) {
            return ctx.usage(Cli::tr("Times are written in ISO 8601, e.g. 2026-03-10T09:30:00+08:00."));
        }
        // Without --severity the incident takes the proposed grade.
        Severity grade = proposeGrade(IncidentReportingService::facts(n, r)).grade;
        if (ctx.isSet(QStringLiteral("severity")) && !severityFromKey(ctx.value(QStringLiteral("severity")), &grade)) {
            return ctx.usage(Cli::tr("--severity takes general, relatively_serious, major or especially_major."));
        }
        auto saved = reporting.save(r, grade);
        if (!saved) {
            return ctx.fail(saved.error());
        }
    }
    auto after = incidents.get(id);
    auto afterReporting = reporting.get(id);
    if (!after || !afterReporting) {
        return ctx.fail(!after ? after.error() : afterReporting.error());
    }
    ctx.printJson(reportingJson(after.value(), afterReporting.value(), incidents.rule()));
    return ExitOk;
}

} // namespace cd::cli

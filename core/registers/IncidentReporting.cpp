#include "IncidentReporting.h"

#include "audit/AuditLog.h"
#include "registers/RegisterService.h"
#include "settings/VaultSettings.h"
#include "storage/Statement.h"
#include "util/ChangedFields.h"
#include "util/Clock.h"
#include "util/EnumTable.h"
#include "util/Languages.h"
#include "util/TranslationContexts.h"
#include "vault/Vault.h"

#include <QLocale>

#include <algorithm>

namespace cd::registers {

namespace {

[[noreturn]] void refuse(ErrorCode code, const QString& message)
{
    throw DbException(code, message);
}

Error invalid(const QString& lead, const QStringList& problems)
{
    return Error { ErrorCode::InvalidInput, lead + QLatin1Char(' ') + problems.join(QLatin1Char(' ')) };
}

// Report wording in the report's own language (the report goes out in the language chosen for
// it, not in the UI language).
QString pick(const QString& language, const char* en, const char* zh)
{
    return QString::fromUtf8(language == Languages::chinese() ? zh : en);
}

QString whenText(const QDateTime& utc, const QString& language)
{
    if (!utc.isValid()) {
        return pick(language, "unknown", "不详");
    }
    return QLocale(language == Languages::chinese() ? QLocale::Chinese : QLocale::English)
        .toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text.trimmed();
}

} // namespace

const EnumEntry<ReportKind> kReportKindRows[] = {
    { ReportKind::Initial, "initial", QT_TRANSLATE_NOOP("cd::Registers", "First report") },
    { ReportKind::Supplementary, "supplementary", QT_TRANSLATE_NOOP("cd::Registers", "Supplementary report (补报)") },
    { ReportKind::Final, "final", QT_TRANSLATE_NOOP("cd::Registers", "Final summary report") },
};
const EnumTable<ReportKind> kReportKindTable { "cd::Registers", kReportKindRows };

QString reportKindKey(ReportKind kind)
{
    return kReportKindTable.keyOf(kind);
}

bool reportKindFromKey(const QString& key, ReportKind* out)
{
    return kReportKindTable.fromKey(key, out);
}

QString reportKindName(ReportKind kind)
{
    return kReportKindTable.displayName(kind);
}

const EnumEntry<FinalReportClock::State> kFinalClockStateRows[] = {
    { FinalReportClock::State::NotRequired, "not_required", QT_TRANSLATE_NOOP("cd::Registers", "Not required") },
    { FinalReportClock::State::AwaitingEndOfHandling, "awaiting_end_of_handling",
        QT_TRANSLATE_NOOP("cd::Registers", "Starts when handling ends") },
    { FinalReportClock::State::Running, "running", QT_TRANSLATE_NOOP("cd::Registers", "Running") },
    { FinalReportClock::State::Overdue, "overdue", QT_TRANSLATE_NOOP("cd::Registers", "Overdue") },
    { FinalReportClock::State::ReportedInTime, "reported_in_time",
        QT_TRANSLATE_NOOP("cd::Registers", "Reported in time") },
    { FinalReportClock::State::ReportedLate, "reported_late", QT_TRANSLATE_NOOP("cd::Registers", "Reported late") },
};
const EnumTable<FinalReportClock::State> kFinalClockStateTable { "cd::Registers", kFinalClockStateRows };

QString finalClockStateKey(FinalReportClock::State state)
{
    return kFinalClockStateTable.keyOf(state);
}

QString finalClockStateName(FinalReportClock::State state)
{
    return kFinalClockStateTable.displayName(state);
}

IncidentReportingService::IncidentReportingService(Vault& vault)
    : m_vault(vault)
{
}

std::optional<OperatorType> IncidentReportingService::operatorType(Database& db)
{
    const RegulatorRule rule = IncidentService::rule(db);
    OperatorType type = OperatorType::Other;
    const QString stored = VaultSettings::get<QString>(db, Setting::OperatorType);
    if (!stored.isEmpty() && !operatorTypeFromKey(stored, &type)) {
        return std::nullopt;
    }
    // The clock may have been changed by hand since; then no operator type describes it.
    if (rule.hours != reportingHours(type) || rule.threshold != Severity::RelativelySerious) {
        return std::nullopt;
    }
    return type;
}

std::optional<OperatorType> IncidentReportingService::operatorType()
{
    const auto stored = m_vault.readResult(Permission::Read, [](ReadTx& tx) { return operatorType(tx.db()); });
    return stored ? stored.value() : OperatorType::Other;
}

Status IncidentReportingService::setOperatorType(OperatorType type)
{
    // The type and the clock it implies change together; each rule that really changes gets its
    // own registry entry with its old and new value.
    return m_vault.write(Permission::ManageSettings, [&](WriteTx& tx) {
        const std::pair<Setting, QString> rules[] = {
            { Setting::OperatorType, operatorTypeKey(type) },
            { Setting::IncidentReportHours, QString::number(reportingHours(type)) },
            { Setting::IncidentReportThreshold, severityKey(Severity::RelativelySerious) },
        };
        bool changed = false;
        for (const auto& [setting, value] : rules) {
            if (VaultSettings::get<QString>(tx.db(), setting) != value) {
                VaultSettings::write(tx, setting, value);
                changed = true;
            }
        }
        if (!changed) {
            // Choosing the type already in force is still a decision on record.
            VaultSettings::write(tx, Setting::OperatorType, operatorTypeKey(type));
        }
    });
}

QString IncidentReportingService::operatorName()
{
    return VaultSettings::get<QString>(m_vault, Setting::OperatorName);
}

Status IncidentReportingService::setOperatorName(const QString& name)
{
    return VaultSettings::set(m_vault, Setting::OperatorName, name.trimmed());
}

GradingFacts IncidentReportingService::facts(const Incident& incident, const IncidentReporting& r)
{
    return GradingFacts { incident.peopleCount, r.sensitivePeople, r.lossYuan };
}

IncidentReporting IncidentReportingService::load(Database& db, qint64 incidentId)
{
    IncidentReporting r;
    r.incidentId = incidentId;
    Statement s(db,
        "SELECT sensitive_people, loss_yuan, systems, disruption_hours, ransomware, ransom_demand, "
        "crime_suspected, place, measures_effect, trend, tracing_leads, next_steps, contact_person, "
        "rectification, lessons, proposed_grade, grade_rule, override_reason, police_reported_on, "
        "police_case_number, handling_ended_at FROM incident_reporting WHERE incident_id = ?");
    s.bind(1, incidentId);
    if (s.next()) {
        r.stored = true;
        r.sensitivePeople = s.int64(0);
        r.lossYuan = s.int64(1);
        r.systems = s.text(2);
        r.disruptionHours = s.integer(3);
        r.ransomware = s.boolean(4);
        r.ransomDemand = s.text(5);
        r.crimeSuspected = s.boolean(6);
        r.place = s.text(7);
        r.measuresEffect = s.text(8);
        r.trend = s.text(9);
        r.tracingLeads = s.text(10);
        r.nextSteps = s.text(11);
        r.contactPerson = s.text(12);
        r.rectification = s.text(13);
        r.lessons = s.text(14);
        severityFromKey(s.text(15), &r.proposedGrade);
        r.gradeRule = s.text(16);
        r.overrideReason = s.text(17);
        r.policeReportedOn = s.isNull(18) ? QDate() : s.date(18);
        r.policeCaseNumber = s.text(19);
        r.handlingEndedAt = s.isNull(20) ? QDateTime() : s.dateTime(20);
    }
    Statement reports(db,
        "SELECT id, kind, reported_at, authority, reference, reported_by, summary, created_at "
        "FROM incident_reports WHERE incident_id = ? ORDER BY reported_at, id");
    reports.bind(1, incidentId);
    while (reports.next()) {
        IncidentReportEntry e;
        e.id = reports.int64(0);
        e.incidentId = incidentId;
        reportKindFromKey(reports.text(1), &e.kind);
        e.reportedAt = reports.dateTime(2);
        e.authority = reports.text(3);
        e.reference = reports.text(4);
        e.reportedBy = reports.text(5);
        e.summary = reports.text(6);
        e.createdAt = reports.dateTime(7);
        r.reports.append(e);
    }
    return r;
}

Result<IncidentReporting> IncidentReportingService::get(qint64 incidentId)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<IncidentReporting> {
        if (store::incidents(tx.db(), {}, incidentId).isEmpty() || incidentId <= 0) {
            return Error { ErrorCode::NotFound, cd::RegistersText::tr("Incident %1 does not exist.").arg(incidentId) };
        }
        return load(tx.db(), incidentId);
    });
}

Result<IncidentReporting> IncidentReportingService::save(const IncidentReporting& input, Severity grade)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    IncidentReporting r = input;
    r.overrideReason = r.overrideReason.trimmed();
    QStringList p;
    if (r.sensitivePeople < 0 || r.lossYuan < 0 || r.disruptionHours < 0) {
        p << cd::RegistersText::tr("Counts and amounts cannot be negative.");
    }
    if (r.policeReportedOn.isValid() && r.policeReportedOn > Clock::today().addDays(1)) {
        p << cd::RegistersText::tr("The police report date lies in the future.");
    }
    if (!r.policeReportedOn.isValid() && !r.policeCaseNumber.trimmed().isEmpty()) {
        p << cd::RegistersText::tr("Enter the date of the police report with its case number.");
    }
    if (r.handlingEndedAt.isValid() && r.handlingEndedAt > Clock::nowUtc().addSecs(300)) {
        p << cd::RegistersText::tr("The end of handling lies in the future.");
    }
    if (!p.isEmpty()) {
        return invalid(cd::RegistersText::tr("The reporting details cannot be saved."), p);
    }
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QList<Incident> found = store::incidents(db, {}, r.incidentId);
        if (found.isEmpty()) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("Incident %1 no longer exists.").arg(r.incidentId));
        }
        const Incident& n = found.first();
        if (n.status == IncidentStatus::Closed) {
            refuse(ErrorCode::NotAllowed,
                cd::RegistersText::tr("Incident %1 is closed and signed off; it can no longer be changed.")
                    .arg(r.incidentId));
        }
        if (r.handlingEndedAt.isValid() && r.handlingEndedAt < n.discoveredAt) {
            refuse(ErrorCode::InvalidInput,
                cd::RegistersText::tr("Handling cannot end before the incident was discovered."));
        }
        const GradeProposal proposal = proposeGrade(facts(n, r));
        const bool overridden = grade != proposal.grade;
        if (overridden && r.overrideReason.isEmpty()) {
            refuse(ErrorCode::InvalidInput,
                cd::RegistersText::tr("The grade differs from the proposed grade (%1); give the reason for the "
                                      "override.")
                    .arg(severityName(proposal.grade)));
        }
        if (overridden && !m_vault.actor().can(Permission::Approve)) {
            refuse(ErrorCode::PermissionDenied,
                cd::RegistersText::tr("Only a privacy officer or an administrator may override the proposed grade."));
        }
        if (!overridden) {
            r.overrideReason.clear();
        }
        const IncidentReporting before = load(db, r.incidentId);
        const auto fields = [](const IncidentReporting& x) {
            return std::make_tuple(x.sensitivePeople, x.lossYuan, x.systems, x.disruptionHours, x.ransomware,
                x.ransomDemand, x.crimeSuspected, x.place, x.measuresEffect, x.trend, x.tracingLeads, x.nextSteps,
                x.contactPerson, x.rectification, x.lessons, x.overrideReason, x.policeReportedOn, x.policeCaseNumber,
                x.handlingEndedAt);
        };
        QStringList changed = changedFields(fields(before), fields(r),
            { "sensitive_people", "loss_yuan", "systems", "disruption_hours", "ransomware", "ransom_demand",
                "crime_suspected", "place", "measures_effect", "trend", "tracing_leads", "next_steps", "contact_person",
                "rectification", "lessons", "override_reason", "police_reported_on", "police_case_number",
                "handling_ended_at" });
        if (n.severity != grade) {
            changed << QStringLiteral("severity");
        }

        Statement w(db,
            "INSERT OR REPLACE INTO incident_reporting (incident_id, sensitive_people, loss_yuan, systems, "
            "disruption_hours, ransomware, ransom_demand, crime_suspected, place, measures_effect, trend, "
            "tracing_leads, next_steps, contact_person, rectification, lessons, proposed_grade, grade_rule, "
            "override_reason, police_reported_on, police_case_number, handling_ended_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        w.bind(1, r.incidentId)
            .bind(2, r.sensitivePeople)
            .bind(3, r.lossYuan)
            .bindText(4, r.systems.trimmed())
            .bind(5, r.disruptionHours)
            .bind(6, r.ransomware)
            .bindText(7, r.ransomDemand.trimmed())
            .bind(8, r.crimeSuspected)
            .bindText(9, r.place.trimmed())
            .bindText(10, r.measuresEffect.trimmed())
            .bindText(11, r.trend.trimmed())
            .bindText(12, r.tracingLeads.trimmed())
            .bindText(13, r.nextSteps.trimmed())
            .bindText(14, r.contactPerson.trimmed())
            .bindText(15, r.rectification.trimmed())
            .bindText(16, r.lessons.trimmed())
            .bind(17, severityKey(proposal.grade))
            .bindText(18, proposal.rule)
            .bindText(19, r.overrideReason)
            .bind(20, r.policeReportedOn)
            .bindText(21, r.policeCaseNumber.trimmed())
            .bind(22, r.handlingEndedAt.isValid() ? r.handlingEndedAt.toUTC() : QDateTime())
            .bind(23, Clock::nowUtc())
            .exec();
        if (n.severity != grade) {
            Statement u(db, "UPDATE incidents SET severity = ?, updated_at = ? WHERE id = ?");
            u.bind(1, severityKey(grade)).bind(2, Clock::nowUtc()).bind(3, r.incidentId).exec();
        }
        tx.audit(
            { QStringLiteral("incident.reporting"), QStringLiteral("incident"), QString::number(r.incidentId), changed,
                QStringLiteral("proposed=%1; rule=%2; grade=%3")
                    .arg(severityKey(proposal.grade), proposal.rule, severityKey(grade)) });
        if (overridden && (before.overrideReason != r.overrideReason || n.severity != grade)) {
            tx.audit({ QStringLiteral("incident.grade_override"), QStringLiteral("incident"),
                QString::number(r.incidentId), { QStringLiteral("severity"), QStringLiteral("override_reason") },
                QStringLiteral("proposed=%1; grade=%2").arg(severityKey(proposal.grade), severityKey(grade)) });
        }
    });
    if (!s) {
        return s;
    }
    return get(r.incidentId);
}

Result<IncidentReportEntry> IncidentReportingService::addReport(const IncidentReportEntry& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    IncidentReportEntry e = input;
    e.authority = e.authority.trimmed();
    e.reportedBy = e.reportedBy.trimmed();
    e.reference = e.reference.trimmed();
    QStringList p;
    if (e.authority.isEmpty()) {
        p << cd::RegistersText::tr("Name the authority the incident was reported to.");
    }
    if (!e.reportedAt.isValid()) {
        p << cd::RegistersText::tr("Enter when the report was made.");
    } else if (e.reportedAt > Clock::nowUtc().addSecs(300)) {
        p << cd::RegistersText::tr("The report time lies in the future.");
    }
    if (e.reportedBy.isEmpty()) {
        p << cd::RegistersText::tr("Say who made the report.");
    }
    if (!p.isEmpty()) {
        return invalid(cd::RegistersText::tr("The report cannot be recorded."), p);
    }
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QList<Incident> found = store::incidents(db, {}, e.incidentId);
        if (found.isEmpty()) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("Incident %1 no longer exists.").arg(e.incidentId));
        }
        const Incident& n = found.first();
        if (e.reportedAt < n.discoveredAt) {
            refuse(ErrorCode::InvalidInput,
                cd::RegistersText::tr("The regulator report cannot predate the discovery of the incident."));
        }
        const IncidentReporting r = load(db, e.incidentId);
        const bool hasFirst = std::any_of(r.reports.cbegin(), r.reports.cend(),
            [](const IncidentReportEntry& x) { return x.kind == ReportKind::Initial; });
        if (e.kind == ReportKind::Initial && hasFirst) {
            refuse(ErrorCode::NotAllowed,
                cd::RegistersText::tr("The first report is already recorded; record a supplementary report instead."));
        }
        if (e.kind != ReportKind::Initial && !hasFirst) {
            refuse(ErrorCode::NotAllowed, cd::RegistersText::tr("Record the first report before any other report."));
        }
        if (e.kind == ReportKind::Final && !r.handlingEndedAt.isValid()) {
            refuse(ErrorCode::NotAllowed,
                cd::RegistersText::tr("The final summary report follows the end of handling; record when handling "
                                      "ended first."));
        }
        Statement ins(db,
            "INSERT INTO incident_reports (incident_id, kind, reported_at, authority, reference, reported_by, "
            "summary, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bind(1, e.incidentId)
            .bind(2, reportKindKey(e.kind))
            .bind(3, e.reportedAt.toUTC())
            .bindText(4, e.authority)
            .bindText(5, e.reference)
            .bindText(6, e.reportedBy)
            .bindText(7, e.summary.trimmed())
            .bind(8, m_vault.actor().id)
            .bind(9, Clock::nowUtc())
            .exec();
        e.id = db.lastInsertId();
        // The first report is the one the clock of the register waits for.
        if (e.kind == ReportKind::Initial && !n.regulatorReportedAt.isValid()) {
            Statement u(db,
                "UPDATE incidents SET regulator_authority = ?, regulator_reported_at = ?, regulator_reference = ?, "
                "regulator_reported_by = ?, updated_at = ? WHERE id = ?");
            u.bindText(1, e.authority)
                .bind(2, e.reportedAt.toUTC())
                .bindText(3, e.reference)
                .bindText(4, e.reportedBy)
                .bind(5, Clock::nowUtc())
                .bind(6, e.incidentId)
                .exec();
        }
        QStringList fields { QStringLiteral("kind"), QStringLiteral("reported_at"), QStringLiteral("authority"),
            QStringLiteral("reported_by") };
        if (!e.reference.isEmpty()) {
            fields << QStringLiteral("reference");
        }
        if (!e.summary.trimmed().isEmpty()) {
            fields << QStringLiteral("summary");
        }
        tx.audit({ QStringLiteral("incident.report_filed"), QStringLiteral("incident"), QString::number(e.incidentId),
            fields, QStringLiteral("kind=%1").arg(reportKindKey(e.kind)) });
    });
    if (!s) {
        return s;
    }
    e.createdAt = Clock::nowUtc();
    return e;
}

FinalReportClock IncidentReportingService::finalClock(
    const Incident& n, const IncidentReporting& r, const RegulatorRule& rule, const QDateTime& now)
{
    FinalReportClock c;
    if (n.severity < rule.threshold) {
        return c;
    }
    if (!r.handlingEndedAt.isValid()) {
        c.state = FinalReportClock::State::AwaitingEndOfHandling;
        return c;
    }
    // Calendar days: the deadline is the same local time 30 days later, whatever holidays lie between.
    c.deadline = r.handlingEndedAt.toUTC().addDays(finalReportDays);
    for (const IncidentReportEntry& e : r.reports) {
        if (e.kind == ReportKind::Final) {
            c.state = e.reportedAt <= c.deadline ? FinalReportClock::State::ReportedInTime
                                                 : FinalReportClock::State::ReportedLate;
            return c;
        }
    }
    c.secondsRemaining = now.secsTo(c.deadline);
    c.state = now < c.deadline ? FinalReportClock::State::Running : FinalReportClock::State::Overdue;
    return c;
}

QStringList IncidentReportingService::missingReportElements(
    const Incident& n, const IncidentReporting& r, ReportKind kind, const QString& operatorName)
{
    QStringList missing;
    auto need = [&missing](bool empty, const QString& name) {
        if (empty) {
            missing << name;
        }
    };
    auto blank = [](const QString& s) { return s.trimmed().isEmpty(); };
    need(blank(operatorName), cd::RegistersText::tr("the operator's name (Settings)"));
    need(blank(r.systems), cd::RegistersText::tr("the facility, system or platform affected"));
    need(!n.discoveredAt.isValid(), cd::RegistersText::tr("the time of discovery"));
    need(blank(r.place), cd::RegistersText::tr("the place of discovery or occurrence"));
    need(blank(n.description), cd::RegistersText::tr("what happened"));
    need(blank(n.possibleHarm), cd::RegistersText::tr("the harm caused"));
    need(n.peopleCount <= 0 && r.lossYuan <= 0 && r.disruptionHours <= 0,
        cd::RegistersText::tr("the affected scope (people, loss or disruption)"));
    need(blank(n.measuresTaken), cd::RegistersText::tr("the measures taken"));
    need(blank(r.measuresEffect), cd::RegistersText::tr("the effect of the measures"));
    need(r.ransomware && blank(r.ransomDemand), cd::RegistersText::tr("the ransom demanded (amount, method, date)"));
    need(blank(r.contactPerson), cd::RegistersText::tr("the contact person"));
    // A first report within the deadline may leave open what cannot be known yet; the rest
    // follows in supplementary reports.
    if (kind != ReportKind::Initial) {
        need(blank(r.trend), cd::RegistersText::tr("the trend and possible further harm"));
        need(blank(n.cause), cd::RegistersText::tr("the preliminary cause"));
        need(blank(r.tracingLeads), cd::RegistersText::tr("the leads for tracing"));
        need(blank(r.nextSteps), cd::RegistersText::tr("the next steps"));
    }
    if (kind == ReportKind::Final) {
        need(!r.handlingEndedAt.isValid(), cd::RegistersText::tr("when handling ended"));
        need(blank(r.rectification), cd::RegistersText::tr("the rectification"));
        need(blank(r.lessons), cd::RegistersText::tr("the lessons learnt"));
    }
    return missing;
}

ReportDocument IncidentReportingService::buildReportDocument(const Incident& n, const IncidentReporting& r,
    ReportKind kind, const QString& operatorName, const ReportContext& ctx)
{
    const QString& lang = ctx.language;
    const QLocale locale(lang == Languages::chinese() ? QLocale::Chinese : QLocale::English);
    ReportDocument doc;
    doc.language = lang;
    doc.title = kind == ReportKind::Initial ? pick(lang, "Cybersecurity incident report", "网络安全事件报告")
        : kind == ReportKind::Supplementary
        ? pick(lang, "Cybersecurity incident report (supplementary)", "网络安全事件补充报告")
        : pick(lang, "Cybersecurity incident final summary report", "网络安全事件总结报告");
    doc.scope = n.title;
    doc.generatedAt = ctx.nowUtc;
    doc.generatedBy = ctx.generatedBy;
    doc.paragraph(pick(lang,
        "Made under the National Measures for the Administration of Cybersecurity Incident Reporting (CAC, in "
        "force 1 November 2025). For internal use; the report to the regulator is made in Chinese.",
        "依据《国家网络安全事件报告管理办法》（国家互联网信息办公室，2025年11月1日起施行）报告。"));

    const GradeProposal proposal = proposeGrade(facts(n, r));
    auto severityText = [&](Severity s) {
        static const char* en[]
            = { "General", "Relatively serious (较大)", "Major (重大)", "Especially major (特别重大)" };
        static const char* zh[] = { "一般", "较大", "重大", "特别重大" };
        return pick(lang, en[int(s)], zh[int(s)]);
    };
    QString grade = severityText(n.severity);
    if (n.severity != proposal.grade && !r.overrideReason.isEmpty()) {
        grade += pick(
            lang, " (grading guide proposes %1; reason for the grade: %2)", "（分级指南研判为%1；定级理由：%2）")
                     .arg(severityText(proposal.grade), r.overrideReason);
    }

    doc.heading(pick(lang, "1. Operator and system", "一、网络运营者及系统基本情况"));
    doc.keyValues({ { pick(lang, "Network operator", "网络运营者名称"), orDash(operatorName) },
        { pick(lang, "Facility, system or platform", "发生事件的设施、系统、平台"), orDash(r.systems) } });

    doc.heading(pick(lang, "2. The incident", "二、事件基本情况"));
    QList<QPair<QString, QString>> facts {
        { pick(lang, "Discovered", "发现时间"), whenText(n.discoveredAt, lang) },
        { pick(lang, "Occurred", "发生时间"), whenText(n.occurredAt, lang) },
        { pick(lang, "Place", "地点"), orDash(r.place) },
        { pick(lang, "Type", "事件类型"), incidentCategoryName(n.category) },
        { pick(lang, "Grade", "事件级别"), grade },
        { pick(lang, "What happened", "事件经过"), orDash(n.description) },
        { pick(lang, "Harm caused", "已造成的影响和危害"), orDash(n.possibleHarm) },
        { pick(lang, "People affected", "涉及人数"), locale.toString(n.peopleCount) },
        { pick(lang, "of them with sensitive personal information", "其中涉及敏感个人信息人数"),
            locale.toString(r.sensitivePeople) },
        { pick(lang, "Direct economic loss (yuan)", "直接经济损失（元）"), locale.toString(r.lossYuan) },
    };
    if (r.disruptionHours > 0) {
        facts << qMakePair(
            pick(lang, "Disruption (hours)", "中断运行时长（小时）"), locale.toString(r.disruptionHours));
    }
    if (r.ransomware) {
        facts << qMakePair(pick(lang, "Ransom demanded (amount, method, date)", "要求支付赎金的金额、方式、日期"),
            orDash(r.ransomDemand));
    }
    doc.keyValues(facts);

    doc.heading(pick(lang, "3. Measures taken and their effect", "三、已采取的应对措施及效果"));
    doc.keyValues({ { pick(lang, "Measures taken", "已采取的措施"), orDash(n.measuresTaken) },
        { pick(lang, "Effect", "效果"), orDash(r.measuresEffect) } });

    doc.heading(pick(lang, "4. Assessment", "四、研判情况"));
    const QString pending = pick(lang, "to follow in a supplementary report", "待补报");
    auto orPending = [&](const QString& s) {
        return s.trimmed().isEmpty() ? (kind == ReportKind::Initial ? pending : orDash(s)) : s.trimmed();
    };
    doc.keyValues({ { pick(lang, "Trend and possible further harm", "事态发展趋势及可能造成的进一步影响和危害"),
                        orPending(r.trend) },
        { pick(lang, "Preliminary cause", "事件原因初步分析"), orPending(n.cause) },
        { pick(lang, "Leads for tracing (attacker, path, vulnerabilities)", "进一步调查分析所需线索"),
            orPending(r.tracingLeads) },
        { pick(lang, "Next steps and support requested", "拟进一步采取的应对措施及请求支援事项"),
            orPending(r.nextSteps) } });
    if (r.crimeSuspected || r.policeReportedOn.isValid()) {
        doc.keyValues({ { pick(lang, "Reported to the police", "向公安机关报案"),
            r.policeReportedOn.isValid()
                ? pick(lang, "%1, case number %2", "%1，案件编号%2")
                      .arg(r.policeReportedOn.toString(Qt::ISODate), orDash(r.policeCaseNumber))
                : pick(lang, "not yet (a crime is suspected)", "尚未报案（涉嫌违法犯罪）") } });
    }

    if (kind == ReportKind::Final) {
        doc.heading(pick(lang, "5. Summary", "五、总结"));
        doc.keyValues({ { pick(lang, "Handling ended", "处置结束时间"), whenText(r.handlingEndedAt, lang) },
            { pick(lang, "Rectification", "整改情况"), orDash(r.rectification) },
            { pick(lang, "Lessons learnt", "经验教训"), orDash(r.lessons) } });
    }

    if (!r.reports.isEmpty()) {
        ReportTable t;
        t.headers = { pick(lang, "Report", "报告"), pick(lang, "Made", "报告时间"), pick(lang, "To", "报告对象"),
            pick(lang, "Reference", "编号"), pick(lang, "By", "报告人") };
        for (const IncidentReportEntry& e : r.reports) {
            static const char* en[] = { "First report", "Supplementary report", "Final summary report" };
            static const char* zh[] = { "首次报告", "补报", "总结报告" };
            t.rows << QStringList { pick(lang, en[int(e.kind)], zh[int(e.kind)]), whenText(e.reportedAt, lang),
                e.authority, orDash(e.reference), e.reportedBy };
        }
        doc.heading(pick(lang, "Reports made so far", "已报告情况"));
        doc.table(t);
    }

    doc.heading(pick(lang, "Contact person", "联系人"));
    doc.paragraph(orDash(r.contactPerson));
    doc.paragraph(ReportDocument::contactLine(lang));
    return doc;
}

Result<ReportDocument> IncidentReportingService::reportDocument(
    qint64 incidentId, ReportKind kind, const QString& language)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<ReportDocument> {
        const QList<Incident> found = store::incidents(tx.db(), {}, incidentId);
        if (found.isEmpty() || incidentId <= 0) {
            return Error { ErrorCode::NotFound, cd::RegistersText::tr("Incident %1 does not exist.").arg(incidentId) };
        }
        const IncidentReporting r = load(tx.db(), incidentId);
        const QString name = operatorName();
        if (const QStringList missing = missingReportElements(found.first(), r, kind, name); !missing.isEmpty()) {
            return Error { ErrorCode::NotAllowed,
                cd::RegistersText::tr("The %1 cannot be generated yet; it must state %2.")
                    .arg(reportKindName(kind).toLower(), missing.join(QStringLiteral(", "))) };
        }
        return buildReportDocument(found.first(), r, kind, name, reportContext(m_vault, language));
    });
}

QList<QPair<Incident, FinalReportClock>> IncidentReportingService::pendingFinalReports(
    Database& db, const QDateTime& nowUtc)
{
    const RegulatorRule rule = IncidentService::rule(db);
    QList<QPair<Incident, FinalReportClock>> pending;
    QList<qint64> ended;
    {
        Statement s(db, "SELECT incident_id FROM incident_reporting WHERE handling_ended_at IS NOT NULL");
        while (s.next()) {
            ended << s.int64(0);
        }
    }
    for (qint64 id : ended) {
        const QList<Incident> found = store::incidents(db, {}, id);
        if (found.isEmpty()) {
            continue;
        }
        const FinalReportClock c = finalClock(found.first(), load(db, id), rule, nowUtc);
        if (c.isPending()) {
            pending.append({ found.first(), c });
        }
    }
    std::sort(pending.begin(), pending.end(),
        [](const auto& a, const auto& b) { return a.second.deadline < b.second.deadline; });
    return pending;
}

} // namespace cd::registers

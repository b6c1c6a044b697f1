#pragma once

#include "registers/IncidentGrading.h"
#include "registers/RegisterReports.h"
#include "registers/RegisterTypes.h"
#include "report/ReportDocument.h"
#include "settings/VaultSettings.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace cd {
class Database;
class Vault;
} // namespace cd

namespace cd::registers {

namespace SettingKeys {
// Which kind of network operator the company is (decides the 1/2/4-hour clock).
inline QString operatorType()
{
    return VaultSettings::key(Setting::OperatorType);
}
// The operator's name as it appears on reports to the regulator.
inline QString operatorName()
{
    return VaultSettings::key(Setting::OperatorName);
}
} // namespace SettingKeys

// A report made to the regulator under the measures: the first report (which may be partial),
// supplementary reports (补报) as the facts become known, and the final summary report.
enum class ReportKind { Initial, Supplementary, Final };
constexpr int reportKindCount = 3;
QString reportKindKey(ReportKind kind);
bool reportKindFromKey(const QString& key, ReportKind* out);
QString reportKindName(ReportKind kind);

struct IncidentReportEntry {
    qint64 id = 0;
    qint64 incidentId = 0;
    ReportKind kind = ReportKind::Initial;
    QDateTime reportedAt;
    QString authority;
    QString reference;
    QString reportedBy;
    QString summary;
    QDateTime createdAt;
};

// Everything the measures ask about an incident beyond the register's own fields.
struct IncidentReporting {
    qint64 incidentId = 0;
    qint64 sensitivePeople = 0;
    qint64 lossYuan = 0;
    QString systems; // facility, system or platform affected
    int disruptionHours = 0;
    bool ransomware = false;
    QString ransomDemand; // amount, method and date of the ransom demanded
    bool crimeSuspected = false;
    QString place; // where it was discovered or occurred
    QString measuresEffect; // the effect of the measures taken
    QString trend; // how it may develop, further harm
    QString tracingLeads; // attacker, attack path, vulnerabilities
    QString nextSteps; // further measures, support requested
    QString contactPerson;
    QString rectification; // final report
    QString lessons; // final report
    Severity proposedGrade = Severity::General;
    QString gradeRule; // key of the threshold that decided the proposal
    QString overrideReason; // why the recorded grade differs from the proposal
    QDate policeReportedOn;
    QString policeCaseNumber;
    QDateTime handlingEndedAt;
    QList<IncidentReportEntry> reports; // oldest first
    bool stored = false; // false: nothing saved yet, the defaults are shown
};

// The final-report clock: due `finalReportDays` after handling ended, for reportable incidents.
struct FinalReportClock {
    enum class State { NotRequired, AwaitingEndOfHandling, Running, Overdue, ReportedInTime, ReportedLate };
    State state = State::NotRequired;
    QDateTime deadline;
    qint64 secondsRemaining = 0;
    bool isPending() const { return state == State::Running || state == State::Overdue; }
};
QString finalClockStateKey(FinalReportClock::State state);
QString finalClockStateName(FinalReportClock::State state);

// Reporting under the 国家网络安全事件报告管理办法: the operator type setting and its clock, the
// grading assistant with audited overrides, dated reports, the police report and the report
// document. Every write checks the permission and writes its audit entry in one transaction.
class IncidentReportingService
{
public:
    explicit IncidentReportingService(Vault& vault);

    // The operator type from the vault settings; empty when the clock was set by hand to
    // something no operator type gives. An unset vault counts as `Other` (4 hours).
    std::optional<OperatorType> operatorType();
    static std::optional<OperatorType> operatorType(Database& db);
    // Sets the type and the regulator clock it implies (its hours, 较大 and above); administrators.
    Status setOperatorType(OperatorType type);
    QString operatorName();
    Status setOperatorName(const QString& name);

    static GradingFacts facts(const Incident& incident, const IncidentReporting& reporting);

    Result<IncidentReporting> get(qint64 incidentId);
    static IncidentReporting load(Database& db, qint64 incidentId);
    // Saves the facts and report details and records `grade` on the incident. A grade that
    // differs from the one the grading table proposes needs a reason and the approval
    // permission, and is audited as an override.
    Result<IncidentReporting> save(const IncidentReporting& reporting, Severity grade);
    // Records a dated report to the regulator. The first report starts nothing new but stops the
    // report clock; a supplementary report needs a first report; the final report needs the end
    // of handling.
    Result<IncidentReportEntry> addReport(const IncidentReportEntry& entry);

    static FinalReportClock finalClock(
        const Incident& incident, const IncidentReporting& reporting, const RegulatorRule& rule, const QDateTime& now);

    // The elements the measures require in a report of `kind` that are still empty, translated;
    // empty when the report can be generated. A first report may leave the cause, trend and
    // tracing leads open; supplementary and final reports may not; the final report also needs
    // the rectification and the lessons.
    static QStringList missingReportElements(
        const Incident& incident, const IncidentReporting& reporting, ReportKind kind, const QString& operatorName);
    // The report document in "zh_CN" or "en"; refused, naming what is missing, while a required
    // element is empty.
    Result<ReportDocument> reportDocument(qint64 incidentId, ReportKind kind, const QString& language);
    static ReportDocument buildReportDocument(const Incident& incident, const IncidentReporting& reporting,
        ReportKind kind, const QString& operatorName, const ReportContext& ctx);

    // For the Dashboard: final reports due or overdue, most urgent first.
    static QList<QPair<Incident, FinalReportClock>> pendingFinalReports(Database& db, const QDateTime& nowUtc);

private:
    Vault& m_vault;
};

} // namespace cd::registers

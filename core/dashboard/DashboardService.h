#pragma once

#include "iso/IsoTypes.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace cd {

class Database;
class Vault;

namespace dashboard {

// The reporting period: whole local calendar days, both ends included.
struct Period {
    enum class Preset { Last30Days, Quarter, Year, Custom };

    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    int days() const { return isValid() ? int(from.daysTo(to)) + 1 : 0; }
    // The period of the same length just before this one, for trends.
    Period previous() const;
    bool contains(const QDate& date) const { return date >= from && date <= to; }
    // Rolling periods ending today: the last 30 days, the last 3 months, the last 12 months.
    static Period preset(Preset preset, const QDate& today);
    bool operator==(const Period& o) const { return from == o.from && to == o.to; }
};

// One line of the attention list. The list is ordered by urgency (see attentionUrgencyOrder):
//  1. regulator reports for incidents — a legal clock counted in hours — earliest deadline first;
//  2. rights requests and material-change notifications — legal deadlines counted in days —
//     earliest deadline first, so overdue ones lead and one due today beats one due next week;
//  3. internal work without a legal clock: overdue control reviews (most overdue first), closed
//     submissions past the retention period, new submissions not yet handled.
// So a regulator report due in 2 hours is never listed below overdue control reviews.
enum class AttentionKind {
    IncidentReport, // regulator-report clock running or past
    IncidentFinalReport, // final summary report to the regulator due within 30 days of the end of handling
    ActivityPia, // processing activity needs an impact assessment, or its review is overdue
    ProcessorContract, // entrustment contract expiring within its reminder period, or expired
    ProcessorReview, // the processor's next review or audit due within 30 days, or overdue
    CrossBorder, // this year's cross-border transfers need a standard contract or a security assessment
    ComplianceAudit, // periodic or regulator-ordered compliance audit due within 30 days, or overdue
    AuditFinding, // compliance-audit finding due within a week, or overdue
    ProtectionOfficer, // 1,000,000 people or more and no personal-information protection officer named
    EvidenceExpiry, // evidence of a control, PIA or processor expired or expiring within 30 days
    Request, // rights request overdue or due within 3 working days
    PolicyNotification, // material-change notification due within a week or late
    SubmissionRetention, // closed submissions past the retention period (one line with a count)
    ControlReview, // ISO control review overdue
    NewSubmissions, // new submissions not yet handled (one line with a count)
};
QString attentionKindKey(AttentionKind kind); // stable key for JSON: incident, request, policy, …
struct AttentionItem;
// True when a should be listed before b (the order described above AttentionKind).
bool attentionUrgencyOrder(const AttentionItem& a, const AttentionItem& b);

struct AttentionItem {
    AttentionKind kind = AttentionKind::Request;
    bool late = false;
    // What: a record number or name (never a person's name), and a second line of detail.
    QString subject;
    QString subjectZh; // Chinese form where the record has one (control titles); else empty
    int requestType = -1; // requests: the requests::RequestType, named when shown
    // How late (positive) or how much time is left (zero or negative), in the kind's unit:
    // working days for requests, calendar days for policies, controls and submissions,
    // seconds for incident clocks.
    qint64 lateBy = 0;
    // The deadline as an instant (UTC): incidents their regulator deadline, dated deadlines the
    // end of their due day in local time. Invalid for lines without a deadline.
    QDateTime dueAt;
    int count = 0; // submissions lines: how many records
    // Navigation: a page id of MainWindow::pageIds() and its argument (see navigationArgument).
    QString pageId;
    QVariantMap argument;

    // Texts in the installed UI language (context cd::Dashboard).
    QString what(const QString& language) const;
    QString when() const;
};

enum class TileKind { NewSubmissions, OpenRequests, OnTimeRate, IsoImplemented, OpenIncidents, Disclosures };
QList<TileKind> allTileKinds();
QString tileKey(TileKind kind);

struct Tile {
    TileKind kind = TileKind::NewSubmissions;
    bool hasValue = false; // false: nothing to measure (e.g. no request completed in the period)
    double value = 0;
    bool hasPrevious = false;
    double previous = 0;
    int numerator = 0; // rate tiles: on time / completed, implemented / applicable
    int denominator = 0;

    bool isPercent() const { return kind == TileKind::OnTimeRate || kind == TileKind::IsoImplemented; }
    QString label() const; // translated
    QString valueText() const; // "1,234", "87%", "—"
    QString trendText() const; // "+12 vs previous period", "no change", empty when unknown
    QString detailText() const; // "13 of 15 completed on time"
};

// Outcomes of the requests received in the period, per type, for the stacked bar.
enum class RequestOutcome { CompletedOnTime, CompletedLate, Rejected, Withdrawn, Open, OpenOverdue };
inline constexpr int requestOutcomeCount = 6;
QString requestOutcomeName(RequestOutcome outcome);
QString requestOutcomeColor(RequestOutcome outcome);

struct SubmissionBucket {
    QDate start; // first day of the week (Monday) or month; clipped to the period
    int count = 0;
};

struct DashboardData {
    Period period;
    QDate today;
    QDateTime nowUtc;
    QList<AttentionItem> attention;
    QList<Tile> tiles;
    bool monthlyBuckets = false;
    QList<SubmissionBucket> submissions;
    int requestsByType[7][requestOutcomeCount] = {}; // [RequestType][RequestOutcome]
    iso::IsoOverview iso;
    int retentionMonths = 24;
    int evidenceExpired = 0; // evidence reminders: expired
    int evidenceDueSoon = 0; // and expiring within 30 days

    int lateCount() const;
    const Tile* tile(TileKind kind) const;
};

struct DashboardQuery {
    Period period;
    QDate today; // local
    QDateTime nowUtc; // for incident clocks and the retention cut-off
};

class DashboardService
{
public:
    explicit DashboardService(Vault& vault);

    static constexpr int policyHorizonDays = 7;

    // On the vault's own connection (CLI, reports); checks the Read permission.
    Result<DashboardData> compute(const Period& period);
    // On any connection, e.g. a worker's; the caller has checked the Read permission.
    // Read-only, in one read transaction so every figure comes from the same snapshot.
    static Result<DashboardData> compute(Database& db, const DashboardQuery& query);
    // Sets up a connection kept for repeated computations (the dashboard's worker): a page cache
    // large enough for a year of the received_at index of a large vault, so a refresh or another
    // period reads decrypted pages instead of decrypting them again.
    static Status prepareConnection(Database& db);

private:
    Vault& m_vault;
};

// Attention items in JSON for the CLI and the benchmark (keys, not translated text).
QJsonObject toJson(const DashboardData& data);

} // namespace dashboard
} // namespace cd

#include "dashboard/DashboardService.h"
#include "report/StatePalette.h"
#include "settings/VaultSettings.h"
#include "util/Languages.h"
#include "util/TranslationContexts.h"

#include "activities/ActivityReports.h"
#include "audits/AuditReports.h"
#include "iso/IsoService.h"
#include "policies/PolicyService.h"
#include "registers/IncidentReporting.h"
#include "registers/RegisterService.h"
#include "requests/RequestService.h"
#include "requests/WorkingDayCalendar.h"
#include "storage/Database.h"
#include "storage/DbGuard.h"
#include "storage/Statement.h"
#include "submissions/SubmissionCount.h"
#include "util/Clock.h"
#include "util/EnumTable.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace cd::dashboard {

namespace SubmissionCount = submissions::SubmissionCount;

namespace {

// The first UTC instant of a local calendar day, in the storage text form, so ranges over
// UTC columns follow the user's days.
QString utcStartOf(const QDate& localDay)
{
    return toStorageText(localDay.startOfDay().toUTC());
}

QDate localDateOf(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().date() : QDate();
}

// A deferred read transaction: one snapshot for every query, no write lock taken.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
        , m_own(!db.inTransaction())
    {
        if (m_own) {
            m_db.exec("BEGIN");
        }
    }
    ~ReadSnapshot()
    {
        if (m_own) {
            try {
                m_db.exec("COMMIT");
            } catch (const DbException&) {
                // Nothing was written; a failed COMMIT of a read leaves nothing to undo.
            }
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_own;
};

int retentionMonths(Database& db)
{
    return VaultSettings::get<int>(db, Setting::RetentionMonths);
}

QDate bucketStart(const QDate& day, bool monthly)
{
    return monthly ? QDate(day.year(), day.month(), 1) : day.addDays(1 - day.dayOfWeek());
}

// The first UTC instant of a local calendar day, in seconds since 1970.
qint64 utcSecsStartOf(const QDate& localDay)
{
    return localDay.startOfDay().toSecsSinceEpoch();
}

// Submissions received in [boundary, the end of the slot that holds it). Zero, without a query,
// when the boundary is a slot's start, as every local midnight is in today's zones; a day of a
// zone whose offset was once not a quarter hour (before 1973) is still counted exactly.
qint64 receivedFromBoundaryToSlotEnd(Database& db, qint64 boundary)
{
    const qint64 slotEnd = (SubmissionCount::slotAt(boundary) + 1) * SubmissionCount::slotSeconds;
    if (boundary == slotEnd - SubmissionCount::slotSeconds) {
        return 0;
    }
    Statement s(db, "SELECT count(*) FROM submissions WHERE received_at >= ? AND received_at < ?");
    s.bind(1, QDateTime::fromSecsSinceEpoch(boundary, Qt::UTC))
        .bind(2, QDateTime::fromSecsSinceEpoch(slotEnd, Qt::UTC));
    return s.next() ? s.int64(0) : 0;
}

// The first slot whose start is at or after `boundary`.
qint64 firstSlotFrom(qint64 boundary)
{
    return SubmissionCount::slotAt(boundary + SubmissionCount::slotSeconds - 1);
}

// Submissions received in a period, from the counts per 15-minute slot kept by the writers.
qint64 receivedIn(Database& db, const Period& p)
{
    const qint64 from = utcSecsStartOf(p.from);
    const qint64 to = utcSecsStartOf(p.to.addDays(1));
    return SubmissionCount::countInSlots(
               db, SubmissionCount::SlotKind::Received, firstSlotFrom(from), firstSlotFrom(to))
        + receivedFromBoundaryToSlotEnd(db, from) - receivedFromBoundaryToSlotEnd(db, to);
}

// Submissions received on each local day of a period (index 0 is p.from), from the kept counts
// per slot: a slot lies within one local day, so each goes whole to the day it starts in.
QList<qint64> receivedPerDay(Database& db, const Period& p)
{
    const int n = p.days();
    QList<qint64> boundaries; // the first instant of each day, and the end of the last
    boundaries.reserve(n + 1);
    for (int i = 0; i <= n; ++i) {
        boundaries.append(utcSecsStartOf(p.from.addDays(i)));
    }
    QList<qint64> perDay(n, 0);
    Statement s(db, "SELECT slot, count FROM submission_slots WHERE kind = 0 AND slot >= ? AND slot < ? ORDER BY slot");
    s.bind(1, firstSlotFrom(boundaries.first())).bind(2, firstSlotFrom(boundaries.last()));
    int day = 0;
    while (s.next()) {
        const qint64 start = s.int64(0) * SubmissionCount::slotSeconds;
        while (day + 1 < n && start >= boundaries.at(day + 1)) {
            ++day;
        }
        perDay[day] += s.int64(1);
    }
    // A day that does not start on a slot's start: the rows of the slot after its start belong
    // to it, not to the day before.
    for (int i = 0; i <= n; ++i) {
        const qint64 moved = receivedFromBoundaryToSlotEnd(db, boundaries.at(i));
        if (i > 0) {
            perDay[i - 1] -= moved;
        }
        if (i < n) {
            perDay[i] += moved;
        }
    }
    return perDay;
}

// A kept count of new or closed submissions and the first instant it counts.
struct KeptCount {
    qint64 count = 0;
    QDateTime first; // received_at of the oldest new one, closed_at of the first closed one
};

// New submissions (by received_at) or closed ones (by closed_at) before `before` (all when it is
// invalid). Whole slots come from the kept counts; the slot that holds `before` and the first
// instant are read from the rows of one slot, through submissions_received (received_at, then id) and
// the partial index submissions_closed (closed_at), which "closed_at IS NOT NULL" lets SQLite use.
KeptCount keptCountBefore(Database& db, SubmissionCount::SlotKind kind, const QDateTime& before)
{
    const bool isNew = kind == SubmissionCount::SlotKind::New;
    const QString column = isNew ? QStringLiteral("received_at") : QStringLiteral("closed_at");
    const QString rowsOfKind
        = isNew ? QStringLiteral("status = 'new'") : QStringLiteral("status = 'closed' AND closed_at IS NOT NULL");
    auto slotStart
        = [](qint64 slot) { return QDateTime::fromSecsSinceEpoch(slot * SubmissionCount::slotSeconds, Qt::UTC); };
    KeptCount out;
    const qint64 lastSlot
        = before.isValid() ? SubmissionCount::slotAt(before.toSecsSinceEpoch()) : std::numeric_limits<qint64>::max();
    out.count = SubmissionCount::countInSlots(db, kind, std::numeric_limits<qint64>::min(), lastSlot);
    if (before.isValid()) {
        Statement edge(db,
            QStringLiteral("SELECT count(*) FROM submissions WHERE %1 AND %2 >= ? AND %2 < ?").arg(rowsOfKind, column));
        edge.bind(1, slotStart(lastSlot)).bind(2, before);
        out.count += edge.next() ? edge.int64(0) : 0;
    }
    if (out.count == 0) {
        return out;
    }
    Statement firstSlot(db, "SELECT min(slot) FROM submission_slots WHERE kind = ?");
    firstSlot.bind(1, qint64(kind));
    if (!firstSlot.next() || firstSlot.isNull(0)) {
        return out;
    }
    const qint64 slot = firstSlot.int64(0);
    QDateTime end = slotStart(slot + 1);
    if (before.isValid() && before < end) {
        end = before;
    }
    Statement first(
        db, QStringLiteral("SELECT min(%2) FROM submissions WHERE %1 AND %2 >= ? AND %2 < ?").arg(rowsOfKind, column));
    first.bind(1, slotStart(slot)).bind(2, end);
    if (first.next() && !first.isNull(0)) {
        out.first = first.dateTime(0);
    }
    return out;
}

// Submissions per week or month, from the count of each local day.
QList<SubmissionBucket> submissionBuckets(const QList<qint64>& perDay, const Period& p, bool monthly)
{
    QList<SubmissionBucket> buckets;
    for (QDate d = bucketStart(p.from, monthly); d <= p.to; d = monthly ? d.addMonths(1) : d.addDays(7)) {
        const QDate next = monthly ? d.addMonths(1) : d.addDays(7);
        qint64 count = 0;
        for (QDate day = std::max(d, p.from); day < next && day <= p.to; day = day.addDays(1)) {
            count += perDay.at(p.from.daysTo(day));
        }
        buckets.append({ std::max(d, p.from), int(count) });
    }
    return buckets;
}

// Local dates of stored UTC instants: each UTC date's two local-midnight boundaries are worked
// out once, then every instant on that date is placed by comparing text.
class LocalDates
{
public:
    QDate of(QByteArrayView storedUtc)
    {
        if (storedUtc.size() < 10) {
            return localDateOf(fromStorageText(storedUtc));
        }
        const QByteArray utcDay = storedUtc.first(10).toByteArray();
        auto it = m_days.constFind(utcDay);
        if (it == m_days.constEnd()) {
            const QDate day = QDate::fromString(QString::fromLatin1(utcDay), Qt::ISODate);
            if (!day.isValid()) {
                return localDateOf(fromStorageText(storedUtc));
            }
            it = m_days.insert(utcDay, { day, utcStartOf(day).toUtf8(), utcStartOf(day.addDays(1)).toUtf8() });
        }
        // Every zone is less than a day from UTC, so the local date is the UTC date or one next to it.
        if (storedUtc < QByteArrayView(it->localStart)) {
            return it->day.addDays(-1);
        }
        return storedUtc < QByteArrayView(it->nextLocalStart) ? it->day : it->day.addDays(1);
    }

private:
    struct UtcDay {
        QDate day;
        QByteArray localStart; // the local day `day` begins (UTC text)
        QByteArray nextLocalStart; // the local day after it begins
    };
    QHash<QByteArray, UtcDay> m_days;
};

// A rights request as the dashboard needs it: the columns its figures read, not a RightsRequest.
struct RequestRow {
    qint64 id = 0;
    QString number;
    requests::RequestType type = requests::RequestType::Access;
    QDate receivedOn;
    requests::RequestDeadline deadline;
    QDate closedOn; // local date of closed_at
};

QDate dateOf(QByteArrayView text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

QList<RequestRow> loadRequests(Database& db)
{
    QList<RequestRow> rows;
    LocalDates localDates;
    Statement s(db, "SELECT id, number, type, state, received_on, due_on, paused_since, closed_at FROM requests");
    while (s.next()) {
        RequestRow row;
        row.id = s.int64(0);
        row.number = s.text(1);
        requests::fromKey(s.text(2), &row.type);
        requests::fromKey(s.text(3), &row.deadline.state);
        row.receivedOn = dateOf(s.utf8(4));
        row.deadline.dueOn = dateOf(s.utf8(5));
        row.deadline.pausedSince = dateOf(s.utf8(6));
        row.closedOn = s.isNull(7) ? QDate() : localDates.of(s.utf8(7));
        rows.append(row);
    }
    return rows;
}

// Open at the end of the given day: received by then and not closed on or before it.
bool openAtEndOf(const RequestRow& row, const QDate& day)
{
    return row.receivedOn <= day && (!row.closedOn.isValid() || row.closedOn > day);
}

bool answered(requests::RequestState state)
{
    return state == requests::RequestState::Completed || state == requests::RequestState::Rejected;
}

struct OnTime {
    int onTime = 0;
    int answered = 0;
};

OnTime onTimeIn(const QList<RequestRow>& rows, const Period& p)
{
    OnTime out;
    for (const RequestRow& row : rows) {
        if (answered(row.deadline.state) && row.closedOn.isValid() && p.contains(row.closedOn)) {
            ++out.answered;
            out.onTime += row.closedOn <= row.deadline.dueOn ? 1 : 0;
        }
    }
    return out;
}

Tile countTile(TileKind kind, qint64 value, qint64 previous)
{
    Tile t;
    t.kind = kind;
    t.hasValue = true;
    t.value = double(value);
    t.hasPrevious = true;
    t.previous = double(previous);
    return t;
}

Tile rateTile(TileKind kind, int numerator, int denominator)
{
    Tile t;
    t.kind = kind;
    t.numerator = numerator;
    t.denominator = denominator;
    t.hasValue = denominator > 0;
    t.value = t.hasValue ? 100.0 * numerator / denominator : 0;
    return t;
}

// Urgency bands: 0 a legal clock in hours, 1 legal deadlines in days, 2 internal work.
int urgencyBand(AttentionKind k)
{
    switch (k) {
    case AttentionKind::IncidentReport: return 0;
    case AttentionKind::IncidentFinalReport:
    case AttentionKind::Request:
    case AttentionKind::PolicyNotification:
    case AttentionKind::ComplianceAudit: return 1;
    case AttentionKind::ControlReview:
    case AttentionKind::ActivityPia:
    case AttentionKind::ProcessorContract:
    case AttentionKind::ProcessorReview:
    case AttentionKind::CrossBorder:
    case AttentionKind::SubmissionRetention:
    case AttentionKind::AuditFinding:
    case AttentionKind::ProtectionOfficer:
    case AttentionKind::EvidenceExpiry:
    case AttentionKind::NewSubmissions: return 2;
    }
    return 2;
}

// Order of the internal kinds within band 2.
int internalRank(AttentionKind k)
{
    switch (k) {
    case AttentionKind::ProtectionOfficer: return 0; // an appointment the law requires now
    case AttentionKind::CrossBorder: return 1; // a transfer mechanism the law requires now
    case AttentionKind::AuditFinding: return 2;
    case AttentionKind::ProcessorContract: return 3;
    case AttentionKind::ProcessorReview: return 4;
    case AttentionKind::EvidenceExpiry: return 5;
    case AttentionKind::ActivityPia: return 6;
    case AttentionKind::ControlReview: return 7;
    case AttentionKind::SubmissionRetention: return 8;
    default: return 9;
    }
}

// The end of a local calendar day, as an instant: a date deadline is met until then.
QDateTime endOfLocalDay(const QDate& day)
{
    return day.isValid() ? QDateTime(day.addDays(1), QTime(0, 0)).toUTC() : QDateTime();
}

} // namespace

// ---------------------------------------------------------------------------------------------

Period Period::previous() const
{
    const int n = days();
    return { from.addDays(-n), from.addDays(-1) };
}

Period Period::preset(Preset preset, const QDate& today)
{
    switch (preset) {
    case Preset::Quarter: return { today.addMonths(-3).addDays(1), today };
    case Preset::Year: return { today.addYears(-1).addDays(1), today };
    case Preset::Last30Days:
    case Preset::Custom: break;
    }
    return { today.addDays(-29), today };
}

const EnumEntry<AttentionKind> kAttentionKindRows[] = {
    { AttentionKind::IncidentReport, "incident_report", {} },
    { AttentionKind::IncidentFinalReport, "incident_final_report", {} },
    { AttentionKind::ActivityPia, "activity_pia", {} },
    { AttentionKind::ProcessorContract, "processor_contract", {} },
    { AttentionKind::ProcessorReview, "processor_review", {} },
    { AttentionKind::CrossBorder, "cross_border", {} },
    { AttentionKind::ComplianceAudit, "compliance_audit", {} },
    { AttentionKind::AuditFinding, "audit_finding", {} },
    { AttentionKind::ProtectionOfficer, "protection_officer", {} },
    { AttentionKind::EvidenceExpiry, "evidence_expiry", {} },
    { AttentionKind::Request, "request", {} },
    { AttentionKind::PolicyNotification, "policy_notification", {} },
    { AttentionKind::SubmissionRetention, "submission_retention", {} },
    { AttentionKind::ControlReview, "control_review", {} },
    { AttentionKind::NewSubmissions, "new_submissions", {} },
};
const EnumTable<AttentionKind> kAttentionKindTable { nullptr, kAttentionKindRows };

QString attentionKindKey(AttentionKind kind)
{
    return kAttentionKindTable.keyOf(kind);
}

bool attentionUrgencyOrder(const AttentionItem& a, const AttentionItem& b)
{
    const int bandA = urgencyBand(a.kind);
    const int bandB = urgencyBand(b.kind);
    if (bandA != bandB) {
        return bandA < bandB;
    }
    if (bandA < 2) {
        // Earliest deadline first; a line without a deadline goes after those with one.
        if (a.dueAt.isValid() != b.dueAt.isValid()) {
            return a.dueAt.isValid();
        }
        if (a.dueAt != b.dueAt) {
            return a.dueAt < b.dueAt;
        }
        return a.late && !b.late;
    }
    if (a.kind != b.kind) {
        return internalRank(a.kind) < internalRank(b.kind);
    }
    return a.lateBy > b.lateBy; // most overdue first
}

QString AttentionItem::what(const QString& language) const
{
    const bool chinese = Languages::isAnyChinese(language);
    const QString name = chinese && !subjectZh.isEmpty() ? subjectZh : subject;
    switch (kind) {
    case AttentionKind::IncidentReport: return cd::DashboardText::tr("Regulator report for incident: %1").arg(name);
    case AttentionKind::IncidentFinalReport:
        return cd::DashboardText::tr("Final summary report for incident: %1").arg(name);
    case AttentionKind::ActivityPia:
        return cd::DashboardText::tr("Impact assessment for processing activity: %1").arg(name);
    case AttentionKind::ProcessorContract: return cd::DashboardText::tr("Processor contract: %1").arg(name);
    case AttentionKind::ProcessorReview: return cd::DashboardText::tr("Processor review: %1").arg(name);
    case AttentionKind::CrossBorder: return cd::DashboardText::tr("Cross-border transfers: %1").arg(name);
    case AttentionKind::ComplianceAudit: return cd::DashboardText::tr("Compliance audit: %1").arg(name);
    case AttentionKind::AuditFinding: return cd::DashboardText::tr("Compliance-audit finding: %1").arg(name);
    case AttentionKind::ProtectionOfficer:
        return cd::DashboardText::tr("Name a personal information protection officer (%1 people)").arg(name);
    case AttentionKind::EvidenceExpiry: return cd::DashboardText::tr("Evidence: %1").arg(name);
    case AttentionKind::Request:
        return requestType >= 0 ? cd::DashboardText::tr("Rights request %1 (%2)")
                                      .arg(name, requests::displayName(static_cast<requests::RequestType>(requestType)))
                                : cd::DashboardText::tr("Rights request %1").arg(name);
    case AttentionKind::PolicyNotification: return cd::DashboardText::tr("Material-change notification: %1").arg(name);
    case AttentionKind::SubmissionRetention:
        return cd::DashboardText::tr(
            "%n closed contact submission(s) past the %1-month retention period", nullptr, count)
            .arg(name);
    case AttentionKind::ControlReview: return cd::DashboardText::tr("Control review: %1").arg(name);
    case AttentionKind::NewSubmissions:
        return cd::DashboardText::tr("%n new contact submission(s) not yet handled", nullptr, count);
    }
    return name;
}

QString AttentionItem::when() const
{
    const int n = int(std::min<qint64>(std::abs(lateBy), 1000000));
    switch (kind) {
    case AttentionKind::IncidentReport:
    case AttentionKind::IncidentFinalReport:
        return lateBy > 0 ? cd::DashboardText::tr("overdue by %1").arg(registers::formatDuration(lateBy))
                          : cd::DashboardText::tr("%1 left").arg(registers::formatDuration(-lateBy));
    case AttentionKind::Request:
        if (lateBy > 0) {
            return cd::DashboardText::tr("%n working day(s) overdue", nullptr, n);
        }
        return lateBy == 0 ? cd::DashboardText::tr("due today")
                           : cd::DashboardText::tr("due in %n working day(s)", nullptr, n);
    case AttentionKind::PolicyNotification:
        if (lateBy > 0) {
            return cd::DashboardText::tr("%n day(s) late", nullptr, n);
        }
        return lateBy == 0 ? cd::DashboardText::tr("due today") : cd::DashboardText::tr("due in %n day(s)", nullptr, n);
    case AttentionKind::ControlReview: return cd::DashboardText::tr("review %n day(s) overdue", nullptr, n);
    case AttentionKind::ActivityPia:
        return lateBy > 0 ? cd::DashboardText::tr("review %n day(s) overdue", nullptr, n)
                          : cd::DashboardText::tr("none recorded");
    case AttentionKind::ProcessorContract:
        if (lateBy > 0) {
            return cd::DashboardText::tr("expired %n day(s) ago", nullptr, n);
        }
        return lateBy == 0 ? cd::DashboardText::tr("expires today")
                           : cd::DashboardText::tr("expires in %n day(s)", nullptr, n);
    case AttentionKind::ProcessorReview:
        if (lateBy > 0) {
            return cd::DashboardText::tr("review %n day(s) overdue", nullptr, n);
        }
        return lateBy == 0 ? cd::DashboardText::tr("review due today")
                           : cd::DashboardText::tr("review due in %n day(s)", nullptr, n);
    case AttentionKind::CrossBorder: return cd::DashboardText::tr("threshold crossed this year");
    case AttentionKind::ComplianceAudit:
    case AttentionKind::AuditFinding:
        if (lateBy > 0) {
            return cd::DashboardText::tr("%n day(s) overdue", nullptr, n);
        }
        return lateBy == 0 ? cd::DashboardText::tr("due today") : cd::DashboardText::tr("due in %n day(s)", nullptr, n);
    case AttentionKind::ProtectionOfficer: return cd::DashboardText::tr("required by PIPL art. 52");
    case AttentionKind::EvidenceExpiry:
        if (lateBy > 0) {
            return cd::DashboardText::tr("expired %n day(s) ago", nullptr, n);
        }
        return lateBy == 0 ? cd::DashboardText::tr("expires today")
                           : cd::DashboardText::tr("expires in %n day(s)", nullptr, n);
    case AttentionKind::SubmissionRetention:
        return cd::DashboardText::tr("oldest %n day(s) past the period", nullptr, n);
    case AttentionKind::NewSubmissions:
        return n == 0 ? cd::DashboardText::tr("oldest received today")
                      : cd::DashboardText::tr("oldest received %n day(s) ago", nullptr, n);
    }
    return {};
}

QList<TileKind> allTileKinds()
{
    return { TileKind::NewSubmissions, TileKind::OpenRequests, TileKind::OnTimeRate, TileKind::IsoImplemented,
        TileKind::OpenIncidents, TileKind::Disclosures };
}

const EnumEntry<TileKind> kTileRows[] = {
    { TileKind::NewSubmissions, "new_submissions", {} },
    { TileKind::OpenRequests, "open_requests", {} },
    { TileKind::OnTimeRate, "on_time_rate", {} },
    { TileKind::IsoImplemented, "iso_implemented", {} },
    { TileKind::OpenIncidents, "open_incidents", {} },
    { TileKind::Disclosures, "disclosures", {} },
};
const EnumTable<TileKind> kTileTable { nullptr, kTileRows };

QString tileKey(TileKind kind)
{
    return kTileTable.keyOf(kind);
}

QString Tile::label() const
{
    switch (kind) {
    case TileKind::NewSubmissions: return cd::DashboardText::tr("New contact submissions");
    case TileKind::OpenRequests: return cd::DashboardText::tr("Open rights requests");
    case TileKind::OnTimeRate: return cd::DashboardText::tr("Requests answered on time");
    case TileKind::IsoImplemented: return cd::DashboardText::tr("ISO 27001 controls implemented");
    case TileKind::OpenIncidents: return cd::DashboardText::tr("Open incidents");
    case TileKind::Disclosures: return cd::DashboardText::tr("Disclosures in the period");
    }
    return {};
}

QString Tile::valueText() const
{
    if (!hasValue) {
        return QStringLiteral("—");
    }
    const QLocale locale;
    if (isPercent()) {
        return locale.toString(value, 'f', 0) + locale.percent();
    }
    return locale.toString(qint64(value));
}

QString Tile::trendText() const
{
    if (!hasValue || !hasPrevious) {
        return {};
    }
    const double delta = value - previous;
    const QLocale locale;
    if (std::abs(delta) < 0.5) {
        return cd::DashboardText::tr("no change from the previous period");
    }
    const QString amount = isPercent() ? locale.toString(std::abs(delta), 'f', 0) + cd::DashboardText::tr(" points")
                                       : locale.toString(qint64(std::llround(std::abs(delta))));
    return delta > 0 ? cd::DashboardText::tr("▲ %1 from the previous period").arg(amount)
                     : cd::DashboardText::tr("▼ %1 from the previous period").arg(amount);
}

QString Tile::detailText() const
{
    switch (kind) {
    case TileKind::OnTimeRate:
        return denominator > 0 ? cd::DashboardText::tr("%1 of %n answered on time", nullptr, denominator).arg(numerator)
                               : cd::DashboardText::tr("No request answered in the period");
    case TileKind::IsoImplemented:
        return denominator > 0
            ? cd::DashboardText::tr("%1 of %n applicable controls", nullptr, denominator).arg(numerator)
            : cd::DashboardText::tr("No applicable controls yet");
    case TileKind::OpenRequests:
    case TileKind::OpenIncidents: return cd::DashboardText::tr("at the end of the period");
    case TileKind::NewSubmissions:
    case TileKind::Disclosures: return cd::DashboardText::tr("received in the period");
    }
    return {};
}

namespace {

const EnumEntry<RequestOutcome> kRequestOutcomeRows[] = {
    { RequestOutcome::CompletedOnTime, "completed_on_time", QT_TRANSLATE_NOOP("cd::Dashboard", "Completed on time") },
    { RequestOutcome::CompletedLate, "completed_late", QT_TRANSLATE_NOOP("cd::Dashboard", "Completed late") },
    { RequestOutcome::Rejected, "rejected", QT_TRANSLATE_NOOP("cd::Dashboard", "Rejected") },
    { RequestOutcome::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("cd::Dashboard", "Withdrawn") },
    { RequestOutcome::Open, "open", QT_TRANSLATE_NOOP3("cd::Dashboard", "Open", "request outcome") },
    { RequestOutcome::OpenOverdue, "open_overdue", QT_TRANSLATE_NOOP("cd::Dashboard", "Open, overdue") },
};
const EnumTable<RequestOutcome> kRequestOutcomeTable { "cd::Dashboard", kRequestOutcomeRows };

// The chart colour of each outcome: overdue and late in warm colours so they stand out in the stack.
struct OutcomeColour {
    RequestOutcome outcome;
    StateTone tone;
    int shade;
};
const OutcomeColour kOutcomeColours[] = {
    { RequestOutcome::CompletedOnTime, StateTone::Ok, 0 },
    { RequestOutcome::CompletedLate, StateTone::DueSoon, 0 },
    { RequestOutcome::Rejected, StateTone::Neutral, 1 },
    { RequestOutcome::Withdrawn, StateTone::Neutral, -1 },
    { RequestOutcome::Open, StateTone::Info, 0 },
    { RequestOutcome::OpenOverdue, StateTone::Overdue, 0 },
};

} // namespace

QString requestOutcomeName(RequestOutcome outcome)
{
    return kRequestOutcomeTable.displayName(outcome);
}

QString requestOutcomeColor(RequestOutcome outcome)
{
    for (const OutcomeColour& c : kOutcomeColours) {
        if (c.outcome == outcome) {
            return StatePalette::fill(c.tone, c.shade);
        }
    }
    return {};
}

int DashboardData::lateCount() const
{
    return int(std::count_if(attention.begin(), attention.end(), [](const AttentionItem& a) { return a.late; }));
}

const Tile* DashboardData::tile(TileKind kind) const
{
    for (const Tile& t : tiles) {
        if (t.kind == kind) {
            return &t;
        }
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------

DashboardService::DashboardService(Vault& vault)
    : m_vault(vault)
{
}

Result<DashboardData> DashboardService::compute(const Period& period)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) {
        return compute(tx.db(), { period, Clock::today(), Clock::nowUtc() });
    });
}

Status DashboardService::prepareConnection(Database& db)
{
    return catchDb([&] { db.exec("PRAGMA cache_size = -65536"); }); // 64 MiB, as the submission list's connections
}

Result<DashboardData> DashboardService::compute(Database& db, const DashboardQuery& query)
{
    if (!query.period.isValid()) {
        return Error { ErrorCode::InvalidInput,
            cd::DashboardText::tr("Choose a period whose start is on or before its end.") };
    }
    if (query.period.days() > 366 * 20) {
        return Error { ErrorCode::InvalidInput, cd::DashboardText::tr("Choose a period of at most 20 years.") };
    }
    DashboardData d;
    d.period = query.period;
    d.today = query.today;
    d.nowUtc = query.nowUtc;
    const Period current = query.period;
    const Period previous = current.previous();
    const QDate today = query.today;
    try {
        ReadSnapshot snapshot(db);

        // Rights requests: only the columns the figures read (10,000 take a few milliseconds);
        // the deadline rules (pauses, working days) are RequestDeadline's, so they run in C++.
        const WorkingDayCalendar calendar = WorkingDayCalendar::load(db);
        const QList<RequestRow> requestRows = loadRequests(db);
        QList<AttentionItem> requestItems;
        int openAtEnd = 0;
        int openAtPreviousEnd = 0;
        for (const RequestRow& row : requestRows) {
            const requests::RequestDeadline& r = row.deadline;
            openAtEnd += openAtEndOf(row, std::min(current.to, today)) ? 1 : 0;
            openAtPreviousEnd += openAtEndOf(row, previous.to) ? 1 : 0;
            const bool open = requests::isOpen(r.state);
            const bool overdue = open && r.isOverdue(calendar, today);
            if (open && (overdue || r.isDueSoon(calendar, today))) {
                AttentionItem a;
                a.kind = AttentionKind::Request;
                a.late = overdue;
                a.subject = row.number;
                a.requestType = static_cast<int>(row.type);
                a.lateBy = -r.workingDaysLeft(calendar, today);
                a.dueAt = endOfLocalDay(r.effectiveDue(calendar, today));
                a.pageId = QStringLiteral("requests");
                a.argument = { { QStringLiteral("id"), row.id }, { QStringLiteral("number"), row.number } };
                requestItems.append(a);
            }
            if (current.contains(row.receivedOn)) {
                RequestOutcome outcome = RequestOutcome::Open;
                switch (r.state) {
                case requests::RequestState::Completed:
                    outcome = row.closedOn.isValid() && row.closedOn > r.dueOn ? RequestOutcome::CompletedLate
                                                                               : RequestOutcome::CompletedOnTime;
                    break;
                case requests::RequestState::Rejected: outcome = RequestOutcome::Rejected; break;
                case requests::RequestState::Withdrawn: outcome = RequestOutcome::Withdrawn; break;
                default: outcome = overdue ? RequestOutcome::OpenOverdue : RequestOutcome::Open; break;
                }
                ++d.requestsByType[static_cast<int>(row.type)][static_cast<int>(outcome)];
            }
        }

        // Incidents whose regulator clock runs or has run out.
        QList<AttentionItem> items;
        for (const auto& [incident, clock] : registers::IncidentService::pendingRegulatorReports(db, query.nowUtc)) {
            AttentionItem a;
            a.kind = AttentionKind::IncidentReport;
            a.late = clock.state == registers::RegulatorClock::State::Overdue;
            a.subject = incident.title;
            a.lateBy = clock.deadline.isValid() ? clock.deadline.secsTo(query.nowUtc) : 0;
            a.dueAt = clock.deadline.toUTC();
            a.pageId = QStringLiteral("registers");
            a.argument = { { QStringLiteral("register"), QStringLiteral("incidents") },
                { QStringLiteral("id"), incident.id } };
            items.append(a);
        }
        // Incidents whose final summary report (30 days after handling ended) is due or late.
        for (const auto& [incident, clock] :
            registers::IncidentReportingService::pendingFinalReports(db, query.nowUtc)) {
            AttentionItem a;
            a.kind = AttentionKind::IncidentFinalReport;
            a.late = clock.state == registers::FinalReportClock::State::Overdue;
            a.subject = incident.title;
            a.lateBy = clock.deadline.secsTo(query.nowUtc);
            a.dueAt = clock.deadline.toUTC();
            a.pageId = QStringLiteral("registers");
            a.argument = { { QStringLiteral("register"), QStringLiteral("incidents") },
                { QStringLiteral("id"), incident.id } };
            items.append(a);
        }
        items += requestItems;

        // The register of processing activities: missing or overdue impact assessments, processor
        // contracts about to expire, and cross-border thresholds crossed this year.
        for (const activities::ActivityAttention& x : activities::activityAttention(db, today)) {
            AttentionItem a;
            switch (x.kind) {
            case activities::ActivityAttention::Kind::ContractExpiring:
                a.kind = AttentionKind::ProcessorContract;
                break;
            case activities::ActivityAttention::Kind::ProcessorReview: a.kind = AttentionKind::ProcessorReview; break;
            case activities::ActivityAttention::Kind::CrossBorder: a.kind = AttentionKind::CrossBorder; break;
            case activities::ActivityAttention::Kind::PiaMissing:
            case activities::ActivityAttention::Kind::PiaOutdated: a.kind = AttentionKind::ActivityPia; break;
            }
            a.late = x.late;
            a.subject = x.subject;
            a.lateBy = x.days;
            a.pageId = QStringLiteral("registers");
            // Processor lines open the processor, the others the activity.
            const bool processor
                = a.kind == AttentionKind::ProcessorContract || a.kind == AttentionKind::ProcessorReview;
            a.argument = { { QStringLiteral("register"), QStringLiteral("activities") },
                { processor ? QStringLiteral("processor") : QStringLiteral("id"), x.id } };
            items.append(a);
        }

        // Compliance audits and their findings, the officer, and evidence about to expire.
        for (const audits::AuditAttention& x : audits::auditAttention(db, today)) {
            AttentionItem a;
            switch (x.kind) {
            case audits::AuditAttention::Kind::AuditDue: a.kind = AttentionKind::ComplianceAudit; break;
            case audits::AuditAttention::Kind::FindingDue: a.kind = AttentionKind::AuditFinding; break;
            case audits::AuditAttention::Kind::OfficerMissing: a.kind = AttentionKind::ProtectionOfficer; break;
            case audits::AuditAttention::Kind::EvidenceExpiry: a.kind = AttentionKind::EvidenceExpiry; break;
            }
            a.late = x.late;
            a.subject = x.subject;
            a.subjectZh = x.subjectZh;
            a.lateBy = x.days;
            a.dueAt = endOfLocalDay(x.due);
            a.pageId = QStringLiteral("registers");
            a.argument = { { QStringLiteral("register"), QStringLiteral("audits") }, { QStringLiteral("id"), x.id } };
            if (!x.target.isEmpty()) {
                a.argument.insert(QStringLiteral("target"), x.target);
            }
            if (a.kind == AttentionKind::EvidenceExpiry) {
                (x.late ? d.evidenceExpired : d.evidenceDueSoon) += 1;
            }
            items.append(a);
        }

        for (const PolicyNotificationDue& due : PolicyService::notificationsDue(db, today, policyHorizonDays)) {
            AttentionItem a;
            a.kind = AttentionKind::PolicyNotification;
            a.late = due.plannedOn < today;
            a.subject = QStringLiteral("%1 %2").arg(due.documentName, due.label).trimmed();
            a.lateBy = due.plannedOn.daysTo(today);
            a.dueAt = endOfLocalDay(due.plannedOn);
            a.pageId = QStringLiteral("policies");
            a.argument = { { QStringLiteral("versionId"), due.versionId } };
            items.append(a);
        }

        // Submissions: from the counts per 15-minute slot kept by the writers.
        d.retentionMonths = retentionMonths(db);
        const QDateTime cutoff = query.nowUtc.addMonths(-d.retentionMonths);
        if (const KeptCount closed = keptCountBefore(db, SubmissionCount::SlotKind::Closed, cutoff); closed.count > 0) {
            AttentionItem a;
            a.kind = AttentionKind::SubmissionRetention;
            a.late = true;
            a.count = int(closed.count);
            a.lateBy = std::max<qint64>(0, closed.first.secsTo(cutoff) / 86400);
            a.subject = QString::number(d.retentionMonths);
            a.pageId = QStringLiteral("submissions");
            a.argument = { { QStringLiteral("filter"), QStringLiteral("due_for_deletion") } };
            items.append(a);
        }

        const iso::IsoOverview iso = iso::IsoService::overview(db, today);
        for (const iso::Control& c : iso.overdueReviews) {
            AttentionItem a;
            a.kind = AttentionKind::ControlReview;
            a.late = true;
            a.subject = QStringLiteral("%1 %2").arg(c.controlId, c.titleEn);
            a.subjectZh = QStringLiteral("%1 %2").arg(c.controlId, c.titleZh);
            a.lateBy = c.nextReviewDue().daysTo(today);
            a.dueAt = endOfLocalDay(c.nextReviewDue());
            a.pageId = QStringLiteral("iso");
            a.argument = { { QStringLiteral("control"), c.controlId } };
            items.append(a);
        }
        d.iso = iso;

        if (const KeptCount fresh = keptCountBefore(db, SubmissionCount::SlotKind::New, {}); fresh.count > 0) {
            AttentionItem a;
            a.kind = AttentionKind::NewSubmissions;
            a.count = int(fresh.count);
            a.lateBy = std::max<qint64>(0, localDateOf(fresh.first).daysTo(today));
            a.pageId = QStringLiteral("submissions");
            a.argument = { { QStringLiteral("filter"), QStringLiteral("new") } };
            items.append(a);
        }

        std::stable_sort(items.begin(), items.end(), &attentionUrgencyOrder);
        d.attention = items;

        // Tiles.
        // Submissions received: from the counts per 15-minute slot kept by the writers.
        const QList<qint64> receivedPerCurrentDay = receivedPerDay(db, current);
        const qint64 receivedNow
            = std::accumulate(receivedPerCurrentDay.begin(), receivedPerCurrentDay.end(), qint64(0));
        d.tiles << countTile(TileKind::NewSubmissions, receivedNow, receivedIn(db, previous));
        d.tiles << countTile(TileKind::OpenRequests, openAtEnd, openAtPreviousEnd);
        {
            const OnTime now = onTimeIn(requestRows, current);
            const OnTime before = onTimeIn(requestRows, previous);
            Tile t = rateTile(TileKind::OnTimeRate, now.onTime, now.answered);
            t.hasPrevious = before.answered > 0;
            t.previous = t.hasPrevious ? 100.0 * before.onTime / before.answered : 0;
            d.tiles << t;
        }
        d.tiles << rateTile(
            TileKind::IsoImplemented, iso.total.count(iso::ImplementationStatus::Implemented), iso.total.applicable);
        {
            // Open at the end of a day: discovered before the next day began, not closed by then.
            Statement s(db,
                "SELECT count(*) FROM incidents WHERE discovered_at < ?1 "
                "AND (closed_at IS NULL OR closed_at >= ?1)");
            auto openAt = [&s](const QDate& day) {
                s.reset();
                s.bind(1, utcStartOf(day.addDays(1)));
                return s.next() ? s.int64(0) : 0;
            };
            const qint64 now = openAt(std::min(current.to, today));
            d.tiles << countTile(TileKind::OpenIncidents, now, openAt(previous.to));
        }
        {
            Statement s(db, "SELECT count(*) FROM disclosures WHERE disclosed_on >= ? AND disclosed_on <= ?");
            auto between = [&s](const Period& p) {
                s.reset();
                s.bind(1, p.from).bind(2, p.to);
                return s.next() ? s.int64(0) : 0;
            };
            d.tiles << countTile(TileKind::Disclosures, between(current), between(previous));
        }

        // Weeks for up to four months, months beyond, so the line stays readable.
        d.monthlyBuckets = current.days() > 124;
        d.submissions = submissionBuckets(receivedPerCurrentDay, current, d.monthlyBuckets);
    } catch (const DbException& e) {
        return e.error();
    }
    return d;
}

QJsonObject toJson(const DashboardData& d)
{
    QJsonArray tiles;
    for (const Tile& t : d.tiles) {
        QJsonObject o { { QStringLiteral("tile"), tileKey(t.kind) } };
        if (t.hasValue) {
            o.insert(QStringLiteral("value"), t.value);
        }
        if (t.hasPrevious) {
            o.insert(QStringLiteral("previous"), t.previous);
        }
        if (t.isPercent()) {
            o.insert(QStringLiteral("numerator"), t.numerator);
            o.insert(QStringLiteral("denominator"), t.denominator);
        }
        tiles.append(o);
    }
    QJsonArray attention;
    for (const AttentionItem& a : d.attention) {
        QJsonObject o { { QStringLiteral("kind"), attentionKindKey(a.kind) }, { QStringLiteral("late"), a.late },
            { QStringLiteral("lateBy"), a.lateBy }, { QStringLiteral("page"), a.pageId },
            { QStringLiteral("argument"), QJsonObject::fromVariantMap(a.argument) } };
        if (a.kind == AttentionKind::SubmissionRetention || a.kind == AttentionKind::NewSubmissions) {
            o.insert(QStringLiteral("count"), a.count);
        } else {
            o.insert(QStringLiteral("subject"), a.subject);
        }
        if (a.requestType >= 0) {
            o.insert(QStringLiteral("type"), requests::key(static_cast<requests::RequestType>(a.requestType)));
        }
        attention.append(o);
    }
    QJsonArray buckets;
    for (const SubmissionBucket& b : d.submissions) {
        buckets.append(QJsonObject {
            { QStringLiteral("start"), b.start.toString(Qt::ISODate) }, { QStringLiteral("count"), b.count } });
    }
    return { { QStringLiteral("from"), d.period.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), d.period.to.toString(Qt::ISODate) }, { QStringLiteral("tiles"), tiles },
        { QStringLiteral("attention"), attention }, { QStringLiteral("late"), d.lateCount() },
        { QStringLiteral("evidence"),
            QJsonObject {
                { QStringLiteral("expired"), d.evidenceExpired }, { QStringLiteral("dueSoon"), d.evidenceDueSoon } } },
        { QStringLiteral("submissionsPer"), d.monthlyBuckets ? QStringLiteral("month") : QStringLiteral("week") },
        { QStringLiteral("submissions"), buckets } };
}

} // namespace cd::dashboard

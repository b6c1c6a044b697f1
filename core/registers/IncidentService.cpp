#include "RegisterService.h"
#include "RegisterServiceDetail.h"
#include "util/TranslationContexts.h"

#include "audit/AuditLog.h"
#include "registers/IncidentWorkflow.h"
#include "settings/VaultSettings.h"
#include "storage/Statement.h"
#include "util/ChangedFields.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace cd::registers {

using namespace detail;

// ---------------------------------------------------------------------------------------------
// IncidentService

IncidentService::IncidentService(Vault& vault)
    : m_vault(vault)
{
}

RegulatorRule IncidentService::rule()
{
    const Result<RegulatorRule> stored = m_vault.readResult(Permission::Read, [](ReadTx& tx) { return rule(tx.db()); });
    return stored ? stored.value() : RegulatorRule();
}

RegulatorRule IncidentService::rule(Database& db)
{
    RegulatorRule r;
    r.hours = VaultSettings::get<int>(db, Setting::IncidentReportHours);
    Severity threshold;
    if (severityFromKey(VaultSettings::get<QString>(db, Setting::IncidentReportThreshold), &threshold)) {
        r.threshold = threshold;
    }
    return r;
}

Status IncidentService::setRule(const RegulatorRule& r)
{
    // Both values are checked before either is stored, and both are stored in one transaction.
    if (Status s = VaultSettings::check(Setting::IncidentReportHours, QString::number(r.hours)); !s) {
        return s;
    }
    return m_vault.write(Permission::ManageSettings, [&](WriteTx& tx) {
        VaultSettings::write(tx, Setting::IncidentReportHours, QString::number(r.hours));
        VaultSettings::write(tx, Setting::IncidentReportThreshold, severityKey(r.threshold));
    });
}

RegulatorClock IncidentService::clockFor(const Incident& n, const RegulatorRule& r, const QDateTime& now)
{
    RegulatorClock c;
    if (!n.discoveredAt.isValid()) {
        return c;
    }
    c.secondsSinceDiscovery = n.discoveredAt.secsTo(now);
    if (n.severity < r.threshold) {
        return c;
    }
    c.deadline = n.discoveredAt.addSecs(qint64(r.hours) * 3600);
    if (n.regulatorReportedAt.isValid()) {
        c.state = n.regulatorReportedAt <= c.deadline ? RegulatorClock::State::ReportedInTime
                                                      : RegulatorClock::State::ReportedLate;
        return c;
    }
    c.secondsRemaining = now.secsTo(c.deadline);
    c.state = now < c.deadline ? RegulatorClock::State::Running : RegulatorClock::State::Overdue;
    return c;
}

RegulatorClock IncidentService::clockFor(const Incident& incident)
{
    return clockFor(incident, rule(), Clock::nowUtc());
}

QStringList IncidentService::problems(const Incident& n)
{
    QStringList p;
    if (n.title.trimmed().isEmpty()) {
        p << cd::RegistersText::tr("Give the incident a title.");
    }
    if (!n.discoveredAt.isValid()) {
        p << cd::RegistersText::tr("Enter when the incident was discovered.");
    } else if (n.discoveredAt > Clock::nowUtc().addSecs(300)) {
        p << cd::RegistersText::tr("The discovery time lies in the future.");
    }
    if (n.occurredAt.isValid() && n.discoveredAt.isValid() && n.occurredAt > n.discoveredAt) {
        p << cd::RegistersText::tr("The incident cannot have occurred after it was discovered.");
    }
    if (n.peopleCount < 0) {
        p << cd::RegistersText::tr("The number of people cannot be negative.");
    }
    p << linkProblems(n.links);
    return p;
}

QStringList IncidentService::missingNoticeElements(const Incident& n)
{
    QStringList missing;
    if (n.description.trimmed().isEmpty()) {
        missing << cd::RegistersText::tr("what happened");
    }
    if (n.categoryKeys.isEmpty()) {
        missing << cd::RegistersText::tr("the information involved");
    }
    if (n.possibleHarm.trimmed().isEmpty()) {
        missing << cd::RegistersText::tr("the possible impact");
    }
    if (n.measuresTaken.trimmed().isEmpty()) {
        missing << cd::RegistersText::tr("the measures taken");
    }
    if (n.advice.trimmed().isEmpty()) {
        missing << cd::RegistersText::tr("what individuals can do");
    }
    if (n.remedies.trimmed().isEmpty()) {
        missing << cd::RegistersText::tr("the remedies offered");
    }
    return missing;
}

QStringList IncidentService::transitionProblems(const Incident& n, IncidentStatus target)
{
    return IncidentWorkflow::problems(n, target, rule(), Clock::nowUtc());
}

namespace {

Incident normalised(Incident n)
{
    n.title = n.title.trimmed();
    n.categoryKeys.removeDuplicates();
    return n;
}

void bindIncident(Statement& s, const Incident& n)
{
    s.bindText(1, n.title)
        .bind(2, n.occurredAt)
        .bind(3, n.discoveredAt)
        .bind(4, incidentCategoryKey(n.category))
        .bind(5, severityKey(n.severity))
        .bind(6, n.peopleCount)
        .bindText(7, n.cause)
        .bindText(8, n.description)
        .bindText(9, n.possibleHarm)
        .bindText(10, n.measuresTaken)
        .bindText(11, n.advice)
        .bindText(12, n.remedies);
}

QString incidentDetail(const Incident& n)
{
    return QStringLiteral("severity=%1; status=%2; categories=%3; people=%4")
        .arg(severityKey(n.severity), statusKey(n.status))
        .arg(n.categoryKeys.size())
        .arg(n.peopleCount);
}

} // namespace

Result<Incident> IncidentService::add(const Incident& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    const Incident n = normalised(input);
    if (const QStringList p = problems(n); !p.isEmpty()) {
        return invalid(cd::RegistersText::tr("The incident cannot be saved."), p);
    }
    qint64 id = 0;
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QDateTime now = Clock::nowUtc();
        Statement ins(db,
            "INSERT INTO incidents (title, occurred_at, discovered_at, category, severity, people_count, "
            "cause, description, possible_harm, measures_taken, advice, remedies, status, created_by, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)");
        bindIncident(ins, n);
        ins.bind(13, m_vault.actor().id).bind(14, now).bind(15, now).exec();
        id = db.lastInsertId();
        writeCategories(db, "incident_categories", "incident_id", id, n.categoryKeys);
        writeLinks(db, QStringLiteral("incident"), id, n.links);
        Incident stored = n;
        stored.status = IncidentStatus::Open;
        tx.audit({ QStringLiteral("incident.add"), QStringLiteral("incident"), QString::number(id),
            { QStringLiteral("title"), QStringLiteral("discovered_at"), QStringLiteral("severity"),
                QStringLiteral("categories"), QStringLiteral("people_count") },
            incidentDetail(stored) });
    });
    if (!s) {
        return s;
    }
    return get(id);
}

Result<Incident> IncidentService::update(const Incident& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    const Incident n = normalised(input);
    if (const QStringList p = problems(n); !p.isEmpty()) {
        return invalid(cd::RegistersText::tr("The incident cannot be saved."), p);
    }
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QList<Incident> before = store::incidents(db, {}, n.id);
        if (before.isEmpty()) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("Incident %1 no longer exists.").arg(n.id));
        }
        const Incident& b = before.first();
        if (b.status == IncidentStatus::Closed) {
            refuse(ErrorCode::NotAllowed,
                cd::RegistersText::tr("Incident %1 is closed and signed off; it can no longer be changed.").arg(n.id));
        }
        // Once people were told, the notice's elements are what they were told: keep them complete.
        if (b.status >= IncidentStatus::Notified) {
            if (const QStringList missing = missingNoticeElements(n); !missing.isEmpty()) {
                refuse(ErrorCode::NotAllowed,
                    cd::RegistersText::tr("This incident has been notified; its notice must keep stating %1.")
                        .arg(missing.join(QStringLiteral(", "))));
            }
        }
        const auto fields = [](const Incident& x) {
            return std::make_tuple(x.title, x.occurredAt, x.discoveredAt, x.category, x.severity, x.categoryKeys,
                x.peopleCount, x.cause, x.description, x.possibleHarm, x.measuresTaken, x.advice, x.remedies, x.links);
        };
        const QStringList changed = changedFields(fields(b), fields(n),
            { "title", "occurred_at", "discovered_at", "category", "severity", "categories", "people_count", "cause",
                "description", "possible_harm", "measures_taken", "advice", "remedies", "links" });
        Statement u(db,
            "UPDATE incidents SET title = ?, occurred_at = ?, discovered_at = ?, category = ?, "
            "severity = ?, people_count = ?, cause = ?, description = ?, possible_harm = ?, "
            "measures_taken = ?, advice = ?, remedies = ?, updated_at = ? WHERE id = ?");
        bindIncident(u, n);
        u.bind(13, Clock::nowUtc()).bind(14, n.id).exec();
        writeCategories(db, "incident_categories", "incident_id", n.id, n.categoryKeys);
        writeLinks(db, QStringLiteral("incident"), n.id, n.links);
        Incident after = n;
        after.status = b.status;
        tx.audit({ QStringLiteral("incident.update"), QStringLiteral("incident"), QString::number(n.id), changed,
            incidentDetail(after) });
    });
    if (!s) {
        return s;
    }
    return get(n.id);
}

Status IncidentService::remove(qint64 id)
{
    return m_vault.write(Permission::Approve, [&](WriteTx& tx) {
        const int files = removeEntry(tx.db(), "incidents", QStringLiteral("incident"), id,
            cd::RegistersText::tr("Incident %1 no longer exists.").arg(id));
        tx.audit({ QStringLiteral("incident.remove"), QStringLiteral("incident"), QString::number(id), {},
            QStringLiteral("attachments=%1").arg(files) });
    });
}

Result<Incident> IncidentService::get(qint64 id)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) {
        return foundEntry(
            store::incidents(tx.db(), {}, id), id, cd::RegistersText::tr("Incident %1 does not exist.").arg(id));
    });
}

Result<QList<Incident>> IncidentService::list(const IncidentFilter& filter)
{
    return m_vault.readResult(
        Permission::Read, [&](ReadTx& tx) -> Result<QList<Incident>> { return store::incidents(tx.db(), filter); });
}

Result<Incident> IncidentService::transition(qint64 id, IncidentStatus target, const QDateTime& at)
{
    if (Status s = m_vault.require(IncidentWorkflow::permissionToReach(target)); !s) {
        return s;
    }
    auto current = get(id);
    if (!current) {
        return current;
    }
    if (Status s
        = IncidentWorkflow::check(current->status, target, m_vault.actor(), current.value(), rule(), Clock::nowUtc());
        !s) {
        return s;
    }
    const QDateTime now = Clock::nowUtc();
    const QDateTime stepAt = at.isValid() ? at.toUTC() : now;
    if (stepAt > now.addSecs(300) || stepAt < current->discoveredAt) {
        return Error { ErrorCode::InvalidInput,
            cd::RegistersText::tr("The time of this step must lie between the discovery of the incident and now.") };
    }
    const Status s = m_vault.write(IncidentWorkflow::permissionToReach(target), [&](WriteTx& tx) {
        Database& db = tx.db();
        const char* column = target == IncidentStatus::Contained ? "contained_at"
            : target == IncidentStatus::Notified                 ? "notified_at"
                                                                 : "closed_at";
        Statement u(db,
            QStringLiteral("UPDATE incidents SET status = ?, %1 = ?, updated_at = ? WHERE id = ? AND "
                           "status = ?")
                .arg(QLatin1String(column)));
        u.bind(1, statusKey(target))
            .bind(2, stepAt)
            .bind(3, now)
            .bind(4, id)
            .bind(5, statusKey(current->status))
            .exec();
        if (db.changes() == 0) {
            refuse(ErrorCode::Conflict,
                cd::RegistersText::tr("Someone else changed this incident; reload it and try again."));
        }
        tx.audit({ QStringLiteral("incident.transition"), QStringLiteral("incident"), QString::number(id),
            { QStringLiteral("status"), QString::fromLatin1(column) },
            QStringLiteral("%1->%2").arg(statusKey(current->status), statusKey(target)) });
    });
    if (!s) {
        return s;
    }
    return get(id);
}

Result<Incident> IncidentService::recordRegulatorReport(qint64 id, const QString& authority,
    const QDateTime& reportedAt, const QString& reference, const QString& reportedBy)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    QStringList p;
    if (authority.trimmed().isEmpty()) {
        p << cd::RegistersText::tr("Name the authority the incident was reported to.");
    }
    if (!reportedAt.isValid()) {
        p << cd::RegistersText::tr("Enter when the report was made.");
    } else if (reportedAt > Clock::nowUtc().addSecs(300)) {
        p << cd::RegistersText::tr("The report time lies in the future.");
    }
    if (reportedBy.trimmed().isEmpty()) {
        p << cd::RegistersText::tr("Say who made the report.");
    }
    if (!p.isEmpty()) {
        return invalid(cd::RegistersText::tr("The regulator report cannot be recorded."), p);
    }
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QList<Incident> before = store::incidents(db, {}, id);
        if (before.isEmpty()) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("Incident %1 no longer exists.").arg(id));
        }
        if (reportedAt < before.first().discoveredAt) {
            refuse(ErrorCode::InvalidInput,
                cd::RegistersText::tr("The regulator report cannot predate the discovery of the incident."));
        }
        Statement u(db,
            "UPDATE incidents SET regulator_authority = ?, regulator_reported_at = ?, "
            "regulator_reference = ?, regulator_reported_by = ?, updated_at = ? WHERE id = ?");
        u.bindText(1, authority.trimmed())
            .bind(2, reportedAt)
            .bindText(3, reference.trimmed())
            .bindText(4, reportedBy.trimmed())
            .bind(5, Clock::nowUtc())
            .bind(6, id)
            .exec();
        // The same report as the first dated entry of the incident's reports to the regulator.
        if (Statement::scalarInt(db,
                QStringLiteral("SELECT count(*) FROM incident_reports WHERE incident_id = %1 AND kind = 'initial'")
                    .arg(id)
                    .toUtf8())
            == 0) {
            Statement e(db,
                "INSERT INTO incident_reports (incident_id, kind, reported_at, authority, reference, reported_by, "
                "created_by, created_at) VALUES (?, 'initial', ?, ?, ?, ?, ?, ?)");
            e.bind(1, id)
                .bind(2, reportedAt.toUTC())
                .bindText(3, authority.trimmed())
                .bindText(4, reference.trimmed())
                .bindText(5, reportedBy.trimmed())
                .bind(6, m_vault.actor().id)
                .bind(7, Clock::nowUtc())
                .exec();
        }
        tx.audit({ QStringLiteral("incident.regulator_report"), QStringLiteral("incident"), QString::number(id),
            { QStringLiteral("regulator_authority"), QStringLiteral("regulator_reported_at"),
                QStringLiteral("regulator_reference"), QStringLiteral("regulator_reported_by") },
            {} });
    });
    if (!s) {
        return s;
    }
    return get(id);
}

Result<IncidentNotification> IncidentService::addNotification(const IncidentNotification& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    IncidentNotification x = input;
    x.reason = x.reason.trimmed();
    x.notifiedBy = x.notifiedBy.trimmed();
    QStringList p;
    if (x.channel == NotificationChannel::Announcement && x.reason.isEmpty()) {
        p << cd::RegistersText::tr("A public announcement needs the reason individual notice is impractical.");
    }
    if (!x.notifiedAt.isValid()) {
        p << cd::RegistersText::tr("Enter when the people were notified.");
    } else if (x.notifiedAt > Clock::nowUtc().addSecs(300)) {
        p << cd::RegistersText::tr("The notification time lies in the future.");
    }
    if (x.peopleCount < 0) {
        p << cd::RegistersText::tr("The number of people cannot be negative.");
    }
    if (x.channel != NotificationChannel::Announcement && x.peopleCount == 0) {
        p << cd::RegistersText::tr("Enter how many people were notified.");
    }
    if (x.notifiedBy.isEmpty()) {
        p << cd::RegistersText::tr("Say who sent the notification.");
    }
    if (!p.isEmpty()) {
        return invalid(cd::RegistersText::tr("The notification cannot be recorded."), p);
    }
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QList<Incident> before = store::incidents(db, {}, x.incidentId);
        if (before.isEmpty()) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("Incident %1 no longer exists.").arg(x.incidentId));
        }
        if (before.first().status == IncidentStatus::Closed) {
            refuse(ErrorCode::NotAllowed,
                cd::RegistersText::tr("The incident is closed; notifications can no longer be added."));
        }
        Statement ins(db,
            "INSERT INTO incident_notifications (incident_id, channel, notified_at, people_count, "
            "notified_by, reason, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bind(1, x.incidentId)
            .bind(2, channelKey(x.channel))
            .bind(3, x.notifiedAt)
            .bind(4, x.peopleCount)
            .bindText(5, x.notifiedBy)
            .bindText(6, x.reason)
            .bindText(7, x.note)
            .bind(8, m_vault.actor().id)
            .bind(9, Clock::nowUtc())
            .exec();
        x.id = db.lastInsertId();
        QStringList fields { QStringLiteral("channel"), QStringLiteral("notified_at"), QStringLiteral("people_count"),
            QStringLiteral("notified_by") };
        if (!x.reason.isEmpty()) {
            fields << QStringLiteral("reason");
        }
        tx.audit({ QStringLiteral("incident.notification"), QStringLiteral("incident"), QString::number(x.incidentId),
            fields, QStringLiteral("channel=%1; people=%2").arg(channelKey(x.channel)).arg(x.peopleCount) });
    });
    if (!s) {
        return s;
    }
    return x;
}

Result<QList<QPair<Incident, RegulatorClock>>> IncidentService::pendingRegulatorReports()
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<QList<QPair<Incident, RegulatorClock>>> {
        return pendingRegulatorReports(tx.db(), Clock::nowUtc());
    });
}

QList<QPair<Incident, RegulatorClock>> IncidentService::pendingRegulatorReports(Database& db, const QDateTime& nowUtc)
{
    const RegulatorRule r = rule(db);
    QList<QPair<Incident, RegulatorClock>> pending;
    for (const Incident& n : store::incidents(db, IncidentFilter())) {
        const RegulatorClock c = clockFor(n, r, nowUtc);
        if (c.isPending()) {
            pending.append({ n, c });
        }
    }
    std::sort(pending.begin(), pending.end(),
        [](const auto& a, const auto& b) { return a.second.deadline < b.second.deadline; });
    return pending;
}

Result<int> IncidentService::openIncidentCount()
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<int> {
        return int(Statement::scalarInt(tx.db(), "SELECT count(*) FROM incidents WHERE status <> 'closed'"));
    });
}

} // namespace cd::registers

#include "IncidentWorkflow.h"

#include "registers/RegisterService.h"
#include "util/TranslationContexts.h"

namespace cd::registers::IncidentWorkflow {

const QList<Step>& steps()
{
    using S = IncidentStatus;
    static const QList<Step> table {
        { S::Open, S::Contained, Permission::WriteData, NoRequirement },
        { S::Contained, S::Notified, Permission::WriteData, NoticeElements | NotificationRecorded | RegulatorReported },
        { S::Notified, S::Closed, Permission::Approve, NoRequirement },
    };
    return table;
}

const Step* find(IncidentStatus from, IncidentStatus to)
{
    return findStep(steps(), from, to);
}

bool isAllowed(IncidentStatus from, IncidentStatus to)
{
    return find(from, to) != nullptr;
}

Permission permissionToReach(IncidentStatus to)
{
    return cd::permissionToReach(steps(), to);
}

QStringList problems(const Incident& n, IncidentStatus to, const RegulatorRule& rule, const QDateTime& nowUtc)
{
    QStringList p;
    const Step* step = find(n.status, to);
    if (!step) {
        p << cd::RegistersText::tr(
            "An incident moves open → contained → notified → closed; it cannot go from \"%1\" to \"%2\".")
                 .arg(statusName(n.status), statusName(to));
        return p;
    }
    if (step->requirements & NoticeElements) {
        if (const QStringList missing = IncidentService::missingNoticeElements(n); !missing.isEmpty()) {
            p << cd::RegistersText::tr("The notice to individuals must state %1; fill these in first.")
                     .arg(missing.join(QStringLiteral(", ")));
        }
    }
    if ((step->requirements & NotificationRecorded) && n.notifications.isEmpty()) {
        p << cd::RegistersText::tr("Record how the people affected were told (email, letter, phone, push or a public "
                                   "announcement).");
    }
    if ((step->requirements & RegulatorReported) && IncidentService::clockFor(n, rule, nowUtc).isPending()) {
        p << cd::RegistersText::tr(
            "Record the report to the regulator first: incidents of this severity must be reported.");
    }
    return p;
}

Status check(IncidentStatus from, IncidentStatus to, const Actor& actor, const Incident& incident,
    const RegulatorRule& rule, const QDateTime& nowUtc)
{
    Incident at = incident;
    at.status = from;
    const Step* step = find(from, to);
    if (step && !actor.can(step->permission)) {
        return Error { ErrorCode::PermissionDenied,
            cd::RegistersText::tr("Your role (%1) may not mark an incident \"%2\". Ask an administrator.")
                .arg(roleDisplayName(actor.role), statusName(to)) };
    }
    if (const QStringList p = problems(at, to, rule, nowUtc); !p.isEmpty()) {
        return Error { ErrorCode::NotAllowed,
            cd::RegistersText::tr("The incident cannot be marked \"%1\".").arg(statusName(to)) + QLatin1Char(' ')
                + p.join(QLatin1Char(' ')) };
    }
    return {};
}

QList<NextAction> nextActions(
    const Incident& incident, const Actor& actor, const RegulatorRule& rule, const QDateTime& nowUtc)
{
    QList<NextAction> out;
    for (const Step& step : steps()) {
        if (step.from == incident.status) {
            out.append({ step.to, actor.can(step.permission), problems(incident, step.to, rule, nowUtc) });
        }
    }
    return out;
}

} // namespace cd::registers::IncidentWorkflow

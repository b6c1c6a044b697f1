#pragma once

#include "access/Roles.h"
#include "access/WorkflowTable.h"
#include "registers/RegisterTypes.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace cd::registers::IncidentWorkflow {

// What a step needs of the incident besides the role.
enum Requirement {
    NoRequirement = 0x0,
    NoticeElements = 0x1, // what happened, information involved, impact, measures, advice, remedies
    NotificationRecorded = 0x2, // at least one notice to the people affected (or an announcement)
    RegulatorReported = 0x4, // no regulator report still due under the vault's rule
};

// One allowed change of status: the permission it needs and what it requires (Requirement flags).
using Step = WorkflowStep<IncidentStatus>;

// open → contained → notified → closed. Closing signs the incident off (Approve); the other
// steps are everyday register work.
const QList<Step>& steps();
const Step* find(IncidentStatus from, IncidentStatus to); // nullptr when the step does not exist
bool isAllowed(IncidentStatus from, IncidentStatus to);
// The permission asked before the incident is even loaded: what the steps into `to` need
// (WriteData when no step leads there).
Permission permissionToReach(IncidentStatus to);

// What still stands between the incident (in its status) and `to`, translated; empty when the
// step exists and its requirements are met. The role is not looked at.
QStringList problems(const Incident& incident, IncidentStatus to, const RegulatorRule& rule, const QDateTime& nowUtc);

// Decides the step from → to for the actor on this incident: NotAllowed (with the reasons) when
// there is no such step or a requirement is not met, PermissionDenied when the role lacks the
// step's permission.
Status check(IncidentStatus from, IncidentStatus to, const Actor& actor, const Incident& incident,
    const RegulatorRule& rule, const QDateTime& nowUtc);

// A step out of the incident's status: whether the actor's role allows it and what still blocks it.
struct NextAction {
    IncidentStatus to = IncidentStatus::Open;
    bool permitted = false; // the actor's role has the step's permission
    QStringList problems; // requirements not met, translated
    bool enabled() const { return permitted && problems.isEmpty(); }
};

// The steps out of the incident's status, in table order (the buttons to show; enabled() says
// which to enable). Empty for a closed incident.
QList<NextAction> nextActions(
    const Incident& incident, const Actor& actor, const RegulatorRule& rule, const QDateTime& nowUtc);

} // namespace cd::registers::IncidentWorkflow

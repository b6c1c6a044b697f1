#pragma once

#include "access/Roles.h"
#include "access/WorkflowTable.h"
#include "policies/PolicyService.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace cd::PolicyWorkflow {

// What a step needs besides the role. The first two are read from the version alone; the
// others need the vault (its settings, the contents check, the notification plan) and are
// checked by PolicyService where the table asks for them.
enum Requirement {
    NoRequirement = 0x0,
    ChineseText = 0x1, // the Chinese text is not empty
    Dates = 0x2, // updated-on and effective dates are set
    NotificationPlan = 0x4, // a material change has its notice planned, written and early enough
    ContentsTicked = 0x8, // every item of the contents check is ticked (or the approval is forced)
    OtherApprover = 0x10, // someone other than the author approves, when the vault says so
};

// One allowed change of status: the permission it needs and what it requires (Requirement flags).
using Step = WorkflowStep<PolicyStatus>;

// draft → in review → approved → published; in review or approved → draft sends it back.
// Superseded is reached only as a side effect of publishing a newer version.
const QList<Step>& steps();
const Step* find(PolicyStatus from, PolicyStatus to); // nullptr when the step does not exist
bool isAllowed(PolicyStatus from, PolicyStatus to);
// The permission asked before the version is even loaded: what the steps into `to` need
// (WriteData when no step leads there).
Permission permissionToReach(PolicyStatus to);

// The first requirement among ChineseText and Dates the version does not meet, translated;
// empty when it meets them.
QString missingFields(const PolicyVersion& version, int requirements);

// Decides the step from → to for the actor on this version: NotAllowed (with the reason) when
// there is no such step, PermissionDenied when the role lacks the step's permission, NotAllowed
// when a field the step requires is missing. The vault-side requirements are not checked here.
Status check(PolicyStatus from, PolicyStatus to, const Actor& actor, const PolicyVersion& version);

// The statuses the actor may move this version to, in table order (buttons to enable).
QList<PolicyStatus> nextActions(const PolicyVersion& version, const Actor& actor);

} // namespace cd::PolicyWorkflow

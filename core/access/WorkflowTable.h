#pragma once

#include "access/Roles.h"

#include <QList>

namespace cd {

// One allowed change of state of a record: the permission it needs and what it requires of the
// record (flags each workflow defines). A workflow is a list of these; what is not listed is
// refused. See docs/ARCHITECTURE.md, "Workflow tables".
template <typename State> struct WorkflowStep {
    State from;
    State to;
    Permission permission;
    int requirements;
};

// The step from → to, or nullptr when the table has none.
template <typename State>
const WorkflowStep<State>* findStep(const QList<WorkflowStep<State>>& steps, State from, State to)
{
    for (const WorkflowStep<State>& step : steps) {
        if (step.from == from && step.to == to) {
            return &step;
        }
    }
    return nullptr;
}

// The permission asked before the record is loaded: the one of the first step into `to`
// (WriteData when none leads there, so a refusal then names the step, not the role).
template <typename State> Permission permissionToReach(const QList<WorkflowStep<State>>& steps, State to)
{
    for (const WorkflowStep<State>& step : steps) {
        if (step.to == to) {
            return step.permission;
        }
    }
    return Permission::WriteData;
}

} // namespace cd

#include "PolicyWorkflow.h"

#include "util/TranslationContexts.h"

namespace cd::PolicyWorkflow {

const QList<Step>& steps()
{
    using S = PolicyStatus;
    static const QList<Step> table {
        { S::Draft, S::InReview, Permission::WriteData, NoRequirement },
        { S::InReview, S::Draft, Permission::WriteData, NoRequirement },
        { S::InReview, S::Approved, Permission::Approve, ContentsTicked | OtherApprover },
        { S::Approved, S::Draft, Permission::WriteData, NoRequirement },
        { S::Approved, S::Published, Permission::Approve, ChineseText | Dates | NotificationPlan },
    };
    return table;
}

const Step* find(PolicyStatus from, PolicyStatus to)
{
    return findStep(steps(), from, to);
}

bool isAllowed(PolicyStatus from, PolicyStatus to)
{
    return find(from, to) != nullptr;
}

Permission permissionToReach(PolicyStatus to)
{
    return cd::permissionToReach(steps(), to);
}

QString missingFields(const PolicyVersion& v, int requirements)
{
    if ((requirements & ChineseText) && v.textZh.trimmed().isEmpty()) {
        return cd::PoliciesText::tr("The Chinese text is empty.");
    }
    if ((requirements & Dates) && (!v.updatedOn.isValid() || !v.effectiveOn.isValid())) {
        return cd::PoliciesText::tr("Set the updated-on and effective dates before publishing.");
    }
    return {};
}

Status check(PolicyStatus from, PolicyStatus to, const Actor& actor, const PolicyVersion& v)
{
    const Step* step = find(from, to);
    if (!step) {
        if (to == PolicyStatus::Superseded) {
            return Error { ErrorCode::NotAllowed,
                cd::PoliciesText::tr("A version is superseded only by publishing a newer one.") };
        }
        if (from == PolicyStatus::Published || from == PolicyStatus::Superseded) {
            return Error { ErrorCode::NotAllowed,
                cd::PoliciesText::tr("Version %1 is %2 and can no longer change. Start a new draft from "
                                     "it instead.")
                    .arg(v.label, policyStatusDisplayName(from)) };
        }
        return Error { ErrorCode::NotAllowed,
            cd::PoliciesText::tr("Version %1 cannot go from %2 to %3.")
                .arg(v.label, policyStatusDisplayName(from), policyStatusDisplayName(to)) };
    }
    if (!actor.can(step->permission)) {
        return Error { ErrorCode::PermissionDenied,
            cd::PoliciesText::tr("Your role (%1) may not move a policy version from %2 to %3. Ask an administrator.")
                .arg(roleDisplayName(actor.role), policyStatusDisplayName(from), policyStatusDisplayName(to)) };
    }
    if (const QString missing = missingFields(v, step->requirements); !missing.isEmpty()) {
        return Error { ErrorCode::NotAllowed, missing };
    }
    return {};
}

QList<PolicyStatus> nextActions(const PolicyVersion& v, const Actor& actor)
{
    QList<PolicyStatus> out;
    for (const Step& step : steps()) {
        if (step.from == v.status && actor.can(step.permission)) {
            out.append(step.to);
        }
    }
    return out;
}

} // namespace cd::PolicyWorkflow

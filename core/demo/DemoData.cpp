#include "DemoData.h"

#include "accounts/AccountService.h"
#include "vault/Vault.h"

namespace cd {

Result<DemoSummary> fillDemoVault(Vault& vault, const DemoOptions& options)
{
    DemoSummary summary;
    AccountService accounts(vault);
    const struct {
        const char* username;
        const char* name;
        Role role;
    } people[] = {
        { "liming", "李明", Role::PrivacyOfficer },
        { "zhangwei", "张伟", Role::Staff },
        { "chenjing", "陈静", Role::Auditor },
    };
    int added = 0;
    for (const auto& p : people) {
        auto a = accounts.add(
            NewAccount { QString::fromUtf8(p.username), QString::fromUtf8(p.name), options.staffPassword, p.role });
        if (!a) {
            return a.error();
        }
        ++added;
    }
    summary.counts.insert(QStringLiteral("accounts"), added + 1);
    for (auto fill : { &demo::fillSubmissions, &demo::fillRequests, &demo::fillPolicies, &demo::fillIso,
             &demo::fillRegisters, &demo::fillDashboard }) {
        if (Status s = fill(vault, options, summary); !s) {
            return s;
        }
    }
    return summary;
}

} // namespace cd

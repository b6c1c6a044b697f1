#pragma once

#include <QString>

namespace cd {

enum class Role { Administrator, PrivacyOfficer, Staff, Auditor };

enum class Permission {
    Read, // browse, search, reports, verify
    WriteData, // create and edit records
    Approve, // approvals, sign-offs, publishing
    ManageAccounts, // add, disable, reset accounts
    ManageSettings, // vault-wide settings, passphrase, restore
    ExportPersonalData,
};

bool roleAllows(Role role, Permission permission);
QString roleKey(Role role); // stable storage key: admin, officer, staff, auditor
bool roleFromKey(const QString& key, Role* out);
QString roleDisplayName(Role role); // translated

// Who is doing something: the signed-in account. Every audit entry names one.
struct Actor {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Auditor;

    bool isValid() const { return id > 0; }
    bool can(Permission p) const { return isValid() && roleAllows(role, p); }
    // The command-line tools' own actor for vault creation, before any account exists.
    static Actor system();
};

} // namespace cd

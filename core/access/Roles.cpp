#include "Roles.h"
#include "util/EnumTable.h"

#include <QCoreApplication>

namespace cd {

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::Administrator: return true;
    case Role::PrivacyOfficer:
        return permission != Permission::ManageAccounts && permission != Permission::ManageSettings;
    case Role::Staff:
        // Staff work with one person at a time; taking many people's data out of the vault
        // (exports, attachments, data packages) is for officers and administrators.
        return permission == Permission::Read || permission == Permission::WriteData;
    case Role::Auditor: return permission == Permission::Read;
    }
    return false;
}

const EnumEntry<Role> kRoleRows[] = {
    { Role::Administrator, "admin", QT_TRANSLATE_NOOP("cd::Roles", "Administrator") },
    { Role::PrivacyOfficer, "officer", QT_TRANSLATE_NOOP("cd::Roles", "Privacy officer") },
    { Role::Staff, "staff", QT_TRANSLATE_NOOP("cd::Roles", "Staff") },
    { Role::Auditor, "auditor", QT_TRANSLATE_NOOP("cd::Roles", "Auditor") },
};
const EnumTable<Role> kRoleTable { "cd::Roles", kRoleRows };

QString roleKey(Role role)
{
    return kRoleTable.keyOf(role);
}

bool roleFromKey(const QString& key, Role* out)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("admin") || k == QLatin1String("administrator")) {
        *out = Role::Administrator;
    } else if (k == QLatin1String("officer") || k == QLatin1String("privacy-officer")) {
        *out = Role::PrivacyOfficer;
    } else if (k == QLatin1String("staff")) {
        *out = Role::Staff;
    } else if (k == QLatin1String("auditor")) {
        *out = Role::Auditor;
    } else {
        return false;
    }
    return true;
}

QString roleDisplayName(Role role)
{
    return kRoleTable.displayName(role);
}

Actor Actor::system()
{
    Actor a;
    a.id = 0;
    a.username = QStringLiteral("system");
    a.displayName = QStringLiteral("system");
    a.role = Role::Administrator;
    return a;
}

} // namespace cd

#include "Roles.h"

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

QString roleKey(Role role)
{
    switch (role) {
    case Role::Administrator: return QStringLiteral("admin");
    case Role::PrivacyOfficer: return QStringLiteral("officer");
    case Role::Staff: return QStringLiteral("staff");
    case Role::Auditor: return QStringLiteral("auditor");
    }
    return {};
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
    switch (role) {
    case Role::Administrator: return QCoreApplication::translate("cd::Roles", "Administrator");
    case Role::PrivacyOfficer: return QCoreApplication::translate("cd::Roles", "Privacy officer");
    case Role::Staff: return QCoreApplication::translate("cd::Roles", "Staff");
    case Role::Auditor: return QCoreApplication::translate("cd::Roles", "Auditor");
    }
    return {};
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

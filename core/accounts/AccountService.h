#pragma once

#include "accounts/Roles.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

namespace cd {

class Vault;
class Database;
struct NewAccount;

struct Account {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Staff;
    bool active = true;
    QDateTime createdAt;
    QDateTime lastSignIn;
};

// Staff accounts: add, list, disable, enable, reset password, change role.
class AccountService
{
public:
    explicit AccountService(Vault& vault);

    Result<QList<Account>> list();
    Result<Account> add(const NewAccount& account);
    Status setActive(qint64 id, bool active);
    Status setRole(qint64 id, Role role);
    Status resetPassword(qint64 id, const QString& newPassword);
    Status changeOwnPassword(const QString& oldPassword, const QString& newPassword);
    Result<Account> findByUsername(const QString& username);

    static Status validateNewAccount(const NewAccount& account);
    static constexpr int minimumPasswordLength = 8;

    // Low level, used by Vault::create before anyone is signed in.
    static qint64 insertAccount(Database& db, const NewAccount& account);
    // Low level, used by Vault::signIn once the password has been checked: stores a new hash of
    // it with a fresh salt at the current cost (PasswordHash::defaultIterations()).
    static void rehashPassword(Database& db, qint64 id, const QString& password);

private:
    Status ensureNotLastAdmin(Database& db, qint64 id);
    Vault& m_vault;
};

} // namespace cd

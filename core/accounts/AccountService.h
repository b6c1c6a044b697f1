#pragma once

#include "access/AccountStore.h"
#include "access/Roles.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

namespace cd {

class Vault;
class Database;

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

    static Status validateNewAccount(const NewAccount& account) { return AccountStore::validateNewAccount(account); }
    static constexpr int minimumPasswordLength = AccountStore::minimumPasswordLength;

private:
    Status ensureNotLastAdmin(Database& db, qint64 id);
    Vault& m_vault;
};

} // namespace cd

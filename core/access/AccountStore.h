#pragma once

#include "access/Roles.h"
#include "util/Result.h"

#include <QString>

namespace cd {

class Database;

struct NewAccount {
    QString username;
    QString displayName;
    QString password;
    Role role = Role::Staff;
};

// Account rows below the services: what Vault needs to create the first account and to sign in
// (before anyone is signed in, so without permission checks), and the rules every new account
// follows. AccountService is the checked, audited way for everything else.
namespace AccountStore {

constexpr int minimumPasswordLength = 8;
Status validateNewAccount(const NewAccount& account);
Status passwordTooShort();
// Inserts an account (the caller's transaction) with a fresh salt at the current cost.
qint64 insertAccount(Database& db, const NewAccount& account);
// Stores a new hash of a password already checked, with a fresh salt at the current cost
// (PasswordHash::defaultIterations()).
void rehashPassword(Database& db, qint64 id, const QString& password);

} // namespace AccountStore
} // namespace cd

#include "AccountService.h"

#include "access/PasswordHash.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QRegularExpression>

namespace cd {

namespace {

Account readAccount(const Statement& s)
{
    Account a;
    a.id = s.int64(0);
    a.username = s.text(1);
    a.displayName = s.text(2);
    roleFromKey(s.text(3), &a.role);
    a.active = s.boolean(4);
    a.createdAt = s.dateTime(5);
    a.lastSignIn = s.dateTime(6);
    return a;
}

const char* kSelect = "SELECT id, username, display_name, role, active, created_at, last_sign_in FROM accounts";

} // namespace

AccountService::AccountService(Vault& vault)
    : m_vault(vault)
{
}

Result<QList<Account>> AccountService::list()
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<QList<Account>> {
        Statement s(tx.db(), QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY username"));
        QList<Account> out;
        while (s.next()) {
            out.append(readAccount(s));
        }
        return out;
    });
}

Result<Account> AccountService::findByUsername(const QString& username)
{
    try {
        Statement s(m_vault.db(), QString::fromLatin1(kSelect) + QStringLiteral(" WHERE username = ?"));
        s.bind(1, username.trimmed());
        if (!s.next()) {
            return Error { ErrorCode::NotFound,
                QCoreApplication::translate("cd::Accounts", "There is no account named %1.").arg(username) };
        }
        return readAccount(s);
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<Account> AccountService::add(const NewAccount& account)
{
    if (Status s = m_vault.require(Permission::ManageAccounts); !s) {
        return s;
    }
    if (Status s = validateNewAccount(account); !s) {
        return s;
    }
    qint64 id = 0;
    const Status s = m_vault.write(Permission::ManageAccounts, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement exists(db, "SELECT 1 FROM accounts WHERE username = ?");
        exists.bind(1, account.username.trimmed());
        if (exists.next()) {
            throw DbException(ErrorCode::Conflict,
                QCoreApplication::translate("cd::Accounts", "An account named %1 already exists.")
                    .arg(account.username.trimmed()));
        }
        id = AccountStore::insertAccount(db, account);
        tx.audit({ QStringLiteral("account.add"), QStringLiteral("account"), QString::number(id),
            { QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("role") },
            QStringLiteral("role=") + roleKey(account.role) });
    });
    if (!s) {
        return s;
    }
    return findByUsername(account.username);
}

Status AccountService::ensureNotLastAdmin(Database& db, qint64 id)
{
    Statement s(db, "SELECT count(*) FROM accounts WHERE role = 'admin' AND active = 1 AND id <> ?");
    s.bind(1, id);
    const qint64 others = s.next() ? s.int64(0) : 0;
    Statement me(db, "SELECT role = 'admin' AND active = 1 FROM accounts WHERE id = ?");
    me.bind(1, id);
    const bool isActiveAdmin = me.next() && me.boolean(0);
    if (isActiveAdmin && others == 0) {
        return Error { ErrorCode::NotAllowed,
            QCoreApplication::translate("cd::Accounts",
                "This is the last active administrator; make another "
                "account an administrator first.") };
    }
    return {};
}

Status AccountService::setActive(qint64 id, bool active)
{
    return m_vault.write(Permission::ManageAccounts, [&](WriteTx& tx) {
        Database& db = tx.db();
        if (!active) {
            if (Status s = ensureNotLastAdmin(db, id); !s) {
                throw DbException(s.code(), s.message());
            }
        }
        Statement u(db, "UPDATE accounts SET active = ? WHERE id = ?");
        u.bind(1, active).bind(2, id).exec();
        if (db.changes() == 0) {
            throw DbException(
                ErrorCode::NotFound, QCoreApplication::translate("cd::Accounts", "The account no longer exists."));
        }
        tx.audit({ active ? QStringLiteral("account.enable") : QStringLiteral("account.disable"),
            QStringLiteral("account"), QString::number(id), { QStringLiteral("active") }, {} });
    });
}

Status AccountService::setRole(qint64 id, Role role)
{
    return m_vault.write(Permission::ManageAccounts, [&](WriteTx& tx) {
        Database& db = tx.db();
        if (role != Role::Administrator) {
            if (Status s = ensureNotLastAdmin(db, id); !s) {
                throw DbException(s.code(), s.message());
            }
        }
        Statement u(db, "UPDATE accounts SET role = ? WHERE id = ?");
        u.bind(1, roleKey(role)).bind(2, id).exec();
        if (db.changes() == 0) {
            throw DbException(
                ErrorCode::NotFound, QCoreApplication::translate("cd::Accounts", "The account no longer exists."));
        }
        tx.audit({ QStringLiteral("account.role"), QStringLiteral("account"), QString::number(id),
            { QStringLiteral("role") }, QStringLiteral("role=") + roleKey(role) });
    });
}

Status AccountService::resetPassword(qint64 id, const QString& newPassword)
{
    if (Status s = m_vault.require(Permission::ManageAccounts); !s) {
        return s;
    }
    if (newPassword.size() < minimumPasswordLength) {
        return AccountStore::passwordTooShort();
    }
    return m_vault.write(Permission::ManageAccounts, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QByteArray salt = PasswordHash::newSalt();
        const int iterations = PasswordHash::defaultIterations();
        Statement u(
            db, "UPDATE accounts SET password_hash = ?, password_salt = ?, password_iterations = ? WHERE id = ?");
        u.bind(1, PasswordHash::pbkdf2Sha256(newPassword.toUtf8(), salt, iterations))
            .bind(2, salt)
            .bind(3, iterations)
            .bind(4, id)
            .exec();
        if (db.changes() == 0) {
            throw DbException(
                ErrorCode::NotFound, QCoreApplication::translate("cd::Accounts", "The account no longer exists."));
        }
        tx.audit({ QStringLiteral("account.reset_password"), QStringLiteral("account"), QString::number(id),
            { QStringLiteral("password") }, {} });
    });
}

Status AccountService::changeOwnPassword(const QString& oldPassword, const QString& newPassword)
{
    if (!m_vault.isSignedIn()) {
        return m_vault.require(Permission::Read);
    }
    if (newPassword.size() < minimumPasswordLength) {
        return AccountStore::passwordTooShort();
    }
    const qint64 id = m_vault.actor().id;
    return m_vault.write(Permission::Read, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement s(db, "SELECT password_hash, password_salt, password_iterations FROM accounts WHERE id = ?");
        s.bind(1, id);
        if (!s.next()
            || !PasswordHash::constantTimeEquals(
                PasswordHash::pbkdf2Sha256(oldPassword.toUtf8(), s.blob(1), s.integer(2)), s.blob(0))) {
            throw DbException(ErrorCode::PermissionDenied,
                QCoreApplication::translate("cd::Accounts", "The current password is wrong."));
        }
        s.reset();
        const QByteArray salt = PasswordHash::newSalt();
        const int iterations = PasswordHash::defaultIterations();
        Statement u(
            db, "UPDATE accounts SET password_hash = ?, password_salt = ?, password_iterations = ? WHERE id = ?");
        u.bind(1, PasswordHash::pbkdf2Sha256(newPassword.toUtf8(), salt, iterations))
            .bind(2, salt)
            .bind(3, iterations)
            .bind(4, id)
            .exec();
        tx.audit({ QStringLiteral("account.change_password"), QStringLiteral("account"), QString::number(id),
            { QStringLiteral("password") }, {} });
    });
}

} // namespace cd

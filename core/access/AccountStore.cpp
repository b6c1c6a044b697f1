#include "AccountStore.h"

#include "access/PasswordHash.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "util/SecretBytes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd::AccountStore {

Status passwordTooShort()
{
    return Error { ErrorCode::InvalidInput,
        QCoreApplication::translate("cd::Accounts", "A password needs at least %1 characters.")
            .arg(minimumPasswordLength) };
}

Status validateNewAccount(const NewAccount& account)
{
    static const QRegularExpression namePattern(QStringLiteral("^[\\p{L}\\p{N}._@-]{2,64}$"));
    if (!namePattern.match(account.username.trimmed()).hasMatch()) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Accounts",
                "An account name has 2 to 64 letters, digits or . _ - "
                "@, without spaces.") };
    }
    if (account.displayName.trimmed().isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Accounts", "Enter the person's display name.") };
    }
    if (account.password.size() < minimumPasswordLength) {
        return passwordTooShort();
    }
    return {};
}

qint64 insertAccount(Database& db, const NewAccount& account)
{
    const QByteArray salt = PasswordHash::newSalt();
    const int iterations = PasswordHash::defaultIterations();
    QByteArray pw = account.password.toUtf8();
    const QByteArray hash = PasswordHash::pbkdf2Sha256(pw, salt, iterations);
    secureWipe(pw);
    Statement s(db,
        "INSERT INTO accounts (username, display_name, role, password_hash, password_salt, "
        "password_iterations, active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)");
    s.bind(1, account.username.trimmed())
        .bind(2, account.displayName.trimmed())
        .bind(3, roleKey(account.role))
        .bind(4, hash)
        .bind(5, salt)
        .bind(6, iterations)
        .bind(7, Clock::nowUtc());
    s.exec();
    return db.lastInsertId();
}

void rehashPassword(Database& db, qint64 id, const QString& password)
{
    const QByteArray salt = PasswordHash::newSalt();
    const int iterations = PasswordHash::defaultIterations();
    QByteArray pw = password.toUtf8();
    const QByteArray hash = PasswordHash::pbkdf2Sha256(pw, salt, iterations);
    secureWipe(pw);
    Statement u(db, "UPDATE accounts SET password_hash = ?, password_salt = ?, password_iterations = ? WHERE id = ?");
    u.bind(1, hash).bind(2, salt).bind(3, iterations).bind(4, id).exec();
}

} // namespace cd::AccountStore

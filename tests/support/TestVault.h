#pragma once

#include "access/Roles.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace cd::test {

// A real SQLCipher vault in a temporary folder, keyed with a raw key so no KDF runs,
// with an administrator signed in. Staff passwords use a low PBKDF2 cost in tests.
class TestVault
{
public:
    TestVault();
    ~TestVault();

    Vault& vault() { return *m_vault; }
    Database& db() { return m_vault->db(); }
    const QString& path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    static VaultKey key();
    static QString adminPassword() { return QStringLiteral("admin-password-1"); }

    // Adds an account with the given role and signs it in on this vault.
    Actor signInAs(Role role, const QString& username = {});
    void signInAdmin();
    // Closes and reopens the vault (to check persistence); signs the admin back in.
    void reopen();
    void close();

    bool isValid() const { return m_vault != nullptr; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
};

QString testDataPath(const QString& relative);
QByteArray readFile(const QString& path);
// A key-less copy of the vault at path, made with sqlcipher_export as a reviewer would make one
// with the sqlcipher shell; returns its bytes, so a test can search them.
QByteArray plaintextCopy(Database& db, const QString& path);
// True when needle occurs anywhere in the bytes of the file.
bool fileContains(const QString& path, const QByteArray& needle);
// Writes fixture rows, or tampers with a vault, past the product's write path (Vault::write):
// one transaction, no permission check, no audit entry. DbExceptions become the returned Status.
Status writeRaw(Database& db, const std::function<void(Database&)>& fn);

} // namespace cd::test

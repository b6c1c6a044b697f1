#include "TestVault.h"

#include "access/PasswordHash.h"
#include "accounts/AccountService.h"
#include "maintenance/VaultMaintenance.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QTest>

namespace cd::test {

TestVault::TestVault()
{
    PasswordHash::setDefaultIterations(1000);
    m_path = m_dir.filePath(QStringLiteral("test.cdvault"));
    auto v = VaultMaintenance::create(m_path, key(),
        NewAccount { QStringLiteral("admin"), QStringLiteral("Admin Person"), adminPassword(), Role::Administrator });
    if (!v) {
        qFatal("TestVault: %s", qPrintable(v.message()));
    }
    m_vault = std::move(v.value());
}

TestVault::~TestVault()
{
    close();
}

VaultKey TestVault::key()
{
    return VaultKey::rawFromSeed("compliance-desk-test-key");
}

Actor TestVault::signInAs(Role role, const QString& username)
{
    signInAdmin();
    const QString name = username.isEmpty() ? roleKey(role) + QStringLiteral("-user") : username;
    AccountService accounts(*m_vault);
    if (!accounts.findByUsername(name)) {
        auto added
            = accounts.add(NewAccount { name, name + QStringLiteral(" Name"), QStringLiteral("password-123"), role });
        if (!added) {
            qFatal("TestVault: %s", qPrintable(added.message()));
        }
    }
    auto actor = m_vault->signIn(name, QStringLiteral("password-123"));
    if (!actor) {
        qFatal("TestVault: %s", qPrintable(actor.message()));
    }
    return actor.value();
}

void TestVault::signInAdmin()
{
    auto actor = m_vault->signIn(QStringLiteral("admin"), adminPassword());
    if (!actor) {
        qFatal("TestVault: %s", qPrintable(actor.message()));
    }
}

void TestVault::reopen()
{
    close();
    auto v = VaultMaintenance::open(m_path, key());
    if (!v) {
        qFatal("TestVault reopen: %s", qPrintable(v.message()));
    }
    m_vault = std::move(v.value());
    signInAdmin();
}

void TestVault::close()
{
    if (m_vault) {
        m_vault->close();
        m_vault.reset();
    }
}

QString testDataPath(const QString& relative)
{
    QString base = qEnvironmentVariable("CD_TEST_DATA");
    if (base.isEmpty()) {
        base = QStringLiteral(CD_TEST_DATA_DIR);
    }
    return base + QLatin1Char('/') + relative;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}

QByteArray plaintextCopy(Database& db, const QString& path)
{
    QFile::remove(path);
    Statement attach(db, "ATTACH DATABASE ? AS plain KEY ''");
    attach.bind(1, path).exec();
    db.exec("SELECT sqlcipher_export('plain')");
    db.exec("DETACH DATABASE plain");
    return readFile(path);
}

bool fileContains(const QString& path, const QByteArray& needle)
{
    return readFile(path).contains(needle);
}

Status writeRaw(Database& db, const std::function<void(Database&)>& fn)
{
    try {
        Transaction tx(db);
        fn(db);
        tx.commit();
        return {};
    } catch (const DbException& e) {
        return e.error();
    }
}

} // namespace cd::test

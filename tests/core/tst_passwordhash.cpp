// Staff password hashes: the algorithm is standard PBKDF2-HMAC-SHA256, new hashes follow current
// guidance, and hashes stored by older versions still sign in and are rewritten at that sign-in.
#include "TestVault.h"

#include "access/PasswordHash.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "storage/Statement.h"

#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

struct StoredHash {
    QByteArray hash;
    QByteArray salt;
    int iterations = 0;
};

StoredHash stored(Database& db, const QString& username)
{
    Statement s(db, "SELECT password_hash, password_salt, password_iterations FROM accounts WHERE username = ?");
    s.bind(1, username);
    if (!s.next()) {
        return {};
    }
    return { s.blob(0), s.blob(1), s.integer(2) };
}

// Restores the low test cost whatever a test did with it.
struct CostGuard {
    ~CostGuard() { PasswordHash::setDefaultIterations(1000); }
};

} // namespace

class TestPasswordHash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void knownVectors_data();
    void knownVectors();
    void emptyOrFailedHashNeverMatches();
    void newAccountsUseTheDefaultCost();
    void legacyHashSignsInAndIsRewritten();
    void lowerTestCostIsUpgradedTheSameWay();
};

void TestPasswordHash::initTestCase()
{
    // Before any TestVault lowers it: a program that sets nothing hashes at the recommended cost.
    // (ctest sets CD_PASSWORD_ITERATIONS for the programs the tests start.)
    qunsetenv("CD_PASSWORD_ITERATIONS");
    QCOMPARE(PasswordHash::defaultIterations(), PasswordHash::recommendedIterations);
    QVERIFY(PasswordHash::recommendedIterations >= 600000);
    QVERIFY(PasswordHash::legacyIterations < PasswordHash::recommendedIterations);
}

void TestPasswordHash::knownVectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expectedHex");
    // RFC 7914, section 11 (PBKDF2-HMAC-SHA256 test vectors).
    QTest::newRow("rfc7914 c=1") << QByteArray("passwd") << QByteArray("salt") << 1
                                 << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                               "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    QTest::newRow("rfc7914 c=80000") << QByteArray("Password") << QByteArray("NaCl") << 80000
                                     << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                                                   "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

void TestPasswordHash::knownVectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expectedHex);
    QCOMPARE(PasswordHash::pbkdf2Sha256(password, salt, iterations, 64).toHex(), expectedHex);
}

void TestPasswordHash::emptyOrFailedHashNeverMatches()
{
    QVERIFY(PasswordHash::pbkdf2Sha256("x", "salt", 0).isEmpty());
    QVERIFY(!PasswordHash::constantTimeEquals(QByteArray(), QByteArray()));
    QVERIFY(!PasswordHash::constantTimeEquals(QByteArray("abc"), QByteArray("abd")));
    QVERIFY(PasswordHash::constantTimeEquals(QByteArray("abc"), QByteArray("abc")));
}

void TestPasswordHash::newAccountsUseTheDefaultCost()
{
    TestVault tv; // sets the low test cost, 1000
    tv.signInAs(Role::Staff, QStringLiteral("new-staff"));
    const StoredHash h = stored(tv.db(), QStringLiteral("new-staff"));
    QCOMPARE(h.iterations, PasswordHash::defaultIterations());
    QCOMPARE(h.salt.size(), 16);
    QCOMPARE(h.hash, PasswordHash::pbkdf2Sha256("password-123", h.salt, h.iterations));
}

void TestPasswordHash::legacyHashSignsInAndIsRewritten()
{
    CostGuard guard;
    TestVault tv;
    tv.signInAs(Role::Staff, QStringLiteral("legacy"));
    // A hash exactly as version 0.1.0 stored it: PBKDF2-HMAC-SHA256, 120,000 iterations, 16-byte
    // salt. The expected bytes were computed independently (Python's hashlib.pbkdf2_hmac).
    const QString password = QStringLiteral("密码 password");
    QByteArray salt(16, '\0');
    for (int i = 0; i < 16; ++i) {
        salt[i] = char(i);
    }
    const QByteArray legacy = QByteArray::fromHex("f67849bc0cdeebbfbff9785a9ccfa5da63d719d4bc684be857ee7f3098f25a96");
    QCOMPARE(PasswordHash::pbkdf2Sha256(password.toUtf8(), salt, PasswordHash::legacyIterations), legacy);
    QVERIFY(test::writeRaw(tv.db(), [&](Database& db) {
        Statement u(db,
            "UPDATE accounts SET password_hash = ?, password_salt = ?, password_iterations = ? "
            "WHERE username = 'legacy'");
        u.bind(1, legacy).bind(2, salt).bind(3, PasswordHash::legacyIterations).exec();
    }));

    // The production cost from here on, as in the real program.
    PasswordHash::setDefaultIterations(PasswordHash::recommendedIterations);

    // A wrong password neither signs in nor touches the stored hash.
    QCOMPARE(tv.vault().signIn(QStringLiteral("legacy"), QStringLiteral("wrong password")).code(),
        ErrorCode::PermissionDenied);
    QCOMPARE(stored(tv.db(), QStringLiteral("legacy")).hash, legacy);

    auto actor = tv.vault().signIn(QStringLiteral("legacy"), password);
    QVERIFY2(actor, qPrintable(actor.message()));
    const StoredHash upgraded = stored(tv.db(), QStringLiteral("legacy"));
    QCOMPARE(upgraded.iterations, PasswordHash::recommendedIterations);
    QVERIFY(upgraded.salt != salt);
    QCOMPARE(upgraded.salt.size(), 16);
    QCOMPARE(upgraded.hash, PasswordHash::pbkdf2Sha256(password.toUtf8(), upgraded.salt, upgraded.iterations));
    // The sign-in entry names the rewritten field, never the value.
    const auto entries
        = AuditLog::list(tv.db(), AuditFilter { {}, QStringLiteral("account.sign_in"), {}, {}, {}, {} }, 0, 1);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().fields, QStringList { QStringLiteral("password_hash") });

    // Signing in again uses the new hash and leaves it as it is.
    tv.vault().signOut();
    QVERIFY(tv.vault().signIn(QStringLiteral("legacy"), password));
    const StoredHash again = stored(tv.db(), QStringLiteral("legacy"));
    QCOMPARE(again.hash, upgraded.hash);
    QCOMPARE(again.salt, upgraded.salt);
    const auto latest
        = AuditLog::list(tv.db(), AuditFilter { {}, QStringLiteral("account.sign_in"), {}, {}, {}, {} }, 0, 1);
    QVERIFY(latest.first().fields.isEmpty());
}

void TestPasswordHash::lowerTestCostIsUpgradedTheSameWay()
{
    // The same mechanism at a cost that keeps the suite fast: a hash below the default is rewritten.
    CostGuard guard;
    TestVault tv;
    tv.signInAs(Role::Staff, QStringLiteral("cheap"));
    QCOMPARE(stored(tv.db(), QStringLiteral("cheap")).iterations, 1000);
    PasswordHash::setDefaultIterations(2000);
    QVERIFY(tv.vault().signIn(QStringLiteral("cheap"), QStringLiteral("password-123")));
    QCOMPARE(stored(tv.db(), QStringLiteral("cheap")).iterations, 2000);
    // A hash above the default (made by a newer version) is kept, not weakened.
    PasswordHash::setDefaultIterations(1500);
    const StoredHash before = stored(tv.db(), QStringLiteral("cheap"));
    QVERIFY(tv.vault().signIn(QStringLiteral("cheap"), QStringLiteral("password-123")));
    const StoredHash after = stored(tv.db(), QStringLiteral("cheap"));
    QCOMPARE(after.iterations, 2000);
    QCOMPARE(after.hash, before.hash);
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"

#include "PasswordHash.h"

#include <QRandomGenerator>
#include <QtGlobal>

#include <openssl/evp.h>

#include <atomic>

namespace cd::PasswordHash {

namespace {
// 0 until first asked for. CD_PASSWORD_ITERATIONS lowers the cost for test runs, where programs
// like the CLI run in child processes that setDefaultIterations() cannot reach (the vault KDF's
// counterpart is a raw key). It never weakens a stored hash: only hashes below the default are
// rewritten, so a stronger stored hash is kept.
std::atomic<int> g_iterations { 0 };

int iterationsFromEnvironment()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("CD_PASSWORD_ITERATIONS", &ok);
    return ok && fromEnvironment >= 1000 ? fromEnvironment : recommendedIterations;
}
} // namespace

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length)
{
    QByteArray key(length, '\0');
    if (iterations < 1 || length < 1
        || PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
               reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()), iterations, EVP_sha256(),
               length, reinterpret_cast<unsigned char*>(key.data()))
            != 1) {
        // Never equal to a stored hash: a failed derivation must not sign anyone in.
        return {};
    }
    return key;
}

QByteArray newSalt()
{
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32*>(salt.data()), reinterpret_cast<quint32*>(salt.data() + salt.size()));
    return salt;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size() || a.isEmpty()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return diff == 0;
}

int defaultIterations()
{
    int iterations = g_iterations.load();
    if (iterations == 0) {
        int unset = 0;
        g_iterations.compare_exchange_strong(unset, iterationsFromEnvironment());
        iterations = g_iterations.load();
    }
    return iterations;
}

void setDefaultIterations(int iterations)
{
    g_iterations.store(iterations);
}

bool needsRehash(int storedIterations)
{
    return storedIterations < defaultIterations();
}

} // namespace cd::PasswordHash

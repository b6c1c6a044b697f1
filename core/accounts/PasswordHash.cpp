#include "PasswordHash.h"

#include <QRandomGenerator>

#include <openssl/evp.h>

#include <atomic>

namespace cd::PasswordHash {

namespace {
std::atomic<int> g_iterations { recommendedIterations };
}

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
    return g_iterations.load();
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

#include "PasswordHash.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <atomic>

namespace cd::PasswordHash {

namespace {
std::atomic<int> g_iterations { 120000 };
}

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    QByteArray key;
    quint32 block = 1;
    while (key.size() < length) {
        QByteArray counter(4, '\0');
        counter[0] = char((block >> 24) & 0xff);
        counter[1] = char((block >> 16) & 0xff);
        counter[2] = char((block >> 8) & 0xff);
        counter[3] = char(block & 0xff);
        mac.reset();
        mac.addData(salt);
        mac.addData(counter);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (int j = 0; j < t.size(); ++j) {
                t[j] = char(t[j] ^ u[j]);
            }
        }
        key.append(t);
        ++block;
    }
    key.truncate(length);
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
    if (a.size() != b.size()) {
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

} // namespace cd::PasswordHash

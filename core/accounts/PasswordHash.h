#pragma once

#include <QByteArray>
#include <QString>

namespace cd {

// PBKDF2-HMAC-SHA256 for staff passwords, stored salted in the vault.
namespace PasswordHash {
QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length = 32);
QByteArray newSalt();
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
// Iterations for new hashes. Lowered only by tests that do not test the KDF itself.
int defaultIterations();
void setDefaultIterations(int iterations);
} // namespace PasswordHash

} // namespace cd

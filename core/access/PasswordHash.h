#pragma once

#include <QByteArray>
#include <QString>

namespace cd {

// PBKDF2-HMAC-SHA256 for staff passwords, stored salted in the vault with their iteration count
// (accounts.password_iterations), so the cost can rise without a schema change: a hash made with
// fewer iterations than defaultIterations() still verifies and is rewritten at the next sign-in.
namespace PasswordHash {
// Current guidance for PBKDF2-HMAC-SHA256 (OWASP password storage cheat sheet, 2023).
inline constexpr int recommendedIterations = 600000;
// What versions up to 0.1.0 wrote; such hashes are upgraded at sign-in.
inline constexpr int legacyIterations = 120000;

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length = 32);
QByteArray newSalt();
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
// Iterations for new hashes: recommendedIterations, unless the environment variable
// CD_PASSWORD_ITERATIONS (at least 1000; for test runs only) or setDefaultIterations() (tests
// and benchmarks that do not test the KDF itself) says otherwise.
int defaultIterations();
void setDefaultIterations(int iterations);
// True when a stored hash made with storedIterations should be rewritten at the next sign-in.
bool needsRehash(int storedIterations);
} // namespace PasswordHash

} // namespace cd

// Salted, slow password hashes: PBKDF2-HMAC-SHA256 with a random 16-byte salt, stored as
// "$pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64) so the cost can rise without a migration.
#pragma once

#include <QByteArray>
#include <QString>

namespace trustdesk {

class PasswordHasher
{
public:
    static constexpr int DefaultIterations = 600000; // OWASP's 2023 figure for SHA-256

    static QString hash(const QByteArray &password, int iterations = DefaultIterations);
    // Constant-time comparison; false for a malformed stored value.
    static bool verify(const QByteArray &password, const QString &stored);
};

} // namespace trustdesk

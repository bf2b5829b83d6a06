#include "PasswordHasher.h"

#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <stdexcept>

namespace trustdesk {

namespace {

QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), int(out.size()),
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        throw std::runtime_error("PBKDF2 failed");
    return out;
}

} // namespace

QString PasswordHasher::hash(const QByteArray &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size())) != 1)
        throw std::runtime_error("no random bytes for a salt");
    return QStringLiteral("$pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(password, salt, iterations).toBase64()));
}

bool PasswordHasher::verify(const QByteArray &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 5 || parts.at(1) != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts.at(2).toInt(&ok);
    if (!ok || iterations < 1 || iterations > 100000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(4).toLatin1());
    if (salt.isEmpty() || expected.size() != 32)
        return false;
    const QByteArray actual = derive(password, salt, iterations);
    return CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace trustdesk

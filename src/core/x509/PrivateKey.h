// A private (or key-pair) key. Keys leave memory only encrypted: as PKCS#8 under a
// passphrase or inside a PKCS#12 file.
#pragma once

#include "OpenSslTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace trustdesk {

enum class KeyType
{
    Rsa2048,
    Rsa3072,
    Rsa4096,
    EcP256,
    EcP384
};

class PrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)
public:
    PrivateKey() = default;
    static PrivateKey generate(KeyType type);
    // Reads PEM or DER, encrypted or not. Throws InputError naming `what` on failure.
    static PrivateKey fromBytes(const QByteArray &data, const QByteArray &passphrase,
                                const QString &what);
    // Reads an encrypted PKCS#8 PEM; a wrong passphrase throws InputError(WrongPassphrase).
    static PrivateKey decrypt(const QByteArray &encryptedPem, const QByteArray &passphrase,
                              const QString &what);
    static PrivateKey share(EVP_PKEY *key);

    bool isNull() const { return !m_key; }
    EVP_PKEY *pkey() const { return m_key.get(); }

    QString description() const; // "RSA 3072", "EC prime256v1"
    // Whether this key is the private half of `publicKey`.
    bool matches(EVP_PKEY *publicKey) const;

    static constexpr int KdfIterations = 600000; // PBKDF2-HMAC-SHA256, as OWASP advises

    // PKCS#8, AES-256-CBC with PBKDF2-HMAC-SHA256.
    QByteArray toEncryptedPem(const QByteArray &passphrase) const;

    static bool parseKeyType(const QString &text, KeyType *type);
    static QString keyTypeName(KeyType type);

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace trustdesk

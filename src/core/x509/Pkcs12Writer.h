// Writes a certificate and its private key as a PKCS#12 (.p12/.pfx) file for a user to
// install. Modern encryption by default; the legacy one only when asked for by name,
// because it is weak and exists only for old Windows versions that cannot read AES.
#pragma once

#include "Certificate.h"
#include "PrivateKey.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace trustdesk {

enum class Pkcs12Encryption
{
    Aes256,     // PBES2: PBKDF2-HMAC-SHA256 and AES-256-CBC, MAC with SHA-256
    Legacy3Des, // pbeWithSHA1And3-KeyTripleDES-CBC, MAC with SHA-1: Windows 7/Server 2012
};

class Pkcs12Writer
{
public:
    static constexpr int Iterations = 600000;
    static constexpr int LegacyIterations = 2048;

    // `chain` is added after the certificate (the issuing CA, so the client can send it).
    static QByteArray write(const Certificate &certificate, const PrivateKey &key,
                            const QList<Certificate> &chain, const QByteArray &passphrase,
                            const QString &friendlyName,
                            Pkcs12Encryption encryption = Pkcs12Encryption::Aes256);
};

} // namespace trustdesk

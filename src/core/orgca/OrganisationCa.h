// The organisation's own CA: the certificate, the CAs above it (for an intermediate), and
// its private key, which exists outside a signing operation only as encrypted PKCS#8
// (AES-256, PBKDF2-HMAC-SHA256). unlock() decrypts it for as long as the caller holds it.
#pragma once

#include "../x509/Certificate.h"
#include "../x509/PrivateKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trustdesk {

struct OrganisationCaSpec
{
    QString commonName;
    QString organisation; // the O field; optional
    KeyType keyType = KeyType::Rsa3072;
    int days = 3650;
};

class OrganisationCa
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationCa)
public:
    static constexpr int MinPassphraseLength = 8;
    static constexpr int MaxDays = 36500;

    OrganisationCa() = default;
    // A self-signed root; or, with a parent certificate and key, an intermediate under it.
    // Throws InputError for an unusable spec, passphrase or parent.
    static OrganisationCa create(const OrganisationCaSpec &spec, const QByteArray &passphrase,
                                 const QDateTime &now, const Certificate &parent = Certificate(),
                                 const PrivateKey &parentKey = PrivateKey(),
                                 const QList<Certificate> &parentChain = {});
    // From a PKCS#12 holding a CA certificate and its key; re-encrypted under
    // `storePassphrase`. Throws InputError naming `what`.
    static OrganisationCa fromPkcs12(const QByteArray &data, const QByteArray &filePassphrase,
                                     const QByteArray &storePassphrase, const QString &what);
    static OrganisationCa fromStored(const Certificate &certificate, const QByteArray &encryptedKey,
                                     const QList<Certificate> &chain);

    bool isNull() const { return m_certificate.isNull(); }
    Certificate certificate() const { return m_certificate; }
    QList<Certificate> chain() const { return m_chain; } // above the CA, nearest first
    QByteArray encryptedKey() const { return m_encryptedKey; }

    // Throws InputError(WrongPassphrase) naming the CA when the passphrase is wrong.
    PrivateKey unlock(const QByteArray &passphrase) const;

    // Throws InputError when a new passphrase is too weak to guard a CA key.
    static void validatePassphrase(const QByteArray &passphrase);
    // Throws InputError for an empty, over-long or control-character common name.
    static void validateCommonName(const QString &what, const QString &cn);

private:
    Certificate m_certificate;
    QList<Certificate> m_chain;
    QByteArray m_encryptedKey;
};

} // namespace trustdesk

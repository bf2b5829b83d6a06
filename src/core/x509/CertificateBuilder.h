// Makes certificates: the demo store's, the tests', and (later) the organisation CA's.
// Every field a rule depends on can be set, including the ones a careful issuer never
// would (no basicConstraints, v1, unknown critical extensions), so tests can prove the
// engine refuses them.
#pragma once

#include "Certificate.h"
#include "PrivateKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>

namespace trustdesk {

class CertificateBuilder
{
public:
    CertificateBuilder();

    // Adds one subject field ("CN", "O", "OU", "C", "ST", "L", "emailAddress"), in order.
    CertificateBuilder &subjectField(const QString &shortName, const QString &value);
    CertificateBuilder &commonName(const QString &cn)
    {
        return subjectField(QStringLiteral("CN"), cn);
    }
    // Raw bytes for a CN, encoded as a UTF8String: for control characters and the like.
    CertificateBuilder &rawCommonName(const QByteArray &utf8);
    // The whole subject copied from elsewhere (a signing request); replaces subjectField.
    CertificateBuilder &subjectName(const X509_NAME *name);
    CertificateBuilder &validity(const QDateTime &notBefore, const QDateTime &notAfter);
    CertificateBuilder &serial(quint64 value);
    CertificateBuilder &version1();
    // A CA: basicConstraints critical CA:TRUE (pathLength < 0: no limit), keyCertSign+cRLSign.
    CertificateBuilder &certificateAuthority(int pathLength = -1);
    // An end entity: basicConstraints CA:FALSE, digitalSignature (and keyEncipherment).
    CertificateBuilder &endEntity();
    CertificateBuilder &noBasicConstraints();
    CertificateBuilder &keyUsage(const QString &opensslSpec);
    CertificateBuilder &extendedKeyUsage(const QString &opensslSpec); // "clientAuth"
    CertificateBuilder &emailAddress(const QString &email);           // subjectAltName
    // More subjectAltName entries in OpenSSL's form: "DNS:localhost,IP:127.0.0.1".
    CertificateBuilder &subjectAltNames(const QString &opensslSpec);
    CertificateBuilder &keyIdentifiers(bool on);
    // nameConstraints in OpenSSL's form: "critical,permitted;DNS:example.com".
    CertificateBuilder &nameConstraints(const QString &opensslSpec);
    // The digest the issuer signs with ("SHA256" by default; "SHA1" or "MD5" for tests of
    // the weak-signature rule).
    CertificateBuilder &signatureDigest(const QString &name);
    CertificateBuilder &customExtension(const QString &oid, bool critical, const QByteArray &der);

    Certificate selfSign(const PrivateKey &key) const;
    Certificate sign(const PrivateKey &subjectKey, const Certificate &issuer,
                     const PrivateKey &issuerKey) const;

    // For a key the subject keeps to itself: a signing request's public key.
    Certificate signPublicKey(EVP_PKEY *subjectPublicKey, const Certificate &issuer,
                              const PrivateKey &issuerKey) const;

private:
    Certificate build(EVP_PKEY *subjectPublicKey, const Certificate *issuer,
                      const PrivateKey &issuerKey) const;

    QList<QPair<QString, QByteArray>> m_subject;
    QList<QByteArray> m_rawCommonNames;
    std::shared_ptr<X509_NAME> m_subjectName;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    quint64 m_serial = 0; // 0: a random 128-bit serial
    bool m_version1 = false;
    QString m_basicConstraints;
    QString m_keyUsage;
    QString m_extendedKeyUsage;
    QString m_email;
    QString m_altNames;
    bool m_keyIdentifiers = true;
    QString m_nameConstraints;
    QString m_digest = QStringLiteral("SHA256");
    struct Custom
    {
        QString oid;
        bool critical;
        QByteArray der;
    };
    QList<Custom> m_custom;
};

} // namespace trustdesk

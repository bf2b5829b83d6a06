// Issues client certificates from the organisation CA: a fresh key pair made here, or a
// signing request whose key the user keeps. Every certificate gets a random 128-bit
// serial, basicConstraints CA:FALSE, keyUsage digitalSignature and extendedKeyUsage
// clientAuth, so it can sign a TLS handshake and nothing else.
#pragma once

#include "../x509/Certificate.h"
#include "../x509/CertificateRequest.h"
#include "../x509/PrivateKey.h"
#include "OrganisationCa.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace trustdesk {

struct ClientCertificateSpec
{
    QString commonName;
    QString email; // subjectAltName rfc822Name; optional
    QString organisation;
    QString organisationalUnit;
    QString country; // two letters; optional
    KeyType keyType = KeyType::Rsa2048;
    int days = 365;
};

struct IssuedCredential
{
    Certificate certificate;
    PrivateKey key; // null when a signing request was signed
};

class ClientCertificateIssuer
{
    Q_DECLARE_TR_FUNCTIONS(ClientCertificateIssuer)
public:
    static constexpr int MaxDays = 3650;

    ClientCertificateIssuer(const OrganisationCa &ca, const PrivateKey &caKey);

    // Throws InputError naming the field that is wrong, before any key is generated.
    static void validate(const ClientCertificateSpec &spec, const Certificate &ca,
                         const QDateTime &now);
    static bool isEmailAddress(const QString &text);

    IssuedCredential issue(const ClientCertificateSpec &spec, const QDateTime &now) const;
    // The request's subject as it is; `email`, when given, replaces any it asks for.
    Certificate signRequest(const CertificateRequest &request, int days, const QString &email,
                            const QDateTime &now) const;

private:
    static void validateDays(int days, const Certificate &ca, const QDateTime &now);

    OrganisationCa m_ca;
    PrivateKey m_caKey;
};

} // namespace trustdesk

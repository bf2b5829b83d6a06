// A PKCS#10 certificate signing request, as a user's own tool makes it: the user keeps the
// private key and sends only this. Read from PEM or DER; its self-signature is checked on
// load, so a request whose key does not match its signature is refused, not signed.
#pragma once

#include "Certificate.h"
#include "OpenSslTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace trustdesk {

class CertificateRequest
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRequest)
public:
    CertificateRequest() = default;
    // Throws InputError naming `what` when the data is not a request or its signature fails.
    static CertificateRequest fromBytes(const QByteArray &data, const QString &what);
    static CertificateRequest fromFile(const QString &path);

    bool isNull() const { return !m_request; }
    QString subjectText() const;
    CommonNames commonNames() const;
    const X509_NAME *subjectName() const;
    EVP_PKEY *publicKey() const; // owned by the request
    QString keyDescription() const;
    // The e-mail addresses in a requested subjectAltName extension, if any.
    QStringList requestedEmailAddresses() const;

private:
    std::shared_ptr<X509_REQ> m_request;
};

} // namespace trustdesk

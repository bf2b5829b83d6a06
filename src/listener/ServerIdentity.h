// The certificate the test listener presents: one for localhost issued by the
// organisation CA, a self-signed one when there is no CA (or it is locked), or one the
// administrator chooses (PKCS#12). It also makes the TLS configuration: TLS 1.2 or later,
// and a client certificate requested but not verified by Qt: the engine decides.
#pragma once

#include "orgca/OrganisationCa.h"
#include "x509/Certificate.h"
#include "x509/PrivateKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslConfiguration>

namespace trustdesk {

class ServerIdentity
{
    Q_DECLARE_TR_FUNCTIONS(ServerIdentity)
public:
    static ServerIdentity selfSigned(const QDateTime &now);
    static ServerIdentity issuedBy(const OrganisationCa &ca, const PrivateKey &caKey,
                                   const QDateTime &now);
    // Throws InputError naming the file when it holds no certificate with its key.
    static ServerIdentity fromPkcs12(const QString &path, const QByteArray &passphrase);

    Certificate certificate() const { return m_certificate; }
    PrivateKey key() const { return m_key; }
    QList<Certificate> chain() const { return m_chain; }
    QSslConfiguration configuration() const;

private:
    Certificate m_certificate;
    PrivateKey m_key;
    QList<Certificate> m_chain;
};

} // namespace trustdesk

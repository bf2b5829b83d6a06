#include "ServerIdentity.h"

#include "InputError.h"
#include "x509/CertificateBuilder.h"
#include "x509/CertificateLoader.h"

#include <QSslCertificate>
#include <QSslKey>

namespace trustdesk {

namespace {

CertificateBuilder localhostProfile(const QDateTime &now)
{
    CertificateBuilder builder;
    builder.commonName(QStringLiteral("localhost"))
        .validity(now.addSecs(-300), now.addDays(825))
        .endEntity()
        .extendedKeyUsage(QStringLiteral("serverAuth"))
        .subjectAltNames(QStringLiteral("DNS:localhost,IP:127.0.0.1,IP:::1"));
    return builder;
}

} // namespace

ServerIdentity ServerIdentity::selfSigned(const QDateTime &now)
{
    ServerIdentity identity;
    identity.m_key = PrivateKey::generate(KeyType::EcP256);
    identity.m_certificate = localhostProfile(now).selfSign(identity.m_key);
    return identity;
}

ServerIdentity ServerIdentity::issuedBy(const OrganisationCa &ca, const PrivateKey &caKey,
                                        const QDateTime &now)
{
    ServerIdentity identity;
    identity.m_key = PrivateKey::generate(KeyType::EcP256);
    CertificateBuilder builder = localhostProfile(now);
    if (ca.certificate().notAfter() < now.addDays(825))
        builder.validity(now.addSecs(-300), ca.certificate().notAfter());
    identity.m_certificate = builder.sign(identity.m_key, ca.certificate(), caKey);
    identity.m_chain << ca.certificate() << ca.chain();
    return identity;
}

ServerIdentity ServerIdentity::fromPkcs12(const QString &path, const QByteArray &passphrase)
{
    const LoadedCertificates loaded = CertificateLoader::loadFile(path, passphrase);
    if (loaded.privateKey.isNull() || loaded.certificates.isEmpty() ||
        !loaded.privateKey.matches(X509_get0_pubkey(loaded.certificates.first().x509())))
        throw InputError(
            tr("%1: needs a certificate with its private key for the listener").arg(path));
    ServerIdentity identity;
    identity.m_certificate = loaded.certificates.first();
    identity.m_key = loaded.privateKey;
    identity.m_chain = loaded.certificates.mid(1);
    return identity;
}

QSslConfiguration ServerIdentity::configuration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    const QSslCertificate local(m_certificate.der(), QSsl::Der);
    QList<QSslCertificate> chain{local};
    for (const Certificate &cert : m_chain)
        chain << QSslCertificate(cert.der(), QSsl::Der);
    config.setLocalCertificateChain(chain);
    // The OpenSSL backend takes the key handle over: it gets a reference of its own.
    EVP_PKEY_up_ref(m_key.pkey());
    config.setPrivateKey(QSslKey(Qt::HANDLE(m_key.pkey()), QSsl::PrivateKey));
    // Ask for a client certificate, accept any: the trust engine decides, not Qt.
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    config.setCaCertificates({});
    // Every sign-on is a fresh handshake with a fresh client certificate check; tickets
    // would only cost an encryption per connection that nobody uses.
    config.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    return config;
}

} // namespace trustdesk

#include "TestPki.h"

#include <openssl/x509.h>

#include <stdexcept>

namespace trustdesk::test {

CertificateBuilder TestPki::builder(const QString &cn)
{
    CertificateBuilder b;
    b.commonName(cn).validity(start(), end());
    return b;
}

Issued TestPki::root(const QString &cn)
{
    Issued out{Certificate(), newKey()};
    out.cert = builder(cn).certificateAuthority().selfSign(out.key);
    return out;
}

Issued TestPki::intermediate(const QString &cn, const Issued &issuer, int pathLength)
{
    CertificateBuilder b = builder(cn);
    b.certificateAuthority(pathLength);
    return issue(b, issuer);
}

Issued TestPki::client(const QString &cn, const Issued &issuer)
{
    CertificateBuilder b = builder(cn);
    b.endEntity().extendedKeyUsage(QStringLiteral("clientAuth"));
    return issue(b, issuer);
}

Issued TestPki::selfSignedClient(const QString &cn)
{
    Issued out{Certificate(), newKey()};
    out.cert =
        builder(cn).endEntity().extendedKeyUsage(QStringLiteral("clientAuth")).selfSign(out.key);
    return out;
}

Issued TestPki::issue(const CertificateBuilder &b, const Issued &issuer)
{
    Issued out{Certificate(), newKey()};
    out.cert = b.sign(out.key, issuer.cert, issuer.key);
    return out;
}

RevocationList TestPki::crl(const Issued &issuer, const QList<Certificate> &revoked,
                            const QDateTime &thisUpdate, const QDateTime &nextUpdate)
{
    X509CrlPtr crl(X509_CRL_new());
    X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2);
    X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(issuer.cert.x509()));
    Asn1TimePtr last(ASN1_TIME_set(nullptr, time_t(thisUpdate.toSecsSinceEpoch())));
    Asn1TimePtr next(ASN1_TIME_set(nullptr, time_t(nextUpdate.toSecsSinceEpoch())));
    X509_CRL_set1_lastUpdate(crl.get(), last.get());
    X509_CRL_set1_nextUpdate(crl.get(), next.get());
    for (const Certificate &cert : revoked) {
        X509_REVOKED *entry = X509_REVOKED_new();
        X509_REVOKED_set_serialNumber(entry, X509_get_serialNumber(cert.x509()));
        X509_REVOKED_set_revocationDate(entry, last.get());
        X509_CRL_add0_revoked(crl.get(), entry);
    }
    X509_CRL_sort(crl.get());
    if (X509_CRL_sign(crl.get(), issuer.key.pkey(), EVP_sha256()) <= 0)
        throw std::runtime_error("CRL signing failed");
    unsigned char *der = nullptr;
    const int length = i2d_X509_CRL(crl.get(), &der);
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return RevocationList::fromDer(bytes);
}

std::unique_ptr<TrustSnapshot> TestPki::snapshot(const SnapshotSpec &spec)
{
    OrganisationSettings org;
    org.id = 1;
    org.name = QStringLiteral("Test");
    org.matchCn = spec.matchCn;
    org.requireRevocation = spec.requireRevocation;
    org.allowSha1Signatures = spec.allowSha1Signatures;
    return std::make_unique<TrustSnapshot>(org, spec.installed, spec.intermediates, spec.approved,
                                           spec.crls);
}

} // namespace trustdesk::test

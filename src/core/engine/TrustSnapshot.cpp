#include "TrustSnapshot.h"

#include "PathValidator.h"

#include <openssl/err.h>

namespace trustdesk {

TrustSnapshot::TrustSnapshot(OrganisationSettings organisation, const QList<Certificate> &installed,
                             const QList<Certificate> &intermediates,
                             const QList<Certificate> &approved, const QList<RevocationList> &crls)
    : m_organisation(std::move(organisation)), m_installed(installed),
      m_intermediates(intermediates), m_approved(approved), m_crls(crls), m_store(X509_STORE_new()),
      m_indirectCrls(sk_X509_CRL_new_null())
{
    for (const Certificate &cert : m_installed) {
        m_installedThumbprints.insert(cert.sha1().toByteArray());
        m_bySubject.insert(cert.subjectHash(), cert);
        X509_STORE_add_cert(m_store.get(), cert.x509());
    }
    for (const Certificate &cert : m_intermediates) {
        m_intermediateThumbprints.insert(cert.sha1().toByteArray());
        m_bySubject.insert(cert.subjectHash(), cert);
    }
    for (const Certificate &cert : m_approved)
        m_approvedBySubject.insert(cert.subjectHash(), cert);
    for (const RevocationList &crl : m_crls) {
        X509_STORE_add_crl(m_store.get(), crl.crl());
        int critical = 0;
        auto *idp = static_cast<ISSUING_DIST_POINT *>(
            X509_CRL_get_ext_d2i(crl.crl(), NID_issuing_distribution_point, &critical, nullptr));
        if (idp) {
            if (idp->indirectCRL) {
                X509_CRL_up_ref(crl.crl());
                sk_X509_CRL_push(m_indirectCrls.get(), crl.crl());
            }
            ISSUING_DIST_POINT_free(idp);
        }
        const X509_NAME *issuer = X509_CRL_get_issuer(crl.crl());
        m_crlsByIssuer.insert(Certificate::nameHash(issuer), crl);
        for (const Certificate &cert : certificatesNamed(issuer)) {
            if (!m_crlIssuers.contains(cert))
                m_crlIssuers << cert;
        }
    }
    X509_STORE_set_check_issued(m_store.get(), PathValidator::checkIssued);
    ERR_clear_error(); // duplicates are reported as errors by X509_STORE_add_*; harmless
}

bool TrustSnapshot::isInstalled(const Certificate &cert) const
{
    return m_installedThumbprints.contains(
        QByteArray::fromRawData(cert.sha1().data(), cert.sha1().size()));
}

bool TrustSnapshot::isKnownIntermediate(const Certificate &cert) const
{
    return m_intermediateThumbprints.contains(
        QByteArray::fromRawData(cert.sha1().data(), cert.sha1().size()));
}

bool TrustSnapshot::isApproved(const Certificate &ca) const
{
    if (ca.isNull())
        return false;
    const X509_NAME *subject = X509_get_subject_name(ca.x509());
    const auto range = m_approvedBySubject.equal_range(ca.subjectHash());
    for (auto it = range.first; it != range.second; ++it) {
        if (X509_NAME_cmp(subject, X509_get_subject_name(it->x509())) == 0 &&
            EVP_PKEY_eq(X509_get0_pubkey(ca.x509()), X509_get0_pubkey(it->x509())) == 1)
            return true;
    }
    ERR_clear_error();
    return false;
}

bool TrustSnapshot::hasApprovedName(const X509_NAME *name) const
{
    const auto range = m_approvedBySubject.equal_range(Certificate::nameHash(name));
    for (auto it = range.first; it != range.second; ++it) {
        if (X509_NAME_cmp(name, X509_get_subject_name(it->x509())) == 0)
            return true;
    }
    return false;
}

QList<Certificate> TrustSnapshot::certificatesNamed(const X509_NAME *name) const
{
    return certificatesNamed(Certificate::nameHash(name), name);
}

QList<Certificate> TrustSnapshot::certificatesNamedAsIssuerOf(const Certificate &cert) const
{
    return certificatesNamed(cert.issuerHash(), X509_get_issuer_name(cert.x509()));
}

QList<Certificate> TrustSnapshot::certificatesNamed(unsigned long hash, const X509_NAME *name) const
{
    QList<Certificate> out;
    const auto range = m_bySubject.equal_range(hash);
    for (auto it = range.first; it != range.second; ++it) {
        if (X509_NAME_cmp(name, X509_get_subject_name(it->x509())) == 0)
            out << *it;
    }
    return out;
}

QList<RevocationList> TrustSnapshot::revocationListsBy(const X509_NAME *name) const
{
    QList<RevocationList> out;
    const auto range = m_crlsByIssuer.equal_range(Certificate::nameHash(name));
    for (auto it = range.first; it != range.second; ++it) {
        if (X509_NAME_cmp(name, X509_CRL_get_issuer(it->crl())) == 0)
            out << *it;
    }
    return out;
}

Certificate TrustSnapshot::installedAnchorOf(const Certificate &ca) const
{
    Certificate current = ca;
    for (int depth = 0; depth < 16 && !current.isNull(); ++depth) {
        if (isInstalled(current))
            return current;
        if (current.isSelfIssued())
            return Certificate();
        QList<Certificate> candidates = certificatesNamedAsIssuerOf(current);
        candidates << m_approvedBySubject.values(current.issuerHash());
        Certificate next;
        for (const Certificate &candidate : candidates)
            if (candidate != current && current.isSignedBy(candidate)) {
                next = candidate;
                if (isInstalled(candidate))
                    break;
            }
        current = next;
    }
    return Certificate();
}

} // namespace trustdesk

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
        m_installedThumbprints.insert(cert.thumbprint().key());
        m_bySubject.insert(nameHash(X509_get_subject_name(cert.x509())), cert);
        X509_STORE_add_cert(m_store.get(), cert.x509());
    }
    for (const Certificate &cert : m_intermediates) {
        m_intermediateThumbprints.insert(cert.thumbprint().key());
        m_bySubject.insert(nameHash(X509_get_subject_name(cert.x509())), cert);
    }
    for (const Certificate &cert : m_approved)
        m_approvedBySubject.insert(nameHash(X509_get_subject_name(cert.x509())), cert);
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
        m_crlsByIssuer.insert(nameHash(issuer), crl);
        for (const Certificate &cert : certificatesNamed(issuer)) {
            if (!m_crlIssuers.contains(cert))
                m_crlIssuers << cert;
        }
    }
    X509_STORE_set_check_issued(m_store.get(), PathValidator::checkIssued);
    ERR_clear_error(); // duplicates are reported as errors by X509_STORE_add_*; harmless
}

unsigned long TrustSnapshot::nameHash(const X509_NAME *name)
{
    return X509_NAME_hash_ex(name, nullptr, nullptr, nullptr);
}

bool TrustSnapshot::isInstalled(const Certificate &cert) const
{
    return m_installedThumbprints.contains(cert.thumbprint().key());
}

bool TrustSnapshot::isKnownIntermediate(const Certificate &cert) const
{
    return m_intermediateThumbprints.contains(cert.thumbprint().key());
}

bool TrustSnapshot::isApproved(const Certificate &ca) const
{
    if (ca.isNull())
        return false;
    const X509_NAME *subject = X509_get_subject_name(ca.x509());
    const auto range = m_approvedBySubject.equal_range(nameHash(subject));
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
    const auto range = m_approvedBySubject.equal_range(nameHash(name));
    for (auto it = range.first; it != range.second; ++it) {
        if (X509_NAME_cmp(name, X509_get_subject_name(it->x509())) == 0)
            return true;
    }
    return false;
}

QList<Certificate> TrustSnapshot::certificatesNamed(const X509_NAME *name) const
{
    QList<Certificate> out;
    const auto range = m_bySubject.equal_range(nameHash(name));
    for (auto it = range.first; it != range.second; ++it) {
        if (X509_NAME_cmp(name, X509_get_subject_name(it->x509())) == 0)
            out << *it;
    }
    return out;
}

QList<RevocationList> TrustSnapshot::revocationListsBy(const X509_NAME *name) const
{
    QList<RevocationList> out;
    const auto range = m_crlsByIssuer.equal_range(nameHash(name));
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
        const X509_NAME *issuerName = X509_get_issuer_name(current.x509());
        QList<Certificate> candidates = certificatesNamed(issuerName);
        candidates << m_approvedBySubject.values(nameHash(issuerName));
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

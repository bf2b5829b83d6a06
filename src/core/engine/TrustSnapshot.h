// An indexed, read-only picture of what one organisation trusts at one moment: the
// installed certificates (anchors), the known intermediates, the approved CAs and the
// revocation lists. The store builds it; the engine only reads it, from any thread.
#pragma once

#include "../domain/OrganisationSettings.h"
#include "../x509/Certificate.h"
#include "../x509/OpenSslTypes.h"
#include "../x509/RevocationList.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QSet>

namespace trustdesk {

class TrustSnapshot
{
public:
    TrustSnapshot(OrganisationSettings organisation, const QList<Certificate> &installed,
                  const QList<Certificate> &intermediates, const QList<Certificate> &approved,
                  const QList<RevocationList> &crls);
    TrustSnapshot(const TrustSnapshot &) = delete;
    TrustSnapshot &operator=(const TrustSnapshot &) = delete;

    const OrganisationSettings &organisation() const { return m_organisation; }
    const QList<Certificate> &installed() const { return m_installed; }
    const QList<Certificate> &intermediates() const { return m_intermediates; }
    const QList<Certificate> &approved() const { return m_approved; }
    const QList<RevocationList> &revocationLists() const { return m_crls; }

    bool isInstalled(const Certificate &cert) const;
    bool isKnownIntermediate(const Certificate &cert) const;
    // Approved means same subject name and same public key (RULES 3): a re-issued CA
    // certificate with the same key counts; another CA with the same name does not.
    bool isApproved(const Certificate &ca) const;
    // True when some approved CA has this subject name (whatever its key).
    bool hasApprovedName(const X509_NAME *name) const;

    // Installed certificates and known intermediates whose subject is `name`.
    QList<Certificate> certificatesNamed(const X509_NAME *name) const;
    // The same for the issuer name of `cert` (its name hash is kept with it).
    QList<Certificate> certificatesNamedAsIssuerOf(const Certificate &cert) const;
    // The installed certificate that `ca` chains up to through known certificates (itself
    // when it is installed), or a null certificate when there is none: a CA whose
    // certificates cannot connect. Signatures are checked; validity is not.
    Certificate installedAnchorOf(const Certificate &ca) const;
    // Installed certificates and known intermediates whose subject is the issuer of one of
    // the revocation lists: the CRL issuers OpenSSL may need beside the path.
    const QList<Certificate> &crlIssuers() const { return m_crlIssuers; }
    // Indirect CRLs (RULES 2 via RFC 5280 5.2.5): lists that speak for other CAs' certificates
    // too, so OpenSSL must be handed them whatever the name of the certificate's issuer.
    STACK_OF(X509_CRL) * indirectRevocationLists() const { return m_indirectCrls.get(); }
    // The revocation lists issued under `name`.
    QList<RevocationList> revocationListsBy(const X509_NAME *name) const;

    // The trusted store for OpenSSL: installed certificates and CRLs. Read-only after
    // construction, which makes it safe to share between threads.
    X509_STORE *store() const { return m_store.get(); }
    bool hasRevocationLists() const { return !m_crls.isEmpty(); }

private:
    QList<Certificate> certificatesNamed(unsigned long hash, const X509_NAME *name) const;

    OrganisationSettings m_organisation;
    QList<Certificate> m_installed;
    QList<Certificate> m_intermediates;
    QList<Certificate> m_approved;
    QList<RevocationList> m_crls;
    QSet<QByteArray> m_installedThumbprints; // SHA-1 bytes
    QSet<QByteArray> m_intermediateThumbprints;
    QMultiHash<unsigned long, Certificate> m_bySubject; // installed + intermediates
    QMultiHash<unsigned long, Certificate> m_approvedBySubject;
    QMultiHash<unsigned long, RevocationList> m_crlsByIssuer;
    QList<Certificate> m_crlIssuers;
    X509StorePtr m_store;
    X509CrlStackPtr m_indirectCrls;
};

} // namespace trustdesk

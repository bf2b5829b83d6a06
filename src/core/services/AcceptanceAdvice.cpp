#include "AcceptanceAdvice.h"

#include <openssl/x509.h>

namespace trustdesk {

AcceptanceAdvice AcceptanceAdvice::forEntry(Store &store, qint64 organisationId,
                                            const TankEntry &entry, const QDateTime &now)
{
    AcceptanceAdvice advice;
    advice.kind = entry.kind;
    const Certificate &cert = entry.certificate;
    advice.expires = cert.notAfter();
    advice.daysLeft = now.daysTo(advice.expires);
    if (entry.kind != CredentialKind::CommonName)
        return advice;
    for (const StoredCertificate &ca : store.approvedCas(organisationId).list()) {
        // As the engine judges the issuing CA (RULES 3): its name is the certificate's
        // issuer name and its key signed the certificate. A same-name CA with another key
        // issued nothing here. A self-signed leaf is its own issuing CA.
        const bool issuer =
            ca.certificate == cert
                ? cert.isSelfSigned()
                : X509_NAME_cmp(X509_get_issuer_name(cert.x509()),
                                X509_get_subject_name(ca.certificate.x509())) == 0 &&
                      cert.isSignedBy(ca.certificate);
        advice.issuerApproved = advice.issuerApproved || issuer;
        advice.approvedCas.append({ca.certificate, issuer});
    }
    advice.otherClaims =
        store.users().commonNameClaims(organisationId, entry.value, entry.username);
    return advice;
}

} // namespace trustdesk

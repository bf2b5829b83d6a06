#include "AcceptanceAdvice.h"

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
        // As the engine judges the issuing CA (RULES 3): by name and key, so a same-name
        // CA with another key issued nothing here; a self-signed leaf is its own CA.
        const bool issuer = cert.isIssuedBy(ca.certificate);
        advice.issuerApproved = advice.issuerApproved || issuer;
        advice.approvedCas.append({ca.certificate, issuer});
    }
    advice.otherClaims =
        store.userDirectory().commonNameClaims(organisationId, entry.value, entry.username);
    return advice;
}

} // namespace trustdesk

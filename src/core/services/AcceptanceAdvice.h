// What an administrator should know before accepting a holding-tank entry (RULES 4.3), as
// facts: the desktop's accept dialog and `trustdesk-cli tank show` put them in words.
#pragma once

#include "../store/Store.h"

#include <QDateTime>
#include <QList>

namespace trustdesk {

struct AcceptanceAdvice
{
    struct ApprovedCa
    {
        Certificate certificate;
        bool issuedThis = false; // the entry's certificate names it as issuer and it signed it
    };

    CredentialKind kind = CredentialKind::Thumbprint;
    // A CN: the organisation's approved CAs, whether one of them issued the certificate
    // (else the CN authenticates nobody, rule A2), and the other users who would claim it.
    QList<ApprovedCa> approvedCas;
    bool issuerApproved = false;
    QList<CommonNameClaim> otherClaims;
    // A thumbprint: when the certificate expires (renewal breaks a thumbprint).
    QDateTime expires;
    qint64 daysLeft = 0;

    static constexpr int ExpirySoonDays = 30;
    bool expired() const { return daysLeft < 0; }
    bool expiresSoon() const { return daysLeft >= 0 && daysLeft <= ExpirySoonDays; }

    // The facts for `entry`, read from the store as it is now.
    static AcceptanceAdvice forEntry(Store &store, qint64 organisationId, const TankEntry &entry,
                                     const QDateTime &now);
};

} // namespace trustdesk

// The options of one organisation that the rules depend on.
#pragma once

#include <QJsonObject>
#include <QString>

namespace trustdesk {

struct OrganisationSettings
{
    qint64 id = 0;
    QString name;
    bool matchCn = false;           // RULES 3, A3
    int tankDays = 30;              // RULES 4.4
    int tankCap = 20;               // pending pairs per user, RULES 4.1
    bool requireRevocation = false; // RULES 2: a missing CRL fails only when this is on
    // SHA-1 signatures below the anchor are refused unless this is on (for legacy clients);
    // MD5 and older are refused always.
    bool allowSha1Signatures = false;

    // The form the CLI prints and the audit log records.
    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("match_cn"), matchCn},
                           {QStringLiteral("tank_days"), tankDays},
                           {QStringLiteral("tank_cap"), tankCap},
                           {QStringLiteral("require_revocation"), requireRevocation},
                           {QStringLiteral("allow_sha1_signatures"), allowSha1Signatures}};
    }
};

} // namespace trustdesk

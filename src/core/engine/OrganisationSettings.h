// The options of one organisation that the rules depend on.
#pragma once

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
};

} // namespace trustdesk

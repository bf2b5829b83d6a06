// Accepting a holding-tank entry (RULES 4.2, 4.5): a CN or thumbprint goes onto its user's
// accepted list, an untrusted CA into the root store (and, when asked, the approved CAs).
#pragma once

#include "../store/Store.h"

#include <QCoreApplication>

namespace trustdesk {

class TankAcceptanceService
{
    Q_DECLARE_TR_FUNCTIONS(TankAcceptanceService)
public:
    struct Result
    {
        TankEntry accepted;
        int removedEntries = 0;
    };

    TankAcceptanceService(Store &store, qint64 organisationId)
        : m_store(store), m_organisationId(organisationId)
    {}

    // One transaction, audited. Unless `keepOther`, the whole pair leaves the tank;
    // otherwise only the accepted entry does. `approve` applies to untrusted CAs.
    Result accept(qint64 entryId, bool keepOther, bool approve = false);

private:
    Store &m_store;
    qint64 m_organisationId;
};

} // namespace trustdesk

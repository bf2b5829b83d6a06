// The trust snapshot of one organisation, kept while what the engine trusts is unchanged
// (Store::trustVersion, which every program's changes move): a listener evaluates every
// sign-on against it without reading and parsing the whole root store each time.
#pragma once

#include "../engine/TrustSnapshot.h"
#include "../store/Store.h"

#include <memory>

namespace trustdesk {

class TrustSnapshotCache
{
public:
    // Current for `organisationId`, loaded again only when something it holds changed.
    std::shared_ptr<const TrustSnapshot> get(Store &store, qint64 organisationId);

private:
    std::shared_ptr<const TrustSnapshot> m_snapshot;
    qint64 m_organisationId = -1;
    qint64 m_version = -1;
};

} // namespace trustdesk

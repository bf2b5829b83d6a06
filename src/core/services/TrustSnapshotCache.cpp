#include "TrustSnapshotCache.h"

#include "TrustSnapshotLoader.h"

namespace trustdesk {

std::shared_ptr<const TrustSnapshot> TrustSnapshotCache::get(Store &store, qint64 organisationId)
{
    const qint64 version = store.trustVersion();
    if (!m_snapshot || organisationId != m_organisationId || version != m_version || version < 0) {
        m_snapshot = TrustSnapshotLoader::load(store, organisationId);
        m_organisationId = organisationId;
        m_version = version;
    }
    return m_snapshot;
}

} // namespace trustdesk

// Reads what the engine needs from the store into one read-only TrustSnapshot.
#pragma once

#include "../engine/TrustSnapshot.h"
#include "../store/Store.h"

#include <memory>

namespace trustdesk {

class TrustSnapshotLoader
{
public:
    // The organisation's settings and approved CAs, the installation's root store, known
    // intermediates and revocation lists, as they are now.
    static std::unique_ptr<TrustSnapshot> load(Store &store, qint64 organisationId);
};

} // namespace trustdesk

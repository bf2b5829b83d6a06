// The chain explorer's Apply: hypothetical changes made real, all in one transaction, each
// audited as if made on its own.
#pragma once

#include "../engine/WhatIfChanges.h"
#include "../store/Store.h"

namespace trustdesk {

class WhatIfApplyService
{
public:
    // `username` gets the thumbprint or CN the changes accept.
    static void apply(Store &store, qint64 organisationId, const WhatIfChanges &changes,
                      const QString &username);
};

} // namespace trustdesk

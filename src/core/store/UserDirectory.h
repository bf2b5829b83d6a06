// The users of an organisation as the views and advice look them up: pages of a large
// store (filtered, sorted), counts, and who holds a thumbprint or claims a CN. Read-only;
// UserRepository owns the users and every change to them.
#pragma once

#include "StoreQueries.h"
#include "StoreRecords.h"

#include <QList>
#include <QStringList>

namespace trustdesk {

class Store;

class UserDirectory
{
public:
    explicit UserDirectory(Store &store);

    // Without their credential lists, with credentialCount and pendingTankEntries.
    QList<UserRecord> page(qint64 organisationId, const UserQuery &query);
    // With `cap` > 0, counting stops after cap + 1 rows: "more than cap" is enough to show.
    int count(qint64 organisationId, const QString &filter = QString(), int cap = -1);
    // Users who hold the thumbprint (Thumbprint::key() form) on their profile.
    QStringList withThumbprint(qint64 organisationId, const QString &thumbprintKey);
    // Users other than `exceptUsername` who hold `cn` or whose name matches it (RULES 4.3).
    QList<CommonNameClaim> commonNameClaims(qint64 organisationId, const QString &cn,
                                            const QString &exceptUsername);

private:
    Store &m_store;
};

} // namespace trustdesk

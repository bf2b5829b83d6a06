// The register of client certificates the organisation CA issued.
#pragma once

#include "StoreRecords.h"

#include <QList>

namespace trustdesk {

class Store;

class IssuedCertificateRepository
{
public:
    explicit IssuedCertificateRepository(Store &store) : m_store(store) {}

    // Inside the caller's transaction and audit. `userId` < 0: issued without a user.
    // Returns the new row's id.
    qint64 add(qint64 organisationId, qint64 userId, const IssuedCertificateRecord &record);
    // Newest first; of one user when `username` is given.
    QList<IssuedCertificateRecord> list(qint64 organisationId, const QString &username = QString());

private:
    Store &m_store;
};

} // namespace trustdesk

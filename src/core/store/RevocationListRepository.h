// The revocation lists (CRLs) the engine checks (RULES 2), installation-wide.
#pragma once

#include "StoreRecords.h"

#include <QCoreApplication>
#include <QList>

namespace trustdesk {

class Store;

class RevocationListRepository
{
    Q_DECLARE_TR_FUNCTIONS(RevocationListRepository)
public:
    explicit RevocationListRepository(Store &store) : m_store(store) {}

    QList<StoredRevocationList> list();
    // Adds those not yet stored (by SHA-256 of the DER), each audited; returns how many.
    int add(const QList<RevocationList> &crls);
    void remove(qint64 id); // throws InputError for an unknown id

private:
    Store &m_store;
};

} // namespace trustdesk

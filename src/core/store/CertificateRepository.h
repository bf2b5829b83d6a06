// The `certificates` table: every certificate the store refers to (installed, approved,
// in the tank, issued) is kept once, by thumbprint, and referenced by id.
#pragma once

#include "../x509/Certificate.h"

namespace trustdesk {

class Store;

class CertificateRepository
{
public:
    explicit CertificateRepository(Store &store) : m_store(store) {}

    // The row of `certificate`, added when it is not there yet.
    qint64 idFor(const Certificate &certificate);
    Certificate byId(qint64 id);

private:
    Store &m_store;
};

} // namespace trustdesk

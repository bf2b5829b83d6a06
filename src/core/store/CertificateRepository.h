// The `certificates` table: every certificate the store refers to (installed, approved,
// in the tank, issued) is kept once, by thumbprint, and referenced by id.
#pragma once

#include "../x509/Certificate.h"

#include <optional>

namespace trustdesk {

class Store;

class CertificateRepository
{
public:
    explicit CertificateRepository(Store &store) : m_store(store) {}

    // The row of `certificate`, added when it is not there yet. A row lives while anything
    // refers to it (the schema's triggers delete it after the last reference).
    qint64 idFor(const Certificate &certificate);
    // The row of `certificate` when there is one; never adds (a look-up must not grow the
    // store).
    std::optional<qint64> find(const Certificate &certificate);
    Certificate byId(qint64 id);

private:
    Store &m_store;
};

} // namespace trustdesk

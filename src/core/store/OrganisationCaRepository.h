// The organisation's own CA (one per organisation): its certificate, the chain above it,
// and its key only as encrypted PKCS#8 (the schema refuses anything else).
#pragma once

#include "../orgca/OrganisationCa.h"

#include <QCoreApplication>
#include <optional>

namespace trustdesk {

class Store;

class OrganisationCaRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationCaRepository)
public:
    explicit OrganisationCaRepository(Store &store) : m_store(store) {}

    std::optional<OrganisationCa> get(qint64 organisationId);
    // Saves the CA, replacing `replaced` (the previous one, when there was one); audited as
    // "orgca.<how>" ("create" or "import").
    void save(qint64 organisationId, const OrganisationCa &ca, const QString &how,
              const std::optional<OrganisationCa> &replaced);

private:
    Store &m_store;
};

} // namespace trustdesk
